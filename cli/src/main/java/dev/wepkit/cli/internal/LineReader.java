// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 text a line at a time, decoding each line strictly, so that bytes which are not UTF-8
 * are reported with the exact line and column instead of being replaced silently. A UTF-8
 * byte-order mark at the start is skipped. Lines are returned without their {@code \n} (a {@code
 * \r} before it is kept, as YAML and JSON readers treat it as white space).
 *
 * <p>It buffers its own input, so {@link #ready()} can tell whether a line is available without
 * blocking; the batch commands flush their output when it is not.
 */
public final class LineReader implements AutoCloseable {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final boolean closeInput;
  private final byte[] buffer = new byte[BUFFER];
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private int position;
  private int limit;
  private boolean eof;
  private int lineNumber;
  private byte[] line = new byte[256];

  public LineReader(InputStream in, boolean closeInput) {
    this.in = in;
    this.closeInput = closeInput;
  }

  /**
   * The 1-based number of the line last returned by {@link #readLine()}.
   *
   * @return the line number, 0 before the first line
   */
  public int lineNumber() {
    return lineNumber;
  }

  /**
   * Whether a call to {@link #readLine()} would return without waiting for more input.
   *
   * @return true when buffered bytes remain or the stream has some available
   */
  boolean ready() throws IOException {
    return position < limit || eof || in.available() > 0;
  }

  /**
   * Reads the next line.
   *
   * @return the line without its terminator, or null at the end of the input
   * @throws IOException if the stream fails
   * @throws BadBytesException if the line is not valid UTF-8
   */
  public String readLine() throws IOException {
    int length = 0;
    boolean sawAny = false;
    while (true) {
      if (position >= limit) {
        if (eof || !fill()) {
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int start = position;
      int end = start;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      int chunk = end - start;
      if (length + chunk > line.length) {
        byte[] bigger = new byte[Math.max(line.length * 2, length + chunk)];
        System.arraycopy(line, 0, bigger, 0, length);
        line = bigger;
      }
      System.arraycopy(buffer, start, line, length, chunk);
      length += chunk;
      if (end < limit) {
        position = end + 1;
        break;
      }
      position = limit;
    }
    lineNumber++;
    int offset = 0;
    if (lineNumber == 1
        && length >= 3
        && line[0] == (byte) 0xEF
        && line[1] == (byte) 0xBB
        && line[2] == (byte) 0xBF) {
      offset = 3;
    }
    return decode(offset, length - offset);
  }

  private String decode(int offset, int length) throws BadBytesException {
    if (isAscii(offset, length)) {
      return new String(line, offset, length, StandardCharsets.ISO_8859_1);
    }
    ByteBuffer bytes = ByteBuffer.wrap(line, offset, length);
    CharBuffer chars = CharBuffer.allocate(length);
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    if (result.isError()) {
      boolean utf16 =
          lineNumber == 1
              && offset == 0
              && length >= 2
              && ((line[0] == (byte) 0xFE && line[1] == (byte) 0xFF)
                  || (line[0] == (byte) 0xFF && line[1] == (byte) 0xFE));
      throw new BadBytesException(
          lineNumber,
          chars.position() + 1,
          utf16
              ? "unreadable bytes: UTF-16 text is not supported, save the file as UTF-8"
              : "unreadable bytes: the input is not UTF-8 text");
    }
    decoder.flush(chars);
    chars.flip();
    return chars.toString();
  }

  private boolean isAscii(int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (line[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    if (closeInput) {
      in.close();
    }
  }

  /** Bytes that are not UTF-8, at a 1-based line and column (counted in characters). */
  public static final class BadBytesException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String message;

    BadBytesException(int line, int column, String message) {
      this.line = line;
      this.column = column;
      this.message = message;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
