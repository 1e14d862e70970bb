package io.github.hrsync.cli.command;

/** What {@code --output} prints: text for a person, or JSON for a pipeline. */
enum Format {
  /** Text for a person. */
  TEXT,
  /** Versioned JSON for a pipeline. */
  JSON
}
