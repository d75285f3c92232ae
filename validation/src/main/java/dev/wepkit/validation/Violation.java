// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.codec.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found by {@link WorkloadEndpointValidator}: where it is, what kind it is, the
 * offending value and a sentence a person can act on.
 *
 * <p>Paths are JSON paths into the resource, such as {@code spec.ports[1].protocol}, {@code
 * spec.ipNetworks[0]} or {@code metadata.labels[app.kubernetes.io/name]} (map keys go between the
 * brackets as they are). Values longer than {@value #MAX_VALUE_LENGTH} characters are cut and end
 * in {@code ...}.
 *
 * <pre>{@code
 * for (Violation v : result.errors()) {
 *   System.err.println(v);   // spec.ports[0].protocol: unsupported value "tcp": use TCP, UDP or SCTP ...
 * }
 * }</pre>
 *
 * <p>A violation of an endpoint read from text can carry the {@link #position()} of the value it
 * names ({@link ValidationResult#locate}); positions take part in equality.
 *
 * @since 0.1.0
 */
public final class Violation {
  /** Values longer than this are truncated in {@link #value()}. */
  public static final int MAX_VALUE_LENGTH = 100;

  private final String path;
  private final ViolationType type;
  private final String value;
  private final String detail;
  private final SourcePosition position;

  private Violation(
      String path, ViolationType type, String value, String detail, SourcePosition position) {
    this.path = path;
    this.type = type;
    this.value = value;
    this.detail = detail;
    this.position = position;
  }

  /**
   * Creates a violation.
   *
   * @param path the JSON path of the offending field
   * @param type the kind of problem
   * @param value the offending value, or null when there is none; truncated past {@value
   *     #MAX_VALUE_LENGTH} characters
   * @param detail what is wrong and what to do about it
   * @return the violation
   * @throws NullPointerException if {@code path}, {@code type} or {@code detail} is null
   */
  public static Violation of(String path, ViolationType type, String value, String detail) {
    return new Violation(
        Objects.requireNonNull(path, "path"),
        Objects.requireNonNull(type, "type"),
        value == null ? null : truncate(value),
        Objects.requireNonNull(detail, "detail"),
        null);
  }

  /**
   * The same violation, placed in the text it was read from.
   *
   * @param position where the value it names is
   * @return a copy with the position
   */
  public Violation at(SourcePosition position) {
    return new Violation(path, type, value, detail, Objects.requireNonNull(position, "position"));
  }

  /**
   * Where the value this violation names was in the text, when the endpoint was read from text with
   * positions kept (of the nearest enclosing value when the field itself was absent).
   *
   * @return the position, or empty
   */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }

  static String truncate(String value) {
    if (value.length() <= MAX_VALUE_LENGTH) {
      return value;
    }
    int end = MAX_VALUE_LENGTH;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + "...";
  }

  /**
   * The JSON path of the offending field, for example {@code spec.ports[0].protocol}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The kind of problem.
   *
   * @return the type
   */
  public ViolationType type() {
    return type;
  }

  /**
   * The offending value as text, truncated with {@code ...} past {@value #MAX_VALUE_LENGTH}
   * characters.
   *
   * @return the value, or null when there is none (for example a missing field)
   */
  public String value() {
    return value;
  }

  /**
   * What is wrong and how to fix it.
   *
   * @return a sentence
   */
  public String detail() {
    return detail;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) other;
    return path.equals(that.path)
        && type == that.type
        && Objects.equals(value, that.value)
        && detail.equals(that.detail)
        && Objects.equals(position, that.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, type, value, detail, position);
  }

  /**
   * Returns {@code <path>: <type phrase> "<value>": <detail>}, for example {@code
   * spec.interfaceName: required value: an interface name is required}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(path).append(": ").append(type.phrase());
    if (value != null) {
      out.append(' ').append(Texts.quote(value));
    }
    return out.append(": ").append(detail).toString();
  }
}
