package io.github.hrsync.sync.jobticket;

import io.github.hrsync.testing.HostileServer;

/**
 * A hostile JobTicket that misbehaves in its listing still answers the plan's first request,
 * Get HR Integration, as the API documents it, so the listing is what a test puts to the sync.
 */
final class IntegrationAnswer {
  private IntegrationAnswer() {}

  /**
   * @param behaviour what the server does with every other request
   * @return a behaviour that answers {@code GET /hr-integrations/7} first
   */
  static HostileServer.Behaviour then(HostileServer.Behaviour behaviour) {
    return (request, out) -> {
      if (request.target().endsWith("/hr-integrations/7")) {
        HostileServer.write(out, 200, "application/json",
            "{\"data\":{\"id\":7,\"name\":\"HR\"}}");
      } else {
        behaviour.respond(request, out);
      }
    };
  }
}
