// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import dev.wepkit.codec.SourcePosition;
import dev.wepkit.validation.ValidationResult;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code validate} found for one resource of a file: its place, its name and its violations
 * (each placed at its value when the resource was read from text).
 *
 * <pre>{@code
 * ResourceOutcome outcome = new ResourceOutcome("a.yaml", 0, "n-k8s-p-eth0", null, result);
 * }</pre>
 */
public final class ResourceOutcome {
  private final String file;
  private final int index;
  private final String name;
  private final SourcePosition start;
  private final ValidationResult result;

  /**
   * Creates an outcome.
   *
   * @param file the file as given on the command line ({@code -} for stdin)
   * @param index the 0-based position of the resource in the file
   * @param name its {@code metadata.name}, or null when it has none
   * @param start where the resource starts, or null when unknown
   * @param result its violations
   */
  public ResourceOutcome(
      String file, int index, String name, SourcePosition start, ValidationResult result) {
    this.file = Objects.requireNonNull(file, "file");
    this.index = index;
    this.name = name == null || name.isEmpty() ? null : name;
    this.start = start;
    this.result = Objects.requireNonNull(result, "result");
  }

  /**
   * The file as given.
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * The 0-based position in the file.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * The resource's name.
   *
   * @return the name, or empty
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Where the resource starts.
   *
   * @return the position, or empty
   */
  public Optional<SourcePosition> start() {
    return Optional.ofNullable(start);
  }

  /**
   * The violations.
   *
   * @return the result
   */
  public ValidationResult result() {
    return result;
  }
}
