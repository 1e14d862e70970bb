package io.github.hrsync.reader.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Decodes bytes in one charset and keeps going past a byte that is not in it: each such byte is
 * noted with the file line it is on (at most {@link #MAX_NOTED}) and left out of the text, so
 * that a reader can report every bad byte at once instead of the first.
 */
public final class DecodingReader extends Reader {
  /** How many undecodable bytes are noted; the rest are only counted. */
  public static final int MAX_NOTED = 100;

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private final List<String> undecodable = new ArrayList<>();
  private int undecodableCount;
  private long line = 1;
  private boolean ended;

  /**
   * @param in the bytes; closed with this reader
   * @param charset what they are in
   */
  public DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  /** @return the charset the bytes are decoded from */
  public Charset charset() {
    return charset;
  }

  /** @return each byte not in the charset, with its file line, in file order (the first 100) */
  public List<String> undecodable() {
    return List.copyOf(undecodable);
  }

  /** @return how many bytes were not in the charset */
  public int undecodableCount() {
    return undecodableCount;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    while (!chars.hasRemaining()) {
      if (ended) {
        return -1;
      }
      fill();
    }
    int count = Math.min(length, chars.remaining());
    chars.get(target, offset, count);
    return count;
  }

  private void fill() throws IOException {
    chars.clear();
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    boolean last = read < 0;
    if (!last) {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
    while (true) {
      int from = chars.position();
      CoderResult result = decoder.decode(bytes, chars, last);
      countLines(from);
      if (result.isError()) {
        note(result.length());
        continue;
      }
      if (result.isOverflow() || !last) {
        break;
      }
      decoder.flush(chars);
      ended = true;
      break;
    }
    chars.flip();
  }

  private void note(int length) {
    byte[] bad = new byte[length];
    bytes.get(bad);
    undecodableCount++;
    if (undecodable.size() < MAX_NOTED) {
      undecodable.add("file line " + line + ": byte" + (length > 1 ? "s " : " ") + "0x"
          + HexFormat.of().withUpperCase().formatHex(bad) + " is not " + charset.name());
    }
  }

  private void countLines(int from) {
    for (int i = from; i < chars.position(); i++) {
      if (chars.get(i) == '\n') {
        line++;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
