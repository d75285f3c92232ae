// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The document shapes PodViews accepts, and where it reports problems inside them. */
class PodViewsTest {
  private static String pod(String name) {
    return "{\"kind\": \"Pod\", \"apiVersion\": \"v1\", \"metadata\": {\"name\": \""
        + name
        + "\"}}";
  }

  private static List<String> names(List<PodView> pods) {
    return pods.stream().map(PodView::name).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void singlePod() {
    assertThat(names(PodViews.readAll(pod("a")))).containsExactly("a");
  }

  @Test
  void podList() {
    String list =
        "{\"kind\": \"PodList\", \"apiVersion\": \"v1\", \"metadata\": {\"resourceVersion\":"
            + " \"7\"}, \"items\": ["
            + pod("a")
            + ", {\"metadata\": {\"name\": \"b\"}}]}";

    assertThat(names(PodViews.readAll(list))).containsExactly("a", "b");
  }

  @Test
  void kubectlList() {
    // 'kubectl get pods -o json' prints kind: List.
    String list = "{\"kind\": \"List\", \"apiVersion\": \"v1\", \"items\": [" + pod("a") + "]}";

    assertThat(names(PodViews.readAll(list))).containsExactly("a");
  }

  @Test
  void listWithoutKindIsRecognisedByItsItems() {
    assertThat(names(PodViews.readAll("{\"items\": [" + pod("a") + "]}"))).containsExactly("a");
    assertThat(PodViews.readAll("{\"kind\": \"List\", \"items\": null}")).isEmpty();
  }

  @Test
  void arrayOfPodsAndLists() {
    String array =
        "["
            + pod("a")
            + ", {\"kind\": \"PodList\", \"items\": ["
            + pod("b")
            + ", "
            + pod("c")
            + "]}, ["
            + pod("d")
            + "]]";

    assertThat(names(PodViews.readAll(array))).containsExactly("a", "b", "c", "d");
  }

  @Test
  void readsAStream() {
    byte[] bytes = ("[" + pod("a") + "," + pod("b") + "]").getBytes(StandardCharsets.UTF_8);

    assertThat(names(PodViews.readAll(new ByteArrayInputStream(bytes)))).containsExactly("a", "b");
  }

  @Test
  void readsATree() {
    com.fasterxml.jackson.databind.JsonNode tree = PodTrees.parse("[" + pod("a") + "]");

    assertThat(names(PodViews.readAll(tree))).containsExactly("a");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"kind\": \"PodList\", \"items\": [{}, {\"spec\": {\"nodeName\": 1}}]}|"
            + " items[1].spec.nodeName",
        "[{}, {\"metadata\": {\"name\": 1}}]| [1].metadata.name",
        "[{}, {\"items\": [{\"status\": {\"podIPs\": 1}}]}]| [1].items[0].status.podIPs",
        "{\"kind\": \"List\", \"items\": [{\"kind\": \"Service\"}]}| items[0].kind",
        "{\"kind\": \"PodList\", \"items\": {}}| items",
        "{\"kind\": \"Service\"}| kind",
        "[1]| [0]",
        "5| ''",
      })
  void errorsNameTheItem(String json, String field) {
    assertThatThrownBy(() -> PodViews.readAll(json))
        .isInstanceOfSatisfying(
            PodConversionException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void emptyArrayHasNoPods() {
    assertThat(PodViews.readAll("[]")).isEmpty();
  }

  // Found by PodConversionFuzzTest (PodConversionFuzzTestInputs/convert/utf32-*): bytes that
  // Jackson takes for UTF-32 but that are not escaped as an UncheckedIOException.
  @ParameterizedTest
  @CsvSource({
    // Jackson detects UTF-32BE from the three zero bytes, then finds a truncated character.
    "0000000d00",
    "000000306164",
    // Zero bytes in an order that is no UCS-4 byte order Jackson reads (2143, 3412).
    "200000000100",
    "00000500000035",
  })
  void bytesThatAreNoTextAreAConversionFailure(String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);

    assertThatThrownBy(() -> PodViews.readAll(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(
            PodConversionException.class,
            e -> {
              assertThat(e.field()).isEmpty();
              assertThat(e.reason()).startsWith("unreadable bytes: ");
            });
  }
}
