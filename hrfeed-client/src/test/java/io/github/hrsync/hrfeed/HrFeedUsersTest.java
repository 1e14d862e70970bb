package io.github.hrsync.hrfeed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrsync.core.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HrFeedUsersTest extends HrFeedTestSupport {

  private void stubPage(int number, String body) {
    server.stubFor(get(urlPathEqualTo(PREFIX + "/users"))
        .withQueryParam("page", equalTo(Integer.toString(number)))
        .willReturn(okJson(body)));
  }

  @Test
  void listFollowsHasMoreAcrossFourPagesEndingWithAnEmptyOne() {
    stubPage(0, page(0, 2, 6, true, "1", user("1", "e1", "a@x.se"), user("2", "e2", "b@x.se")));
    stubPage(1, page(1, 2, 6, true, "2", user("3", "e3", "c@x.se"), user("4", "e4", "d@x.se")));
    stubPage(2, page(2, 2, 6, true, "3", user("5", "e5", "e@x.se"), user("6", "e6", "f@x.se")));
    stubPage(3, page(3, 2, 6, false, "null"));

    List<User> users = client().listUsers(2).stream().toList();

    assertThat(users).extracting(User::id).containsExactly("1", "2", "3", "4", "5", "6");
    for (int page = 0; page <= 3; page++) {
      server.verify(getRequestedFor(urlEqualTo(PREFIX + "/users?page=" + page + "&limit=2"))
          .withHeader("X-HR-Feed-Token", equalTo(JWT)));
    }
    assertThat(server.getAllServeEvents()).hasSize(4);
  }

  @Test
  void aUserShiftedOntoTheNextPageByAConcurrentChangeIsReturnedOnce() {
    stubPage(0, page(0, 2, 3, true, "1", user("1", "e1", "a@x.se"), user("2", "e2", "b@x.se")));
    stubPage(1, page(1, 2, 3, false, "null", user("2", "e2", "b@x.se"), user("3", "e3", "c@x.se")));

    assertThat(client().listUsers(2)).extracting(User::id).containsExactly("1", "2", "3");
  }

  @Test
  void withoutNextPageTheFollowingIndexIsReadAndWithoutHasMoreAnEmptyPageEndsTheScan() {
    stubPage(0, "{\"items\":[" + user("1", "e1", "a@x.se") + "],\"page\":0,\"hasMore\":true}");
    stubPage(1, "{\"items\":[" + user("2", "e2", "b@x.se") + "],\"page\":1}");
    stubPage(2, "{\"items\":[]}");

    var pages = client().listUsers(1).pages();

    assertThat(pages).extracting(Page::number).containsExactly(0, 1, 2);
    assertThat(client().listUsers(1)).extracting(User::id).containsExactly("1", "2");
  }

  @Test
  void listUsesTheDocumentedDefaultPageSizeAndRejectsNonsense() {
    stubPage(0, page(0, 50, 0, false, "null"));

    client().listUsers().stream().toList();

    server.verify(getRequestedFor(urlEqualTo(PREFIX + "/users?page=0&limit=50")));
    assertThatThrownBy(() -> client().listUsers(0))
        .hasMessage("pageSize must be between 1 and 1000, was 0");
  }

  @Test
  void getByIdAndByExternalIdReadEveryFieldAndCustomFieldsAsSent() {
    String anna = "{\"id\":4711,\"externalId\":\"EMP-12345\",\"firstName\":\"Anna\","
        + "\"lastName\":\"Andersson\",\"middleName\":null,\"email\":\"anna.andersson@example.com\","
        + "\"mobile\":\"+46701234567\",\"gender\":\"Ms\",\"countryCode\":\"SE\",\"cultureCode\":"
        + "\"sv-SE\",\"isActive\":true,\"unit\":{\"id\":\"u-9\",\"externalId\":\"DEPT-SALES\"},"
        + "\"customFields\":[{\"costCenter\":\"CC-100\"},{\"employeeNumber\":12345}],"
        + "\"createdAt\":\"2024-01-01T00:00:00Z\"}";
    server.stubFor(get(PREFIX + "/users/4711").willReturn(okJson(anna)));
    server.stubFor(get(PREFIX + "/users/external/EMP-12345").willReturn(okJson(anna)));

    User byId = client().getUser("4711");
    User byExternalId = client().getUserByExternalId("EMP-12345");

    assertThat(byId).isEqualTo(byExternalId);
    assertThat(byId.id()).isEqualTo("4711");
    assertThat(byId.gender()).isEqualTo("Ms");
    assertThat(byId.cultureCode()).isEqualTo("sv-SE");
    assertThat(byId.active()).isTrue();
    assertThat(byId.unit()).isEqualTo(new Unit("u-9", "DEPT-SALES"));
    assertThat(byId.customFields().fields()).containsExactly(
        new CustomFields.Field("costCenter", "CC-100"),
        new CustomFields.Field("employeeNumber", 12345));
  }

  @Test
  void everyKindOfCustomFieldValueRoundTripsInOrderWithRepeatedNamesKept() {
    String wire = "[{\"n\":1},{\"b\":true},{\"z\":null},{\"o\":{\"x\":1}},{\"a\":[1,2]},"
        + "{\"k1\":\"v1\",\"k2\":\"v2\"},{\"costCenter\":\"A\"},{\"costCenter\":\"B\"}]";
    server.stubFor(get(PREFIX + "/users/7").willReturn(okJson("{\"id\":\"7\",\"customFields\":"
        + wire + "}")));
    server.stubFor(patch(urlPathEqualTo(PREFIX + "/users/7")).willReturn(aResponse().withStatus(204)));

    CustomFields read = client().getUser("7").customFields();
    client().updateUser("7", UserPatch.builder().customFields(read.with("k2", "v3")).build());

    assertThat(read.count("costCenter")).isEqualTo(2);
    assertThatThrownBy(() -> read.with("costCenter", "C"))
        .isInstanceOf(CustomFieldsException.class).hasMessageContaining("appears 2 times");
    server.verify(patchRequestedFor(urlEqualTo(PREFIX + "/users/7")).withRequestBody(
        com.github.tomakehurst.wiremock.client.WireMock.equalToJson("{\"customFields\":"
            + wire.replace("\"v2\"", "\"v3\"") + "}")));
    var body = server.findAll(patchRequestedFor(urlEqualTo(PREFIX + "/users/7"))).get(0)
        .getBodyAsString();
    assertThat(body).isEqualTo("{\"customFields\":" + wire.replace("\"v2\"", "\"v3\"") + "}");
  }

  @Test
  void findByExternalIdTurnsA404IntoEmpty() {
    server.stubFor(get(PREFIX + "/users/external/nobody").willReturn(aResponse().withStatus(404)
        .withBody("{\"error\":\"User not found\"}")));

    assertThat(client().findUserByExternalId("nobody")).isEmpty();
  }

  @Test
  void createSendsTheDocumentedExampleExactlyAndReturnsTheCreatedUser() {
    server.stubFor(post(PREFIX + "/users").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(user("900", "EMP-12345", "anna.andersson@example.com"))));
    Map<String, String> customFields = new LinkedHashMap<>();
    customFields.put("costCenter", "CC-100");
    customFields.put("employeeNumber", "12345");

    User created = client().createUser(NewUser.builder("Anna", "Andersson",
            "anna.andersson@example.com")
        .mobile("+46701234567").gender("Ms").countryCode("SE").cultureCode("sv-SE")
        .isActive(true).externalId("EMP-12345").unit(Unit.ofExternalId("DEPT-SALES"))
        .customFields(customFields).middleName(null).build());

    assertThat(created.id()).isEqualTo("900");
    var request = server.findAll(postRequestedFor(urlEqualTo(PREFIX + "/users"))).get(0);
    assertThat(request.getBodyAsString()).isEqualTo("{\"firstName\":\"Anna\",\"lastName\":"
        + "\"Andersson\",\"email\":\"anna.andersson@example.com\",\"mobile\":\"+46701234567\","
        + "\"gender\":\"Ms\",\"countryCode\":\"SE\",\"cultureCode\":\"sv-SE\",\"isActive\":true,"
        + "\"externalId\":\"EMP-12345\",\"unit\":{\"externalId\":\"DEPT-SALES\"},"
        + "\"customFields\":[{\"costCenter\":\"CC-100\"},{\"employeeNumber\":\"12345\"}]}");
  }

  @Test
  void patchSendsOnlySetFieldsWithExplicitNullsByIdAndByExternalId() {
    server.stubFor(patch(urlPathEqualTo(PREFIX + "/users/7")).willReturn(aResponse().withStatus(204)));
    server.stubFor(patch(urlPathEqualTo(PREFIX + "/users/external/EMP-1"))
        .willReturn(aResponse().withStatus(204)));

    client().updateUser("7", UserPatch.builder().isActive(false).mobile("+46709876543").build());
    client().updateUserByExternalId("EMP-1", UserPatch.builder().middleName(null)
        .unit(null).customFields(Map.of()).build());

    assertThat(server.findAll(patchRequestedFor(urlEqualTo(PREFIX + "/users/7"))).get(0)
        .getBodyAsString()).isEqualTo("{\"mobile\":\"+46709876543\",\"isActive\":false}");
    assertThat(server.findAll(patchRequestedFor(urlEqualTo(PREFIX + "/users/external/EMP-1")))
        .get(0).getBodyAsString())
        .isEqualTo("{\"middleName\":null,\"unit\":null,\"customFields\":[]}");
  }

  @Test
  void threeStatePatchRefusesToClearRequiredFieldsAndToSendNothing() {
    assertThatThrownBy(() -> UserPatch.builder().email(null))
        .hasMessage("email cannot be set to null");
    assertThatThrownBy(() -> UserPatch.builder().set(UserField.IS_ACTIVE, "yes"))
        .hasMessage("isActive takes a Boolean, was a String");
    assertThatThrownBy(() -> UserPatch.builder().firstName(" "))
        .hasMessage("firstName must not be blank");
    assertThatThrownBy(() -> client().updateUser("7", UserPatch.builder().build()))
        .hasMessage("the patch sets no field; nothing to update at /users/7");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void pagesThatSayHasMoreButRepeatTheSameUsersEndTheListingWithATypedError() {
    server.stubFor(get(urlPathEqualTo(PREFIX + "/users")).willReturn(okJson(
        "{\"items\":[" + user("1", "e1", "a@x.se") + "],\"hasMore\":true}")));

    assertThatThrownBy(() -> client().listUsers(1).stream().count())
        .isInstanceOf(io.github.hrsync.core.error.UnexpectedResponseException.class)
        .hasMessageContaining("GET /users failed")
        .hasMessageContaining("page 1 repeats only items of earlier pages");
    assertThat(server.getAllServeEvents()).hasSize(2);
  }

  @Test
  void dotEmptyAndOverlongIdsAreRefusedBeforeAnyRequest() {
    HrFeedClient client = client();

    assertThatThrownBy(() -> client.deleteUserByExternalId(".."))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("externalId must not be '..'");
    assertThatThrownBy(() -> client.updateUser(".", UserPatch.builder().mobile("+4670").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id must not be '.'");
    assertThatThrownBy(() -> client.getUserByExternalId("x".repeat(100_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("externalId must be at most 256 characters");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void deleteByIdAndByExternalId() {
    server.stubFor(delete(PREFIX + "/users/7").willReturn(aResponse().withStatus(204)));
    server.stubFor(delete(PREFIX + "/users/external/EMP-1").willReturn(aResponse().withStatus(204)));

    client().deleteUser("7");
    client().deleteUserByExternalId("EMP-1");

    server.verify(deleteRequestedFor(urlEqualTo(PREFIX + "/users/7")));
    server.verify(deleteRequestedFor(urlEqualTo(PREFIX + "/users/external/EMP-1")));
  }

  @Test
  void patchIsRetriedOnAGatewayErrorBecauseItsValuesAreAbsolute() {
    server.stubFor(patch(urlPathEqualTo(PREFIX + "/users/7")).inScenario("p")
        .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
        .willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
    server.stubFor(patch(urlPathEqualTo(PREFIX + "/users/7")).inScenario("p")
        .whenScenarioStateIs("ok").willReturn(aResponse().withStatus(204)));

    client().updateUser("7", UserPatch.builder().isActive(false).build());

    server.verify(2, patchRequestedFor(urlEqualTo(PREFIX + "/users/7")));
  }
}
