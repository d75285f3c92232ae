// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.ListMeta;
import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.internal.GoNet;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import dev.wepkit.testing.internal.Rules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generators of whole WorkloadEndpoints: valid ones that Calico's validator and client accept with
 * no error and that trigger no wepkit warning, and invalid ones made from them by {@link
 * Mutations}.
 *
 * <p>A valid endpoint has a namespace, a {@code metadata.name} equal to the name Calico derives
 * from its spec, and every field Calico checks filled with a value it accepts, across the
 * orchestrators {@code k8s}, {@code cni}, {@code libnetwork}, {@code openstack} and others: labels
 * and annotations, IPv4 and IPv6 single-address networks in several text forms, NATs whose internal
 * address is one of the networks, gateways, profiles, interface names, MACs, ports with unique
 * names, spoofed-source prefixes, QoS controls within their documented ranges, service account and
 * elastic IPs.
 *
 * <pre>{@code
 * for (Case<WorkloadEndpoint> c : Cases.list(WorkloadEndpointGenerators.validEndpoints(), 1000)) {
 *   assertThat(validator.validate(c.value()).errors()).as(c.describe()).isEmpty();
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointGenerators {
  /** The orchestrators Calico knows by name, each with its own name layout or conventions. */
  public static final List<String> KNOWN_ORCHESTRATORS =
      List.of("k8s", "cni", "libnetwork", "openstack");

  private static final int MAX_NAME_LENGTH = 253;

  private WorkloadEndpointGenerators() {}

  /**
   * Valid WorkloadEndpoints of any orchestrator (k8s most often, then cni, libnetwork, openstack
   * and random other names).
   *
   * @return the generator
   */
  public static Gen<WorkloadEndpoint> validEndpoints() {
    return ctx -> {
      int roll = ctx.nextInt(100);
      String orchestrator =
          roll < 40
              ? "k8s"
              : roll < 55 ? "cni" : roll < 70 ? "libnetwork" : roll < 85 ? "openstack" : null;
      return endpoint(ctx, orchestrator);
    };
  }

  /**
   * Valid WorkloadEndpoints of one orchestrator.
   *
   * @param orchestrator {@code k8s}, {@code cni}, {@code libnetwork}, {@code openstack} or any
   *     other lower-case DNS-1123 name, which then names the workload segment layout
   * @return the generator
   * @throws IllegalArgumentException if {@code orchestrator} is not a valid Calico name
   */
  public static Gen<WorkloadEndpoint> validEndpoints(String orchestrator) {
    if (!Rules.isDnsSubdomain(orchestrator)) {
      throw new IllegalArgumentException(
          "orchestrator must be a lower-case DNS-1123 name, not '" + orchestrator + "'");
    }
    return ctx -> endpoint(ctx, orchestrator);
  }

  /**
   * Valid ports: a port name or a host port (or both), a protocol that supports ports, a port from
   * 1 to 65535, a host port from 0 to 65535 and a host IP that is empty, an IP or a strictly masked
   * CIDR. Names are not unique across calls; {@link #validEndpoints()} makes them unique.
   *
   * @return the generator
   */
  public static Gen<WorkloadEndpointPort> ports() {
    return ctx -> port(ctx, Generators.portName(ctx));
  }

  /**
   * Lists of valid endpoints, sometimes empty, with an optional list resourceVersion.
   *
   * @return the generator
   */
  public static Gen<WorkloadEndpointList> validLists() {
    return ctx -> {
      List<WorkloadEndpoint> items = validEndpoints().list(0, 10).generate(ctx);
      return WorkloadEndpointList.builder()
          .addAllItems(items)
          .metadata(
              ListMeta.builder()
                  .resourceVersion(
                      ctx.chance(0.5) ? Long.toString(ctx.between(1L, 99_999_999L)) : "")
                  .build())
          .build();
    };
  }

  /**
   * Valid endpoints with exactly one error-making mutation from {@link Mutations#all()} applied, so
   * each carries the one violation (path and type) a validator must report.
   *
   * @return the generator
   */
  public static Gen<MutatedEndpoint> mutatedEndpoints() {
    return mutated(Mutations.all());
  }

  /**
   * Valid endpoints with exactly one warning-making mutation from {@link
   * Mutations#warningMutations()} applied: no errors, one warning.
   *
   * @return the generator
   */
  public static Gen<MutatedEndpoint> warningEndpoints() {
    return mutated(Mutations.warningMutations());
  }

  /**
   * Invalid but well-formed endpoints: valid ones with one to three mutations from {@link
   * Mutations#all()} applied in turn. They can be built, written and read back, which makes them
   * good input for codec round trips.
   *
   * @return the generator
   */
  public static Gen<WorkloadEndpoint> invalidEndpoints() {
    return ctx -> {
      WorkloadEndpoint wep = validEndpoints().generate(ctx);
      int count = ctx.between(1, 3);
      for (int i = 0; i < count; i++) {
        wep = ctx.choose(Mutations.all()).apply(wep, ctx).endpoint();
      }
      return wep;
    };
  }

  private static Gen<MutatedEndpoint> mutated(List<Mutation> mutations) {
    return ctx -> ctx.choose(mutations).apply(validEndpoints().generate(ctx), ctx);
  }

  // ---- the valid endpoint ----------------------------------------------------------------------

  private static WorkloadEndpoint endpoint(GenContext ctx, String fixedOrchestrator) {
    String namespace =
        ctx.chance(0.3)
            ? ctx.choose("default", "kube-system", "prod")
            : Generators.dnsLabel(ctx, 63);
    ImmutableWorkloadEndpointSpec.Builder spec = WorkloadEndpointSpec.builder();
    String orchestrator = fixedOrchestrator != null ? fixedOrchestrator : otherOrchestrator(ctx);
    spec.orchestrator(orchestrator);

    // Identifiers first: the name must be derivable and at most 253 characters, so a draw that is
    // too long is redrawn smaller.
    String name = null;
    int size = ctx.size();
    while (name == null) {
      GenContext sized = ctx.withSize(size);
      identifiers(sized, orchestrator, spec);
      WorkloadEndpointSpec draft = spec.interfaceName("x").build();
      String derived = WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(draft));
      if (derived.length() <= MAX_NAME_LENGTH) {
        name = derived;
      } else {
        size /= 2;
      }
    }
    WorkloadEndpointSpec ids = spec.build();

    String serviceAccount = "";
    if (ctx.chance(orchestrator.equals("k8s") ? 0.7 : 0.1)) {
      serviceAccount =
          ctx.chance(0.3) ? "default" : Generators.dnsSubdomain(ctx, ctx.chance(0.1) ? 253 : 63);
      spec.serviceAccountName(serviceAccount);
    }

    spec.interfaceName(interfaceName(ctx, namespace, ids));
    List<byte[]> addresses = networks(ctx, spec);
    nats(ctx, spec, addresses);
    if (ctx.chance(0.3)) {
      spec.ipv4Gateway(Generators.ipv4Addresses().generate(ctx));
    }
    if (ctx.chance(0.2)) {
      spec.ipv6Gateway(Generators.ipv6Addresses().generate(ctx));
    }
    profiles(ctx, spec, orchestrator, namespace, serviceAccount);
    if (ctx.chance(0.5)) {
      spec.mac(Generators.macs().generate(ctx));
    }
    ports(ctx, spec);
    if (ctx.chance(0.2)) {
      int count = ctx.sized(1, 4);
      for (int i = 0; i < count; i++) {
        spec.addAllowSpoofedSourcePrefix(Generators.cidrsWithHostBits().generate(ctx));
      }
    }
    if (ctx.chance(0.25)) {
      spec.qosControls(Generators.qosControls().generate(ctx));
    }
    if (ctx.chance(0.1)) {
      int count = ctx.between(1, 2);
      for (int i = 0; i < count; i++) {
        spec.addAwsElasticIP(Generators.ipv4Addresses().generate(ctx));
      }
    }

    return WorkloadEndpoint.builder()
        .metadata(metadata(ctx, name, namespace, orchestrator, serviceAccount, ids))
        .spec(spec.build())
        .build();
  }

  private static String otherOrchestrator(GenContext ctx) {
    String name =
        ctx.chance(0.5)
            ? ctx.choose("mesos", "docker", "nomad", "custom.orchestrator", "vm")
            : Generators.dnsLabel(ctx, 20);
    // A random name that happens to be a known one would switch layouts; that is fine for
    // derivation, but keep "other" meaning other.
    return KNOWN_ORCHESTRATORS.contains(name) ? "x" + name : name;
  }

  private static void identifiers(
      GenContext ctx, String orchestrator, ImmutableWorkloadEndpointSpec.Builder spec) {
    spec.node(
        ctx.chance(0.3)
            ? "ip-" + Generators.random(ctx, Generators.DIGITS, 2) + "-0-0-1.ec2.internal"
            : Generators.dnsSubdomain(ctx, 100));
    spec.workload("").pod("").containerID("").endpoint("");
    switch (orchestrator) {
      case "k8s":
        spec.pod(podName(ctx));
        spec.endpoint(ctx.chance(0.85) ? "eth0" : Generators.dnsLabel(ctx, 15));
        if (ctx.chance(0.5)) {
          spec.containerID(Generators.containerIDs().generate(ctx));
        }
        if (ctx.chance(0.1)) {
          spec.workload(Generators.dnsSubdomain(ctx, 60));
        }
        break;
      case "cni":
        // The container ID is part of the name here, so it must be lower case.
        spec.containerID(
            ctx.chance(0.6)
                ? Generators.random(ctx, Generators.HEX, 64)
                : Generators.dashed(ctx, Generators.LOWER_ALNUM, ctx.sized(1, 60), 0.1));
        spec.endpoint(ctx.chance(0.7) ? ctx.choose("eth0", "net1") : Generators.dnsLabel(ctx, 15));
        break;
      case "libnetwork":
        spec.endpoint(
            ctx.chance(0.7)
                ? Generators.random(ctx, Generators.HEX, 64)
                : Generators.dnsLabel(ctx, 63));
        if (ctx.chance(0.3)) {
          spec.workload(Generators.dnsLabel(ctx, 40));
        }
        if (ctx.chance(0.3)) {
          spec.containerID(Generators.containerIDs().generate(ctx));
        }
        break;
      case "openstack":
        spec.workload(ctx.chance(0.7) ? uuid(ctx) : Generators.dnsSubdomain(ctx, 60));
        spec.endpoint(ctx.chance(0.7) ? uuid(ctx) : Generators.dnsLabel(ctx, 30));
        break;
      default:
        spec.workload(Generators.dnsSubdomain(ctx, 80));
        spec.endpoint(ctx.chance(0.5) ? "eth0" : Generators.dnsLabel(ctx, 30));
        break;
    }
  }

  private static String podName(GenContext ctx) {
    if (ctx.chance(0.4)) {
      // Deployment-style: <name>-<replicaset hash>-<5 chars>
      return Generators.dnsLabel(ctx, 30)
          + "-"
          + Generators.random(ctx, "bcdfghjklmnpqrstvwxz2456789", 10)
          + "-"
          + Generators.random(ctx, "bcdfghjklmnpqrstvwxz2456789", 5);
    }
    return Generators.dnsSubdomain(ctx, 120);
  }

  private static String uuid(GenContext ctx) {
    String hex = Generators.random(ctx, Generators.HEX, 32);
    return hex.substring(0, 8)
        + "-"
        + hex.substring(8, 12)
        + "-"
        + hex.substring(12, 16)
        + "-"
        + hex.substring(16, 20)
        + "-"
        + hex.substring(20);
  }

  private static String interfaceName(GenContext ctx, String namespace, WorkloadEndpointSpec ids) {
    switch (ids.orchestrator()) {
      case "k8s":
        if (ctx.chance(0.7)) {
          return "cali" + sha1Hex(namespace + "." + ids.pod()).substring(0, 11);
        }
        break;
      case "cni":
        if (ctx.chance(0.6)) {
          String id = ids.containerID();
          return "cali" + id.substring(0, Math.min(11, id.length()));
        }
        break;
      case "openstack":
        if (ctx.chance(0.6)) {
          return "tap" + ids.endpoint().substring(0, Math.min(11, ids.endpoint().length()));
        }
        break;
      default:
        break;
    }
    return Generators.interfaceNames().generate(ctx);
  }

  /** Adds 0 to 4 distinct single-address networks and returns their addresses. */
  private static List<byte[]> networks(GenContext ctx, ImmutableWorkloadEndpointSpec.Builder spec) {
    List<byte[]> addresses = new ArrayList<>();
    if (ctx.chance(0.1)) {
      return addresses;
    }
    int count = ctx.sized(1, 4);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < count; i++) {
      byte[] ip = ctx.chance(0.6) ? Generators.ipv4Bytes(ctx) : Generators.ipv6Bytes(ctx);
      if (seen.add(GoNet.ipString(ip))) {
        addresses.add(ip);
        spec.addIpNetwork(Generators.singleNetwork(ctx, ip));
      }
    }
    return addresses;
  }

  /** Adds NATs whose internal address is one of the networks (in any text form of it). */
  private static void nats(
      GenContext ctx, ImmutableWorkloadEndpointSpec.Builder spec, List<byte[]> addresses) {
    if (addresses.isEmpty() || !ctx.chance(0.4)) {
      return;
    }
    int count = ctx.sized(1, 3);
    for (int i = 0; i < count; i++) {
      byte[] internal = ctx.choose(addresses);
      byte[] external =
          internal.length == 4 ? Generators.ipv4Bytes(ctx) : Generators.ipv6Bytes(ctx);
      spec.addIpNAT(IPNAT.of(Generators.format(ctx, internal), Generators.format(ctx, external)));
    }
  }

  private static void profiles(
      GenContext ctx,
      ImmutableWorkloadEndpointSpec.Builder spec,
      String orchestrator,
      String namespace,
      String serviceAccount) {
    if (orchestrator.equals("k8s") && ctx.chance(0.8)) {
      spec.addProfile("kns." + namespace);
      if (!serviceAccount.isEmpty()) {
        spec.addProfile("ksa." + namespace + "." + serviceAccount);
      }
    }
    int extra = ctx.chance(0.4) ? ctx.sized(1, 3) : 0;
    for (int i = 0; i < extra; i++) {
      spec.addProfile(Generators.dnsSubdomain(ctx, 100));
    }
  }

  private static void ports(GenContext ctx, ImmutableWorkloadEndpointSpec.Builder spec) {
    if (!ctx.chance(0.6)) {
      return;
    }
    int count = ctx.sized(1, 5);
    Set<String> names = new HashSet<>();
    boolean unnamed = false;
    for (int i = 0; i < count; i++) {
      String name = "";
      if (unnamed || ctx.chance(0.85)) {
        name = Generators.portName(ctx);
        if (!names.add(name)) {
          continue; // a duplicate name is a wepkit warning, not valid data
        }
      } else {
        unnamed = true; // at most one port without a name
      }
      spec.addPort(port(ctx, name));
    }
  }

  static WorkloadEndpointPort port(GenContext ctx, String name) {
    int hostPort = 0;
    if (name.isEmpty() || ctx.chance(0.3)) {
      hostPort = ctx.chance(0.05) ? 65535 : ctx.between(1, 65535);
    }
    String hostIP = "";
    int roll = ctx.nextInt(100);
    if (roll < 20) {
      hostIP = Generators.ipAddresses().generate(ctx);
    } else if (roll < 30) {
      hostIP = Generators.strictCidrs().generate(ctx);
    }
    return WorkloadEndpointPort.builder()
        .name(name)
        .protocol(Generators.portProtocols().generate(ctx))
        .port(ctx.chance(0.3) ? ctx.choose(80, 443, 8080, 53, 1, 65535) : ctx.between(1, 65535))
        .hostPort(hostPort)
        .hostIP(hostIP)
        .build();
  }

  private static ObjectMeta metadata(
      GenContext ctx,
      String name,
      String namespace,
      String orchestrator,
      String serviceAccount,
      WorkloadEndpointSpec ids) {
    ImmutableObjectMeta.Builder meta = ObjectMeta.builder().name(name).namespace(namespace);
    if (ctx.chance(0.7)) {
      // What Calico's client writes on every create and update.
      meta.putLabel("projectcalico.org/namespace", namespace);
      meta.putLabel("projectcalico.org/orchestrator", orchestrator);
      if (!serviceAccount.isEmpty() && serviceAccount.length() < 63) {
        meta.putLabel("projectcalico.org/serviceaccount", serviceAccount);
      }
    }
    int labels = ctx.sized(0, 6);
    for (int i = 0; i < labels; i++) {
      meta.putLabel(Generators.labelKeys().generate(ctx), Generators.labelValues().generate(ctx));
    }
    if (orchestrator.equals("k8s") && !ids.containerID().isEmpty() && ctx.chance(0.5)) {
      meta.putAnnotation("cni.projectcalico.org/containerID", ids.containerID());
    }
    int annotations = ctx.sized(0, 4);
    for (int i = 0; i < annotations; i++) {
      meta.putAnnotation(
          Generators.annotationKeys().generate(ctx), Generators.annotationValues().generate(ctx));
    }
    if (ctx.chance(0.5)) {
      meta.uid(uuid(ctx));
    }
    if (ctx.chance(0.5)) {
      meta.resourceVersion(Long.toString(ctx.between(1L, 99_999_999L)));
    }
    if (ctx.chance(0.5)) {
      meta.creationTimestamp(
          String.format(
              "20%02d-%02d-%02dT%02d:%02d:%02dZ",
              ctx.between(17, 30),
              ctx.between(1, 12),
              ctx.between(1, 28),
              ctx.between(0, 23),
              ctx.between(0, 59),
              ctx.between(0, 59)));
    }
    if (orchestrator.equals("k8s") && ctx.chance(0.2)) {
      meta.generateName(ids.pod().substring(0, Math.min(20, ids.pod().length())) + "-");
    }
    return meta.build();
  }

  static String sha1Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder out = new StringBuilder(40);
      for (byte b : digest) {
        out.append(Generators.HEX.charAt((b >> 4) & 0xf)).append(Generators.HEX.charAt(b & 0xf));
      }
      return out.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-1", e);
    }
  }
}
