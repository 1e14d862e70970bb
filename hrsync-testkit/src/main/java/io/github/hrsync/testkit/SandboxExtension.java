package io.github.hrsync.testkit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method a fresh, running {@link Sandbox} as a parameter and closes it after the
 * test: empty stores, a new random port, no faults.
 *
 * <pre>{@code
 * @ExtendWith(SandboxExtension.class)
 * class MyIntegrationTest {
 *   @Test
 *   void myExportSyncs(Sandbox sandbox) {
 *     JobTicketClient jobTicket = JobTicketClient.builder().baseUrl(sandbox.jobTicketUrl())
 *         .credentials(Sandbox.JOBTICKET_KEY_ID, Secret.of(Sandbox.JOBTICKET_KEY_SECRET)).build();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Needs JUnit Jupiter on the test class path (the test kit declares it optional).
 */
public final class SandboxExtension implements ParameterResolver, AfterEachCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SandboxExtension.class);

  /** Creates the extension; JUnit does this for {@code @ExtendWith}. */
  public SandboxExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Sandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return java.util.Objects.requireNonNull(context.getStore(NAMESPACE).getOrComputeIfAbsent(
        "sandbox", key -> Sandbox.start(SandboxFaults.none()), Sandbox.class));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Sandbox sandbox = context.getStore(NAMESPACE).remove("sandbox", Sandbox.class);
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
