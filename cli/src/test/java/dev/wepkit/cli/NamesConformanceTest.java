// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every vector of the names conformance files, sent through the {@code --batch} mode of the command
 * that answers its op: all vectors of one command go through one process-like batch run, in order,
 * and each vector's answer line is checked in its own dynamic test.
 */
class NamesConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Ops the command has no subcommand for; the core module's tests cover them. */
  private static final Set<String> NOT_CLI_OPS =
      Set.of(
          "v3KeyToV1Key",
          "statusFilename",
          "profileNameToNamespace",
          "profileNameToServiceAccount",
          "podProfiles");

  @TestFactory
  Stream<DynamicTest> everyVectorThroughBatch() throws IOException {
    List<JsonNode> vectors = loadVectors();
    assertThat(vectors).isNotEmpty();
    Map<String, List<JsonNode>> byCommand = new LinkedHashMap<>();
    Map<String, List<String>> requests = new LinkedHashMap<>();
    for (JsonNode vector : vectors) {
      String op = vector.get("op").asText();
      if (NOT_CLI_OPS.contains(op)) {
        continue;
      }
      String command = commandFor(op);
      byCommand.computeIfAbsent(command, c -> new ArrayList<>()).add(vector);
      requests.computeIfAbsent(command, c -> new ArrayList<>()).add(request(op, vector));
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, List<JsonNode>> entry : byCommand.entrySet()) {
      String command = entry.getKey();
      String stdin = String.join("\n", requests.get(command)) + "\n";
      CliRun run = CliRun.withStdin(stdin, command, "--batch");
      assertThat(run.exit).as(run.toString()).isZero();
      List<String> lines = run.lines();
      assertThat(lines).as(run.toString()).hasSize(entry.getValue().size());
      for (int i = 0; i < lines.size(); i++) {
        JsonNode vector = entry.getValue().get(i);
        String line = lines.get(i);
        tests.add(
            DynamicTest.dynamicTest(
                vector.get("id").asText(), () -> check(vector, JSON.readTree(line), line)));
      }
    }
    return tests.stream();
  }

  private static String commandFor(String op) {
    switch (op) {
      case "calculate":
      case "calculatePrefix":
        return "name";
      case "parse":
        return "parse";
      case "matches":
        return "matches";
      case "interfaceName":
      case "interfaceNameMultus":
        return "iface";
      default:
        throw new AssertionError("unknown op in the names vectors: " + op);
    }
  }

  private static String request(String op, JsonNode vector) throws IOException {
    JsonNode input = vector.get("input");
    ObjectNode request = JSON.createObjectNode();
    switch (op) {
      case "calculate":
        request.setAll(identifiers(input));
        break;
      case "calculatePrefix":
        request.setAll(identifiers(input));
        request.put("prefix", true);
        break;
      case "parse":
        request.put("name", input.get("name").asText());
        break;
      case "matches":
        request.put("name", input.get("name").asText());
        request.set("identifiers", identifiers(input.get("identifiers")));
        break;
      case "interfaceName":
        request.put("namespace", input.get("namespace").asText());
        request.put("pod", input.get("pod").asText());
        if (input.has("FELIX_INTERFACEPREFIX")) {
          // The command's --prefix takes Felix's setting as is (first comma-separated item).
          request.put("prefix", input.get("FELIX_INTERFACEPREFIX").asText());
        }
        break;
      case "interfaceNameMultus":
        request.put("namespace", input.get("namespace").asText());
        request.put("pod", input.get("pod").asText());
        request.put("index", input.get("interfaceIndex").asInt());
        break;
      default:
        throw new AssertionError("unknown op: " + op);
    }
    return JSON.writeValueAsString(request);
  }

  /** Go field names (Node, ContainerID) to the command's JSON names (node, containerID). */
  private static ObjectNode identifiers(JsonNode goIdentifiers) {
    ObjectNode out = JSON.createObjectNode();
    Iterator<Map.Entry<String, JsonNode>> fields = goIdentifiers.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      out.set(jsonName(field.getKey()), field.getValue());
    }
    return out;
  }

  private static String jsonName(String goName) {
    return goName.substring(0, 1).toLowerCase(Locale.ROOT) + goName.substring(1);
  }

  private static void check(JsonNode vector, JsonNode answer, String line) {
    String op = vector.get("op").asText();
    JsonNode expect = vector.get("expect");
    if (expect.isObject() && expect.path("error").asBoolean(false)) {
      assertThat(answer.has("error")).as(line).isTrue();
      assertThat(answer.get("error").get("reason").asText()).as(line).isNotEmpty();
      if (expect.has("field")) {
        assertThat(answer.get("error").get("field").asText())
            .as(line)
            .isEqualTo(expect.get("field").asText());
      }
      return;
    }
    switch (op) {
      case "calculate":
      case "calculatePrefix":
      case "interfaceName":
      case "interfaceNameMultus":
        assertThat(answer).as(line).isEqualTo(JSON.createObjectNode().put("name", expect.asText()));
        break;
      case "parse":
        assertThat(answer).as(line).isEqualTo(identifiers(expect));
        break;
      case "matches":
        assertThat(answer)
            .as(line)
            .isEqualTo(JSON.createObjectNode().put("matches", expect.asBoolean()));
        break;
      default:
        throw new AssertionError("unknown op: " + op);
    }
  }

  private static List<JsonNode> loadVectors() throws IOException {
    URL dir = NamesConformanceTest.class.getResource("/conformance");
    assertThat(dir).as("src/test/resources/conformance").isNotNull();
    List<JsonNode> vectors = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(dir.toURI()))) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    for (Path file : files) {
      JsonNode root = JSON.readTree(stripComments(Files.readString(file)));
      if (!root.isArray()) {
        continue;
      }
      for (JsonNode entry : root) {
        // Files of other kinds (validation vectors) hold no "op": not ours.
        if (entry.has("op")) {
          vectors.add(entry);
        }
      }
    }
    return vectors;
  }

  private static String stripComments(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(line.startsWith("#") ? "" : line).append('\n');
    }
    return out.toString();
  }
}
