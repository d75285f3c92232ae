// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonLocation;
import dev.wepkit.codec.SourcePosition;
import dev.wepkit.codec.SourcePositions;
import java.util.HashMap;
import java.util.Map;

/**
 * The positions of one resource's values, kept while it is read when the codec was asked to keep
 * them. The readers extend the path as they descend ({@code spec}, {@code spec.ports}, {@code
 * spec.ports[1]}, {@code spec.ports[1].protocol}) with the canonical wire names, whatever letter
 * case the input used, so the paths are those of validation violations. A codec that keeps no
 * positions has no trail at all, and the readers only test for its absence.
 */
final class PositionTrail {
  private final StringBuilder path = new StringBuilder(64);
  private final Map<String, SourcePosition> positions = new HashMap<>();

  /** Appends a field name; returns the length to go back to. */
  int enterField(String name) {
    int length = path.length();
    if (length > 0) {
      path.append('.');
    }
    path.append(name);
    return length;
  }

  /** Appends a list index; returns the length to go back to. */
  int enterIndex(int index) {
    int length = path.length();
    path.append('[').append(index).append(']');
    return length;
  }

  /** Appends a map key (labels, annotations); returns the length to go back to. */
  int enterKey(String key) {
    int length = path.length();
    path.append('[').append(key).append(']');
    return length;
  }

  /** Goes back up to a length an {@code enter} method returned. */
  void leave(int length) {
    path.setLength(length);
  }

  /**
   * Records where the value at the current path is; a repeated key records its last value, the one
   * Go keeps.
   */
  void mark(JsonLocation at) {
    mark(at.getLineNr(), at.getColumnNr());
  }

  /** As {@link #mark(JsonLocation)}, for a location's line and column as Jackson reports them. */
  void mark(int line, int column) {
    if (line < 1) {
      return;
    }
    positions.put(path.toString(), SourcePosition.of(line, ReadContext.column(line, column)));
  }

  SourcePositions positions() {
    return SourcePositions.of(positions);
  }
}
