// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.IPNAT;
import dev.wepkit.ListMeta;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.QoSLimit;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.codec.ResourceDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the model to a Jackson generator the way Go prints it: {@code omitempty} fields left out
 * when empty, ports always with their five fields, {@code creationTimestamp} always ({@code null}
 * when unset), maps with sorted keys. Fields come in Go struct order, or in the order of a key
 * comparator (calicoctl's YAML sorts every key).
 */
public final class ModelWriter {
  private final Comparator<String> keyOrder;

  /**
   * Creates a writer.
   *
   * @param keyOrder the order of every object's keys, or null for Go struct order (map keys are
   *     sorted by {@link String#compareTo} then, as Go's encoding/json does)
   */
  public ModelWriter(Comparator<String> keyOrder) {
    this.keyOrder = keyOrder;
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
    List<String> names = new ArrayList<>(4 + wep.unknownFields().size());
    names.add("kind");
    names.add("apiVersion");
    names.add("metadata");
    names.add("spec");
    names.addAll(wep.unknownFields().keySet());
    g.writeStartObject();
    for (String name : order(names)) {
      switch (name) {
        case "kind":
          g.writeStringField("kind", wep.kind());
          break;
        case "apiVersion":
          g.writeStringField("apiVersion", wep.apiVersion());
          break;
        case "metadata":
          g.writeFieldName("metadata");
          write(g, wep.metadata());
          break;
        case "spec":
          g.writeFieldName("spec");
          write(g, wep.spec());
          break;
        default:
          writeUnknown(g, name, wep.unknownFields());
          break;
      }
    }
    g.writeEndObject();
  }

  /**
   * Writes a list, with its {@code metadata} and {@code items} always present, as Go does.
   *
   * @param g the generator
   * @param list the list
   * @throws IOException from the generator
   */
  public void write(JsonGenerator g, WorkloadEndpointList list) throws IOException {
    List<String> names = new ArrayList<>(4 + list.unknownFields().size());
    names.add("kind");
    names.add("apiVersion");
    names.add("metadata");
    names.add("items");
    names.addAll(list.unknownFields().keySet());
    g.writeStartObject();
    for (String name : order(names)) {
      switch (name) {
        case "kind":
          g.writeStringField("kind", list.kind());
          break;
        case "apiVersion":
          g.writeStringField("apiVersion", list.apiVersion());
          break;
        case "metadata":
          g.writeFieldName("metadata");
          write(g, list.metadata());
          break;
        case "items":
          g.writeArrayFieldStart("items");
          for (WorkloadEndpoint item : list.items()) {
            write(g, item);
          }
          g.writeEndArray();
          break;
        default:
          writeUnknown(g, name, list.unknownFields());
          break;
      }
    }
    g.writeEndObject();
  }

  private void write(JsonGenerator g, ListMeta meta) throws IOException {
    List<String> names = new ArrayList<>();
    for (String name : FieldNames.LIST_META_GO_ORDER) {
      if (name.equals("resourceVersion") && !meta.resourceVersion().isEmpty()
          || name.equals("continue") && !meta.continueToken().isEmpty()
          || meta.unknownFields().containsKey(name)) {
        names.add(name);
      }
    }
    addRemaining(names, meta.unknownFields(), FieldNames.LIST_META_GO_ORDER);
    g.writeStartObject();
    for (String name : order(names)) {
      if (name.equals("resourceVersion")) {
        g.writeStringField(name, meta.resourceVersion());
      } else if (name.equals("continue") && !meta.continueToken().isEmpty()) {
        g.writeStringField(name, meta.continueToken());
      } else {
        writeUnknown(g, name, meta.unknownFields());
      }
    }
    g.writeEndObject();
  }

  private void write(JsonGenerator g, ObjectMeta meta) throws IOException {
    Map<String, JsonNode> unknown = meta.unknownFields();
    List<String> names = new ArrayList<>(8 + unknown.size());
    for (String name : FieldNames.OBJECT_META_GO_ORDER) {
      if (unknown.containsKey(name) || hasObjectMetaField(meta, name)) {
        names.add(name);
      }
    }
    addRemaining(names, unknown, FieldNames.OBJECT_META_GO_ORDER);
    g.writeStartObject();
    for (String name : order(names)) {
      switch (name) {
        case "name":
          g.writeStringField(name, meta.name());
          break;
        case "generateName":
          g.writeStringField(name, meta.generateName());
          break;
        case "namespace":
          g.writeStringField(name, meta.namespace());
          break;
        case "uid":
          g.writeStringField(name, meta.uid());
          break;
        case "resourceVersion":
          g.writeStringField(name, meta.resourceVersion());
          break;
        case "creationTimestamp":
          if (meta.creationTimestamp().isPresent()) {
            g.writeStringField(name, meta.creationTimestamp().get());
          } else {
            g.writeNullField(name);
          }
          break;
        case "labels":
          if (!meta.labels().isEmpty()) {
            g.writeFieldName(name);
            writeStringMap(g, meta.labels());
            break;
          }
          writeUnknown(g, name, unknown);
          break;
        case "annotations":
          if (!meta.annotations().isEmpty()) {
            g.writeFieldName(name);
            writeStringMap(g, meta.annotations());
            break;
          }
          writeUnknown(g, name, unknown);
          break;
        default:
          writeUnknown(g, name, unknown);
          break;
      }
    }
    g.writeEndObject();
  }

  private static boolean hasObjectMetaField(ObjectMeta meta, String name) {
    switch (name) {
      case "name":
        return !meta.name().isEmpty();
      case "generateName":
        return !meta.generateName().isEmpty();
      case "namespace":
        return !meta.namespace().isEmpty();
      case "uid":
        return !meta.uid().isEmpty();
      case "resourceVersion":
        return !meta.resourceVersion().isEmpty();
      case "creationTimestamp":
        // metav1.Time is a struct: omitempty never drops it, and its zero value prints as null.
        return true;
      case "labels":
        return !meta.labels().isEmpty();
      case "annotations":
        return !meta.annotations().isEmpty();
      default:
        return false;
    }
  }

  private void write(JsonGenerator g, WorkloadEndpointSpec spec) throws IOException {
    Map<String, JsonNode> unknown = spec.unknownFields();
    List<String> names = new ArrayList<>(FieldNames.SPEC.length + unknown.size());
    for (String name : FieldNames.SPEC) {
      if (hasSpecField(spec, name)) {
        names.add(name);
      }
    }
    names.addAll(unknown.keySet());
    g.writeStartObject();
    for (String name : order(names)) {
      switch (name) {
        case "orchestrator":
          g.writeStringField(name, spec.orchestrator());
          break;
        case "workload":
          g.writeStringField(name, spec.workload());
          break;
        case "node":
          g.writeStringField(name, spec.node());
          break;
        case "containerID":
          g.writeStringField(name, spec.containerID());
          break;
        case "pod":
          g.writeStringField(name, spec.pod());
          break;
        case "endpoint":
          g.writeStringField(name, spec.endpoint());
          break;
        case "serviceAccountName":
          g.writeStringField(name, spec.serviceAccountName());
          break;
        case "ipNetworks":
          writeStringList(g, name, spec.ipNetworks());
          break;
        case "ipNATs":
          g.writeArrayFieldStart(name);
          for (IPNAT nat : spec.ipNATs()) {
            write(g, nat);
          }
          g.writeEndArray();
          break;
        case "ipv4Gateway":
          g.writeStringField(name, spec.ipv4Gateway());
          break;
        case "ipv6Gateway":
          g.writeStringField(name, spec.ipv6Gateway());
          break;
        case "profiles":
          writeStringList(g, name, spec.profiles());
          break;
        case "interfaceName":
          g.writeStringField(name, spec.interfaceName());
          break;
        case "mac":
          g.writeStringField(name, spec.mac());
          break;
        case "ports":
          g.writeArrayFieldStart(name);
          for (WorkloadEndpointPort port : spec.ports()) {
            write(g, port);
          }
          g.writeEndArray();
          break;
        case "allowSpoofedSourcePrefixes":
          writeStringList(g, name, spec.allowSpoofedSourcePrefixes());
          break;
        case "qosControls":
          g.writeFieldName(name);
          write(g, spec.qosControls().get());
          break;
        case "awsElasticIPs":
          writeStringList(g, name, spec.awsElasticIPs());
          break;
        default:
          writeUnknown(g, name, unknown);
          break;
      }
    }
    g.writeEndObject();
  }

  private static boolean hasSpecField(WorkloadEndpointSpec spec, String name) {
    switch (name) {
      case "orchestrator":
        return !spec.orchestrator().isEmpty();
      case "workload":
        return !spec.workload().isEmpty();
      case "node":
        return !spec.node().isEmpty();
      case "containerID":
        return !spec.containerID().isEmpty();
      case "pod":
        return !spec.pod().isEmpty();
      case "endpoint":
        return !spec.endpoint().isEmpty();
      case "serviceAccountName":
        return !spec.serviceAccountName().isEmpty();
      case "ipNetworks":
        return !spec.ipNetworks().isEmpty();
      case "ipNATs":
        return !spec.ipNATs().isEmpty();
      case "ipv4Gateway":
        return !spec.ipv4Gateway().isEmpty();
      case "ipv6Gateway":
        return !spec.ipv6Gateway().isEmpty();
      case "profiles":
        return !spec.profiles().isEmpty();
      case "interfaceName":
        return !spec.interfaceName().isEmpty();
      case "mac":
        return !spec.mac().isEmpty();
      case "ports":
        return !spec.ports().isEmpty();
      case "allowSpoofedSourcePrefixes":
        return !spec.allowSpoofedSourcePrefixes().isEmpty();
      case "qosControls":
        // A pointer in Go: present (even with every limit 0) is written as an object.
        return spec.qosControls().isPresent();
      default:
        return !spec.awsElasticIPs().isEmpty();
    }
  }

  private void write(JsonGenerator g, IPNAT nat) throws IOException {
    List<String> names = new ArrayList<>(2 + nat.unknownFields().size());
    // Neither field has omitempty in Go.
    names.add("internalIP");
    names.add("externalIP");
    names.addAll(nat.unknownFields().keySet());
    g.writeStartObject();
    for (String name : order(names)) {
      if (name.equals("internalIP")) {
        g.writeStringField(name, nat.internalIP());
      } else if (name.equals("externalIP")) {
        g.writeStringField(name, nat.externalIP());
      } else {
        writeUnknown(g, name, nat.unknownFields());
      }
    }
    g.writeEndObject();
  }

  private void write(JsonGenerator g, WorkloadEndpointPort port) throws IOException {
    List<String> names = new ArrayList<>(5 + port.unknownFields().size());
    for (String name : FieldNames.PORT) {
      names.add(name);
    }
    names.addAll(port.unknownFields().keySet());
    g.writeStartObject();
    for (String name : order(names)) {
      switch (name) {
        case "name":
          g.writeStringField(name, port.name());
          break;
        case "protocol":
          g.writeFieldName(name);
          writeProtocol(g, port.protocol());
          break;
        case "port":
          g.writeNumberField(name, port.port());
          break;
        case "hostPort":
          g.writeNumberField(name, port.hostPort());
          break;
        case "hostIP":
          g.writeStringField(name, port.hostIP());
          break;
        default:
          writeUnknown(g, name, port.unknownFields());
          break;
      }
    }
    g.writeEndObject();
  }

  private static void writeProtocol(JsonGenerator g, Protocol protocol) throws IOException {
    if (protocol.isNumber()) {
      g.writeNumber(protocol.number().getAsInt());
    } else {
      g.writeString(protocol.text());
    }
  }

  private void write(JsonGenerator g, QoSControls qos) throws IOException {
    List<String> names = new ArrayList<>(FieldNames.QOS.length + qos.unknownFields().size());
    for (QoSLimit limit : QoSLimit.values()) {
      if (limit.get(qos) != 0) {
        names.add(limit.wireName());
      }
    }
    if (qos.dscp().isPresent()) {
      names.add("dscp");
    }
    names.addAll(qos.unknownFields().keySet());
    g.writeStartObject();
    for (String name : order(names)) {
      if (name.equals("dscp") && qos.dscp().isPresent()) {
        g.writeFieldName(name);
        if (qos.dscp().get().isNumber()) {
          g.writeNumber(qos.dscp().get().number().getAsInt());
        } else {
          g.writeString(qos.dscp().get().text());
        }
      } else if (QoSLimit.isWireName(name) && QoSLimit.forWireName(name).get(qos) != 0) {
        g.writeNumberField(name, QoSLimit.forWireName(name).get(qos));
      } else {
        writeUnknown(g, name, qos.unknownFields());
      }
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- helpers

  private List<String> order(List<String> names) {
    if (keyOrder != null) {
      names.sort(keyOrder);
    }
    return names;
  }

  /** Adds the unknown fields that have no place in the Go order, in the order they were read. */
  private static void addRemaining(
      List<String> names, Map<String, JsonNode> unknown, String[] goOrder) {
    for (String name : unknown.keySet()) {
      boolean placed = false;
      for (String known : goOrder) {
        if (known.equals(name)) {
          placed = true;
          break;
        }
      }
      if (!placed) {
        names.add(name);
      }
    }
  }

  private static void writeStringList(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private void writeStringMap(JsonGenerator g, Map<String, String> map) throws IOException {
    List<String> keys = new ArrayList<>(map.keySet());
    keys.sort(keyOrder != null ? keyOrder : Comparator.naturalOrder());
    g.writeStartObject();
    for (String key : keys) {
      g.writeStringField(key, map.get(key));
    }
    g.writeEndObject();
  }

  private void writeUnknown(JsonGenerator g, String name, Map<String, JsonNode> unknown)
      throws IOException {
    JsonNode value = unknown.get(name);
    if (value == null) {
      return;
    }
    g.writeFieldName(name);
    writeTree(g, value);
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
      g.writeStartObject();
      for (String key : order(keys)) {
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
      if (node.isIntegralNumber()) {
        if (node.canConvertToLong()) {
          g.writeNumber(node.longValue());
        } else {
          g.writeNumber(node.bigIntegerValue());
        }
      } else if (Double.isFinite(node.doubleValue())) {
        g.writeNumber(node.decimalValue());
      } else if (g instanceof JsonGeneratorImpl) {
        // JSON has no infinity or NaN: Jackson writes them as the strings "Infinity" and "NaN".
        g.writeNumber(node.doubleValue());
      } else {
        // Other formats (YAML) have a number syntax for them: .inf, -.inf, .nan.
        double value = node.doubleValue();
        g.writeNumber(Double.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf");
      }
    } else if (node.isBoolean()) {
      g.writeBoolean(node.booleanValue());
    } else if (node.isNull() || node.isMissingNode()) {
      g.writeNull();
    } else {
      g.writeString(node.asText());
    }
  }
}
