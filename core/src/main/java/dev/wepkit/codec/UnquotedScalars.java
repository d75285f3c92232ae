// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

/**
 * What a decode stores for an unquoted YAML scalar (or a JSON number or boolean) in a string field
 * when calicoctl would store something else: {@code version: 1.10} is the label value {@code "1.1"}
 * to calicoctl, {@code yes} is {@code "true"}, {@code 010} is {@code "8"}, {@code
 * 1337495556942031415926535} is {@code "1.3374956e+24"}.
 *
 * <p>Either way each such value gives a {@link DecodeWarning} of kind {@link
 * DecodeWarning.Kind#UNQUOTED_SCALAR} naming both texts and saying to quote the value.
 *
 * <pre>{@code
 * WorkloadEndpointYaml asCalicoctl =
 *     WorkloadEndpointYaml.builder().unquotedScalars(UnquotedScalars.AS_CALICOCTL).build();
 * asCalicoctl.read(text).metadata().labels().get("version"); // "1.1" for version: 1.10
 * }</pre>
 *
 * @since 0.1.0
 */
public enum UnquotedScalars {
  /** Keep the text as written (the default): {@code 1.10} stays {@code "1.10"}. */
  LITERAL,

  /**
   * Store what calicoctl stores, so that validation gives calicoctl's verdict: {@code 1.10} is
   * {@code "1.1"}. In a top-level YAML sequence of resources, where calicoctl converts nothing and
   * refuses such a value, and in {@code kind} and {@code apiVersion}, the value cannot be bound.
   */
  AS_CALICOCTL
}
