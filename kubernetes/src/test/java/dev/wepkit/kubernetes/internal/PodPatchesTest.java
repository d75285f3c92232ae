// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Patch bodies as Go's json.Marshal writes Calico's map: sorted keys, HTML-safe escapes. */
class PodPatchesTest {
  @Test
  void annotationsSortedThenUid() {
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("cni.projectcalico.org/podIPs", "10.0.0.1/32,fd00::1/128");
    annotations.put("cni.projectcalico.org/podIP", "10.0.0.1/32");
    annotations.put("cni.projectcalico.org/containerID", "abc");

    assertThat(PodPatches.body(annotations, "", "u-1"))
        .isEqualTo(
            "{\"metadata\":{\"annotations\":{\"cni.projectcalico.org/containerID\":\"abc\","
                + "\"cni.projectcalico.org/podIP\":\"10.0.0.1/32\","
                + "\"cni.projectcalico.org/podIPs\":\"10.0.0.1/32,fd00::1/128\"},"
                + "\"uid\":\"u-1\"}}");
  }

  @Test
  void noAnnotationsNoPreconditionsIsAnEmptyMetadata() {
    assertThat(PodPatches.body(Map.of(), "", "")).isEqualTo("{\"metadata\":{}}");
    assertThat(PodPatches.body(Map.of(), "", "u")).isEqualTo("{\"metadata\":{\"uid\":\"u\"}}");
  }

  @Test
  void resourceVersionBetweenAnnotationsAndUid() {
    assertThat(PodPatches.body(Map.of("a", ""), "42", "u"))
        .isEqualTo(
            "{\"metadata\":{\"annotations\":{\"a\":\"\"},\"resourceVersion\":\"42\",\"uid\":\"u\"}}");
    assertThat(PodPatches.body(Map.of(), "42", ""))
        .isEqualTo("{\"metadata\":{\"resourceVersion\":\"42\"}}");
  }

  @Test
  void stringsEscapedAsGoDoes() {
    assertThat(PodPatches.body(Map.of("k", "<a&b>\"\\\n\u0001\u2028"), "", ""))
        .isEqualTo(
            "{\"metadata\":{\"annotations\":{\"k\":"
                + "\"\\u003ca\\u0026b\\u003e\\\"\\\\\\n\\u0001\\u2028\"}}}");
  }

  @Test
  void fieldSelectorsEscapeAndJoin() {
    assertThat(FieldSelectors.of(Optional.of("p"), Optional.of("n=1,2")))
        .contains("metadata.name=p,spec.nodeName=n\\=1\\,2");
    assertThat(FieldSelectors.of(Optional.empty(), Optional.empty())).isEmpty();
    assertThat(FieldSelectors.of(Optional.empty(), Optional.of("node1")))
        .contains("spec.nodeName=node1");
  }
}
