// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The reader's text outside printable ASCII, which it checks and copies one code point at a time
 * rather than in its ASCII fast path: values must read the same on either path, before and after a
 * character outside the Basic Multilingual Plane, and across its 1,024-character reads.
 */
class BoundedStreamReaderTest {
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();
  private static final String EMOJI = "\uD83D\uDE00";

  private static String wep(String annotations) {
    return "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nmetadata:\n  name: a\n"
        + "  annotations:\n"
        + annotations;
  }

  private static WorkloadEndpoint[] readAllWays(String yaml) {
    return new WorkloadEndpoint[] {
      YAML.read(yaml),
      YAML.read(new StringReader(yaml)),
      YAML.read(yaml.getBytes(StandardCharsets.UTF_8))
    };
  }

  @Test
  void readsTextOutsideAsciiInsideTheBasicPlane() {
    String yaml =
        wep("    plain: h\u00e9llo \u4e2d\u6587 \u00a0x\n    quoted: \"caf\u00e9\\t\u2713\"\n");
    for (WorkloadEndpoint wep : readAllWays(yaml)) {
      assertThat(wep.metadata().annotations())
          .containsEntry("plain", "h\u00e9llo \u4e2d\u6587 \u00a0x")
          .containsEntry("quoted", "caf\u00e9\t\u2713");
    }
  }

  @Test
  void readsValuesBeforeAndAfterACharacterOutsideTheBasicPlane() {
    String padding = "p".repeat(2000);
    String yaml =
        wep(
            "    before: "
                + padding
                + "\n    emoji: smile "
                + EMOJI
                + " end\n    after: '"
                + padding
                + "'\n    last: \u00e9"
                + EMOJI
                + EMOJI
                + "\n");
    for (WorkloadEndpoint wep : readAllWays(yaml)) {
      assertThat(wep.metadata().annotations())
          .containsEntry("before", padding)
          .containsEntry("emoji", "smile " + EMOJI + " end")
          .containsEntry("after", padding)
          .containsEntry("last", "\u00e9" + EMOJI + EMOJI);
    }
  }

  @Test
  void aSurrogatePairSplitByAReadStaysOneCharacter() {
    // The first read ends on the pair's high surrogate; the reader completes the pair.
    String head = wep("    k: ");
    String yaml = head + "x".repeat(1023 - head.length()) + EMOJI + "y\n";
    assertThat(yaml.charAt(1023)).isEqualTo('\uD83D');
    for (WorkloadEndpoint wep : readAllWays(yaml)) {
      assertThat(wep.metadata().annotations())
          .containsEntry("k", "x".repeat(1023 - head.length()) + EMOJI + "y");
    }
  }

  @Test
  void refusesADisallowedCharacterAfterOneOutsideTheBasicPlaneAtItsPosition() {
    // Line 7, column 11: "    e: " is columns 1 to 7, and the emoji counts as one column (8).
    String yaml = wep("    k: v\n    e: " + EMOJI + "ab\u0007\n");
    assertThatThrownBy(() -> YAML.read(yaml))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.problem())
                  .isEqualTo(
                      "the character U+0007 is not allowed in YAML (binary data or the wrong"
                          + " encoding?)");
              assertThat(e.line()).isEqualTo(7);
              assertThat(e.column()).isEqualTo(11);
            });
  }

  @Test
  void decoderProblemsLoseTheirBufferOffsetsAndAdvice() {
    assertThat(BoundedStreamReader.decoderProblem(null))
        .isEqualTo("a byte sequence that is not UTF-8");
    assertThat(
            BoundedStreamReader.decoderProblem(
                "Invalid UTF-8 middle byte 0x28 (at char #17, byte #-1)"))
        .isEqualTo("Invalid UTF-8 middle byte 0x28");
    assertThat(
            BoundedStreamReader.decoderProblem(
                "Invalid UTF-8 start byte 0xff: check content encoding, does not look like UTF-8"))
        .isEqualTo("Invalid UTF-8 start byte 0xff");
    assertThat(BoundedStreamReader.decoderProblem(" (at char #0, byte #0)")).isEmpty();
    assertThat(BoundedStreamReader.decoderProblem(": check content encoding")).isEmpty();
    assertThat(BoundedStreamReader.decoderProblem("Unexpected EOF")).isEqualTo("Unexpected EOF");
  }

  @Test
  void aCarriageReturnAloneOrBeforeALineFeedEndsALine() {
    String lines =
        "apiVersion: projectcalico.org/v3|kind: WorkloadEndpoint|metadata:|  name: a|spec:|"
            + "  ports:|  - name: p|    port: 70000|";
    for (String lineBreak : new String[] {"\r", "\r\n", "\n"}) {
      String yaml = lines.replace("|", lineBreak);
      assertThatThrownBy(() -> YAML.read(yaml))
          .as("%s", lineBreak.length())
          .isInstanceOfSatisfying(
              WorkloadEndpointDecodeException.class,
              e -> {
                assertThat(e.path()).isEqualTo("spec.ports[0].port");
                assertThat(e.line()).isEqualTo(8);
                assertThat(e.column()).isEqualTo(11);
              });
      // A bad character's position counts the same lines.
      String bad = lines.replace("70000", "7\u0007").replace("|", lineBreak);
      assertThatThrownBy(() -> YAML.read(bad))
          .as("%s", lineBreak.length())
          .isInstanceOfSatisfying(
              WorkloadEndpointDecodeException.class,
              e -> {
                assertThat(e.line()).isEqualTo(8);
                assertThat(e.column()).isEqualTo(12);
              });
    }
  }

  @Test
  void aPartialDocumentMarkerAtTheVeryEndOfAFullWindowIsAScalar() {
    // 2,048 characters: two reads of 1,024 fill the reader's first window exactly, and the last
    // two are "..", which the scanner checks for a "..." marker it cannot complete.
    String text = "#" + "x".repeat(2044) + "\n..";
    assertThat(text).hasSize(2048);
    assertThat(YamlTrees.create().readAll(text))
        .singleElement()
        .satisfies(d -> assertThat(d.tree().asText()).isEqualTo(".."));
    // The same a character short of the window, and with "--" rather than "..".
    assertThat(YamlTrees.create().readAll("#" + text.substring(2)).get(0).tree().asText())
        .isEqualTo("..");
    assertThat(YamlTrees.create().readAll(text.replace("..", "--")).get(0).tree().asText())
        .isEqualTo("--");
  }
}
