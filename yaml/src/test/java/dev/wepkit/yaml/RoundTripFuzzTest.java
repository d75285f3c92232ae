// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.validation.ValidationResult;
import dev.wepkit.validation.WorkloadEndpointValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of decode, validate, write, decode again (FUZZING.md).
 *
 * <p>Whatever the YAML codec reads (YAML or JSON) validates without throwing, with or without the
 * identity check; written as YAML and as JSON it reads back, through either codec, to an equal
 * value that validates to the same violations; and what the strict codec accepts, it accepts again
 * once written. Regression mode runs the seeds below and the files in {@code
 * RoundTripFuzzTestInputs/roundTrip/} in every build.
 */
class RoundTripFuzzTest {
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();
  private static final WorkloadEndpointYaml STRICT_YAML =
      WorkloadEndpointYaml.builder().mode(DecodeMode.STRICT).build();
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();
  private static final WorkloadEndpointJson STRICT_JSON =
      WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).build();
  private static final WorkloadEndpointValidator VALIDATOR = WorkloadEndpointValidator.create();
  private static final WorkloadEndpointValidator IDENTITY =
      WorkloadEndpointValidator.builder().identityCheck(true).build();

  static Stream<byte[]> seeds() {
    return FuzzSeeds.documents().stream().map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void roundTrip(byte[] input) {
    List<ResourceDocument> documents;
    try {
      documents = YAML.readDocuments(input);
    } catch (WorkloadEndpointDecodeException notAResource) {
      return;
    }
    boolean strict = readsStrictly(input);
    List<String> reports = reports(documents);

    String yaml = YAML.writeDocuments(documents);
    assertThat(YAML.readDocuments(yaml)).as("YAML read back of\n%s", yaml).isEqualTo(documents);
    if (strict) {
      assertThat(STRICT_YAML.readDocuments(yaml))
          .as("strict YAML read back of\n%s", yaml)
          .isEqualTo(documents);
    }
    for (ResourceDocument document : documents) {
      String json = JSON.write(document);
      List<ResourceDocument> again = JSON.readDocuments(json);
      assertThat(again).as("JSON read back of %s", json).containsExactly(document);
      List<ResourceDocument> yamlOfJson;
      try {
        yamlOfJson = YAML.readDocuments(json);
      } catch (WorkloadEndpointDecodeException e) {
        // YAML allows an implicit key of at most 1,024 characters, as go-yaml does (so calicoctl
        // cannot read such JSON either); the YAML written above uses explicit keys instead.
        assertThat(longestKey(json))
            .as("YAML read of the JSON %s: %s", json, e)
            .isGreaterThan(1000);
        yamlOfJson = List.of(document);
      }
      assertThat(yamlOfJson).as("YAML read of the JSON %s", json).containsExactly(document);
      if (strict) {
        assertThat(STRICT_JSON.readDocuments(json))
            .as("strict JSON read back of %s", json)
            .containsExactly(document);
      }
      assertThat(reports(again))
          .as("violations after the JSON round trip")
          .isEqualTo(reports(List.of(document)));
    }
    assertThat(reports(YAML.readDocuments(yaml)))
        .as("violations after the YAML round trip")
        .isEqualTo(reports);
  }

  /** The length of the longest map key of a JSON text as written: quotes and escapes included. */
  private static int longestKey(String json) {
    int longest = 0;
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME) {
          int start = (int) parser.currentTokenLocation().getCharOffset();
          int end = start + 1;
          while (json.charAt(end) != '"') {
            end += json.charAt(end) == '\\' ? 2 : 1;
          }
          longest = Math.max(longest, end - start + 1);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return longest;
  }

  private static boolean readsStrictly(byte[] input) {
    try {
      STRICT_YAML.readDocuments(input);
      return true;
    } catch (WorkloadEndpointDecodeException e) {
      return false;
    }
  }

  /** Every violation of every endpoint, with and without the identity check, as text. */
  private static List<String> reports(List<ResourceDocument> documents) {
    List<String> out = new ArrayList<>();
    for (ResourceDocument document : documents) {
      for (WorkloadEndpoint wep : document.endpoints()) {
        out.add(text(VALIDATOR.validate(wep)));
        out.add(text(IDENTITY.validate(wep)));
        out.add(text(VALIDATOR.validateForCreate(wep)));
      }
    }
    return out;
  }

  private static String text(ValidationResult result) {
    return result.errors() + " / " + result.warnings();
  }
}
