/**
 * From an HR export to a roster: CSV and JDBC row sources, a declarative mapping with a scope
 * per target, and a preview of what a mapping makes of a file.
 */
module io.github.hrsync.reader {
  requires transitive io.github.hrsync.sync;
  requires transitive java.sql;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports io.github.hrsync.reader;
  // shared with hrsync's own CLI only (its config file is read the way a mapping is); not an API
  exports io.github.hrsync.reader.internal to io.github.hrsync.cli;
}
