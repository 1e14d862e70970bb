package io.github.hrsync.sync;

import io.github.hrsync.core.error.BadRequestException;
import io.github.hrsync.core.error.ErrorContext;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.hrfeed.NewUser;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

/** An HR Feed client that passes every call to a real one, but acts first on chosen creates. */
final class FailingHrFeed {
  private FailingHrFeed() {}

  /**
   * @param real the client to pass calls to
   * @param externalId whose create is refused with the server's 400
   * @return the client
   */
  static HrFeedClient refusingCreateOf(HrFeedClient real, String externalId) {
    return beforeCreate(real, user -> {
      if (user.externalId() != null && user.externalId().equals(externalId)) {
        throw new BadRequestException(new ErrorContext("POST", "/users", 400, "req-400",
            null, "Unit does not exist for " + user.externalId().toLowerCase(java.util.Locale.ROOT) + "@example.com"));
      }
    });
  }

  /**
   * @param real the client to pass calls to
   * @param action runs before each create, and may throw or block
   * @return the client
   */
  static HrFeedClient beforeCreate(HrFeedClient real, Consumer<NewUser> action) {
    return (HrFeedClient) Proxy.newProxyInstance(HrFeedClient.class.getClassLoader(),
        new Class<?>[] {HrFeedClient.class}, (proxy, method, args) -> {
          if (method.getName().equals("createOrGetUser")) {
            action.accept((NewUser) args[0]);
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
