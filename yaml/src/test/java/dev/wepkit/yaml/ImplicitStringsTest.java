// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.wepkit.testing.Seeds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@link ImplicitStrings} against SnakeYAML's {@link Resolver} itself, and the hardened parser's
 * scalar tokens against Jackson's plain YAML parser. Replay with {@code -Dwepkit.seed=N}.
 */
class ImplicitStringsTest {
  private static final Resolver RESOLVER = new Resolver();

  /** One or more values of every implicit type the resolver knows, in several spellings. */
  private static final List<String> TYPED =
      List.of(
          "yes",
          "Yes",
          "YES",
          "no",
          "NO",
          "true",
          "True",
          "false",
          "FALSE",
          "on",
          "On",
          "OFF",
          "off",
          "null",
          "Null",
          "NULL",
          "~",
          "<<",
          "!",
          "&",
          "*",
          "0b1010",
          "-0b1_0",
          "+0b1",
          "017",
          "-0_7",
          "0",
          "-42",
          "+42",
          "1_000",
          "0x1F",
          "-0x_ff",
          "0xABCDEF",
          "1:30",
          "-190:20:30",
          "1.5",
          "-1.5e10",
          "+1.5E-3",
          ".5",
          "-.5e+2",
          "1e5",
          "1_0.0_1",
          "1:30.5",
          ".inf",
          "-.Inf",
          "+.INF",
          ".nan",
          ".NaN",
          ".NAN",
          "2001-12-14",
          "2001-12-14t21:59:43.10-05:00",
          "2001-12-14 21:59:43.10 -5",
          "2002-12-14T21:59:43.10Z",
          "2001-1-2T1:02:03",
          "1.");

  /** The characters that matter to the patterns, and some that end them. */
  private static final String ALPHABET =
      "0123456789+-_.:bxoOaAbBcCdDeEfFiInNsStTuUlLyYrRZ ~<!&*/gzé";

  @Test
  void everyTypedScalarGoesToTheResolver() {
    for (String value : TYPED) {
      assertThat(RESOLVER.resolve(NodeId.scalar, value, true)).as(value).isNotEqualTo(Tag.STR);
      assertThat(ImplicitStrings.certainlyString(value)).as(value).isFalse();
    }
  }

  @Test
  void namesLabelsAndCidrsAreStringsWithoutTheResolver() {
    for (String value :
        List.of(
            "orchestrator",
            "node-1",
            "app.kubernetes.io/name",
            "10.65.0.1/32",
            "fd00::1/128",
            "cali0ef24ba",
            "kns.default",
            "TCP",
            "203.0.113.10",
            "4.18.2",
            "2a:6b:1c:9d:0e:f3",
            "2001:db8::1",
            "9b1f0c2e6d8a4b3c",
            "nodeName")) {
      assertThat(ImplicitStrings.certainlyString(value)).as(value).isTrue();
      assertThat(RESOLVER.resolve(NodeId.scalar, value, true)).as(value).isEqualTo(Tag.STR);
    }
  }

  @Test
  void certainlyStringOnlyWhereTheResolverSaysString() {
    long seed = Seeds.seed();
    int tries = Seeds.tries(200_000);
    System.out.println("ImplicitStringsTest seed " + seed + " (-Dwepkit.seed=" + seed + ")");
    SplittableRandom random = new SplittableRandom(seed);
    int certain = 0;
    for (int i = 0; i < tries; i++) {
      String value = random.nextInt(3) == 0 ? mutated(random) : generated(random);
      if (ImplicitStrings.certainlyString(value)) {
        certain++;
        assertThat(RESOLVER.resolve(NodeId.scalar, value, true))
            .as("'%s' (try %d, -Dwepkit.seed=%d)", value, i, seed)
            .isEqualTo(Tag.STR);
      }
    }
    // The generator must reach both answers, or the test proves nothing.
    assertThat(certain).isBetween(tries / 20, tries - tries / 20);
  }

  @Test
  void theHardenedParserGivesJacksonsTokens() throws IOException {
    long seed = Seeds.seed();
    System.out.println("ImplicitStringsTest seed " + seed + " (-Dwepkit.seed=" + seed + ")");
    SplittableRandom random = new SplittableRandom(seed);
    YAMLFactory plain = new YAMLFactory();
    SafeYamlFactory safe = SafeYamlFactory.create(YamlLimits.defaults());
    List<String> values = new ArrayList<>(TYPED);
    for (int i = 0; i < 2_000; i++) {
      values.add(random.nextBoolean() ? generated(random) : mutated(random));
    }
    for (String value : values) {
      String document =
          "k: "
              + (value.startsWith("!") || value.startsWith("&") || value.startsWith("*")
                  ? "'" + value + "'"
                  : value)
              + "\nq: '"
              + value
              + "'\n";
      List<String> expected;
      try {
        expected = tokens(plain.createParser(document));
      } catch (IOException e) {
        continue; // not a plain scalar YAML can hold here
      }
      assertThat(tokens(safe.createParser(document)))
          .as("%s(-Dwepkit.seed=%d)", document, seed)
          .isEqualTo(expected);
    }
  }

  private static List<String> tokens(JsonParser parser) throws IOException {
    List<String> out = new ArrayList<>();
    try (parser) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        out.add(token + " " + (token.isScalarValue() ? parser.getText() : ""));
      }
    }
    return out;
  }

  private static String generated(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    for (int n = 1 + random.nextInt(12); n > 0; n--) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString().strip();
  }

  /** A typed value with one character inserted, replaced or removed. */
  private static String mutated(SplittableRandom random) {
    StringBuilder out = new StringBuilder(TYPED.get(random.nextInt(TYPED.size())));
    int at = random.nextInt(out.length() + 1);
    char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    switch (random.nextInt(3)) {
      case 0:
        out.insert(at, c);
        break;
      case 1:
        if (at < out.length()) {
          out.setCharAt(at, c);
        }
        break;
      default:
        if (at < out.length()) {
          out.deleteCharAt(at);
        }
        break;
    }
    return out.toString();
  }
}
