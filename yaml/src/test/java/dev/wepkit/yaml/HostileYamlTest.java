// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Hostile input fails quickly, with a {@link WorkloadEndpointDecodeException} that says what and
 * where, and without reading (or holding) much more than the limit it hit.
 */
class HostileYamlTest {
  private static final Duration QUICKLY = Duration.ofSeconds(10);
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();
  private static final String HEAD =
      "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nmetadata:\n  name: a\n";

  /** Set only if a YAML tag made SnakeYAML or Jackson construct this class. */
  static volatile boolean canaryConstructed;

  /** A class a hostile tag names. */
  public static final class Canary {
    /** Records construction. */
    public Canary() {
      canaryConstructed = true;
    }
  }

  private static void refused(
      ThrowingCallable read, Consumer<WorkloadEndpointDecodeException> check) {
    assertTimeoutPreemptively(
        QUICKLY,
        () ->
            assertThatThrownBy(read)
                .isInstanceOfSatisfying(WorkloadEndpointDecodeException.class, check::accept));
  }

  // ---------------------------------------------------------------- aliases

  @Test
  void billionLaughs() {
    StringBuilder lol =
        new StringBuilder(
            HEAD + "spec:\n  lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      lol.append("  lol").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        lol.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      lol.append("]\n");
    }
    refused(
        () -> YAML.read(lol.toString()),
        e -> {
          assertThat(e.problem())
              .startsWith("input refused by a safety limit: ")
              .contains("aliases expand to more than 10000 YAML events")
              .contains("YamlLimits.maxAliasExpansion");
          assertThat(e.line()).isBetween(7, 14);
          assertThat(e.path()).startsWith("spec.lol");
        });
  }

  @Test
  void tooManyAliases() {
    StringBuilder text = new StringBuilder(HEAD + "spec:\n  node: &n node1\n  many: [");
    for (int i = 0; i < 101; i++) {
      text.append(i == 0 ? "" : ", ").append("*n");
    }
    text.append("]\n");
    refused(
        () -> YAML.read(text.toString()),
        e -> assertThat(e.problem()).contains("more than 100 aliases (YamlLimits.maxAliases)"));
    // 100 are fine, and each is the anchored text.
    String hundred = text.toString().replaceFirst(", \\*n\\]", "]");
    assertThat(YAML.read(hundred).spec().unknownFields().get("many")).hasSize(100);
  }

  @Test
  void anAliasToAHugeNode() {
    StringBuilder text = new StringBuilder(HEAD + "spec:\n  big: &big [");
    for (int i = 0; i < 10_001; i++) {
      text.append(i == 0 ? "x" : ", x");
    }
    text.append("]\n  copy: *big\n");
    refused(
        () -> YAML.read(text.toString()),
        e -> {
          assertThat(e.problem())
              .contains("alias *big refers to a node that was not kept")
              .contains("more than 10000 YAML events (YamlLimits.maxAliasExpansion)");
          assertThat(e.line()).isEqualTo(7);
        });
  }

  @Test
  void manyAnchorsHoldNoMoreThanTheExpansionLimit() {
    StringBuilder text = new StringBuilder(HEAD + "spec:\n  anchors: [");
    for (int i = 0; i < 20_000; i++) {
      text.append(i == 0 ? "" : ", ").append("&a").append(i).append(" v").append(i);
    }
    text.append("]\n");
    // The first anchors were kept and can be used...
    String first = text + "  first: *a1\n";
    assertThat(YAML.read(first).spec().unknownFields().get("first").asText()).isEqualTo("v1");
    // ...the ones past 10,000 events were not, and an alias to one says why.
    refused(
        () -> YAML.read(text + "  last: *a19999\n"),
        e -> assertThat(e.problem()).contains("alias *a19999 refers to a node that was not kept"));
  }

  @Test
  void aliasesCanBeForbidden() {
    WorkloadEndpointYaml none =
        WorkloadEndpointYaml.builder().limits(YamlLimits.builder().maxAliases(0).build()).build();
    refused(
        () -> none.read(HEAD + "  labels: {a: &x b, c: *x}\n"),
        e -> assertThat(e.problem()).contains("YAML aliases are not allowed"));
  }

  // ---------------------------------------------------------------- nesting

  @Test
  void flowNesting10000Deep() {
    String text = HEAD + "spec:\n  deep: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    refused(
        () -> YAML.read(text),
        e -> {
          assertThat(e.problem())
              .contains("deeper than the limit of 100 (YamlLimits.maxNestingDepth)");
          assertThat(e.line()).isEqualTo(6);
          // The root and spec mappings are two levels: the 99th bracket is the 101st.
          assertThat(e.column()).isEqualTo(9 + 98);
        });
  }

  @Test
  void blockNesting10000Deep() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      text.append(" ".repeat(i)).append("k:\n");
    }
    refused(
        () -> YAML.read(text.toString()),
        e -> {
          assertThat(e.problem()).contains("YamlLimits.maxNestingDepth");
          assertThat(e.line()).isEqualTo(101);
        });
  }

  @Test
  void nestingWithinARaisedLimitReads() {
    WorkloadEndpointYaml deep =
        WorkloadEndpointYaml.builder()
            .limits(YamlLimits.builder().maxNestingDepth(300).build())
            .build();
    String text = HEAD + "spec:\n  deep: " + "[".repeat(250) + "]".repeat(250) + "\n";
    assertThat(deep.read(text).spec().unknownFields()).containsKey("deep");
  }

  // ---------------------------------------------------------------- size

  @Test
  void aScalarOf100Megabytes() {
    GeneratedInputStream plain =
        new GeneratedInputStream(HEAD + "spec:\n  node: ", "x", 100_000_000L, "\n");
    refused(
        () -> YAML.read(plain),
        e -> {
          assertThat(e.problem())
              .contains("a YAML scalar (or run of blanks) is longer than the limit of 1048576")
              .contains("YamlLimits.maxScalarLength");
          assertThat(e.path()).isEqualTo("spec.node");
          assertThat(e.line()).isEqualTo(6);
          assertThat(e.column()).isEqualTo(9);
        });
    // It stopped after a little more than twice the limit, not 100 MB.
    assertThat(plain.bytesRead()).isLessThan(3L * 1024 * 1024);

    GeneratedInputStream quoted =
        new GeneratedInputStream(HEAD + "spec:\n  node: \"", "y", 100_000_000L, "\"\n");
    refused(
        () -> YAML.read(quoted),
        e -> assertThat(e.problem()).contains("YamlLimits.maxScalarLength"));
    assertThat(quoted.bytesRead()).isLessThan(3L * 1024 * 1024);
  }

  @Test
  void aScalarOfManyWordsOverTheLimit() {
    // Words and folded lines are read piece by piece; the whole value is still checked.
    WorkloadEndpointYaml small =
        WorkloadEndpointYaml.builder()
            .limits(YamlLimits.builder().maxScalarLength(1000).build())
            .build();
    refused(
        () -> small.read(HEAD + "spec:\n  node: " + "ab cd\n    ".repeat(300) + "\n"),
        e -> {
          assertThat(e.problem()).contains("longer than the limit of 1000 characters");
          assertThat(e.line()).isEqualTo(6);
        });
    assertThat(small.read(HEAD + "spec:\n  node: " + "ab cd ".repeat(100) + "\n").spec().node())
        .hasSize(599);
  }

  @Test
  void aDocumentOf50Megabytes() {
    // 50 MB of text lines in an annotation: the document, not any one token, is too long.
    GeneratedInputStream text =
        new GeneratedInputStream(
            HEAD + "  annotations:\n    text: |\n",
            "      All work and no play.\n",
            50_000_000L,
            "");
    refused(
        () -> YAML.read(text),
        e -> {
          assertThat(e.problem())
              .contains("the YAML document is longer than the limit of 10485760 characters")
              .contains("YamlLimits.maxDocumentCodePoints");
          assertThat(e.line()).isGreaterThan(300_000);
          assertThat(e.documentIndex()).isZero();
        });
    assertThat(text.bytesRead()).isLessThan(11L * 1024 * 1024);
  }

  @Test
  void theDocumentLimitCountsEachDocumentOfAStream() {
    WorkloadEndpointYaml small =
        WorkloadEndpointYaml.builder()
            .limits(YamlLimits.builder().maxDocumentCodePoints(4096).build())
            .build();
    String doc = HEAD + "spec:\n  ipNetworks:\n" + "  - 10.0.0.1/32\n".repeat(100) + "---\n";
    // 50 documents of ~1.7 KB each: far more than 4 KB in all, each one under it.
    assertThat(small.readAll(doc.repeat(50))).hasSize(50);
    String big = HEAD + "spec:\n  ipNetworks:\n" + "  - 10.0.0.1/32\n".repeat(300);
    refused(
        () -> small.readAll(doc + doc + big),
        e -> {
          assertThat(e.problem()).contains("longer than the limit of 4096 characters");
          assertThat(e.documentIndex()).isEqualTo(2);
        });
  }

  @Test
  void documentsUnderTheLimitAreReadWhenTheNextOneIsAlreadyBuffered() {
    // Found by mutation testing: the read-ahead (a whole chunk) was counted against the document
    // being read, so two 56-character documents were refused under a limit of 60.
    WorkloadEndpointYaml small =
        WorkloadEndpointYaml.builder()
            .limits(YamlLimits.builder().maxDocumentCodePoints(60).build())
            .build();
    String doc = "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\n";
    assertThat(doc).hasSize(56);
    assertThat(small.readAll(doc + "---\n" + doc)).hasSize(2);
    refused(
        () -> small.readAll(doc + "---\n" + doc + "metadata:\n  name: a\n"),
        e -> {
          assertThat(e.problem()).contains("longer than the limit of 60 characters");
          assertThat(e.documentIndex()).isEqualTo(1);
        });
  }

  // ---------------------------------------------------------------- bad bytes

  @Test
  void invalidUtf8() {
    byte[] bytes = (HEAD + "spec:\n  node: abXd\n").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 'X') {
        bytes[i] = (byte) 0xC3;
        bytes[i + 1] = (byte) 0x28;
      }
    }
    refused(
        () -> YAML.read(bytes),
        e -> {
          assertThat(e.problem())
              .startsWith("the input is not valid UTF-8: Invalid UTF-8 middle byte 0x28");
          assertThat(e.line()).isEqualTo(6);
        });
    refused(
        () -> YAML.read(new ByteArrayInputStream(bytes)),
        e -> assertThat(e.problem()).contains("not valid UTF-8"));
  }

  @Test
  void binaryGarbage() {
    byte[] garbage = new byte[1 << 20];
    new Random(42).nextBytes(garbage);
    refused(
        () -> YAML.read(garbage),
        e -> assertThat(e.problem()).containsAnyOf("not valid UTF-8", "is not allowed in YAML"));
    refused(
        () -> YAML.read(HEAD + "spec:\n  node: a\u0000b\n"),
        e -> {
          assertThat(e.problem())
              .isEqualTo(
                  "the character U+0000 is not allowed in YAML (binary data or the wrong"
                      + " encoding?)");
          assertThat(e.line()).isEqualTo(6);
          assertThat(e.column()).isEqualTo(10);
        });
  }

  // ---------------------------------------------------------------- syntax

  @Test
  void tabsForIndentation() {
    refused(
        () -> YAML.read(HEAD + "spec:\n\tnode: n1\n"),
        e -> {
          assertThat(e.problem())
              .isEqualTo(
                  "malformed YAML: found character '\\t(TAB)' that cannot start any token. (Do not"
                      + " use \\t(TAB) for indentation) while scanning for the next token");
          assertThat(e.line()).isEqualTo(6);
          assertThat(e.column()).isEqualTo(1);
        });
  }

  @Test
  void anUnterminatedQuote() {
    refused(
        () -> YAML.read(HEAD + "spec:\n  node: \"n1\n  pod: p\n"),
        e -> {
          assertThat(e.problem())
              .isEqualTo(
                  "malformed YAML: found unexpected end of stream while scanning a quoted scalar"
                      + " that starts at line 6, column 9");
          assertThat(e.line()).isEqualTo(8);
          assertThat(e.path()).isEqualTo("spec.node");
        });
    refused(
        () -> YAML.read(HEAD + "spec:\n  node: 'n1\n"),
        e -> assertThat(e.problem()).contains("while scanning a quoted scalar"));
  }

  // ---------------------------------------------------------------- tags

  @Test
  void noTagEverInstantiatesAClass() {
    String canary = "!!dev.wepkit.yaml.HostileYamlTest$Canary";
    for (String value :
        new String[] {
          canary + " {}",
          canary + " []",
          "!!java.lang.Runtime x",
          "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
              + " [\"http://localhost/\"]]]]",
          "!<tag:yaml.org,2002:java.lang.ProcessBuilder> [calc]",
          "!!binary aGVsbG8=",
          "!!set {a, b}",
          "!local x",
        }) {
      refused(
          () -> YAML.read(HEAD + "spec:\n  extra: " + value + "\n"),
          e -> {
            assertThat(e.problem()).as(value).startsWith("unsupported YAML tag ");
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.path()).isEqualTo("spec.extra");
          });
    }
    assertThat(canaryConstructed).isFalse();
    // The standard scalar tags are read: !!str keeps a number as text.
    WorkloadEndpoint wep = YAML.read(HEAD + "spec:\n  node: !!str 123\n  pod: !!str on\n");
    assertThat(wep.spec().node()).isEqualTo("123");
    assertThat(wep.spec().pod()).isEqualTo("on");
  }
}
