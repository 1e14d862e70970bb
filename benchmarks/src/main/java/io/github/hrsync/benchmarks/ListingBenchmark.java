package io.github.hrsync.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.hrsync.testkit.Sandbox;
import io.github.hrsync.hrfeed.User;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Listing {@code users} HR Feed users, 100 per page, from a loopback sandbox that answers after
 * {@code latencyMs}, beside a hand-written sequential java.net.http + Jackson loop against the
 * same server: {@code sdkSequential} ({@code pagePrefetch(0)}) measures the SDK's own overhead,
 * {@code sdk} the default, which reads 4 pages ahead in parallel once the total is known.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ListingBenchmark {
  @Param("20000")
  int users;

  @Param({"0", "5"})
  int latencyMs;

  private SandboxState state;
  private HttpClient http;
  private ObjectMapper mapper;

  @Setup
  public void setUp() {
    state = new SandboxState(users, Duration.ofMillis(latencyMs));
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    mapper = JsonMapper.builder()
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  @TearDown
  public void tearDown() {
    state.close();
  }

  @Benchmark
  public List<User> sdk() {
    return state.client.listUsers(100).stream().toList();
  }

  @Benchmark
  public List<User> sdkSequential() {
    return state.sequentialClient.listUsers(100).stream().toList();
  }

  @Benchmark
  public List<User> baselineSequentialLoop() throws IOException, InterruptedException {
    List<User> all = new ArrayList<>(users);
    int page = 0;
    while (true) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(state.sandbox.hrFeedUrl()
              + "/users?page=" + page + "&limit=100"))
          .header("X-HR-Feed-Token", Sandbox.HR_FEED_TOKEN)
          .header("Accept", "application/json").GET().build();
      byte[] body = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
      JsonNode envelope = mapper.readTree(body);
      for (JsonNode item : envelope.get("items")) {
        all.add(mapper.treeToValue(item, User.class));
      }
      if (!envelope.path("hasMore").asBoolean()) {
        return all;
      }
      page = envelope.path("nextPage").asInt(page + 1);
    }
  }
}
