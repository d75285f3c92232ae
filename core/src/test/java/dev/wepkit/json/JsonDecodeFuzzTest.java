// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the JSON decoder in both modes (FUZZING.md).
 *
 * <p>For any bytes: reading fails only with {@link WorkloadEndpointDecodeException}; {@code
 * decodeAll} never throws and agrees with {@code readDocuments}; what was read writes out (compact
 * and indented) as text that reads back to an equal value; a document the strict codec accepts is
 * read to the same value by the lenient one. Regression mode runs the seeds below and the files in
 * {@code JsonDecodeFuzzTestInputs/decode/} (inputs that once failed) in every build.
 */
class JsonDecodeFuzzTest {
  private static final WorkloadEndpointJson LENIENT = WorkloadEndpointJson.create();
  private static final WorkloadEndpointJson STRICT =
      WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).build();

  /** The fixtures and the conformance vectors, as JSON documents. */
  static Stream<byte[]> seeds() {
    return FuzzSeeds.documents().stream().map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void decode(byte[] input) {
    Optional<List<ResourceDocument>> lenient = check(LENIENT, input);
    Optional<List<ResourceDocument>> strict = check(STRICT, input);
    if (strict.isPresent()) {
      assertThat(lenient)
          .as("the lenient reading of a document the strict codec accepts")
          .hasValue(strict.get());
    }
    // The same text given as a String (invalid UTF-8 already replaced) fails only in the library's
    // way.
    String text = new String(input, StandardCharsets.UTF_8);
    decodesOrFailsCleanly(() -> LENIENT.readDocuments(text));
    decodesOrFailsCleanly(() -> STRICT.readDocuments(text));
  }

  private static Optional<List<ResourceDocument>> check(WorkloadEndpointJson json, byte[] input) {
    List<DecodedResource> results = json.decodeAll(input);
    List<ResourceDocument> documents;
    try {
      documents = json.readDocuments(input);
    } catch (WorkloadEndpointDecodeException e) {
      assertThat(e.getMessage()).isNotEmpty();
      // Refused input shows a failed resource in decodeAll too, except where decodeAll reads
      // more than readDocuments does: a Kubernetes "kind: List" is read item by item there (and
      // may hold no item), and empty input has no resource to report on.
      if (e.reason() != WorkloadEndpointDecodeException.Reason.UNSUPPORTED_RESOURCE) {
        assertThat(results.isEmpty() || results.stream().anyMatch(r -> !r.isOk()))
            .as("decodeAll %s of input that readDocuments refuses with %s", results, e)
            .isTrue();
      }
      return Optional.empty();
    }
    List<WorkloadEndpoint> endpoints = new ArrayList<>();
    documents.forEach(d -> endpoints.addAll(d.endpoints()));
    assertThat(results)
        .as("decodeAll of input that readDocuments reads")
        .allMatch(DecodedResource::isOk);
    assertThat(results.stream().map(r -> r.endpoint().orElseThrow()))
        .as("decodeAll's endpoints")
        .containsExactlyElementsOf(endpoints);

    String compact = json.writeDocuments(documents);
    assertThat(json.readDocuments(compact)).as("read back of %s", compact).isEqualTo(documents);
    if (documents.size() == 1) {
      String pretty = json.writePretty(documents.get(0));
      assertThat(json.readDocuments(pretty)).as("read back of %s", pretty).isEqualTo(documents);
    }
    return Optional.of(documents);
  }

  private static void decodesOrFailsCleanly(Runnable read) {
    try {
      read.run();
    } catch (WorkloadEndpointDecodeException expected) {
      assertThat(expected.getMessage()).isNotEmpty();
    }
  }
}
