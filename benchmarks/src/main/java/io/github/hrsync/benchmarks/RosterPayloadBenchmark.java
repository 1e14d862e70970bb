package io.github.hrsync.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.hrsync.core.internal.json.Json;
import io.github.hrsync.core.internal.json.StreamingJsonInputStream;
import io.github.hrsync.jobticket.SyncEmployee;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JobTicket roster body for {@code size} employees, streamed the way the client sends it
 * (to a discarding sink, as the HTTP client would drain it) beside Jackson's
 * {@code writeValueAsBytes} of the same document. Run with {@code -prof gc} to compare
 * {@code gc.alloc.rate.norm}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RosterPayloadBenchmark {
  @Param("100000")
  int size;

  private List<SyncEmployee> employees;
  private ObjectWriter writer;
  private Map<String, Object> document;

  @Setup
  public void setUp() {
    employees = BenchmarkData.syncEmployees(size);
    writer = Json.mapper().writerFor(SyncEmployee.class);
    document = new LinkedHashMap<>();
    document.put("syncId", "sync-benchmark");
    document.put("employees", employees);
  }

  @Benchmark
  public long streamed() throws IOException {
    try (InputStream body = new StreamingJsonInputStream(writer, Map.of("syncId",
        "sync-benchmark"), "employees", employees.iterator())) {
      return body.transferTo(OutputStream.nullOutputStream());
    }
  }

  /**
   * What the client really does since it sends an exact {@code Content-Length}: one pass to
   * count the bytes, one to send them.
   *
   * @return the bytes sent
   * @throws IOException never (the sink discards)
   */
  @Benchmark
  public long streamedWithContentLength() throws IOException {
    long counted = streamed();
    long sent = streamed();
    return counted == sent ? sent : -1;
  }

  @Benchmark
  public int baselineWriteValueAsBytes() throws JsonProcessingException {
    return Json.mapper().writeValueAsBytes(document).length;
  }
}
