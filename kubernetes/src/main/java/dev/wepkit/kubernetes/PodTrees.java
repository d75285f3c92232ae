// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Pods out of Jackson trees the way the Kubernetes decoder binds them to {@code v1.Pod}:
 * exact (case-sensitive) field names, {@code null} for unset, unknown fields ignored, and a value
 * of the wrong JSON type an error at its path.
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
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (CharConversionException e) {
      // Bytes that are not text in the encoding they announce (a UTF-32 character above
      // U+10FFFF, a truncated one, an unsupported UCS-4 byte order): bad content, not a failed
      // read.
      throw new PodConversionException("", "unreadable bytes: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
      for (int i = 0; i < items.size(); i++) {
        out.add(readPod(items.get(i), itemsPath + "[" + i + "]"));
      }
      return;
    }
    out.add(readPod(node, path));
  }

  /** One Pod at {@code path} ({@code ""} at the top of a document). */
  static PodView readPod(JsonNode pod, String path) {
    if (pod == null || !pod.isObject()) {
      throw new PodConversionException(path, "expected a Pod object, got " + describe(pod));
    }
    String kind = string(pod, "kind", path);
    if (!kind.isEmpty() && !kind.equals("Pod")) {
      throw new PodConversionException(
          PodConversionException.join(path, "kind"), "expected Pod, got " + kind);
    }
    String apiVersion = string(pod, "apiVersion", path);
    if (!apiVersion.isEmpty() && !apiVersion.equals("v1")) {
      throw new PodConversionException(
          PodConversionException.join(path, "apiVersion"), "expected v1, got " + apiVersion);
    }
    ImmutablePodView.Builder out = PodView.builder();

    String metaPath = PodConversionException.join(path, "metadata");
    JsonNode meta = object(pod, "metadata", path);
    out.namespace(string(meta, "namespace", metaPath))
        .name(string(meta, "name", metaPath))
        .uid(string(meta, "uid", metaPath))
        .resourceVersion(string(meta, "resourceVersion", metaPath))
        .generateName(string(meta, "generateName", metaPath))
        .creationTimestamp(timestamp(meta, "creationTimestamp", metaPath))
        .deletionTimestamp(timestamp(meta, "deletionTimestamp", metaPath))
        .labels(stringMap(meta, "labels", metaPath))
        .annotations(stringMap(meta, "annotations", metaPath));

    String specPath = PodConversionException.join(path, "spec");
    JsonNode spec = object(pod, "spec", path);
    out.nodeName(string(spec, "nodeName", specPath))
        .hostNetwork(bool(spec, "hostNetwork", specPath))
        .serviceAccountName(string(spec, "serviceAccountName", specPath))
        .containers(containers(spec, "containers", specPath))
        .initContainers(containers(spec, "initContainers", specPath));

    String statusPath = PodConversionException.join(path, "status");
    JsonNode status = object(pod, "status", path);
    out.phase(string(status, "phase", statusPath)).podIP(string(status, "podIP", statusPath));
    String podIPsPath = PodConversionException.join(statusPath, "podIPs");
    JsonNode podIPs = array(status, "podIPs", statusPath);
    for (int i = 0; i < podIPs.size(); i++) {
      String entryPath = podIPsPath + "[" + i + "]";
      out.addPodIP(string(element(podIPs, i, entryPath), "ip", entryPath));
    }
    return out.build();
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

  private static List<ContainerView> containers(JsonNode spec, String name, String specPath) {
    String listPath = PodConversionException.join(specPath, name);
    JsonNode list = array(spec, name, specPath);
    List<ContainerView> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      String containerPath = listPath + "[" + i + "]";
      JsonNode container = element(list, i, containerPath);
      ImmutableContainerView.Builder view =
          ContainerView.builder().name(string(container, "name", containerPath));
      String portsPath = PodConversionException.join(containerPath, "ports");
      JsonNode ports = array(container, "ports", containerPath);
      for (int j = 0; j < ports.size(); j++) {
        String portPath = portsPath + "[" + j + "]";
        JsonNode port = element(ports, j, portPath);
        view.addPort(
            ContainerPortView.builder()
                .name(string(port, "name", portPath))
                .containerPort(int32(port, "containerPort", portPath))
                .hostPort(int32(port, "hostPort", portPath))
                .hostIP(string(port, "hostIP", portPath))
                .protocol(string(port, "protocol", portPath))
                .build());
      }
      out.add(view.build());
    }
    return out;
  }

  /** An array element that must be an object; {@code null} is an empty one, as in Go. */
  private static JsonNode element(JsonNode array, int index, String path) {
    JsonNode node = array.get(index);
    if (node.isNull()) {
      return MAPPER.createObjectNode();
    }
    if (!node.isObject()) {
      throw new PodConversionException(path, "expected an object, got " + describe(node));
    }
    return node;
  }

  private static JsonNode object(JsonNode parent, String name, String parentPath) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return MAPPER.createObjectNode();
    }
    if (!node.isObject()) {
      throw new PodConversionException(
          PodConversionException.join(parentPath, name),
          "expected an object, got " + describe(node));
    }
    return node;
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

  private static boolean bool(JsonNode parent, String name, String parentPath) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new PodConversionException(
          PodConversionException.join(parentPath, name),
          "expected a boolean, got " + describe(node));
    }
    return node.booleanValue();
  }

  /** Kubernetes ports are int32: Go refuses fractions, exponents and anything out of range. */
  private static int int32(JsonNode parent, String name, String parentPath) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return 0;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new PodConversionException(
          PodConversionException.join(parentPath, name),
          "expected a 32-bit integer, got " + describe(node));
    }
    return node.intValue();
  }

  private static Optional<String> timestamp(JsonNode parent, String name, String parentPath) {
    Optional<String> value =
        parent.get(name) == null || parent.get(name).isNull()
            ? Optional.empty()
            : Optional.of(string(parent, name, parentPath));
    checkTimestamp(value, PodConversionException.join(parentPath, name));
    return value;
  }

  private static Map<String, String> stringMap(JsonNode parent, String name, String parentPath) {
    String mapPath = PodConversionException.join(parentPath, name);
    JsonNode node = object(parent, name, parentPath);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode value = entry.getValue();
      if (value.isNull()) {
        out.put(entry.getKey(), "");
      } else if (value.isTextual()) {
        out.put(entry.getKey(), value.textValue());
      } else {
        throw new PodConversionException(
            mapPath + "[" + entry.getKey() + "]", "expected a string, got " + describe(value));
      }
    }
    return out;
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
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String message = e.getOriginalMessage();
    int newline = message == null ? -1 : message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    return new PodConversionException("", "malformed JSON" + where + ": " + message, e);
  }
}
