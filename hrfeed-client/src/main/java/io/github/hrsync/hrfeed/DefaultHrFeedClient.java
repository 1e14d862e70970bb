package io.github.hrsync.hrfeed;

import io.github.hrsync.core.error.ApiConnectionException;
import io.github.hrsync.core.error.ApiInterruptedException;
import io.github.hrsync.core.error.ApiException;
import io.github.hrsync.core.error.ApiTimeoutException;
import io.github.hrsync.core.ClientSettings;
import io.github.hrsync.core.error.ConflictException;
import io.github.hrsync.core.error.NotFoundException;
import io.github.hrsync.core.error.OutcomeUnknownException;
import io.github.hrsync.core.Page;
import io.github.hrsync.core.PageIterable;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.Secret;
import io.github.hrsync.core.error.ServerException;
import io.github.hrsync.core.error.UnexpectedResponseException;
import io.github.hrsync.core.internal.http.ApiProfile;
import io.github.hrsync.core.internal.http.ApiRequest;
import io.github.hrsync.core.internal.http.BodySource;
import io.github.hrsync.core.internal.http.HttpTransport;
import io.github.hrsync.core.internal.json.Json;
import io.github.hrsync.core.internal.paging.LazyPageIterable;
import io.github.hrsync.core.internal.http.UrlPaths;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The {@link HrFeedClient} on the shared transport. */
final class DefaultHrFeedClient implements HrFeedClient {
  private static final System.Logger LOG = System.getLogger("io.github.hrsync.hrfeed");
  private static final TypeReference<UsersPage> PAGE = new TypeReference<>() {};
  private static final TypeReference<User> USER = new TypeReference<>() {};

  private final HttpTransport transport;
  private final int prefetch;

  DefaultHrFeedClient(ClientSettings settings, Secret token) {
    // the token is a secret, so a shared budget is named after the host it is spent on
    java.net.URI base = java.util.Objects.requireNonNull(settings.baseUrl(), "baseUrl");
    this.transport = new HttpTransport(settings, new ApiProfile("hrfeed", null,
        Map.of("X-HR-Feed-Token", token), List.of(token), DEFAULT_REQUESTS_PER_MINUTE,
        "hrfeed-" + base.getHost() + (base.getPort() < 0 ? "" : "-" + base.getPort()), null,
        List.of("/users", "/users/external/{externalId}", "/users/{id}")));
    this.prefetch = settings.pagePrefetch() == null ? DEFAULT_PAGE_PREFETCH
        : settings.pagePrefetch();
  }

  @Override
  public PageIterable<User> listUsers(int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
    }
    String path = UrlPaths.path("users");
    return new LazyPageIterable<>(path, 0, number -> {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("page", Integer.toString(number));
      query.put("limit", Integer.toString(pageSize));
      UsersPage page = transport.json(ApiRequest.get(path, query), PAGE);
      int echoed = page.page() != null ? page.page() : number;
      return new Page<>(page.items(), echoed, page.next(number), page.totalItems());
    }, User::id, prefetch).handingOffThrough(transport::propagate);
  }

  @Override
  public User getUser(String id) {
    return transport.json(ApiRequest.get(byId(id), Map.of()), USER);
  }

  @Override
  public User getUserByExternalId(String externalId) {
    return transport.json(ApiRequest.get(byExternalId(externalId), Map.of()), USER);
  }

  @Override
  public Optional<User> findUserByExternalId(String externalId) {
    try {
      return Optional.of(getUserByExternalId(externalId));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public User createUser(NewUser user) {
    return transport.json(ApiRequest.withBody("POST", UrlPaths.path("users"),
        json(user.toWire()), false), USER);
  }

  @Override
  public User createOrGetUser(NewUser user) {
    String externalId = user.externalId();
    if (externalId == null) {
      throw new IllegalArgumentException("createOrGetUser needs an externalId to find a user an "
          + "earlier attempt may have created; set NewUser.externalId or use createUser");
    }
    ClientSettings settings = transport.settings();
    Instant deadline = settings.clock().instant().plus(settings.callTimeout());
    try {
      return createUser(user);
    } catch (ConflictException e) {
      return findUserByExternalId(externalId).orElseThrow(() -> e);
    } catch (ApiConnectionException | ApiTimeoutException | ServerException
        | UnexpectedResponseException e) {
      return lookUpAfterUnknownOutcome(externalId, e, deadline);
    }
  }

  /**
   * After a create whose outcome is unknown, looks the user up until found, for as many lookups
   * as the retry policy allows attempts and never past the deadline; never sends the create
   * again.
   */
  private User lookUpAfterUnknownOutcome(String externalId, ApiException createFailure,
      Instant deadline) {
    ClientSettings settings = transport.settings();
    ApiException lastLookupFailure = null;
    for (int lookup = 1; ; lookup++) {
      try {
        Optional<User> found = findUserByExternalId(externalId);
        if (found.isPresent()) {
          LOG.log(Level.INFO, "create of externalId {0} failed ({1}); lookup {2} found the "
              + "user, not creating again", externalId, createFailure.getClass().getSimpleName(),
              lookup);
          return found.get();
        }
        lastLookupFailure = null;
      } catch (ApiInterruptedException e) {
        throw e;
      } catch (ApiException e) {
        lastLookupFailure = e;
      }
      Instant wakeAt = settings.clock().instant()
          .plus(settings.retryPolicy().backoff(lookup, RandomGenerator.getDefault()));
      if (lookup >= settings.retryPolicy().maxAttempts() || !wakeAt.isBefore(deadline)) {
        OutcomeUnknownException unknown = new OutcomeUnknownException(createFailure.context(),
            "create of externalId " + externalId + " may or may not have taken effect ("
                + createFailure.getMessage() + "); " + lookup + " lookup(s) by externalId "
                + (lastLookupFailure == null ? "found nobody"
                : "ended with: " + lastLookupFailure.getMessage())
                + "; it was not sent again, plan again to converge", createFailure);
        if (lastLookupFailure != null) {
          unknown.addSuppressed(lastLookupFailure);
        }
        throw unknown;
      }
      try {
        settings.sleeper().sleepUntil(wakeAt, settings.clock());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiInterruptedException(createFailure.context(), e);
      }
    }
  }

  @Override
  public void updateUser(String id, UserPatch patch) {
    transport.send(patchRequest(byId(id), patch));
  }

  @Override
  public void updateUserByExternalId(String externalId, UserPatch patch) {
    transport.send(patchRequest(byExternalId(externalId), patch));
  }

  @Override
  public void deleteUser(String id) {
    transport.send(ApiRequest.delete(byId(id)));
  }

  @Override
  public void deleteUserByExternalId(String externalId) {
    transport.send(ApiRequest.delete(byExternalId(externalId)));
  }

  @Override
  public String baseUrl() {
    return transport.baseUrl();
  }

  @Override
  public String redact(String text) {
    return transport.redact(text);
  }

  @Override
  public RateLimiter rateLimiter() {
    return transport.rateLimiter();
  }

  @Override
  public String toString() {
    return "HrFeedClient[baseUrl=" + transport.baseUrl() + ", rateLimiter="
        + transport.rateLimiter() + "]";
  }

  private static ApiRequest patchRequest(String path, UserPatch patch) {
    if (patch.isEmpty()) {
      throw new IllegalArgumentException("the patch sets no field; nothing to update at " + path);
    }
    // every value is absolute, so repeating the PATCH cannot change the outcome
    return ApiRequest.withBody("PATCH", path, json(patch.toWire()), true);
  }

  private static BodySource json(Map<String, ?> body) {
    try {
      return BodySource.json(Json.mapper().writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String byId(String id) {
    return UrlPaths.path("users", UrlPaths.id(id, "id"));
  }

  private static String byExternalId(String externalId) {
    return UrlPaths.path("users", "external", UrlPaths.id(externalId, "externalId"));
  }
}
