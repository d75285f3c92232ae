// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.Protocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Violation} and {@link ValidationResult} as values: equality over every part, hash codes,
 * truncation that never splits a surrogate pair, and the shared empty result.
 */
class ViolationValueTest {
  private static final Violation V =
      Violation.of("spec.node", ViolationType.INVALID, "Node1", "use lower case");

  @Test
  void equalsItselfAnEqualCopyAndNothingElse() {
    assertThat(V.equals(V)).isTrue();
    Violation copy = Violation.of("spec.node", ViolationType.INVALID, "Node1", "use lower case");
    assertThat(V.equals(copy)).isTrue();
    assertThat(V.hashCode()).isEqualTo(copy.hashCode());
    assertThat(V.equals(null)).isFalse();
    assertThat(V.equals(V.toString())).isFalse();
    Violation noValue = Violation.of("spec.node", ViolationType.REQUIRED, null, "required");
    assertThat(noValue.equals(Violation.of("spec.node", ViolationType.REQUIRED, null, "required")))
        .isTrue();
  }

  @Test
  void eachPartTakesPartInEqualityAndTheHashCode() {
    List<Violation> others =
        List.of(
            Violation.of("spec.pod", ViolationType.INVALID, "Node1", "use lower case"),
            Violation.of("spec.node", ViolationType.TOO_LONG, "Node1", "use lower case"),
            Violation.of("spec.node", ViolationType.INVALID, "Node2", "use lower case"),
            Violation.of("spec.node", ViolationType.INVALID, null, "use lower case"),
            Violation.of("spec.node", ViolationType.INVALID, "Node1", "use upper case"));
    for (Violation other : others) {
      assertThat(V.equals(other)).as("%s", other).isFalse();
      assertThat(other.equals(V)).as("%s", other).isFalse();
      assertThat(V.hashCode()).as("%s", other).isNotEqualTo(other.hashCode());
    }
  }

  @Test
  void truncationKeepsSurrogatePairsWhole() {
    String smiley = "\ud83d\ude00";
    // The pair would straddle the cut at 100: it goes, whole.
    Violation straddling =
        Violation.of("p", ViolationType.INVALID, "x".repeat(99) + smiley + "y", "d");
    assertThat(straddling.value()).isEqualTo("x".repeat(99) + "...");
    // The pair ends at 100: it stays.
    Violation fitting =
        Violation.of("p", ViolationType.INVALID, "x".repeat(98) + smiley + "y", "d");
    assertThat(fitting.value()).isEqualTo("x".repeat(98) + smiley + "...");
    assertThat(Violation.of("p", ViolationType.INVALID, "x".repeat(101), "d").value())
        .isEqualTo("x".repeat(100) + "...");
  }

  @Test
  void toStringQuotesTheValueAndLeavesItOutWhenThereIsNone() {
    assertThat(V.toString()).isEqualTo("spec.node: invalid value \"Node1\": use lower case");
    assertThat(Violation.of("spec.pod", ViolationType.REQUIRED, null, "set it").toString())
        .isEqualTo("spec.pod: required value: set it");
    assertThat(Violation.of("a", ViolationType.DUPLICATE, "say \"hi\"", "d").toString())
        .isEqualTo("a: duplicate value \"say \\\"hi\\\"\": d");
  }

  @Test
  void ofCopiesItsListsAndSharesTheEmptyResult() {
    assertThat(ValidationResult.of(List.of(), List.of())).isSameAs(ValidationResult.valid());
    List<Violation> errors = new ArrayList<>(List.of(V));
    ValidationResult result = ValidationResult.of(errors, List.of());
    errors.clear();
    assertThat(result.errors()).containsExactly(V);
    assertThat(result.isValid()).isFalse();
    assertThat(result.warnings()).isEmpty();
    assertThatThrownBy(() -> result.errors().add(V))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(result.toString())
        .isEqualTo(
            "invalid: 1 error, 0 warnings\n  error: spec.node: invalid value \"Node1\": use lower"
                + " case");
    ValidationResult warned = ValidationResult.of(List.of(), List.of(V, V));
    assertThat(warned.isValid()).isTrue();
    assertThat(warned.toString())
        .isEqualTo(
            "valid: 0 errors, 2 warnings\n"
                + "  warning: spec.node: invalid value \"Node1\": use lower case\n"
                + "  warning: spec.node: invalid value \"Node1\": use lower case");
    assertThat(ValidationResult.valid().toString()).isEqualTo("valid");
  }

  @Test
  void theExceptionListsEveryError() {
    Violation other = Violation.of("spec.pod", ViolationType.REQUIRED, null, "set it");
    ValidationResult result = ValidationResult.of(List.of(V, other), List.of());
    assertThatThrownBy(result::throwIfInvalid)
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "validation failed with 2 errors\n"
                + "  - spec.node: invalid value \"Node1\": use lower case\n"
                + "  - spec.pod: required value: set it");
    assertThatThrownBy(ValidationResult.of(List.of(other), List.of())::throwIfInvalid)
        .hasMessage("validation failed with 1 error\n  - spec.pod: required value: set it");
  }

  @Test
  void protocolChecksAreFalseForNull() {
    assertThat(Protocols.isValid(null)).isFalse();
    assertThat(Protocols.isValidName(null)).isFalse();
    assertThat(Protocols.supportsPorts(null)).isFalse();
    assertThat(Protocols.isValidForPort(null)).isFalse();
    assertThat(Protocols.isValidForPort(Protocol.TCP)).isTrue();
  }
}
