// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of name parsing and derivation (FUZZING.md).
 *
 * <p>An input is text of up to seven lines: a name, then node, orchestrator, pod, workload,
 * containerID and endpoint (missing lines are empty). For any input: {@code parse} fails only with
 * {@link NameParseException}, derivation and {@code matches} only with {@link
 * NameDerivationException}, {@code v1Key} only with {@link NameParseException}; {@code splitParts}
 * and {@code statusFilename} never fail. A derived name matches the identifiers it came from,
 * parses back to the segments of the orchestrator's layout, equals the prefix-mode name when every
 * segment is set, and has the prefix-mode name as a prefix otherwise. Regression mode runs the
 * conformance vectors and the files in {@code NamesFuzzTestInputs/names/} in every build.
 */
class NamesFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The conformance vectors' names and identifiers, in this target's line layout. */
  static Stream<byte[]> seeds() throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = NamesFuzzTest.class.getResourceAsStream("/conformance/names.json")) {
      for (JsonNode vector : MAPPER.readTree(in)) {
        JsonNode input = vector.get("input");
        JsonNode ids = input.has("identifiers") ? input.get("identifiers") : input;
        String name = input.path("name").asText(vector.path("expect").asText(""));
        out.add(
            String.join(
                "\n",
                name,
                ids.path("Node").asText(""),
                ids.path("Orchestrator").asText(""),
                ids.path("Pod").asText(""),
                ids.path("Workload").asText(""),
                ids.path("ContainerID").asText(""),
                ids.path("Endpoint").asText("")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.stream().map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void names(byte[] input) {
    List<String> lines =
        new ArrayList<>(Arrays.asList(new String(input, StandardCharsets.UTF_8).split("\n", 7)));
    while (lines.size() < 7) {
      lines.add("");
    }
    String name = lines.get(0);
    WorkloadEndpointIdentifiers ids =
        WorkloadEndpointIdentifiers.builder()
            .node(lines.get(1))
            .orchestrator(lines.get(2))
            .pod(lines.get(3))
            .workload(lines.get(4))
            .containerID(lines.get(5))
            .endpoint(lines.get(6))
            .build();

    try {
      WorkloadEndpointNames.parse(name);
    } catch (NameParseException expected) {
      assertThat(expected.getMessage()).isNotEmpty();
    }
    for (int n = -1; n <= 5; n++) {
      assertThat(WorkloadEndpointNames.splitParts(name, n).size()).isIn(0, Math.max(n, 0));
    }
    try {
      V1WorkloadEndpointKey key = WorkloadEndpointNames.v1Key(lines.get(1), name);
      assertThat(WorkloadEndpointNames.statusFilename(key)).isNotNull();
    } catch (NameParseException expected) {
      assertThat(expected.getMessage()).isNotEmpty();
    }
    try {
      WorkloadEndpointNames.matches(name, ids);
    } catch (NameDerivationException expected) {
      assertThat(expected.field()).isEqualTo("node");
    }

    String prefix;
    try {
      prefix = WorkloadEndpointNames.derivePrefix(ids);
    } catch (NameDerivationException expected) {
      assertThat(expected.field()).isNotEmpty();
      return;
    }
    String derived;
    try {
      derived = WorkloadEndpointNames.derive(ids);
    } catch (NameDerivationException expected) {
      assertThat(expected.field()).isNotEmpty();
      assertThat(prefix).as("prefix-mode name of identifiers with an empty segment").endsWith("-");
      return;
    }
    assertThat(prefix).as("prefix-mode name when every segment is set").isEqualTo(derived);
    assertThat(WorkloadEndpointNames.matches(derived, ids))
        .as("%s matches %s", derived, ids)
        .isTrue();
    WorkloadEndpointIdentifiers parsed = WorkloadEndpointNames.parse(derived);
    assertThat(parsed.node()).isEqualTo(ids.node());
    assertThat(parsed.endpoint()).isEqualTo(ids.endpoint());
    switch (ids.orchestrator()) {
      case "k8s":
        assertThat(parsed.orchestrator()).isEqualTo("k8s");
        assertThat(parsed.pod()).isEqualTo(ids.pod());
        break;
      case "cni":
        assertThat(parsed.orchestrator()).isEqualTo("cni");
        assertThat(parsed.containerID()).isEqualTo(ids.containerID());
        break;
      case "libnetwork":
        // The third segment is the literal "libnetwork", which parse puts in orchestrator.
        assertThat(parsed.orchestrator()).isEqualTo("libnetwork");
        break;
      default:
        assertThat(parsed.orchestrator()).isEqualTo(ids.orchestrator());
        assertThat(parsed.workload()).isEqualTo(ids.workload());
        break;
    }
  }
}
