// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Strings that YAML 1.1 readers would take for another type come back as the same strings, checked
 * with SnakeYAML's untyped loader, which still resolves scalars by YAML 1.1 rules.
 */
class YamlQuotingTest {
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();

  /** Plain, a YAML 1.1 reader resolves each of these to a bool, int, float, null or timestamp. */
  private static final List<String> TRAPS =
      List.of(
          "on",
          "On",
          "ON",
          "off",
          "Off",
          "yes",
          "Yes",
          "YES",
          "no",
          "No",
          "NO",
          "y",
          "Y",
          "n",
          "N",
          "true",
          "True",
          "TRUE",
          "false",
          "False",
          "FALSE",
          "null",
          "Null",
          "NULL",
          "~",
          "",
          "0",
          "1234",
          "-1",
          "+1",
          "0x1F",
          "-0x1F",
          "0o17",
          "010",
          "0b101",
          "1_000",
          "1e3",
          "1E3",
          "1.5e-3",
          "1.10",
          ".5",
          "5.",
          "1:20",
          "52:54:00:44:49:56",
          "11:22:33:44:55:66",
          "00:11:22:33:44:55",
          "1:2:3.5",
          "1337495556942031415926535",
          ".inf",
          ".Inf",
          "-.inf",
          "+.INF",
          ".nan",
          ".NaN",
          "2024-01-02",
          "2024-1-2",
          "2001-12-14t21:59:43.10-05:00",
          "2001-12-14 21:59:43.10 -5",
          "2018-01-09T10:40:47Z",
          "<<",
          "=");

  /** Strings that stay strings when plain, so calicoctl prints them plain. */
  private static final List<String> PLAIN =
      List.of(
          "frontend",
          "node1-k8s-my--nginx--b1337a-eth0",
          "ca:fe:1d:52:bb:e9",
          "10.0.0.1",
          "192.168.0.0/32",
          "fd00::1",
          "fd5f:8067::1/128",
          "1.2.3",
          "v1.2",
          "k8s",
          "cali0ef24ba",
          "projectcalico.org/v3",
          "kns.default",
          "a b",
          "0x",
          "1e",
          "2024-01",
          "12-34",
          "1,000",
          "http://x",
          "x.inf",
          "yesterday",
          "none",
          "a=b",
          "é",
          "你好",
          "<foo>",
          "1.2.3.4:8080");

  /** Strings that need quotes for YAML's syntax, not their type: the emitter quotes them. */
  private static final List<String> SYNTAX =
      List.of(
          "- x",
          "x: y",
          "#x",
          "x #y",
          "*x",
          "&x",
          "!x",
          "%x",
          "@x",
          "`x",
          " lead",
          "trail ",
          "[a]",
          "{a}",
          "a, b",
          "?",
          "? x",
          "-",
          "---",
          "...",
          "|",
          ">",
          "'q'",
          "\"dq\"",
          "x:",
          "Hello #comment",
          "b: c");

  /** Strings holding line breaks, tabs and other characters that need a literal or escapes. */
  private static final List<String> SPECIAL =
      List.of(
          "a\nb",
          "a\nb\n",
          "line1\n\nline3  \n",
          "\ttab",
          "x\ty",
          "a\u0085b",
          "x\u2028y",
          "a\nb\u2029",
          "\u0007bell",
          "\u0000nul",
          "\uFEFFbom",
          "a\r\nb",
          "a\nb\u0085c",
          "\\",
          "a\\nb",
          "\na",
          " a\nb",
          "a\n ",
          "#a\nb",
          "\uD83D\uDE00 emoji");

  private static List<String> corpus() {
    List<String> all = new ArrayList<>();
    all.addAll(TRAPS);
    all.addAll(PLAIN);
    all.addAll(SYNTAX);
    all.addAll(SPECIAL);
    return all;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "on",
        "yes",
        "no",
        "off",
        "y",
        "Y",
        "n",
        "N",
        "true",
        "FALSE",
        "null",
        "~",
        "1234",
        "0x1F",
        "0o17",
        "010",
        "1e3",
        "1.10",
        "1:20",
        "1_000",
        ".inf",
        "-.inf",
        ".nan",
        "52:54:00:44:49:56",
        "1337495556942031415926535",
        "2024-01-02",
        "<<",
        "="
      })
  void quotesWhatAYaml11ReaderWouldResolve(String value) {
    assertThat(YamlQuoting.needsQuotes(value)).isTrue();
    assertThat(YAML.write(withLabel(value))).contains("    k: \"" + value + "\"\n");
  }

  @Test
  void quotesTheEmptyString() {
    assertThat(YamlQuoting.needsQuotes("")).isTrue();
    assertThat(YAML.write(withLabel(""))).contains("    k: \"\"\n");
  }

  @Test
  void writesOrdinaryStringsPlain() {
    for (String value : PLAIN) {
      assertThat(YamlQuoting.needsQuotes(value)).as(value).isFalse();
      assertThat(YAML.write(withLabel(value))).as(value).contains("    k: " + value + "\n");
    }
  }

  @Test
  void singleQuotesStringsThatOnlyYamlSyntaxForbidsPlain() {
    // As go-yaml does: 'b: c', 'Hello #comment', '-'.
    for (String value : List.of("b: c", "Hello #comment", "-", "*x", "x:")) {
      assertThat(YamlQuoting.needsQuotes(value)).as(value).isFalse();
      assertThat(YAML.write(withLabel(value))).as(value).contains("    k: '" + value + "'\n");
    }
  }

  @Test
  void everyStringComesBackFromAYaml11ReaderUnchanged() {
    List<String> corpus = corpus();
    ImmutableObjectMeta.Builder meta = ObjectMeta.builder().name("1234");
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      labels.put("l" + i, corpus.get(i));
      meta.putLabel("l" + i, corpus.get(i));
      // The same strings as keys, whose values are plain.
      meta.putAnnotation(corpus.get(i), "v");
    }
    WorkloadEndpoint wep =
        WorkloadEndpoint.builder()
            .metadata(meta.build())
            .spec(
                WorkloadEndpointSpec.builder()
                    .containerID("1337495556942031415926535")
                    .mac("52:54:00:44:49:56")
                    .node("on")
                    .pod("0x1F")
                    .endpoint("1e3")
                    .interfaceName("010")
                    .addProfile("yes")
                    .addProfile("1.10")
                    .addIpNetwork("1:20")
                    .build())
            .build();

    String out = YAML.write(wep);
    Map<String, Object> loaded = new Yaml().load(out);

    Map<?, ?> metadata = (Map<?, ?>) loaded.get("metadata");
    assertThat(metadata.get("name")).isEqualTo("1234");
    Map<?, ?> readLabels = (Map<?, ?>) metadata.get("labels");
    for (Map.Entry<String, String> label : labels.entrySet()) {
      assertThat(readLabels.get(label.getKey()))
          .as("label value %s", printable(label.getValue()))
          .isInstanceOf(String.class)
          .isEqualTo(label.getValue());
    }
    Map<?, ?> annotations = (Map<?, ?>) metadata.get("annotations");
    assertThat(annotations.keySet()).allSatisfy(k -> assertThat(k).isInstanceOf(String.class));
    List<Object> keys = new ArrayList<>(annotations.keySet());
    assertThat(keys).containsExactlyInAnyOrderElementsOf(new ArrayList<Object>(corpus));

    Map<?, ?> spec = (Map<?, ?>) loaded.get("spec");
    assertThat(spec.get("containerID")).isEqualTo("1337495556942031415926535");
    assertThat(spec.get("mac")).isEqualTo("52:54:00:44:49:56");
    assertThat(spec.get("node")).isEqualTo("on");
    assertThat(spec.get("pod")).isEqualTo("0x1F");
    assertThat(spec.get("endpoint")).isEqualTo("1e3");
    assertThat(spec.get("interfaceName")).isEqualTo("010");
    assertThat(spec.get("profiles")).isEqualTo(List.of("yes", "1.10"));
    assertThat(spec.get("ipNetworks")).isEqualTo(List.of("1:20"));

    // And our own reader agrees.
    assertThat(YAML.read(out)).isEqualTo(wep);
  }

  @Test
  void aLoneSurrogateIsWrittenAsTheReplacementCharacterAsGoDoes() {
    String out = YAML.write(withLabel("a\uD800b"));
    assertThat(YAML.read(out).metadata().labels()).containsEntry("k", "a\uFFFDb");
  }

  @Test
  void writesMultiLineTextAsALiteralBlockAsGoYamlDoes() {
    // go-yaml v2 marshals "B\nC" as "|-\n  B\n  C".
    assertThat(YAML.write(withLabel("B\nC"))).contains("    k: |-\n      B\n      C\n");
    // A NEL inside would not survive a literal block: it is escaped instead.
    assertThat(YAML.write(withLabel("B\nC\u0085D"))).contains("    k: \"B\\nC\\ND\"\n");
  }

  private static WorkloadEndpoint withLabel(String value) {
    return WorkloadEndpoint.builder()
        .metadata(ObjectMeta.builder().name("n1").putLabel("k", value).build())
        .build();
  }

  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
