// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.cli.internal.BatchLoop;
import dev.wepkit.cli.internal.JsonLines;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Option;

/** The six identifier flags of {@code name} and {@code matches}, and their batch equivalents. */
final class IdentifierOptions {
  /** The identifier fields of a batch request, with the JSON names of the spec. */
  static final List<String> FIELDS =
      List.of("node", "orchestrator", "pod", "workload", "containerID", "endpoint");

  @Option(names = "--node", paramLabel = "N", description = "spec.node (always required).")
  String node = "";

  @Option(
      names = "--orchestrator",
      paramLabel = "O",
      description = "spec.orchestrator: k8s, cni, libnetwork or another name.")
  String orchestrator = "";

  @Option(names = "--pod", paramLabel = "P", description = "spec.pod (orchestrator k8s).")
  String pod = "";

  @Option(
      names = "--workload",
      paramLabel = "W",
      description = "spec.workload (orchestrators other than k8s, cni, libnetwork).")
  String workload = "";

  @Option(
      names = "--container-id",
      paramLabel = "C",
      description = "spec.containerID (orchestrator cni).")
  String containerId = "";

  @Option(names = "--endpoint", paramLabel = "E", description = "spec.endpoint, e.g. eth0.")
  String endpoint = "";

  /** Whether any flag was given. */
  boolean anySet() {
    return !(node.isEmpty()
        && orchestrator.isEmpty()
        && pod.isEmpty()
        && workload.isEmpty()
        && containerId.isEmpty()
        && endpoint.isEmpty());
  }

  WorkloadEndpointIdentifiers toIdentifiers() {
    return WorkloadEndpointIdentifiers.builder()
        .node(node)
        .orchestrator(orchestrator)
        .pod(pod)
        .workload(workload)
        .containerID(containerId)
        .endpoint(endpoint)
        .build();
  }

  /** Reads the identifier fields of a batch request; absent and null fields are {@code ""}. */
  static WorkloadEndpointIdentifiers fromRequest(ObjectNode request) {
    return WorkloadEndpointIdentifiers.builder()
        .node(BatchLoop.text(request, "node"))
        .orchestrator(BatchLoop.text(request, "orchestrator"))
        .pod(BatchLoop.text(request, "pod"))
        .workload(BatchLoop.text(request, "workload"))
        .containerID(BatchLoop.text(request, "containerID"))
        .endpoint(BatchLoop.text(request, "endpoint"))
        .build();
  }

  /** Writes identifiers as a JSON object in the documented order, empty fields left out. */
  static String toJson(WorkloadEndpointIdentifiers ids) {
    return JsonLines.line(
        g -> {
          addIfSet(g, "node", ids.node());
          addIfSet(g, "orchestrator", ids.orchestrator());
          addIfSet(g, "pod", ids.pod());
          addIfSet(g, "workload", ids.workload());
          addIfSet(g, "containerID", ids.containerID());
          addIfSet(g, "endpoint", ids.endpoint());
        });
  }

  private static void addIfSet(JsonGenerator g, String key, String value) throws IOException {
    if (!value.isEmpty()) {
      g.writeStringField(key, value);
    }
  }
}
