package io.github.hrsync.examples;

import io.github.hrsync.testing.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every README snippet these tests compile and run stands in the README as they run it. */
class ReadmeSnippetsTest {

  @ParameterizedTest
  @ValueSource(classes = {ReadmeSyncTest.class, ReadmeRunLogTest.class,
      ReadmeSandboxStateTest.class, TestYourIntegrationTest.class})
  void theReadmeShowsTheCodeTheTestRuns(Class<?> test) {
    ReadmeSnippets.assertInReadme(test, Path.of("../README.md"));
  }
}
