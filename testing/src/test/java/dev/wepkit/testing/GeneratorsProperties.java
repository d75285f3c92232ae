// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.wepkit.IPNAT;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each value generator produces only values Calico accepts, and covers the forms it promises. */
class GeneratorsProperties {
  private static <T> List<T> sample(Gen<T> gen) {
    return Cases.values(gen, 1000, 21L).collect(Collectors.toList());
  }

  @Test
  void dnsNames() {
    Property.forAll(
        "labels are DNS-1123 labels",
        Generators.dns1123Labels(),
        s -> CalicoOracle.isName(s) && s.length() <= 63 && !s.contains("."));
    Property.forAll(
        "names are DNS-1123 subdomains",
        Generators.dns1123Names(),
        s -> CalicoOracle.isName(s) && s.length() <= 253);
    assertThat(sample(Generators.dns1123Labels())).anyMatch(s -> s.length() == 63);
    assertThat(sample(Generators.dns1123Names())).anyMatch(s -> s.contains("."));
  }

  @Test
  void containerIdsAndInterfaceNames() {
    Property.forAll("container IDs", Generators.containerIDs(), CalicoOracle::isContainerId);
    Property.forAll(
        "interface names",
        Generators.interfaceNames(),
        s ->
            CalicoOracle.specErrors(WorkloadEndpointSpec.builder().interfaceName(s).build())
                .isEmpty());
    assertThat(sample(Generators.interfaceNames()))
        .contains("*")
        .anyMatch(s -> s.length() == 15 && s.startsWith("cali"))
        .anyMatch(s -> !s.startsWith("cali"));
  }

  @Test
  void identifiersDerive() {
    Property.forAll(
        "identifiers derive a name",
        Generators.identifiers(),
        ids -> {
          String name = WorkloadEndpointNames.derive(ids);
          return name.startsWith(ids.node().replace("-", "--") + "-");
        });
    List<WorkloadEndpointIdentifiers> ids = sample(Generators.identifiers());
    assertThat(ids)
        .anyMatch(i -> i.node().contains("--"))
        .anyMatch(i -> i.node().matches(".*[A-Z_.].*"))
        .anyMatch(i -> !i.orchestrator().matches("k8s|cni|libnetwork|openstack"))
        .anyMatch(i -> i.orchestrator().equals("k8s") && !i.workload().isEmpty());
  }

  @Test
  void addresses() {
    Property.forAll(
        "IPv4",
        Generators.ipv4Addresses(),
        s -> {
          byte[] ip = CalicoOracle.ip(s);
          return ip != null && ip.length == 4;
        });
    Property.forAll(
        "IPv6, never IPv4-mapped",
        Generators.ipv6Addresses(),
        s -> {
          byte[] ip = CalicoOracle.ip(s);
          return ip != null && ip.length == 16 && !CalicoOracle.isV4(ip);
        });
    assertThat(sample(Generators.ipv6Addresses()))
        .anyMatch(s -> s.contains("::"))
        .anyMatch(s -> s.matches("([0-9a-f]{4}:){7}[0-9a-f]{4}"))
        .anyMatch(s -> s.split(":").length == 8 && !s.matches(".*:0[0-9a-f].*"))
        .anyMatch(s -> !s.equals(s.toLowerCase(Locale.ROOT)));
  }

  @Test
  void networksAndCidrs() {
    Property.forAll(
        "single-address networks",
        Generators.singleAddressNetworks(),
        s -> {
          BigInteger[] net = CalicoOracle.cidr(s);
          return net != null && CalicoOracle.isSingle(net);
        });
    Property.forAll(
        "strict CIDRs are masked",
        Generators.strictCidrs(),
        s -> {
          BigInteger[] net = CalicoOracle.cidr(s);
          return net != null && CalicoOracle.isMasked(net) && s.contains("/");
        });
    Property.forAll(
        "loose CIDRs parse", Generators.cidrsWithHostBits(), s -> CalicoOracle.cidr(s) != null);
    assertThat(sample(Generators.strictCidrs()))
        .anyMatch(s -> !CalicoOracle.isSingle(CalicoOracle.cidr(s)))
        .anyMatch(s -> s.endsWith("/0"));
    assertThat(sample(Generators.cidrsWithHostBits()))
        .anyMatch(s -> !CalicoOracle.isMasked(CalicoOracle.cidr(s)))
        .anyMatch(s -> !s.contains("/"));
  }

  @Test
  void macs() {
    Property.forAll("MACs parse in Go", Generators.macs(), CalicoOracle::isMac);
    List<String> macs = sample(Generators.macs());
    assertThat(macs)
        .anyMatch(m -> m.contains(":"))
        .anyMatch(m -> m.contains("-"))
        .anyMatch(m -> m.contains("."))
        .anyMatch(m -> m.matches("[0-9:.-]+"))
        .anyMatch(
            m -> !m.equals(m.toLowerCase(Locale.ROOT)) && !m.equals(m.toUpperCase(Locale.ROOT)));
    for (int octets : new int[] {6, 8, 20}) {
      assertThat(sample(Generators.macs(octets)))
          .allMatch(CalicoOracle::isMac)
          .allMatch(m -> m.replaceAll("[:.-]", "").length() == octets * 2);
    }
    assertThatIllegalArgumentException().isThrownBy(() -> Generators.macs(7));
  }

  @Test
  void portsNamesAndProtocols() {
    Property.forAll(
        "valid ports",
        WorkloadEndpointGenerators.ports(),
        p -> CalicoOracle.portErrors("p", p).isEmpty());
    Property.forAll(
        "port names", Generators.portNames(), n -> CalicoOracle.portErrors("p", port(n)).isEmpty());
    List<Protocol> protocols = sample(Generators.portProtocols());
    assertThat(protocols)
        .allMatch(p -> List.of("TCP", "UDP", "SCTP", "6", "17", "132").contains(p.text()))
        .contains(
            Protocol.TCP,
            Protocol.UDP,
            Protocol.SCTP,
            Protocol.of(6),
            Protocol.of(17),
            Protocol.of(132));
    assertThat(sample(Generators.portNames()))
        .anyMatch(n -> n.length() == 15)
        .anyMatch(n -> n.contains("-"));
  }

  @Test
  void labelsAndAnnotations() {
    Property.forAll("label keys", Generators.labelKeys(), CalicoOracle::isQualifiedName);
    Property.forAll("label values", Generators.labelValues(), CalicoOracle::isLabelValue);
    Property.forAll(
        "annotation keys, lower-cased",
        Generators.annotationKeys(),
        k -> CalicoOracle.isQualifiedName(k.toLowerCase(Locale.ROOT)));
    assertThat(sample(Generators.labelKeys()))
        .anyMatch(k -> k.contains("/"))
        .anyMatch(k -> !k.contains("/"))
        .anyMatch(k -> k.indexOf('/') == 253);
    assertThat(sample(Generators.labelValues()))
        .contains("", "on", "0755", "1e5")
        .anyMatch(v -> v.length() == 63);
    assertThat(sample(Generators.annotationKeys())).anyMatch(k -> !CalicoOracle.isQualifiedName(k));
    assertThat(sample(Generators.annotationValues()))
        .contains("")
        .anyMatch(v -> v.contains("\n"))
        .anyMatch(v -> v.chars().anyMatch(c -> c > 127));
  }

  @Test
  void qosControlsStayInRange() {
    Property.forAll(
        "QoS limits and DSCP within the documented ranges",
        Generators.qosControls(),
        q -> CalicoOracle.qosWarnings(q).isEmpty());
    Property.forAll("DSCP values", Generators.dscps(), CalicoOracle::isDscp);
  }

  @Test
  void natsGeneratedAloneAreWellFormed() {
    Property.forAll(
        "NAT addresses are plain IPs of one family",
        ctx ->
            IPNAT.of(
                Generators.ipv4Addresses().generate(ctx), Generators.ipv4Addresses().generate(ctx)),
        n -> CalicoOracle.natErrors("n", n).isEmpty());
  }

  private static WorkloadEndpointPort port(String name) {
    return WorkloadEndpointPort.builder().name(name).protocol(Protocol.TCP).port(1).build();
  }
}
