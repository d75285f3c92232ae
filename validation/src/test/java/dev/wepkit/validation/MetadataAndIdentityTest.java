// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ImmutableWorkloadEndpoint;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metadata rules, the identity check and the client's create and update rules. */
class MetadataAndIdentityTest {
  private static final WorkloadEndpointValidator PLAIN = WorkloadEndpointValidator.create();
  private static final WorkloadEndpointValidator IDENTITY =
      WorkloadEndpointValidator.builder().identityCheck(true).build();

  // node1 / k8s / pod1 / eth0 derive to this name.
  private static final String NAME = "node1-k8s-pod1-eth0";

  private static ImmutableWorkloadEndpoint wep(ObjectMeta meta) {
    return WorkloadEndpoint.builder().metadata(meta).spec(SpecRulesTest.BASE).build();
  }

  private static ImmutableObjectMeta meta(String name) {
    return ObjectMeta.builder().name(name).namespace("ns1").build();
  }

  private static List<String> errors(ValidationResult result) {
    return SpecRulesTest.describe(result.errors());
  }

  @Test
  void nameRules() {
    assertThat(errors(PLAIN.validate(meta(NAME)))).isEmpty();
    assertThat(errors(PLAIN.validate(meta("x".repeat(253))))).isEmpty();
    assertThat(errors(PLAIN.validate(meta("x".repeat(254)))))
        .containsExactly("metadata.name TooLong");
    // Too long and badly formed: still one violation for the one value.
    assertThat(errors(PLAIN.validate(meta("X".repeat(254)))))
        .containsExactly("metadata.name TooLong");
    assertThat(errors(PLAIN.validate(meta("test$set")))).containsExactly("metadata.name Invalid");
    assertThat(errors(PLAIN.validate(meta("Node1-k8s")))).containsExactly("metadata.name Invalid");
  }

  @Test
  void emptyNameFailsCalicosValidatorWithoutTheIdentityCheck() {
    // validateObjectMeta runs the name pattern on "", which does not match; only the client fills
    // the name in first.
    ValidationResult result = PLAIN.validate(wep(meta("")));
    assertThat(errors(result)).containsExactly("metadata.name Invalid");
    assertThat(result.errors().get(0).value()).isEmpty();
    assertThat(errors(IDENTITY.validate(wep(meta(""))))).isEmpty();
  }

  @Test
  void namespaceIsNotFormatChecked() {
    assertThat(
            errors(
                PLAIN.validate(ObjectMeta.builder().name("a").namespace("Not_A_Valid_NS").build())))
        .isEmpty();
    assertThat(errors(PLAIN.validate(wep(meta(NAME).withNamespace(""))))).isEmpty();
  }

  @Test
  void labelsInSortedKeyOrderWithKeyBeforeValue() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("ok", "y".repeat(64));
    labels.put("b/c/d", "x");
    labels.put("$", "-");
    labels.put("fine", "value");
    labels.put("a", "-bad");
    ValidationResult result = PLAIN.validate(meta("a").withLabels(labels));
    assertThat(errors(result))
        .containsExactly(
            "metadata.labels[$] Invalid",
            "metadata.labels[$] Invalid",
            "metadata.labels[a] Invalid",
            "metadata.labels[b/c/d] Invalid",
            "metadata.labels[ok] TooLong");
    assertThat(result.errors().get(0).value()).isEqualTo("$");
    assertThat(result.errors().get(1).value()).isEqualTo("-");
    assertThat(errors(PLAIN.validateLabels(labels))).isEqualTo(errors(result));
  }

  @Test
  void annotationKeysAreCheckedInLowerCase() {
    Map<String, String> ok = new LinkedHashMap<>();
    ok.put("ProjectCalico.org/Label", "v");
    ok.put("X_Y", "");
    ok.put("\u212A", "kelvin sign lower-cases to k, as in Go"); // U+212A KELVIN SIGN
    assertThat(errors(PLAIN.validate(meta("a").withAnnotations(ok)))).isEmpty();

    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("z/y/x", "");
    bad.put("projectcalico.org$label", "value");
    assertThat(errors(PLAIN.validate(meta("a").withAnnotations(bad))))
        .containsExactly(
            "metadata.annotations[projectcalico.org$label] Invalid",
            "metadata.annotations[z/y/x] Invalid");
  }

  @Test
  void annotationSizeLimitCountsUtf8BytesOfKeysAndValues() {
    String limitValue = "x".repeat(256 * 1024 - 1);
    assertThat(errors(PLAIN.validate(meta("a").withAnnotations(Map.of("k", limitValue)))))
        .isEmpty();
    assertThat(errors(PLAIN.validate(meta("a").withAnnotations(Map.of("k", limitValue + "x")))))
        .containsExactly("metadata.annotations TooLong");
    // 1 + 2 * 131072 bytes.
    ValidationResult result =
        PLAIN.validate(meta("a").withAnnotations(Map.of("k", "\u00e9".repeat(131072))));
    assertThat(errors(result)).containsExactly("metadata.annotations TooLong");
    assertThat(result.errors().get(0).detail()).contains("too large by 1 bytes");
  }

  @Test
  void identityMismatch() {
    ValidationResult result = IDENTITY.validate(wep(meta("node1-k8s-other-eth0")));
    assertThat(errors(result)).containsExactly("metadata.name Invalid");
    assertThat(result.errors().get(0).detail())
        .isEqualTo(
            "does not match the primary identifiers assigned in the spec: expected name " + NAME);
    assertThat(errors(PLAIN.validate(wep(meta("node1-k8s-other-eth0"))))).isEmpty();
  }

  @Test
  void identityNeedsTheNamespace() {
    assertThat(errors(IDENTITY.validate(wep(meta(NAME).withNamespace("")))))
        .containsExactly("metadata.namespace Required");
  }

  @Test
  void identityReportsDerivationFailuresAtTheSpecField() {
    assertThat(errors(IDENTITY.validate(wep(meta("")).withSpec(SpecRulesTest.BASE.withPod("")))))
        .containsExactly("spec.pod Required");
    assertThat(errors(IDENTITY.validate(wep(meta(NAME)).withSpec(SpecRulesTest.BASE.withNode("")))))
        .containsExactly("spec.node Required");
    assertThat(
            errors(
                IDENTITY.validate(wep(meta("")).withSpec(SpecRulesTest.BASE.withOrchestrator("")))))
        .containsExactly("spec.orchestrator Required");
    // cni uses the container ID.
    assertThat(
            errors(
                IDENTITY.validate(
                    wep(meta("")).withSpec(SpecRulesTest.BASE.withOrchestrator("cni")))))
        .containsExactly("spec.containerID Required");
    // A leading dash breaks the name rule at spec.pod already: still one violation there.
    assertThat(errors(IDENTITY.validate(wep(meta("")).withSpec(SpecRulesTest.BASE.withPod("-p")))))
        .containsExactly("spec.pod Invalid");
  }

  @Test
  void identityChecksTheDerivedNameItFillsIn() {
    // Calico fills in "Node1-k8s-pod1-eth0", which then fails the name pattern.
    ValidationResult result =
        IDENTITY.validate(wep(meta("")).withSpec(SpecRulesTest.BASE.withNode("Node1")));
    assertThat(errors(result)).containsExactly("metadata.name Invalid", "spec.node Invalid");
    assertThat(result.errors().get(0).value()).isEqualTo("Node1-k8s-pod1-eth0");
  }

  @Test
  void createRules() {
    assertThat(errors(PLAIN.validateForCreate(wep(meta(""))))).isEmpty();
    assertThat(errors(PLAIN.validateForCreate(wep(meta(NAME))))).isEmpty();
    ValidationResult result = PLAIN.validateForCreate(wep(meta(NAME).withResourceVersion("12345")));
    assertThat(errors(result)).containsExactly("metadata.resourceVersion Invalid");
    assertThat(result.errors().get(0).value()).isEqualTo("12345");
    assertThat(result.errors().get(0).detail())
        .isEqualTo("field must not be set for a Create request");
    assertThat(errors(PLAIN.validateForCreate(wep(meta("wrong")))))
        .containsExactly("metadata.name Invalid");
    // uid and creationTimestamp may be set: Calico keeps or fills them.
    assertThat(
            errors(
                PLAIN.validateForCreate(wep(meta(NAME).withUid("u").withCreationTimestamp("t")))))
        .isEmpty();
  }

  @Test
  void updateRules() {
    assertThat(errors(PLAIN.validateForUpdate(wep(meta(NAME)))))
        .containsExactly(
            "metadata.resourceVersion Required",
            "metadata.uid Required",
            "metadata.creationTimestamp Required");
    assertThat(
            errors(
                PLAIN.validateForUpdate(
                    wep(
                        meta(NAME)
                            .withResourceVersion("7")
                            .withUid("u")
                            .withCreationTimestamp("2026-01-01T00:00:00Z")))))
        .isEmpty();
    assertThat(
            errors(
                PLAIN.validateForUpdate(
                    wep(
                        meta(NAME)
                            .withResourceVersion("7")
                            .withUid("u")
                            .withCreationTimestamp("")))))
        .containsExactly("metadata.creationTimestamp Required");
  }

  @Test
  void wholeEndpointOrder() {
    WorkloadEndpoint wep =
        WorkloadEndpoint.builder()
            .metadata(
                ObjectMeta.builder()
                    .name("BAD")
                    .namespace("")
                    .putLabel("z", "-")
                    .putLabel("a", "-")
                    .putAnnotation("$", "")
                    .build())
            .spec(
                SpecRulesTest.BASE
                    .withNode("")
                    .withIpNATs(IPNAT.of("1.1.1.1", "2.2.2.2"))
                    .withInterfaceName("")
                    .withPorts(
                        WorkloadEndpointPort.builder()
                            .name("p")
                            .protocol(Protocol.of("tcp"))
                            .port(1)
                            .build(),
                        WorkloadEndpointPort.builder()
                            .name("p")
                            .protocol(Protocol.TCP)
                            .port(2)
                            .build())
                    .withOrchestrator("K8S"))
            .build();
    ValidationResult result = IDENTITY.validate(wep);
    assertThat(errors(result))
        .containsExactly(
            "metadata.name Invalid",
            "metadata.namespace Required",
            "metadata.labels[a] Invalid",
            "metadata.labels[z] Invalid",
            "metadata.annotations[$] Invalid",
            "spec.orchestrator Invalid",
            "spec.interfaceName Required",
            "spec.ports[0].protocol NotSupported",
            "spec.ipNATs[0].internalIP Invalid",
            "spec.node Required");
    assertThat(SpecRulesTest.describe(result.warnings()))
        .containsExactly("spec.ports[1].name Duplicate");
    // The same endpoint always gives the same report.
    assertThat(IDENTITY.validate(wep).errors()).isEqualTo(result.errors());
  }
}
