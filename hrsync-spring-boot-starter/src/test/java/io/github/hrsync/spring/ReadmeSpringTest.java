package io.github.hrsync.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.plan.Target;
import io.github.hrsync.sync.plan.TargetOutcome;
import io.github.hrsync.sync.plan.TargetOutcome.Status;
import io.github.hrsync.testing.ReadmeSnippets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/** The READMEs' application.yaml binds as written, and their Java is this, as written. */
class ReadmeSpringTest {
  // --- the README's code, as written ---
  @Component
  class SyncAlerts {
    @EventListener
    void on(HrsyncOutcomeEvent event) {   // a refusal, a stale plan or a failure
      System.err.println("hrsync " + event.sync() + ": " + event.outcome().target().key()
          + " " + event.outcome().status() + ": " + event.outcome().message());
    }
  }
  // --- end ---

  @Test
  void theReadmesApplicationYamlBindsToTheNightlyJob() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```yaml\n") + 8;
    String yaml = readme.substring(start, readme.indexOf("```", start));
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("readme", new ByteArrayResource(yaml.getBytes(
        StandardCharsets.UTF_8))).forEach(environment.getPropertySources()::addLast);
    ConfigurationPropertySources.attach(environment);

    HrsyncProperties properties = Binder.get(environment).bind("hrsync",
        HrsyncProperties.class).get();

    assertThat(properties.getSchedule()).isEqualTo("0 0 2 * * ?");
    assertThat(properties.getJobticket().getIntegrationId()).isEqualTo(7);
    assertThat(properties.getHrfeed().getAgencyDomain()).isEqualTo("travel.example.com");
    assertThat(properties.getApproval().getHrfeed()).isEqualTo("8c1f0e2b7d4a");
    assertThat(properties.getRoster().getMapping()).isEqualTo(Path.of(
        "/data/exports/mapping.yaml"));
    assertThat(org.quartz.CronExpression.isValidExpression(properties.getSchedule())).isTrue();
  }

  @Test
  void theReadmesListenerPrintsTheOutcomeAndStandsInBothReadmes() {
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      new SyncAlerts().on(new HrsyncOutcomeEvent(this, "default", "run-1", new TargetOutcome(
          Target.HR_FEED, Status.REFUSED, "refused: 5 of 20", 0, 0, "8c1f0e2b7d4a", true)));
    } finally {
      System.setErr(err);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("hrsync default: hrfeed REFUSED: refused: 5 of 20");
    ReadmeSnippets.assertInReadme(getClass(), Path.of("README.md"));
    ReadmeSnippets.assertInReadme(getClass(), Path.of("../README.md"));
  }
}
