// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.wepkit.ListMeta;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads Pod manifests as Jackson trees: one Pod, a PodList or List, or an array of these. Each
 * Pod's fields are read by {@link PodReader}, from the tree's tokens.
 */
final class PodTrees {
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          // Callers own their streams.
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(FACTORY).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private PodTrees() {}

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  static JsonNode parse(InputStream json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /**
   * Reads a PodList from JSON as a stream of tokens, one Pod after the other ({@link
   * PodReader#readList}).
   */
  static ListMeta readList(InputStream json, PodReader reader, Consumer<PodView> pods) {
    try (JsonParser tokens = FACTORY.createParser(json)) {
      tokens.nextToken();
      ListMeta meta = reader.readList(tokens, pods);
      if (tokens.nextToken() != null) {
        throw malformed(tokens.currentTokenLocation(), "more content after the PodList", null);
      }
      return meta;
    } catch (IOException e) {
      throw unreadable(e);
    }
  }

  /** What a failure to read a stream of JSON means to the caller. */
  private static RuntimeException unreadable(IOException e) {
    if (e instanceof JsonProcessingException) {
      return malformed((JsonProcessingException) e);
    }
    if (e instanceof CharConversionException) {
      // Bytes that are not text in the encoding they announce (a UTF-32 character above
      // U+10FFFF, a truncated one, an unsupported UCS-4 byte order): bad content, not a failed
      // read.
      return new PodConversionException("", "unreadable bytes: " + e.getMessage(), e);
    }
    return new UncheckedIOException(e);
  }

  /** A Pod, a PodList or List of Pods, or an array of any of these, in document order. */
  static List<PodView> readAll(JsonNode document) {
    List<PodView> pods = new ArrayList<>();
    collect(document, "", pods);
    return Collections.unmodifiableList(pods);
  }

  private static void collect(JsonNode node, String path, List<PodView> out) {
    if (node != null && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out);
      }
      return;
    }
    if (node == null || !node.isObject()) {
      throw new PodConversionException(
          path, "expected a Pod, a PodList or an array, got " + describe(node));
    }
    String kind = string(node, "kind", path);
    if (kind.equals("PodList") || kind.equals("List") || (kind.isEmpty() && node.has("items"))) {
      String itemsPath = PodConversionException.join(path, "items");
      JsonNode items = array(node, "items", path);
      // One reader for the list, so that its field orders learnt from one Pod serve the next.
      PodReader reader = new PodReader();
      for (int i = 0; i < items.size(); i++) {
        out.add(readPod(items.get(i), itemsPath + "[" + i + "]", reader));
      }
      return;
    }
    out.add(readPod(node, path));
  }

  /** One Pod at {@code path} ({@code ""} at the top of a document). */
  static PodView readPod(JsonNode pod, String path) {
    return readPod(pod, path, new PodReader());
  }

  private static PodView readPod(JsonNode pod, String path, PodReader reader) {
    if (pod == null || !pod.isObject()) {
      throw new PodConversionException(path, "expected a Pod object, got " + describe(pod));
    }
    try (JsonParser tokens = pod.traverse()) {
      tokens.nextToken();
      // The reader's view is reused for its next Pod: the caller gets a copy of its own.
      return ImmutablePodView.copyOf(reader.readPod(tokens, path));
    } catch (IOException e) {
      // A tree's tokens cannot fail to be read.
      throw new UncheckedIOException(e);
    }
  }

  /** Throws the Kubernetes decoder's refusal for a timestamp it cannot parse. */
  static void checkTimestamp(Optional<String> timestamp, String field) {
    if (timestamp.isPresent()) {
      try {
        GoTime.check(timestamp.get());
      } catch (IllegalArgumentException e) {
        throw new PodConversionException(field, e.getMessage());
      }
    }
  }

  private static JsonNode array(JsonNode parent, String name, String parentPath) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return MAPPER.createArrayNode();
    }
    if (!node.isArray()) {
      throw new PodConversionException(
          PodConversionException.join(parentPath, name),
          "expected an array, got " + describe(node));
    }
    return node;
  }

  private static String string(JsonNode parent, String name, String parentPath) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return "";
    }
    if (!node.isTextual()) {
      throw new PodConversionException(
          PodConversionException.join(parentPath, name),
          "expected a string, got " + describe(node));
    }
    return node.textValue();
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return "the string \"" + node.textValue() + "\"";
    }
    if (node.isBoolean()) {
      return "the boolean " + node.booleanValue();
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    return node.isArray() ? "an array" : "an object";
  }

  private static PodConversionException malformed(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int newline = message == null ? -1 : message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    return malformed(e.getLocation(), message, e);
  }

  /** The one wording of a JSON syntax error: where it is (when known) and what it is. */
  private static PodConversionException malformed(
      JsonLocation at, String message, Throwable cause) {
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new PodConversionException("", "malformed JSON" + where + ": " + message, cause);
  }
}
