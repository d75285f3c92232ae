// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.testing.Gen;
import dev.wepkit.testing.GenContext;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodIP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Seeded fabric8 Pods of every kind a cluster holds: ordinary, host-networked, unscheduled,
 * finished, being deleted, IP-less, dual-stack, with floating IPs and with named and host ports.
 */
final class Fabric8Pods {
  private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String INNER = ALNUM + "--.";
  private static final String[] PROTOCOLS = {null, "TCP", "UDP", "SCTP"};
  private static final String[] PHASES = {"Running", "Pending", null};

  /** What kind of Pod a generated one is. */
  enum Kind {
    ORDINARY,
    HOST_NETWORKED,
    UNSCHEDULED,
    FINISHED,
    DELETING,
    IP_LESS,
    DUAL_STACK,
    FLOATING_IPS,
    NAMED_PORTS
  }

  private Fabric8Pods() {}

  /** Pods in these namespaces and on these nodes, with names unique per generator run. */
  static Gen<Pod> pods(List<String> namespaces, List<String> nodes) {
    int[] counter = {0};
    return ctx -> {
      Kind kind = ctx.choose(Kind.values());
      return pod(ctx, kind, ctx.choose(namespaces), "pod-" + counter[0]++, ctx.choose(nodes));
    };
  }

  /** One Pod of this kind; {@code node} is ignored for an unscheduled Pod. */
  static Pod pod(GenContext ctx, Kind kind, String namespace, String name, String node) {
    PodBuilder pod =
        new PodBuilder()
            .withNewMetadata()
            .withNamespace(namespace)
            .withName(name)
            .addToLabels("app", label(ctx, 1 + ctx.nextInt(10)))
            .endMetadata()
            .withNewSpec()
            .withNodeName(kind == Kind.UNSCHEDULED ? null : node)
            .withServiceAccountName(ctx.nextBoolean() ? null : label(ctx, 1 + ctx.nextInt(12)))
            .endSpec()
            .withNewStatus()
            .withPhase(PHASES[ctx.nextInt(PHASES.length)])
            .endStatus();
    if (ctx.nextBoolean()) {
      pod.editMetadata().addToLabels(label(ctx, 5) + ".io/" + label(ctx, 4), "").endMetadata();
    }
    if (ctx.nextBoolean()) {
      pod.editMetadata()
          .addToAnnotations(PodAnnotations.CONTAINER_ID, label(ctx, 64).replace('.', 'a'))
          .endMetadata();
    }
    List<String> ips = new ArrayList<>();
    switch (kind) {
      case HOST_NETWORKED:
        pod.editSpec().withHostNetwork(true).endSpec();
        ips.add(ipv4(ctx));
        break;
      case FINISHED:
        pod.editStatus().withPhase(ctx.choose("Succeeded", "Failed")).endStatus();
        ips.add(ipv4(ctx));
        break;
      case DELETING:
        pod.editMetadata()
            .withDeletionTimestamp("2026-12-01T10:00:00Z")
            .addToAnnotations(PodAnnotations.POD_IP, "")
            .endMetadata();
        ips.add(ipv4(ctx));
        break;
      case IP_LESS:
        break;
      case DUAL_STACK:
        ips.add(ipv4(ctx));
        ips.add(ipv6(ctx));
        break;
      case FLOATING_IPS:
        ips.add(ipv4(ctx));
        pod.editMetadata()
            .addToAnnotations(
                PodAnnotations.FLOATING_IPS, "[\"" + ipv4(ctx) + "\", \"" + ipv6(ctx) + "\"]")
            .endMetadata();
        break;
      default:
        ips.add(ctx.nextBoolean() ? ipv4(ctx) : ipv6(ctx));
        break;
    }
    if (!ips.isEmpty()) {
      if (ctx.nextInt(4) == 0) {
        // Calico's CNI annotations take precedence over the status.
        pod.editMetadata()
            .addToAnnotations(PodAnnotations.POD_IPS, String.join(",", ips))
            .endMetadata();
      } else {
        List<PodIP> podIPs = new ArrayList<>();
        for (String ip : ips) {
          podIPs.add(new PodIP(ip));
        }
        pod.editStatus().withPodIP(ips.get(0)).withPodIPs(podIPs).endStatus();
      }
    }
    int containers = kind == Kind.NAMED_PORTS ? 2 : ctx.nextInt(3);
    for (int c = 0; c < containers; c++) {
      ContainerBuilder container = new ContainerBuilder().withName("c" + c).withImage("nginx");
      int ports = kind == Kind.NAMED_PORTS ? 1 + ctx.nextInt(3) : ctx.nextInt(2);
      for (int p = 0; p < ports; p++) {
        boolean named = kind == Kind.NAMED_PORTS || ctx.nextBoolean();
        container.addToPorts(
            new ContainerPortBuilder()
                .withName(named ? "p" + c + "x" + p : null)
                .withContainerPort(1 + ctx.nextInt(65535))
                .withHostPort(ctx.nextInt(3) == 0 ? 1 + ctx.nextInt(65535) : null)
                .withProtocol(PROTOCOLS[ctx.nextInt(PROTOCOLS.length)])
                .build());
      }
      if (c == 1 && ctx.nextBoolean()) {
        pod.editSpec().addToInitContainers(container.build()).endSpec();
      } else {
        pod.editSpec().addToContainers(container.build()).endSpec();
      }
    }
    return pod.build();
  }

  static String ipv4(GenContext ctx) {
    return "10." + ctx.nextInt(256) + "." + ctx.nextInt(256) + "." + (1 + ctx.nextInt(254));
  }

  static String ipv6(GenContext ctx) {
    return String.format(
        Locale.ROOT,
        "fd00:%x::%x:%x",
        ctx.nextInt(0x10000),
        ctx.nextInt(0x10000),
        1 + ctx.nextInt(0xffff));
  }

  /** A DNS-1123 subdomain-ish label of this length: alphanumeric at both ends. */
  static String label(GenContext ctx, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      String alphabet = i == 0 || i == length - 1 ? ALNUM : INNER;
      char next = alphabet.charAt(ctx.nextInt(alphabet.length()));
      if (next == '.' && s.charAt(s.length() - 1) == '.') {
        next = 'x';
      }
      s.append(next);
    }
    return s.toString();
  }
}
