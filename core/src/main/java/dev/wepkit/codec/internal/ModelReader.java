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
import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableIPNAT;
import dev.wepkit.ImmutableListMeta;
import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ImmutableQoSControls;
import dev.wepkit.ImmutableWorkloadEndpointPort;
import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.ListMeta;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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

  /** Where the elements of a list go: straight into a builder, so no temporary list is made. */
  @FunctionalInterface
  interface Sink<T> {
    void add(T value);
  }

  private ModelReader() {}

  // ---------------------------------------------------------------- metadata

  /**
   * Metadata with every attribute at its default. Metadata is derived from it with the withers:
   * most documents set only a few of its attributes, and a wither allocates one small object where
   * a builder allocates three maps and copies each of them again in {@code build()}.
   */
  private static final ImmutableObjectMeta EMPTY_META = ObjectMeta.builder().build();

  static ObjectMeta readObjectMeta(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return EMPTY_META;
    }
    expectObject(ctx, "metadata");
    ImmutableObjectMeta meta = EMPTY_META;
    Map<String, JsonNode> unknown = null;
    StringPairs labels = null;
    StringPairs annotations = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int index = FieldNames.lookup(FieldNames.OBJECT_META, name);
      if (index < 0) {
        boolean known = FieldNames.lookup(FieldNames.OBJECT_META_OTHER, name) >= 0;
        unknown = putUnknown(ctx, unknown, name, known);
        continue;
      }
      seen = markSeen(ctx, seen, index, name, FieldNames.OBJECT_META);
      p.nextToken();
      switch (index) {
        case 0:
          meta = meta.withName(readString(ctx));
          break;
        case 1:
          meta = meta.withGenerateName(readString(ctx));
          break;
        case 2:
          {
            String namespace = readString(ctx);
            // calicoctl treats an empty namespace like a missing one.
            meta =
                meta.withNamespace(namespace.isEmpty() ? ObjectMeta.DEFAULT_NAMESPACE : namespace);
            break;
          }
        case 3:
          meta = meta.withUid(readString(ctx));
          break;
        case 4:
          meta = meta.withResourceVersion(readString(ctx));
          break;
        case 5:
          if (p.currentToken() == JsonToken.VALUE_NULL) {
            meta = meta.withCreationTimestamp(java.util.Optional.empty());
          } else {
            meta = meta.withCreationTimestamp(readString(ctx));
          }
          break;
        case 6:
          // A repeated field (in another letter case) replaces the earlier one.
          labels = readStringMap(ctx, ctx.labels());
          break;
        default:
          annotations = readStringMap(ctx, ctx.annotations());
          break;
      }
    }
    // Each map is copied once, by its wither; the scratch maps are reused for the next metadata.
    if (labels != null && !labels.isEmpty()) {
      meta = meta.withLabels(labels);
    }
    if (annotations != null && !annotations.isEmpty()) {
      meta = meta.withAnnotations(annotations);
    }
    if (unknown != null) {
      meta = meta.withUnknownFields(unknown);
    }
    return meta;
  }

  static ListMeta readListMeta(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    ImmutableListMeta.Builder meta = ListMeta.builder();
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return meta.build();
    }
    expectObject(ctx, "list metadata");
    Map<String, JsonNode> unknown = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int index = FieldNames.lookup(FieldNames.LIST_META, name);
      if (index < 0) {
        boolean known = FieldNames.lookup(FieldNames.LIST_META_OTHER, name) >= 0;
        unknown = putUnknown(ctx, unknown, name, known);
        continue;
      }
      seen = markSeen(ctx, seen, index, name, FieldNames.LIST_META);
      p.nextToken();
      if (index == 0) {
        meta.resourceVersion(readString(ctx));
      } else {
        meta.continueToken(readString(ctx));
      }
    }
    if (unknown != null) {
      meta.unknownFields(unknown);
    }
    return meta.build();
  }

  // ---------------------------------------------------------------- spec

  static WorkloadEndpointSpec readSpec(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    ImmutableWorkloadEndpointSpec.Builder spec = WorkloadEndpointSpec.builder();
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return spec.build();
    }
    expectObject(ctx, "spec");
    Map<String, JsonNode> unknown = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int index = FieldNames.lookup(FieldNames.SPEC, name);
      if (index < 0) {
        unknown = putUnknown(ctx, unknown, name, false);
        continue;
      }
      long before = seen;
      seen = markSeen(ctx, seen, index, name, FieldNames.SPEC);
      p.nextToken();
      switch (index) {
        case 0:
          spec.orchestrator(readString(ctx));
          break;
        case 1:
          spec.workload(readString(ctx));
          break;
        case 2:
          spec.node(readString(ctx));
          break;
        case 3:
          spec.containerID(readString(ctx));
          break;
        case 4:
          spec.pod(readString(ctx));
          break;
        case 5:
          spec.endpoint(readString(ctx));
          break;
        case 6:
          spec.serviceAccountName(readString(ctx));
          break;
        case 7:
          if (repeated(before, index)) {
            spec.ipNetworks(Collections.emptyList());
          }
          readStringList(ctx, spec::addIpNetwork);
          break;
        case 8:
          if (repeated(before, index)) {
            spec.ipNATs(Collections.emptyList());
          }
          readIpNats(ctx, spec::addIpNAT);
          break;
        case 9:
          spec.ipv4Gateway(readString(ctx));
          break;
        case 10:
          spec.ipv6Gateway(readString(ctx));
          break;
        case 11:
          if (repeated(before, index)) {
            spec.profiles(Collections.emptyList());
          }
          readStringList(ctx, spec::addProfile);
          break;
        case 12:
          spec.interfaceName(readString(ctx));
          break;
        case 13:
          spec.mac(readString(ctx));
          break;
        case 14:
          if (repeated(before, index)) {
            spec.ports(Collections.emptyList());
          }
          readPorts(ctx, spec::addPort);
          break;
        case 15:
          if (repeated(before, index)) {
            spec.allowSpoofedSourcePrefixes(Collections.emptyList());
          }
          readStringList(ctx, spec::addAllowSpoofedSourcePrefix);
          break;
        case 16:
          if (p.currentToken() == JsonToken.VALUE_NULL) {
            spec.qosControls(java.util.Optional.empty());
          } else {
            spec.qosControls(readQos(ctx));
          }
          break;
        default:
          if (repeated(before, index)) {
            spec.awsElasticIPs(Collections.emptyList());
          }
          readStringList(ctx, spec::addAwsElasticIP);
          break;
      }
    }
    if (unknown != null) {
      spec.unknownFields(unknown);
    }
    return spec.build();
  }

  private static void readIpNats(ReadContext ctx, Sink<IPNAT> nats) throws IOException {
    JsonParser p = ctx.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    expectArray(ctx, "a list of NAT mappings");
    // One builder for all elements: build() copies what it keeps, so it can be reset and reused.
    ImmutableIPNAT.Builder nat = IPNAT.builder();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      nats.add(readIpNat(ctx, nat));
    }
  }

  private static IPNAT readIpNat(ReadContext ctx, ImmutableIPNAT.Builder nat) throws IOException {
    JsonParser p = ctx.parser;
    // Every attribute back to its default, so nothing leaks from the previous element.
    nat.internalIP("").externalIP("").unknownFields(Collections.emptyMap());
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return nat.build();
    }
    expectObject(ctx, "a NAT mapping");
    Map<String, JsonNode> unknown = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int index = FieldNames.lookup(FieldNames.IPNAT, name);
      if (index < 0) {
        unknown = putUnknown(ctx, unknown, name, false);
        continue;
      }
      seen = markSeen(ctx, seen, index, name, FieldNames.IPNAT);
      p.nextToken();
      if (index == 0) {
        nat.internalIP(readString(ctx));
      } else {
        nat.externalIP(readString(ctx));
      }
    }
    if (unknown != null) {
      nat.unknownFields(unknown);
    }
    return nat.build();
  }

  private static void readPorts(ReadContext ctx, Sink<WorkloadEndpointPort> ports)
      throws IOException {
    JsonParser p = ctx.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    expectArray(ctx, "a list of ports");
    // One builder for all elements, as for the NATs.
    ImmutableWorkloadEndpointPort.Builder port = WorkloadEndpointPort.builder();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      ports.add(readPort(ctx, port));
    }
  }

  private static WorkloadEndpointPort readPort(
      ReadContext ctx, ImmutableWorkloadEndpointPort.Builder port) throws IOException {
    JsonParser p = ctx.parser;
    port.name("")
        .protocol(Protocol.NONE)
        .port(0)
        .hostPort(0)
        .hostIP("")
        .unknownFields(Collections.emptyMap());
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return port.build();
    }
    expectObject(ctx, "a port");
    Map<String, JsonNode> unknown = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int index = FieldNames.lookup(FieldNames.PORT, name);
      if (index < 0) {
        unknown = putUnknown(ctx, unknown, name, false);
        continue;
      }
      seen = markSeen(ctx, seen, index, name, FieldNames.PORT);
      p.nextToken();
      switch (index) {
        case 0:
          port.name(readString(ctx));
          break;
        case 1:
          port.protocol(readProtocol(ctx));
          break;
        case 2:
          port.port(readUint16(ctx));
          break;
        case 3:
          port.hostPort(readUint16(ctx));
          break;
        default:
          port.hostIP(readString(ctx));
          break;
      }
    }
    if (unknown != null) {
      port.unknownFields(unknown);
    }
    return port.build();
  }

  private static QoSControls readQos(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    ImmutableQoSControls.Builder qos = QoSControls.builder();
    expectObject(ctx, "qosControls");
    Map<String, JsonNode> unknown = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int index = FieldNames.lookup(FieldNames.QOS, name);
      if (index < 0) {
        unknown = putUnknown(ctx, unknown, name, false);
        continue;
      }
      seen = markSeen(ctx, seen, index, name, FieldNames.QOS);
      p.nextToken();
      if (index == 14) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          qos.dscp(java.util.Optional.empty());
        } else {
          qos.dscp(readDscp(ctx));
        }
        continue;
      }
      long value = readInt64(ctx);
      switch (index) {
        case 0:
          qos.ingressBandwidth(value);
          break;
        case 1:
          qos.ingressBurst(value);
          break;
        case 2:
          qos.ingressPeakrate(value);
          break;
        case 3:
          qos.ingressMinburst(value);
          break;
        case 4:
          qos.egressBandwidth(value);
          break;
        case 5:
          qos.egressBurst(value);
          break;
        case 6:
          qos.egressPeakrate(value);
          break;
        case 7:
          qos.egressMinburst(value);
          break;
        case 8:
          qos.ingressPacketRate(value);
          break;
        case 9:
          qos.ingressPacketBurst(value);
          break;
        case 10:
          qos.egressPacketRate(value);
          break;
        case 11:
          qos.egressPacketBurst(value);
          break;
        case 12:
          qos.ingressMaxConnections(value);
          break;
        default:
          qos.egressMaxConnections(value);
          break;
      }
    }
    if (unknown != null) {
      qos.unknownFields(unknown);
    }
    return qos.build();
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
        return p.getText();
      case VALUE_NULL:
        return "";
      default:
        throw ctx.error("expected a string but found " + describe(token));
    }
  }

  private static int readUint16(ReadContext ctx) throws IOException {
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

  private static long readInt64(ReadContext ctx) throws IOException {
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

  private static Protocol readProtocol(ReadContext ctx) throws IOException {
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

  private static Dscp readDscp(ReadContext ctx) throws IOException {
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

  static void readStringList(ReadContext ctx, Sink<String> values) throws IOException {
    JsonParser p = ctx.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    expectArray(ctx, "a list of strings");
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(readString(ctx));
    }
  }

  /**
   * Reads a map of strings into {@code into} (empty), which also finds duplicate keys; the last
   * value wins, as in Go.
   *
   * @return {@code into}
   */
  private static StringPairs readStringMap(ReadContext ctx, StringPairs into) throws IOException {
    JsonParser p = ctx.parser;
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return into;
    }
    expectObject(ctx, "a map of strings");
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      int at = into.indexOf(key);
      if (at >= 0) {
        duplicate(ctx, key);
      }
      p.nextToken();
      into.put(at, key, readString(ctx));
    }
    return into;
  }

  // ---------------------------------------------------------------- unknown values

  private static Map<String, JsonNode> putUnknown(
      ReadContext ctx, Map<String, JsonNode> unknown, String name, boolean knownToGo)
      throws IOException {
    if (!knownToGo && ctx.strict()) {
      throw ctx.error("unknown field \"" + name + "\"");
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
            return NODES.numberNode(p.getDoubleValue());
          }
          try {
            return NODES.numberNode(p.getDecimalValue());
          } catch (IOException | NumberFormatException e) {
            Double special = nonFinite(p.getText());
            if (special != null) {
              return NODES.numberNode(special);
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
   * Records that field {@code index} was set, two bits a field: set by its exact name, set by a
   * case-insensitive match. Only a repeated exact key is a duplicate to Calico (sigs.k8s.io/yaml
   * checks keys as written); two spellings of one field are accepted by Go, the last one winning,
   * so they only produce a warning.
   */
  private static long markSeen(ReadContext ctx, long seen, int index, String name, String[] names) {
    boolean exact = names[index].equals(name);
    long exactBit = 1L << (2 * index);
    long foldedBit = exactBit << 1;
    if (exact && (seen & exactBit) != 0) {
      duplicate(ctx, name);
    } else if ((seen & (exactBit | foldedBit)) != 0) {
      ctx.warn(
          "field \""
              + names[index]
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
      throw ctx.error("duplicate field \"" + name + "\"");
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
