// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every vector with an {@code op} field from every {@code conformance/*.json} file on the test
 * classpath, one dynamic test per vector, dispatching on {@code op}. Vectors with a {@code kind}
 * instead belong to other modules and are skipped; an unknown {@code op} fails.
 */
class NamesConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Set<String> IDENTIFIER_KEYS =
      Set.of("Node", "Orchestrator", "Endpoint", "Workload", "Pod", "ContainerID");

  @TestFactory
  Stream<DynamicTest> conformanceVectors() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : vectorFiles()) {
      JsonNode root = MAPPER.readTree(file.toFile());
      if (!root.isArray()) {
        continue;
      }
      for (JsonNode vector : root) {
        if (vector.has("op")) {
          String id = vector.path("id").asText(file.getFileName() + "#" + tests.size());
          tests.add(DynamicTest.dynamicTest(id, () -> run(vector)));
        }
      }
    }
    assertThat(tests).as("name vectors found in conformance/*.json").isNotEmpty();
    return tests.stream();
  }

  private static List<Path> vectorFiles() throws IOException {
    URL dir = NamesConformanceTest.class.getClassLoader().getResource("conformance");
    assertThat(dir).as("conformance/ on the test classpath").isNotNull();
    try (Stream<Path> files = Files.list(Paths.get(dir.toURI()))) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void run(JsonNode vector) {
    String op = vector.get("op").asText();
    JsonNode input = vector.path("input");
    JsonNode expect = vector.path("expect");
    switch (op) {
      case "calculate":
        checkString(
            expect,
            NameDerivationException.class,
            () -> WorkloadEndpointNames.derive(identifiers(input)));
        break;
      case "calculatePrefix":
        checkString(
            expect,
            NameDerivationException.class,
            () -> WorkloadEndpointNames.derivePrefix(identifiers(input)));
        break;
      case "matches":
        {
          WorkloadEndpointIdentifiers ids = identifiers(input.path("identifiers"));
          String name = text(input, "name");
          if (isError(expect)) {
            assertError(
                expect,
                NameDerivationException.class,
                () -> WorkloadEndpointNames.matches(name, ids));
          } else {
            assertThat(WorkloadEndpointNames.matches(name, ids)).isEqualTo(expect.asBoolean());
          }
          break;
        }
      case "parse":
        {
          String name = text(input, "name");
          if (isError(expect)) {
            assertError(expect, NameParseException.class, () -> WorkloadEndpointNames.parse(name));
          } else {
            assertThat(WorkloadEndpointNames.parse(name)).isEqualTo(identifiers(expect));
          }
          break;
        }
      case "v3KeyToV1Key":
        {
          String namespace = text(input, "namespace");
          String name = text(input, "name");
          if (isError(expect)) {
            assertError(
                expect,
                NameParseException.class,
                () -> WorkloadEndpointNames.v1Key(namespace, name));
          } else {
            assertThat(WorkloadEndpointNames.v1Key(namespace, name)).isEqualTo(v1Key(expect));
          }
          break;
        }
      case "statusFilename":
        checkString(
            expect,
            IllegalArgumentException.class,
            () -> WorkloadEndpointNames.statusFilename(v1Key(input)));
        break;
      case "interfaceName":
        checkString(
            expect,
            IllegalArgumentException.class,
            () ->
                InterfaceNames.forPod(
                    text(input, "namespace"), text(input, "pod"), felixPrefix(input)));
        break;
      case "interfaceNameMultus":
        checkString(
            expect,
            IllegalArgumentException.class,
            () ->
                InterfaceNames.forPod(
                    text(input, "namespace"),
                    text(input, "pod"),
                    felixPrefix(input),
                    input.path("interfaceIndex").asInt()));
        break;
      case "profileNameToNamespace":
        {
          Optional<String> namespace = CalicoProfiles.namespaceOf(text(input, "profile"));
          if (isError(expect)) {
            assertThat(namespace).isEmpty();
          } else {
            assertThat(namespace).contains(expect.asText());
          }
          break;
        }
      case "profileNameToServiceAccount":
        {
          Optional<ServiceAccountRef> sa = CalicoProfiles.serviceAccountOf(text(input, "profile"));
          if (isError(expect)) {
            assertThat(sa).isEmpty();
          } else {
            assertThat(sa)
                .contains(
                    ServiceAccountRef.of(
                        text(expect, "namespace"), text(expect, "serviceAccount")));
          }
          break;
        }
      case "podProfiles":
        {
          List<String> expected = new ArrayList<>();
          expect.forEach(p -> expected.add(p.asText()));
          assertThat(
                  CalicoProfiles.forPod(
                      text(input, "namespace"), text(input, "serviceAccountName")))
              .containsExactlyElementsOf(expected);
          break;
        }
      default:
        fail("unknown op '%s' in vector %s", op, vector.path("id").asText());
    }
  }

  private static void checkString(
      JsonNode expect, Class<? extends Throwable> errorType, Supplier<String> call) {
    if (isError(expect)) {
      assertError(expect, errorType, call::get);
    } else {
      assertThat(expect.isTextual()).as("expect is a string").isTrue();
      assertThat(call.get()).isEqualTo(expect.asText());
    }
  }

  /** Error vectors: the op's exception type, and the field when the vector names one. */
  private static void assertError(
      JsonNode expect, Class<? extends Throwable> type, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("expected %s", type.getSimpleName()).isInstanceOf(type);
    if (expect.has("field")) {
      assertThat(thrown).isInstanceOf(NameDerivationException.class);
      assertThat(((NameDerivationException) thrown).field())
          .isEqualTo(expect.get("field").asText());
    }
  }

  private static boolean isError(JsonNode expect) {
    return expect.isObject() && expect.path("error").asBoolean(false);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static String felixPrefix(JsonNode input) {
    JsonNode value = input.get("FELIX_INTERFACEPREFIX");
    return InterfaceNames.prefixFromFelixSetting(value == null ? null : value.asText());
  }

  /** Identifiers from Go field names; an absent field is {@code ""}; an unknown key fails. */
  private static WorkloadEndpointIdentifiers identifiers(JsonNode node) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      assertThat(IDENTIFIER_KEYS).as("identifier key").contains(name);
    }
    return WorkloadEndpointIdentifiers.builder()
        .node(text(node, "Node"))
        .orchestrator(text(node, "Orchestrator"))
        .endpoint(text(node, "Endpoint"))
        .workload(text(node, "Workload"))
        .pod(text(node, "Pod"))
        .containerID(text(node, "ContainerID"))
        .build();
  }

  private static V1WorkloadEndpointKey v1Key(JsonNode node) {
    return V1WorkloadEndpointKey.of(
        text(node, "Hostname"),
        text(node, "OrchestratorID"),
        text(node, "WorkloadID"),
        text(node, "EndpointID"));
  }
}
