// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.wepkit.Protocol;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.WorkloadEndpointSchema;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.testing.Property;
import dev.wepkit.testing.WorkloadEndpointGenerators;
import dev.wepkit.validation.Protocols;
import dev.wepkit.validation.WorkloadEndpointValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Core's JSON Schema, run by networknt's validator over real documents: every v3 fixture and
 * generated valid endpoints and lists, written by both codecs, are accepted; legacy v1 documents
 * are not; and the port protocols it accepts are exactly those of wepkit's validator.
 */
class WorkloadEndpointSchemaDocumentsTest {
  private static final YAMLMapper YAML_TREES = new YAMLMapper();
  private static final JsonMapper JSON_TREES = new JsonMapper();
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder ->
                  builder.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()))
          .getSchema(WorkloadEndpointSchema.json(), InputFormat.JSON);

  // ---------------------------------------------------------------- fixtures

  @TestFactory
  Stream<DynamicTest> everyV3FixtureIsAccepted() {
    assertThat(Fixtures.v3()).hasSizeGreaterThanOrEqualTo(17);
    return Fixtures.v3().stream()
        .map(
            fixture ->
                dynamicTest(
                    fixture.getFileName().toString(),
                    () -> {
                      List<JsonNode> documents = documents(fixture);
                      assertThat(documents).isNotEmpty();
                      for (JsonNode document : documents) {
                        assertThat(problems(document, false)).as("%s", document).isEmpty();
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> legacyV1FixturesAreRejectedAtTheirApiVersionAndKind() {
    assertThat(Fixtures.v1()).hasSizeGreaterThanOrEqualTo(2);
    return Fixtures.v1().stream()
        .map(
            fixture ->
                dynamicTest(
                    fixture.getFileName().toString(),
                    () -> {
                      for (JsonNode document : documents(fixture)) {
                        assertThat(problems(document, false))
                            .anySatisfy(p -> assertThat(p).contains(".apiVersion"))
                            .anySatisfy(p -> assertThat(p).contains(".kind"));
                      }
                    }));
  }

  @Test
  void theDocsTimestampTypoFailsOnlyWhenFormatsAreAsserted() {
    // "2020-05-04T22:23:05T" is not RFC 3339, which Kubernetes' metav1.Time parses.
    for (String name : List.of("wep-tigera-docs-multus-1.yaml", "wep-tigera-docs-multus-2.yaml")) {
      JsonNode document = documents(Fixtures.path(name)).get(0);
      assertThat(problems(document, false)).as(name).isEmpty();
      assertThat(problems(document, true))
          .as(name)
          .singleElement()
          .asString()
          .startsWith("$.metadata.creationTimestamp: ");
    }
    // The other fixtures' timestamps are RFC 3339.
    for (Path fixture : Fixtures.v3()) {
      if (!fixture.getFileName().toString().startsWith("wep-tigera-docs-multus-")) {
        for (JsonNode document : documents(fixture)) {
          assertThat(problems(document, true)).as("%s", fixture.getFileName()).isEmpty();
        }
      }
    }
  }

  @Test
  void theEditorExampleOfTheReadmeIsAcceptedByTheSchemaAndByWepkit() throws IOException {
    String text;
    try (var in = getClass().getResourceAsStream("/schema/editor-example.yaml")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(text).startsWith("# yaml-language-server: $schema=./workloadendpoint.schema.json\n");
    assertThat(problems(tree(YAML_TREES, text), true)).isEmpty();
    WorkloadEndpointYaml strict = WorkloadEndpointYaml.builder().mode(DecodeMode.STRICT).build();
    assertThat(WorkloadEndpointValidator.create().validateForCreate(strict.read(text)).isValid())
        .isTrue();
  }

  // ---------------------------------------------------------------- generated

  @Test
  void generatedValidEndpointsAreAcceptedAsJsonAndAsYaml() {
    // 300 cases: each is validated twice, at about 5 ms a validation.
    Property.named("the schema accepts generated valid endpoints, as JSON and as YAML")
        .withTries(300)
        .verify(
            WorkloadEndpointGenerators.validEndpoints(),
            wep -> {
              assertThat(problems(tree(JSON_TREES, JSON.write(wep)), true)).isEmpty();
              assertThat(problems(tree(YAML_TREES, YAML.write(wep)), true)).isEmpty();
            });
  }

  @Test
  void generatedValidListsAreAcceptedAsJsonAndAsYaml() {
    Property.named("the schema accepts generated valid lists, as JSON and as YAML")
        .withTries(100)
        .verify(
            WorkloadEndpointGenerators.validLists(),
            list -> {
              assertThat(problems(tree(JSON_TREES, JSON.write(list)), true)).isEmpty();
              assertThat(problems(tree(YAML_TREES, YAML.write(list)), true)).isEmpty();
            });
  }

  // ---------------------------------------------------------------- protocols

  @Test
  void acceptsExactlyThePortProtocolsOfWepkitsValidator() {
    List<String> texts = new ArrayList<>();
    IntStream.rangeClosed(0, 300).forEach(n -> texts.add(Integer.toString(n)));
    texts.addAll(
        List.of(
            "TCP", "UDP", "SCTP", "tcp", "udp", "sctp", "Tcp", "ICMP", "ICMPv6", "UDPLite", "06",
            "0006", "017", "00132", "-6", "+6", " 6", "6 ", "", "TCP ", "0x6", "6.0"));
    for (String text : texts) {
      boolean expected = Protocols.isValidForPort(Protocol.of(text));
      assertThat(problems(endpointWithProtocol("\"" + text + "\""), false).isEmpty())
          .as("protocol \"%s\"", text)
          .isEqualTo(expected);
    }
    for (int n = 0; n <= 255; n++) {
      boolean expected = Protocols.isValidForPort(Protocol.of(n));
      assertThat(problems(endpointWithProtocol(Integer.toString(n)), false).isEmpty())
          .as("protocol %d", n)
          .isEqualTo(expected);
    }
    // The oracle is not vacuous: both outcomes occur.
    assertThat(Protocols.isValidForPort(Protocol.of(6))).isTrue();
    assertThat(Protocols.isValidForPort(Protocol.of(1))).isFalse();
  }

  // ---------------------------------------------------------------- helpers

  private static JsonNode endpointWithProtocol(String protocol) {
    return tree(
        JSON_TREES,
        "{\"kind\": \"WorkloadEndpoint\", \"apiVersion\": \"projectcalico.org/v3\","
            + " \"spec\": {\"interfaceName\": \"cali0\", \"ports\": [{\"protocol\": "
            + protocol
            + ", \"port\": 80}]}}");
  }

  private static List<String> problems(JsonNode document, boolean assertFormats) {
    List<Error> errors =
        SCHEMA.validate(
            document,
            context -> context.executionConfig(c -> c.formatAssertionsEnabled(assertFormats)));
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  /** The fixture's documents as trees: each YAML document, or the JSON text. */
  private static List<JsonNode> documents(Path fixture) {
    String text = Fixtures.withoutComments(Fixtures.text(fixture));
    if (fixture.toString().endsWith(".json")) {
      return List.of(tree(JSON_TREES, text));
    }
    try (MappingIterator<JsonNode> it = YAML_TREES.readerFor(JsonNode.class).readValues(text)) {
      List<JsonNode> documents = new ArrayList<>();
      while (it.hasNext()) {
        JsonNode document = it.next();
        if (document != null && !document.isNull() && !document.isMissingNode()) {
          documents.add(document);
        }
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(com.fasterxml.jackson.databind.ObjectMapper mapper, String text) {
    try {
      return mapper.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
