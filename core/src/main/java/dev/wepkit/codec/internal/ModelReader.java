// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.Dscp;
import dev.wepkit.Protocol;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.internal.StringPairs;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Binds the parts of a resource from a Jackson token stream, JSON or YAML alike.
 *
 * <p>Each {@code read*} method starts with the parser on the value's first token and leaves it on
 * the value's last token. The rules follow Go's {@code encoding/json} as calicoctl uses it through
 * {@code sigs.k8s.io/yaml}: {@code null} leaves the zero value, scalars bound to strings keep their
 * literal text, numbers bound to integers must be integers in range, keys match exactly and then
 * case-insensitively.
 */
final class ModelReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private ModelReader() {}

  // ---------------------------------------------------------------- objects

  /**
   * Reads an object of a model type into {@code target} and finishes the value; {@code null} gives
   * the type's empty value. Keys are looked up in the type's fields, exactly and then
   * case-insensitively; unknown keys are kept as trees (an error in strict mode).
   */
  static <T, B> T readObject(ReadContext ctx, ModelType<T, B> type, B target) throws IOException {
    JsonParser p = ctx.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return type.finish(target, null);
    }
    expectObject(ctx, type.description());
    Map<String, JsonNode> unknown = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      Field<T, B> field = type.lookup(name);
      if (field == null || field.kind() == ValueKind.UNTYPED) {
        unknown = putUnknown(ctx, unknown, name, field != null);
        continue;
      }
      long before = seen;
      seen = markSeen(ctx, seen, field, name);
      int depth = ctx.depth();
      p.nextToken();
      PositionTrail trail = ctx.trail();
      int back = 0;
      if (trail != null) {
        back = trail.enterField(field.wireName());
        trail.mark(p.currentTokenLocation());
      }
      try {
        field.read(ctx, target, repeated(before, field.index()));
      } catch (WorkloadEndpointDecodeException e) {
        // The field keeps what it had; the resource fails at its end with every problem found.
        ctx.recover(e, depth);
      }
      if (trail != null) {
        trail.leave(back);
      }
    }
    return type.finish(target, unknown);
  }

  /**
   * Reads a list of a model type's objects ({@code null} is an empty list), adding each element to
   * {@code target} with {@code add} (straight into a builder: no temporary list, and no lambda made
   * per list); one accumulator serves every element when the type can reset it.
   */
  static <B, C, D> void readObjectList(
      ReadContext ctx, ModelType<C, D> type, String what, B target, BiConsumer<B, C> add)
      throws IOException {
    JsonParser p = ctx.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    expectArray(ctx, what);
    D element = null;
    PositionTrail trail = ctx.trail();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      element = type.nextTarget(element);
      int back = trail == null ? 0 : enterElement(trail, index++, p);
      add.accept(target, readObject(ctx, type, element));
      if (trail != null) {
        trail.leave(back);
      }
    }
  }

  // ---------------------------------------------------------------- scalars

  /**
   * Reads a value bound to a Go string. A YAML or JSON scalar keeps its literal text (so an
   * unquoted {@code 1337495556942031415926535} or {@code on} survives exactly); {@code null} is the
   * empty string, as Go leaves the zero value.
   */
  static String readString(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    JsonToken token = p.currentToken();
    switch (token) {
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return ctx.stringValue(p.getText());
      case VALUE_NULL:
        return "";
      default:
        throw ctx.error("expected a string but found " + describe(token));
    }
  }

  /**
   * Reads {@code kind} or {@code apiVersion}: as {@link #readString}, but always the literal text
   * (calicoctl converts no unquoted scalar in these two, and they must be exact names anyway).
   */
  static String readTypeName(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return "";
    }
    if (token.isScalarValue()) {
      return p.getText();
    }
    throw ctx.error("expected a string but found " + describe(token));
  }

  static int readUint16(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return 0;
    }
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      int value = p.getIntValue();
      if (value >= 0 && value <= 65535) {
        return value;
      }
    }
    throw ctx.error("expected an integer from 0 to 65535 but found " + describeValue(ctx));
  }

  static long readInt64(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return 0L;
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = p.getNumberType();
      if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
        return p.getLongValue();
      }
    }
    throw ctx.error("expected a 64-bit integer but found " + describeValue(ctx));
  }

  static Protocol readProtocol(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return Protocol.NONE;
    }
    if (token == JsonToken.VALUE_STRING) {
      return Protocol.of(p.getText());
    }
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      int value = p.getIntValue();
      if (value >= 0 && value <= 255) {
        return Protocol.of(value);
      }
    }
    throw ctx.error(
        "expected a protocol name or a number from 0 to 255 but found " + describeValue(ctx));
  }

  static Dscp readDscp(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return Dscp.of(p.getText());
    }
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      int value = p.getIntValue();
      if (value >= 0 && value <= 255) {
        return Dscp.of(value);
      }
    }
    throw ctx.error(
        "expected a DSCP name or a number from 0 to 255 but found " + describeValue(ctx));
  }

  /** Reads a list of strings, adding each to {@code target} with {@code add}. */
  static <B> void readStringList(ReadContext ctx, B target, BiConsumer<B, String> add)
      throws IOException {
    JsonParser p = ctx.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    expectArray(ctx, "a list of strings");
    PositionTrail trail = ctx.trail();
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int back = trail == null ? 0 : enterElement(trail, index++, p);
      add.accept(target, readString(ctx));
      if (trail != null) {
        trail.leave(back);
      }
    }
  }

  /**
   * Reads a map of strings into {@code into} (empty), which also finds duplicate keys; the last
   * value wins, as in Go.
   *
   * @return {@code into}
   */
  static StringPairs readStringMap(ReadContext ctx, StringPairs into) throws IOException {
    JsonParser p = ctx.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return into;
    }
    expectObject(ctx, "a map of strings");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = ctx.mapKey(p.currentName());
      int at = into.indexOf(key);
      if (at >= 0) {
        duplicate(ctx, key);
      }
      p.nextToken();
      PositionTrail trail = ctx.trail();
      if (trail != null) {
        int back = trail.enterKey(key);
        trail.mark(p.currentTokenLocation());
        trail.leave(back);
      }
      into.put(at, key, readString(ctx));
    }
    return into;
  }

  /** Steps into element {@code index} of a list and marks it; returns the length to go back to. */
  private static int enterElement(PositionTrail trail, int index, JsonParser p) {
    int back = trail.enterIndex(index);
    trail.mark(p.currentTokenLocation());
    return back;
  }

  // ---------------------------------------------------------------- unknown values

  private static Map<String, JsonNode> putUnknown(
      ReadContext ctx, Map<String, JsonNode> unknown, String name, boolean knownToGo)
      throws IOException {
    if (!knownToGo && ctx.strict()) {
      ctx.record(
          ctx.error(
              WorkloadEndpointDecodeException.Reason.UNKNOWN_FIELD,
              "unknown field \"" + name + "\""));
      if (!ctx.keepUnknownValues) {
        ctx.parser.nextToken();
        ctx.parser.skipChildren();
        return unknown;
      }
    }
    Map<String, JsonNode> map = unknown == null ? new LinkedHashMap<>() : unknown;
    if (map.containsKey(name)) {
      duplicate(ctx, name);
    }
    ctx.parser.nextToken();
    map.put(name, readTree(ctx));
    return map;
  }

  /**
   * Reads any value as a tree, keeping exact numbers (big integers and decimals as written).
   * Duplicate keys inside it follow the mode.
   */
  static JsonNode readTree(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT:
        {
          ObjectNode object = NODES.objectNode();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (object.has(name)) {
              duplicate(ctx, name);
            }
            p.nextToken();
            object.set(name, readTree(ctx));
          }
          return object;
        }
      case START_ARRAY:
        {
          ArrayNode array = NODES.arrayNode();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            array.add(readTree(ctx));
          }
          return array;
        }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        {
          // Exact decimals keep "1.10" as written; YAML's .inf and .nan have no decimal form.
          if (p.isNaN()) {
            return unsupportedInJson(ctx, p.getDoubleValue());
          }
          try {
            return NODES.numberNode(p.getDecimalValue());
          } catch (IOException | NumberFormatException e) {
            Double special = nonFinite(p.getText());
            if (special != null) {
              return unsupportedInJson(ctx, special);
            }
            throw e;
          }
        }
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT:
        // YAML binary (!!binary) and similar: keep the text, never instantiate anything.
        return NODES.textNode(p.getText());
      default:
        throw ctx.error("unexpected " + describe(token));
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * A YAML infinity or not-a-number in a value without a Go type (an unknown field, say): calicoctl
   * converts YAML to JSON before binding it, and Go's JSON encoder refuses such a number (a typed
   * string field gets its text instead; see {@link CalicoctlScalars}). Recorded as the resource's
   * problem, so reading goes on; the tree keeps the number for the partial result.
   */
  private static JsonNode unsupportedInJson(ReadContext ctx, double value) throws IOException {
    String go = GoFloatFormat.formatG(value, 64);
    String text = ctx.parser.getText();
    ctx.record(
        ctx.error(
            "calicoctl cannot convert "
                + text
                + " to JSON here (json: unsupported value: "
                + go
                + "): quote it to keep it as text"));
    return NODES.numberNode(value);
  }

  /** YAML's infinities and not-a-number, which Jackson's YAML parser types but cannot convert. */
  private static Double nonFinite(String text) {
    switch (text) {
      case ".inf":
      case ".Inf":
      case ".INF":
      case "+.inf":
      case "+.Inf":
      case "+.INF":
        return Double.POSITIVE_INFINITY;
      case "-.inf":
      case "-.Inf":
      case "-.INF":
        return Double.NEGATIVE_INFINITY;
      case ".nan":
      case ".NaN":
      case ".NAN":
        return Double.NaN;
      default:
        return null;
    }
  }

  /**
   * Records that a field was set, two bits a field: set by its exact name, set by a
   * case-insensitive match. Only a repeated exact key is a duplicate to Calico (sigs.k8s.io/yaml
   * checks keys as written); two spellings of one field are accepted by Go, the last one winning,
   * so they only produce a warning.
   */
  private static long markSeen(ReadContext ctx, long seen, Field<?, ?> field, String name) {
    boolean exact = field.wireName().equals(name);
    long exactBit = 1L << (2 * field.index());
    long foldedBit = exactBit << 1;
    if (exact && (seen & exactBit) != 0) {
      duplicate(ctx, name);
    } else if ((seen & (exactBit | foldedBit)) != 0) {
      ctx.warn(
          DecodeWarning.Kind.LETTER_CASE,
          "field \""
              + field.wireName()
              + "\" is set more than once with different letter case: the"
              + " last value is used");
    }
    return seen | (exact ? exactBit : foldedBit);
  }

  /** Whether field {@code index} had been set before this occurrence (see {@link #markSeen}). */
  private static boolean repeated(long before, int index) {
    return (before & (3L << (2 * index))) != 0;
  }

  static void duplicate(ReadContext ctx, String name) {
    if (ctx.strict()) {
      // The last value is still read, as in lenient mode; the resource fails at its end.
      ctx.record(
          ctx.error(
              WorkloadEndpointDecodeException.Reason.DUPLICATE_KEY,
              "duplicate field \"" + name + "\""));
      return;
    }
    ctx.warn("duplicate field \"" + name + "\": the last value is used");
  }

  static void expectObject(ReadContext ctx, String what) {
    if (ctx.parser.currentToken() != JsonToken.START_OBJECT) {
      throw ctx.error("expected " + what + " (an object) but found " + describeValue(ctx));
    }
  }

  private static void expectArray(ReadContext ctx, String what) {
    if (ctx.parser.currentToken() != JsonToken.START_ARRAY) {
      throw ctx.error("expected " + what + " but found " + describeValue(ctx));
    }
  }

  static String describeValue(ReadContext ctx) {
    JsonToken token = ctx.parser.currentToken();
    if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
      String text;
      try {
        text = ctx.parser.getText();
      } catch (IOException e) {
        return describe(token);
      }
      if (text.length() > 64) {
        text = text.substring(0, 61) + "...";
      }
      return token == JsonToken.VALUE_STRING ? "the string \"" + text + "\"" : text;
    }
    return describe(token);
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }
}
