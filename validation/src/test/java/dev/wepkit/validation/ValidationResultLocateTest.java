// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.SourcePosition;
import dev.wepkit.codec.SourcePositions;
import dev.wepkit.json.WorkloadEndpointJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationResultLocateTest {
  @Test
  void eachViolationIsPlacedAtItsValueOrTheNearestValueAroundIt() {
    Violation bad = Violation.of("spec.ipNetworks[1]", ViolationType.INVALID, "x", "not a CIDR");
    Violation missing = Violation.of("spec.node", ViolationType.REQUIRED, null, "a node is needed");
    Violation warning = Violation.of("spec.ports[0].name", ViolationType.DUPLICATE, "a", "twice");
    SourcePositions positions =
        SourcePositions.of(
            Map.of(
                "", SourcePosition.of(1, 1),
                "spec", SourcePosition.of(8, 3),
                "spec.ipNetworks[1]", SourcePosition.of(12, 5),
                "spec.ports[0]", SourcePosition.of(14, 5)));
    ValidationResult placed =
        ValidationResult.of(List.of(bad, missing), List.of(warning)).locate(positions);
    assertEquals(Optional.of(SourcePosition.of(12, 5)), placed.errors().get(0).position());
    assertEquals(Optional.of(SourcePosition.of(8, 3)), placed.errors().get(1).position());
    assertEquals(Optional.of(SourcePosition.of(14, 5)), placed.warnings().get(0).position());
    // The rest of each violation is unchanged; the position takes part in equality.
    assertEquals(bad.toString(), placed.errors().get(0).toString());
    assertNotEquals(bad, placed.errors().get(0));
    assertEquals(bad.at(SourcePosition.of(12, 5)), placed.errors().get(0));
  }

  @Test
  void withoutPositionsNothingChanges() {
    ValidationResult result =
        ValidationResult.of(
            List.of(Violation.of("spec.node", ViolationType.REQUIRED, null, "needed")), List.of());
    assertSame(result, result.locate(SourcePositions.none()));
    assertEquals(Optional.empty(), result.errors().get(0).position());
  }

  @Test
  void violationsOfADecodedEndpointPointIntoItsText() {
    String json =
        "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\",\n"
            + "\"metadata\":{\"name\":\"n-k8s-p-eth0\",\"namespace\":\"default\"},\n"
            + "\"spec\":{\"node\":\"n\",\"orchestrator\":\"k8s\",\"pod\":\"p\",\"endpoint\":\"eth0\",\n"
            + "\"interfaceName\":\"cali0123456789a\",\"ipNetworks\":[\"10.0.0.1/33\"]}}";
    DecodedResource r =
        WorkloadEndpointJson.builder().keepPositions(true).build().decodeAll(json).get(0);
    WorkloadEndpoint wep = r.endpoint().orElseThrow();
    ValidationResult result =
        WorkloadEndpointValidator.create().validate(wep).locate(r.positions());
    Violation cidr = result.errors().get(0);
    assertEquals("spec.ipNetworks[0]", cidr.path());
    // Line 4: "interfaceName":"cali0123456789a","ipNetworks":[ then the value at column 49.
    assertEquals(Optional.of(SourcePosition.of(4, 49)), cidr.position());
  }
}
