// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The names of the Profiles Calico makes for Kubernetes namespaces ({@code kns.<namespace>}) and
 * service accounts ({@code ksa.<namespace>.<name>}), and how it reads them back.
 *
 * <pre>{@code
 * CalicoProfiles.forPod("test", "default");       // [kns.test, ksa.test.default]
 * CalicoProfiles.namespaceOf("kns.default");      // Optional[default]
 * CalicoProfiles.serviceAccountOf("ksa.default.test.foo");   // namespace default, name test.foo
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CalicoProfiles {
  /** The prefix of namespace profiles. */
  public static final String NAMESPACE_PREFIX = "kns.";

  /** The prefix of service-account profiles. */
  public static final String SERVICE_ACCOUNT_PREFIX = "ksa.";

  private static final String DEFAULT_NAMESPACE = "default";

  private CalicoProfiles() {}

  /**
   * The profile of a namespace, {@code kns.<namespace>}.
   *
   * @param namespace the namespace (used as is, even when empty)
   * @return the profile name
   */
  public static String forNamespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    return NAMESPACE_PREFIX + namespace;
  }

  /**
   * The profile of a service account, {@code ksa.<namespace>.<name>}; an empty namespace becomes
   * {@code default}, as in Calico.
   *
   * @param namespace the service account's namespace
   * @param serviceAccountName the service account's name
   * @return the profile name
   */
  public static String forServiceAccount(String namespace, String serviceAccountName) {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(serviceAccountName, "serviceAccountName");
    return SERVICE_ACCOUNT_PREFIX
        + (namespace.isEmpty() ? DEFAULT_NAMESPACE : namespace)
        + "."
        + serviceAccountName;
  }

  /**
   * The profiles of a pod's WorkloadEndpoint, in Calico's order: the namespace profile, then the
   * service-account profile when the pod has a service account.
   *
   * @param namespace the pod's namespace
   * @param serviceAccountName the pod's service account, or null or empty for none
   * @return one or two profile names (unmodifiable)
   */
  public static List<String> forPod(String namespace, String serviceAccountName) {
    if (serviceAccountName == null || serviceAccountName.isEmpty()) {
      return List.of(forNamespace(namespace));
    }
    return List.of(forNamespace(namespace), forServiceAccount(namespace, serviceAccountName));
  }

  /**
   * The namespace of a namespace profile: the text after {@code kns.} (Calico's {@code
   * ProfileNameToNamespace}).
   *
   * @param profile the profile name
   * @return the namespace (possibly empty, for {@code kns.}), or empty when the profile does not
   *     start with {@code kns.}
   */
  public static Optional<String> namespaceOf(String profile) {
    Objects.requireNonNull(profile, "profile");
    return profile.startsWith(NAMESPACE_PREFIX)
        ? Optional.of(profile.substring(NAMESPACE_PREFIX.length()))
        : Optional.empty();
  }

  /**
   * The service account of a service-account profile (Calico's {@code
   * ProfileNameToServiceAccount}): the name is split on {@code .} into at most three parts, so
   * {@code ksa.default.test.foo} gives namespace {@code default} and name {@code test.foo}.
   *
   * @param profile the profile name
   * @return the service account, or empty when the profile does not start with {@code ksa.} or has
   *     no second dot; either part may be empty ({@code ksa..} gives two empty parts)
   */
  public static Optional<ServiceAccountRef> serviceAccountOf(String profile) {
    Objects.requireNonNull(profile, "profile");
    if (!profile.startsWith(SERVICE_ACCOUNT_PREFIX)) {
      return Optional.empty();
    }
    int start = SERVICE_ACCOUNT_PREFIX.length();
    int dot = profile.indexOf('.', start);
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.of(
        ServiceAccountRef.of(profile.substring(start, dot), profile.substring(dot + 1)));
  }
}
