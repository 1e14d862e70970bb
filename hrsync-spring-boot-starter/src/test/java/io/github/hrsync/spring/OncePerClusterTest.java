package io.github.hrsync.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.audit.RunHistory;
import io.github.hrsync.sync.audit.RunLog;
import io.github.hrsync.testing.TestDatabase;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of one application on one PostgreSQL with the same schedule: Quartz's clustered
 * JDBC job store fires the sync on one of them only, and the run log holds one run.
 */
class OncePerClusterTest {
  private static final String TABLE = "hrsync_cluster_run_log";

  @TempDir
  Path dir;

  @Test
  void theSameScheduleOnTwoInstancesRunsTheSyncOncePerFiring() throws Exception {
    DataSource database = TestDatabase.dataSource(TestDatabase.url());
    quartzTables(database);
    Files.writeString(dir.resolve("export.csv"),
        "hrId,firstName,lastName,email\nE1,Anna,A,a@example.com\nE2,Bo,B,b@example.com\n");
    // one firing, far enough ahead for both instances to start first
    LocalDateTime fire = LocalDateTime.now().plusSeconds(15).withNano(0);
    String once = fire.format(DateTimeFormatter.ofPattern("s m H d M ? yyyy"));
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      ApplicationContextRunner instance = new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(QuartzAutoConfiguration.class,
              HrsyncAutoConfiguration.class))
          .withBean(DataSource.class, () -> database)
          .withBean(HrsyncCustomizer.class, () -> new HrsyncCustomizer() {
            @Override
            public void customize(String sync, io.github.hrsync.sync.RosterSync.Builder b) {
              b.recordValues(true);
            }
          })
          .withPropertyValues(
              "spring.quartz.job-store-type=jdbc",
              "spring.quartz.jdbc.initialize-schema=never",
              "spring.quartz.properties.org.quartz.jobStore.isClustered=true",
              "spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000",
              "spring.quartz.properties.org.quartz.jobStore.driverDelegateClass="
                  + "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate",
              "spring.quartz.properties.org.quartz.scheduler.instanceId=AUTO",
              "hrsync.schedule=" + once,
              "hrsync.hrfeed.base-url=" + sandbox.hrFeedUrl(),
              "hrsync.hrfeed.token=" + Sandbox.HR_FEED_TOKEN,
              "hrsync.roster.file=" + dir.resolve("export.csv"),
              "hrsync.run-log.table=" + TABLE);
      instance.run(first -> instance.run(second -> {
        RunLog log = first.getBean(RunLog.class);
        awaitDone(first, second, log);

        var runs = new RunHistory(log).recent(10);
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).targets()).singleElement().satisfies(target -> assertThat(
            target.status()).as(String.valueOf(target.message()))
            .isEqualTo(io.github.hrsync.sync.plan.TargetOutcome.Status.DONE));
        assertThat(sandbox.hrFeed().users()).hasSize(2);
      }));
    }
  }

  /** Until the one firing ran and neither instance runs or will run the job. */
  private static void awaitDone(ConfigurableApplicationContext first,
      ConfigurableApplicationContext second, RunLog log) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    TriggerKey trigger = TriggerKey.triggerKey("hrsync-default", "hrsync");
    while (System.nanoTime() < deadline) {
      Scheduler one = first.getBean(Scheduler.class);
      Scheduler two = second.getBean(Scheduler.class);
      boolean ran = !new RunHistory(log).recent(10).isEmpty();
      if (ran && one.getTrigger(trigger) == null && one.getCurrentlyExecutingJobs().isEmpty()
          && two.getCurrentlyExecutingJobs().isEmpty()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the scheduled run did not end within 90 s");
  }

  private static void quartzTables(DataSource database) throws Exception {
    String script;
    try (InputStream in = Objects.requireNonNull(Scheduler.class.getResourceAsStream(
        "/org/quartz/impl/jdbcjobstore/tables_postgres.sql"))) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + TABLE);
      for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!sql.isBlank() && !sql.strip().equalsIgnoreCase("COMMIT")) {
          statement.execute(sql);
        }
      }
    }
  }
}
