package io.github.hrsync.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.core.Secret;
import io.github.hrsync.hrfeed.HrFeedClient;
import io.github.hrsync.sync.RosterSync;
import io.github.hrsync.sync.SyncPlan;
import io.github.hrsync.testing.ReadmeSnippets;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.testkit.SandboxFaults;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's code and its mapping file, as written there, against the sandbox. */
class ReadmeReaderTest {
  @TempDir
  Path dir;

  @Test
  void theReadmesSnippetReadsTheGermanExportThroughTheReadmesMappingFile() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String yaml = readme.substring(readme.indexOf("```yaml\n") + 8,
        readme.indexOf("```", readme.indexOf("```yaml\n") + 8));
    Files.writeString(dir.resolve("personal-de.yaml"), yaml);
    Files.copy(RealExportsTest.resource("personal-de.csv"), dir.resolve("personal-de.csv"));
    try (Sandbox sandbox = Sandbox.start(SandboxFaults.none())) {
      RosterSync sync = RosterSync.builder().hrFeed(HrFeedClient.builder()
          .baseUrl(sandbox.hrFeedUrl()).token(Secret.of(Sandbox.HR_FEED_TOKEN)).build()).build();
      SyncPlan plan = snippet(sync, dir);

      assertThat(plan.parts()).singleElement()
          .satisfies(part -> assertThat(part.plan().adds()).isEqualTo(18));
    }
    ReadmeSnippets.assertInReadme(getClass(), Path.of("README.md"));
    assertThat(RosterMapping.load("readme.yaml", new StringReader(yaml))).isNotNull();
  }

  private static SyncPlan snippet(RosterSync sync, Path dir) {
    Path mappingFile = dir.resolve("personal-de.yaml");
    Path exportFile = dir.resolve("personal-de.csv");
    // --- the README's code, as written ---
    RosterMapping mapping = RosterMapping.load(mappingFile); // a Path, such as personal-de.yaml
    MappedRoster roster;
    try (CsvSource rows = CsvSource.open(exportFile, mapping.encoding())) {
      roster = mapping.read(rows);
    }
    SyncPlan plan = sync.plan(roster.scoped()); // sync: a RosterSync, as in the main README
    // --- end ---
    return plan;
  }
}
