// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

/**
 * The one exception a decode failure produces, in JSON and YAML alike: malformed text, a wrong
 * type, an unknown field or duplicate key in strict mode, a document that is not a v3
 * WorkloadEndpoint, or input refused by a safety limit.
 *
 * <p>It carries the JSON path of the problem ({@code spec.ports[1].port}; empty for the document
 * itself), the 1-based line and column, and the document index in a multi-document stream. The
 * message reads, for example: {@code spec.ports[0].port: expected an integer from 0 to 65535 but
 * found "80" (line 12, column 11)}.
 *
 * <pre>{@code
 * try {
 *   json.read(text);
 * } catch (WorkloadEndpointDecodeException e) {
 *   System.err.println(e.getMessage());   // path, problem, line and column
 * }
 * }</pre>
 */
public class WorkloadEndpointDecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the problem. */
  private final String path;

  /** What is wrong, without the position. */
  private final String problem;

  /** The 1-based line, or -1. */
  private final int line;

  /** The 1-based column, or -1. */
  private final int column;

  /** The 0-based document index, or -1. */
  private final int documentIndex;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, as a sentence without the position
   * @param path the JSON path, {@code ""} for the document itself
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param documentIndex the 0-based document index, or -1 for a single document
   * @param cause the underlying parser error, or null
   */
  public WorkloadEndpointDecodeException(
      String problem, String path, int line, int column, int documentIndex, Throwable cause) {
    super(DecodePositions.describe(path, problem, line, column, documentIndex), cause);
    this.problem = problem;
    this.path = path;
    this.line = line;
    this.column = column;
    this.documentIndex = documentIndex;
  }

  /**
   * Returns a copy of this exception placed at a document of a stream.
   *
   * @param index the 0-based document index
   * @return the new exception, with this one's cause
   */
  public WorkloadEndpointDecodeException inDocument(int index) {
    return new WorkloadEndpointDecodeException(problem, path, line, column, index, getCause());
  }

  /**
   * The JSON path of the problem.
   *
   * @return for example {@code spec.ports[1].port}, or {@code ""} for the document itself
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong, without the position.
   *
   * @return a sentence
   */
  public String problem() {
    return problem;
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
   * @return the index, or -1 for a single document
   */
  public int documentIndex() {
    return documentIndex;
  }
}
