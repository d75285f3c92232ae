// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** JSON lines read as Python's json.dumps prints the same object (expected text by hand). */
class JsonLinesTest {
  @Test
  void separatorsHaveASpaceAfterThemAndNestedValuesStayOnTheLine() {
    String line =
        JsonLines.line(
            g -> {
              g.writeStringField("a", "x");
              g.writeNumberField("n", 3);
              g.writeArrayFieldStart("l");
              g.writeNumber(1);
              g.writeNumber(2);
              g.writeEndArray();
              g.writeObjectFieldStart("o");
              g.writeBooleanField("b", true);
              g.writeNullField("z");
              g.writeEndObject();
            });
    assertThat(line)
        .isEqualTo("{\"a\": \"x\", \"n\": 3, \"l\": [1, 2], \"o\": {\"b\": true, \"z\": null}}");
  }

  @Test
  void nonAsciiAndControlCharactersAreEscapedInLowerCaseHex() {
    String line = JsonLines.line(g -> g.writeStringField("s", "é\u0001\n\t\"\\😀\u007f"));
    assertThat(line).isEqualTo("{\"s\": \"\\u00e9\\u0001\\n\\t\\\"\\\\\\ud83d\\ude00\u007f\"}");
  }

  @Test
  void emptyContainers() {
    String line =
        JsonLines.line(
            g -> {
              g.writeArrayFieldStart("e");
              g.writeEndArray();
              g.writeObjectFieldStart("o");
              g.writeEndObject();
            });
    assertThat(line).isEqualTo("{\"e\": [], \"o\": {}}");
  }
}
