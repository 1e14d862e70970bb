package io.github.hrsync.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hrsync.yaml the READMEs show is one the tool reads, as written. */
class ReadmeConfigTest {
  private static final Pattern YAML = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyConfigInTheReadmesLoadsWithBothTargetsAndCredentialsByReference(@TempDir Path dir)
      throws Exception {
    List<String> configs = new ArrayList<>();
    for (Path readme : List.of(Path.of("README.md"), Path.of("../README.md"))) {
      Matcher block = YAML.matcher(Files.readString(readme));
      while (block.find()) {
        if (block.group(1).contains("jobticket:")) {
          configs.add(block.group(1));
        }
      }
    }
    assertThat(configs).hasSize(2);
    for (String config : configs) {
      Path file = Files.writeString(dir.resolve("hrsync.yaml"), config);

      CliConfig read = ConfigFile.load(file, new ConfigFile.Overrides(null, null, null, null,
          null, null, null));

      assertThat(read.jobTicket().integrationId()).isEqualTo(7);
      assertThat(read.jobTicket().keySecret().toString()).startsWith("*** (");
      assertThat(read.hrFeed().token()).isEqualTo(SecretRef.env("HR_FEED_TOKEN"));
      assertThat(read.mapping()).isEqualTo(dir.resolve("mapping.yaml"));
    }
  }
}
