package io.github.hrsync.sync.hrfeed;

import io.github.hrsync.core.error.ErrorContext;
import io.github.hrsync.core.error.NotFoundException;
import io.github.hrsync.core.Page;
import io.github.hrsync.core.PageIterable;
import io.github.hrsync.core.ratelimit.RateLimiter;
import io.github.hrsync.hrfeed.CustomFields;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.hrfeed.NewUser;
import io.github.hrsync.hrfeed.Unit;
import io.github.hrsync.hrfeed.User;
import io.github.hrsync.hrfeed.UserField;
import io.github.hrsync.hrfeed.UserPatch;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A stateful in-memory HR Feed: users by id, PATCH sets exactly the sent fields, and faults can
 * be injected per call ("create EMP-3", "update 17", ...) or after a number of writes.
 */
final class FakeHrFeedClient implements HrFeedClient {
  @Override
  public String redact(String text) {
    return text; // holds no credential
  }

  private final Map<String, User> users = new LinkedHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger(100);
  private final AtomicInteger writes = new AtomicInteger();
  private volatile Function<String, RuntimeException> faults = call -> null;
  private volatile int crashAfterWrites = Integer.MAX_VALUE;

  synchronized User add(User user) {
    users.put(user.id(), user);
    return user;
  }

  synchronized List<User> users() {
    return List.copyOf(users.values());
  }

  synchronized Optional<User> byExternalId(String externalId) {
    return users.values().stream().filter(u -> externalId.equals(u.externalId())).findFirst();
  }

  int writes() {
    return writes.get();
  }

  void failWhen(Function<String, RuntimeException> faults) {
    this.faults = faults;
  }

  /** After {@code n} more successful writes, every write throws as if the process died. */
  void crashAfterWrites(int n) {
    crashAfterWrites = writes.get() + n;
  }

  void healed() {
    faults = call -> null;
    crashAfterWrites = Integer.MAX_VALUE;
  }

  private void before(String call) {
    RuntimeException fault = faults.apply(call);
    if (fault != null) {
      throw fault;
    }
    if (writes.get() >= crashAfterWrites) {
      throw new SimulatedCrash(call);
    }
  }

  static NotFoundException notFound(String path) {
    return new NotFoundException(new ErrorContext("GET", path, 404, null, null, "User not found"));
  }

  @Override
  public synchronized PageIterable<User> listUsers(int pageSize) {
    List<User> snapshot = List.copyOf(users.values());
    return new PageIterable<>() {
      @Override
      public Iterable<Page<User>> pages() {
        return List.of(new Page<>(snapshot, 0, null, (long) snapshot.size()));
      }

      @Override
      public Iterator<User> iterator() {
        return snapshot.iterator();
      }
    };
  }

  @Override
  public synchronized User getUser(String id) {
    User user = users.get(id);
    if (user == null) {
      throw notFound("/users/" + id);
    }
    return user;
  }

  @Override
  public synchronized User getUserByExternalId(String externalId) {
    return byExternalId(externalId).orElseThrow(() -> notFound("/users/external/" + externalId));
  }

  @Override
  public Optional<User> findUserByExternalId(String externalId) {
    return byExternalId(externalId);
  }

  @Override
  public synchronized User createUser(NewUser user) {
    before("create " + user.externalId());
    Map<UserField, Object> fields = new LinkedHashMap<>(user.fields());
    User created = with(new User(Integer.toString(nextId.getAndIncrement()), null, null, null,
        null, null, null, null, null, null, true, null, CustomFields.empty()), fields);
    users.put(created.id(), created);
    writes.incrementAndGet();
    return created;
  }

  @Override
  public User createOrGetUser(NewUser user) {
    return findUserByExternalId(user.externalId()).orElseGet(() -> createUser(user));
  }

  @Override
  public synchronized void updateUser(String id, UserPatch patch) {
    before("update " + id);
    User user = getUser(id);
    users.put(id, with(user, new LinkedHashMap<>(patch.fields())));
    writes.incrementAndGet();
  }

  @Override
  public synchronized void updateUserByExternalId(String externalId, UserPatch patch) {
    updateUser(getUserByExternalId(externalId).id(), patch);
  }

  @Override
  public synchronized void deleteUser(String id) {
    before("delete " + id);
    if (users.remove(id) == null) {
      throw notFound("/users/" + id);
    }
    writes.incrementAndGet();
  }

  @Override
  public synchronized void deleteUserByExternalId(String externalId) {
    deleteUser(getUserByExternalId(externalId).id());
  }

  @Override
  public String baseUrl() {
    return HrFeedPlannerTest.TARGET;
  }

  @Override
  public RateLimiter rateLimiter() {
    return RateLimiter.unlimited();
  }

  static User with(User user, Map<UserField, Object> fields) {
    Map<UserField, Object> v = new LinkedHashMap<>();
    for (UserField field : UserField.values()) {
      v.put(field, field.valueOf(user));
    }
    v.putAll(fields);
    return new User(user.id(), (String) v.get(UserField.EXTERNAL_ID),
        (String) v.get(UserField.FIRST_NAME), (String) v.get(UserField.LAST_NAME),
        (String) v.get(UserField.MIDDLE_NAME), (String) v.get(UserField.EMAIL),
        (String) v.get(UserField.MOBILE), (String) v.get(UserField.GENDER),
        (String) v.get(UserField.COUNTRY_CODE), (String) v.get(UserField.CULTURE_CODE),
        (Boolean) v.get(UserField.IS_ACTIVE), (Unit) v.get(UserField.UNIT),
        (CustomFields) v.get(UserField.CUSTOM_FIELDS));
  }

  static User user(String id, String externalId, String first, String last, String email,
      boolean active) {
    return new User(id, externalId, first, last, null, email, null, null, null, null, active, null,
        CustomFields.empty());
  }

  /** Stands for the process dying mid-run: nothing in the SDK handles it. */
  static final class SimulatedCrash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String call) {
      super("simulated crash before " + call);
    }
  }
}
