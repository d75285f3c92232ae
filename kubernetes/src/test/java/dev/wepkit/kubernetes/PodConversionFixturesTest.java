// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.json.WorkloadEndpointJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Pods behind the KDD fixtures, converted and compared with the endpoints Calico's own tests
 * expect (fixtures under {@code fixtures/}, read with the JSON codec).
 */
class PodConversionFixturesTest {
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();
  private static final PodConversion CONVERSION = PodConversion.create();

  @Test
  void podWithPortsMatchesKdd1() {
    PodView pod = PodView.fromJson(Resources.text("pods/libcalico-go-conversion-podA.json"));
    WorkloadEndpoint expected =
        JSON.read(Resources.text("fixtures/wep-libcalico-go-kdd-1.transcribed.json"));

    assertThat(CONVERSION.toWorkloadEndpoint(pod)).contains(expected);
  }

  @Test
  void dualStackFloatingIPsMatchKdd2() {
    PodView pod =
        PodView.fromJson(
            Resources.text("pods/libcalico-go-conversion-dual-stack-floating-ips.json"));
    String fixture = Resources.text("fixtures/wep-libcalico-go-kdd-2.json");

    WorkloadEndpoint derived = CONVERSION.toWorkloadEndpoint(pod).orElseThrow();

    assertThat(derived).isEqualTo(JSON.read(fixture));
    // The fixture is 'calicoctl -o json' output, so the bytes agree too.
    assertThat(JSON.writePretty(derived)).isEqualTo(fixture.strip());
  }

  @Test
  void podListMatchesKddList1() {
    List<PodView> pods = PodViews.readAll(Resources.text("pods/libcalico-go-resources-list.json"));
    List<WorkloadEndpoint> expected =
        JSON.readAll(Resources.text("fixtures/wep-libcalico-go-kdd-list-1.transcribed.json"));

    assertThat(CONVERSION.toWorkloadEndpoints(pods)).containsExactlyElementsOf(expected);
  }
}
