package io.github.hrsync.jobticket;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A document file being downloaded. The body is streamed from the connection: read it once and
 * close this object (try-with-resources).
 *
 * @param documentId the document id
 * @param contentType the {@code Content-Type} the server sent, if any
 * @param fileName the file name from {@code Content-Disposition}, if any
 * @param contentLength the length the server announced, if any
 * @param body the file's bytes
 */
public record DocumentDownload(
    long documentId,
    @Nullable String contentType,
    @Nullable String fileName,
    OptionalLong contentLength,
    InputStream body) implements AutoCloseable {

  /** Closes the body and releases the connection. */
  @Override
  public void close() throws IOException {
    body.close();
  }

  /**
   * @return the document id and content type; never a person's name, e-mail, date of birth,
   *     mobile or field value
   */
  @Override
  public String toString() {
    return "DocumentDownload[documentId=" + documentId + ", contentType=" + contentType + "]";
  }
}
