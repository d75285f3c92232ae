// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.SourcePosition;
import dev.wepkit.codec.SourcePositions;
import dev.wepkit.json.WorkloadEndpointJson;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Positions of values, counted by hand in the texts below (lines and columns from 1). */
class SourcePositionsTest {
  private static final String STREAM =
      String.join(
          "\n",
          "apiVersion: projectcalico.org/v3", // 1
          "kind: WorkloadEndpoint", // 2
          "metadata:", // 3
          "  name: node1-k8s-pod-eth0", // 4
          "  namespace: default", // 5
          "  labels:", // 6
          "    app: web", // 7
          "spec:", // 8
          "  Node: node1", // 9: a case-insensitive key, recorded under its canonical name
          "  ipNetworks:", // 10
          "  - 10.0.0.1/32", // 11
          "  - 10.0.0.2/32", // 12
          "  ports:", // 13
          "  - name: http", // 14
          "    port: 80", // 15
          "---", // 16
          "apiVersion: projectcalico.org/v3", // 17
          "kind: WorkloadEndpointList", // 18
          "items:", // 19
          "- metadata:", // 20
          "    name: b", // 21
          "  spec:", // 22
          "    node: n2", // 23
          "- metadata:", // 24
          "    name: c", // 25
          "  spec:", // 26
          "    node: [n3]", // 27: cannot be bound
          "    endpoint: eth0", // 28
          "");

  private static SourcePosition at(int line, int column) {
    return SourcePosition.of(line, column);
  }

  @Test
  void everyValueOfEveryResourceIsPlacedInTheWholeInput() {
    WorkloadEndpointYaml yaml = WorkloadEndpointYaml.builder().keepPositions(true).build();
    List<DecodedResource> all = yaml.decodeAll(STREAM);
    assertEquals(3, all.size());

    SourcePositions first = all.get(0).positions();
    assertEquals(Optional.of(at(1, 1)), first.get(""));
    assertEquals(Optional.of(at(1, 13)), first.get("apiVersion"));
    assertEquals(Optional.of(at(4, 9)), first.get("metadata.name"));
    assertEquals(Optional.of(at(7, 10)), first.get("metadata.labels[app]"));
    assertEquals(Optional.of(at(9, 9)), first.get("spec.node"));
    assertEquals(Optional.empty(), first.get("spec.Node"));
    assertEquals(Optional.of(at(11, 5)), first.get("spec.ipNetworks[0]"));
    assertEquals(Optional.of(at(12, 5)), first.get("spec.ipNetworks[1]"));
    assertEquals(Optional.of(at(14, 5)), first.get("spec.ports[0]"));
    assertEquals(Optional.of(at(15, 11)), first.get("spec.ports[0].port"));

    SourcePositions item = all.get(1).positions();
    assertEquals(Optional.of(at(20, 3)), item.get(""));
    assertEquals(Optional.of(at(21, 11)), item.get("metadata.name"));
    assertEquals(Optional.of(at(23, 11)), item.get("spec.node"));
    assertEquals(Optional.empty(), item.get("items[0].spec.node"));
  }

  @Test
  void aResourceThatCannotBeBoundStillHasItsPositions() {
    WorkloadEndpointYaml yaml = WorkloadEndpointYaml.builder().keepPositions(true).build();
    DecodedResource failed = yaml.decodeAll(STREAM).get(2);
    assertFalse(failed.isOk());
    assertEquals(Optional.of(at(27, 11)), failed.positions().get("spec.node"));
    assertEquals(Optional.of(at(28, 15)), failed.positions().get("spec.endpoint"));
  }

  @Test
  void aMissingFieldIsPlacedAtTheNearestValueAroundIt() {
    WorkloadEndpointYaml yaml = WorkloadEndpointYaml.builder().keepPositions(true).build();
    SourcePositions first = yaml.decodeAll(STREAM).get(0).positions();
    // spec's value is the block mapping that starts with its first key.
    assertEquals(Optional.of(at(9, 3)), first.find("spec.interfaceName"));
    assertEquals(Optional.of(at(15, 11)), first.find("spec.ports[0].port"));
    assertEquals(Optional.of(at(14, 5)), first.find("spec.ports[0].hostIP"));
    assertEquals(Optional.of(at(7, 10)), first.find("metadata.labels[app]"));
    // The labels value is the block mapping that starts at its first key.
    assertEquals(Optional.of(at(7, 5)), first.find("metadata.labels[other]"));
    assertEquals(Optional.of(at(1, 1)), first.find("status"));
  }

  @Test
  void positionsAreKeptOnlyWhenAskedFor() {
    for (DecodedResource r : WorkloadEndpointYaml.create().decodeAll(STREAM)) {
      assertTrue(r.positions().isEmpty(), r.toString());
    }
    assertTrue(
        WorkloadEndpointJson.create()
            .decodeAll("{\"kind\":\"WorkloadEndpoint\"}")
            .get(0)
            .positions()
            .isEmpty());
  }

  @Test
  void jsonPositionsAreCountedTheSameWay() {
    String json =
        String.join(
            "\n",
            "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\",",
            " \"metadata\":{\"name\":\"a\",\"labels\":{\"x\":\"1\"}},",
            " \"spec\":{\"ipNetworks\":[\"10.0.0.1/32\"]}}");
    WorkloadEndpointJson codec =
        WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).keepPositions(true).build();
    SourcePositions positions = codec.decodeAll(json).get(0).positions();
    assertEquals(Optional.of(at(1, 1)), positions.get(""));
    assertEquals(Optional.of(at(1, 9)), positions.get("kind"));
    assertEquals(Optional.of(at(2, 21)), positions.get("metadata.name"));
    assertEquals(Optional.of(at(2, 39)), positions.get("metadata.labels[x]"));
    assertEquals(Optional.of(at(3, 9)), positions.get("spec"));
    assertEquals(Optional.of(at(3, 24)), positions.get("spec.ipNetworks[0]"));
  }

  @Test
  void aRepeatedKeyIsPlacedAtTheValueGoKeeps() {
    String yaml = "kind: WorkloadEndpoint\nspec:\n  node: a\n  node: b\n";
    SourcePositions positions =
        WorkloadEndpointYaml.builder()
            .keepPositions(true)
            .build()
            .decodeAll(yaml)
            .get(0)
            .positions();
    assertEquals(Optional.of(at(4, 9)), positions.get("spec.node"));
  }
}
