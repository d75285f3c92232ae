// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import dev.wepkit.internal.WepkitStyle;
import org.immutables.value.Value;

/**
 * A Kubernetes service account named by namespace and name, as read back from a {@code ksa.}
 * profile by {@link CalicoProfiles#serviceAccountOf(String)}.
 *
 * <pre>{@code
 * CalicoProfiles.serviceAccountOf("ksa.default.test.foo")
 *     .map(ServiceAccountRef::name);   // Optional[test.foo]
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface ServiceAccountRef {
  /**
   * Returns a reference with the given namespace and name.
   *
   * @param namespace the namespace
   * @param name the service account name
   * @return the reference
   */
  static ServiceAccountRef of(String namespace, String name) {
    return ImmutableServiceAccountRef.of(namespace, name);
  }

  /**
   * The namespace of the service account.
   *
   * @return the namespace
   */
  @Value.Parameter
  String namespace();

  /**
   * The name of the service account.
   *
   * @return the name
   */
  @Value.Parameter
  String name();
}
