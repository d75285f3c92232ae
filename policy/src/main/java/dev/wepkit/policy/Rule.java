// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import java.util.Objects;

/**
 * One ingress or egress rule of a policy, as far as it picks endpoints: its action and its two
 * sides.
 *
 * <pre>{@code
 * Rule rule = policy.ingress().get(0);
 * rule.action();                    // Allow
 * rule.source().translated().selector();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Rule {
  private final String action;
  private final EntityRule source;
  private final EntityRule destination;

  Rule(String action, EntityRule source, EntityRule destination) {
    this.action = Objects.requireNonNull(action, "action");
    this.source = Objects.requireNonNull(source, "source");
    this.destination = Objects.requireNonNull(destination, "destination");
  }

  /**
   * The action as written: {@code Allow}, {@code Deny}, {@code Log} or {@code Pass}.
   *
   * @return the action
   */
  public String action() {
    return action;
  }

  /**
   * The {@code source} side.
   *
   * @return the side (a side with no fields matches any peer)
   */
  public EntityRule source() {
    return source;
  }

  /**
   * The {@code destination} side.
   *
   * @return the side
   */
  public EntityRule destination() {
    return destination;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rule
        && ((Rule) o).action.equals(action)
        && ((Rule) o).source.equals(source)
        && ((Rule) o).destination.equals(destination);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, source, destination);
  }

  @Override
  public String toString() {
    return "Rule{" + action + ", source=" + source + ", destination=" + destination + "}";
  }
}
