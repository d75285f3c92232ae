// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

import dev.wepkit.WorkloadEndpoint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource of an input read resource by resource: the endpoint, or why it could not be read,
 * with where it is.
 *
 * <p>{@link WorkloadEndpointCodec#decodeAll} and {@link WorkloadEndpointCodec#decodeEach} give one
 * result per resource: per document, per item of a {@code WorkloadEndpointList} or {@code List},
 * per element of a top-level sequence. A resource that cannot be bound does not stop the others:
 * reading goes on with the next item or document. Only text that cannot be read at all (malformed
 * YAML or JSON, a safety limit, a failing stream) ends the input, as its last result.
 *
 * <pre>{@code
 * for (DecodedResource r : WorkloadEndpointYaml.create().decodeAll(text)) {
 *   if (r.isOk()) {
 *     System.out.println(r.endpoint().get().metadata().name());
 *   } else {
 *     System.out.println("resource " + r.index() + ": " + r.failure().get().getMessage());
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DecodedResource {
  private final int index;
  private final int documentIndex;
  private final int itemIndex;
  private final int line;
  private final int column;
  private final String name;
  private final WorkloadEndpoint endpoint;
  private final WorkloadEndpoint partial;
  private final SourcePositions positions;
  private final WorkloadEndpointDecodeException failure;
  private final List<DecodeWarning> warnings;

  private DecodedResource(
      int index,
      int documentIndex,
      int itemIndex,
      int line,
      int column,
      String name,
      WorkloadEndpoint endpoint,
      WorkloadEndpoint partial,
      WorkloadEndpointDecodeException failure,
      List<DecodeWarning> warnings,
      SourcePositions positions) {
    this.index = index;
    this.documentIndex = documentIndex;
    this.itemIndex = itemIndex;
    this.line = line;
    this.column = column;
    this.name = name == null || name.isEmpty() ? null : name;
    this.endpoint = endpoint;
    this.partial = partial;
    this.failure = failure;
    this.warnings = List.copyOf(warnings);
    this.positions = Objects.requireNonNull(positions, "positions");
  }

  /**
   * A resource that was read.
   *
   * @param index the 0-based position of the resource in the input
   * @param documentIndex the 0-based YAML document it is in (0 for JSON)
   * @param itemIndex its 0-based position in a list or sequence, or -1 when it is the document
   * @param line the 1-based line where it starts, or -1
   * @param column the 1-based column where it starts, or -1
   * @param endpoint the endpoint
   * @param warnings what a lenient decode warned about in it
   * @return the result
   */
  public static DecodedResource ok(
      int index,
      int documentIndex,
      int itemIndex,
      int line,
      int column,
      WorkloadEndpoint endpoint,
      List<DecodeWarning> warnings) {
    Objects.requireNonNull(endpoint, "endpoint");
    return new DecodedResource(
        index,
        documentIndex,
        itemIndex,
        line,
        column,
        endpoint.metadata().name(),
        endpoint,
        null,
        null,
        warnings,
        SourcePositions.none());
  }

  /**
   * A resource that could not be read.
   *
   * @param index the 0-based position of the resource in the input
   * @param documentIndex the 0-based YAML document it is in (0 for JSON)
   * @param itemIndex its 0-based position in a list or sequence, or -1 when it is the document
   * @param line the 1-based line where it starts, or -1
   * @param column the 1-based column where it starts, or -1
   * @param name its {@code metadata.name} when that could be read, or null
   * @param partial what could be bound of it (every field that failed left at its zero value), or
   *     null when it is not a WorkloadEndpoint at all
   * @param failure why it failed, with every problem found in it
   * @param warnings what a lenient decode warned about in it
   * @return the result
   */
  public static DecodedResource failed(
      int index,
      int documentIndex,
      int itemIndex,
      int line,
      int column,
      String name,
      WorkloadEndpoint partial,
      WorkloadEndpointDecodeException failure,
      List<DecodeWarning> warnings) {
    Objects.requireNonNull(failure, "failure");
    return new DecodedResource(
        index,
        documentIndex,
        itemIndex,
        line,
        column,
        name,
        null,
        partial,
        failure,
        warnings,
        SourcePositions.none());
  }

  /**
   * Whether the resource was read.
   *
   * @return true when {@link #endpoint()} is present
   */
  public boolean isOk() {
    return endpoint != null;
  }

  /**
   * The 0-based position of the resource among all resources of the input.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * The 0-based YAML document the resource is in.
   *
   * @return the document index, 0 for JSON
   */
  public int documentIndex() {
    return documentIndex;
  }

  /**
   * The 0-based position of the resource in its list ({@code items}) or top-level sequence.
   *
   * @return the item index, or -1 when the resource is the document itself
   */
  public int itemIndex() {
    return itemIndex;
  }

  /**
   * The 1-based line where the resource starts, in the whole input.
   *
   * @return the line, or -1 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based column where the resource starts.
   *
   * @return the column, or -1 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * The resource's {@code metadata.name}, when it could be read.
   *
   * @return the name, or empty
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The endpoint.
   *
   * @return the endpoint, or empty when the resource failed
   */
  public Optional<WorkloadEndpoint> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /**
   * What could be bound of a resource that failed: a WorkloadEndpoint whose fields that could not
   * be bound keep their zero value. Validating it finds the rule violations in the rest of the
   * resource.
   *
   * @return the partial endpoint, or empty when the resource was read or is not a WorkloadEndpoint
   */
  public Optional<WorkloadEndpoint> partialEndpoint() {
    return Optional.ofNullable(partial);
  }

  /**
   * Why the resource could not be read.
   *
   * @return the failure, with every problem of the resource in {@link
   *     WorkloadEndpointDecodeException#problems()}, or empty when it was read
   */
  public Optional<WorkloadEndpointDecodeException> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * What a lenient decode warned about in this resource (duplicate keys, two spellings of a key).
   *
   * @return the warnings, unmodifiable
   */
  public List<DecodeWarning> warnings() {
    return warnings;
  }

  /**
   * Where each value of the resource was in the text, when the codec keeps positions ({@code
   * keepPositions(true)} on its builder); {@link SourcePositions#none()} otherwise.
   *
   * @return the positions, never null
   */
  public SourcePositions positions() {
    return positions;
  }

  /**
   * The same result with these positions.
   *
   * @param positions where the resource's values are
   * @return a copy with the positions
   */
  public DecodedResource withPositions(SourcePositions positions) {
    return new DecodedResource(
        index,
        documentIndex,
        itemIndex,
        line,
        column,
        name,
        endpoint,
        partial,
        failure,
        warnings,
        positions);
  }

  @Override
  public String toString() {
    return "DecodedResource["
        + index
        + (isOk() ? " ok " + name : " failed: " + failure.getMessage())
        + "]";
  }
}
