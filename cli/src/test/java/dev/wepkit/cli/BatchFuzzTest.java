// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.cli.internal.BatchLoop;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the {@code --batch} lines of {@code name}, {@code parse}, {@code
 * matches} and {@code iface} (FUZZING.md), through the loop the commands run, without the command
 * line around it.
 *
 * <p>For any bytes on standard input, each of the four answers with exit code 0, nothing on
 * standard error, exactly one line per input line, each a JSON object holding either the answer's
 * own field or an {@code error}, and never an internal error. Regression mode runs the names
 * conformance vectors as batch lines and the files in {@code BatchFuzzTestInputs/batch/} in every
 * build.
 */
class BatchFuzzTest {
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Each command's handler and the fields a successful answer may hold. */
  private static final Map<String, BatchLoop.Handler> HANDLERS =
      Map.of(
          "name", NameCommand::answer,
          "parse", ParseCommand::answer,
          "matches", MatchesCommand::answer,
          "iface", IfaceCommand::answer);

  private static final Map<String, List<String>> ANSWER_FIELDS =
      Map.of(
          "name", List.of("name"),
          "parse", IdentifierOptions.FIELDS,
          "matches", List.of("matches"),
          "iface", List.of("name"));

  /** The names conformance vectors as batch requests: one seed per vector, and all of them. */
  static Stream<byte[]> seeds() {
    List<String> lines = new ArrayList<>();
    try (InputStream in = BatchFuzzTest.class.getResourceAsStream("/conformance/names.json")) {
      for (JsonNode vector : STRICT.readTree(in)) {
        JsonNode input = vector.get("input");
        ObjectNode request = STRICT.createObjectNode();
        switch (vector.get("op").asText()) {
          case "calculate":
          case "calculatePrefix":
            identifiers(input, request);
            if (vector.get("op").asText().equals("calculatePrefix")) {
              request.put("prefix", true);
            }
            break;
          case "parse":
            request.set("name", input.get("name"));
            break;
          case "matches":
            request.set("name", input.get("name"));
            identifiers(input.get("identifiers"), request.putObject("identifiers"));
            break;
          case "interfaceName":
          case "interfaceNameMultus":
            request.set("namespace", input.get("namespace"));
            request.set("pod", input.get("pod"));
            if (input.has("interfaceIndex")) {
              request.set("index", input.get("interfaceIndex"));
            }
            break;
          default:
            continue;
        }
        lines.add(request.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> seeds = new ArrayList<>(lines);
    seeds.add(String.join("\n", lines) + "\n");
    seeds.add("\n{}\r\n[1]\n{\"name\":\"a-b\",\"name\":\"c\"}\n{\"index\":1e400}\n\uFEFF{}");
    return seeds.stream().map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  private static void identifiers(JsonNode vector, ObjectNode request) {
    Map<String, String> names =
        Map.of(
            "Node", "node",
            "Orchestrator", "orchestrator",
            "Pod", "pod",
            "Workload", "workload",
            "ContainerID", "containerID",
            "Endpoint", "endpoint");
    names.forEach(
        (go, batch) -> {
          if (vector.has(go)) {
            request.set(batch, vector.get(go));
          }
        });
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void batch(byte[] input) throws IOException {
    int lines = 0;
    for (byte b : input) {
      lines += b == '\n' ? 1 : 0;
    }
    if (input.length > 0 && input[input.length - 1] != '\n') {
      lines++;
    }
    for (Map.Entry<String, BatchLoop.Handler> command : HANDLERS.entrySet()) {
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      PrintWriter out =
          new PrintWriter(
              new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)));
      StringWriter stderr = new StringWriter();
      int exit =
          BatchLoop.run(
              new ByteArrayInputStream(input), out, new PrintWriter(stderr), command.getValue());
      String output = stdout.toString(StandardCharsets.UTF_8);
      assertThat(exit).as("%s --batch exit code", command.getKey()).isZero();
      assertThat(stderr.toString()).as("%s --batch stderr", command.getKey()).isEmpty();
      List<String> answers = output.isEmpty() ? List.of() : List.of(output.split("\n", -1));
      assertThat(answers)
          .as("%s --batch output", command.getKey())
          .hasSize(lines == 0 ? 0 : lines + 1);
      for (String answer : answers.subList(0, Math.max(0, answers.size() - 1))) {
        JsonNode node = STRICT.readTree(answer);
        assertThat(node.isObject()).as("%s answer %s", command.getKey(), answer).isTrue();
        assertThat(answer).as("%s answer", command.getKey()).doesNotContain("internal error");
        if (node.has("error")) {
          assertThat(node.size()).as("%s answer %s", command.getKey(), answer).isEqualTo(1);
          assertThat(node.get("error").isObject())
              .as("%s answer %s", command.getKey(), answer)
              .isTrue();
        } else {
          node.fieldNames()
              .forEachRemaining(
                  f ->
                      assertThat(ANSWER_FIELDS.get(command.getKey()))
                          .as("%s answer %s", command.getKey(), answer)
                          .contains(f));
        }
      }
    }
  }
}
