package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewMappingTest {
  @TempDir
  Path dir;

  private String run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = PreviewMapping.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return exit + "|" + bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aMappingFileIsPreviewedOnAnExportWithoutAnyRequestAndABadOneIsOneLine()
      throws IOException {
    Path export = Files.writeString(dir.resolve("export.csv"),
        "Nr;Vorname;Nachname;Mail\n1;Anna;Alt;Anna@Example.com\n2;Ben;Berg;ben@example.com\n");
    Path mapping = Files.writeString(dir.resolve("mapping.yaml"), """
        fields: { hrId: Nr, firstName: Vorname, lastName: Nachname,
                  email: { column: Mail, case: lower } }
        """);
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "fields: { hrId: Nr }\n");

    assertThat(run("--roster=" + export, "--mapping=" + mapping, "--rows=1"))
        .startsWith("0|data row 1 (export.csv line 2): JobTicket, HR Feed")
        .contains("email              = anna@example.com").doesNotContain("Ben");
    assertThat(run("--roster=" + export, "--mapping=" + broken))
        .startsWith("2|error: broken.yaml: 3 problems:")
        .contains("mapping line 1 (fields): required field 'email' is not mapped")
        .doesNotContain("\tat ");
  }
}
