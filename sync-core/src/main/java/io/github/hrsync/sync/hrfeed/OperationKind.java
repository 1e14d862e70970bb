package io.github.hrsync.sync.hrfeed;

/** What a planned HR Feed operation does, in the order a plan lists them. */
public enum OperationKind {
  /** Create a user ({@code +}). */
  CREATE('+', "create"),
  /** Change fields of a user, or adopt one found by e-mail by setting its externalId ({@code ~}). */
  UPDATE('~', "update"),
  /** Reactivate a rehired user, with any other changed fields ({@code ~}). */
  REACTIVATE('~', "reactivate"),
  /** Set {@code isActive=false} for a leaver ({@code -}). */
  DEACTIVATE('-', "deactivate"),
  /** Delete a leaver's user; planned only when deletion is asked for ({@code -}). */
  DELETE('-', "delete");

  private final char symbol;
  private final String verb;

  OperationKind(char symbol, String verb) {
    this.symbol = symbol;
    this.verb = verb;
  }

  /** @return the plan symbol: {@code +}, {@code ~} or {@code -} */
  public char symbol() {
    return symbol;
  }

  /** @return the verb shown in a plan */
  public String verb() {
    return verb;
  }

  /** @return whether the operation removes a user from active use */
  public boolean removes() {
    return this == DEACTIVATE || this == DELETE;
  }
}
