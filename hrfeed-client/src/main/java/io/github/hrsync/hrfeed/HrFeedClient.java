package io.github.hrsync.hrfeed;

import io.github.hrsync.core.ClientBuilder;
import io.github.hrsync.core.PageIterable;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.core.Secret;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Client of the HR Feed API. Build one per token with {@link #builder()}; it is immutable and
 * thread-safe, and every call on it shares one rate limiter.
 *
 * <pre>{@code
 * HrFeedClient hrFeed = HrFeedClient.builder()
 *     .agencyDomain("travel.example.com")
 *     .token(Secret.fromEnv("HR_FEED_TOKEN"))
 *     .build();
 * User anna = hrFeed.createOrGetUser(NewUser.builder("Anna", "Andersson", "anna@example.com")
 *     .externalId("EMP-12345").build());
 * hrFeed.updateUserByExternalId("EMP-12345", UserPatch.builder().mobile("+46709876543").build());
 * }</pre>
 *
 * <p>Errors are {@link io.github.hrsync.core.error.ApiException} subclasses; the API's
 * {@code {"error": "..."}} text is in {@code serverMessage()}. A 403 means the token was refused
 * or API access is not enabled.
 */
public interface HrFeedClient {

  /** The page size used when none is given: the API's documented default. */
  int DEFAULT_PAGE_SIZE = 50;

  /**
   * The largest page size the client asks for. The API documents only the default (50) and no
   * maximum; 1000 keeps a page of full user records well under the response cap, and a server
   * that allows less answers 400, which fails the listing rather than cutting it short. The test
   * kit's sandbox takes the same maximum by default ({@code SandboxReadings.hrFeedMaxPageSize}),
   * so that tests see the reading the SDK assumes; set it lower to test a stricter server.
   */
  int MAX_PAGE_SIZE = 1000;

  /**
   * The default request budget per rolling minute. The API publishes no rate limit; this keeps
   * bulk runs polite and is raised with {@link ClientBuilder#rateLimiter(RateLimiter)}.
   */
  int DEFAULT_REQUESTS_PER_MINUTE = 600;

  /**
   * How many pages {@link #listUsers(int)} requests ahead in parallel by default, once the first
   * page tells the total; change it with {@link ClientBuilder#pagePrefetch(int)}.
   */
  int DEFAULT_PAGE_PREFETCH = 4;

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Lists every user (active and inactive), {@value #DEFAULT_PAGE_SIZE} per page, lazily.
   *
   * @return the users
   */
  default PageIterable<User> listUsers() {
    return listUsers(DEFAULT_PAGE_SIZE);
  }

  /**
   * Lists every user lazily. Pages are 0-indexed and followed while the server says
   * {@code hasMore} (using {@code nextPage}, or the next index when the server leaves it out);
   * iteration also stops at an empty page or when {@code nextPage} points back. The listing is
   * offset-paged, so a user is returned once even if a concurrent change shifts it onto two
   * pages. After the first page, up to {@value #DEFAULT_PAGE_PREFETCH} following pages are
   * requested in parallel (see {@link ClientBuilder#pagePrefetch(int)}).
   *
   * @param pageSize users per page ({@code limit}), 1 to {@value #MAX_PAGE_SIZE}
   * @return the users
   */
  PageIterable<User> listUsers(int pageSize);

  /**
   * Gets a user by system id.
   *
   * @param id the system id
   * @return the user
   * @throws io.github.hrsync.core.error.NotFoundException when there is no such user
   */
  User getUser(String id);

  /**
   * Gets a user by your external id.
   *
   * @param externalId your id for the person (any characters; sent as one encoded path segment)
   * @return the user
   * @throws io.github.hrsync.core.error.NotFoundException when there is no such user
   */
  User getUserByExternalId(String externalId);

  /**
   * Looks a user up by your external id.
   *
   * @param externalId your id for the person
   * @return the user, or empty when the server answers 404
   */
  Optional<User> findUserByExternalId(String externalId);

  /**
   * Creates a user with a single request, never repeated: a create is not idempotent, so after a
   * timeout or a reset the user may or may not exist. Prefer {@link #createOrGetUser(NewUser)}.
   *
   * @param user the user to create
   * @return the created user with its system id
   */
  User createUser(NewUser user);

  /**
   * Creates a user so that no fault can make two. The create is sent once and never again. When
   * its outcome is unknown (connection reset, timeout, 5xx, unreadable answer), the user is
   * looked up by {@code externalId}, with the retry policy's backoff, until found: at most as
   * many lookups as the policy allows attempts, and never past the call deadline
   * ({@code callTimeout} from this call's start). A conflict is looked up once.
   *
   * @param user the user to create; must have an {@code externalId}
   * @return the created user, or the one the create made although its answer was lost
   * @throws IllegalArgumentException when the user has no {@code externalId}
   * @throws io.github.hrsync.core.error.OutcomeUnknownException when no lookup found the user
   *     before
   *     the deadline: the create may still take effect, so a later run (a sync's next plan) finds
   *     out; it was not sent twice
   */
  User createOrGetUser(NewUser user);

  /**
   * Updates the set fields of a user by system id (204).
   *
   * @param id the system id
   * @param patch the fields to change; must set at least one
   */
  void updateUser(String id, UserPatch patch);

  /**
   * Updates the set fields of a user by your external id (204).
   *
   * @param externalId your id for the person
   * @param patch the fields to change; must set at least one
   */
  void updateUserByExternalId(String externalId, UserPatch patch);

  /**
   * Deletes a user by system id (204). Deleting loses the booking history; the documented
   * practice is to deactivate ({@code isActive=false}) instead. A delete is retried after an
   * unanswered attempt; a 404 on such a retry counts as deleted (the first attempt did it), while
   * a 404 on the first attempt throws {@link io.github.hrsync.core.error.NotFoundException}.
   *
   * @param id the system id
   */
  void deleteUser(String id);

  /**
   * Deletes a user by your external id (204); see {@link #deleteUser(String)}.
   *
   * @param externalId your id for the person
   */
  void deleteUserByExternalId(String externalId);

  /**
   * Text built from what this client's server sent (a listed record's id, name or e-mail) made
   * safe to show in a message, a log record or a plan: every form of this client's credentials
   * (raw, Base64, hex, escaped, parts of a token) replaced by {@code [redacted]}. The client's own
   * exceptions and log records already pass through it.
   *
   * @param text any text
   * @return the text redacted
   */
  String redact(String text);

  /**
   * @return the canonical base URL every request goes to, the HR Feed's identity in plans,
   *     fingerprints, approvals and run records: scheme and host in lower case, no default port,
   *     no trailing slash, the path normalised, so two spellings of one address are one target
   */
  String baseUrl();

  /** @return the limiter all calls of this client go through */
  RateLimiter rateLimiter();

  /** Builds an {@link HrFeedClient}. Not thread-safe. */
  final class Builder extends ClientBuilder<Builder> {
    private static final System.Logger LOG = System.getLogger("io.github.hrsync.hrfeed");
    private static final Pattern JWT =
        Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    private @Nullable Secret token;

    Builder() {}

    /**
     * Uses the agency's deployment: base URL {@code https://{agencyDomain}/api/v2/hr-feed}.
     *
     * @param agencyDomain the travel agency's domain, such as {@code travel.example.com}
     * @return this builder
     */
    public Builder agencyDomain(String agencyDomain) {
      Objects.requireNonNull(agencyDomain, "agencyDomain");
      if (!DOMAIN.matcher(agencyDomain).matches()) {
        throw new IllegalArgumentException("agencyDomain must be a host name such as "
            + "travel.example.com (no scheme or path), was '" + agencyDomain + "'");
      }
      return baseUrl("https://" + agencyDomain + "/api/v2/hr-feed");
    }

    /**
     * Sets the token sent as {@code X-HR-Feed-Token}. The documentation describes a JWT, but any
     * token the platform issues is accepted as long as it can travel as a header value: a token
     * of another shape is only noted at DEBUG, never refused. Surrounding white space is removed.
     *
     * @param token the token issued by the travel agency's administrator
     * @return this builder
     * @throws IllegalArgumentException when the value holds white space, a control character
     *     (CR and LF included) or a non-ASCII character (the message does not repeat it)
     */
    public Builder token(Secret token) {
      Objects.requireNonNull(token, "token");
      String value = token.reveal().strip();
      if (value.isEmpty() || value.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
        throw new IllegalArgumentException("token must be a header value: printable ASCII "
            + "without white space, CR or LF");
      }
      if (!JWT.matcher(value).matches()) {
        LOG.log(System.Logger.Level.DEBUG, "the HR Feed token is not shaped like a JWT (three "
            + "dot-separated base64url parts); it is sent as given");
      }
      this.token = Secret.of(value);
      return this;
    }

    /**
     * Builds the client.
     *
     * @return an immutable, thread-safe client
     * @throws IllegalArgumentException when the token or the agency domain/base URL is missing
     */
    public HrFeedClient build() {
      var settings = settings();
      if (token == null) {
        throw new IllegalArgumentException("the HR Feed token is not set: call "
            + "HrFeedClient.builder().token(Secret.fromEnv(\"NAME\"))");
      }
      if (settings.baseUrl() == null) {
        throw new IllegalArgumentException("the HR Feed's address is not set: call "
            + "HrFeedClient.builder().agencyDomain(domain) or .baseUrl(url)");
      }
      return new DefaultHrFeedClient(settings, token);
    }
  }
}
