/**
 * An embedded, stateful sandbox of the JobTicket B2B API and the HR Feed API on the JDK's HTTP
 * server (loopback, random port), so that the examples and tests run with no credentials.
 */
@NullMarked
package io.github.hrsync.examples.sandbox;

import org.jspecify.annotations.NullMarked;
