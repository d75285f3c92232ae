// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import java.io.IOException;

/**
 * Splits a YAML stream into its documents before any of them is parsed, so that a document that
 * cannot be bound does not stop the ones after it from being read, and so that memory holds one
 * document at a time.
 *
 * <p>A document starts at a {@code ---} marker line (three dashes at column 0 followed by white
 * space or the end of the line, as YAML defines it) and ends before the next marker, after a {@code
 * ...} line, or at the end of the input. Comments and directives before a marker stay with the
 * document that follows it. Documents with nothing but blank lines, comments, directives and
 * markers are skipped, as calicoctl skips them. JSON text has no markers and is one document.
 */
final class DocumentChunks {
  /**
   * One document's text and the 1-based line of the file on which that text starts.
   *
   * @param text the document, lines joined with {@code \n}
   * @param firstLine the file line of the text's first line
   */
  record Chunk(String text, int firstLine) {
    /** Maps a 1-based line of the chunk to a line of the file; keeps unknown (-1) lines. */
    int fileLine(int chunkLine) {
      return chunkLine > 0 ? chunkLine + firstLine - 1 : chunkLine;
    }
  }

  private final LineReader reader;
  private final int maxChars;
  private String pendingLine;
  private int pendingLineNumber;

  DocumentChunks(LineReader reader, int maxChars) {
    this.reader = reader;
    this.maxChars = maxChars;
  }

  /**
   * Returns the next document that has content.
   *
   * @return the document, or null at the end of the input
   * @throws IOException if reading fails, including {@link LineReader.BadBytesException}
   * @throws TooLargeException if a document is longer than the limit
   */
  Chunk next() throws IOException, TooLargeException {
    StringBuilder text = new StringBuilder();
    int firstLine = -1;
    boolean content = false;
    while (true) {
      String line;
      int number;
      if (pendingLine != null) {
        line = pendingLine;
        number = pendingLineNumber;
        pendingLine = null;
      } else {
        line = reader.readLine();
        number = reader.lineNumber();
      }
      if (line == null) {
        return content ? new Chunk(text.toString(), firstLine) : null;
      }
      if (content && isStartMarker(line)) {
        pendingLine = line;
        pendingLineNumber = number;
        return new Chunk(text.toString(), firstLine);
      }
      if (isEndMarker(line)) {
        if (content) {
          text.append(line).append('\n');
          return new Chunk(text.toString(), firstLine);
        }
        // Nothing but comments before it: nothing to keep.
        text.setLength(0);
        firstLine = -1;
        continue;
      }
      if (firstLine < 0) {
        firstLine = number;
      }
      text.append(line).append('\n');
      if (text.length() > maxChars) {
        throw new TooLargeException(firstLine, maxChars);
      }
      if (!content && hasContent(line)) {
        content = true;
      }
    }
  }

  static boolean isStartMarker(String line) {
    return line.startsWith("---") && (line.length() == 3 || isBlank(line.charAt(3)));
  }

  static boolean isEndMarker(String line) {
    return line.startsWith("...") && (line.length() == 3 || isBlank(line.charAt(3)));
  }

  /** Whether a line holds something other than white space, a comment, a directive or a marker. */
  static boolean hasContent(String line) {
    if (line.startsWith("%")) {
      return false;
    }
    int i = isStartMarker(line) ? 3 : 0;
    while (i < line.length() && isBlank(line.charAt(i))) {
      i++;
    }
    return i < line.length() && line.charAt(i) != '#';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  /** A document longer than the limit: refused before it is parsed. */
  static final class TooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;

    TooLargeException(int line, int maxChars) {
      super(
          "input refused by a safety limit: a document is longer than " + maxChars + " characters");
      this.line = line;
    }

    /** The 1-based file line on which the document starts. */
    int line() {
      return line;
    }
  }
}
