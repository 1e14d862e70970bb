package io.github.hrsync.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuardCountsTest {

  @Test
  void anEmailThatFoldsAlikeIsNoRewriteAsThePreviewSeesIt() {
    GuardCounts counts = new GuardCounts(10);

    // the preview compares e-mails by the shared folding rule, where ß and SS are the same
    counts.identity("Jörg", "Strauß", "joerg.straße@acme.de", "Jörg", "Strauß",
        "JOERG.STRASSE@ACME.DE", false);

    assertThat(counts.of(Dimension.REWRITES)).isZero();
  }

  @Test
  void domainMovesAreGroupedByTheFoldedDomain() {
    GuardCounts counts = new GuardCounts(2);

    counts.identity("Ann", "Lee", "ann@ACME.de", "Ann", "Lee", "ann@new.de", false);
    counts.identity("Bob", "Ray", "bob@acme.DE", "Bob", "Ray", "bob@NEW.de", false);

    assertThat(counts.of(Dimension.REWRITES)).isEqualTo(2);
    assertThat(counts.likelyCauses(2)).isEqualTo("; likely cause: one e-mail domain replaced "
        + "by another (acme.de to new.de in 2 of the 2 rewrites)");
  }
}
