// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the selector language (FUZZING.md).
 *
 * <p>An input is a selector on its first line and {@code key=value} labels on the next lines. For
 * any input: {@code parse} fails only with {@link SelectorParseException} (with a position inside
 * the text), {@code isValid} agrees with it, and a selector that parses evaluates against any
 * labels without failing, has a unique id and label restrictions, and its canonical text parses
 * again and is a fixed point after a second round (Calico's canonical form, {@code !!x} aside, is
 * idempotent). Regression mode runs every selector of the conformance vectors in every build.
 */
class SelectorFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every selector text of the conformance vectors. */
  static Stream<byte[]> seeds() {
    List<String> out = new ArrayList<>();
    try (InputStream in =
        SelectorFuzzTest.class.getResourceAsStream("/conformance/selectors.json")) {
      collect(MAPPER.readTree(in), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.stream().map(s -> (s + "\napp=web\ntier=x").getBytes(StandardCharsets.UTF_8));
  }

  private static void collect(JsonNode node, List<String> out) {
    node.fields()
        .forEachRemaining(
            e -> {
              if (e.getKey().equals("selector") && e.getValue().isTextual()) {
                out.add(e.getValue().asText());
              } else {
                collect(e.getValue(), out);
              }
            });
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    }
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void selector(byte[] input) {
    String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", -1);
    String text = lines[0];
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int eq = lines[i].indexOf('=');
      if (eq > 0) {
        labels.put(lines[i].substring(0, eq), lines[i].substring(eq + 1));
      }
    }
    Selector selector;
    try {
      selector = Selector.parse(text);
    } catch (SelectorParseException e) {
      assertThat(Selector.isValid(text)).isFalse();
      assertThat(e.getMessage()).isNotEmpty();
      return;
    }
    assertThat(Selector.isValid(text)).isTrue();
    selector.matches(labels);
    assertThat(selector.uniqueId()).isNotEmpty();
    assertThat(selector.labelRestrictions()).isNotNull();
    String canonical = selector.toString();
    Selector again;
    try {
      again = Selector.parse(canonical);
    } catch (SelectorParseException e) {
      // Only a label made longer than Calico's 512 bytes cannot come back; a parsed text cannot.
      throw new AssertionError("canonical form of " + text + " does not parse: " + canonical, e);
    }
    assertThat(Selector.parse(again.toString()).toString()).isEqualTo(again.toString());
  }
}
