// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

/**
 * A problem that stops the command from reading an input at all: a missing file, a directory, bytes
 * that are not UTF-8, text that is not YAML or JSON, or input refused by a safety limit. Its
 * message is the one line printed on stderr: {@code file:line:column: problem}, or {@code file:
 * problem} when there is no position.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String problem;

  public InputException(String file, int line, int column, String problem) {
    super(format(file, line, column, problem));
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The 1-based line of the problem, or -1. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, or -1. */
  public int column() {
    return column;
  }

  /** What is wrong, without the file and position. */
  public String problem() {
    return problem;
  }

  public InputException(String file, String problem) {
    this(file, -1, -1, problem);
  }

  /**
   * Formats {@code file:line:column: problem}, leaving out an unknown line or column; control
   * characters are escaped so that the message stays on one line and cannot drive the terminal.
   */
  public static String format(String file, int line, int column, String problem) {
    StringBuilder out = new StringBuilder(Printable.escapeControls(file));
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    return out.append(": ").append(Printable.escapeControls(problem)).toString();
  }
}
