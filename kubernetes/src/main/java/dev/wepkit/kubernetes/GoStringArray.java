// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Go's {@code json.Unmarshal(data, &[]string{})}, as Calico applies it to the {@code floatingIPs}
 * and {@code allowedSourcePrefixes} annotations.
 *
 * <p>{@code null} gives no entries, a {@code null} element gives {@code ""}, and anything but an
 * array of strings (or trailing content, or no content) is an error. Unpaired surrogates, which Go
 * decodes as U+FFFD, become U+FFFD here too.
 */
final class GoStringArray {
  private static final JsonFactory FACTORY = new JsonFactory();

  private GoStringArray() {}

  /**
   * Decodes the text.
   *
   * @throws IllegalArgumentException when Go's decoder would return an error
   */
  static List<String> parse(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new IllegalArgumentException("unexpected end of JSON input");
      }
      List<String> out = new ArrayList<>();
      String typeError = null;
      if (token == JsonToken.START_ARRAY) {
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (token == JsonToken.VALUE_STRING) {
            out.add(replaceLoneSurrogates(parser.getText()));
          } else if (token == JsonToken.VALUE_NULL) {
            out.add("");
          } else {
            if (typeError == null) {
              typeError = "cannot unmarshal " + kind(token) + " into a Go value of type string";
            }
            // Go checks the syntax of the whole input before binding, so keep reading.
            parser.skipChildren();
          }
        }
      } else if (token != JsonToken.VALUE_NULL) {
        typeError = "cannot unmarshal " + kind(token) + " into a Go value of type []string";
        parser.skipChildren();
      }
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("invalid character after top-level value");
      }
      if (typeError != null) {
        throw new IllegalArgumentException(typeError);
      }
      return Collections.unmodifiableList(out);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      int newline = message == null ? -1 : message.indexOf('\n');
      throw new IllegalArgumentException(newline < 0 ? message : message.substring(0, newline), e);
    } catch (IOException e) {
      // Reading a String cannot fail for I/O reasons.
      throw new UncheckedIOException(e);
    }
  }

  private static String kind(JsonToken token) {
    switch (token) {
      case START_ARRAY:
        return "array";
      case START_OBJECT:
        return "object";
      case VALUE_STRING:
        return "string";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "bool";
      default:
        return "number";
    }
  }

  private static String replaceLoneSurrogates(String s) {
    StringBuilder out = null;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      boolean lone;
      if (Character.isHighSurrogate(c)) {
        lone = i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1));
      } else {
        lone = Character.isLowSurrogate(c);
      }
      if (lone && out == null) {
        out = new StringBuilder(n).append(s, 0, i);
      }
      if (out != null) {
        out.append(lone ? '\uFFFD' : c);
      }
      if (Character.isHighSurrogate(c) && !lone) {
        // Keep the pair together.
        if (out != null) {
          out.append(s.charAt(i + 1));
        }
        i++;
      }
    }
    return out == null ? s : out.toString();
  }
}
