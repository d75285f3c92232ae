// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.IPNAT;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The result types, their text, standalone paths and the builder. */
class ValidatorApiTest {
  private static final WorkloadEndpointValidator VALIDATOR = WorkloadEndpointValidator.create();

  private static WorkloadEndpointSpec specWithPort(Protocol protocol) {
    return WorkloadEndpointSpec.builder()
        .interfaceName("cali0")
        .addPort(WorkloadEndpointPort.builder().name("http").protocol(protocol).port(80).build())
        .build();
  }

  @Test
  void violationText() {
    Violation v = VALIDATOR.validate(specWithPort(Protocol.of("tcp"))).errors().get(0);
    assertThat(v.toString())
        .isEqualTo(
            "spec.ports[0].protocol: unsupported value \"tcp\": use TCP, UDP or SCTP (protocol"
                + " names are case-sensitive)");
    assertThat(v.type()).isEqualTo(ViolationType.NOT_SUPPORTED);
    assertThat(v.type().jsonName()).isEqualTo("NotSupported");
    assertThat(v.value()).isEqualTo("tcp");

    Violation required = VALIDATOR.validate(WorkloadEndpointSpec.builder().build()).errors().get(0);
    assertThat(required.value()).isNull();
    assertThat(required.toString()).startsWith("spec.interfaceName: required value: ");
  }

  @Test
  void controlCharactersAreEscapedInText() {
    Violation v =
        VALIDATOR
            .validate(WorkloadEndpointSpec.builder().interfaceName("eth0\n").build())
            .errors()
            .get(0);
    assertThat(v.value()).isEqualTo("eth0\n");
    assertThat(v.toString()).contains("\"eth0\\n\"").doesNotContain("\n");
  }

  @Test
  void longValuesAreTruncated() {
    String name = "x".repeat(300);
    Violation v =
        VALIDATOR
            .validate(WorkloadEndpointSpec.builder().interfaceName(name).build())
            .errors()
            .get(0);
    assertThat(v.type()).isEqualTo(ViolationType.TOO_LONG);
    assertThat(v.value()).hasSize(Violation.MAX_VALUE_LENGTH + 3).endsWith("...");
    assertThat(Violation.of("p", ViolationType.INVALID, "x".repeat(100), "d").value()).hasSize(100);
  }

  @Test
  void jsonNamesRoundTrip() {
    for (ViolationType type : ViolationType.values()) {
      assertThat(ViolationType.fromJsonName(type.jsonName())).isSameAs(type);
    }
    assertThat(List.of(ViolationType.values()))
        .extracting(ViolationType::jsonName)
        .containsExactly("Required", "Invalid", "NotSupported", "TooLong", "Duplicate");
    assertThatThrownBy(() -> ViolationType.fromJsonName("Forbidden"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resultAndException() {
    ValidationResult valid = VALIDATOR.validate(specWithPort(Protocol.TCP));
    assertThat(valid.isValid()).isTrue();
    assertThat(valid.throwIfInvalid()).isSameAs(valid);
    assertThat(valid).isSameAs(ValidationResult.valid());

    ValidationResult invalid =
        VALIDATOR.validate(
            WorkloadEndpointSpec.builder()
                .addPort(
                    WorkloadEndpointPort.builder()
                        .name("http")
                        .protocol(Protocol.NONE)
                        .port(80)
                        .build())
                .build());
    assertThat(invalid.errors()).hasSize(2);
    assertThatThrownBy(() -> invalid.errors().add(invalid.errors().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(invalid::throwIfInvalid)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.result()).isSameAs(invalid);
              assertThat(e.getMessage())
                  .startsWith("validation failed with 2 errors")
                  .contains(invalid.errors().get(0).toString())
                  .contains(invalid.errors().get(1).toString());
            });
    assertThat(invalid.toString())
        .startsWith("invalid: 2 errors, 0 warnings\n  error: spec.interfaceName");
  }

  @Test
  void warningsNeverInvalidate() {
    WorkloadEndpointPort a =
        WorkloadEndpointPort.builder().name("p").protocol(Protocol.TCP).port(1).build();
    ValidationResult result =
        VALIDATOR.validate(
            WorkloadEndpointSpec.builder().interfaceName("cali0").addPorts(a, a).build());
    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings()).hasSize(1);
    assertThat(result.throwIfInvalid()).isSameAs(result);
    assertThat(result.toString())
        .startsWith("valid: 0 errors, 1 warning\n  warning: spec.ports[1].name");
    assertThat(ValidationResult.of(List.of(), result.warnings()).warnings())
        .isEqualTo(result.warnings());
  }

  @Test
  void standaloneValuesUseRelativePaths() {
    assertThat(
            SpecRulesTest.describe(
                VALIDATOR
                    .validatePort(
                        WorkloadEndpointPort.builder()
                            .protocol(Protocol.of("ICMP"))
                            .hostIP("x")
                            .build())
                    .errors()))
        .containsExactly(
            "name Required", "protocol NotSupported", "port Required", "hostIP Invalid");
    // A CIDR still has a version to compare (Calico parses it), so the mismatch is reported too.
    assertThat(
            SpecRulesTest.describe(VALIDATOR.validate(IPNAT.of("10.0.0.1/8", "aabb::1")).errors()))
        .containsExactly("internalIP Invalid", "externalIP Invalid");
    // Garbage has none (Go panics there), so only the address itself is reported.
    assertThat(SpecRulesTest.describe(VALIDATOR.validate(IPNAT.of("garbage", "aabb::1")).errors()))
        .containsExactly("internalIP Invalid");
    assertThat(VALIDATOR.validate(IPNAT.of("", "")).isValid()).isTrue();
    assertThat(SpecRulesTest.describe(VALIDATOR.validateProfiles(List.of("ok", "Bad")).errors()))
        .containsExactly("spec.profiles[1] Invalid");
  }

  @Test
  void objectMetaDoesNotRequireANamespace() {
    assertThat(VALIDATOR.validate(ObjectMeta.builder().name("a").namespace("").build()).isValid())
        .isTrue();
  }

  @Test
  void builder() {
    assertThat(WorkloadEndpointValidator.create().identityCheck()).isFalse();
    assertThat(WorkloadEndpointValidator.builder().build())
        .isSameAs(WorkloadEndpointValidator.create());
    WorkloadEndpointValidator identity =
        WorkloadEndpointValidator.builder().identityCheck(true).build();
    assertThat(identity.identityCheck()).isTrue();
    assertThat(identity.toString()).isEqualTo("WorkloadEndpointValidator{identityCheck=true}");
  }

  @Test
  void nullArgumentsAreProgrammingErrors() {
    assertThatThrownBy(() -> VALIDATOR.validate((WorkloadEndpoint) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> VALIDATOR.validateProfiles(null))
        .isInstanceOf(NullPointerException.class);
  }
}
