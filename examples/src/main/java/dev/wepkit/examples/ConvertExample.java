// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import java.io.PrintStream;
import java.util.List;

/**
 * Converts YAML to JSON and back, as {@code wepkit convert} does: JSON in Go's field order (what
 * {@code calicoctl get -o json} prints), YAML with sorted keys and every ambiguous string quoted
 * (what {@code calicoctl get -o yaml} prints). Reading either back gives the same resources.
 */
public final class ConvertExample {
  private ConvertExample() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    String yamlText =
        "apiVersion: projectcalico.org/v3\n"
            + "kind: WorkloadEndpoint\n"
            + "metadata:\n"
            + "  name: node1-k8s-web-eth0\n"
            + "  namespace: default\n"
            + "  labels:\n"
            + "    enabled: 'on'\n"
            + "spec:\n"
            + "  node: node1\n"
            + "  orchestrator: k8s\n"
            + "  pod: web\n"
            + "  endpoint: eth0\n"
            + "  interfaceName: cali0123456789a\n"
            + "  mac: '52:54:00:44:49:56'\n"
            + "  ipNetworks:\n"
            + "  - 10.0.0.7/32\n"
            + "---\n"
            + "apiVersion: projectcalico.org/v3\n"
            + "kind: WorkloadEndpoint\n"
            + "metadata:\n"
            + "  name: node1-k8s-db-eth0\n"
            + "  namespace: default\n"
            + "spec:\n"
            + "  node: node1\n"
            + "  orchestrator: k8s\n"
            + "  pod: db\n"
            + "  endpoint: eth0\n";

    WorkloadEndpointYaml yaml = WorkloadEndpointYaml.create();
    WorkloadEndpointJson json = WorkloadEndpointJson.create();
    List<ResourceDocument> documents = yaml.readDocuments(yamlText);
    out.println("documents: " + documents.size());

    String firstAsJson = json.writePretty(documents.get(0));
    out.println(firstAsJson);

    // Back to YAML: both documents, keys sorted, 'on' and the all-digit MAC still quoted.
    String yamlAgain =
        yaml.writeDocuments(List.of(json.readDocument(firstAsJson), documents.get(1)));
    out.print(yamlAgain);
    out.println("same resources: " + yaml.readDocuments(yamlAgain).equals(documents));
  }
}
