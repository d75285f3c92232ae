// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import java.io.IOException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A problem this module finds inside SnakeYAML's reading (a limit, a character YAML does not allow,
 * an unsupported tag or alias), with its position. It is a {@link YAMLException} so that it travels
 * through SnakeYAML and Jackson's YAML parser unchanged; {@link YamlParserErrors} turns it into the
 * library's exception.
 */
class YamlInputException extends YAMLException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final int line;
  private final int column;
  private final boolean limit;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param limit whether a safety limit refused the input
   * @param cause the underlying failure, or null
   */
  YamlInputException(String problem, int line, int column, boolean limit, Throwable cause) {
    super(problem, cause);
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.limit = limit;
  }

  String problem() {
    return problem;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  boolean limit() {
    return limit;
  }

  /** The input itself failed to read: an I/O error for the caller, not a decode error. */
  static final class Io extends YAMLException {
    private static final long serialVersionUID = 1L;

    Io(IOException cause) {
      super(cause);
    }

    IOException io() {
      return (IOException) getCause();
    }
  }
}
