// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.json.WorkloadEndpointJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Properties of core's JSON codec over generated endpoints. They live here because the generators
 * depend on core, so core's own tests cannot use them.
 */
class JsonCodecProperties {
  private static final WorkloadEndpointJson LENIENT = WorkloadEndpointJson.create();
  private static final WorkloadEndpointJson STRICT =
      WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).build();

  @Test
  void validEndpointsRoundTripLosslessly() {
    Property.forAllAssert(
        "JSON round trip of valid endpoints (compact, pretty, strict)",
        WorkloadEndpointGenerators.validEndpoints(),
        wep -> {
          assertThat(LENIENT.read(LENIENT.write(wep))).isEqualTo(wep);
          assertThat(STRICT.read(LENIENT.writePretty(wep))).isEqualTo(wep);
        });
  }

  @Test
  void invalidButWellFormedEndpointsRoundTripLosslessly() {
    Property.forAllAssert(
        "JSON round trip of invalid endpoints",
        WorkloadEndpointGenerators.invalidEndpoints(),
        wep -> assertThat(LENIENT.read(LENIENT.write(wep))).isEqualTo(wep));
  }

  @Test
  void listsRoundTripAndStream() {
    Property.named("JSON lists round trip and stream item by item")
        .withTries(Seeds.tries(200))
        .verify(
            WorkloadEndpointGenerators.validLists(),
            list -> {
              String text = LENIENT.write(list);
              assertThat(LENIENT.readList(text)).isEqualTo(list);
              try (var stream =
                  LENIENT.stream(
                      new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
                assertThat(stream).containsExactlyElementsOf(list.items());
              }
            });
  }

  @Test
  void decodersThrowOnlyTheLibraryExceptionOnDamagedDocuments() {
    Gen<String> damaged =
        ctx -> {
          String text = LENIENT.write(WorkloadEndpointGenerators.validEndpoints().generate(ctx));
          switch (ctx.nextInt(4)) {
            case 0: // truncated
              return text.substring(0, ctx.nextInt(text.length()));
            case 1: // one character changed
              {
                char[] chars = text.toCharArray();
                chars[ctx.nextInt(chars.length)] = (char) ctx.between(0, 0x2FF);
                return new String(chars);
              }
            case 2: // one character removed
              {
                int at = ctx.nextInt(text.length());
                return text.substring(0, at) + text.substring(at + 1);
              }
            default: // random bytes as text
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
        "damaged JSON gives a value or WorkloadEndpointDecodeException, nothing else",
        damaged,
        text -> {
          for (WorkloadEndpointJson codec : List.of(LENIENT, STRICT)) {
            assertThatCode(
                    () -> {
                      try {
                        codec.readDocument(text.getBytes(StandardCharsets.ISO_8859_1));
                        codec.readDocument(text);
                      } catch (WorkloadEndpointDecodeException expected) {
                        assertThat(expected.getMessage()).isNotBlank();
                      }
                    })
                .doesNotThrowAnyException();
          }
        });
  }

  @Test
  void aSharedCodecGivesTheSameResultsFromManyThreads() throws Exception {
    long seed = Seeds.seed();
    List<WorkloadEndpoint> endpoints =
        Cases.values(WorkloadEndpointGenerators.validEndpoints(), 2000, seed).toList();
    List<String> texts = new ArrayList<>();
    for (WorkloadEndpoint wep : endpoints) {
      texts.add(LENIENT.write(wep));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<WorkloadEndpoint>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  List<WorkloadEndpoint> read = new ArrayList<>();
                  for (String text : texts) {
                    read.add(LENIENT.read(LENIENT.write(LENIENT.read(text))));
                  }
                  return read;
                }));
      }
      for (Future<List<WorkloadEndpoint>> result : results) {
        assertThat(result.get(60, java.util.concurrent.TimeUnit.SECONDS))
            .as("seed %d", seed)
            .isEqualTo(endpoints);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void generatedListsAreListsOfValidEndpoints() {
    WorkloadEndpointList list =
        WorkloadEndpointGenerators.validLists().generate(GenContext.of(7, 20));
    assertThat(LENIENT.readAll(LENIENT.write(list))).isEqualTo(list.items());
  }
}
