// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wepkit.Protocol;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Calico's vectors for decoding a port's {@code protocol}, read through YAML: JSON is YAML, so a
 * value calicoctl reads from a JSON document it reads the same from a YAML one. Every {@code
 * *.json} file in {@code src/test/resources/conformance} holding entries of these kinds is run.
 */
class ProtocolYamlConformanceTest {
  private static final Set<String> KINDS = Set.of("ProtocolJSONDecode");
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> vectors() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(Fixtures.directory("/conformance"))) {
      files =
          listing.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    for (Path file : files) {
      JsonNode entries = MAPPER.readTree(file.toFile());
      boolean ours = false;
      for (JsonNode entry : entries) {
        ours |= KINDS.contains(entry.path("kind").asText());
      }
      if (!ours) {
        continue;
      }
      for (JsonNode entry : entries) {
        String id = entry.path("id").asText();
        String kind = entry.path("kind").asText();
        if (!KINDS.contains(kind)) {
          tests.add(dynamicTest(id, () -> fail("unknown vector kind " + kind + " in " + file)));
          continue;
        }
        tests.add(dynamicTest(id, () -> run(entry)));
      }
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  private static void run(JsonNode entry) {
    String yaml =
        "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nmetadata:\n  name: a\n"
            + "spec:\n  ports:\n  - port: 80\n    protocol: "
            + entry.get("json").asText()
            + "\n";
    JsonNode expected = entry.get("expected");
    if (expected.isTextual()) {
      if (!expected.asText().equals("decode-error")) {
        fail("unknown expectation " + expected);
      }
      assertThatThrownBy(() -> YAML.read(yaml)).isInstanceOf(WorkloadEndpointDecodeException.class);
      return;
    }
    Protocol protocol = YAML.read(yaml).spec().ports().get(0).protocol();
    switch (expected.get("type").asText()) {
      case "number":
        assertThat(protocol.isNumber()).isTrue();
        assertThat(protocol.number().getAsInt()).isEqualTo(expected.get("value").asInt());
        break;
      case "string":
        assertThat(protocol.isNumber()).isFalse();
        assertThat(protocol.text()).isEqualTo(expected.get("value").asText());
        break;
      default:
        fail("unknown expected type " + expected);
    }
  }
}
