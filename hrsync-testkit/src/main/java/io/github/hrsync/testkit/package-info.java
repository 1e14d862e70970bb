/**
 * The hrsync test kit: a stateful sandbox of the JobTicket B2B API and the HR Feed API on a
 * loopback port ({@link io.github.hrsync.testkit.Sandbox}) with fault injection
 * ({@link io.github.hrsync.testkit.SandboxFaults}), virtual time
 * ({@link io.github.hrsync.testkit.VirtualClock}) and a JUnit Jupiter extension
 * ({@link io.github.hrsync.testkit.SandboxExtension}), so an integration can be tested without an
 * account on either platform.
 */
@NullMarked
package io.github.hrsync.testkit;

import org.jspecify.annotations.NullMarked;
