// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one exception a decode failure produces, in JSON and YAML alike: malformed text, a wrong
 * type, an unknown field or duplicate key in strict mode, a document that is not a v3
 * WorkloadEndpoint, or input refused by a safety limit.
 *
 * <p>It carries a {@link Reason} to branch on (never the message's wording), the JSON path of the
 * problem ({@code spec.ports[1].port}; empty for the document itself), the offending value when
 * there is one, the 1-based line and column, and the document index in a multi-document stream. The
 * message reads, for example: {@code spec.ports[0].port: expected an integer from 0 to 65535 but
 * found the string "80" (line 12, column 11)}.
 *
 * <pre>{@code
 * try {
 *   json.read(text);
 * } catch (WorkloadEndpointDecodeException e) {
 *   System.err.println(e.getMessage());   // path, problem, line and column
 *   if (e.reason() == WorkloadEndpointDecodeException.Reason.SYNTAX) {
 *     // not JSON or YAML at all
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public class WorkloadEndpointDecodeException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  /** Why a decode failed. */
  public enum Reason {
    /** The text is not JSON or YAML (or not text at all). Reading cannot go on after it. */
    SYNTAX,
    /** A safety limit refused the input (size, nesting, aliases). Reading cannot go on after it. */
    LIMIT,
    /**
     * A value that cannot be bound: a wrong type, a number out of range, a missing required part,
     * or a document of the wrong shape for the method called.
     */
    BINDING,
    /** A field the resource does not have, in strict mode. */
    UNKNOWN_FIELD,
    /** A key given twice in one object, in strict mode. */
    DUPLICATE_KEY,
    /**
     * An apiVersion and kind that are not a {@code projectcalico.org/v3} WorkloadEndpoint or
     * WorkloadEndpointList: a legacy v1 document, a Pod, a list of something else.
     */
    UNSUPPORTED_RESOURCE,
    /** The stream could not be read. Reading cannot go on after it. */
    IO;

    /**
     * Whether a reader can go on with the next resource after a failure of this kind: true for a
     * value that could not be bound, false when the text itself could not be read.
     *
     * @return true for {@link #BINDING}, {@link #UNKNOWN_FIELD}, {@link #DUPLICATE_KEY} and {@link
     *     #UNSUPPORTED_RESOURCE}
     */
    public boolean isRecoverable() {
      return this != SYNTAX && this != LIMIT && this != IO;
    }
  }

  /** Why the decode failed. */
  private final Reason reason;

  /** The JSON path of the problem, {@code ""} for the document. */
  private final String path;

  /** What is wrong, without the position. */
  private final String problem;

  /** The offending scalar as written, or null. */
  private final String value;

  /** The 1-based line, or -1. */
  private final int line;

  /** The 1-based column, or -1. */
  private final int column;

  /** The 0-based document index, or -1. */
  private final int documentIndex;

  /** Every problem of the resource, this one first. */
  private final List<WorkloadEndpointDecodeException> problems;

  /**
   * Creates the exception.
   *
   * @param reason why the decode failed
   * @param problem what is wrong, as a sentence without the position
   * @param path the JSON path, {@code ""} for the document itself
   * @param value the offending value as written, or null when there is none
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param documentIndex the 0-based document index, or -1 for a single document
   * @param cause the underlying parser error, or null
   */
  public WorkloadEndpointDecodeException(
      Reason reason,
      String problem,
      String path,
      String value,
      int line,
      int column,
      int documentIndex,
      Throwable cause) {
    super(DecodePositions.describe(path, problem, line, column, documentIndex), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.problem = Objects.requireNonNull(problem, "problem");
    this.path = Objects.requireNonNull(path, "path");
    this.value = value;
    this.line = line;
    this.column = column;
    this.documentIndex = documentIndex;
    this.problems = List.of(this);
  }

  /** The first of several problems, carrying all of them. */
  private WorkloadEndpointDecodeException(
      WorkloadEndpointDecodeException first, List<WorkloadEndpointDecodeException> all) {
    super(first.getMessage() + more(all.size()), first.getCause());
    this.reason = first.reason;
    this.problem = first.problem;
    this.path = first.path;
    this.value = first.value;
    this.line = first.line;
    this.column = first.column;
    this.documentIndex = first.documentIndex;
    this.problems = List.copyOf(all);
  }

  /**
   * One exception for every problem of a resource: it reads as the first (reason, path, position)
   * and its {@link #problems()} are all of them, in the order they were found.
   *
   * @param problems the problems, at least one
   * @return the first problem, with the others attached
   * @throws IllegalArgumentException when the list is empty
   */
  public static WorkloadEndpointDecodeException of(List<WorkloadEndpointDecodeException> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    if (problems.size() == 1) {
      return problems.get(0);
    }
    List<WorkloadEndpointDecodeException> flat = new ArrayList<>();
    for (WorkloadEndpointDecodeException problem : problems) {
      flat.addAll(problem.problems());
    }
    return new WorkloadEndpointDecodeException(flat.get(0), flat);
  }

  private static String more(int count) {
    return count == 2 ? " (and 1 more problem)" : " (and " + (count - 1) + " more problems)";
  }

  /**
   * Every problem found in the resource, this one first. In strict mode each unknown field and each
   * duplicate key is one problem; a value that cannot be bound is one problem and reading goes on
   * with the next field.
   *
   * @return at least this exception, unmodifiable
   */
  public List<WorkloadEndpointDecodeException> problems() {
    return problems;
  }

  /**
   * Returns a copy of this exception placed at a document of a stream.
   *
   * @param index the 0-based document index
   * @return the new exception, with this one's cause
   */
  public WorkloadEndpointDecodeException inDocument(int index) {
    List<WorkloadEndpointDecodeException> moved = new ArrayList<>(problems.size());
    for (WorkloadEndpointDecodeException p : problems) {
      moved.add(
          new WorkloadEndpointDecodeException(
              p.reason, p.problem, p.path, p.value, p.line, p.column, index, p.getCause()));
    }
    return of(moved);
  }

  /**
   * Why the decode failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
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
   * The offending value as written: the scalar that could not be bound, the unsupported apiVersion
   * or kind.
   *
   * @return the value, or null when the problem has none (a missing field, a wrong structure)
   */
  public String value() {
    return value;
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
