// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.json.WorkloadEndpointJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every fixture of the shared reference set, read, written and compared with the JSON codec. */
class WorkloadEndpointYamlFixturesTest {
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();

  @Test
  void theFixtureSetIsThere() {
    assertThat(Fixtures.v3()).hasSizeGreaterThanOrEqualTo(17);
    assertThat(Fixtures.v1()).hasSizeGreaterThanOrEqualTo(2);
  }

  @TestFactory
  Stream<DynamicTest> everyV3FixtureReads() {
    return Fixtures.v3().stream()
        .map(
            fixture ->
                dynamicTest(
                    name(fixture),
                    () -> {
                      List<ResourceDocument> documents = YAML.readDocuments(Fixtures.text(fixture));
                      assertThat(documents).isNotEmpty();
                      List<WorkloadEndpoint> endpoints = YAML.readAll(Fixtures.text(fixture));
                      assertThat(endpoints).isNotEmpty();
                      assertThat(endpoints)
                          .allSatisfy(wep -> assertThat(wep.metadata().name()).isNotEmpty());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> yamlToModelToYamlIsLossless() {
    return Fixtures.v3().stream()
        .map(
            fixture ->
                dynamicTest(
                    name(fixture),
                    () -> {
                      List<ResourceDocument> first = YAML.readDocuments(Fixtures.text(fixture));
                      String written = YAML.writeDocuments(first);
                      List<ResourceDocument> second = YAML.readDocuments(written);
                      assertThat(second).isEqualTo(first);
                      // Writing is a fixed point after one round.
                      assertThat(YAML.writeDocuments(second)).isEqualTo(written);
                    }));
  }

  @TestFactory
  Stream<DynamicTest> yamlAndJsonCodecsAgree() {
    return Fixtures.v3().stream()
        .map(
            fixture ->
                dynamicTest(
                    name(fixture),
                    () -> {
                      String text = Fixtures.text(fixture);
                      List<ResourceDocument> ours = YAML.readDocuments(text);
                      if (fixture.toString().endsWith(".json")) {
                        // The same text: YAML skips the '#' lines as comments, JSON needs them
                        // stripped.
                        ResourceDocument json = JSON.readDocument(Fixtures.withoutComments(text));
                        assertThat(ours).containsExactly(json);
                      }
                      for (ResourceDocument document : ours) {
                        String json = JSON.writePretty(document);
                        assertThat(JSON.readDocument(json)).isEqualTo(document);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> legacyV1FixturesFailClearly() {
    return Fixtures.v1().stream()
        .map(
            fixture ->
                dynamicTest(
                    name(fixture),
                    () ->
                        assertThatThrownBy(() -> YAML.readAll(Fixtures.text(fixture)))
                            .isInstanceOfSatisfying(
                                WorkloadEndpointDecodeException.class,
                                e -> {
                                  assertThat(e.problem())
                                      .contains("unsupported resource")
                                      .contains("apiVersion \"v1\"")
                                      .contains("kind \"workloadEndpoint\"");
                                  assertThat(e.path()).endsWith("apiVersion");
                                  assertThat(e.line()).isPositive();
                                  assertThat(e.documentIndex()).isZero();
                                })));
  }

  @Test
  void writesTheCalicoctlConvertOutputByteForByte() {
    String fixture = Fixtures.text("wep-calicoctl-convert-1.yaml");
    String expected = Fixtures.withoutComments(fixture);
    assertThat(YAML.write(YAML.read(fixture))).isEqualTo(expected);
    // calicoctl convert -o json printed the same resource; its YAML is the same text.
    assertThat(YAML.write(YAML.read(Fixtures.text("wep-calicoctl-convert-2.json"))))
        .isEqualTo(expected);
  }

  @Test
  void writesTheHandRenderedCalicoctlStyleFixturesByteForByte() {
    for (String name : List.of("wep-libcalico-go-kdd-1.yaml", "wep-libcalico-go-kdd-list-1.yaml")) {
      String fixture = Fixtures.text(name);
      assertThat(YAML.writeDocuments(YAML.readDocuments(fixture)))
          .as(name)
          .isEqualTo(Fixtures.withoutComments(fixture));
    }
  }

  @Test
  void readsTheDocsSampleLeniently() {
    List<DecodeWarning> warnings = new ArrayList<>();
    WorkloadEndpointYaml lenient =
        WorkloadEndpointYaml.builder().warningListener(warnings::add).build();

    WorkloadEndpoint wep = lenient.read(Fixtures.text("wep-calico-docs-1.yaml"));

    // An unquoted number far beyond a long keeps its exact text in a string field.
    assertThat(wep.spec().containerID()).isEqualTo("1337495556942031415926535");
    assertThat(wep.spec().endpoint()).isEqualTo("eth0");
    assertThat(wep.spec().mac()).isEqualTo("ca:fe:1d:52:bb:e9");
    assertThat(wep.spec().ports()).hasSize(2);
    // The unquoted containerID on line 16 is stored by calicoctl as the float32 text 1.3374956e+24.
    assertThat(warnings)
        .filteredOn(w -> w.kind() == DecodeWarning.Kind.UNQUOTED_SCALAR)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.path()).isEqualTo("spec.containerID");
              assertThat(w.message()).contains("\"1.3374956e+24\"");
              assertThat(w.line()).isEqualTo(16);
            });
    // The second "endpoint" key: line 18 of the file, counting its two comment lines.
    assertThat(warnings)
        .filteredOn(w -> w.kind() == DecodeWarning.Kind.DUPLICATE_KEY)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.path()).isEqualTo("spec.endpoint");
              assertThat(w.message()).contains("duplicate field \"endpoint\"");
              assertThat(w.line()).isEqualTo(18);
              assertThat(w.column()).isEqualTo(3);
              assertThat(w.documentIndex()).isZero();
            });
  }

  @Test
  void refusesTheDocsSampleStrictlyAtTheDuplicateKey() {
    WorkloadEndpointYaml strict = WorkloadEndpointYaml.builder().mode(DecodeMode.STRICT).build();
    assertThatThrownBy(() -> strict.read(Fixtures.text("wep-calico-docs-1.yaml")))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.problem()).isEqualTo("duplicate field \"endpoint\"");
              assertThat(e.path()).isEqualTo("spec.endpoint");
              assertThat(e.line()).isEqualTo(18);
              assertThat(e.column()).isEqualTo(3);
              assertThat(e.getMessage()).contains("line 18, column 3");
            });
  }

  @Test
  void readsEachShapeOfTheCalicoctlInputs() {
    List<ResourceDocument> multi =
        YAML.readDocuments(Fixtures.text("wep-calicoctl-st-multidoc-1.yaml"));
    assertThat(multi)
        .extracting(d -> d.endpoint().metadata().name())
        .containsExactly("node1-k8s-abcd-eth0", "node2-cni-container1234-eth0");

    assertThat(YAML.readList(Fixtures.text("wep-calicoctl-st-list-1.yaml")).items())
        .extracting(wep -> wep.metadata().name())
        .containsExactly("node1-k8s-abcd-eth0", "node2-cni-container1234-eth0");

    ResourceDocument sequence = YAML.readDocument(Fixtures.text("wep-calicoctl-st-seq-1.yaml"));
    assertThat(sequence.shape()).isEqualTo(ResourceDocument.Shape.ARRAY);
    assertThat(sequence.endpoints()).hasSize(2);

    // The three shapes hold the same two endpoints.
    assertThat(sequence.endpoints())
        .isEqualTo(YAML.readAll(Fixtures.text("wep-calicoctl-st-multidoc-1.yaml")));
  }

  private static String name(Path fixture) {
    return fixture.getFileName().toString();
  }
}
