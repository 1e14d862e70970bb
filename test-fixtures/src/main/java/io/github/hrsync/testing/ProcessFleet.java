package io.github.hrsync.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class in several JVM processes at once, on this JVM's class path. */
public final class ProcessFleet {
  private ProcessFleet() {}

  /**
   * Starts one JVM running {@code main} with {@code args}; its error output goes to this JVM's
   * (where a {@code JAVA_TOOL_OPTIONS} notice cannot disturb what the test reads). The caller
   * ends it.
   *
   * @param main the class whose {@code main} the process runs
   * @param args its arguments
   * @return the process
   * @throws IOException when it cannot be started
   */
  public static Process start(Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  /**
   * Starts {@code processes} JVMs running {@code main} with {@code args}, all before waiting for
   * any, and waits for all.
   *
   * @param main the class whose {@code main} each process runs
   * @param processes how many processes
   * @param args the arguments of each
   * @return what each process printed, in start order
   * @throws AssertionError when a process fails or outlives ten minutes (it is killed then)
   * @throws IOException when a process cannot be started
   * @throws InterruptedException if interrupted while waiting
   */
  public static List<String> run(Class<?> main, int processes, String... args)
      throws IOException, InterruptedException {
    List<Process> started = new ArrayList<>();
    try {
      for (int i = 0; i < processes; i++) {
        started.add(start(main, args));
      }
      List<String> outputs = new ArrayList<>();
      for (Process process : started) {
        String output = new String(process.getInputStream().readAllBytes(),
            StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
          throw new AssertionError(main.getSimpleName() + " failed (its errors are in the test's "
              + "error output); it printed:\n" + output);
        }
        outputs.add(output.strip());
      }
      return outputs;
    } finally {
      started.forEach(Process::destroyForcibly);
    }
  }
}
