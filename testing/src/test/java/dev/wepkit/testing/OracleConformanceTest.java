// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ImmutableQoSControls;
import dev.wepkit.ImmutableWorkloadEndpointPort;
import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.QoSLimit;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.names.NameDerivationException;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the test oracle against Calico's validation vectors, so that the property tests judge
 * generated endpoints by rules that agree with Calico. Every {@code *.json} file in {@code
 * conformance/} whose entries have a {@code kind} and a {@code valid} verdict is loaded; one
 * dynamic test per entry, named by its id; an unknown kind fails.
 */
class OracleConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TestFactory
  Stream<DynamicTest> oracleAgreesWithCalicoVectors() throws IOException, URISyntaxException {
    URL dir = getClass().getClassLoader().getResource("conformance");
    assertThat(dir).as("conformance vectors on the test class path").isNotNull();
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(Paths.get(dir.toURI()))) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      JsonNode root;
      try (InputStream in = Files.newInputStream(file)) {
        root = MAPPER.readTree(in);
      }
      if (!root.isArray() || root.size() == 0 || !root.get(0).has("valid")) {
        continue; // not a validation vector file (names.json has ops, protocol-json.json no
        // verdicts)
      }
      for (JsonNode entry : root) {
        String name = file.getFileName() + ": " + entry.get("id").asText();
        tests.add(DynamicTest.dynamicTest(name, () -> check(entry)));
      }
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  private static void check(JsonNode entry) {
    boolean expected = entry.get("valid").asBoolean();
    JsonNode input = entry.get("input");
    String kind = entry.get("kind").asText();
    boolean actual;
    switch (kind) {
      case "MAC":
        actual = CalicoOracle.isMac(input.asText());
        break;
      case "IPAddress":
        actual = CalicoOracle.ip(input.asText()) != null;
        break;
      case "CIDRList":
        actual = true;
        for (JsonNode cidr : input) {
          actual &= CalicoOracle.cidr(cidr.asText()) != null;
        }
        break;
      case "ProfileNames":
        actual =
            CalicoOracle.specErrors(
                    spec(json("{\"interfaceName\":\"x\",\"profiles\":" + input + "}")))
                .isEmpty();
        break;
      case "Labels":
        actual = CalicoOracle.labelErrors(stringMap(input)).isEmpty();
        break;
      case "Protocol":
        actual = CalicoOracle.isValidProtocol(protocol(input));
        break;
      case "IPNAT":
        actual = CalicoOracle.natErrors("nat", nat(input)).isEmpty();
        break;
      case "WorkloadEndpointPort":
        actual = CalicoOracle.portErrors("port", port(input)).isEmpty();
        break;
      case "WorkloadEndpointSpec":
        actual = CalicoOracle.specErrors(spec(input)).isEmpty();
        break;
      case "ObjectMeta":
        actual = CalicoOracle.metaErrors(meta(input)).isEmpty();
        break;
      case "WorkloadEndpoint":
        actual = clientAccepts(entry.get("operation").asText(), input, entry.get("expectedName"));
        break;
      default:
        throw new AssertionError("unknown vector kind " + kind + " in " + entry);
    }
    assertThat(actual).as("oracle verdict for %s", entry).isEqualTo(expected);
  }

  /** Calico's clientv3 create/update path: the identity rules, then the validator. */
  private static boolean clientAccepts(String operation, JsonNode input, JsonNode expectedName) {
    WorkloadEndpointSpec spec = spec(input.get("spec"));
    ObjectMeta meta = meta(input.get("metadata"));
    String derived;
    try {
      derived = WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(spec));
    } catch (NameDerivationException e) {
      return false;
    }
    if (expectedName != null) {
      assertThat(derived).isEqualTo(expectedName.asText());
    }
    if (!meta.name().isEmpty() && !meta.name().equals(derived)) {
      return false;
    }
    if (meta.namespace().isEmpty()) {
      return false;
    }
    switch (operation) {
      case "create":
        if (!meta.resourceVersion().isEmpty()) {
          return false;
        }
        break;
      case "update":
        if (meta.resourceVersion().isEmpty()
            || meta.uid().isEmpty()
            || meta.creationTimestamp().isEmpty()) {
          return false;
        }
        break;
      default:
        throw new AssertionError("unknown operation " + operation);
    }
    WorkloadEndpoint wep =
        WorkloadEndpoint.builder()
            .metadata(ImmutableObjectMeta.copyOf(meta).withName(derived))
            .spec(spec)
            .build();
    return CalicoOracle.errors(wep).isEmpty();
  }

  // ---- JSON to model, failing on any field this mapping does not know ------------------------

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static ObjectMeta meta(JsonNode node) {
    ImmutableObjectMeta.Builder b = ObjectMeta.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      switch (f.getKey()) {
        case "name":
          b.name(f.getValue().asText());
          break;
        case "namespace":
          b.namespace(f.getValue().asText());
          break;
        case "resourceVersion":
          b.resourceVersion(f.getValue().asText());
          break;
        case "uid":
          b.uid(f.getValue().asText());
          break;
        case "creationTimestamp":
          b.creationTimestamp(f.getValue().asText());
          break;
        case "labels":
          b.putAllLabels(stringMap(f.getValue()));
          break;
        case "annotations":
          b.putAllAnnotations(stringMap(f.getValue()));
          break;
        default:
          throw new AssertionError("unknown metadata field " + f.getKey());
      }
    }
    return b.build();
  }

  private static Map<String, String> stringMap(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), text(e.getValue())));
    return out;
  }

  /** A string, or the {@code {"$repeat": s, "count": n}} placeholder for huge strings. */
  private static String text(JsonNode node) {
    if (node.isObject()) {
      assertThat(node.has("$repeat")).as("placeholder %s", node).isTrue();
      return node.get("$repeat").asText().repeat(node.get("count").asInt());
    }
    return node.asText();
  }

  private static WorkloadEndpointSpec spec(JsonNode node) {
    ImmutableWorkloadEndpointSpec.Builder b = WorkloadEndpointSpec.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode v = f.getValue();
      switch (f.getKey()) {
        case "orchestrator":
          b.orchestrator(v.asText());
          break;
        case "workload":
          b.workload(v.asText());
          break;
        case "node":
          b.node(v.asText());
          break;
        case "containerID":
          b.containerID(v.asText());
          break;
        case "pod":
          b.pod(v.asText());
          break;
        case "endpoint":
          b.endpoint(v.asText());
          break;
        case "serviceAccountName":
          b.serviceAccountName(v.asText());
          break;
        case "ipNetworks":
          v.forEach(n -> b.addIpNetwork(n.asText()));
          break;
        case "ipNATs":
          v.forEach(n -> b.addIpNAT(nat(n)));
          break;
        case "ipv4Gateway":
          b.ipv4Gateway(v.asText());
          break;
        case "ipv6Gateway":
          b.ipv6Gateway(v.asText());
          break;
        case "profiles":
          v.forEach(n -> b.addProfile(n.asText()));
          break;
        case "interfaceName":
          b.interfaceName(v.asText());
          break;
        case "mac":
          b.mac(v.asText());
          break;
        case "ports":
          v.forEach(n -> b.addPort(port(n)));
          break;
        case "allowSpoofedSourcePrefixes":
          v.forEach(n -> b.addAllowSpoofedSourcePrefix(n.asText()));
          break;
        case "awsElasticIPs":
          v.forEach(n -> b.addAwsElasticIP(n.asText()));
          break;
        case "qosControls":
          b.qosControls(qos(v));
          break;
        default:
          throw new AssertionError("unknown spec field " + f.getKey());
      }
    }
    return b.build();
  }

  private static QoSControls qos(JsonNode node) {
    ImmutableQoSControls.Builder b = QoSControls.builder();
    node.fieldNames()
        .forEachRemaining(name -> assertThat(QoSLimit.isWireName(name)).as(name).isTrue());
    for (QoSLimit limit : QoSLimit.values()) {
      limit.set(b, node.path(limit.wireName()).asLong());
    }
    return b.build();
  }

  private static IPNAT nat(JsonNode node) {
    node.fieldNames().forEachRemaining(name -> assertThat(name).isIn("internalIP", "externalIP"));
    return IPNAT.of(node.path("internalIP").asText(""), node.path("externalIP").asText(""));
  }

  private static WorkloadEndpointPort port(JsonNode node) {
    ImmutableWorkloadEndpointPort.Builder b = WorkloadEndpointPort.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      switch (f.getKey()) {
        case "name":
          b.name(f.getValue().asText());
          break;
        case "protocol":
          b.protocol(protocol(f.getValue()));
          break;
        case "port":
          b.port(f.getValue().asInt());
          break;
        case "hostPort":
          b.hostPort(f.getValue().asInt());
          break;
        case "hostIP":
          b.hostIP(f.getValue().asText());
          break;
        default:
          throw new AssertionError("unknown port field " + f.getKey());
      }
    }
    return b.build();
  }

  private static Protocol protocol(JsonNode node) {
    return node.isNumber() ? Protocol.of(node.asInt()) : Protocol.of(node.asText());
  }
}
