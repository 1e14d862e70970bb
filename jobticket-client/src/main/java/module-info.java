/**
 * hrsync jobticket-client: the typed client of the JobTicket B2B API.
 */
module io.github.hrsync.jobticket {
  requires transitive io.github.hrsync.core;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports io.github.hrsync.jobticket;

  opens io.github.hrsync.jobticket to com.fasterxml.jackson.databind;
}
