// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

/**
 * The shape of a field's value on the wire, as Calico's Go type declares it. The reader, the
 * writer, the JSON Schema and the test generators all decide by it.
 */
public enum ValueKind {
  /** A Go {@code string}: any scalar keeps its literal text; {@code null} is {@code ""}. */
  STRING,
  /** A Go {@code []string}. */
  STRING_LIST,
  /** A Go {@code map[string]string}. */
  STRING_MAP,
  /** A Go {@code uint16}: an integer from 0 to 65535. */
  UINT16,
  /** A Go {@code int64}. */
  INT64,
  /** Calico's {@code numorstring.Protocol}: a name, or a number from 0 to 255. */
  PROTOCOL,
  /** Calico's {@code numorstring.DSCP}: a name, or a number from 0 to 255. */
  DSCP,
  /** Kubernetes' {@code metav1.Time}: RFC 3339 text, or {@code null} when unset. */
  TIMESTAMP,
  /** A nested model type, given by {@link Field#elementType()}. */
  OBJECT,
  /** A list of a nested model type, given by {@link Field#elementType()}. */
  OBJECT_LIST,
  /** A field Go knows but wepkit does not type: kept as a tree among the unknown fields. */
  UNTYPED
}
