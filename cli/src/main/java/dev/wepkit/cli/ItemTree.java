// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * An untyped look at a document that the codec could not bind. It answers two questions: is the
 * text YAML or JSON at all (if not, the file cannot be parsed and the command stops with exit code
 * 2), and which resources does the document hold, so that the one that failed is reported at its
 * index with its name and the next document's index stays right.
 */
final class ItemTree {
  private static final StreamReadConstraints CONSTRAINTS =
      StreamReadConstraints.builder().maxNestingDepth(200).build();
  private static final ObjectMapper JSON =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build()).build();
  private static final ObjectMapper YAML =
      new ObjectMapper(YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build());

  /** What SnakeYAML says when a document is longer than its default limit of 3 MB. */
  private static final String YAML_SIZE_LIMIT = "exceeds the limit";

  private final List<JsonNode> items;
  private final boolean known;

  private ItemTree(List<JsonNode> items, boolean known) {
    this.items = items;
    this.known = known;
  }

  /**
   * Parses a document without binding it. JSON-looking text is tried with the JSON parser first,
   * which has no size limit; the YAML parser keeps SnakeYAML's default limit of 3 MB.
   *
   * @param document the text of one document
   * @return the tree; an unknown one when the document is too long for an untyped YAML parse
   * @throws JsonProcessingException if the text is not YAML or JSON
   */
  static ItemTree parse(String document) throws JsonProcessingException {
    JsonNode root;
    try {
      root = readTree(document);
    } catch (JsonProcessingException e) {
      if (String.valueOf(e.getOriginalMessage()).contains(YAML_SIZE_LIMIT)) {
        return new ItemTree(List.of(), false);
      }
      throw e;
    }
    List<JsonNode> items = new ArrayList<>();
    if (root == null || root.isMissingNode()) {
      return new ItemTree(items, true);
    }
    if (root.isArray()) {
      for (JsonNode element : root) {
        addResources(element, items);
      }
    } else {
      addResources(root, items);
    }
    return new ItemTree(items, true);
  }

  /**
   * Parses one YAML or JSON document into an untyped tree, JSON-looking text with the JSON parser.
   *
   * @param document the text of one document
   * @return the tree; a missing node for an empty document
   * @throws JsonProcessingException if the text is not YAML or JSON
   */
  static JsonNode readTree(String document) throws JsonProcessingException {
    JsonNode root = null;
    if (looksLikeJson(document)) {
      try {
        root = JSON.readTree(document);
      } catch (JsonProcessingException e) {
        // YAML flow style also starts with { or [: let the YAML parser decide.
      }
    }
    return root != null ? root : YAML.readTree(document);
  }

  private static boolean looksLikeJson(String document) {
    for (int i = 0; i < document.length(); i++) {
      char c = document.charAt(i);
      if (c == '{' || c == '[') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static void addResources(JsonNode node, List<JsonNode> into) {
    JsonNode listItems = node.isObject() ? node.get("items") : null;
    if (listItems != null && listItems.isArray()) {
      listItems.forEach(into::add);
    } else {
      into.add(node);
    }
  }

  /** The number of resources the document holds, or -1 when unknown. */
  int count() {
    return known ? items.size() : -1;
  }

  /** The {@code metadata.name} of resource {@code index} of the document, or null. */
  String nameOf(int index) {
    if (index < 0 || index >= items.size()) {
      return null;
    }
    JsonNode name = items.get(index).path("metadata").path("name");
    return name.isValueNode() && !name.isNull() ? name.asText() : null;
  }
}
