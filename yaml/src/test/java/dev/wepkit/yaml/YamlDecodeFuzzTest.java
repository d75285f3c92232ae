// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the YAML decoder in both modes with the default limits (FUZZING.md).
 *
 * <p>For any bytes: reading fails only with {@link WorkloadEndpointDecodeException}; {@code
 * decodeAll} never throws and agrees with {@code readDocuments}; what was read writes out as text
 * that reads back to an equal value; a stream the strict codec accepts is read to the same value by
 * the lenient one; and one input never allocates more than {@link #MAX_ALLOCATION} bytes, however
 * its anchors and aliases multiply, because the limits bound the work. Regression mode runs the
 * seeds below and the files in {@code YamlDecodeFuzzTestInputs/decode/} in every build.
 */
class YamlDecodeFuzzTest {
  /**
   * Far above what the default limits let any input cost (aliases add at most 10,000 events to a
   * document), far below what an unbounded expansion costs.
   */
  static final long MAX_ALLOCATION = 512L << 20;

  private static final WorkloadEndpointYaml LENIENT = WorkloadEndpointYaml.create();
  private static final WorkloadEndpointYaml STRICT =
      WorkloadEndpointYaml.builder().mode(DecodeMode.STRICT).build();

  /**
   * HotSpot's count of the bytes this thread has allocated. Looked up by name: the tests compile
   * inside the yaml module, which does not read jdk.management, and run on the class path.
   */
  private static final MethodHandle ALLOCATED_BYTES = allocatedBytes();

  static Stream<byte[]> seeds() {
    return FuzzSeeds.documents().stream().map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void decode(byte[] input) {
    long before = allocated();
    Optional<List<ResourceDocument>> lenient = check(LENIENT, input);
    Optional<List<ResourceDocument>> strict = check(STRICT, input);
    if (strict.isPresent()) {
      assertThat(lenient)
          .as("the lenient reading of a stream the strict codec accepts")
          .hasValue(strict.get());
    }
    String text = new String(input, StandardCharsets.UTF_8);
    decodesOrFailsCleanly(() -> LENIENT.readDocuments(text));
    decodesOrFailsCleanly(() -> STRICT.readDocuments(text));
    long allocated = allocated() - before;
    assertThat(allocated)
        .as("bytes allocated for %d bytes of input", input.length)
        .isLessThan(MAX_ALLOCATION);
  }

  private static MethodHandle allocatedBytes() {
    try {
      Class<?> bean = Class.forName("com.sun.management.ThreadMXBean");
      return MethodHandles.publicLookup()
          .findVirtual(bean, "getCurrentThreadAllocatedBytes", MethodType.methodType(long.class))
          .bindTo(ManagementFactory.getThreadMXBean());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this JVM does not count allocated bytes", e);
    }
  }

  private static long allocated() {
    try {
      return (long) ALLOCATED_BYTES.invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<List<ResourceDocument>> check(WorkloadEndpointYaml yaml, byte[] input) {
    List<DecodedResource> results = yaml.decodeAll(input);
    List<ResourceDocument> documents;
    try {
      documents = yaml.readDocuments(input);
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
    String written = yaml.writeDocuments(documents);
    assertThat(yaml.readDocuments(written)).as("read back of\n%s", written).isEqualTo(documents);
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
