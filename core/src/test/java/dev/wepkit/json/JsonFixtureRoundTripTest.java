// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class JsonFixtureRoundTripTest {
  private final WorkloadEndpointJson json = WorkloadEndpointJson.create();

  @TestFactory
  Stream<DynamicTest> everyJsonFixtureRoundTrips() {
    return Fixtures.JSON.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      String text = Fixtures.text(name);
                      ResourceDocument first = json.readDocument(text);
                      String compact = json.write(first);
                      String pretty = json.writePretty(first);
                      assertThat(json.readDocument(compact)).isEqualTo(first);
                      assertThat(json.readDocument(pretty)).isEqualTo(first);
                      // Nothing lost: as a JSON tree, our output holds what the input held, plus
                      // only the fields Go always prints.
                      ObjectMapper mapper = new ObjectMapper();
                      JsonNode in = mapper.readTree(text);
                      JsonNode out = mapper.readTree(compact);
                      assertThat(out.get("spec")).isEqualTo(in.get("spec"));
                      assertThat(out.get("metadata").get("labels"))
                          .isEqualTo(in.get("metadata").get("labels"));
                    }));
  }

  @Test
  void prettyOutputIsByteForByteWhatCalicoctlPrints() {
    // calicoctl convert -o json output: Go struct order, two-space indent, "key": value.
    String text = Fixtures.text("wep-calicoctl-convert-2.json");
    WorkloadEndpoint wep = json.read(text);
    assertThat(json.writePretty(wep)).isEqualTo(text.strip());
  }

  @Test
  void unknownFieldSurvivesInLenientMode() {
    String text = Fixtures.text("wep-networking-calico-1.json");
    WorkloadEndpoint wep = json.read(text);
    assertThat(wep.spec().unknownFields()).containsOnlyKeys("allowedIps");
    assertThat(wep.spec().unknownFields().get("allowedIps").get(0).asText())
        .isEqualTo("23.23.23.2/32");
    assertThat(json.write(wep)).contains("\"allowedIps\":[\"23.23.23.2/32\"]");
  }

  @Test
  void unknownFieldFailsInStrictModeWithPathAndPosition() {
    String text = Fixtures.text("wep-networking-calico-1.json");
    WorkloadEndpointJson strict = WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).build();
    assertThatThrownBy(() -> strict.read(text))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.path()).isEqualTo("spec.allowedIps");
              assertThat(e.line()).isEqualTo(lineOf(text, "\"allowedIps\""));
              assertThat(e.column()).isEqualTo(9);
              assertThat(e.getMessage()).contains("unknown field \"allowedIps\"");
            });
  }

  @Test
  void fixtureValuesAreBoundToTheRightFields() {
    WorkloadEndpoint wep = json.read(Fixtures.text("wep-libcalico-go-kdd-2.json"));
    assertThat(wep.metadata().name()).isEqualTo("nodeA-k8s-podA-eth0");
    assertThat(wep.metadata().resourceVersion()).isEqualTo("1234");
    assertThat(wep.spec().ipNetworks()).containsExactly("192.168.0.1/32", "fd5f:8067::1/128");
    assertThat(wep.spec().ipNATs()).hasSize(2);
    assertThat(wep.spec().ipNATs().get(1).externalIP()).isEqualTo("fd80:100:100::10");
    assertThat(wep.spec().interfaceName()).isEqualTo("cali7f94ce7c295");
    WorkloadEndpoint status = json.read(Fixtures.text("wep-libcalico-go-status-1.json"));
    assertThat(status.metadata().uid()).isEqualTo("8a102cd6-67a9-4b71-aa8c-b9a6938fdea8");
    assertThat(status.spec().serviceAccountName()).isEqualTo("default");
  }

  static int lineOf(String text, String needle) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in text");
  }
}
