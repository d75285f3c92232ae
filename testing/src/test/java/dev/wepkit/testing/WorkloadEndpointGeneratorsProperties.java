// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.IPNAT;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the valid-endpoint generator, judged by hand-checkable invariants. */
class WorkloadEndpointGeneratorsProperties {
  private static final Gen<WorkloadEndpoint> VALID = WorkloadEndpointGenerators.validEndpoints();

  @Test
  void validEndpointsBreakNoRule() {
    Property.named("valid endpoints have no errors and no warnings")
        .verify(
            VALID,
            wep -> {
              assertThat(CalicoOracle.errors(wep)).as("errors").isEmpty();
              assertThat(CalicoOracle.warnings(wep)).as("warnings").isEmpty();
            });
  }

  @Test
  void namesAreTheDerivedNames() {
    Property.forAll(
        "metadata.name equals the derived name and fits 253 characters",
        VALID,
        wep -> {
          String derived = WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(wep.spec()));
          return wep.metadata().name().equals(derived)
              && derived.length() <= 253
              && CalicoOracle.isName(derived)
              && !wep.metadata().namespace().isEmpty();
        });
  }

  @Test
  void natInternalAddressesAreAmongTheNetworks() {
    Property.named("every NAT's internal IP is one of the networks, of the external IP's family")
        .verify(
            VALID,
            wep -> {
              WorkloadEndpointSpec spec = wep.spec();
              for (IPNAT nat : spec.ipNATs()) {
                byte[] internal = CalicoOracle.ip(nat.internalIP());
                byte[] external = CalicoOracle.ip(nat.externalIP());
                assertThat(internal).as(nat.internalIP()).isNotNull();
                assertThat(external).as(nat.externalIP()).isNotNull();
                assertThat(CalicoOracle.isV4(internal)).isEqualTo(CalicoOracle.isV4(external));
                assertThat(
                        spec.ipNetworks().stream()
                            .map(n -> CalicoOracle.ip(n.replaceFirst("/.*", "")))
                            .anyMatch(n -> java.util.Arrays.equals(n, internal)))
                    .as("%s among %s", nat.internalIP(), spec.ipNetworks())
                    .isTrue();
              }
            });
  }

  @Test
  void portNamesAreUniqueAndInterfaceNamesShort() {
    Property.forAll(
        "port names are unique, a port has a name or a host port, interface names fit 15",
        VALID,
        wep -> {
          List<WorkloadEndpointPort> ports = wep.spec().ports();
          Set<String> names = new HashSet<>();
          for (WorkloadEndpointPort port : ports) {
            if (port.name().isEmpty() ? port.hostPort() == 0 : !names.add(port.name())) {
              return false;
            }
          }
          String iface = wep.spec().interfaceName();
          return !iface.isEmpty() && iface.length() <= 15;
        });
  }

  @Test
  void networksAreSingleAddresses() {
    Property.forAll(
        "networks are bare IPs, /32 or /128, never IPv4-mapped",
        VALID,
        wep ->
            wep.spec().ipNetworks().stream()
                .allMatch(
                    n -> {
                      java.math.BigInteger[] net = CalicoOracle.cidr(n);
                      byte[] ip = CalicoOracle.ip(n.replaceFirst("/.*", ""));
                      return net != null
                          && CalicoOracle.isSingle(net)
                          && (ip.length == 4 || !CalicoOracle.isV4(ip));
                    }));
  }

  @Test
  void everyOrchestratorAndFormAppears() {
    List<WorkloadEndpoint> weps = Cases.values(VALID, 1000, 1L).collect(Collectors.toList());
    Set<String> orchestrators =
        weps.stream()
            .map(w -> w.spec().orchestrator())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(orchestrators).contains("k8s", "cni", "libnetwork", "openstack");
    assertThat(orchestrators.size()).as("other orchestrators too").isGreaterThan(6);
    List<String> networks =
        weps.stream().flatMap(w -> w.spec().ipNetworks().stream()).collect(Collectors.toList());
    assertThat(networks)
        .anyMatch(n -> n.endsWith("/32"))
        .anyMatch(n -> n.endsWith("/128"))
        .anyMatch(n -> !n.contains("/") && n.contains(":"))
        .anyMatch(n -> !n.contains("/") && n.contains("."))
        .anyMatch(n -> n.contains("::"))
        .anyMatch(n -> n.replaceFirst("/.*", "").split(":").length == 8);
    assertThat(weps)
        .anyMatch(w -> !w.spec().ipNATs().isEmpty())
        .anyMatch(w -> w.spec().interfaceName().equals("*"))
        .anyMatch(w -> w.spec().qosControls().isPresent())
        .anyMatch(w -> w.spec().qosControls().flatMap(q -> q.dscp()).isPresent())
        .anyMatch(w -> !w.spec().awsElasticIPs().isEmpty())
        .anyMatch(w -> !w.spec().allowSpoofedSourcePrefixes().isEmpty())
        .anyMatch(w -> w.spec().profiles().stream().anyMatch(p -> p.startsWith("ksa.")))
        .anyMatch(w -> w.metadata().labels().containsValue(""))
        .anyMatch(w -> w.metadata().labels().keySet().stream().anyMatch(k -> k.contains("/")))
        .anyMatch(w -> w.spec().ports().stream().anyMatch(p -> p.protocol().isNumber()))
        .anyMatch(w -> w.spec().ports().stream().anyMatch(p -> p.hostIP().contains("/")))
        .anyMatch(w -> w.spec().ports().stream().anyMatch(p -> p.name().isEmpty()))
        .anyMatch(w -> !w.spec().ipv4Gateway().isEmpty())
        .anyMatch(w -> !w.spec().ipv6Gateway().isEmpty());
  }

  @Test
  void k8sInterfaceNamesFollowCalicosHash() {
    // Calico's own test vector for the veth name: default/podA -> cali7f94ce7c295.
    assertThat("cali" + WorkloadEndpointGenerators.sha1Hex("default.podA").substring(0, 11))
        .isEqualTo("cali7f94ce7c295");
    assertThat(
            "cali" + WorkloadEndpointGenerators.sha1Hex("testNamespace.simplePod").substring(0, 11))
        .isEqualTo("caliedff4356bd6");
  }

  @Test
  void sizesGrow() {
    List<Case<WorkloadEndpoint>> cases = Cases.list(VALID, 1000, 7L);
    double early =
        cases.subList(0, 200).stream().mapToInt(c -> weight(c.value())).average().orElse(0);
    double late =
        cases.subList(800, 1000).stream().mapToInt(c -> weight(c.value())).average().orElse(0);
    assertThat(late).isGreaterThan(early * 1.5);
    assertThat(cases.get(0).size()).isZero();
    assertThat(cases.get(999).size()).isEqualTo(GenContext.MAX_SIZE);
  }

  @Test
  void orchestratorCanBeFixed() {
    Property.forAll(
        "validEndpoints(o) uses o",
        WorkloadEndpointGenerators.validEndpoints("mesos"),
        wep -> wep.spec().orchestrator().equals("mesos") && CalicoOracle.errors(wep).isEmpty());
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkloadEndpointGenerators.validEndpoints("K8s"))
        .withMessageContaining("K8s");
  }

  @Test
  void listsHoldValidEndpoints() {
    Property.forAll(
        "lists hold valid endpoints",
        WorkloadEndpointGenerators.validLists(),
        (WorkloadEndpointList list) ->
            list.items().stream().allMatch(w -> CalicoOracle.errors(w).isEmpty()));
  }

  private static int weight(WorkloadEndpoint wep) {
    return wep.metadata().name().length()
        + wep.metadata().labels().size() * 10
        + wep.spec().ports().size() * 10
        + wep.spec().ipNetworks().size() * 10;
  }
}
