package io.github.hrsync.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StreamingJsonInputStreamTest {

  record Row(String id, LocalDate date, String note) {}

  @Test
  void streamedBodyIsByteForByteTheSameAsTheSerialisedObject() throws Exception {
    List<Row> rows = IntStream.range(0, 1000)
        .mapToObj(i -> new Row("id-" + i, LocalDate.of(2020, 1, 1).plusDays(i),
            i % 7 == 0 ? null : "Müller \"quoted\" " + i))
        .toList();
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("syncId", "s-1");
    expected.put("rows", rows);

    InputStream stream = new StreamingJsonInputStream(Json.mapper().writerFor(Row.class),
        Map.of("syncId", "s-1"), "rows", rows.iterator());

    assertThat(readInSmallChunks(stream))
        .isEqualTo(Json.mapper().writeValueAsString(expected));
  }

  @Test
  void emptyArrayStillMakesAWholeDocument() throws Exception {
    InputStream stream = new StreamingJsonInputStream(Json.mapper().writer(),
        Map.of("a", 1), "items", new ArrayList<>().iterator());

    assertThat(new String(stream.readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":1,\"items\":[]}");
    assertThat(stream.read()).isEqualTo(-1);
  }

  private static String readInSmallChunks(InputStream stream) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[7];
    int n;
    while ((n = stream.read(chunk, 0, chunk.length)) >= 0) {
      out.write(chunk, 0, n);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
