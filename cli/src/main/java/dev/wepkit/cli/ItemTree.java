package dev.wepkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * An untyped look at a document that the codec could not bind. It answers two questions: was the
 * text YAML or JSON at all (if not, the file cannot be parsed and the command stops with exit code
 * 2), and which resources does the document hold, so that the one that failed is reported at its
 * index with its name and the next document's index stays right.
 */
final class ItemTree {
  private static final ObjectMapper YAML = new ObjectMapper(safeFactory());

  private final List<JsonNode> items;

  private ItemTree(List<JsonNode> items) {
    this.items = items;
  }

  /**
   * Parses a document without binding it.
   *
   * @param document the text of one document
   * @return the tree
   * @throws JsonProcessingException if the text is not YAML or JSON
   */
  static ItemTree parse(String document) throws JsonProcessingException {
    JsonNode root = YAML.readTree(document);
    List<JsonNode> items = new ArrayList<>();
    if (root == null || root.isMissingNode()) {
      return new ItemTree(items);
    }
    if (root.isArray()) {
      for (JsonNode element : root) {
        addResources(element, items);
      }
    } else {
      addResources(root, items);
    }
    return new ItemTree(items);
  }

  private static void addResources(JsonNode node, List<JsonNode> into) {
    JsonNode listItems = node.isObject() ? node.get("items") : null;
    if (listItems != null && listItems.isArray()) {
      listItems.forEach(into::add);
    } else {
      into.add(node);
    }
  }

  /** The number of resources the document holds. */
  int count() {
    return items.size();
  }

  /** The {@code metadata.name} of resource {@code index} of the document, or null. */
  String nameOf(int index) {
    if (index < 0 || index >= items.size()) {
      return null;
    }
    JsonNode name = items.get(index).path("metadata").path("name");
    return name.isValueNode() && !name.isNull() ? name.asText() : null;
  }

  private static YAMLFactory safeFactory() {
    LoaderOptions loader = new LoaderOptions();
    // The codec has already applied its limits; these keep this second look cheap as well.
    loader.setMaxAliasesForCollections(50);
    loader.setNestingDepthLimit(100);
    loader.setAllowRecursiveKeys(false);
    loader.setCodePointLimit(ResourceCodec.MAX_DOCUMENT_CHARS);
    return YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build())
        .build();
  }
}
