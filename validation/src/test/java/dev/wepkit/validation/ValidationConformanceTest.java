// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every validation vector in {@code src/test/resources/conformance/}: one dynamic test per
 * entry, dispatched on the vector's {@code kind} (never its id), failing on a kind it does not
 * know.
 *
 * <p>For invalid vectors the error paths are checked against {@code expected-paths.json}, written
 * by hand from Calico's rules; a vector without an entry there (a hidden one) must at least have an
 * error under the part of the resource its kind exercises, and under {@code spec.<focus>} when it
 * names a focus.
 */
class ValidationConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final WorkloadEndpointValidator VALIDATOR = WorkloadEndpointValidator.create();

  private static final Set<String> KINDS =
      Set.of(
          "WorkloadEndpointSpec",
          "WorkloadEndpoint",
          "ObjectMeta",
          "WorkloadEndpointPort",
          "IPNAT",
          "Protocol",
          "CIDRList",
          "IPAddress",
          "Labels",
          "ProfileNames",
          "MAC");

  @TestFactory
  Stream<DynamicTest> vectors() throws IOException, URISyntaxException {
    Map<String, Set<String>> expectedPaths = expectedPaths();
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode entry : loadOurEntries()) {
      String id = entry.path("id").asText("(no id)");
      tests.add(DynamicTest.dynamicTest(id, () -> check(entry, expectedPaths.get(id))));
    }
    assertThat(tests).as("conformance vectors").isNotEmpty();
    return tests.stream();
  }

  @Test
  void everyExpectedPathEntryNamesAVectorThatIsInvalid() throws Exception {
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode entry : loadOurEntries()) {
      byId.put(entry.path("id").asText(), entry);
    }
    for (String id : expectedPaths().keySet()) {
      assertThat(byId).as("expected-paths.json names a vector that exists").containsKey(id);
      assertThat(byId.get(id).path("valid").asBoolean(true)).as(id + " is invalid").isFalse();
    }
  }

  private static List<JsonNode> loadOurEntries() throws IOException, URISyntaxException {
    Path dir = Paths.get(ValidationConformanceTest.class.getResource("/conformance").toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files =
          list.filter(p -> p.getFileName().toString().endsWith(".json"))
              .sorted()
              .collect(Collectors.toList());
    }
    List<JsonNode> entries = new ArrayList<>();
    for (Path file : files) {
      JsonNode root = JSON.readTree(file.toFile());
      if (!root.isArray()) {
        continue;
      }
      boolean ours = false;
      for (JsonNode entry : root) {
        ours |= KINDS.contains(entry.path("kind").asText());
      }
      // A file holding none of our kinds belongs to another test; one holding some of them is
      // ours, and any entry in it with an unknown kind fails loudly in check().
      if (ours) {
        root.forEach(entries::add);
      }
    }
    return entries;
  }

  private static Map<String, Set<String>> expectedPaths() throws IOException {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in =
        ValidationConformanceTest.class.getResourceAsStream("/expected-paths.json")) {
      JsonNode root = JSON.readTree(in);
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().startsWith("_")) {
          continue;
        }
        Set<String> paths = new HashSet<>();
        e.getValue().forEach(p -> paths.add(p.asText()));
        out.put(e.getKey(), paths);
      }
    }
    return out;
  }

  private static void check(JsonNode entry, Set<String> expected) {
    String kind = entry.path("kind").asText();
    JsonNode input = entry.get("input");
    boolean valid = entry.get("valid").asBoolean();
    ValidationResult result;
    List<String> scopes;
    switch (kind) {
      case "WorkloadEndpointSpec":
        result = VALIDATOR.validate(VectorMapper.spec(input));
        scopes = List.of("spec.");
        break;
      case "WorkloadEndpoint":
        result = validateWep(entry, VectorMapper.wep(input));
        scopes = List.of("metadata.", "spec.");
        break;
      case "ObjectMeta":
        result = VALIDATOR.validate(VectorMapper.meta(input));
        scopes = List.of("metadata.");
        break;
      case "WorkloadEndpointPort":
        result = VALIDATOR.validatePort(VectorMapper.port(input));
        scopes = List.of("name", "protocol", "port", "hostIP");
        break;
      case "IPNAT":
        result = VALIDATOR.validate(VectorMapper.ipnat(input));
        scopes = List.of("internalIP", "externalIP");
        break;
      case "Labels":
        result = VALIDATOR.validateLabels(VectorMapper.stringMap(input));
        scopes = List.of("metadata.labels[");
        break;
      case "ProfileNames":
        result = VALIDATOR.validateProfiles(VectorMapper.strings(input));
        scopes = List.of("spec.profiles[");
        break;
      case "CIDRList":
        // Calico's cidr rule, as it applies to allowSpoofedSourcePrefixes.
        result =
            VALIDATOR.validate(
                WorkloadEndpointSpec.builder()
                    .interfaceName("cali0")
                    .allowSpoofedSourcePrefixes(VectorMapper.strings(input))
                    .build());
        scopes = List.of("spec.allowSpoofedSourcePrefixes[");
        break;
      case "Protocol":
        assertThat(Protocols.isValid(VectorMapper.protocol(input))).isEqualTo(valid);
        return;
      case "IPAddress":
        checkParser(valid, VectorMapper.text(input), IpAddresses::isValid, IpAddresses::parse);
        return;
      case "MAC":
        checkParser(valid, VectorMapper.text(input), MacAddresses::isValid, MacAddresses::parse);
        return;
      default:
        fail("unknown vector kind %s in %s", kind, entry.path("id").asText());
        return;
    }
    assertThat(result.isValid()).as("%s", result).isEqualTo(valid);
    if (valid) {
      assertThat(result.errors()).isEmpty();
    } else {
      Set<String> paths = result.errors().stream().map(Violation::path).collect(Collectors.toSet());
      if (expected != null) {
        assertThat(paths).as("%s", result).isEqualTo(expected);
      } else {
        String focus = entry.path("focus").asText("");
        List<String> allowed = focus.isEmpty() ? scopes : List.of("spec." + focus);
        assertThat(paths)
            .as("%s: some error under %s", result, allowed)
            .anyMatch(p -> allowed.stream().anyMatch(p::startsWith));
      }
    }
    if (entry.has("expectedError")) {
      checkExpectedError(entry.get("expectedError").asText(), result);
    }
    if (entry.has("expectedName")) {
      WorkloadEndpoint wep = VectorMapper.wep(input);
      assertThat(WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(wep.spec())))
          .isEqualTo(entry.get("expectedName").asText());
    }
  }

  private static ValidationResult validateWep(JsonNode entry, WorkloadEndpoint wep) {
    String operation = entry.path("operation").asText("");
    switch (operation) {
      case "":
        return VALIDATOR.validate(wep);
      case "create":
        return VALIDATOR.validateForCreate(wep);
      case "update":
        return VALIDATOR.validateForUpdate(wep);
      default:
        fail("unknown operation %s in %s", operation, entry.path("id").asText());
        return null;
    }
  }

  private static final Pattern GO_ERROR =
      Pattern.compile("error with field ([\\w.]+)(?: = '(.*)')? \\((.*)\\)");

  /**
   * Checks Calico's error text in spirit: the Go field name maps to our path, and our violation
   * carries the same value and mentions the same reason.
   */
  private static void checkExpectedError(String goError, ValidationResult result) {
    Matcher m = GO_ERROR.matcher(goError);
    assertThat(m.matches()).as("understood %s", goError).isTrue();
    StringBuilder path = new StringBuilder();
    for (String part : m.group(1).split("\\.")) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(Character.toLowerCase(part.charAt(0))).append(part.substring(1));
    }
    assertThat(result.errors())
        .as("%s", result)
        .anySatisfy(
            v -> {
              assertThat(v.path()).isEqualTo(path.toString());
              if (m.group(2) != null) {
                assertThat(v.value()).isEqualTo(m.group(2));
              }
              assertThat(v.detail()).contains(m.group(3));
            });
  }

  private static <T> void checkParser(
      boolean valid,
      String text,
      java.util.function.Predicate<String> isValid,
      java.util.function.Function<String, T> parse) {
    assertThat(isValid.test(text)).as("isValid(%s)", text).isEqualTo(valid);
    if (valid) {
      assertThat(parse.apply(text)).isNotNull();
    } else {
      assertThatThrownBy(() -> parse.apply(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(Texts.quote(text));
    }
  }
}
