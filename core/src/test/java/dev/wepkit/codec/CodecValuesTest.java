// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The codec's value types: positions, warnings, decode results, documents and decode exceptions.
 * Each expected text follows the documented form {@code path: message (document D, line L, column
 * C)}, with the parts that are unknown left out.
 */
class CodecValuesTest {
  private static final WorkloadEndpoint A = wep("a");
  private static final WorkloadEndpoint B = wep("b");

  private static WorkloadEndpoint wep(String name) {
    return WorkloadEndpoint.builder()
        .metadata(ObjectMeta.builder().name(name).namespace("ns").build())
        .spec(WorkloadEndpointSpec.builder().node("n").build())
        .build();
  }

  @Test
  void aPositionStartsAtLineAndColumnOne() {
    assertThat(SourcePosition.of(1, 1).line()).isEqualTo(1);
    assertThat(SourcePosition.of(3, 7).column()).isEqualTo(7);
    assertThat(SourcePosition.of(3, 7)).hasToString("3:7");
    assertThatThrownBy(() -> SourcePosition.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a position has a line and a column from 1, not 0:1");
    assertThatThrownBy(() -> SourcePosition.of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a position has a line and a column from 1, not 1:0");
  }

  @Test
  void positionsAreEqualByLineAndColumn() {
    SourcePosition p = SourcePosition.of(3, 7);
    assertThat(p).isEqualTo(SourcePosition.of(3, 7)).hasSameHashCodeAs(SourcePosition.of(3, 7));
    assertThat(p).isNotEqualTo(SourcePosition.of(3, 8)).isNotEqualTo(SourcePosition.of(4, 7));
    assertThat(p).isNotEqualTo("3:7");
    // 31 * line + column: (1, 32) and (2, 1) collide, (2, 1) and (1, 2) do not.
    assertThat(SourcePosition.of(2, 1).hashCode()).isEqualTo(63);
    assertThat(SourcePosition.of(2, 1).hashCode()).isNotEqualTo(SourcePosition.of(1, 2).hashCode());
  }

  @Test
  void findWalksUpToTheNearestEnclosingValue() {
    SourcePosition root = SourcePosition.of(1, 1);
    SourcePosition spec = SourcePosition.of(5, 3);
    SourcePosition ports = SourcePosition.of(8, 5);
    SourcePositions positions =
        SourcePositions.of(Map.of("", root, "spec", spec, "spec.ports", ports));

    assertThat(positions.get("spec")).contains(spec);
    assertThat(positions.get("spec.node")).isEmpty();
    assertThat(positions.find("spec.node")).contains(spec);
    assertThat(positions.find("spec.ports[2].port")).contains(ports);
    assertThat(positions.find("spec.ports[2]")).contains(ports);
    assertThat(positions.find("metadata.labels[app]")).contains(root);
    assertThat(positions.find("")).contains(root);
    assertThat(SourcePositions.of(Map.of("spec", spec)).find("metadata.name")).isEmpty();
    assertThat(SourcePositions.none().find("spec")).isEmpty();
    assertThatThrownBy(() -> positions.get(null)).hasMessage("path");
    assertThatThrownBy(() -> positions.find(null)).hasMessage("path");
  }

  @Test
  void theParentOfAPathIsOneStepUp() {
    assertThat(SourcePositions.parent("a.b[2]")).isEqualTo("a.b");
    assertThat(SourcePositions.parent("a.b")).isEqualTo("a");
    assertThat(SourcePositions.parent("a")).isEqualTo("");
    assertThat(SourcePositions.parent("labels[a.b]")).isEqualTo("labels");
    // A "]" without its "[" is part of a name.
    assertThat(SourcePositions.parent("a.b]")).isEqualTo("a");
  }

  @Test
  void positionsAreValues() {
    SourcePositions one = SourcePositions.of(Map.of("spec", SourcePosition.of(2, 3)));
    assertThat(SourcePositions.of(Map.of())).isSameAs(SourcePositions.none());
    assertThat(SourcePositions.none().isEmpty()).isTrue();
    assertThat(one.isEmpty()).isFalse();
    assertThat(one.asMap()).containsExactly(Map.entry("spec", SourcePosition.of(2, 3)));
    assertThatThrownBy(() -> one.asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(one)
        .isEqualTo(SourcePositions.of(Map.of("spec", SourcePosition.of(2, 3))))
        .hasSameHashCodeAs(SourcePositions.of(Map.of("spec", SourcePosition.of(2, 3))))
        .isNotEqualTo(SourcePositions.none())
        .isNotEqualTo(Map.of("spec", SourcePosition.of(2, 3)));
    assertThat(one).hasToString("SourcePositions{spec=2:3}");
  }

  @Test
  void aWarningDescribesItselfWithTheKnownPartsOfItsPosition() {
    assertThat(new DecodeWarning("spec.node", 3, 5, -1, "duplicate key"))
        .hasToString("spec.node: duplicate key (line 3, column 5)");
    assertThat(new DecodeWarning("spec.node", 3, -1, -1, "duplicate key"))
        .hasToString("spec.node: duplicate key (line 3)");
    assertThat(new DecodeWarning("spec.node", -1, -1, -1, "duplicate key"))
        .hasToString("spec.node: duplicate key");
    assertThat(new DecodeWarning("spec.node", 3, 5, 2, "duplicate key"))
        .hasToString("spec.node: duplicate key (document 2, line 3, column 5)");
    assertThat(new DecodeWarning("spec.node", -1, -1, 0, "duplicate key"))
        .hasToString("spec.node: duplicate key (document 0)");
    assertThat(new DecodeWarning("", 1, 1, -1, "duplicate key"))
        .hasToString("duplicate key (line 1, column 1)");
  }

  @Test
  void aWarningKeepsWhatItWasGivenAndIsEqualByAllOfIt() {
    DecodeWarning w = new DecodeWarning(DecodeWarning.Kind.LETTER_CASE, "spec.pod", 3, 5, 1, "m");
    assertThat(w.kind()).isEqualTo(DecodeWarning.Kind.LETTER_CASE);
    assertThat(w.path()).isEqualTo("spec.pod");
    assertThat(w.line()).isEqualTo(3);
    assertThat(w.column()).isEqualTo(5);
    assertThat(w.documentIndex()).isEqualTo(1);
    assertThat(w.message()).isEqualTo("m");
    assertThat(new DecodeWarning("p", 1, 1, -1, "m").kind())
        .isEqualTo(DecodeWarning.Kind.DUPLICATE_KEY);

    DecodeWarning same =
        new DecodeWarning(DecodeWarning.Kind.LETTER_CASE, "spec.pod", 3, 5, 1, "m");
    assertThat(w).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(w)
        .isNotEqualTo(new DecodeWarning(DecodeWarning.Kind.DUPLICATE_KEY, "spec.pod", 3, 5, 1, "m"))
        .isNotEqualTo(new DecodeWarning(DecodeWarning.Kind.LETTER_CASE, "spec.node", 3, 5, 1, "m"))
        .isNotEqualTo(new DecodeWarning(DecodeWarning.Kind.LETTER_CASE, "spec.pod", 4, 5, 1, "m"))
        .isNotEqualTo(new DecodeWarning(DecodeWarning.Kind.LETTER_CASE, "spec.pod", 3, 6, 1, "m"))
        .isNotEqualTo(new DecodeWarning(DecodeWarning.Kind.LETTER_CASE, "spec.pod", 3, 5, 2, "m"))
        .isNotEqualTo(new DecodeWarning(DecodeWarning.Kind.LETTER_CASE, "spec.pod", 3, 5, 1, "n"))
        .isNotEqualTo("spec.pod: m");
    assertThatThrownBy(() -> new DecodeWarning(null, "p", 1, 1, -1, "m")).hasMessage("kind");
    assertThatThrownBy(() -> new DecodeWarning(null, 1, 1, -1, "m")).hasMessage("path");
    assertThatThrownBy(() -> new DecodeWarning("p", 1, 1, -1, null)).hasMessage("message");
  }

  @Test
  void aDecodedResourceThatWasReadHasItsEndpointAndName() {
    DecodeWarning warning = new DecodeWarning("spec.node", 2, 3, -1, "duplicate key");
    DecodedResource ok = DecodedResource.ok(4, 1, 2, 7, 3, A, List.of(warning));
    assertThat(ok.isOk()).isTrue();
    assertThat(ok.index()).isEqualTo(4);
    assertThat(ok.documentIndex()).isEqualTo(1);
    assertThat(ok.itemIndex()).isEqualTo(2);
    assertThat(ok.line()).isEqualTo(7);
    assertThat(ok.column()).isEqualTo(3);
    assertThat(ok.name()).contains("a");
    assertThat(ok.endpoint()).contains(A);
    assertThat(ok.partialEndpoint()).isEmpty();
    assertThat(ok.failure()).isEmpty();
    assertThat(ok.warnings()).containsExactly(warning);
    assertThat(ok.positions()).isSameAs(SourcePositions.none());
    assertThat(ok).hasToString("DecodedResource[4 ok a]");
    assertThat(DecodedResource.ok(0, 0, -1, 1, 1, wep(""), List.of()).name()).isEmpty();
    assertThatThrownBy(() -> DecodedResource.ok(0, 0, -1, 1, 1, null, List.of()))
        .hasMessage("endpoint");
  }

  @Test
  void aDecodedResourceThatFailedHasItsFailureAndWhatWasBound() {
    WorkloadEndpointDecodeException failure =
        new WorkloadEndpointDecodeException(
            Reason.BINDING, "not a string", "spec.pod", "7", 2, 9, -1, null);
    DecodedResource failed = DecodedResource.failed(1, 0, -1, 1, 1, "a", A, failure, List.of());
    assertThat(failed.isOk()).isFalse();
    assertThat(failed.endpoint()).isEmpty();
    assertThat(failed.partialEndpoint()).contains(A);
    assertThat(failed.failure()).contains(failure);
    assertThat(failed.name()).contains("a");
    assertThat(failed)
        .hasToString("DecodedResource[1 failed: spec.pod: not a string (line 2, column 9)]");
    assertThat(DecodedResource.failed(1, 0, -1, 1, 1, null, null, failure, List.of()).name())
        .isEmpty();
    assertThat(DecodedResource.failed(1, 0, -1, 1, 1, "", null, failure, List.of()).name())
        .isEmpty();
    assertThatThrownBy(() -> DecodedResource.failed(1, 0, -1, 1, 1, "a", A, null, List.of()))
        .hasMessage("failure");

    SourcePositions positions = SourcePositions.of(Map.of("", SourcePosition.of(1, 1)));
    DecodedResource placed = failed.withPositions(positions);
    assertThat(placed.positions()).isSameAs(positions);
    assertThat(placed.index()).isEqualTo(1);
    assertThat(placed.documentIndex()).isEqualTo(0);
    assertThat(placed.itemIndex()).isEqualTo(-1);
    assertThat(placed.line()).isEqualTo(1);
    assertThat(placed.column()).isEqualTo(1);
    assertThat(placed.name()).contains("a");
    assertThat(placed.partialEndpoint()).contains(A);
    assertThat(placed.failure()).contains(failure);
    assertThat(failed.positions()).isSameAs(SourcePositions.none());
    assertThatThrownBy(() -> failed.withPositions(null)).hasMessage("positions");
  }

  @Test
  void documentsAnswerForTheirShapeOnly() {
    ResourceDocument one = ResourceDocument.of(A);
    WorkloadEndpointList list = WorkloadEndpointList.of(List.of(A, B));
    ResourceDocument many = ResourceDocument.of(list);
    ResourceDocument array = ResourceDocument.ofArray(List.of(one, many));

    assertThat(one.shape()).isEqualTo(ResourceDocument.Shape.ENDPOINT);
    assertThat(one.endpoint()).isEqualTo(A);
    assertThat(one.endpoints()).containsExactly(A);
    assertThat(one.elements()).isEmpty();
    assertThatThrownBy(one::list)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this document is a ENDPOINT, not a LIST");

    assertThat(many.shape()).isEqualTo(ResourceDocument.Shape.LIST);
    assertThat(many.list()).isEqualTo(list);
    assertThat(many.endpoints()).containsExactly(A, B);
    assertThatThrownBy(many::endpoint)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this document is a LIST, not an ENDPOINT");

    assertThat(array.shape()).isEqualTo(ResourceDocument.Shape.ARRAY);
    assertThat(array.elements()).containsExactly(one, many);
    assertThat(array.endpoints()).containsExactly(A, A, B);
    assertThatThrownBy(() -> array.endpoints().add(B))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ResourceDocument.ofArray(List.of(array)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an array document cannot hold another array");
    assertThatThrownBy(() -> ResourceDocument.of((WorkloadEndpoint) null)).hasMessage("endpoint");
    assertThatThrownBy(() -> ResourceDocument.of((WorkloadEndpointList) null)).hasMessage("list");
  }

  @Test
  void documentsAreValues() {
    ResourceDocument one = ResourceDocument.of(A);
    assertThat(one)
        .isEqualTo(ResourceDocument.of(wep("a")))
        .hasSameHashCodeAs(ResourceDocument.of(wep("a")));
    assertThat(one).isNotEqualTo(ResourceDocument.of(B)).isNotEqualTo(A);
    ResourceDocument list = ResourceDocument.of(WorkloadEndpointList.of(List.of(A)));
    assertThat(list).isEqualTo(ResourceDocument.of(WorkloadEndpointList.of(List.of(A))));
    assertThat(list).isNotEqualTo(ResourceDocument.of(WorkloadEndpointList.of(List.of(B))));
    assertThat(list).isNotEqualTo(ResourceDocument.ofArray(List.of(one)));
    assertThat(ResourceDocument.ofArray(List.of(one)))
        .isEqualTo(ResourceDocument.ofArray(List.of(ResourceDocument.of(A))))
        .isNotEqualTo(ResourceDocument.ofArray(List.of(ResourceDocument.of(B))));
    assertThat(one).isNotEqualTo(list);
    assertThat(one).hasToString(A.toString());
    assertThat(list).hasToString(WorkloadEndpointList.of(List.of(A)).toString());
    assertThat(ResourceDocument.ofArray(List.of(one, list)))
        .hasToString("[" + A + ", " + WorkloadEndpointList.of(List.of(A)) + "]");
  }

  @Test
  void aDecodeExceptionNamesItsPlace() {
    WorkloadEndpointDecodeException e =
        new WorkloadEndpointDecodeException(
            Reason.BINDING, "port out of range", "spec.ports[0].port", "70000", 4, 11, -1, null);
    assertThat(e).hasMessage("spec.ports[0].port: port out of range (line 4, column 11)");
    assertThat(e.reason()).isEqualTo(Reason.BINDING);
    assertThat(e.problem()).isEqualTo("port out of range");
    assertThat(e.path()).isEqualTo("spec.ports[0].port");
    assertThat(e.value()).isEqualTo("70000");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(11);
    assertThat(e.documentIndex()).isEqualTo(-1);
    assertThat(e.problems()).containsExactly(e);

    WorkloadEndpointDecodeException moved = e.inDocument(3);
    assertThat(moved)
        .hasMessage("spec.ports[0].port: port out of range (document 3, line 4, column 11)");
    assertThat(moved.documentIndex()).isEqualTo(3);
    assertThat(moved.value()).isEqualTo("70000");
    assertThat(moved.reason()).isEqualTo(Reason.BINDING);
  }

  @Test
  void severalProblemsReadAsTheFirstAndCarryAll() {
    IllegalStateException cause = new IllegalStateException("parser");
    WorkloadEndpointDecodeException first =
        new WorkloadEndpointDecodeException(
            Reason.UNKNOWN_FIELD, "unknown field", "metadata.x", null, 3, 5, -1, cause);
    WorkloadEndpointDecodeException second =
        new WorkloadEndpointDecodeException(
            Reason.UNKNOWN_FIELD, "unknown field", "spec.y", null, 9, 5, -1, null);
    WorkloadEndpointDecodeException third =
        new WorkloadEndpointDecodeException(
            Reason.DUPLICATE_KEY, "duplicate key", "spec.node", null, 10, 5, -1, null);

    assertThat(WorkloadEndpointDecodeException.of(List.of(first))).isSameAs(first);
    WorkloadEndpointDecodeException two =
        WorkloadEndpointDecodeException.of(List.of(first, second));
    assertThat(two).hasMessage("metadata.x: unknown field (line 3, column 5) (and 1 more problem)");
    assertThat(two.problems()).containsExactly(first, second);
    assertThat(two.path()).isEqualTo("metadata.x");
    assertThat(two.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
    assertThat(two.problem()).isEqualTo("unknown field");
    assertThat(two.value()).isNull();
    assertThat(two.line()).isEqualTo(3);
    assertThat(two.column()).isEqualTo(5);
    assertThat(two.documentIndex()).isEqualTo(-1);
    assertThat(two.getCause()).isSameAs(cause);

    // Nested groups are flattened.
    WorkloadEndpointDecodeException three = WorkloadEndpointDecodeException.of(List.of(two, third));
    assertThat(three)
        .hasMessage("metadata.x: unknown field (line 3, column 5) (and 2 more problems)");
    assertThat(three.problems()).containsExactly(first, second, third);

    WorkloadEndpointDecodeException moved = three.inDocument(1);
    assertThat(moved.problems())
        .extracting(WorkloadEndpointDecodeException::documentIndex)
        .containsExactly(1, 1, 1);
    assertThat(moved.problems())
        .extracting(WorkloadEndpointDecodeException::path)
        .containsExactly("metadata.x", "spec.y", "spec.node");
    assertThat(moved)
        .hasMessage(
            "metadata.x: unknown field (document 1, line 3, column 5) (and 2 more problems)");
    assertThat(moved.getCause()).isSameAs(cause);
    assertThatThrownBy(() -> WorkloadEndpointDecodeException.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no problems");
  }

  @Test
  void onlyUnreadableTextStopsAReader() {
    assertThat(Reason.SYNTAX.isRecoverable()).isFalse();
    assertThat(Reason.LIMIT.isRecoverable()).isFalse();
    assertThat(Reason.IO.isRecoverable()).isFalse();
    assertThat(Reason.BINDING.isRecoverable()).isTrue();
    assertThat(Reason.UNKNOWN_FIELD.isRecoverable()).isTrue();
    assertThat(Reason.DUPLICATE_KEY.isRecoverable()).isTrue();
    assertThat(Reason.UNSUPPORTED_RESOURCE.isRecoverable()).isTrue();
  }
}
