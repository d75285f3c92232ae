// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import dev.wepkit.internal.GoStrings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code projectcalico.org/*} label keys Calico puts on WorkloadEndpoints, and the rule by
 * which it adds them to a pod's labels.
 *
 * <pre>{@code
 * Map<String, String> labels =
 *     CalicoLabels.apply(pod.getLabels(), "default", "k8s", "my-service-account");
 * labels.get(CalicoLabels.NAMESPACE);         // "default"
 * labels.get(CalicoLabels.SERVICE_ACCOUNT);   // "my-service-account"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CalicoLabels {
  /** The endpoint's namespace; set on every WorkloadEndpoint (OSS and Enterprise). */
  public static final String NAMESPACE = "projectcalico.org/namespace";

  /** The endpoint's orchestrator, {@code k8s} for pods; set on every WorkloadEndpoint. */
  public static final String ORCHESTRATOR = "projectcalico.org/orchestrator";

  /**
   * The pod's service account; set only when its name is non-empty and at most {@link
   * #SERVICE_ACCOUNT_LABEL_MAX_LENGTH} UTF-8 bytes long (OSS and Enterprise).
   */
  public static final String SERVICE_ACCOUNT = "projectcalico.org/serviceaccount";

  /**
   * The name label ({@code NameLabel}) that namespace and service-account profiles carry as {@code
   * pcns.projectcalico.org/name} and {@code pcsa.projectcalico.org/name}.
   */
  public static final String NAME = "projectcalico.org/name";

  /**
   * Calico Enterprise/Cloud only (not in OSS): the network of a multi-network (Multus) endpoint,
   * {@code k8s-pod-network} for the default one. In the newer Enterprise generation (3.23+) it is
   * the Calico Network/VRF, if any.
   */
  public static final String NETWORK = "projectcalico.org/network";

  /**
   * Calico Enterprise/Cloud only, older generation (Enterprise 3.21/3.22 and Calico Cloud): the
   * namespace of the network's NetworkAttachmentDefinition (the pod's namespace for the default
   * network). Replaced by {@link #NETWORK_ATTACHMENT_NAMESPACE} in Enterprise 3.23+.
   */
  public static final String NETWORK_NAMESPACE = "projectcalico.org/network-namespace";

  /**
   * Calico Enterprise/Cloud only, both generations: the in-pod interface of a multi-network
   * endpoint, {@code eth0} for the default network unless the network-status annotation says
   * otherwise.
   */
  public static final String NETWORK_INTERFACE = "projectcalico.org/network-interface";

  /**
   * Calico Enterprise only, newer generation (3.23+, documented only): the
   * NetworkAttachmentDefinition of a multi-network endpoint.
   */
  public static final String NETWORK_ATTACHMENT = "projectcalico.org/network-attachment";

  /**
   * Calico Enterprise only, newer generation (3.23+, documented only): the namespace of the
   * NetworkAttachmentDefinition; replaces {@link #NETWORK_NAMESPACE}.
   */
  public static final String NETWORK_ATTACHMENT_NAMESPACE =
      "projectcalico.org/network-attachment-namespace";

  /**
   * The longest service-account name, in UTF-8 bytes, that Calico copies into {@link
   * #SERVICE_ACCOUNT}: 62. Calico requires the length to be below 63 for backward compatibility, so
   * a 63-character name, although a valid label value, gets no label.
   */
  public static final int SERVICE_ACCOUNT_LABEL_MAX_LENGTH = 62;

  private CalicoLabels() {}

  /**
   * The labels Calico gives a pod's WorkloadEndpoint: a copy of the pod's labels, then {@link
   * #NAMESPACE} and {@link #ORCHESTRATOR} set (overwriting pod labels with the same keys), then
   * {@link #SERVICE_ACCOUNT} set when the service-account name is non-empty and no longer than
   * {@link #SERVICE_ACCOUNT_LABEL_MAX_LENGTH} UTF-8 bytes (shorter than 63, as Calico requires).
   *
   * @param labels the pod's labels, or null for none
   * @param namespace the namespace
   * @param orchestrator the orchestrator, {@code k8s} for pods
   * @param serviceAccountName the pod's service account, or null or empty for none
   * @return a new unmodifiable map that keeps the pod's label order, the Calico labels last
   */
  public static Map<String, String> apply(
      Map<String, String> labels,
      String namespace,
      String orchestrator,
      String serviceAccountName) {
    int size = (labels == null ? 0 : labels.size()) + 3;
    // Sized for the pod's labels and Calico's three, so that the map never grows.
    Map<String, String> out = new LinkedHashMap<>((int) (size / 0.75f) + 1);
    putAll(out, labels, namespace, orchestrator, serviceAccountName);
    return Collections.unmodifiableMap(out);
  }

  /**
   * Puts the labels {@link #apply} gives into a map of the caller's, in the same order: for
   * building them into a map that is copied anyway, without an intermediate copy.
   *
   * <pre>{@code
   * Map<String, String> labels = new LinkedHashMap<>();
   * CalicoLabels.putAll(labels, pod.getLabels(), "default", "k8s", "my-service-account");
   * }</pre>
   *
   * @param out the map to fill; entries with the same keys are overwritten
   * @param labels the pod's labels, or null for none
   * @param namespace the namespace
   * @param orchestrator the orchestrator, {@code k8s} for pods
   * @param serviceAccountName the pod's service account, or null or empty for none
   */
  public static void putAll(
      Map<String, String> out,
      Map<String, String> labels,
      String namespace,
      String orchestrator,
      String serviceAccountName) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(orchestrator, "orchestrator");
    if (labels != null) {
      // forEach, not putAll: an unmodifiable view's entry iterator wraps every entry.
      labels.forEach(out::put);
    }
    out.put(NAMESPACE, namespace);
    out.put(ORCHESTRATOR, orchestrator);
    if (serviceAccountName != null
        && !serviceAccountName.isEmpty()
        // Go's len() counts bytes, and bytes are never fewer than chars.
        && serviceAccountName.length() <= SERVICE_ACCOUNT_LABEL_MAX_LENGTH
        && GoStrings.utf8Length(serviceAccountName) <= SERVICE_ACCOUNT_LABEL_MAX_LENGTH) {
      out.put(SERVICE_ACCOUNT, serviceAccountName);
    }
  }
}
