// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.Dscp;
import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableIPNAT;
import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ImmutableQoSControls;
import dev.wepkit.ImmutableWorkloadEndpoint;
import dev.wepkit.ImmutableWorkloadEndpointPort;
import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.QoSLimit;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON input of a conformance vector into model values, the way Go would have decoded it.
 * Fields the model does not know go to {@code unknownFields}, so a hidden vector with extra fields
 * still maps. Strings may be written as {@code {"$repeat": s, "count": n}}.
 */
final class VectorMapper {
  private VectorMapper() {}

  static WorkloadEndpoint wep(JsonNode node) {
    ImmutableWorkloadEndpoint.Builder b = WorkloadEndpoint.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      switch (e.getKey()) {
        case "apiVersion":
        case "kind":
          break;
        case "metadata":
          b.metadata(meta(e.getValue()));
          break;
        case "spec":
          b.spec(spec(e.getValue()));
          break;
        default:
          b.putUnknownField(e.getKey(), e.getValue());
      }
    }
    return b.build();
  }

  static ObjectMeta meta(JsonNode node) {
    ImmutableObjectMeta.Builder b = ObjectMeta.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "name":
          b.name(text(v));
          break;
        case "generateName":
          b.generateName(text(v));
          break;
        case "namespace":
          b.namespace(text(v));
          break;
        case "uid":
          b.uid(text(v));
          break;
        case "resourceVersion":
          b.resourceVersion(text(v));
          break;
        case "creationTimestamp":
          if (!v.isNull()) {
            b.creationTimestamp(text(v));
          }
          break;
        case "labels":
          b.labels(stringMap(v));
          break;
        case "annotations":
          b.annotations(stringMap(v));
          break;
        default:
          b.putUnknownField(e.getKey(), v);
      }
    }
    return b.build();
  }

  static WorkloadEndpointSpec spec(JsonNode node) {
    ImmutableWorkloadEndpointSpec.Builder b = WorkloadEndpointSpec.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "orchestrator":
          b.orchestrator(text(v));
          break;
        case "workload":
          b.workload(text(v));
          break;
        case "node":
          b.node(text(v));
          break;
        case "containerID":
          b.containerID(text(v));
          break;
        case "pod":
          b.pod(text(v));
          break;
        case "endpoint":
          b.endpoint(text(v));
          break;
        case "serviceAccountName":
          b.serviceAccountName(text(v));
          break;
        case "ipNetworks":
          b.ipNetworks(strings(v));
          break;
        case "ipNATs":
          for (JsonNode nat : v) {
            b.addIpNAT(ipnat(nat));
          }
          break;
        case "ipv4Gateway":
          b.ipv4Gateway(text(v));
          break;
        case "ipv6Gateway":
          b.ipv6Gateway(text(v));
          break;
        case "profiles":
          b.profiles(strings(v));
          break;
        case "interfaceName":
          b.interfaceName(text(v));
          break;
        case "mac":
          b.mac(text(v));
          break;
        case "ports":
          for (JsonNode port : v) {
            b.addPort(port(port));
          }
          break;
        case "allowSpoofedSourcePrefixes":
          b.allowSpoofedSourcePrefixes(strings(v));
          break;
        case "qosControls":
          b.qosControls(qos(v));
          break;
        case "awsElasticIPs":
          b.awsElasticIPs(strings(v));
          break;
        default:
          b.putUnknownField(e.getKey(), v);
      }
    }
    return b.build();
  }

  static QoSControls qos(JsonNode node) {
    ImmutableQoSControls.Builder b = QoSControls.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (e.getKey().equals("dscp")) {
        b.dscp(v.isNumber() ? Dscp.of(v.asInt()) : Dscp.of(text(v)));
      } else if (!setLimit(b, e.getKey(), v.asLong())) {
        b.putUnknownField(e.getKey(), v);
      }
    }
    return b.build();
  }

  private static boolean setLimit(ImmutableQoSControls.Builder b, String name, long value) {
    if (!QoSLimit.isWireName(name)) {
      return false;
    }
    QoSLimit.forWireName(name).set(b, value);
    return true;
  }

  static WorkloadEndpointPort port(JsonNode node) {
    ImmutableWorkloadEndpointPort.Builder b = WorkloadEndpointPort.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "name":
          b.name(text(v));
          break;
        case "protocol":
          b.protocol(protocol(v));
          break;
        case "port":
          b.port(v.asInt());
          break;
        case "hostPort":
          b.hostPort(v.asInt());
          break;
        case "hostIP":
          b.hostIP(text(v));
          break;
        default:
          b.putUnknownField(e.getKey(), v);
      }
    }
    return b.build();
  }

  static IPNAT ipnat(JsonNode node) {
    ImmutableIPNAT.Builder b = IPNAT.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      switch (e.getKey()) {
        case "internalIP":
          b.internalIP(text(e.getValue()));
          break;
        case "externalIP":
          b.externalIP(text(e.getValue()));
          break;
        default:
          b.putUnknownField(e.getKey(), e.getValue());
      }
    }
    return b.build();
  }

  /** A JSON number is a number (as Go decodes it into a uint8); a string follows Protocol.of. */
  static Protocol protocol(JsonNode node) {
    if (node.isNumber()) {
      return Protocol.of(node.asInt());
    }
    return Protocol.of(text(node));
  }

  static String text(JsonNode node) {
    if (node.isObject() && node.has("$repeat")) {
      return node.get("$repeat").asText().repeat(node.get("count").asInt());
    }
    if (!node.isValueNode() || node.isNull()) {
      throw new IllegalArgumentException("expected a string, got " + node);
    }
    return node.asText();
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(text(n));
    }
    return out;
  }

  static Map<String, String> stringMap(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), text(e.getValue()));
    }
    return out;
  }
}
