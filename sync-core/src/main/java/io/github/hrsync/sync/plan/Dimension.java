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
   * replaced or cleared (a value set where there was none is not a rewrite).
   */
  REWRITES("rewrite the name, e-mail or birth date of"),
  /** Inactive records made active again (HR Feed reactivations, JobTicket rehires). */
  REACTIVATIONS("reactivate"),
  /**
   * Records created beside an existing one that may be the same person, left unmatched: an HR
   * Feed user without externalId with the same name, or a JobTicket employee of another
   * integration with the same e-mail.
   */
  LOOKALIKES("create beside a look-alike"),
  /**
   * The records a plan harms in any of the ways above, together: removals, rewrites and
   * reactivations added up, so that several dimensions each under its own limit cannot together
   * change half the company. Weighed only when no other dimension is over its own limit (it is
   * last, so a refusal names the dimension that is over alone).
   */
  COMBINED("remove, rewrite or reactivate");

  private final String verb;

  Dimension(String verb) {
    this.verb = verb;
  }

  /** @return what the plan does in this dimension, for a message ("rewrite the name … of") */
  public String verb() {
    return verb;
  }
}
