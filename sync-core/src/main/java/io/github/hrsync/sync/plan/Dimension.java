package io.github.hrsync.sync.plan;

/**
 * What the guard measures of a plan, for every target alike. Each has a limit: a share of the
 * records there are now and a count ({@link GuardLimit}).
 */
public enum Dimension {
  /** Records taken away: JobTicket offboardings, HR Feed deactivations and deletions. */
  REMOVALS("remove"),
  /**
   * Existing records whose identity is rewritten: first or last name, e-mail or date of birth
   * changed (a value set where there was none is not a rewrite).
   */
  REWRITES("rewrite the name, e-mail or birth date of"),
  /** Inactive records made active again (HR Feed reactivations, JobTicket rehires). */
  REACTIVATIONS("reactivate"),
  /**
   * Records created beside an existing one that may be the same person, left unmatched: an HR
   * Feed user without externalId with the same name, or a JobTicket employee of another
   * integration with the same e-mail.
   */
  LOOKALIKES("create beside a look-alike");

  private final String verb;

  Dimension(String verb) {
    this.verb = verb;
  }

  /** @return what the plan does in this dimension, for a message ("rewrite the name … of") */
  public String verb() {
    return verb;
  }
}
