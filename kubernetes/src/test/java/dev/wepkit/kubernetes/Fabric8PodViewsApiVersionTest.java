// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

/**
 * A fabric8 {@link Pod} is a v1 Pod by its type, as Calico's conversion takes a Go {@code *v1.Pod}:
 * {@link Fabric8PodViews} does not read {@code apiVersion} or {@code kind}. A JSON manifest has no
 * type but its text, so {@link PodViews} refuses an {@code apiVersion} other than {@code v1}. Found
 * by {@code Fabric8PodFuzzTest} (input {@code apiversion-not-v1}): the target now writes the Pod as
 * v1 before comparing the two routes.
 */
class Fabric8PodViewsApiVersionTest {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private static final String POD =
      "{\"apiVersion\":\"tation\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\",\"namespace\":\"ns\"},"
          + "\"spec\":{\"nodeName\":\"n\"},\"status\":{\"podIP\":\"10.0.0.1\"}}";

  @Test
  void theFabric8ViewIgnoresTheApiVersionOfATypedPod() {
    Pod pod = SERIALIZATION.unmarshal(POD, Pod.class);
    assertThat(pod.getApiVersion()).isEqualTo("tation");

    PodView view = Fabric8PodViews.of(pod);

    assertThat(view.name()).isEqualTo("p");
    assertThat(view.namespace()).isEqualTo("ns");
    assertThat(view.nodeName()).isEqualTo("n");
    assertThat(view.podIP()).isEqualTo("10.0.0.1");
    assertThat(view).isEqualTo(PodViews.readAll(POD.replace("tation", "v1")).get(0));
  }

  @Test
  void aJsonManifestMustBeV1() {
    assertThatThrownBy(() -> PodViews.readAll(POD))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("apiVersion")
        .hasMessageContaining("expected v1, got tation");
    assertThat(PodViews.readAll(POD.replace("\"apiVersion\":\"tation\",", ""))).hasSize(1);
  }
}
