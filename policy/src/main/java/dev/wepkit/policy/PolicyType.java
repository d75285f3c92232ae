// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

/**
 * The traffic a policy governs for the endpoints it selects: {@code Ingress}, {@code Egress}.
 *
 * <pre>{@code
 * PolicyType.of("Egress");          // EGRESS
 * PolicyType.INGRESS.toString();    // Ingress
 * }</pre>
 *
 * @since 0.1.0
 */
public enum PolicyType {
  /** Traffic to the endpoint. */
  INGRESS("Ingress"),
  /** Traffic from the endpoint. */
  EGRESS("Egress");

  private final String wire;

  PolicyType(String wire) {
    this.wire = wire;
  }

  /**
   * The type as written in a policy.
   *
   * @param text {@code Ingress} or {@code Egress}, exactly
   * @return the type
   * @throws IllegalArgumentException for any other text
   */
  public static PolicyType of(String text) {
    for (PolicyType t : values()) {
      if (t.wire.equals(text)) {
        return t;
      }
    }
    throw new IllegalArgumentException("not a policy type: " + text);
  }

  /** The type as written in a policy: {@code Ingress} or {@code Egress}. */
  @Override
  public String toString() {
    return wire;
  }
}
