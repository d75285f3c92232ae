// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each value of one resource was in its text, by path: the same paths as decode problems and
 * validation violations ({@code spec.ports[1].protocol}, {@code metadata.labels[app]}), relative to
 * the resource, with the resource itself at {@code ""}.
 *
 * <p>Kept only when a codec is built with {@code keepPositions(true)}; otherwise every resource has
 * {@link #none()}, and the decode records nothing. {@link #find} answers for a path that has no
 * value of its own (a required field that is missing) with the nearest enclosing value that was
 * there, so a problem can always be shown somewhere in its resource.
 *
 * <pre>{@code
 * WorkloadEndpointYaml yaml = WorkloadEndpointYaml.builder().keepPositions(true).build();
 * DecodedResource r = yaml.decodeAll(text).get(0);
 * r.positions().find("spec.ipNetworks[0]").ifPresent(at -> System.out.println(at)); // 9:7
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SourcePositions {
  private static final SourcePositions NONE = new SourcePositions(Map.of());

  private final Map<String, SourcePosition> byPath;

  private SourcePositions(Map<String, SourcePosition> byPath) {
    this.byPath = byPath;
  }

  /**
   * No positions: what a resource has when positions were not kept.
   *
   * @return the empty instance
   */
  public static SourcePositions none() {
    return NONE;
  }

  /**
   * Positions from a map of paths.
   *
   * @param byPath the position of each path
   * @return the positions
   */
  public static SourcePositions of(Map<String, SourcePosition> byPath) {
    return byPath.isEmpty() ? NONE : new SourcePositions(Map.copyOf(byPath));
  }

  /**
   * The position of the value at exactly this path.
   *
   * @param path a path such as {@code spec.ports[0].port}
   * @return its position, or empty when the resource had no value there
   */
  public Optional<SourcePosition> get(String path) {
    return Optional.ofNullable(byPath.get(Objects.requireNonNull(path, "path")));
  }

  /**
   * The position of the value at this path, or else of the nearest enclosing value that was in the
   * text ({@code spec} for a missing {@code spec.node}; the resource itself as a last resort).
   *
   * @param path a path such as {@code spec.node}
   * @return the position, or empty only when no position was kept at all
   */
  public Optional<SourcePosition> find(String path) {
    String at = Objects.requireNonNull(path, "path");
    while (true) {
      SourcePosition found = byPath.get(at);
      if (found != null || at.isEmpty()) {
        return Optional.ofNullable(found);
      }
      at = parent(at);
    }
  }

  /**
   * The path one step up: {@code a.b[2]} to {@code a.b}, {@code a.b} to {@code a}, {@code a} to "".
   */
  static String parent(String path) {
    if (path.endsWith("]")) {
      int open = path.lastIndexOf('[');
      if (open >= 0) {
        return path.substring(0, open);
      }
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  /**
   * Whether no position was kept.
   *
   * @return true for {@link #none()}
   */
  public boolean isEmpty() {
    return byPath.isEmpty();
  }

  /**
   * Every path with its position, in no particular order.
   *
   * @return an unmodifiable map
   */
  public Map<String, SourcePosition> asMap() {
    return Collections.unmodifiableMap(byPath);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourcePositions && ((SourcePositions) other).byPath.equals(byPath);
  }

  @Override
  public int hashCode() {
    return byPath.hashCode();
  }

  @Override
  public String toString() {
    return "SourcePositions" + new LinkedHashMap<>(byPath);
  }
}
