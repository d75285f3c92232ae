// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.testing.Property;
import dev.wepkit.testing.Shrinkers;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fabric8 view of a Pod is the view {@link PodViews} reads from the same Pod's JSON, so both
 * convert to the same endpoints, field for field.
 */
class Fabric8PodViewsTest {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
  private static final PodConversion CONVERSION = PodConversion.create();

  @Test
  void generatedPodsConvertAsTheirJsonDoes() {
    Property.named("fabric8 view equals the JSON view")
        .withTries(2000)
        .verify(
            Fabric8Pods.pods(List.of("default", "kube-system", "a.b"), List.of("node-1", "n2.x")),
            Shrinkers.none(),
            pod -> {
              String json = SERIALIZATION.asJson(pod);
              PodView direct = Fabric8PodViews.of(pod);
              PodView fromJson = PodView.fromJson(json);

              assertThat(direct).as(json).isEqualTo(fromJson);
              assertThat(convert(direct)).as(json).isEqualTo(convert(fromJson));
            });
  }

  @Test
  void fixturePodsConvertAsTheirJsonDoes() {
    for (String path :
        List.of(
            "pods/libcalico-go-conversion-podA.json",
            "pods/libcalico-go-conversion-dual-stack-floating-ips.json")) {
      String json = Resources.text(path);
      PodView direct = Fabric8PodViews.of(SERIALIZATION.unmarshal(json, Pod.class));

      assertThat(direct).as(path).isEqualTo(PodView.fromJson(json));
      assertThat(CONVERSION.toWorkloadEndpoint(direct))
          .isEqualTo(CONVERSION.toWorkloadEndpoint(PodView.fromJson(json)));
    }
    String list = Resources.text("pods/libcalico-go-resources-list.json");
    List<PodView> direct =
        Fabric8PodViews.ofAll(SERIALIZATION.unmarshal(list, PodList.class).getItems());

    assertThat(direct).isEqualTo(PodViews.readAll(list));
    assertThat(CONVERSION.toWorkloadEndpoints(direct)).isNotEmpty();
  }

  @Test
  void nullsReadAsGoZeroValues() {
    String json =
        "{\"metadata\": {\"name\": \"p\", \"namespace\": \"ns\","
            + " \"labels\": {\"a\": null}, \"annotations\": null},"
            + " \"spec\": {\"nodeName\": \"n\", \"hostNetwork\": null,"
            + " \"containers\": [null, {\"ports\": [null, {\"containerPort\": 80,"
            + " \"hostPort\": null, \"name\": \"http\"}]}]},"
            + " \"status\": {\"podIPs\": [null, {\"ip\": \"10.0.0.1\"}]}}";
    PodView direct = Fabric8PodViews.of(SERIALIZATION.unmarshal(json, Pod.class));

    assertThat(direct).isEqualTo(PodView.fromJson(json));
    assertThat(direct.labels()).containsExactly(java.util.Map.entry("a", ""));
    assertThat(direct.hostNetwork()).isFalse();
    assertThat(direct.containers()).hasSize(2);
    assertThat(direct.containers().get(0).ports()).isEmpty();
    assertThat(direct.containers().get(1).ports())
        .containsExactly(
            ContainerPortView.builder().build(),
            ContainerPortView.builder().name("http").containerPort(80).build());
    assertThat(direct.podIPs()).containsExactly("", "10.0.0.1");
  }

  @Test
  void anEmptyPodIsAnEmptyView() {
    assertThat(Fabric8PodViews.of(new Pod())).isEqualTo(PodView.builder().build());
  }

  @Test
  void aBadTimestampIsAConversionErrorNamingTheField() {
    Pod pod = new Pod();
    pod.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMeta());
    pod.getMetadata().setCreationTimestamp("yesterday");

    assertThatThrownBy(() -> Fabric8PodViews.of(pod))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("metadata.creationTimestamp");
  }

  /** The conversion's outcome: the endpoint, nothing, or the failure's message. */
  private static Object convert(PodView pod) {
    try {
      if (pod.nodeName().isEmpty()) {
        return "unscheduled";
      }
      Optional<WorkloadEndpoint> wep = CONVERSION.toWorkloadEndpoint(pod);
      return wep;
    } catch (PodConversionException e) {
      return e.getMessage();
    }
  }
}
