// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.names.InterfaceNames;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a large {@code WorkloadEndpointList} (what {@code calicoctl get workloadendpoints -o json}
 * prints for a big cluster) one item at a time: each endpoint is bound, used and forgotten, so
 * memory does not grow with the size of the list.
 */
public final class StreamLargeListExample {
  private StreamLargeListExample() {}

  /**
   * Runs the example on a generated list of 50,000 endpoints.
   *
   * @param args unused
   * @throws IOException if the temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    run(System.out, 50_000);
  }

  static void run(PrintStream out, int count) throws IOException {
    Path file = Files.createTempFile("weps", ".json");
    try {
      writeList(file, count);
      out.println("list of " + count + " endpoints: " + Files.size(file) + " bytes");

      WorkloadEndpointJson json = WorkloadEndpointJson.create();
      Map<String, Integer> perNode = new TreeMap<>();
      try (InputStream in = Files.newInputStream(file);
          Stream<WorkloadEndpoint> endpoints = json.stream(in)) {
        endpoints.forEach(wep -> perNode.merge(wep.spec().node(), 1, Integer::sum));
      }
      perNode.forEach((node, n) -> out.println(node + ": " + n + " endpoints"));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Writes the list item by item too, so that neither side holds it all. */
  private static void writeList(Path file, int count) throws IOException {
    WorkloadEndpointJson json = WorkloadEndpointJson.create();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\",");
      out.write("\"metadata\":{},\"items\":[");
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(json.write(endpoint("node" + (i % 4), "web-" + i)));
      }
      out.write("]}");
    }
  }

  private static WorkloadEndpoint endpoint(String node, String pod) {
    WorkloadEndpointSpec spec =
        WorkloadEndpointSpec.builder()
            .node(node)
            .orchestrator("k8s")
            .pod(pod)
            .endpoint("eth0")
            .interfaceName(InterfaceNames.forPod("default", pod))
            .build();
    String name = WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(spec));
    return WorkloadEndpoint.builder()
        .metadata(ObjectMeta.builder().name(name).namespace("default").build())
        .spec(spec)
        .build();
  }
}
