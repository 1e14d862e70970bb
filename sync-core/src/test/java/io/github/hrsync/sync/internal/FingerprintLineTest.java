package io.github.hrsync.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class FingerprintLineTest {
  /** A digest that keeps what it is fed, to compare the bytes two lines feed. */
  private static final class Recorder extends MessageDigest {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Recorder() {
      super("recorder");
    }

    @Override
    protected void engineUpdate(byte input) {
      bytes.write(input);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int length) {
      bytes.write(input, offset, length);
    }

    @Override
    protected byte[] engineDigest() {
      return new byte[32];
    }

    @Override
    protected void engineReset() {}
  }

  private static byte[] fed(Consumer<Fingerprints.Line> lines) {
    Recorder recorder = new Recorder();
    Fingerprints.Line line = new Fingerprints.Line(recorder);
    lines.accept(line);
    line.hex();
    return recorder.bytes.toByteArray();
  }

  @Test
  void aFieldBoundaryCannotMove() {
    assertThat(fed(line -> line.text("Anna|Berg").text("anna@example.com").end()))
        .isNotEqualTo(fed(line -> line.text("Anna").text("Berg|anna@example.com").end()));
    assertThat(fed(line -> line.text("ab").text("c").end()))
        .isNotEqualTo(fed(line -> line.text("a").text("bc").end()));
    assertThat(fed(line -> line.number(12).number(3).end()))
        .isNotEqualTo(fed(line -> line.number(1).number(23).end()));
  }

  @Test
  void absentTextIsNeitherEmptyNorTheWordNull() {
    byte[] absent = fed(line -> line.text(null).end());
    assertThat(absent).isNotEqualTo(fed(line -> line.text("").end()))
        .isNotEqualTo(fed(line -> line.text("null").end()));
  }

  @Test
  void charsThatAUtf8EncoderWouldReplaceStayDistinct() {
    // a lone surrogate encodes as '?' in UTF-8, and the low byte of U+0141 is 'A'
    assertThat(fed(line -> line.text("\uD800").end())).isNotEqualTo(fed(l -> l.text("?").end()));
    assertThat(fed(line -> line.text("\u0141").end())).isNotEqualTo(fed(l -> l.text("A").end()));
    assertThat(fed(line -> line.text("\u00FF").end()))
        .isNotEqualTo(fed(line -> line.text("\u00FF\u0000").end()));
  }

  @Test
  void linesLongerThanTheBufferAndLinesAcrossItsFlushFeedEveryByte() {
    String longText = "x".repeat(20_000);
    byte[] once = fed(line -> line.text(longText).end());
    assertThat(once).hasSize(3 + 20_000 + 1);
    byte[] many = fed(line -> {
      for (int i = 0; i < 5_000; i++) {
        line.number(i).end();
      }
    });
    assertThat(fed(line -> {
      for (int i = 0; i < 5_000; i++) {
        line.number(i).end();
      }
      line.number(5_000).end();
    })).hasSizeGreaterThan(many.length).startsWith(many);
  }

  @Test
  void differentFieldsNeverFeedTheSameBytes() {
    // every line has the same shape: text, text, number, date, flag, text; a fuzz over values
    // chosen to collide if the encoding were ambiguous (separators, signs, escapes, absence)
    String[] texts = {null, "", "a", "b", "ab", "a,", "1", "_", "-", "\u00FF", "\u0141",
        "\uD800", "\n", "a\nb", "null", "\u0001", "\u0002", "a\u0001", "\u0001b", "\u0002b"};
    long[] numbers = {0, 1, -1, 63, 64, -64, 127, 128, 300, Long.MAX_VALUE, Long.MIN_VALUE};
    LocalDate[] dates = {null, LocalDate.of(1969, 12, 31), LocalDate.of(1970, 1, 1),
        LocalDate.of(2026, 2, 28), LocalDate.of(-5, 1, 1)};
    Boolean[] flags = {null, true, false};
    Random random = new Random(42);
    Map<String, List<Object>> seen = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      List<Object> fields = new ArrayList<>(Arrays.asList(texts[random.nextInt(texts.length)],
          texts[random.nextInt(texts.length)], numbers[random.nextInt(numbers.length)],
          dates[random.nextInt(dates.length)], flags[random.nextInt(flags.length)],
          texts[random.nextInt(texts.length)]));
      byte[] bytes = fed(line -> line.text((String) fields.get(0)).text((String) fields.get(1))
          .number((Long) fields.get(2)).date((LocalDate) fields.get(3))
          .flag((Boolean) fields.get(4)).text((String) fields.get(5)).end());
      List<Object> earlier = seen.putIfAbsent(Arrays.toString(bytes), fields);
      if (earlier != null) {
        assertThat(fields).as("the same bytes for other fields").isEqualTo(earlier);
      }
    }
    assertThat(seen).hasSizeGreaterThan(10_000);
  }
}
