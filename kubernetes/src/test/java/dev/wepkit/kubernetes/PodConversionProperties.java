// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.IPNAT;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.internal.GoNetwork;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.names.CalicoLabels;
import dev.wepkit.names.InterfaceNames;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the Pod conversion over seeded random Pods with valid DNS-1123 names. Replay a
 * failure with {@code -Dwepkit.seed=N}; change the number of cases with {@code -Dwepkit.tries=N}
 * (default 1000).
 */
class PodConversionProperties {
  private static final long SEED = Long.getLong("wepkit.seed", new SplittableRandom().nextLong());
  private static final int TRIES = Integer.getInteger("wepkit.tries", 1000);

  private static final PodConversion CONVERSION = PodConversion.create();
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();

  @Test
  void nameIsTheDerivedNameOfTheSpec() {
    forAll(
        "nameIsTheDerivedNameOfTheSpec",
        gen -> {
          PodView pod = gen.pod();
          WorkloadEndpoint wep = CONVERSION.toWorkloadEndpoint(pod).orElseThrow();
          WorkloadEndpointIdentifiers ids = WorkloadEndpointIdentifiers.of(wep.spec());

          assertThat(wep.metadata().name()).isEqualTo(WorkloadEndpointNames.derive(ids));
          assertThat(WorkloadEndpointNames.matches(wep.metadata().name(), ids)).isTrue();
          assertThat(WorkloadEndpointNames.parse(wep.metadata().name()).pod())
              .isEqualTo(pod.name());
        });
  }

  @Test
  void ipNetworksAreSingleCanonicalAddresses() {
    forAll(
        "ipNetworksAreSingleCanonicalAddresses",
        gen -> {
          PodView pod = gen.pod();
          WorkloadEndpoint wep = CONVERSION.toWorkloadEndpoint(pod).orElseThrow();

          for (String network : wep.spec().ipNetworks()) {
            GoNetwork parsed = GoNetwork.parseCidr(network);
            assertThat(parsed.maskOnes()).as(network).isEqualTo(parsed.isIPv4() ? 32 : 128);
            // Printing is canonical: parsing the output gives the same text back.
            assertThat(parsed).as(network).hasToString(network);
          }
          for (IPNAT nat : wep.spec().ipNATs()) {
            assertThat(wep.spec().ipNetworks())
                .contains(nat.internalIP() + (nat.internalIP().contains(":") ? "/128" : "/32"));
          }
        });
  }

  @Test
  void endpointJsonRoundTrips() {
    forAll(
        "endpointJsonRoundTrips",
        gen -> {
          WorkloadEndpoint wep = CONVERSION.toWorkloadEndpoint(gen.pod()).orElseThrow();

          assertThat(JSON.read(JSON.write(wep))).isEqualTo(wep);
          assertThat(JSON.read(JSON.writePretty(wep))).isEqualTo(wep);
        });
  }

  @Test
  void calicoFieldsFollowTheNamesHelpers() {
    forAll(
        "calicoFieldsFollowTheNamesHelpers",
        gen -> {
          PodView pod = gen.pod();
          WorkloadEndpoint wep = CONVERSION.toWorkloadEndpoint(pod).orElseThrow();

          assertThat(wep.spec().interfaceName())
              .isEqualTo(InterfaceNames.forPod(pod.namespace(), pod.name()))
              .hasSize(15);
          assertThat(wep.metadata().labels())
              .containsEntry(CalicoLabels.NAMESPACE, pod.namespace())
              .containsEntry(CalicoLabels.ORCHESTRATOR, "k8s");
          assertThat(wep.spec().profiles().get(0)).isEqualTo("kns." + pod.namespace());
          assertThat(wep.spec().serviceAccountName()).isEqualTo(pod.serviceAccountName());
        });
  }

  @Test
  void hostNetworkedPodsNeverHaveAnEndpoint() {
    forAll(
        "hostNetworkedPodsNeverHaveAnEndpoint",
        gen -> {
          PodView pod = ImmutablePodView.copyOf(gen.pod()).withHostNetwork(true);

          assertThat(CONVERSION.toWorkloadEndpoint(pod)).isEmpty();
        });
  }

  @Test
  void aListConvertsAsItsPodsDoOneByOne() {
    // The list path shares what its Pods have in common (node name prefixes, profiles, ports):
    // draw namespaces, nodes, service accounts and ports from small pools so that they repeat,
    // with near misses (a port of the same name but another number), invalid nodes and pod
    // names, unscheduled and host-networked Pods.
    forAll(
        "aListConvertsAsItsPodsDoOneByOne",
        gen -> {
          List<PodView> pods = new ArrayList<>();
          for (int i = gen.random.nextInt(12); i > 0; i--) {
            pods.add(gen.related());
          }
          List<WorkloadEndpoint> expected = new ArrayList<>();
          PodConversionException failure = null;
          for (PodView pod : pods) {
            if (pod.nodeName().isEmpty()) {
              continue;
            }
            try {
              CONVERSION.toWorkloadEndpoint(pod).ifPresent(expected::add);
            } catch (PodConversionException e) {
              failure = e;
              break;
            }
          }
          if (failure == null) {
            assertThat(CONVERSION.toWorkloadEndpoints(pods)).isEqualTo(expected);
            assertThat(CONVERSION.toWorkloadEndpoints(pods::iterator)).isEqualTo(expected);
          } else {
            String message = failure.getMessage();
            assertThatThrownBy(() -> CONVERSION.toWorkloadEndpoints(pods))
                .isInstanceOf(PodConversionException.class)
                .hasMessage(message);
          }
        });
  }

  @Test
  void aBareIPv4NetworkPrintsAsGoPrintsIt() {
    // PodIPs.Entry prints dotted-decimal text by appending "/32" to it: compare with Go's
    // printing of the parsed network, over text near that form (leading zeros, values over 255,
    // three or five fields, empty fields, mapped and CIDR forms).
    forAll(
        "aBareIPv4NetworkPrintsAsGoPrintsIt",
        gen -> {
          String text = gen.ipv4ish();
          GoNetwork network = GoNetwork.cidrOrIpOrNull(text);
          if (network != null) {
            assertThat(new PodIPs.Entry(network, text, "status.podIP", -1).networkString())
                .as(text)
                .isEqualTo(network.toString());
          }
        });
  }

  private interface Property {
    void check(Gen gen);
  }

  private static void forAll(String name, Property property) {
    Gen gen = new Gen(new SplittableRandom(SEED));
    for (int i = 0; i < TRIES; i++) {
      try {
        property.check(gen);
      } catch (AssertionError | RuntimeException e) {
        String replay = name + " failed on try " + i + "; replay with -Dwepkit.seed=" + SEED;
        System.err.println(replay);
        throw new AssertionError(replay + ": " + e.getMessage(), e);
      }
    }
  }

  /** Generates scheduled, non-host-networked Pods with valid names and single-address IPs. */
  static final class Gen {
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String INNER = ALNUM + "----";
    private static final String[] PHASES = {"", "Pending", "Running", "Unknown", "Succeeded"};
    private static final String[] PROTOCOLS = {"", "TCP", "UDP", "SCTP", "udp", "ICMP"};

    final SplittableRandom random;

    Gen(SplittableRandom random) {
      this.random = random;
    }

    PodView pod() {
      ImmutablePodView.Builder pod =
          PodView.builder()
              .namespace(label(1 + random.nextInt(20)))
              .name(subdomain())
              .nodeName(subdomain())
              .uid(random.nextBoolean() ? "" : label(36))
              .resourceVersion(Integer.toString(random.nextInt(1_000_000)))
              .phase(PHASES[random.nextInt(PHASES.length)]);
      if (random.nextBoolean()) {
        pod.serviceAccountName(random.nextInt(4) == 0 ? label(63) : subdomain());
      }
      if (random.nextBoolean()) {
        pod.creationTimestamp(
            String.format(
                Locale.ROOT,
                "20%02d-%02d-%02dT%02d:%02d:%02d%s",
                random.nextInt(100),
                1 + random.nextInt(12),
                1 + random.nextInt(28),
                random.nextInt(24),
                random.nextInt(60),
                random.nextInt(60),
                random.nextBoolean() ? "Z" : "+05:30"));
      }
      for (int i = random.nextInt(4); i > 0; i--) {
        pod.putLabel(subdomain() + "/" + label(1 + random.nextInt(10)), label(random.nextInt(10)));
      }
      List<String> ips = new ArrayList<>();
      int count = random.nextInt(3);
      for (int i = 0; i < count; i++) {
        ips.add(random.nextBoolean() ? ipv4() : ipv6());
      }
      switch (random.nextInt(4)) {
        case 0:
          pod.addAllPodIPs(ips);
          break;
        case 1:
          pod.podIP(ips.isEmpty() ? "" : ips.get(0));
          break;
        case 2:
          pod.putAnnotation(PodAnnotations.POD_IPS, String.join(",", ips));
          break;
        default:
          pod.putAnnotation(PodAnnotations.AWS_POD_IPS, String.join(",", ips));
          break;
      }
      if (random.nextBoolean()) {
        pod.putAnnotation(
            PodAnnotations.FLOATING_IPS,
            "[\"" + ipv4() + "\", \"fd80::" + Integer.toHexString(random.nextInt(0x10000)) + "\"]");
      }
      if (random.nextBoolean()) {
        pod.putAnnotation(PodAnnotations.CONTAINER_ID, label(64));
      }
      if (random.nextInt(3) == 0) {
        pod.putAnnotation(PodAnnotations.QOS_INGRESS_BANDWIDTH, random.nextInt(1000) + "M");
        pod.putAnnotation(
            PodAnnotations.QOS_EGRESS_PACKET_RATE, Integer.toString(random.nextInt(20000)));
        pod.putAnnotation(PodAnnotations.QOS_DSCP, Integer.toString(random.nextInt(70)));
      }
      for (int c = random.nextInt(3); c > 0; c--) {
        ImmutableContainerView.Builder container = ContainerView.builder().name(label(8));
        for (int p = random.nextInt(4); p > 0; p--) {
          container.addPort(
              ContainerPortView.builder()
                  .name(random.nextBoolean() ? "" : label(1 + random.nextInt(15)))
                  .containerPort(random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(65535))
                  .hostPort(random.nextBoolean() ? 0 : 1 + random.nextInt(65535))
                  .protocol(PROTOCOLS[random.nextInt(PROTOCOLS.length)])
                  .build());
        }
        if (random.nextBoolean()) {
          pod.addContainers(container.build());
        } else {
          pod.addInitContainers(container.build());
        }
      }
      return pod.build();
    }

    private static final String[] NAMESPACES = {"default", "kube-system", "team-a", "b"};
    private static final String[] NODES = {"node-1", "node-2", "n", "-bad", "bad-", "a.b-c"};
    private static final String[] ACCOUNTS = {"", "default", "app-sa"};
    private static final String[] PORT_NAMES = {"", "http", "metrics"};
    private static final String[] HOST_IPS = {"", "10.0.0.1"};

    /** A Pod whose namespace, node, service account and ports come from small pools. */
    PodView related() {
      ImmutablePodView pod =
          ImmutablePodView.copyOf(pod())
              .withNamespace(pick(NAMESPACES))
              .withServiceAccountName(pick(ACCOUNTS));
      switch (random.nextInt(20)) {
        case 0:
          pod = pod.withNodeName("");
          break;
        case 1:
          pod = pod.withHostNetwork(true);
          break;
        default:
          pod = pod.withNodeName(pick(NODES));
          break;
      }
      if (random.nextInt(20) == 0) {
        pod = pod.withName(random.nextBoolean() ? "-" + pod.name() : pod.name() + "-");
      }
      List<ContainerView> containers = new ArrayList<>();
      for (int c = random.nextInt(3); c > 0; c--) {
        ImmutableContainerView.Builder container = ContainerView.builder().name(label(4));
        for (int p = random.nextInt(3); p > 0; p--) {
          container.addPort(
              ContainerPortView.builder()
                  .name(pick(PORT_NAMES))
                  .containerPort(random.nextBoolean() ? 80 : 8080)
                  .hostPort(random.nextInt(3) == 0 ? 80 : 0)
                  .hostIP(pick(HOST_IPS))
                  .protocol(PROTOCOLS[random.nextInt(4)])
                  .build());
        }
        containers.add(container.build());
      }
      return pod.withContainers(containers);
    }

    private String pick(String[] values) {
      return values[random.nextInt(values.length)];
    }

    /** Text that is, or nearly is, a dotted-decimal IPv4 address. */
    String ipv4ish() {
      if (random.nextInt(4) == 0) {
        return ipv4();
      }
      StringBuilder out = new StringBuilder();
      int fields = random.nextInt(10) == 0 ? 3 + 2 * random.nextInt(2) : 4;
      for (int i = 0; i < fields; i++) {
        if (i > 0) {
          out.append('.');
        }
        if (random.nextInt(30) == 0) {
          continue;
        }
        if (random.nextInt(10) == 0) {
          out.append('0');
        }
        out.append(random.nextInt(10) == 0 ? 256 + random.nextInt(1000) : random.nextInt(256));
      }
      return out.toString();
    }

    /** An address as a bare IP, a /32 CIDR or an IPv4-mapped IPv6 address. */
    private String ipv4() {
      String ip =
          random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256);
      switch (random.nextInt(3)) {
        case 0:
          return ip + "/32";
        case 1:
          return "::ffff:" + ip;
        default:
          return ip;
      }
    }

    /** Eight groups, often zero, in full, upper-case or compressed-by-hand form. */
    private String ipv6() {
      StringBuilder out = new StringBuilder();
      int zeroRun = random.nextInt(8);
      int zeroLength = random.nextInt(8 - zeroRun);
      boolean compress = zeroLength >= 1 && random.nextBoolean();
      for (int g = 0; g < 8; g++) {
        if (compress && g == zeroRun) {
          out.append("::");
          g += zeroLength;
          continue;
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
          out.append(':');
        }
        int value =
            g == 0
                ? 0xfd00
                : g >= zeroRun && g <= zeroRun + zeroLength ? 0 : random.nextInt(0x10000);
        String hex = Integer.toHexString(value);
        out.append(random.nextBoolean() ? hex : hex.toUpperCase(Locale.ROOT));
      }
      return out + (random.nextBoolean() ? "/128" : "");
    }

    /** A DNS-1123 label of the given length (at least 1). */
    private String label(int length) {
      if (length == 0) {
        return "";
      }
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        String alphabet = i == 0 || i == length - 1 ? ALNUM : INNER;
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return s.toString();
    }

    /** A DNS-1123 subdomain of one to three labels. */
    private String subdomain() {
      StringBuilder s = new StringBuilder(label(1 + random.nextInt(12)));
      for (int i = random.nextInt(3); i > 0; i--) {
        s.append('.').append(label(1 + random.nextInt(12)));
      }
      return s.toString();
    }
  }
}
