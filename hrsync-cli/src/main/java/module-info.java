/**
 * hrsync-cli: {@code hrsync}, the operator's tool (plan, apply, history, check, sandbox, demo),
 * configured by {@code hrsync.yaml}.
 */
module io.github.hrsync.cli {
  requires io.github.hrsync.sync;
  requires io.github.hrsync.reader;
  requires io.github.hrsync.testkit;
  requires info.picocli;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires java.logging;

  exports io.github.hrsync.cli;
  // picocli builds the commands and Jackson writes the history's form by reflection
  opens io.github.hrsync.cli.command to info.picocli, com.fasterxml.jackson.databind;
}
