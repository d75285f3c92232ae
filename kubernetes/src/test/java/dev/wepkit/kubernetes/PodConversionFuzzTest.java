// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.validation.WorkloadEndpointValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing of the Pod conversion from arbitrary JSON (FUZZING.md).
 *
 * <p>For any bytes: {@link PodViews} reads them or fails with {@link PodConversionException}, the
 * same way from a String and from a stream; converting each Pod, alone or in a list, fails only
 * with {@link PodConversionException}; every endpoint derived validates without throwing and writes
 * as JSON that reads back to an equal endpoint. Regression mode runs the Pod fixtures, the seeds
 * below and the files in {@code PodConversionFuzzTestInputs/convert/} in every build.
 */
class PodConversionFuzzTest {
  private static final PodConversion CONVERSION = PodConversion.create();
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();
  private static final WorkloadEndpointValidator VALIDATOR = WorkloadEndpointValidator.create();

  private static final List<String> FIXTURES =
      List.of(
          "pods/libcalico-go-resources-list.json",
          "pods/libcalico-go-conversion-podA.json",
          "pods/libcalico-go-conversion-dual-stack-floating-ips.json");

  /** A Pod with every annotation the conversion reads, for the fuzzer to vary. */
  private static final String ANNOTATED =
      "{\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\",\"namespace\":\"ns\",\"annotations\":{"
          + "\"cni.projectcalico.org/podIPs\":\"10.0.0.1/32,fd00::1\","
          + "\"cni.projectcalico.org/containerID\":\"abc\","
          + "\"cni.projectcalico.org/floatingIPs\":\"[\\\"1.2.3.4\\\"]\","
          + "\"cni.projectcalico.org/allowedSourcePrefixes\":\"[\\\"10.1.0.0/16\\\"]\","
          + "\"kubernetes.io/ingress-bandwidth\":\"10M\",\"kubernetes.io/egress-bandwidth\":\"1Gi\","
          + "\"qos.projectcalico.org/ingressBurst\":\"1k\",\"qos.projectcalico.org/egressPeakrate\":\"2M\","
          + "\"qos.projectcalico.org/ingressPacketRate\":\"100\",\"qos.projectcalico.org/dscp\":\"AF11\","
          + "\"qos.projectcalico.org/egressMaxConnections\":\"7\"},"
          + "\"labels\":{\"app\":\"x\"},\"deletionTimestamp\":\"2026-01-01T00:00:00Z\"},"
          + "\"spec\":{\"nodeName\":\"n-1\",\"serviceAccountName\":\"sa\",\"containers\":[{\"ports\":["
          + "{\"name\":\"http\",\"containerPort\":80,\"protocol\":\"SCTP\",\"hostPort\":8080,"
          + "\"hostIP\":\"::1\"}]}]},\"status\":{\"phase\":\"Running\",\"podIP\":\"10.0.0.1\","
          + "\"podIPs\":[{\"ip\":\"10.0.0.1\"},{}]}}";

  static Stream<byte[]> seeds() {
    List<String> out = new ArrayList<>();
    FIXTURES.forEach(f -> out.add(Resources.text(f)));
    out.add(ANNOTATED);
    out.add("[" + ANNOTATED + ",{\"kind\":\"List\",\"items\":[" + ANNOTATED + "]}]");
    return out.stream().map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void convert(byte[] input) {
    List<PodView> pods = read(input);
    Optional<List<PodView>> fromString;
    try {
      fromString = Optional.of(PodViews.readAll(new String(input, StandardCharsets.UTF_8)));
    } catch (PodConversionException e) {
      assertThat(e.getMessage()).isNotEmpty();
      fromString = Optional.empty();
    }
    if (pods == null) {
      return;
    }
    List<WorkloadEndpoint> endpoints = new ArrayList<>();
    for (PodView pod : pods) {
      try {
        CONVERSION.toWorkloadEndpoint(pod).ifPresent(endpoints::add);
      } catch (PodConversionException e) {
        assertThat(e.getMessage()).isNotEmpty();
      }
    }
    try {
      CONVERSION.toWorkloadEndpoints(pods);
    } catch (PodConversionException e) {
      assertThat(e.pod()).isNotNull();
    }
    for (WorkloadEndpoint wep : endpoints) {
      VALIDATOR.validate(wep);
      String json = JSON.write(wep);
      assertThat(JSON.read(json)).as("read back of %s", json).isEqualTo(asRead(wep));
    }
    if (fromString.isPresent()) {
      assertThat(fromString.get())
          .as("the Pods read from the same text as a String")
          .isEqualTo(pods);
    }
  }

  /**
   * The endpoint as a reader sees it once written. A Pod without a namespace gives an endpoint
   * without one, as Calico's conversion does; written, the empty namespace is left out (omitempty)
   * and reading puts the endpoint in {@code default}, as calicoctl does.
   */
  private static WorkloadEndpoint asRead(WorkloadEndpoint wep) {
    if (!wep.metadata().namespace().isEmpty()) {
      return wep;
    }
    return wep.toBuilder()
        .metadata(
            ObjectMeta.builder()
                .from(wep.metadata())
                .namespace(ObjectMeta.DEFAULT_NAMESPACE)
                .build())
        .build();
  }

  /** The Pods of the bytes, or null when they are not a Pod manifest. */
  private static List<PodView> read(byte[] input) {
    try {
      return PodViews.readAll(new ByteArrayInputStream(input));
    } catch (PodConversionException e) {
      assertThat(e.getMessage()).isNotEmpty();
      return null;
    }
  }
}
