package io.github.hrsync.sync.plan;

/**
 * One dimension in which a plan passes the guard's limit.
 *
 * @param dimension what is measured
 * @param count how many records the plan touches so
 * @param base how many records there are now
 * @param limit the most allowed
 */
public record Breach(Dimension dimension, int count, int base, int limit) {}
