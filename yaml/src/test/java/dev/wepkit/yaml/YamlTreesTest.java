// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents of any kind read as trees, with the positions and limits YamlTrees documents. */
class YamlTreesTest {
  /** A Pod, an empty document, then a flow sequence starting at line 7, column 3. */
  private static final String TEXT =
      "kind: Pod\n"
          + "metadata:\n"
          + "  name: p\n"
          + "  big: 1337495556942031415926535\n"
          + "---\n"
          + "---\n"
          + "  [1, on, \"x\"]\n";

  private static void assertTheDocuments(List<YamlTrees.Document> documents) {
    assertThat(documents).hasSize(2);
    YamlTrees.Document pod = documents.get(0);
    assertThat(pod.index()).isEqualTo(0);
    assertThat(pod.line()).isEqualTo(1);
    assertThat(pod.column()).isEqualTo(1);
    assertThat(pod.tree().path("kind").asText()).isEqualTo("Pod");
    assertThat(pod.tree().path("metadata").path("name").asText()).isEqualTo("p");
    // Numbers exact as written.
    assertThat(pod.tree().path("metadata").path("big").bigIntegerValue())
        .isEqualTo(new BigInteger("1337495556942031415926535"));

    YamlTrees.Document sequence = documents.get(1);
    // The empty document between them is counted.
    assertThat(sequence.index()).isEqualTo(2);
    assertThat(sequence.line()).isEqualTo(7);
    assertThat(sequence.column()).isEqualTo(3);
    assertThat(sequence.tree().isArray()).isTrue();
    assertThat(sequence.tree()).hasSize(3);
    assertThat(sequence.tree().get(0).asInt()).isEqualTo(1);
    assertThat(sequence.tree().get(2).asText()).isEqualTo("x");
  }

  @Test
  void readsEveryNonEmptyDocumentOfAText() {
    List<YamlTrees.Document> documents = YamlTrees.create().readAll(TEXT);
    assertTheDocuments(documents);
    assertThatThrownBy(() -> documents.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void readsEveryNonEmptyDocumentOfAStreamWithoutClosingIt() {
    boolean[] closed = {false};
    InputStream in =
        new FilterInputStream(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8))) {
          @Override
          public void close() throws IOException {
            closed[0] = true;
            super.close();
          }
        };
    List<YamlTrees.Document> documents = YamlTrees.create().readAll(in);
    assertTheDocuments(documents);
    assertThatThrownBy(() -> documents.clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void readsJsonAsYaml() {
    List<YamlTrees.Document> documents =
        YamlTrees.create().readAll("{\"kind\": \"Namespace\", \"metadata\": {\"name\": \"n\"}}");
    assertThat(documents).singleElement().satisfies(d -> assertThat(d.index()).isZero());
    assertThat(documents.get(0).tree().path("metadata").path("name").asText()).isEqualTo("n");
  }

  @Test
  void emptyInputHasNoDocuments() {
    assertThat(YamlTrees.create().readAll("# nothing\n---\n")).isEmpty();
    assertThat(YamlTrees.create().readAll("")).isEmpty();
  }

  @Test
  void malformedTextIsADecodeException() {
    assertThatThrownBy(() -> YamlTrees.create().readAll("kind: Pod\nspec: [\n"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.SYNTAX);
              assertThat(e.problem()).startsWith("malformed YAML:");
            });
  }

  @Test
  void theLimitsGivenApply() {
    YamlTrees shallow = YamlTrees.withLimits(YamlLimits.builder().maxNestingDepth(3).build());
    assertThat(shallow.readAll("a: [[1]]\n")).hasSize(1);
    assertThatThrownBy(() -> shallow.readAll("a: [[[1]]]\n"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.LIMIT);
              assertThat(e.problem()).contains("YamlLimits.maxNestingDepth");
            });
    // The defaults allow 100 levels.
    assertThat(YamlTrees.create().readAll("[".repeat(100) + "]".repeat(100))).hasSize(1);
    assertThatThrownBy(() -> YamlTrees.create().readAll("[".repeat(101) + "]".repeat(101)))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> assertThat(e.problem()).contains("YamlLimits.maxNestingDepth"));
    assertThatThrownBy(() -> YamlTrees.withLimits(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aDepthLimitAboveJacksonsOwnIsOursToEnforce() {
    // Jackson's default depth is 1,000; a limit above it is the one that applies, with its message.
    YamlTrees deep = YamlTrees.withLimits(YamlLimits.builder().maxNestingDepth(1500).build());
    assertThat(deep.readAll("[".repeat(1500) + "]".repeat(1500))).hasSize(1);
    assertThatThrownBy(() -> deep.readAll("[".repeat(1501) + "]".repeat(1501)))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.LIMIT);
              assertThat(e.problem()).contains("YamlLimits.maxNestingDepth");
            });
    // Lifted, it does not fall back to Jackson's.
    YamlTrees unlimited =
        YamlTrees.withLimits(YamlLimits.builder().maxNestingDepth(Integer.MAX_VALUE).build());
    assertThat(unlimited.readAll("[".repeat(1200) + "]".repeat(1200))).hasSize(1);
  }
}
