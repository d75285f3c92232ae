// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeds of the JSON fuzz target, read from the one shared tree of test inputs (no copies): the
 * JSON fixtures, and every conformance vector of a part of a WorkloadEndpoint placed where it
 * belongs in a whole document.
 */
final class FuzzSeeds {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> VECTORS =
      List.of("validation-calico-tests.json", "validation-code-derived.json");

  private FuzzSeeds() {}

  static List<String> documents() {
    List<String> out = new ArrayList<>();
    for (String name : Fixtures.JSON) {
      out.add(Fixtures.text(name));
    }
    for (String file : VECTORS) {
      for (JsonNode vector : tree("/conformance/" + file)) {
        out.add(document(vector.get("kind").asText(), vector.get("input")).toString());
      }
    }
    for (JsonNode vector : tree("/conformance/protocol-json.json")) {
      out.add(
          "{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"WorkloadEndpoint\","
              + "\"metadata\":{\"name\":\"n\"},\"spec\":{\"ports\":[{\"name\":\"p\",\"port\":80,"
              + "\"protocol\":"
              + vector.get("json").asText()
              + "}]}}");
    }
    return out;
  }

  /** A whole document holding one conformance input of the given kind. */
  private static JsonNode document(String kind, JsonNode input) {
    if (kind.equals("WorkloadEndpoint")) {
      return input;
    }
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("apiVersion", "projectcalico.org/v3").put("kind", "WorkloadEndpoint");
    ObjectNode meta = doc.putObject("metadata");
    ObjectNode spec = MAPPER.createObjectNode();
    switch (kind) {
      case "ObjectMeta":
        doc.set("metadata", input);
        break;
      case "Labels":
        meta.set("labels", input);
        break;
      case "WorkloadEndpointSpec":
        spec = (ObjectNode) input;
        break;
      case "WorkloadEndpointPort":
        spec.putArray("ports").add(input);
        break;
      case "Protocol":
        spec.putArray("ports").addObject().put("name", "p").put("port", 80).set("protocol", input);
        break;
      case "IPNAT":
        spec.putArray("ipNATs").add(input);
        break;
      case "ProfileNames":
        spec.set("profiles", input);
        break;
      case "CIDRList":
        spec.set("allowSpoofedSourcePrefixes", input);
        break;
      case "IPAddress":
        spec.putArray("ipNetworks").add(input);
        break;
      case "MAC":
        spec.set("mac", input);
        break;
      default:
        throw new IllegalArgumentException("no place for a conformance vector of kind " + kind);
    }
    if (!kind.equals("ObjectMeta")) {
      meta.put("name", "node-k8s-pod-eth0").put("namespace", "default");
    }
    doc.set("spec", spec);
    return doc;
  }

  private static ArrayNode tree(String resource) {
    try (InputStream in = FuzzSeeds.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return (ArrayNode) MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
