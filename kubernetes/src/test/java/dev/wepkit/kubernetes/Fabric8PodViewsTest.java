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

              PodView inPlace = Fabric8PodViews.inPlace(pod);
              assertThat(snapshot(inPlace)).as(json).isEqualTo(fromJson);
              assertThat(convert(inPlace)).as(json).isEqualTo(convert(fromJson));
            });
  }

  @Test
  void theCopyKeepsNothingOfThePodAndTheInPlaceViewShowsItsChanges() {
    Pod pod =
        SERIALIZATION.unmarshal(
            "{\"metadata\": {\"name\": \"p\", \"namespace\": \"ns\", \"labels\": {\"app\": \"a\"}},"
                + " \"spec\": {\"nodeName\": \"n\", \"containers\": [{\"name\": \"c\","
                + " \"ports\": [{\"name\": \"http\", \"containerPort\": 80}]}]}}",
            Pod.class);
    PodView copy = Fabric8PodViews.of(pod);
    PodView inPlace = Fabric8PodViews.inPlace(pod);

    pod.getMetadata().getLabels().put("app", "b");
    pod.getSpec().getContainers().get(0).getPorts().get(0).setName("https");
    pod.getSpec().getContainers().get(0).getPorts().get(0).setContainerPort(443);

    assertThat(copy.labels()).containsExactly(java.util.Map.entry("app", "a"));
    assertThat(copy.containers()).singleElement().isInstanceOf(ImmutableContainerView.class);
    assertThat(copy.containers().get(0).ports())
        .containsExactly(ContainerPortView.builder().name("http").containerPort(80).build());
    assertThat(inPlace.labels()).containsExactly(java.util.Map.entry("app", "b"));
    assertThat(inPlace.containers().get(0).name()).isEqualTo("c");
    assertThat(snapshot(inPlace).containers().get(0).ports())
        .containsExactly(ContainerPortView.builder().name("https").containerPort(443).build());
    assertThatThrownBy(() -> inPlace.labels().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void inPlaceAllConvertsAListAsOfAllDoes() {
    String list = Resources.text("pods/libcalico-go-resources-list.json");
    List<Pod> pods = SERIALIZATION.unmarshal(list, PodList.class).getItems();

    assertThat(Fabric8PodViews.inPlaceAll(pods)).hasSameSizeAs(pods);
    assertThat(CONVERSION.toWorkloadEndpoints(Fabric8PodViews.inPlaceAll(pods)))
        .isNotEmpty()
        .isEqualTo(CONVERSION.toWorkloadEndpoints(Fabric8PodViews.ofAll(pods)));
  }

  @Test
  void mapsThatRefuseNullLookupsAreRead() {
    // Map.of's maps throw on containsKey(null); a Pod built in code may hold one.
    Pod pod = new Pod();
    pod.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMeta());
    pod.getMetadata().setLabels(java.util.Map.of("app", "a"));
    pod.getMetadata().setAnnotations(java.util.Map.of(PodAnnotations.POD_IP, "10.0.0.1"));

    assertThat(Fabric8PodViews.inPlace(pod).labels())
        .containsExactly(java.util.Map.entry("app", "a"));
    assertThat(Fabric8PodViews.of(pod).annotations())
        .containsExactly(java.util.Map.entry(PodAnnotations.POD_IP, "10.0.0.1"));
  }

  @Test
  void aNullKeyIsAConversionErrorNamingTheMap() {
    Pod pod = new Pod();
    pod.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMeta());
    java.util.Map<String, String> annotations = new java.util.HashMap<>();
    annotations.put(null, "x");
    pod.getMetadata().setAnnotations(annotations);

    for (java.util.function.Supplier<PodView> read :
        List.<java.util.function.Supplier<PodView>>of(
            () -> Fabric8PodViews.of(pod), () -> Fabric8PodViews.inPlace(pod))) {
      assertThatThrownBy(read::get)
          .isInstanceOf(PodConversionException.class)
          .hasMessageContaining("metadata.annotations")
          .hasMessageContaining("key is null");
    }
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

  /** An immutable copy of a view, containers included, to compare with {@code equals}. */
  private static PodView snapshot(PodView view) {
    ImmutablePodView.Builder copy = PodView.builder().from(view).containers(List.of());
    copy.initContainers(List.of());
    for (ContainerView container : view.containers()) {
      copy.addContainer(containerCopy(container));
    }
    for (ContainerView container : view.initContainers()) {
      copy.addInitContainer(containerCopy(container));
    }
    return copy.build();
  }

  private static ContainerView containerCopy(ContainerView container) {
    ImmutableContainerView.Builder copy = ContainerView.builder().name(container.name());
    for (ContainerPortView port : container.ports()) {
      copy.addPort(
          ContainerPortView.builder()
              .name(port.name())
              .containerPort(port.containerPort())
              .hostPort(port.hostPort())
              .hostIP(port.hostIP())
              .protocol(port.protocol())
              .build());
    }
    return copy.build();
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
