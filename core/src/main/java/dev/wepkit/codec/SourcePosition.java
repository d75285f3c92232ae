// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

/**
 * A place in the text a resource was read from: a 1-based line and column in the whole input
 * (across every document of a YAML stream and every item of a list).
 *
 * <pre>{@code
 * SourcePosition at = SourcePosition.of(12, 7);
 * System.out.println(at); // 12:7
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SourcePosition {
  private final int line;
  private final int column;

  private SourcePosition(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /**
   * A position.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the position
   * @throws IllegalArgumentException when the line or the column is below 1
   */
  public static SourcePosition of(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "a position has a line and a column from 1, not " + line + ":" + column);
    }
    return new SourcePosition(line, column);
  }

  /**
   * The 1-based line.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based column.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourcePosition
        && ((SourcePosition) other).line == line
        && ((SourcePosition) other).column == column;
  }

  @Override
  public int hashCode() {
    return 31 * line + column;
  }

  /** {@code LINE:COLUMN}, the way compilers print a place. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
