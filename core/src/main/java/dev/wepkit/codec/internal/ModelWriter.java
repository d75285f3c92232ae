// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.Dscp;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.codec.ResourceDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the model to a Jackson generator the way Go prints it, by looping over each type's fields
 * ({@link ModelType}): {@code omitempty} fields left out when empty, ports always with their five
 * fields, {@code creationTimestamp} always ({@code null} when unset), unknown fields written back.
 * Keys come in Go struct order, or in the order of a key comparator (calicoctl's YAML sorts every
 * key).
 */
public final class ModelWriter {
  private final Comparator<String> keyOrder;
  private final boolean yamlNumbers;

  private ModelWriter(Comparator<String> keyOrder, boolean yamlNumbers) {
    this.keyOrder = keyOrder;
    this.yamlNumbers = yamlNumbers;
  }

  /**
   * A writer in Go struct order, for JSON: map keys sorted as Go's {@code encoding/json} sorts
   * them, infinities and NaN (which JSON cannot hold) left to the generator.
   *
   * @return the writer
   */
  public static ModelWriter goOrder() {
    return new ModelWriter(null, false);
  }

  /**
   * A writer that sorts every key, for YAML: infinities and NaN written as YAML's {@code .inf},
   * {@code -.inf} and {@code .nan}.
   *
   * @param keyOrder the order of every object's and map's keys
   * @return the writer
   */
  public static ModelWriter sorted(Comparator<String> keyOrder) {
    return new ModelWriter(keyOrder, true);
  }

  /**
   * Writes a document in its own shape.
   *
   * @param g the generator
   * @param document the document
   * @throws IOException from the generator
   */
  public void write(JsonGenerator g, ResourceDocument document) throws IOException {
    switch (document.shape()) {
      case ENDPOINT:
        write(g, document.endpoint());
        break;
      case LIST:
        write(g, document.list());
        break;
      default:
        g.writeStartArray();
        for (ResourceDocument element : document.elements()) {
          write(g, element);
        }
        g.writeEndArray();
        break;
    }
  }

  /**
   * Writes an endpoint.
   *
   * @param g the generator
   * @param wep the endpoint
   * @throws IOException from the generator
   */
  public void write(JsonGenerator g, WorkloadEndpoint wep) throws IOException {
    writeObject(g, ResourceFields.ENDPOINT, wep);
  }

  /**
   * Writes a list, with its {@code metadata} and {@code items} always present, as Go does.
   *
   * @param g the generator
   * @param list the list
   * @throws IOException from the generator
   */
  public void write(JsonGenerator g, WorkloadEndpointList list) throws IOException {
    writeObject(g, ResourceFields.LIST, list);
  }

  /** Writes a value of a model type as an object. */
  <T, B> void writeObject(JsonGenerator g, ModelType<T, B> type, T value) throws IOException {
    Map<String, JsonNode> unknown = type.unknownFields(value);
    g.writeStartObject();
    if (keyOrder == null) {
      writeInGoOrder(g, type, value, unknown);
    } else {
      writeSorted(g, type, value, unknown);
    }
    g.writeEndObject();
  }

  /**
   * The fields in Go order; an unknown field with a known name takes that field's place when the
   * typed value is not written, and the other unknown fields follow in the order they were read.
   */
  private <T, B> void writeInGoOrder(
      JsonGenerator g, ModelType<T, B> type, T value, Map<String, JsonNode> unknown)
      throws IOException {
    if (unknown.isEmpty()) {
      // The common case: only typed fields can be written. One call per field tests omitempty
      // and writes.
      Field<T, B>[] fields = type.typedArray();
      for (int i = 0; i < fields.length; i++) {
        writeField(g, fields[i], value);
      }
      return;
    }
    Field<T, B>[] fields = type.array();
    for (int i = 0; i < fields.length; i++) {
      Field<T, B> field = fields[i];
      // An untyped field is never written by its descriptor: its value is an unknown field.
      if (!writeField(g, field, value)) {
        JsonNode tree = unknown.get(field.wireName());
        if (tree != null) {
          g.writeFieldName(field.serializedName());
          writeTree(g, tree);
        }
      }
    }
    for (Map.Entry<String, JsonNode> entry : unknown.entrySet()) {
      if (!type.hasExactly(entry.getKey())) {
        g.writeFieldName(entry.getKey());
        writeTree(g, entry.getValue());
      }
    }
  }

  /** What {@link #writeInGoOrder} writes, with the keys in this writer's order. */
  private <T, B> void writeSorted(
      JsonGenerator g, ModelType<T, B> type, T value, Map<String, JsonNode> unknown)
      throws IOException {
    List<Entry<T, B>> entries = new ArrayList<>(type.array().length + unknown.size());
    for (Field<T, B> field : type.array()) {
      if (writeField(null, field, value)) {
        entries.add(new Entry<>(field.wireName(), field, null));
      } else {
        JsonNode tree = unknown.get(field.wireName());
        if (tree != null) {
          entries.add(new Entry<>(field.wireName(), null, tree));
        }
      }
    }
    for (Map.Entry<String, JsonNode> entry : unknown.entrySet()) {
      if (!type.hasExactly(entry.getKey())) {
        entries.add(new Entry<>(entry.getKey(), null, entry.getValue()));
      }
    }
    entries.sort((a, b) -> keyOrder.compare(a.name, b.name));
    if (type == ResourceFields.ENDPOINT) {
      itemsAfterKind(entries);
    }
    for (Entry<T, B> entry : entries) {
      if (entry.field != null) {
        writeField(g, entry.field, value);
      } else {
        g.writeFieldName(entry.name);
        writeTree(g, entry.tree);
      }
    }
  }

  /**
   * Moves an endpoint's unknown {@code items} fields (in any case: readers match keys as Go does,
   * ignoring case) after its {@code kind}. Readers stream a list's items as they come, so {@code
   * items} before any {@code kind} starts a list: sorted before {@code kind} ({@code Items} sorts
   * before every lower-case key), the endpoint would not read back.
   */
  private static <T, B> void itemsAfterKind(List<Entry<T, B>> entries) {
    int kind = -1;
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).name.equals("kind")) {
        kind = i;
      }
    }
    List<Entry<T, B>> items = new ArrayList<>(1);
    for (int i = kind - 1; i >= 0; i--) {
      if (entries.get(i).name.equalsIgnoreCase("items")) {
        items.add(0, entries.remove(i));
        kind--;
      }
    }
    entries.addAll(kind + 1, items);
  }

  /** A key to write: a typed field, or an unknown field's tree. */
  private static final class Entry<T, B> {
    final String name;
    final Field<T, B> field;
    final JsonNode tree;

    Entry(String name, Field<T, B> field, JsonNode tree) {
      this.name = name;
      this.field = field;
      this.tree = tree;
    }
  }

  // ---------------------------------------------------------------- values

  /**
   * Writes a field's name and value, unless {@code omitempty} leaves it out; with a null generator
   * it writes nothing and only answers (the sorted writer chooses its keys before it writes any).
   * An untyped field is never written: its value is among the unknown fields.
   *
   * <p>One switch over the ways a value is held, each with its own getter call: see {@link
   * Field#STRING}.
   *
   * @return whether the field is (or would be) written
   */
  private <T> boolean writeField(JsonGenerator g, Field<T, ?> field, T value) throws IOException {
    // Strings, most fields, in a method small enough to be inlined into the loops; the other
    // ways in their own.
    if (field.writeAs != Field.STRING) {
      return writeNonString(g, field, value);
    }
    String text = (String) GetterCalls.call(field.site, field.get, value);
    if (field.omitEmpty() && text.isEmpty()) {
      return false;
    }
    if (g != null) {
      g.writeFieldName(field.serializedName());
      g.writeString(text);
    }
    return true;
  }

  /** {@link #writeField} for every way but {@link Field#STRING}. */
  @SuppressWarnings("unchecked")
  private <T> boolean writeNonString(JsonGenerator g, Field<T, ?> field, T value)
      throws IOException {
    switch (field.writeAs) {
      case Field.STRING_LIST:
        {
          List<String> values = (List<String>) GetterCalls.call(field.site, field.get, value);
          if (field.omitEmpty() && values.isEmpty()) {
            return false;
          }
          if (g != null) {
            g.writeFieldName(field.serializedName());
            writeStringList(g, values);
          }
          return true;
        }
      case Field.STRING_MAP:
        {
          Map<String, String> map = (Map<String, String>) field.get.apply(value);
          if (field.omitEmpty() && map.isEmpty()) {
            return false;
          }
          if (g != null) {
            g.writeFieldName(field.serializedName());
            writeStringMap(g, map);
          }
          return true;
        }
      case Field.UINT16:
        {
          int number = field.getInt.applyAsInt(value);
          if (field.omitEmpty() && number == 0) {
            return false;
          }
          if (g != null) {
            g.writeFieldName(field.serializedName());
            g.writeNumber(number);
          }
          return true;
        }
      case Field.INT64:
        {
          long number = field.getLong.applyAsLong(value);
          if (field.omitEmpty() && number == 0L) {
            return false;
          }
          if (g != null) {
            g.writeFieldName(field.serializedName());
            g.writeNumber(number);
          }
          return true;
        }
      case Field.PROTOCOL:
        {
          Protocol protocol = (Protocol) field.get.apply(value);
          if (field.omitEmpty() && protocol.equals(Protocol.NONE)) {
            return false;
          }
          if (g != null) {
            g.writeFieldName(field.serializedName());
            if (protocol.isNumber()) {
              g.writeNumber(protocol.number().getAsInt());
            } else {
              g.writeString(protocol.text());
            }
          }
          return true;
        }
      case Field.DSCP:
        {
          // A nil pointer is empty, and Go prints it as null when the field is not omitempty.
          Dscp dscp = ((Optional<Dscp>) field.get.apply(value)).orElse(null);
          if (field.omitEmpty() && dscp == null) {
            return false;
          }
          if (g != null) {
            g.writeFieldName(field.serializedName());
            if (dscp == null) {
              g.writeNull();
            } else if (dscp.isNumber()) {
              g.writeNumber(dscp.number().getAsInt());
            } else {
              g.writeString(dscp.text());
            }
          }
          return true;
        }
      case Field.TIMESTAMP:
        {
          String time = ((Optional<String>) field.get.apply(value)).orElse(null);
          if (field.omitEmpty() && time == null) {
            return false;
          }
          if (g != null) {
            g.writeFieldName(field.serializedName());
            if (time != null) {
              g.writeString(time);
            } else {
              g.writeNull();
            }
          }
          return true;
        }
      case Field.OPTIONAL_OBJECT:
        {
          // A nil pointer is empty, and Go prints it as null when the field is not omitempty.
          Object object = ((Optional<?>) field.get.apply(value)).orElse(null);
          if (field.omitEmpty() && object == null) {
            return false;
          }
          if (g != null) {
            g.writeFieldName(field.serializedName());
            if (object == null) {
              g.writeNull();
            } else {
              writeObject(g, (ModelType<Object, ?>) field.elementType(), object);
            }
          }
          return true;
        }
      case Field.OBJECT:
        if (g != null) {
          g.writeFieldName(field.serializedName());
          writeObject(
              g,
              (ModelType<Object, ?>) field.elementType(),
              GetterCalls.call(field.site, field.get, value));
        }
        return true;
      case Field.OBJECT_LIST:
        {
          List<Object> elements = (List<Object>) GetterCalls.call(field.site, field.get, value);
          if (field.omitEmpty() && elements.isEmpty()) {
            return false;
          }
          if (g != null) {
            g.writeFieldName(field.serializedName());
            writeObjectList(g, (ModelType<Object, ?>) field.elementType(), elements);
          }
          return true;
        }
      default:
        // UNTYPED: its value, if any, is among the unknown fields, which the writer puts in its
        // place.
        return false;
    }
  }

  static void writeStringList(JsonGenerator g, List<String> values) throws IOException {
    g.writeStartArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      g.writeString(values.get(i));
    }
    g.writeEndArray();
  }

  /** Writes a list of a model type's values as an array. */
  <C, D> void writeObjectList(JsonGenerator g, ModelType<C, D> type, List<C> elements)
      throws IOException {
    g.writeStartArray();
    for (int i = 0, n = elements.size(); i < n; i++) {
      writeObject(g, type, elements.get(i));
    }
    g.writeEndArray();
  }

  /**
   * Writes a map with its keys in order: Go's byte order, or this writer's key order. The entries
   * are copied side by side in one pass that also checks their order; maps usually come in order
   * already (read from Go's output, or built sorted), and only a map out of order is sorted.
   */
  void writeStringMap(JsonGenerator g, Map<String, String> map) throws IOException {
    g.writeStartObject();
    if (map.size() == 1 && keyOrder == null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        g.writeFieldName(entry.getKey());
        g.writeString(entry.getValue());
      }
    } else if (!map.isEmpty()) {
      StringMapOrder.Sorted sorted =
          keyOrder == null ? StringMapOrder.goOrder(map) : StringMapOrder.sort(map, keyOrder);
      for (int i = 0, n = sorted.size(); i < n; i++) {
        g.writeFieldName(sorted.key(i));
        g.writeString(sorted.value(i));
      }
    }
    g.writeEndObject();
  }

  /**
   * Writes a tree, with object keys in this writer's order when it has one.
   *
   * @param g the generator
   * @param node the tree
   * @throws IOException from the generator
   */
  public void writeTree(JsonGenerator g, JsonNode node) throws IOException {
    if (node.isObject()) {
      List<String> keys = new ArrayList<>(node.size());
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      if (keyOrder != null) {
        keys.sort(keyOrder);
      }
      g.writeStartObject();
      for (String key : keys) {
        g.writeFieldName(key);
        writeTree(g, node.get(key));
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (JsonNode element : node) {
        writeTree(g, element);
      }
      g.writeEndArray();
    } else if (node.isTextual()) {
      g.writeString(node.textValue());
    } else if (node.isNumber()) {
      writeNumber(g, node);
    } else if (node.isBoolean()) {
      g.writeBoolean(node.booleanValue());
    } else if (node.isNull() || node.isMissingNode()) {
      g.writeNull();
    } else {
      g.writeString(node.asText());
    }
  }

  private void writeNumber(JsonGenerator g, JsonNode node) throws IOException {
    if (node.isIntegralNumber()) {
      if (node.canConvertToLong()) {
        g.writeNumber(node.longValue());
      } else {
        g.writeNumber(node.bigIntegerValue());
      }
    } else if (node.isBigDecimal() || Double.isFinite(node.doubleValue())) {
      // An exact decimal is written as read, even beyond a double's range (9e99999 is no
      // infinity); only doubles can be infinite or NaN. A decimal without a fraction (5e0, or
      // YAML's 8.) gets one, or it would read back as an integer.
      BigDecimal value = node.decimalValue();
      g.writeNumber(value.scale() == 0 ? value.setScale(1) : value);
    } else if (yamlNumbers) {
      // YAML has a number syntax for them.
      double value = node.doubleValue();
      g.writeNumber(Double.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf");
    } else {
      // JSON has no infinity or NaN: Jackson writes them as the strings "Infinity" and "NaN".
      g.writeNumber(node.doubleValue());
    }
  }
}
