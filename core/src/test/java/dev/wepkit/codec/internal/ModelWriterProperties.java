// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.Dscp;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.json.WorkloadEndpointJson;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The JSON writer against Go's rules, over seeded random endpoints and maps: every field in Go
 * struct order, an {@code omitempty} field left out exactly when its value is empty, an unknown
 * field in the place of the Go field it names, the other unknown fields after, and map keys in the
 * order of their UTF-8 bytes. The expected JSON is built here from those rules alone (the model's
 * accessors, read by reflection, and Jackson's tree writer), not from the writer's field functions.
 * Replay a failure with {@code -Dwepkit.seed=N}; change the number of cases with {@code
 * -Dwepkit.tries=N} (default 300).
 */
class ModelWriterProperties {
  private static final long SEED = Long.getLong("wepkit.seed", new SplittableRandom().nextLong());
  private static final int TRIES = Integer.getInteger("wepkit.tries", 300);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();

  /** Go's map key order, computed the way Go computes it: comparing the UTF-8 bytes. */
  private static final Comparator<String> UTF8_BYTES =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  static {
    System.out.println(
        "ModelWriterProperties: seed "
            + SEED
            + " (-Dwepkit.seed="
            + SEED
            + "), "
            + TRIES
            + " tries");
  }

  @Test
  void endpointsAreWrittenAsGoPrintsThem() {
    forAll(
        "endpointsAreWrittenAsGoPrintsThem",
        random -> {
          WorkloadEndpoint wep = JSON.read(MAPPER.writeValueAsString(endpointTree(random)));
          String expected = MAPPER.writeValueAsString(expected(ResourceFields.ENDPOINT, wep));
          assertThat(JSON.write(wep)).isEqualTo(expected);
        });
  }

  @Test
  void listsAreWrittenAsGoPrintsThem() {
    forAll(
        "listsAreWrittenAsGoPrintsThem",
        random -> {
          ObjectNode tree = NODES.objectNode();
          tree.put("apiVersion", "projectcalico.org/v3");
          tree.put("kind", "WorkloadEndpointList");
          tree.set("metadata", objectTree(random, ListMetaFields.TYPE));
          ArrayNode items = tree.putArray("items");
          for (int i = random.nextInt(4); i > 0; i--) {
            items.add(endpointTree(random));
          }
          WorkloadEndpointList list = JSON.readList(MAPPER.writeValueAsString(tree));
          String expected = MAPPER.writeValueAsString(expected(ResourceFields.LIST, list));
          assertThat(JSON.write(list)).isEqualTo(expected);
        });
  }

  @Test
  void goOrderIsTheOrderOfUtf8Bytes() {
    forAll(
        "goOrderIsTheOrderOfUtf8Bytes",
        random -> {
          String a = key(random);
          String b = random.nextInt(4) == 0 ? a + key(random) : key(random);
          assertThat(Integer.signum(StringMapOrder.compareGo(a, b)))
              .as("%s vs %s", escape(a), escape(b))
              .isEqualTo(Integer.signum(UTF8_BYTES.compare(a, b)));
        });
  }

  @Test
  void loneSurrogatesCompareAsTheirOwnCodePoints() {
    forAll(
        "loneSurrogatesCompareAsTheirOwnCodePoints",
        random -> {
          String a = withLoneSurrogates(random);
          String b =
              random.nextBoolean() ? withLoneSurrogates(random) : a + withLoneSurrogates(random);
          // String.codePoints() yields a lone surrogate as its own value.
          int expected = Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
          assertThat(Integer.signum(StringMapOrder.compareGo(a, b)))
              .as("%s vs %s", escape(a), escape(b))
              .isEqualTo(Integer.signum(expected));
        });
  }

  @Test
  void sortedMapsAreInUtf8ByteOrder() {
    forAll(
        "sortedMapsAreInUtf8ByteOrder",
        random -> {
          // Up to 150 entries: the packed-prefix sort, and for keys with surrogate pairs both the
          // insertion sort (at most 64) and the merge sort.
          Map<String, String> map = randomMap(random, random.nextInt(4) == 0 ? 150 : 70);
          List<String> expected = new ArrayList<>(map.keySet());
          expected.sort(UTF8_BYTES);
          StringMapOrder.Sorted sorted = StringMapOrder.goOrder(map);
          List<String> keys = new ArrayList<>();
          for (int i = 0; i < sorted.size(); i++) {
            keys.add(sorted.key(i));
            assertThat(sorted.value(i)).isEqualTo(map.get(sorted.key(i)));
          }
          assertThat(keys).isEqualTo(expected);
        });
  }

  @Test
  void mapsWithLoneSurrogatesSortByCodePoint() {
    forAll(
        "mapsWithLoneSurrogatesSortByCodePoint",
        random -> {
          Map<String, String> map = new LinkedHashMap<>();
          for (int i = random.nextInt(70); i > 0; i--) {
            map.put(random.nextBoolean() ? withLoneSurrogates(random) : key(random), "v");
          }
          List<String> expected = new ArrayList<>(map.keySet());
          // String.codePoints() yields a lone surrogate as its own value, a pair as one character.
          expected.sort(
              (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
          StringMapOrder.Sorted sorted = StringMapOrder.goOrder(map);
          List<String> keys = new ArrayList<>();
          for (int i = 0; i < sorted.size(); i++) {
            keys.add(sorted.key(i));
          }
          assertThat(keys).isEqualTo(expected);
        });
  }

  @Test
  void sortsAreStableForKeyOrdersWithTies() {
    forAll(
        "sortsAreStableForKeyOrdersWithTies",
        random -> {
          Map<String, String> map = randomMap(random, random.nextInt(3) == 0 ? 150 : 70);
          // An order with many ties: by length only. A stable sort keeps the map's order among
          // keys of one length, as List.sort (a merge sort) does.
          Comparator<String> byLength = Comparator.comparingInt(String::length);
          List<String> expected = new ArrayList<>(map.keySet());
          expected.sort(byLength);
          StringMapOrder.Sorted sorted = StringMapOrder.sort(map, byLength);
          List<String> keys = new ArrayList<>();
          for (int i = 0; i < sorted.size(); i++) {
            keys.add(sorted.key(i));
          }
          assertThat(keys).isEqualTo(expected);
        });
  }

  @Test
  void mapKeysOutOfOrderAreWrittenInUtf8ByteOrder() throws Exception {
    // A supplementary character (UTF-8 F0..) sorts after U+FFFD (EF BF BD) in Go, though its first
    // UTF-16 unit (a surrogate, D83D) sorts before U+FFFD's.
    WorkloadEndpoint wep =
        JSON.read(
            "{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"WorkloadEndpoint\","
                + "\"metadata\":{\"labels\":{\"\uD83D\uDE00\":\"1\",\"\uFFFD\":\"2\",\"b\":\"3\","
                + "\"a\":\"4\"}}}");
    List<String> keys = new ArrayList<>();
    MAPPER
        .readTree(JSON.write(wep))
        .get("metadata")
        .get("labels")
        .fieldNames()
        .forEachRemaining(keys::add);
    assertThat(keys).containsExactly("a", "b", "\uFFFD", "\uD83D\uDE00");
  }

  // ---------------------------------------------------------------- the expected JSON

  /** The value as Go prints it, from the rules and the model's accessors. */
  private static ObjectNode expected(ModelType<?, ?> type, Object value) throws Exception {
    Map<String, JsonNode> unknown = unknownFields(value);
    ObjectNode out = NODES.objectNode();
    Set<String> names = new LinkedHashSet<>();
    for (Field<?, ?> field : type.fields()) {
      names.add(field.wireName());
      JsonNode written =
          field.kind() == ValueKind.UNTYPED
              ? null
              : typedValue(field, accessor(value, field.accessor()));
      if (written == null) {
        written = unknown.get(field.wireName());
      }
      if (written != null) {
        out.set(field.wireName(), written);
      }
    }
    for (Map.Entry<String, JsonNode> entry : unknown.entrySet()) {
      if (!names.contains(entry.getKey())) {
        out.set(entry.getKey(), entry.getValue());
      }
    }
    return out;
  }

  /** What a typed field writes, or null when omitempty leaves it out. */
  private static JsonNode typedValue(Field<?, ?> field, Object value) throws Exception {
    Object v = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    boolean empty;
    switch (field.kind()) {
      case STRING:
        empty = ((String) v).isEmpty();
        break;
      case STRING_LIST:
      case OBJECT_LIST:
        empty = ((List<?>) v).isEmpty();
        break;
      case STRING_MAP:
        empty = ((Map<?, ?>) v).isEmpty();
        break;
      case UINT16:
      case INT64:
        empty = ((Number) v).longValue() == 0;
        break;
      case PROTOCOL:
        empty = v.equals(Protocol.NONE);
        break;
      default:
        // DSCP, TIMESTAMP, OBJECT: a nil pointer (or a zero time).
        empty = v == null;
        break;
    }
    if (empty && field.omitEmpty()) {
      return null;
    }
    if (v == null) {
      return NODES.nullNode();
    }
    switch (field.kind()) {
      case STRING:
      case TIMESTAMP:
        return NODES.textNode((String) v);
      case STRING_LIST:
        {
          ArrayNode array = NODES.arrayNode();
          for (Object s : (List<?>) v) {
            array.add((String) s);
          }
          return array;
        }
      case STRING_MAP:
        {
          @SuppressWarnings("unchecked")
          Map<String, String> map = (Map<String, String>) v;
          TreeMap<String, String> sorted = new TreeMap<>(UTF8_BYTES);
          sorted.putAll(map);
          ObjectNode object = NODES.objectNode();
          sorted.forEach(object::put);
          return object;
        }
      case UINT16:
      case INT64:
        return NODES.numberNode(((Number) v).longValue());
      case PROTOCOL:
        {
          Protocol protocol = (Protocol) v;
          return protocol.isNumber()
              ? NODES.numberNode(protocol.number().getAsInt())
              : NODES.textNode(protocol.text());
        }
      case DSCP:
        {
          Dscp dscp = (Dscp) v;
          return dscp.isNumber()
              ? NODES.numberNode(dscp.number().getAsInt())
              : NODES.textNode(dscp.text());
        }
      case OBJECT:
        return expected(field.elementType(), v);
      case OBJECT_LIST:
        {
          ArrayNode array = NODES.arrayNode();
          for (Object element : (List<?>) v) {
            array.add(expected(field.elementType(), element));
          }
          return array;
        }
      default:
        throw new AssertionError("unexpected kind " + field.kind());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, JsonNode> unknownFields(Object value) throws Exception {
    return (Map<String, JsonNode>) accessor(value, "unknownFields");
  }

  private static Object accessor(Object value, String name) throws Exception {
    Method method = publicInterfaceMethod(value.getClass(), name);
    return method.invoke(value);
  }

  /** The model interface's accessor (the generated classes are not public to this test). */
  private static Method publicInterfaceMethod(Class<?> type, String name) throws Exception {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        try {
          return i.getMethod(name);
        } catch (NoSuchMethodException e) {
          // Try the next interface.
        }
      }
    }
    return type.getMethod(name);
  }

  // ---------------------------------------------------------------- generated input

  private static ObjectNode endpointTree(SplittableRandom random) {
    ObjectNode tree = NODES.objectNode();
    // Go's names in another order than Go's: the writer must restore it.
    tree.set("spec", objectTree(random, SpecFields.TYPE));
    tree.set("metadata", objectTree(random, ObjectMetaFields.TYPE));
    tree.put("kind", "WorkloadEndpoint");
    tree.put("apiVersion", "projectcalico.org/v3");
    if (random.nextInt(5) == 0) {
      tree.set("x-top", anyTree(random, 2));
    }
    return tree;
  }

  /** An object of a model type: a random subset of its fields, shuffled, and unknown fields. */
  private static ObjectNode objectTree(SplittableRandom random, ModelType<?, ?> type) {
    List<Field<?, ?>> fields = new ArrayList<>(type.fields());
    Collections.shuffle(fields, new java.util.Random(random.nextLong()));
    ObjectNode tree = NODES.objectNode();
    for (Field<?, ?> field : fields) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      JsonNode value = fieldTree(random, field);
      if (value != null) {
        tree.set(field.wireName(), value);
      }
    }
    for (int i = random.nextInt(6) == 0 ? random.nextInt(3) + 1 : 0; i > 0; i--) {
      tree.set("x-unknown-" + random.nextInt(100), anyTree(random, 2));
    }
    return tree;
  }

  private static JsonNode fieldTree(SplittableRandom random, Field<?, ?> field) {
    switch (field.kind()) {
      case STRING:
        return NODES.textNode(text(random));
      case STRING_LIST:
        {
          ArrayNode array = NODES.arrayNode();
          for (int i = random.nextInt(4); i > 0; i--) {
            array.add(text(random));
          }
          return array;
        }
      case STRING_MAP:
        {
          ObjectNode object = NODES.objectNode();
          randomMap(random, random.nextInt(5) == 0 ? 80 : 8).forEach(object::put);
          return object;
        }
      case UINT16:
        return NODES.numberNode(random.nextInt(3) == 0 ? 0 : random.nextInt(65536));
      case INT64:
        return NODES.numberNode(random.nextInt(3) == 0 ? 0L : random.nextLong());
      case PROTOCOL:
        switch (random.nextInt(4)) {
          case 0:
            return NODES.numberNode(random.nextInt(256));
          case 1:
            return NODES.textNode("");
          default:
            return NODES.textNode(random.nextBoolean() ? "TCP" : text(random));
        }
      case DSCP:
        return random.nextBoolean()
            ? NODES.numberNode(random.nextInt(64))
            : NODES.textNode(random.nextBoolean() ? "AF11" : text(random));
      case TIMESTAMP:
        return random.nextBoolean() ? NODES.nullNode() : NODES.textNode("2026-12-07T01:00:00Z");
      case OBJECT:
        return random.nextInt(4) == 0 ? NODES.nullNode() : objectTree(random, field.elementType());
      case OBJECT_LIST:
        {
          ArrayNode array = NODES.arrayNode();
          for (int i = random.nextInt(4); i > 0; i--) {
            array.add(objectTree(random, field.elementType()));
          }
          return array;
        }
      case UNTYPED:
        return anyTree(random, 2);
      default:
        return null;
    }
  }

  /** Any JSON value without fractions (whose text the writer and Jackson may spell apart). */
  private static JsonNode anyTree(SplittableRandom random, int depth) {
    switch (random.nextInt(depth > 0 ? 6 : 4)) {
      case 0:
        return NODES.textNode(text(random));
      case 1:
        return NODES.numberNode(random.nextLong());
      case 2:
        return NODES.booleanNode(random.nextBoolean());
      case 3:
        return NODES.nullNode();
      case 4:
        {
          ObjectNode object = NODES.objectNode();
          for (int i = random.nextInt(3); i > 0; i--) {
            object.set(key(random), anyTree(random, depth - 1));
          }
          return object;
        }
      default:
        {
          ArrayNode array = NODES.arrayNode();
          for (int i = random.nextInt(3); i > 0; i--) {
            array.add(anyTree(random, depth - 1));
          }
          return array;
        }
    }
  }

  private static Map<String, String> randomMap(SplittableRandom random, int maxSize) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = random.nextInt(maxSize + 1); i > 0; i--) {
      map.put(key(random), text(random));
    }
    return map;
  }

  /**
   * A key that often shares a prefix with others, drawn from ASCII, Latin-1, the rest of the BMP
   * (U+E000 to U+FFFF among it, which UTF-16 sorts after surrogates) and supplementary characters.
   */
  private static String key(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    if (random.nextBoolean()) {
      out.append(random.nextBoolean() ? "app.kubernetes.io/" : "projectcalico.org/");
    }
    for (int i = random.nextInt(6); i >= 0; i--) {
      out.appendCodePoint(codePoint(random));
    }
    return out.toString();
  }

  private static String text(SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(12); i >= 0; i--) {
      // Characters JSON escapes too: quotes, backslashes, controls.
      out.appendCodePoint(
          random.nextInt(8) == 0 ? "\"\\\n\t\u0001/".charAt(random.nextInt(6)) : codePoint(random));
    }
    return out.toString();
  }

  private static int codePoint(SplittableRandom random) {
    switch (random.nextInt(6)) {
      case 0:
        return 0xA0 + random.nextInt(0x60);
      case 1:
        return 0xE000 + random.nextInt(0x2000);
      case 2:
        return 0x10000 + random.nextInt(0x10000);
      case 3:
        return 0x100 + random.nextInt(0xD700);
      default:
        return 'a' + random.nextInt(26);
    }
  }

  /** A string that may hold lone surrogates, which no UTF-8 text can. */
  private static String withLoneSurrogates(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    for (int i = random.nextInt(5); i >= 0; i--) {
      switch (random.nextInt(4)) {
        case 0:
          out.append((char) (0xD800 + random.nextInt(0x800)));
          break;
        case 1:
          out.append((char) (0xE000 + random.nextInt(0x2000)));
          break;
        default:
          out.appendCodePoint(codePoint(random));
          break;
      }
    }
    return out.toString();
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.chars()
        .forEach(
            c -> out.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.toString();
  }

  // ---------------------------------------------------------------- runner

  @FunctionalInterface
  private interface Property {
    void check(SplittableRandom random) throws Exception;
  }

  private static void forAll(String name, Property property) {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < TRIES; i++) {
      try {
        property.check(random);
      } catch (AssertionError | Exception e) {
        String replay = name + " failed on try " + i + "; replay with -Dwepkit.seed=" + SEED;
        System.err.println(replay);
        throw new AssertionError(replay + ": " + e.getMessage(), e);
      }
    }
  }
}
