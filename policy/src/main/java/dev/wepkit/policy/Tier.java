// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A Calico policy tier ({@code projectcalico.org/v3 Tier}): its name and order. Felix applies tiers
 * by order, then by name; a tier without an order comes after every tier with one.
 *
 * <p>Three tiers always exist in a Calico cluster (Calico recreates them) with fixed orders: {@code
 * kube-admin} (1000), {@code default} (1,000,000) and {@code kube-baseline} (10,000,000); {@link
 * #BUILT_IN} holds them.
 *
 * <pre>{@code
 * Tier security = Tier.of("security", 100.0);
 * Tier.fromResource(tree).order();   // 100.0, or null when spec.order is absent
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Tier {
  /** The name of the tier of a policy that names none. */
  public static final String DEFAULT = "default";

  /** The tiers every Calico cluster has, with the orders Calico requires of them. */
  public static final List<Tier> BUILT_IN =
      List.of(
          of("kube-admin", 1_000.0), of(DEFAULT, 1_000_000.0), of("kube-baseline", 10_000_000.0));

  private final String name;
  private final Double order;

  private Tier(String name, Double order) {
    this.name = Objects.requireNonNull(name, "name");
    this.order = order;
  }

  /**
   * A tier.
   *
   * @param name the name
   * @param order the order, or null for none (applied after every tier with an order)
   * @return the tier
   */
  public static Tier of(String name, Double order) {
    return new Tier(name, order);
  }

  /**
   * Reads a {@code Tier} resource ({@code apiVersion: projectcalico.org/v3}).
   *
   * @param resource the resource as a tree
   * @return the tier
   * @throws PolicyInputException naming the path of the problem
   */
  public static Tier fromResource(JsonNode resource) {
    PolicyReader.Fields f = new PolicyReader.Fields(resource);
    f.expectKind("Tier", "projectcalico.org/v3");
    return new Tier(f.name(), f.optionalNumber(resource.path("spec").path("order"), "spec.order"));
  }

  /**
   * The tier's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The tier's order.
   *
   * @return the order, or null for none
   */
  public Double order() {
    return order;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tier
        && ((Tier) o).name.equals(name)
        && Objects.equals(((Tier) o).order, order);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, order);
  }

  @Override
  public String toString() {
    return "Tier{" + name + ", order=" + order + "}";
  }
}
