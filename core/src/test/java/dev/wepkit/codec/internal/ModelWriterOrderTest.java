// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.json.WorkloadEndpointJson;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two key orders of {@link ModelWriter}. Go's encoding/json writes struct fields in declaration
 * order and map keys sorted by their UTF-8 bytes, which is code point order (not Java's UTF-16
 * order). The YAML writers sort every key (calicoctl's YAML is JSON turned into YAML, whose
 * mappings are sorted), with an endpoint's unknown {@code items} kept after {@code kind} so that
 * the output does not read back as a list. Output here goes through a JSON generator so that the
 * order can be read off the text.
 */
class ModelWriterOrderTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private interface Work {
    void run(JsonGenerator g) throws IOException;
  }

  private static String text(Work work) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      work.run(g);
    }
    return out.toString();
  }

  @Test
  void goOrderSortsMapKeysByCodePoint() {
    // U+FB01 is below U+1F600 as a code point, above its surrogate U+D83D as a UTF-16 unit.
    String ligature = "\uFB01";
    String emoji = "\uD83D\uDE00";
    WorkloadEndpoint wep =
        JSON.read(
            "{\"kind\":\"WorkloadEndpoint\",\"metadata\":{\"labels\":{\""
                + emoji
                + "\":\"1\",\""
                + ligature
                + "\":\"2\",\"ab\":\"3\",\"a\":\"4\",\"b\":\"5\"}}}");
    assertThat(JSON.write(wep))
        .contains(
            "\"labels\":{\"a\":\"4\",\"ab\":\"3\",\"b\":\"5\",\""
                + ligature
                + "\":\"2\",\""
                + emoji
                + "\":\"1\"}");
  }

  @Test
  void goOrderKeepsUnknownObjectKeysAsRead() throws IOException {
    ObjectNode tree = NODES.objectNode();
    tree.put("z", 1);
    tree.put("a", 2);
    assertThat(text(g -> ModelWriter.goOrder().writeTree(g, tree))).isEqualTo("{\"z\":1,\"a\":2}");
  }

  @Test
  void sortedOrderSortsEveryKeyAndKeepsItemsAfterKind() throws IOException {
    WorkloadEndpoint wep =
        JSON.read(
            "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\","
                + "\"items\":[1],\"aaa\":{\"z\":1,\"a\":[{\"y\":true,\"b\":null}]},"
                + "\"metadata\":{\"name\":\"w\",\"namespace\":\"ns\",\"labels\":{\"b\":\"1\",\"a\":\"2\"}},"
                + "\"spec\":{\"node\":\"n\",\"interfaceName\":\"i\"}}");
    ModelWriter sorted = ModelWriter.sorted(Comparator.naturalOrder());
    assertThat(text(g -> sorted.write(g, wep)))
        .isEqualTo(
            "{\"aaa\":{\"a\":[{\"b\":null,\"y\":true}],\"z\":1},"
                + "\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"WorkloadEndpoint\","
                + "\"items\":[1],"
                + "\"metadata\":{\"creationTimestamp\":null,\"labels\":{\"a\":\"2\",\"b\":\"1\"},"
                + "\"name\":\"w\",\"namespace\":\"ns\"},"
                + "\"spec\":{\"interfaceName\":\"i\",\"node\":\"n\"}}");
    // The order given is the order used: reversed, items already follows kind.
    assertThat(text(g -> ModelWriter.sorted(Comparator.<String>reverseOrder()).write(g, wep)))
        .startsWith("{\"spec\":{\"node\":\"n\",\"interfaceName\":\"i\"},\"metadata\":{")
        .endsWith(
            "\"kind\":\"WorkloadEndpoint\",\"items\":[1],\"apiVersion\":\"projectcalico.org/v3\",\"aaa\":{\"z\":1,\"a\":[{\"y\":true,\"b\":null}]}}");
  }

  @Test
  void itemsInAnyCaseFollowKindAndTheEndpointReadsBack() throws IOException {
    // A YamlDecodeFuzzTest finding: "Items" sorts before "apiVersion", and readers match keys
    // ignoring case, so the endpoint read back as a list and its unknown field was lost.
    WorkloadEndpoint wep =
        JSON.read(
            "{\"kind\":\"WorkloadEndpoint\",\"Items\":[1],\"ITEMS\":[2],\"b\":3,"
                + "\"metadata\":{\"name\":\"w\"}}");
    String written = text(g -> ModelWriter.sorted(Comparator.naturalOrder()).write(g, wep));
    assertThat(written)
        .startsWith(
            "{\"apiVersion\":\"projectcalico.org/v3\",\"b\":3,\"kind\":\"WorkloadEndpoint\","
                + "\"ITEMS\":[2],\"Items\":[1],\"metadata\":");
    assertThat(JSON.read(written)).isEqualTo(wep);
  }

  @Test
  void anEndpointWhoseItemsComeBeforeItsKindIsRefusedNotEmptied() {
    assertThatThrownBy(
            () ->
                JSON.read(
                    "{\"apiVersion\":\"projectcalico.org/v3\",\"items\":[{}],"
                        + "\"kind\":\"WorkloadEndpoint\"}"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> assertThat(e.problem()).contains("\"items\" field before its kind"));
  }

  @Test
  void sortedOrderWritesListsAndArraysOfDocuments() throws IOException {
    WorkloadEndpoint a = JSON.read("{\"kind\":\"WorkloadEndpoint\",\"metadata\":{\"name\":\"a\"}}");
    ModelWriter sorted = ModelWriter.sorted(Comparator.naturalOrder());
    String endpoint =
        "{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"WorkloadEndpoint\","
            + "\"metadata\":{\"creationTimestamp\":null,\"name\":\"a\",\"namespace\":\"default\"},"
            + "\"spec\":{}}";
    String list =
        "{\"apiVersion\":\"projectcalico.org/v3\",\"items\":["
            + endpoint
            + "],\"kind\":\"WorkloadEndpointList\",\"metadata\":{}}";
    ResourceDocument document =
        ResourceDocument.ofArray(
            List.of(
                ResourceDocument.of(a),
                ResourceDocument.of(dev.wepkit.WorkloadEndpointList.of(List.of(a)))));
    assertThat(text(g -> sorted.write(g, document))).isEqualTo("[" + endpoint + "," + list + "]");
  }

  @Test
  void numbersInTreesKeepTheirKind() throws IOException {
    ModelWriter json = ModelWriter.goOrder();
    ModelWriter yaml = ModelWriter.sorted(Comparator.naturalOrder());
    assertThat(text(g -> json.writeTree(g, NODES.numberNode(7L)))).isEqualTo("7");
    assertThat(
            text(g -> json.writeTree(g, NODES.numberNode(new BigInteger("123456789012345678901")))))
        .isEqualTo("123456789012345678901");
    assertThat(text(g -> json.writeTree(g, NODES.numberNode(2.5d)))).isEqualTo("2.5");
    // A double without a fraction keeps one, or it would read back as an integer.
    assertThat(text(g -> json.writeTree(g, NODES.numberNode(3.0d)))).isEqualTo("3.0");
    // YAML has words for what JSON cannot hold; JSON gets Jackson's quoted strings.
    assertThat(text(g -> yaml.writeTree(g, NODES.numberNode(Double.POSITIVE_INFINITY))))
        .isEqualTo(".inf");
    assertThat(text(g -> yaml.writeTree(g, NODES.numberNode(Double.NEGATIVE_INFINITY))))
        .isEqualTo("-.inf");
    assertThat(text(g -> yaml.writeTree(g, NODES.numberNode(Double.NaN)))).isEqualTo(".nan");
    assertThat(text(g -> json.writeTree(g, NODES.numberNode(Double.POSITIVE_INFINITY))))
        .isEqualTo("\"Infinity\"");
    assertThat(text(g -> json.writeTree(g, NODES.numberNode(Double.NaN)))).isEqualTo("\"NaN\"");
  }

  @Test
  void otherTreesAreWrittenAsText() throws IOException {
    JsonNode binary = NODES.binaryNode(new byte[] {1, 2, 3});
    assertThat(text(g -> ModelWriter.goOrder().writeTree(g, binary))).isEqualTo("\"AQID\"");
    assertThat(text(g -> ModelWriter.goOrder().writeTree(g, NODES.missingNode())))
        .isEqualTo("null");
    assertThat(text(g -> ModelWriter.goOrder().writeTree(g, NODES.booleanNode(false))))
        .isEqualTo("false");
  }
}
