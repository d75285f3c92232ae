// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.validation.WorkloadEndpointValidator;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
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
 * Coverage-guided fuzzing of the cluster client's conversion of arbitrary fabric8 Pods
 * (FUZZING.md).
 *
 * <p>The bytes are read as JSON by fabric8 into a {@link Pod}, as the client does with what the API
 * server sends; fabric8's own reader is not under test, so bytes it refuses are skipped. For every
 * Pod it accepts: {@link Fabric8PodViews#of} fails only with {@link PodConversionException}, and
 * exactly when {@link PodViews} fails on the same Pod's JSON (as fabric8 writes it); when both
 * succeed the two views are equal, and {@link PodConversion} gives the same outcome for both: the
 * same endpoint (which validates without throwing), no endpoint, or a {@link
 * PodConversionException} with the same message; and the list path ({@link
 * PodConversion#toWorkloadEndpointList}) reading the Pod from a PodList's bytes gives that
 * endpoint, skips the Pod with that message, or has nothing for a Pod Calico's list skips.
 * Regression mode runs the Pod fixtures and the files in {@code Fabric8PodFuzzTestInputs/convert/}
 * in every build.
 */
class Fabric8PodFuzzTest {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final PodConversion CONVERSION = PodConversion.create();
  private static final WorkloadEndpointValidator VALIDATOR = WorkloadEndpointValidator.create();

  private static final List<String> FIXTURES =
      List.of(
          "pods/libcalico-go-conversion-podA.json",
          "pods/libcalico-go-conversion-dual-stack-floating-ips.json");

  static Stream<byte[]> seeds() {
    return FIXTURES.stream().map(f -> Resources.text(f).getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("seeds")
  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void convert(byte[] input) {
    Pod pod = fabric8Pod(new String(input, StandardCharsets.UTF_8));
    if (pod == null) {
      return;
    }
    // The JSON route reads kind and items to tell a Pod from a list, and refuses an apiVersion
    // other than v1; the fabric8 route has a v1 Pod by its type, as Calico's Go conversion has a
    // *v1.Pod, and reads neither (fuzzing found the apiVersion: apiversion-not-v1). Written as a
    // v1 Pod, the same object means the same thing to both.
    pod.setKind("Pod");
    pod.setApiVersion("v1");
    if (pod.getAdditionalProperties() != null) {
      pod.getAdditionalProperties().remove("items");
    }
    String json = SERIALIZATION.asJson(pod);

    Optional<PodView> direct = view(() -> Fabric8PodViews.of(pod));
    Optional<PodView> inPlace = view(() -> Fabric8PodViews.inPlace(pod));
    Optional<PodView> fromJson = view(() -> single(PodViews.readAll(json)));
    assertThat(direct.isPresent())
        .as("Fabric8PodViews and PodViews accept or refuse the same Pod: %s", json)
        .isEqualTo(fromJson.isPresent())
        .isEqualTo(inPlace.isPresent());
    // The cluster client's list reads the same Pod from a PodList's bytes as they arrive: a Pod
    // the views refuse fails the list (as the Kubernetes decoder fails it).
    List<String> skipped = new ArrayList<>();
    List<WorkloadEndpoint> listed;
    try {
      listed =
          CONVERSION
              .toWorkloadEndpointList(
                  new ByteArrayInputStream(
                      ("{\"kind\":\"PodList\",\"items\":[" + json + "]}")
                          .getBytes(StandardCharsets.UTF_8)),
                  e -> skipped.add(e.getMessage()))
              .items();
    } catch (PodConversionException e) {
      assertThat(direct).as("the list of %s failed: %s", json, e.getMessage()).isEmpty();
      return;
    }
    assertThat(direct).as("a list of %s", json).isPresent();
    assertThat(direct.get()).as("the fabric8 view of %s", json).isEqualTo(fromJson.get());
    Object outcome = convert(direct.get());
    assertThat(outcome).as("the conversion of %s", json).isEqualTo(convert(fromJson.get()));
    assertThat(convert(inPlace.get()))
        .as("the conversion of %s read in place", json)
        .isEqualTo(outcome);
    if (direct.get().nodeName().isEmpty() || direct.get().hostNetwork()) {
      // Calico's list skips these without an error.
      assertThat(listed).as("a list of %s", json).isEmpty();
      assertThat(skipped).as("a list of %s", json).isEmpty();
    } else if (outcome instanceof Optional<?> wep) {
      assertThat(listed).as("a list of %s", json).containsExactly((WorkloadEndpoint) wep.get());
      VALIDATOR.validate((WorkloadEndpoint) wep.get());
    } else {
      assertThat(listed).as("a list of %s", json).isEmpty();
      assertThat(skipped).as("a list of %s", json).containsExactly(((String) outcome).substring(8));
    }
  }

  /** What fabric8 reads from the text as a Pod, or null when it refuses it. */
  private static Pod fabric8Pod(String text) {
    try {
      Object read = SERIALIZATION.unmarshal(text, Pod.class);
      return read instanceof Pod pod ? pod : null;
      // fabric8's reader (Jackson 3 underneath) is not wepkit's: whatever it throws for bytes it
      // cannot read as a Pod, including a stack overflow on deep nesting, only means there is no
      // Pod to convert.
    } catch (RuntimeException | StackOverflowError e) {
      return null;
    }
  }

  private static PodView single(List<PodView> pods) {
    assertThat(pods).as("one Pod written, one Pod read").hasSize(1);
    return pods.get(0);
  }

  /** The view, or empty for a {@link PodConversionException} (any other throwable escapes). */
  private static Optional<PodView> view(java.util.function.Supplier<PodView> read) {
    try {
      return Optional.of(read.get());
    } catch (PodConversionException e) {
      assertThat(e.getMessage()).isNotEmpty();
      return Optional.empty();
    }
  }

  /** The conversion's outcome: the endpoint or nothing, or the failure's message. */
  private static Object convert(PodView pod) {
    try {
      return CONVERSION.toWorkloadEndpoint(pod);
    } catch (PodConversionException e) {
      assertThat(e.getMessage()).isNotEmpty();
      return "failed: " + e.getMessage();
    }
  }
}
