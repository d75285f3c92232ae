// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

/**
 * The JSON field names of every model type, in Go struct order, and Go's case-insensitive match.
 */
final class FieldNames {
  private FieldNames() {}

  static final String[] RESOURCE = {"kind", "apiVersion", "metadata", "spec", "items"};

  static final String[] OBJECT_META = {
    "name",
    "generateName",
    "namespace",
    "uid",
    "resourceVersion",
    "creationTimestamp",
    "labels",
    "annotations"
  };

  /**
   * ObjectMeta fields Go knows but Calico ignores: kept untyped, never "unknown" in strict mode.
   */
  static final String[] OBJECT_META_OTHER = {
    "selfLink",
    "generation",
    "deletionTimestamp",
    "deletionGracePeriodSeconds",
    "ownerReferences",
    "finalizers",
    "managedFields"
  };

  /** Kubernetes' ObjectMeta order, used to place the untyped fields where Go prints them. */
  static final String[] OBJECT_META_GO_ORDER = {
    "name",
    "generateName",
    "namespace",
    "selfLink",
    "uid",
    "resourceVersion",
    "generation",
    "creationTimestamp",
    "deletionTimestamp",
    "deletionGracePeriodSeconds",
    "labels",
    "annotations",
    "ownerReferences",
    "finalizers",
    "managedFields"
  };

  static final String[] LIST_META = {"resourceVersion", "continue"};

  static final String[] LIST_META_OTHER = {"selfLink", "remainingItemCount"};

  static final String[] LIST_META_GO_ORDER = {
    "selfLink", "resourceVersion", "continue", "remainingItemCount"
  };

  static final String[] SPEC = {
    "orchestrator",
    "workload",
    "node",
    "containerID",
    "pod",
    "endpoint",
    "serviceAccountName",
    "ipNetworks",
    "ipNATs",
    "ipv4Gateway",
    "ipv6Gateway",
    "profiles",
    "interfaceName",
    "mac",
    "ports",
    "allowSpoofedSourcePrefixes",
    "qosControls",
    "awsElasticIPs"
  };

  static final String[] PORT = {"name", "protocol", "port", "hostPort", "hostIP"};

  static final String[] IPNAT = {"internalIP", "externalIP"};

  static final String[] QOS = {
    "ingressBandwidth",
    "ingressBurst",
    "ingressPeakrate",
    "ingressMinburst",
    "egressBandwidth",
    "egressBurst",
    "egressPeakrate",
    "egressMinburst",
    "ingressPacketRate",
    "ingressPacketBurst",
    "egressPacketRate",
    "egressPacketBurst",
    "ingressMaxConnections",
    "egressMaxConnections",
    "dscp"
  };

  /**
   * Returns the index of {@code name} in {@code names}: an exact match first, then, as Go's
   * encoding/json does, a case-insensitive one.
   */
  static int lookup(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
