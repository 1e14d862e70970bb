package io.github.hrsync.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.jobticket.JobTicketClient;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.audit.FileRunLog;
import io.github.hrsync.sync.audit.RunLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every condition of the starter: what properties make, and what the application's beans win. */
class HrsyncAutoConfigurationTest {
  private static final String[] JOBTICKET = {"hrsync.jobticket.base-url=http://127.0.0.1:1/jt",
      "hrsync.jobticket.integration-id=7", "hrsync.jobticket.key-id=key",
      "hrsync.jobticket.key-secret=s3cr3t-value"};
  private static final String[] HRFEED = {"hrsync.hrfeed.base-url=http://127.0.0.1:1/hr-feed",
      "hrsync.hrfeed.token=t0ken-value"};

  @TempDir
  Path dir;

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HrsyncAutoConfiguration.class))
        .withPropertyValues("hrsync.run-log.directory=" + dir.resolve("run-log"));
  }

  @Test
  void withoutPropertiesThereIsNoClientAndNoSync() {
    runner().run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(JobTicketClient.class)
          .doesNotHaveBean(HrFeedClient.class).doesNotHaveBean(RosterSync.class);
      assertThat(context.getBean(HrsyncSyncs.class).all()).isEmpty();
    });
  }

  @Test
  void aHalfConfiguredTargetFailsAtStartNamingWhatIsMissingAndNoSecret() {
    runner().withPropertyValues("hrsync.jobticket.base-url=http://127.0.0.1:1/jt",
        "hrsync.jobticket.key-secret=s3cr3t-value").run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause()
              .isInstanceOf(HrsyncPropertiesException.class)
              .hasMessage("sync 'default' configures JobTicket only in part: set "
                  + "hrsync.jobticket.integration-id, hrsync.jobticket.key-id");
          assertThat(context.getStartupFailure()).rootCause().message()
              .doesNotContain("s3cr3t-value");
        });
  }

  @Test
  void jobTicketAloneMakesItsClientAndASyncOfItOnly() {
    runner().withPropertyValues(JOBTICKET).run(context -> {
      assertThat(context).hasSingleBean(JobTicketClient.class)
          .doesNotHaveBean(HrFeedClient.class).hasSingleBean(RosterSync.class);
      assertThat(context.getBean(RunLog.class)).isInstanceOf(FileRunLog.class);
    });
  }

  @Test
  void theHrFeedAloneMakesItsClientAndASyncOfItOnly() {
    runner().withPropertyValues(HRFEED).run(context -> assertThat(context)
        .hasSingleBean(HrFeedClient.class).doesNotHaveBean(JobTicketClient.class)
        .hasSingleBean(RosterSync.class));
  }

  @Test
  void bothTargetsMakeBothClientsAndOneSync() {
    runner().withPropertyValues(JOBTICKET).withPropertyValues(HRFEED).run(context -> {
      assertThat(context).hasSingleBean(JobTicketClient.class).hasSingleBean(HrFeedClient.class)
          .hasSingleBean(RosterSync.class);
      assertThat(context.getBean(JobTicketClient.class).toString())
          .doesNotContain("s3cr3t-value");
    });
  }

  @Test
  void theApplicationsOwnClientWins() {
    runner().withPropertyValues(HRFEED).withUserConfiguration(OwnClient.class).run(context -> {
      assertThat(context).hasSingleBean(HrFeedClient.class);
      assertThat(context.getBean(HrFeedClient.class).baseUrl())
          .isEqualTo("http://127.0.0.1:2/own-hr-feed");
    });
  }

  @Test
  void aCustomizerAdjustsEveryBuilderOfEverySync() {
    runner().withPropertyValues(JOBTICKET).withPropertyValues(HRFEED)
        .withPropertyValues("hrsync.syncs.acme.hrfeed.agency-domain=acme.example",
            "hrsync.syncs.acme.hrfeed.token=acme-token")
        .withUserConfiguration(Recording.class).run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(Recording.class).customized).containsExactly(
              "default JobTicket", "default HR Feed", "default sync", "acme HR Feed",
              "acme sync");
          assertThat(context.getBean(HrsyncSyncs.class).all()).containsOnlyKeys("default",
              "acme");
        });
  }

  @Test
  void aDataSourceHoldsTheRunLogAndTheRateBudget() {
    javax.sql.DataSource database = io.github.hrsync.testing.TestDatabase.dataSource(
        io.github.hrsync.testing.TestDatabase.url());
    runner().withPropertyValues(HRFEED).withBean(javax.sql.DataSource.class, () -> database)
        .run(context -> {
          assertThat(context.getBean(RunLog.class))
              .isInstanceOf(io.github.hrsync.ratebudget.jdbc.JdbcRunLog.class);
          assertThat(context).hasSingleBean(
              io.github.hrsync.ratebudget.jdbc.JdbcRateBudgetStore.class);
        });
  }

  @Test
  void withoutEveryOptionalLibraryTheSyncStillStartsAndRuns() {
    runner().withPropertyValues(HRFEED)
        .withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
            "io.micrometer.core", "org.quartz", "org.springframework.boot.health",
            "org.springframework.boot.actuate", "io.github.hrsync.ratebudget.jdbc"))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(RosterSync.class)
              .doesNotHaveBean(HrsyncMicrometer.class)
              .doesNotHaveBean("hrsyncHealthContributor");
          assertThat(context.getBean(RunLog.class)).isInstanceOf(FileRunLog.class);
          assertThat(context.getBean(HrsyncSyncs.class).all()).containsOnlyKeys("default");
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnClient {
    @Bean
    HrFeedClient ownHrFeed() {
      return HrFeedClient.builder().baseUrl("http://127.0.0.1:2/own-hr-feed")
          .token(Secret.of("own")).build();
    }
  }

  /** A customizer bean, registered as the application's own configuration. */
  static class Recording implements HrsyncCustomizer {
    final List<String> customized = new ArrayList<>();

    @Override
    public void customize(String sync, JobTicketClient.Builder builder) {
      customized.add(sync + " JobTicket");
    }

    @Override
    public void customize(String sync, HrFeedClient.Builder builder) {
      customized.add(sync + " HR Feed");
    }

    @Override
    public void customize(String sync, RosterSync.Builder builder) {
      customized.add(sync + " sync");
    }
  }
}
