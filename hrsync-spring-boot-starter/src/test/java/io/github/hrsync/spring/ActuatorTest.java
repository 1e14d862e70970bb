package io.github.hrsync.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What the Actuator shows of hrsync: credentials as ****** in env and configprops even where an
 * application shows values, a health indicator per target, and runs without a person's data.
 */
class ActuatorTest {
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  @TempDir
  Path dir;

  @Test
  void credentialsAreSanitizedInEnvAndConfigpropsEvenWhenValuesAreShown() throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      ApplicationContextRunner runner = new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(HrsyncAutoConfiguration.class,
              EndpointAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class,
              ConfigurationPropertiesReportEndpointAutoConfiguration.class))
          .withPropertyValues("management.endpoints.web.exposure.include=env,configprops",
              "management.endpoints.jmx.exposure.include=env,configprops",
              "management.endpoint.env.show-values=ALWAYS",
              "management.endpoint.configprops.show-values=ALWAYS",
              "hrsync.jobticket.base-url=" + sandbox.jobTicketUrl(),
              "hrsync.jobticket.integration-id=7",
              "hrsync.jobticket.key-id=" + Sandbox.JOBTICKET_KEY_ID,
              "hrsync.jobticket.key-secret=" + Sandbox.JOBTICKET_KEY_SECRET,
              "hrsync.syncs.acme.hrfeed.base-url=" + sandbox.hrFeedUrl(),
              "hrsync.syncs.acme.hrfeed.token=" + Sandbox.HR_FEED_TOKEN,
              "hrsync.run-log.directory=" + dir.resolve("run-log"));
      runner.run(context -> {
        String env = JSON.writeValueAsString(context.getBean(EnvironmentEndpoint.class)
            .environment(null));
        String configprops = JSON.writeValueAsString(context.getBean(
            ConfigurationPropertiesReportEndpoint.class).configurationProperties());

        for (String shown : new String[] {env, configprops}) {
          assertThat(shown).contains(sandbox.jobTicketUrl().toString(), "******")
              .doesNotContain(Sandbox.JOBTICKET_KEY_SECRET, Sandbox.JOBTICKET_KEY_ID,
                  Sandbox.HR_FEED_TOKEN);
        }
      });
    }
  }

  @Test
  void eachTargetHasAHealthIndicatorUnderHrsyncAndTheRunsEndpointShowsNoPersonalData()
      throws Exception {
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      Files.writeString(dir.resolve("export.csv"), "hrId,firstName,lastName,email\n"
          + "E1,Anna,Andersson,anna.andersson@example.com\n");
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(HrsyncAutoConfiguration.class))
          .withPropertyValues("hrsync.jobticket.base-url=" + sandbox.jobTicketUrl(),
              "hrsync.jobticket.integration-id=7",
              "hrsync.jobticket.key-id=" + Sandbox.JOBTICKET_KEY_ID,
              "hrsync.jobticket.key-secret=" + Sandbox.JOBTICKET_KEY_SECRET,
              "hrsync.hrfeed.base-url=" + sandbox.hrFeedUrl(),
              "hrsync.hrfeed.token=" + Sandbox.HR_FEED_TOKEN,
              "hrsync.roster.file=" + dir.resolve("export.csv"),
              "hrsync.run-log.directory=" + dir.resolve("run-log"))
          .run(context -> {
            CompositeHealthContributor hrsync = (CompositeHealthContributor) context.getBean(
                "hrsyncHealthContributor", HealthContributor.class);
            for (String target : new String[] {"jobticket", "hrfeed"}) {
              assertThat(((HealthIndicator) hrsync.getContributor(target)).health().getStatus())
                  .isEqualTo(Status.UP);
            }
            assertThat(context.getBean(HrsyncSyncs.class).get("default").run().outcomes())
                .allSatisfy(outcome -> assertThat(outcome.status())
                    .isEqualTo(io.github.hrsync.sync.plan.TargetOutcome.Status.DONE));

            String runs = JSON.writeValueAsString(context.getBean(HrsyncRunsEndpoint.class)
                .runs());

            assertThat(runs).contains("\"status\":\"DONE\"", "\"adds\":1")
                .doesNotContain("Anna", "Andersson", "anna.andersson@example.com", "E1");
          });
      sandbox.close();
    }
  }
}
