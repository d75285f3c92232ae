// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The command's JSON lines, written with Jackson's generator: one object per line, keys in the
 * order the body writes them, {@code ", "} and {@code ": "} between members and every non-ASCII
 * character escaped, so a line is plain ASCII and reads the same as Python's {@code json.dumps} of
 * the same object (scripts compare them).
 *
 * <pre>{@code
 * String line = JsonLines.line(g -> g.writeStringField("name", "x")); // {"name": "x"}
 * }</pre>
 */
public final class JsonLines {
  /** Writes the members of one object. */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes members into the object that is open on {@code g}.
     *
     * @param g the generator
     * @throws IOException from the generator
     */
    void write(JsonGenerator g) throws IOException;
  }

  private static final JsonFactory FACTORY =
      // Not ESCAPE_NON_ASCII: with it Jackson writes upper-case hex and never asks the escapes.
      new JsonFactoryBuilder().characterEscapes(new LowerCaseEscapes()).build();

  private static final PrettyPrinter SPACED = new OneLine();

  private JsonLines() {}

  /**
   * One object as a line of text (without the line end).
   *
   * @param body writes the members
   * @return the JSON text
   */
  public static String line(Body body) {
    StringWriter text = new StringWriter(128);
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.setPrettyPrinter(SPACED);
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      // A StringWriter does not fail.
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * Writes a string member, or {@code null} for a null value.
   *
   * @param g the generator
   * @param name the member name
   * @param value the value, or null
   * @throws IOException from the generator
   */
  public static void stringOrNull(JsonGenerator g, String name, String value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value);
    }
  }

  /** Everything on one line, a space after each {@code ,} and {@code :} as Python prints them. */
  private static final class OneLine implements PrettyPrinter {
    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
      // One object per line: the caller ends the line.
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw('{');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      g.writeRaw('}');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw('[');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      g.writeRaw(']');
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
      // Nothing before the first value.
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
      // Nothing before the first member.
    }
  }

  /**
   * Jackson's escapes with Python's spelling: {@code \\u} escapes in lower-case hex ({@code
   * \\u00e9}, not {@code \\u00E9}) for control characters and every non-ASCII UTF-16 unit.
   */
  private static final class LowerCaseEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final int[] ascii;

    LowerCaseEscapes() {
      int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
      for (int c = 0; c < 0x20; c++) {
        if (codes[c] == CharacterEscapes.ESCAPE_STANDARD) {
          codes[c] = CharacterEscapes.ESCAPE_CUSTOM;
        }
      }
      this.ascii = codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    /** Asked for the ASCII controls marked custom above and for every character past ASCII. */
    @Override
    public SerializableString getEscapeSequence(int ch) {
      return new SerializedString(
          new String(
              new char[] {
                '\\',
                'u',
                HEX[(ch >> 12) & 0xF],
                HEX[(ch >> 8) & 0xF],
                HEX[(ch >> 4) & 0xF],
                HEX[ch & 0xF]
              }));
    }
  }
}
