// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * calicoctl's table layout (Go tabwriter: minimum width 5, padding 3, spaces, every cell padded),
 * its column contents (workload else pod, lists joined with {@code ,}, NAT pairs as Go prints
 * structs), widths in code points, and control characters kept out of the terminal.
 */
class EndpointTableTest {
  private static WorkloadEndpoint read(String yaml) {
    return WorkloadEndpointYaml.create().read(yaml);
  }

  private static final WorkloadEndpoint NATTED =
      read(
          "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\n"
              + "metadata: {name: n1-cni-abc-eth0, namespace: ns}\n"
              + "spec:\n  orchestrator: cni\n  node: n1\n  workload: abc\n  pod: ignored\n"
              + "  ipNetworks: [10.0.0.1/32, fd00::1/128]\n  interfaceName: cali1\n"
              + "  profiles: [p1, p2]\n"
              + "  ipNATs:\n  - {internalIP: 10.0.0.1, externalIP: 172.16.0.1}\n"
              + "  - {internalIP: fd00::1, externalIP: 2001:db8::1}\n");

  @Test
  void wideShowsTheWorkloadBeforeThePodAndGoPrintedNatPairs() {
    assertThat(EndpointTable.render(List.of(NATTED), true, false))
        .isEqualTo(
            "NAME              WORKLOAD   NODE   NETWORKS                  INTERFACE   PROFILES  "
                + " NATS                                          \n"
                + "n1-cni-abc-eth0   abc        n1     10.0.0.1/32,fd00::1/128   cali1       p1,p2 "
                + "     {10.0.0.1 172.16.0.1},{fd00::1 2001:db8::1}   \n"
                + "\n");
  }

  @Test
  void noRowsIsTheHeadingsAndTheGap() {
    assertThat(EndpointTable.render(List.of(), false, true))
        .isEqualTo("NAMESPACE   WORKLOAD   NODE   NETWORKS   INTERFACE   \n\n");
  }

  @Test
  void widthsCountCodePointsAndControlsAreEscaped() {
    WorkloadEndpoint odd =
        read(
            "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\n"
                + "metadata: {name: x, namespace: ns}\n"
                + "spec: {node: \"n\\u00e9\\U0001F600\", pod: \"a\\tb\", interfaceName: i}\n");

    // "né😀" is three code points wide; the tab becomes the two characters \t.
    assertThat(EndpointTable.render(List.of(odd), false, false))
        .isEqualTo(
            "WORKLOAD   NODE   NETWORKS   INTERFACE   \n"
                + "a\\tb       n\u00e9\uD83D\uDE00    "
                + "           i           \n"
                + "\n");
  }
}
