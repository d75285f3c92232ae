// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.wepkit.codec.DecodeMode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadContext#tokenStart} reads Jackson's JSON parsers' token getters instead of making a
 * location; these must give what {@link JsonParser#currentTokenLocation} gives, for every parser
 * the JSON codec creates (bytes and streams, strings and readers), or a Jackson upgrade that
 * changes them would move every resource's reported start.
 */
class ReadContextTokenStartTest {
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  private static final List<String> INPUTS =
      List.of(
          "{}",
          "\n{}",
          "\r\n\r\n  {\"a\":[\n{\n}], \"b\": {\"c\":\t{}}}",
          "[{},\n{},{}]",
          "[\"\u00e9\u00e9\u4e16\", {\"\uD83D\uDE00\":{}}, {}, 1, true, null, 2.5]",
          "   [ {\"a\":1}\r,\t{ }]",
          "{\"apiVersion\":\"projectcalico.org/v3\",\n \"items\": [ {\"kind\":\"WorkloadEndpoint\"} ]}");

  @Test
  void tokenStartIsTheTokenLocationForEveryJsonParser() throws Exception {
    int checked = 0;
    for (String input : INPUTS) {
      byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
      List<JsonParser> parsers =
          List.of(
              FACTORY.createParser(bytes),
              FACTORY.createParser(new ByteArrayInputStream(bytes)),
              FACTORY.createParser(input),
              FACTORY.createParser(new StringReader(input)));
      for (JsonParser parser : parsers) {
        ReadContext ctx = new ReadContext(parser, DecodeMode.LENIENT, w -> {});
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
          if (token == JsonToken.FIELD_NAME) {
            continue;
          }
          long start = ctx.tokenStart();
          JsonLocation expected = parser.currentTokenLocation();
          assertThat(new int[] {ReadContext.line(start), ReadContext.rawColumn(start)})
              .as("%s at %s in %s", token, expected, parser.getClass().getSimpleName())
              .containsExactly(expected.getLineNr(), expected.getColumnNr());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }
}
