package io.github.hrsync.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Produces {@code {"leading": ..., "arrayField": [element, ...]}} as a stream, serialising a few
 * elements at a time as the reader asks for bytes, so a body of any size is never held whole in
 * memory.
 */
public final class StreamingJsonInputStream extends InputStream {
  private static final int ELEMENTS_PER_CHUNK = 32;

  private final Buffer buffer = new Buffer();
  private final JsonGenerator generator;
  private final ObjectWriter writer;
  private final Map<String, ?> leadingFields;
  private final String arrayField;
  private final Iterator<?> elements;
  private @Nullable SequenceWriter sequence;
  private int position;
  private boolean started;
  private boolean finished;

  /**
   * @param writer serialises one element (leading fields use the shared mapper)
   * @param leadingFields scalar fields written before the array, in order
   * @param arrayField the name of the array field
   * @param elements the array elements, consumed once
   */
  public StreamingJsonInputStream(ObjectWriter writer, Map<String, ?> leadingFields,
      String arrayField, Iterator<?> elements) {
    this.writer = writer.without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    this.leadingFields = leadingFields;
    this.arrayField = arrayField;
    this.elements = elements;
    try {
      this.generator = Json.mapper().getFactory().createGenerator(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (position == buffer.size() && !finished) {
      buffer.reset();
      position = 0;
      writeChunk();
    }
    int available = buffer.size() - position;
    if (available == 0) {
      return -1;
    }
    int count = Math.min(available, length);
    System.arraycopy(buffer.bytes(), position, target, offset, count);
    position += count;
    return count;
  }

  private void writeChunk() throws IOException {
    if (!started) {
      started = true;
      generator.writeStartObject();
      for (Map.Entry<String, ?> field : leadingFields.entrySet()) {
        generator.writeFieldName(field.getKey());
        generator.writeObject(field.getValue());
      }
      generator.writeArrayFieldStart(arrayField);
      // one sequence for all elements: the serializers are looked up once, not per element
      sequence = writer.writeValues(generator);
    }
    SequenceWriter values = java.util.Objects.requireNonNull(sequence, "started above");
    for (int i = 0; i < ELEMENTS_PER_CHUNK && elements.hasNext(); i++) {
      values.write(elements.next());
    }
    if (!elements.hasNext()) {
      generator.writeEndArray();
      generator.writeEndObject();
      generator.close();
      finished = true;
    }
    generator.flush();
  }

  /** A byte buffer whose array can be read without a copy. */
  private static final class Buffer extends ByteArrayOutputStream {
    byte[] bytes() {
      return buf;
    }
  }
}
