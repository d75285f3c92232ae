// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.testing.Cases;
import dev.wepkit.testing.Gen;
import dev.wepkit.testing.Property;
import dev.wepkit.testing.Seeds;
import dev.wepkit.testing.WorkloadEndpointGenerators;
import dev.wepkit.validation.ValidationResult;
import dev.wepkit.validation.WorkloadEndpointValidator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the YAML codec over generated endpoints. */
class YamlCodecProperties {
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();
  private static final WorkloadEndpointYaml STRICT =
      WorkloadEndpointYaml.builder().mode(DecodeMode.STRICT).build();
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();

  @Test
  void validEndpointsRoundTripLosslessly() {
    Property.forAllAssert(
        "YAML round trip of valid endpoints, and agreement with the JSON codec",
        WorkloadEndpointGenerators.validEndpoints(),
        wep -> {
          String yaml = YAML.write(wep);
          assertThat(STRICT.read(yaml)).isEqualTo(wep);
          // The YAML codec reads JSON too, and both codecs agree.
          assertThat(YAML.read(JSON.write(wep))).isEqualTo(wep);
        });
  }

  @Test
  void invalidButWellFormedEndpointsRoundTripLosslessly() {
    Property.forAllAssert(
        "YAML round trip of invalid endpoints",
        WorkloadEndpointGenerators.invalidEndpoints(),
        wep -> assertThat(YAML.read(YAML.write(wep))).isEqualTo(wep));
  }

  @Test
  void multiDocumentStreamsRoundTrip() {
    Property.named("multi-document YAML round trip and streaming")
        .withTries(Seeds.tries(200))
        .verify(
            WorkloadEndpointGenerators.validEndpoints().list(0, 8),
            weps -> {
              String yaml = YAML.writeAll(weps);
              assertThat(YAML.readAll(yaml)).isEqualTo(weps);
              List<ResourceDocument> docs =
                  weps.stream().map(ResourceDocument::of).collect(Collectors.toList());
              assertThat(YAML.readDocuments(YAML.writeDocuments(docs))).isEqualTo(docs);
              try (var stream =
                  YAML.stream(
                      new java.io.ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))) {
                assertThat(stream).containsExactlyElementsOf(weps);
              }
            });
  }

  @Test
  void decodersThrowOnlyTheLibraryExceptionOnDamagedDocuments() {
    Gen<String> damaged =
        ctx -> {
          String text = YAML.write(WorkloadEndpointGenerators.validEndpoints().generate(ctx));
          switch (ctx.nextInt(4)) {
            case 0:
              return text.substring(0, ctx.nextInt(text.length()));
            case 1:
              {
                char[] chars = text.toCharArray();
                chars[ctx.nextInt(chars.length)] = (char) ctx.between(0, 0x2FF);
                return new String(chars);
              }
            case 2:
              {
                int at = ctx.nextInt(text.length());
                return text.substring(0, at) + text.substring(at + 1);
              }
            default:
              {
                byte[] bytes = new byte[ctx.sized(0, 400)];
                for (int i = 0; i < bytes.length; i++) {
                  bytes[i] = (byte) ctx.nextInt(256);
                }
                return new String(bytes, StandardCharsets.ISO_8859_1);
              }
          }
        };
    Property.forAllAssert(
        "damaged YAML gives a value or WorkloadEndpointDecodeException, nothing else, quickly",
        damaged,
        text ->
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> {
                  for (WorkloadEndpointYaml codec : List.of(YAML, STRICT)) {
                    assertThatCode(
                            () -> {
                              try {
                                codec.readDocuments(text.getBytes(StandardCharsets.ISO_8859_1));
                                codec.readDocuments(text);
                              } catch (WorkloadEndpointDecodeException expected) {
                                assertThat(expected.getMessage()).isNotBlank();
                              }
                            })
                        .doesNotThrowAnyException();
                  }
                }));
  }

  @Test
  void sharedCodecsAndValidatorGiveSingleThreadResultsFromManyThreads() throws Exception {
    long seed = Seeds.seed();
    List<WorkloadEndpoint> endpoints =
        Cases.values(WorkloadEndpointGenerators.invalidEndpoints(), 600, seed)
            .collect(Collectors.toList());
    WorkloadEndpointValidator validator = WorkloadEndpointValidator.create();
    List<String> texts = new ArrayList<>();
    List<ValidationResult> expected = new ArrayList<>();
    for (WorkloadEndpoint wep : endpoints) {
      texts.add(YAML.write(wep));
      expected.add(validator.validate(wep));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<String> out = new ArrayList<>();
                  for (String text : texts) {
                    WorkloadEndpoint read = YAML.read(text);
                    out.add(YAML.write(read) + validator.validate(read));
                  }
                  return out;
                }));
      }
      List<String> single = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        single.add(texts.get(i) + expected.get(i));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get(120, TimeUnit.SECONDS)).as("seed %d", seed).isEqualTo(single);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
