// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wepkit validate}: outcomes, both formats, exit codes and messages. */
class ValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES = Path.of("target/test-classes/fixtures");
  private static final String EXAMPLE = "../examples/workload-endpoint.yaml";

  @TempDir Path dir;

  @Test
  void theExampleIsValidEvenStrictlyAndWithTheIdentityCheck() {
    CliRun run = CliRun.run("validate", "--strict", "--identity", EXAMPLE);
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out)
        .isEqualTo(
            "OK ../examples/workload-endpoint.yaml[0] node1-k8s-my--nginx--b1337a-eth0\n"
                + "1 resource in 1 file: 1 valid, 0 invalid, 0 warnings\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void theDocsSampleIsValidWithADuplicateKeyWarning() throws IOException {
    // The docs sample repeats spec.endpoint; lenient decoding keeps the last value and warns.
    String file = fixture("wep-calico-docs-1.yaml");
    CliRun run = CliRun.run("validate", "--format", "json", file);
    assertThat(run.exit).as(run.toString()).isZero();
    List<JsonNode> lines = jsonLines(run);
    assertThat(lines).hasSize(1);
    JsonNode report = lines.get(0);
    assertThat(fieldNames(report))
        .containsExactly("file", "index", "name", "valid", "errors", "warnings");
    assertThat(report.get("file").asText()).isEqualTo(file);
    assertThat(report.get("index").asInt()).isZero();
    assertThat(report.get("name").asText()).isEqualTo("node1-k8s-my--nginx--b1337a-eth0");
    assertThat(report.get("valid").asBoolean()).isTrue();
    assertThat(report.get("errors")).isEmpty();
    // Two warnings: the unquoted containerID (calicoctl stores a float) and the duplicate key.
    assertThat(report.get("warnings")).hasSize(2);
    assertThat(report.get("warnings").get(0).get("path").asText()).isEqualTo("spec.containerID");
    JsonNode warning = report.get("warnings").get(1);
    assertThat(fieldNames(warning))
        .containsExactly("path", "type", "value", "detail", "line", "column");
    assertThat(warning.get("path").asText()).isEqualTo("spec.endpoint");
    assertThat(warning.get("type").asText()).isEqualTo("Duplicate");
    assertThat(warning.get("value").isNull()).isTrue();
    // The second "endpoint" key is on line 18 of the fixture; a repeated key is placed at itself.
    assertThat(warning.get("detail").asText()).contains("duplicate");
    assertThat(warning.get("line").asInt()).isEqualTo(18);
    assertThat(warning.get("column").asInt()).isEqualTo(3);
  }

  @Test
  void strictDecodingMakesTheDuplicateKeyAnError() {
    // calicoctl apply decodes strictly and rejects the docs sample's duplicate key.
    CliRun run =
        CliRun.run("validate", "--strict", "--format", "json", fixture("wep-calico-docs-1.yaml"));
    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    JsonNode report = jsonLines(run).get(0);
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("name").asText()).isEqualTo("node1-k8s-my--nginx--b1337a-eth0");
    JsonNode error = report.get("errors").get(0);
    assertThat(error.get("path").asText()).isEqualTo("spec.endpoint");
    assertThat(error.get("type").asText()).isEqualTo("Invalid");
    assertThat(error.get("detail").asText()).contains("duplicate");
    assertThat(error.get("line").asInt()).isEqualTo(18);
    assertThat(run.err).isEmpty();
  }

  @Test
  void textFormatListsViolationsWithTheirPaths() throws IOException {
    Path file =
        write(
            "bad.yaml",
            "apiVersion: projectcalico.org/v3\n"
                + "kind: WorkloadEndpoint\n"
                + "metadata:\n"
                + "  name: node1-k8s-pod-eth0\n"
                + "  namespace: default\n"
                + "spec:\n"
                + "  node: node1\n"
                + "  orchestrator: k8s\n"
                + "  pod: pod\n"
                + "  endpoint: eth0\n"
                + "  interfaceName: cali0123456789a\n"
                + "  ipNetworks:\n"
                + "  - 10.0.0.300/32\n");
    CliRun run = CliRun.run("validate", file.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    List<String> lines = run.lines();
    assertThat(lines.get(0)).isEqualTo("INVALID " + file + "[0] node1-k8s-pod-eth0");
    // The address is on line 13, after "  - ".
    assertThat(lines.get(1))
        .startsWith(file + ":13:5: error: spec.ipNetworks[0]: invalid value ")
        .contains("\"10.0.0.300/32\"");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("1 resource in 1 file: 0 valid, 1 invalid, 0 warnings");
    assertThat(run.out).doesNotContain("\u001b[");
  }

  @Test
  void colourOnlyWhenAskedFor() {
    CliRun plain =
        CliRun.withStdin(new ByteArrayInputStream(new byte[0]), false, "validate", EXAMPLE);
    CliRun coloured =
        CliRun.withStdin(new ByteArrayInputStream(new byte[0]), true, "validate", EXAMPLE);
    assertThat(plain.out).startsWith("OK ");
    assertThat(coloured.out).startsWith("\u001b[32mOK\u001b[0m ");
    // JSON lines never carry colour.
    CliRun json =
        CliRun.withStdin(
            new ByteArrayInputStream(new byte[0]), true, "validate", "--format", "json", EXAMPLE);
    assertThat(json.out).doesNotContain("\u001b[");
  }

  @Test
  void documentsThatCannotBeBoundAreReportedAndTheRestStillValidated() throws IOException {
    Path file =
        write(
            "multi.yaml",
            endpoint("node1", "a", "")
                + "---\n"
                + endpoint("node1", "b", "  colour: blue\n")
                + "---\n"
                + "# a comment-only document is not a resource\n"
                + "---\n"
                + endpoint("node1", "c", ""));
    CliRun run =
        CliRun.run("validate", "--strict", "--identity", "--format", "json", file.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    List<JsonNode> lines = jsonLines(run);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).get("index").asInt()).isZero();
    assertThat(lines.get(0).get("valid").asBoolean()).isTrue();
    JsonNode unbound = lines.get(1);
    assertThat(unbound.get("index").asInt()).isEqualTo(1);
    assertThat(unbound.get("name").asText()).isEqualTo("node1-k8s-b-eth0");
    assertThat(unbound.get("valid").asBoolean()).isFalse();
    assertThat(unbound.get("errors").get(0).get("path").asText()).isEqualTo("spec.colour");
    assertThat(unbound.get("errors").get(0).get("type").asText()).isEqualTo("Invalid");
    // Line numbers count from the top of the file, not of the document.
    assertThat(unbound.get("errors").get(0).get("detail").asText()).contains("colour");
    assertThat(unbound.get("errors").get(0).get("line").asInt()).isEqualTo(28);
    assertThat(lines.get(2).get("index").asInt()).isEqualTo(2);
    assertThat(lines.get(2).get("name").asText()).isEqualTo("node1-k8s-c-eth0");
    assertThat(lines.get(2).get("valid").asBoolean()).isTrue();
  }

  @Test
  void aWrongTypeInAListItemKeepsTheIndexesOfLaterDocuments() throws IOException {
    String list =
        "apiVersion: projectcalico.org/v3\n"
            + "kind: WorkloadEndpointList\n"
            + "items:\n"
            + indent(endpoint("node1", "a", ""))
            + indent(endpoint("node1", "b", "  ports:\n  - name: http\n    port: eighty\n"))
            + indent(endpoint("node1", "c", ""));
    Path file = write("list.yaml", list + "---\n" + endpoint("node1", "d", ""));
    CliRun run = CliRun.run("validate", "--format", "json", file.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    List<JsonNode> lines = jsonLines(run);
    // Every item is reported, also the one after the item that cannot be bound.
    assertThat(lines).extracting(l -> l.get("index").asInt()).containsExactly(0, 1, 2, 3);
    assertThat(lines.get(1).get("name").asText()).isEqualTo("node1-k8s-b-eth0");
    assertThat(lines.get(1).get("errors").get(0).get("path").asText())
        .isEqualTo("spec.ports[0].port");
    assertThat(lines.get(2).get("name").asText()).isEqualTo("node1-k8s-c-eth0");
    assertThat(lines.get(2).get("valid").asBoolean()).isTrue();
    assertThat(lines.get(3).get("name").asText()).isEqualTo("node1-k8s-d-eth0");
  }

  @Test
  void listsArraysAndMultipleDocumentsAreNumberedInFileOrder() {
    CliRun list =
        CliRun.run("validate", "--format", "json", fixture("wep-calicoctl-st-list-1.yaml"));
    CliRun seq = CliRun.run("validate", "--format", "json", fixture("wep-calicoctl-st-seq-1.yaml"));
    CliRun multi =
        CliRun.run("validate", "--format", "json", fixture("wep-calicoctl-st-multidoc-1.yaml"));
    for (CliRun run : List.of(list, seq, multi)) {
      assertThat(jsonLines(run))
          .as(run.toString())
          .extracting(l -> l.get("index").asInt())
          .containsExactly(0, 1);
      assertThat(jsonLines(run))
          .extracting(l -> l.get("name").asText())
          .containsExactly("node1-k8s-abcd-eth0", "node2-cni-container1234-eth0");
    }
  }

  @Test
  void identityCheckCatchesANameThatDoesNotMatchTheSpec() {
    // Old calicoctl test data: the name says pod-name, spec.pod says pod.name.
    String file = fixture("wep-calicoctl-testdata-v3-1.yaml");
    CliRun plain = CliRun.run("validate", "--format", "json", file);
    CliRun identity = CliRun.run("validate", "--identity", "--format", "json", file);
    assertThat(identity.exit).isEqualTo(1);
    assertThat(jsonLines(identity).get(0).get("errors").toString()).contains("metadata.name");
    assertThat(jsonLines(plain).get(0).get("errors").toString()).doesNotContain("does not match");
  }

  @Test
  void aV1ResourceIsInvalidWithThePathOfItsKind() {
    CliRun run = CliRun.run("validate", "--format", "json", fixture("wep-calicoctl-v1-1.yaml"));
    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    JsonNode report = jsonLines(run).get(0);
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("errors").get(0).get("path").asText()).isIn("kind", "apiVersion");
  }

  @Test
  void stdinIsDash() throws IOException {
    byte[] example = Files.readAllBytes(Path.of(EXAMPLE));
    CliRun run = CliRun.withStdin(example, "validate", "--format", "json", "-");
    assertThat(run.exit).isZero();
    assertThat(jsonLines(run).get(0).get("file").asText()).isEqualTo("-");
  }

  @Test
  void textThatIsNotYamlStopsTheFileWithItsPosition() throws IOException {
    Path file =
        write(
            "broken.yaml", "apiVersion: projectcalico.org/v3\nkind: [WorkloadEndpoint\nspec: {}\n");
    CliRun run = CliRun.run("validate", file.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(2);
    assertThat(run.err).startsWith(file + ":").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.err.lines().count()).isEqualTo(1);
    assertThat(run.err)
        .matches("(?s)" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*\n");
  }

  @Test
  void aSafetyLimitStopsTheFile() throws IOException {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      bomb.append("]\n");
    }
    // Ten levels of ten aliases: ten billion nodes if expanded.
    Path file =
        write(
            "bomb.yaml",
            "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nextra:\n"
                + bomb.toString().replaceAll("(?m)^", "  "));
    CliRun run = CliRun.run("validate", file.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(2);
    assertThat(run.err).startsWith(file + ":").contains("limit");
  }

  @Test
  void filesThatCannotBeReadGiveOneClearLine() throws IOException {
    CliRun missing = CliRun.run("validate", dir.resolve("nope.yaml").toString());
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.err).isEqualTo(dir.resolve("nope.yaml") + ": no such file\n");

    CliRun directory = CliRun.run("validate", dir.toString());
    assertThat(directory.exit).isEqualTo(2);
    assertThat(directory.err).isEqualTo(dir + ": is a directory, not a file\n");

    Path binary = dir.resolve("binary.yaml");
    Files.write(
        binary,
        new byte[] {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
    CliRun bytes = CliRun.run("validate", binary.toString());
    assertThat(bytes.exit).isEqualTo(2);
    assertThat(bytes.err)
        .isEqualTo(binary + ":2:4: the input is not valid UTF-8: Invalid UTF-8 middle byte 0x28\n");

    Path empty = write("empty.yaml", "# nothing here\n---\n");
    CliRun nothing = CliRun.run("validate", empty.toString());
    assertThat(nothing.exit).isEqualTo(2);
    assertThat(nothing.err).isEqualTo(empty + ": no resources found: the input is empty\n");
  }

  @Test
  void everyFileIsReadAndTheWorstOutcomeWins() throws IOException {
    String docs = fixture("wep-calico-docs-1.yaml");
    CliRun oneInvalid = CliRun.run("validate", "--strict", EXAMPLE, docs);
    assertThat(oneInvalid.exit).isEqualTo(1);
    assertThat(oneInvalid.lines()).first().asString().startsWith("OK ");
    // The docs sample's unquoted containerID is a warning (calicoctl would store a float).
    assertThat(oneInvalid.out).endsWith("2 resources in 2 files: 1 valid, 1 invalid, 1 warning\n");

    CliRun oneMissing = CliRun.run("validate", "missing.yaml", EXAMPLE);
    assertThat(oneMissing.exit).isEqualTo(2);
    assertThat(oneMissing.out).contains("OK " + EXAMPLE + "[0]");
    assertThat(oneMissing.out).endsWith("; 1 could not be read\n");
    assertThat(oneMissing.err).isEqualTo("missing.yaml: no such file\n");
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    CliRun unknown = CliRun.run("validate", "--bogus", EXAMPLE);
    assertThat(unknown.exit).isEqualTo(2);
    assertThat(unknown.err)
        .isEqualTo("wepkit validate: Unknown option: '--bogus' (see 'wepkit validate --help')\n");
    CliRun noFile = CliRun.run("validate");
    assertThat(noFile.exit).isEqualTo(2);
    assertThat(noFile.err.lines().count()).isEqualTo(1);
    CliRun badFormat = CliRun.run("validate", "--format", "xml", EXAMPLE);
    assertThat(badFormat.exit).isEqualTo(2);
    assertThat(badFormat.err).contains("--format");
  }

  @Test
  void helpAndVersion() {
    CliRun help = CliRun.run("validate", "--help");
    assertThat(help.exit).isZero();
    assertThat(help.out).contains("--strict", "--identity", "--format", "Exit codes:");
    CliRun version = CliRun.run("--version");
    assertThat(version.exit).isZero();
    assertThat(version.out).matches("wepkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  // ------------------------------------------------------------------ helpers

  private static String fixture(String name) {
    return FIXTURES.resolve(name).toString();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** A valid k8s endpoint whose name is the derived one; {@code extraSpec} lines are appended. */
  static String endpoint(String node, String pod, String extraSpec) {
    return "apiVersion: projectcalico.org/v3\n"
        + "kind: WorkloadEndpoint\n"
        + "metadata:\n"
        + "  name: "
        + node
        + "-k8s-"
        + pod
        + "-eth0\n"
        + "  namespace: default\n"
        + "spec:\n"
        + "  node: "
        + node
        + "\n"
        + "  orchestrator: k8s\n"
        + "  pod: "
        + pod
        + "\n"
        + "  endpoint: eth0\n"
        + "  interfaceName: cali0123456789a\n"
        + "  ipNetworks:\n"
        + "  - 10.0.0.1/32\n"
        + extraSpec;
  }

  /** Indents a resource as a list item. */
  private static String indent(String resource) {
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (String line : resource.split("\n")) {
      out.append(first ? "- " : "  ").append(line).append('\n');
      first = false;
    }
    return out.toString();
  }

  private static List<JsonNode> jsonLines(CliRun run) {
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.lines()) {
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new AssertionError("not a JSON line: " + line, e);
      }
    }
    return out;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }
}
