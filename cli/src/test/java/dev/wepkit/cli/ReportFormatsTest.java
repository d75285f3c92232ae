// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code validate --format sarif|junit|github}: what CI systems read, with lines and columns. */
class ReportFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One invalid endpoint: the address on line 13, column 5, is not an IP. */
  static final String BAD =
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
          + "  - 10.0.0.300/32\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void sarifHasOneResultPerViolationWithItsRuleAndRegion() throws IOException {
    Path file = write("bad.yaml", BAD);
    Path good = Path.of("../examples/workload-endpoint.yaml");
    CliRun run = CliRun.run("validate", "--format", "sarif", file.toString(), good.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    JsonNode log = JSON.readTree(run.out);
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    JsonNode runNode = log.get("runs").get(0);
    JsonNode driver = runNode.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("wepkit");
    JsonNode results = runNode.get("results");
    assertThat(results).hasSize(1);
    JsonNode result = results.get(0);
    assertThat(result.get("ruleId").asText()).isEqualTo("Invalid");
    assertThat(driver.get("rules").get(result.get("ruleIndex").asInt()).get("id").asText())
        .isEqualTo("Invalid");
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.get("message").get("text").asText())
        .startsWith("spec.ipNetworks[0]: invalid value \"10.0.0.300/32\"");
    JsonNode location = result.get("locations").get(0);
    JsonNode physical = location.get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asText()).endsWith("/bad.yaml");
    assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(13);
    assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(5);
    assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asText())
        .isEqualTo("spec.ipNetworks[0]");
  }

  @Test
  void sarifNamesAFileThatCannotBeReadAndKeepsExitTwo() {
    CliRun run = CliRun.run("validate", "--format", "SARIF", dir.resolve("nope.yaml").toString());
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).endsWith("nope.yaml: no such file\n");
    assertThat(run.out).contains("\"ruleId\" : \"Unreadable\"");
  }

  @Test
  void sarifUrisAreEscaped() {
    CliRun run =
        CliRun.withStdin(
            new ByteArrayInputStream(BAD.getBytes(StandardCharsets.UTF_8)),
            false,
            "validate",
            "--format",
            "sarif",
            "-");
    assertThat(run.out).contains("\"uri\" : \"-\"");
  }

  @Test
  void junitHasATestCasePerResourceAndAFailureListingItsErrors() throws Exception {
    Path file = write("bad.yaml", BAD);
    Path good = Path.of("../examples/workload-endpoint.yaml");
    CliRun run = CliRun.run("validate", "--format", "junit", file.toString(), good.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(run.out.getBytes(StandardCharsets.UTF_8)));
    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("2");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element badCase = (Element) ((Element) suites.item(0)).getElementsByTagName("testcase").item(0);
    assertThat(badCase.getAttribute("name")).isEqualTo(file + "[0] node1-k8s-pod-eth0");
    Element failure = (Element) badCase.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("Invalid");
    assertThat(failure.getTextContent())
        .startsWith(file + ":13:5: error: spec.ipNetworks[0]: invalid value");
    Element goodCase =
        (Element) ((Element) suites.item(1)).getElementsByTagName("testcase").item(0);
    assertThat(goodCase.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void junitEscapesMarkupAndCharactersXmlCannotHold() throws Exception {
    Path file = write("a&b<c>.yaml", BAD.replace("node: node1", "node: \"node\\u0001<x>\""));
    CliRun run = CliRun.run("validate", "--format", "junit", file.toString());
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(run.out.getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo(file.toString());
    assertThat(xml.getElementsByTagName("failure").item(0).getTextContent()).contains("<x>");
  }

  @Test
  void githubAnnotationsAreWorkflowCommandsEscapedAsGithubDocuments() throws IOException {
    Path file = write("a,b.yaml", BAD);
    CliRun run = CliRun.run("validate", "--format", "github", file.toString());
    assertThat(run.exit).as(run.toString()).isEqualTo(1);
    String escapedFile = file.toString().replace(",", "%2C");
    assertThat(run.lines().get(0))
        .startsWith(
            "::error file="
                + escapedFile
                + ",line=13,col=5,title=spec.ipNetworks[0]::invalid value \"10.0.0.300/32\": ");
    assertThat(run.lines().get(run.lines().size() - 1))
        .isEqualTo("::notice title=wepkit validate::1 resources: 0 valid, 1 invalid, 0 warnings");
  }

  @Test
  void sarifOutputIsValidAgainstTheSarif210Schema() throws IOException {
    Schema sarif;
    try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema in test-fixtures/schemas").isNotNull();
      sarif =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
              .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
    Path bad = write("bad.yaml", BAD);
    Path warned =
        write(
            "warned.yaml",
            BAD.replace("  - 10.0.0.300/32\n", "  - 10.0.0.3/32\n  endpoint: eth1\n"));
    String[][] runs = {
      {"validate", "--format", "sarif", bad.toString(), warned.toString()},
      {"validate", "--format", "sarif", dir.resolve("missing.yaml").toString()},
      {"validate", "--format", "sarif", "../examples/workload-endpoint.yaml"}
    };
    for (String[] args : runs) {
      CliRun run = CliRun.run(args);
      List<com.networknt.schema.Error> errors = sarif.validate(JSON.readTree(run.out));
      assertThat(errors).as(run.out).isEmpty();
    }
    // The schema does reject what is not SARIF, so the check above can fail.
    assertThat(sarif.validate(JSON.readTree("{\"version\": \"2.1.0\", \"runs\": [{}]}")))
        .isNotEmpty();
  }
}
