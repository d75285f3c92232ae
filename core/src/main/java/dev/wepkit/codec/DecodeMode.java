// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

/**
 * How strictly documents are read.
 *
 * <pre>{@code
 * WorkloadEndpointJson strict = WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public enum DecodeMode {
  /**
   * The default: unknown fields are kept at every level and written back unchanged; a duplicate key
   * takes the last value and produces a {@link DecodeWarning}; a key with no exact match binds
   * case-insensitively, as Go's decoder does; missing {@code apiVersion} and {@code kind} are
   * filled in.
   */
  LENIENT,

  /**
   * calicoctl's {@code apply} semantics: unknown fields, duplicate keys and a missing {@code
   * apiVersion} or {@code kind} are errors. Keys still bind case-insensitively, as in Go.
   */
  STRICT
}
