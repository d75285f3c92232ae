// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import dev.wepkit.kubernetes.WorkloadEndpointClientException;
import dev.wepkit.policy.Profile;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The profiles Calico's Kubernetes datastore makes of a cluster's Namespaces ({@code kns.<ns>}) and
 * ServiceAccounts ({@code ksa.<ns>.<name>}), read with fabric8: what {@code select} needs for the
 * {@code pcns.*} and {@code pcsa.*} labels of live endpoints. The credentials need {@code get} on
 * the namespace (or {@code list} on namespaces for all) and {@code list} on serviceaccounts.
 *
 * <pre>{@code
 * List<Profile> profiles = ClusterProfiles.read(kubernetes, Optional.of("prod"));
 * }</pre>
 */
public final class ClusterProfiles {
  private ClusterProfiles() {}

  /**
   * Reads the profiles of one namespace or of all.
   *
   * @param kubernetes the client
   * @param namespace the namespace, or empty for all
   * @return the namespace profiles, then the service-account profiles
   * @throws WorkloadEndpointClientException naming what failed and what to grant
   */
  public static List<Profile> read(KubernetesClient kubernetes, Optional<String> namespace) {
    List<Profile> profiles = new ArrayList<>();
    String where = namespace.map(n -> "in namespace " + n).orElse("in all namespaces");
    if (namespace.isPresent()) {
      Namespace ns =
          call(
              kubernetes,
              "get",
              "namespaces",
              "namespace " + namespace.get(),
              () -> kubernetes.namespaces().withName(namespace.get()).get());
      if (ns != null) {
        profiles.add(Profile.forNamespace(name(ns), labels(ns)));
      }
    } else {
      for (Namespace ns :
          call(
              kubernetes,
              "list",
              "namespaces",
              "cluster-wide",
              () -> kubernetes.namespaces().list().getItems())) {
        profiles.add(Profile.forNamespace(name(ns), labels(ns)));
      }
    }
    List<ServiceAccount> accounts =
        call(
            kubernetes,
            "list",
            "serviceaccounts",
            where,
            () ->
                namespace.isPresent()
                    ? kubernetes.serviceAccounts().inNamespace(namespace.get()).list().getItems()
                    : kubernetes.serviceAccounts().inAnyNamespace().list().getItems());
    for (ServiceAccount sa : accounts) {
      String ns = sa.getMetadata().getNamespace();
      profiles.add(Profile.forServiceAccount(ns == null ? "" : ns, name(sa), labels(sa)));
    }
    return profiles;
  }

  private static String name(HasMetadata resource) {
    return resource.getMetadata().getName();
  }

  private static Map<String, String> labels(HasMetadata resource) {
    Map<String, String> labels = resource.getMetadata().getLabels();
    return labels == null ? Map.of() : labels;
  }

  /** One request; fabric8's failure becomes one sentence that says what to do. */
  private static <T> T call(
      KubernetesClient kubernetes,
      String verb,
      String resource,
      String where,
      Supplier<T> request) {
    try {
      return request.get();
    } catch (KubernetesClientException e) {
      String url = String.valueOf(kubernetes.getMasterUrl());
      switch (e.getCode()) {
        case 403:
          throw new WorkloadEndpointClientException(
              "forbidden: the credentials may not "
                  + verb
                  + " "
                  + resource
                  + " "
                  + where
                  + " (their labels are the profiles' labels); grant the RBAC verb \""
                  + verb
                  + "\" on \""
                  + resource
                  + "\"",
              e);
        case 401:
          throw new WorkloadEndpointClientException(
              "unauthorized: the API server at "
                  + url
                  + " did not accept the credentials; check the kubeconfig user or the service"
                  + " account",
              e);
        case 0:
          throw new WorkloadEndpointClientException(
              "the API server at "
                  + url
                  + " is unreachable: "
                  + rootMessage(e)
                  + "; check the kubeconfig's server and the network",
              e);
        default:
          throw new WorkloadEndpointClientException(
              verb
                  + " "
                  + resource
                  + " "
                  + where
                  + " failed: HTTP "
                  + e.getCode()
                  + ": "
                  + e.getMessage(),
              e);
      }
    } catch (RuntimeException e) {
      throw new WorkloadEndpointClientException(
          verb + " " + resource + " " + where + " failed: " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
