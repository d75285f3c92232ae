// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.WorkloadEndpointCodec;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import dev.wepkit.json.WorkloadEndpointJson;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The per-resource API of both codecs: one result per resource, reading on after a resource that
 * cannot be bound, stopping at text that cannot be read, each failure with its reason. Expected
 * positions are counted by hand in the inputs below.
 */
class DecodeEachTest {
  private static final WorkloadEndpointCodec YAML = WorkloadEndpointYaml.create();
  private static final WorkloadEndpointCodec STRICT_YAML =
      WorkloadEndpointYaml.builder().mode(DecodeMode.STRICT).build();
  private static final WorkloadEndpointCodec JSON = WorkloadEndpointJson.create();
  private static final WorkloadEndpointCodec STRICT_JSON =
      WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).build();

  private static String wep(String name, String extraSpec) {
    return "{\"apiVersion\": \"projectcalico.org/v3\", \"kind\": \"WorkloadEndpoint\","
        + " \"metadata\": {\"name\": \""
        + name
        + "\", \"namespace\": \"ns\"}, \"spec\": {\"node\": \"n1\""
        + extraSpec
        + "}}";
  }

  private static List<String> names(List<DecodedResource> results) {
    return results.stream()
        .map(r -> r.name().orElse("?") + (r.isOk() ? ":ok" : ":failed"))
        .collect(Collectors.toList());
  }

  @Test
  void aListWithABadMiddleItemGivesThreeResultsInJson() {
    String text =
        "{\"apiVersion\": \"projectcalico.org/v3\", \"kind\": \"WorkloadEndpointList\", \"items\": [\n"
            + wep("a", "")
            + ",\n"
            + wep("b", ", \"ports\": [{\"name\": \"p\", \"port\": \"eighty\"}]")
            + ",\n"
            + wep("c", "")
            + "]}";
    List<DecodedResource> results = JSON.decodeAll(text);
    assertEquals(List.of("a:ok", "b:failed", "c:ok"), names(results));
    DecodedResource bad = results.get(1);
    assertEquals(1, bad.index());
    assertEquals(1, bad.itemIndex());
    assertEquals(3, bad.line());
    assertEquals(1, bad.column());
    WorkloadEndpointDecodeException e = bad.failure().orElseThrow();
    assertEquals(Reason.BINDING, e.reason());
    assertEquals("items[1].spec.ports[0].port", e.path());
    assertEquals("eighty", e.value());
    assertEquals(3, e.line());
    assertFalse(bad.endpoint().isPresent());
    assertEquals("b", bad.partialEndpoint().orElseThrow().metadata().name());
    assertEquals(2, results.get(2).index());
    assertEquals(4, results.get(2).line());
  }

  @Test
  void readAllStillThrowsForTheFirstBadItem() {
    String text =
        "{\"apiVersion\": \"projectcalico.org/v3\", \"kind\": \"WorkloadEndpointList\", \"items\": ["
            + wep("a", ", \"ports\": [{\"name\": \"p\", \"port\": -1}]")
            + "]}";
    WorkloadEndpointDecodeException e =
        assertThrows(WorkloadEndpointDecodeException.class, () -> JSON.readAll(text));
    assertEquals(Reason.BINDING, e.reason());
    assertEquals("items[0].spec.ports[0].port", e.path());
  }

  @Test
  void documentsGoOnAfterABindingFailureAndStopAtSyntax() {
    String text =
        "apiVersion: projectcalico.org/v3\n"
            + "kind: WorkloadEndpoint\n"
            + "metadata: {name: a, namespace: ns}\n"
            + "---\n"
            + "apiVersion: projectcalico.org/v3\n"
            + "kind: WorkloadEndpoint\n"
            + "metadata: {name: b, namespace: ns}\n"
            + "spec: {ipNetworks: {a: b}}\n"
            + "---\n"
            + "apiVersion: projectcalico.org/v3\n"
            + "kind: WorkloadEndpoint\n"
            + "metadata: {name: c, namespace: ns}\n"
            + "---\n"
            + "metadata: {name: [unclosed\n";
    List<DecodedResource> results = YAML.decodeAll(text);
    assertEquals(4, results.size());
    assertEquals(List.of("a:ok", "b:failed", "c:ok"), names(results.subList(0, 3)));
    assertEquals(1, results.get(1).documentIndex());
    assertEquals(-1, results.get(1).itemIndex());
    assertEquals(5, results.get(1).line());
    assertEquals(Reason.BINDING, results.get(1).failure().orElseThrow().reason());
    assertEquals("spec.ipNetworks", results.get(1).failure().orElseThrow().path());
    assertEquals(8, results.get(1).failure().orElseThrow().line());
    DecodedResource last = results.get(3);
    assertEquals(3, last.documentIndex());
    WorkloadEndpointDecodeException syntax = last.failure().orElseThrow();
    assertEquals(Reason.SYNTAX, syntax.reason());
    assertFalse(syntax.reason().isRecoverable());
  }

  @Test
  void aTopLevelSequenceGivesOneResultPerElement() {
    String text =
        "- apiVersion: projectcalico.org/v3\n"
            + "  kind: WorkloadEndpoint\n"
            + "  metadata: {name: a, namespace: ns}\n"
            + "- apiVersion: v1\n"
            + "  kind: Pod\n"
            + "  metadata: {name: p}\n"
            + "- apiVersion: projectcalico.org/v3\n"
            + "  kind: WorkloadEndpoint\n"
            + "  metadata: {name: c, namespace: ns}\n";
    List<DecodedResource> results = YAML.decodeAll(text);
    assertEquals(3, results.size());
    assertTrue(results.get(0).isOk());
    assertEquals(Reason.UNSUPPORTED_RESOURCE, results.get(1).failure().orElseThrow().reason());
    assertEquals(1, results.get(1).itemIndex());
    assertEquals(4, results.get(1).line());
    assertEquals(3, results.get(1).column());
    assertTrue(results.get(2).isOk());
  }

  @Test
  void strictReportsEveryUnknownFieldAndDuplicateOfAResource() {
    String text =
        "{\"apiVersion\": \"projectcalico.org/v3\", \"kind\": \"WorkloadEndpoint\",\n"
            + " \"metadata\": {\"name\": \"a\", \"colour\": \"red\"},\n"
            + " \"spec\": {\"node\": \"n1\", \"node\": \"n2\", \"size\": 3}}";
    WorkloadEndpointDecodeException e =
        assertThrows(WorkloadEndpointDecodeException.class, () -> STRICT_JSON.read(text));
    List<String> seen =
        e.problems().stream()
            .map(p -> p.reason() + " " + p.path() + " " + p.line())
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "UNKNOWN_FIELD metadata.colour 2",
            "DUPLICATE_KEY spec.node 3",
            "UNKNOWN_FIELD spec.size 3"),
        seen);
    assertEquals(Reason.UNKNOWN_FIELD, e.reason());
    assertEquals("metadata.colour", e.path());
    assertTrue(e.getMessage().endsWith("(and 2 more problems)"), e.getMessage());
  }

  @Test
  void strictYamlReportsTheSameProblems() {
    String text =
        "apiVersion: projectcalico.org/v3\n"
            + "kind: WorkloadEndpoint\n"
            + "metadata:\n"
            + "  name: a\n"
            + "  colour: red\n"
            + "spec:\n"
            + "  node: n1\n"
            + "  node: n2\n";
    List<DecodedResource> results = STRICT_YAML.decodeAll(text);
    assertEquals(1, results.size());
    List<WorkloadEndpointDecodeException> problems =
        results.get(0).failure().orElseThrow().problems();
    assertEquals(2, problems.size());
    assertEquals(Reason.UNKNOWN_FIELD, problems.get(0).reason());
    assertEquals(5, problems.get(0).line());
    assertEquals(3, problems.get(0).column());
    assertEquals(Reason.DUPLICATE_KEY, problems.get(1).reason());
    assertEquals("spec.node", problems.get(1).path());
    assertEquals(8, problems.get(1).line());
    // Go's encoding/json keeps the last of two equal keys.
    assertEquals("n2", results.get(0).partialEndpoint().orElseThrow().spec().node());
  }

  @Test
  void lenientWarnsAndReadsWhatStrictRefuses() {
    String text =
        "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nmetadata: {name: a, name: b}\n";
    DecodedResource r = YAML.decodeAll(text).get(0);
    assertTrue(r.isOk());
    assertEquals("b", r.name().orElseThrow(), "the last of two equal keys wins, as in Go");
    assertEquals(1, r.warnings().size());
    assertEquals(
        Reason.DUPLICATE_KEY, STRICT_YAML.decodeAll(text).get(0).failure().orElseThrow().reason());
  }

  @Test
  void aLegacyV1DocumentIsUnsupportedBeforeItsUnknownFields() {
    String text =
        "apiVersion: v1\nkind: workloadEndpoint\nmetadata: {name: a, workload: w}\nspec: {}\n";
    WorkloadEndpointDecodeException e = STRICT_YAML.decodeAll(text).get(0).failure().orElseThrow();
    assertEquals(Reason.UNSUPPORTED_RESOURCE, e.reason());
    assertEquals(1, e.problems().size());
  }

  @Test
  void aListOfAnotherKindIsRefusedOnceNotPerItem() {
    String text =
        "apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: p1}\n- metadata: {name: p2}\n";
    List<DecodedResource> results = YAML.decodeAll(text);
    assertEquals(1, results.size());
    WorkloadEndpointDecodeException e = results.get(0).failure().orElseThrow();
    assertEquals(Reason.UNSUPPORTED_RESOURCE, e.reason());
    assertTrue(e.getMessage().contains("PodList"), e.getMessage());
  }

  @Test
  void aGenericListIsReadItemByItem() {
    String text =
        "apiVersion: v1\n"
            + "kind: List\n"
            + "items:\n"
            + "- apiVersion: projectcalico.org/v3\n"
            + "  kind: WorkloadEndpoint\n"
            + "  metadata: {name: a, namespace: ns}\n"
            + "- apiVersion: v1\n"
            + "  kind: Service\n"
            + "  metadata: {name: s}\n";
    List<DecodedResource> results = YAML.decodeAll(text);
    assertEquals(2, results.size());
    assertEquals("a", results.get(0).endpoint().orElseThrow().metadata().name());
    assertEquals(Reason.UNSUPPORTED_RESOURCE, results.get(1).failure().orElseThrow().reason());
    assertEquals(7, results.get(1).line());
  }

  @Test
  void decodeEachStopsAtTheFirstUnreadableText() {
    String text = wep("a", "") + "\n{\"apiVersion\": ";
    List<DecodedResource> results = JSON.decodeEach(text).collect(Collectors.toList());
    assertEquals(2, results.size());
    assertTrue(results.get(0).isOk());
    WorkloadEndpointDecodeException e = results.get(1).failure().orElseThrow();
    assertEquals(Reason.SYNTAX, e.reason());
    assertEquals(2, e.line());
  }

  @Test
  void aScalarValueIsKeptWithABindingFailure() {
    String text =
        "apiVersion: projectcalico.org/v3\n"
            + "kind: WorkloadEndpoint\n"
            + "metadata: {name: a}\n"
            + "spec:\n"
            + "  ports:\n"
            + "  - {name: p, port: 70000}\n";
    WorkloadEndpointDecodeException e = YAML.decodeAll(text).get(0).failure().orElseThrow();
    assertEquals("70000", e.value());
    assertEquals(6, e.line());
    assertEquals(21, e.column());
    assertEquals("spec.ports[0].port", e.path());
  }

  @Test
  void anObjectValueHasNoScalarValue() {
    String text = "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nspec: {node: [x]}\n";
    WorkloadEndpointDecodeException e = YAML.decodeAll(text).get(0).failure().orElseThrow();
    assertEquals(Reason.BINDING, e.reason());
    assertNull(e.value());
  }
}
