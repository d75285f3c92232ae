// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import dev.wepkit.IPNAT;
import dev.wepkit.QoSLimit;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves the JSON paths a mutation reports against an endpoint, for the tests. */
final class EndpointPaths {
  private static final Pattern MAP_ENTRY =
      Pattern.compile("metadata\\.(labels|annotations)\\[(.*)]");
  private static final Pattern LIST_ENTRY =
      Pattern.compile("spec\\.(\\w+)\\[(\\d+)](?:\\.(\\w+))?");

  private EndpointPaths() {}

  /** Tells whether the path names a value that is present in the endpoint. */
  static boolean exists(WorkloadEndpoint wep, String path) {
    WorkloadEndpointSpec spec = wep.spec();
    Matcher map = MAP_ENTRY.matcher(path);
    if (map.matches()) {
      Map<String, String> entries =
          map.group(1).equals("labels") ? wep.metadata().labels() : wep.metadata().annotations();
      return entries.containsKey(map.group(2));
    }
    Matcher list = LIST_ENTRY.matcher(path);
    if (list.matches()) {
      int index = Integer.parseInt(list.group(2));
      String field = list.group(3);
      switch (list.group(1)) {
        case "ipNetworks":
          return field == null && index < spec.ipNetworks().size();
        case "profiles":
          return field == null && index < spec.profiles().size();
        case "allowSpoofedSourcePrefixes":
          return field == null && index < spec.allowSpoofedSourcePrefixes().size();
        case "awsElasticIPs":
          return field == null && index < spec.awsElasticIPs().size();
        case "ipNATs":
          return index < spec.ipNATs().size() && natField(spec.ipNATs().get(index), field);
        case "ports":
          return index < spec.ports().size() && portField(spec.ports().get(index), field);
        default:
          return false;
      }
    }
    if (path.startsWith("spec.qosControls.")) {
      String field = path.substring("spec.qosControls.".length());
      return spec.qosControls().isPresent()
          && (field.equals("dscp")
              ? spec.qosControls().get().dscp().isPresent()
              : QoSLimit.isWireName(field));
    }
    return List.of(
            "metadata.name",
            "metadata.annotations",
            "spec.orchestrator",
            "spec.workload",
            "spec.node",
            "spec.containerID",
            "spec.pod",
            "spec.endpoint",
            "spec.serviceAccountName",
            "spec.ipv4Gateway",
            "spec.ipv6Gateway",
            "spec.interfaceName",
            "spec.mac")
        .contains(path);
  }

  private static boolean natField(IPNAT nat, String field) {
    return "internalIP".equals(field) || "externalIP".equals(field);
  }

  private static boolean portField(WorkloadEndpointPort port, String field) {
    return List.of("name", "protocol", "port", "hostPort", "hostIP").contains(field);
  }
}
