package io.github.hrsync.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrsync.sync.roster.SourceEmployee;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleRosterTest {
  @Test
  void theBundledSampleIsAValidRosterOfFiftyWithUnicodeNames() {
    try (Targets targets = Targets.open(new String[0], Map.of())) {
      assertThat(targets.rows()).hasSize(50).extracting(SourceEmployee::lastName)
          .contains("Müller", "Dvořák", "Yılmaz", "Ó Súilleabháin", "Zhāng");
    }
  }
}
