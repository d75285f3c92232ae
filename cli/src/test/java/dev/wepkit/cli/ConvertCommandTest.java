// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wepkit convert}: canonical output that reads back to the same resources. */
class ConvertCommandTest {
  private static final Path FIXTURES = Path.of("target/test-classes/fixtures");
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();

  @TempDir Path dir;

  @Test
  void yamlToJsonAndBackGivesTheSameResource() throws IOException {
    String source = fixture("wep-calico-docs-1.yaml");
    List<ResourceDocument> original = YAML.readDocuments(Files.readString(Path.of(source)));

    CliRun toJson = CliRun.run("convert", "--to", "json", source);
    assertThat(toJson.exit).as(toJson.toString()).isZero();
    assertThat(toJson.err).isEmpty();
    // Go order, two-space indent, as calicoctl get -o json prints it.
    assertThat(toJson.out).startsWith("{\n  \"kind\": \"WorkloadEndpoint\",\n  \"apiVersion\": ");
    // The unquoted 25-digit containerID survives as text, digit for digit.
    assertThat(toJson.out).contains("\"containerID\": \"1337495556942031415926535\"");
    assertThat(JSON.readDocument(toJson.out)).isEqualTo(original.get(0));

    Path json = write("docs.json", toJson.out);
    CliRun back = CliRun.run("convert", "--to", "yaml", json.toString());
    assertThat(back.exit).as(back.toString()).isZero();
    assertThat(YAML.readDocuments(back.out)).isEqualTo(original);
    // calicoctl's YAML: keys sorted.
    assertThat(back.out.indexOf("apiVersion:")).isLessThan(back.out.indexOf("kind:"));
    assertThat(back.out.indexOf("kind:")).isLessThan(back.out.indexOf("metadata:"));
  }

  @Test
  void aListStaysAList() throws IOException {
    String source = fixture("wep-calicoctl-st-list-1.yaml");
    CliRun toJson = CliRun.run("convert", "--to", "json", source);
    assertThat(toJson.exit).as(toJson.toString()).isZero();
    ResourceDocument document = JSON.readDocument(toJson.out);
    assertThat(document.shape()).isEqualTo(ResourceDocument.Shape.LIST);
    assertThat(document.endpoints()).hasSize(2);
    assertThat(List.of(document)).isEqualTo(YAML.readDocuments(Files.readString(Path.of(source))));

    CliRun toYaml = CliRun.run("convert", "--to", "yaml", source);
    assertThat(YAML.readDocuments(toYaml.out)).containsExactly(document);
    assertThat(toYaml.out).contains("kind: WorkloadEndpointList");
  }

  @Test
  void severalDocumentsBecomeYamlDocumentsOrOneJsonArray() throws IOException {
    String source = fixture("wep-calicoctl-st-multidoc-1.yaml");
    List<ResourceDocument> original = YAML.readDocuments(Files.readString(Path.of(source)));
    assertThat(original).hasSize(2);

    CliRun toYaml = CliRun.run("convert", "--to", "yaml", source);
    assertThat(toYaml.exit).isZero();
    assertThat(YAML.readDocuments(toYaml.out)).isEqualTo(original);
    assertThat(toYaml.out.split("(?m)^---$", -1)).hasSize(2);

    CliRun toJson = CliRun.run("convert", "--to", "json", source);
    assertThat(toJson.exit).isZero();
    assertThat(toJson.out).startsWith("[\n  {\n    \"kind\": \"WorkloadEndpoint\"");
    ResourceDocument array = JSON.readDocument(toJson.out);
    assertThat(array.shape()).isEqualTo(ResourceDocument.Shape.ARRAY);
    assertThat(array.endpoints()).isEqualTo(endpoints(original));
  }

  @Test
  void unknownFieldsAreKeptUnlessStrict() throws IOException {
    // networking-calico's test data carries a field Calico's type does not have.
    String source = fixture("wep-networking-calico-1.json");
    CliRun lenient = CliRun.run("convert", "--to", "yaml", source);
    assertThat(lenient.exit).as(lenient.toString()).isZero();
    assertThat(lenient.out).contains("allowedIps");
    CliRun strict = CliRun.run("convert", "--strict", "--to", "yaml", source);
    assertThat(strict.exit).isEqualTo(2);
    assertThat(strict.out).isEmpty();
    assertThat(strict.err)
        .matches(
            java.util.regex.Pattern.quote(source)
                + ":\\d+:\\d+: spec\\.allowedIps: unknown field .*\n");
  }

  @Test
  void inputThatCannotBeReadExitsTwo() throws IOException {
    CliRun missing = CliRun.run("convert", "--to", "json", "nope.yaml");
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.err).isEqualTo("nope.yaml: no such file\n");

    Path v1 = Path.of(fixture("wep-calicoctl-v1-1.yaml"));
    CliRun notV3 = CliRun.run("convert", "--to", "json", v1.toString());
    assertThat(notV3.exit).isEqualTo(2);
    assertThat(notV3.err).startsWith(v1 + ":").contains("unsupported resource");

    CliRun noTarget = CliRun.run("convert", fixture("wep-calicoctl-st-1.yaml"));
    assertThat(noTarget.exit).isEqualTo(2);
    assertThat(noTarget.err).contains("--to");

    CliRun badTarget = CliRun.run("convert", "--to", "xml", fixture("wep-calicoctl-st-1.yaml"));
    assertThat(badTarget.exit).isEqualTo(2);
  }

  @Test
  void readsStdin() throws IOException {
    byte[] yaml = Files.readAllBytes(Path.of(fixture("wep-calicoctl-st-2.yaml")));
    CliRun run = CliRun.withStdin(yaml, "convert", "--to", "json", "-");
    assertThat(run.exit).isZero();
    assertThat(JSON.read(run.out).spec().orchestrator()).isEqualTo("cni");
  }

  private static List<WorkloadEndpoint> endpoints(List<ResourceDocument> documents) {
    List<WorkloadEndpoint> all = new ArrayList<>();
    documents.forEach(d -> all.addAll(d.endpoints()));
    return all;
  }

  private static String fixture(String name) {
    return FIXTURES.resolve(name).toString();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
