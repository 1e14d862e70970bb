package io.github.hrsync.core.internal.http;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * What one attempt received as a body: the bytes read whole (within the size cap), or, for a
 * successful download, a stream the caller reads under the call deadline.
 *
 * @param bytes the body read whole, or {@code null} when streamed
 * @param stream the body to stream, or {@code null} when read whole
 */
record ResponseBody(byte @Nullable [] bytes, @Nullable InputStream stream) {
  static ResponseBody of(byte[] bytes) {
    return new ResponseBody(bytes, null);
  }

  static ResponseBody streamed(InputStream stream) {
    return new ResponseBody(null, stream);
  }

  /** @return the bytes read whole, empty when the body is streamed */
  byte[] bytesOrEmpty() {
    return bytes == null ? new byte[0] : bytes;
  }
}
