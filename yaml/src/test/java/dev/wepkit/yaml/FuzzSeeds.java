// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeds of the YAML fuzz targets, read from the one shared tree of test inputs (no copies):
 * every fixture (YAML and JSON, which YAML reads too), every conformance vector of a part of a
 * WorkloadEndpoint placed where it belongs in a whole document (as JSON, and as block YAML), and
 * YAML's own traps: anchors and aliases, merge keys, tags, several documents, YAML 1.1 scalars.
 *
 * <p>The same placement as core's JSON target; kept per module because test classes are not shared
 * between modules.
 */
final class FuzzSeeds {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> VECTORS =
      List.of("validation-calico-tests.json", "validation-code-derived.json");

  private static final String HEAD =
      "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nmetadata:\n  name: n\n";

  /** Constructs the JSON seeds cannot reach. */
  private static final List<String> TRAPS =
      List.of(
          HEAD + "spec:\n  node: &n node1\n  pod: *n\n  profiles: [&p kns.a, *p]\n",
          HEAD + "  labels: &l {a: b}\n  annotations: *l\nspec: {mac: 52:54:00:44:49:56}\n",
          HEAD + "  labels:\n    <<: {a: b}\n",
          HEAD + "spec:\n  containerID: !!str 1337495556942031415926535\n  node: !foo bar\n",
          HEAD + "spec:\n  ports:\n  - {name: on, port: 0x1F, protocol: yes}\n  - port: 1_000\n",
          HEAD + "---\n" + HEAD + "...\n---\n# only a comment\n---\n",
          "- " + HEAD.replace("\n", "\n  ") + "- kind: WorkloadEndpointList\n  items: []\n",
          HEAD + "spec:\n  node: |\n    line\n  pod: >-\n    folded\n\tinterfaceName: x\n",
          "%YAML 1.1\n%TAG !e! tag:example.com,2000:\n---\n" + HEAD + "  name: !e!x y\n");

  private FuzzSeeds() {}

  /** The document in YAML's block style. */
  private static String block(JsonNode document) {
    try {
      return new YAMLMapper().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> documents() {
    List<String> out = new ArrayList<>();
    for (Path fixture : Fixtures.all()) {
      out.add(Fixtures.text(fixture));
    }
    out.addAll(TRAPS);
    for (String file : VECTORS) {
      for (JsonNode vector : tree("/conformance/" + file)) {
        JsonNode document = document(vector.get("kind").asText(), vector.get("input"));
        out.add(document.toString());
        out.add(block(document));
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
