// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.kubernetes.ListOptions;
import dev.wepkit.kubernetes.WorkloadEndpointClient;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An inventory of a live cluster's WorkloadEndpoints per node, as an IPAM audit starts: every node,
 * its endpoints and their addresses. The endpoints are streamed page by page, so the memory used
 * does not grow with the size of the cluster beyond the inventory itself.
 *
 * <p>Run it against the cluster of the current kubeconfig context: {@code java -cp ...
 * dev.wepkit.examples.NodeInventoryExample}.
 */
public final class NodeInventoryExample {
  private NodeInventoryExample() {}

  /**
   * Runs the example on the cluster of the usual configuration.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    try (WorkloadEndpointClient client = WorkloadEndpointClient.fromConfig()) {
      run(client, System.out);
    }
  }

  /** Node to "namespace/name address,address" lines, nodes and lines sorted. */
  static Map<String, List<String>> inventory(WorkloadEndpointClient client) {
    Map<String, List<String>> byNode = new TreeMap<>();
    client.stream(ListOptions.allNamespaces())
        .forEach(
            (WorkloadEndpoint wep) ->
                byNode
                    .computeIfAbsent(wep.spec().node(), node -> new ArrayList<>())
                    .add(
                        wep.metadata().namespace()
                            + "/"
                            + wep.metadata().name()
                            + " "
                            + String.join(",", wep.spec().ipNetworks())));
    byNode.values().forEach(lines -> lines.sort(null));
    return byNode;
  }

  static void run(WorkloadEndpointClient client, PrintStream out) {
    for (Map.Entry<String, List<String>> node : inventory(client).entrySet()) {
      out.println(node.getKey() + ": " + node.getValue().size() + " endpoints");
      for (String line : node.getValue()) {
        out.println("  " + line);
      }
    }
  }
}
