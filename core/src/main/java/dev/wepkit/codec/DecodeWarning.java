// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

import java.util.Objects;

/**
 * Something a lenient decode accepted but a caller may want to know about, such as a duplicate key.
 *
 * <pre>{@code
 * List<DecodeWarning> warnings = new ArrayList<>();
 * WorkloadEndpointJson json = WorkloadEndpointJson.builder().warningListener(warnings::add).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DecodeWarning {
  /** What the warning is about. */
  public enum Kind {
    /** A key repeated in one object: the last value is used, as Go does. */
    DUPLICATE_KEY,
    /** One field set under two spellings that differ in letter case: the last value is used. */
    LETTER_CASE,
    /**
     * An unquoted scalar in a string field that calicoctl stores as other text ({@code 1.10} as
     * {@code 1.1}); see {@link UnquotedScalars}.
     */
    UNQUOTED_SCALAR
  }

  private final Kind kind;
  private final String path;
  private final int line;
  private final int column;
  private final int documentIndex;
  private final String message;

  /**
   * Creates a warning.
   *
   * @param path the JSON path, for example {@code spec.endpoint}
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param documentIndex the 0-based document in a multi-document stream, or -1
   * @param message what was found
   */
  public DecodeWarning(String path, int line, int column, int documentIndex, String message) {
    this(Kind.DUPLICATE_KEY, path, line, column, documentIndex, message);
  }

  /**
   * Creates a warning of a kind.
   *
   * @param kind what it is about
   * @param path the JSON path, for example {@code spec.endpoint}
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param documentIndex the 0-based document in a multi-document stream, or -1
   * @param message what was found
   */
  public DecodeWarning(
      Kind kind, String path, int line, int column, int documentIndex, String message) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.documentIndex = documentIndex;
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * What the warning is about.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The JSON path of the problem.
   *
   * @return for example {@code spec.endpoint}
   */
  public String path() {
    return path;
  }

  /**
   * The 1-based line.
   *
   * @return the line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based column.
   *
   * @return the column, or -1 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * The 0-based index of the document in a multi-document stream.
   *
   * @return the index, or -1 when the input is a single document
   */
  public int documentIndex() {
    return documentIndex;
  }

  /**
   * What was found.
   *
   * @return a sentence
   */
  public String message() {
    return message;
  }

  /** Returns {@code path: message (line L, column C)}. */
  @Override
  public String toString() {
    return DecodePositions.describe(path, message, line, column, documentIndex);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DecodeWarning)) {
      return false;
    }
    DecodeWarning w = (DecodeWarning) o;
    return kind == w.kind
        && line == w.line
        && column == w.column
        && documentIndex == w.documentIndex
        && path.equals(w.path)
        && message.equals(w.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, line, column, documentIndex, message);
  }
}
