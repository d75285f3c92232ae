// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the list path, {@link PodConversion#toWorkloadEndpointList}, on
 * arbitrary bytes as a server or a proxy might send them (FUZZING.md).
 *
 * <p>Whatever the bytes, the list returns or throws a {@link PodConversionException}, and each
 * skipped Pod is one too: no other exception, no error. When the bytes are a JSON object without
 * repeated keys (Jackson's trees keep only the last of them; Go merges them, and so does the
 * streaming reader), each item must come out of the list as it comes out of reading that item alone
 * as a tree and converting it: the same endpoint, no endpoint for a Pod Calico's list skips, or a
 * skip for the same reason; and the list fails, naming the same field, exactly when an item cannot
 * be read (unless the list itself fails first, for its kind or metadata). Regression mode runs the
 * seeds below and the files in {@code PodListFuzzTestInputs/read/} in every build.
 */
class PodListFuzzTest {
  private static final PodConversion CONVERSION = PodConversion.create();
  private static final ObjectMapper NO_REPEATS =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  static Stream<byte[]> seeds() {
    return Stream.of(
            "{\"kind\":\"PodList\",\"metadata\":{\"resourceVersion\":\"1\"},\"items\":["
                + Resources.text("pods/libcalico-go-conversion-podA.json")
                + ","
                + Resources.text("pods/libcalico-go-conversion-dual-stack-floating-ips.json")
                + "]}",
            "{\"items\":[{\"metadata\":{\"name\":\"a\",\"namespace\":\"n\"},\"spec\":{\"nodeName\":"
                + "\"x\",\"hostNetwork\":1}},null,{\"spec\":{\"containers\":[null,{\"ports\":"
                + "[{\"containerPort\":1e3}]}]}}],\"metadata\":{\"continue\":\"t\"}}")
        .map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void read(byte[] input) {
    List<PodConversionException> skipped = new ArrayList<>();
    WorkloadEndpointList list = null;
    PodConversionException failure = null;
    try {
      list = CONVERSION.toWorkloadEndpointList(new ByteArrayInputStream(input), skipped::add);
    } catch (PodConversionException e) {
      assertThat(e.getMessage()).isNotEmpty();
      failure = e;
    }
    JsonNode tree;
    try {
      tree = NO_REPEATS.readTree(input);
    } catch (java.io.IOException | RuntimeException e) {
      // No tree to compare with (bad JSON, repeated keys, bytes that are no text in the encoding
      // they announce): the list's own outcome was checked above.
      return;
    }
    JsonNode items = tree == null ? null : tree.get("items");
    if (items == null || !items.isArray()) {
      if (failure == null) {
        assertThat(list.items()).isEmpty();
        assertThat(skipped).isEmpty();
      }
      return;
    }
    // Each item alone, as a tree: the first that cannot be read fails the list; the others convert
    // or are skipped.
    List<WorkloadEndpoint> expected = new ArrayList<>();
    List<String> expectedSkips = new ArrayList<>();
    String readFailure = null;
    for (int i = 0; i < items.size() && readFailure == null; i++) {
      PodView pod;
      try {
        pod = PodTrees.readPod(items.get(i), "items[" + i + "]");
      } catch (PodConversionException e) {
        readFailure = describe(e);
        break;
      }
      if (pod.nodeName().isEmpty() || pod.hostNetwork()) {
        continue;
      }
      try {
        CONVERSION.toWorkloadEndpoint(pod).ifPresent(expected::add);
      } catch (PodConversionException e) {
        expectedSkips.add(describe(e));
      }
    }
    String text = new String(input, StandardCharsets.UTF_8);
    if (failure != null) {
      // A failure of the list as a whole (its kind or metadata, which the items alone do not
      // show) or of the first item that cannot be read.
      if (failure.field().startsWith("items[")) {
        assertThat(describe(failure)).as("the failure of %s", text).isEqualTo(readFailure);
      }
      return;
    }
    assertThat(readFailure).as("the list of %s was read", text).isNull();
    assertThat(list.items()).as("the endpoints of %s", text).isEqualTo(expected);
    assertThat(skipped)
        .extracting(PodListFuzzTest::describe)
        .as("the Pods skipped in %s", text)
        .isEqualTo(expectedSkips);
  }

  /**
   * A failure as the two paths must agree on it. A number is described by its text: the bytes' own
   * ({@code 1e3}), where a tree has only Jackson's ({@code 1000.0}).
   */
  private static String describe(PodConversionException e) {
    String reason = e.reason();
    int number = reason.indexOf("got the number ");
    if (number >= 0) {
      reason = reason.substring(0, number) + "got a number";
    }
    return e.field() + ": " + reason + " (" + e.pod() + ")";
  }
}
