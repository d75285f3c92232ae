// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import dev.wepkit.Dscp;
import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ImmutableQoSControls;
import dev.wepkit.ImmutableWorkloadEndpoint;
import dev.wepkit.ImmutableWorkloadEndpointPort;
import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.QoSLimit;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.internal.GoNet;
import dev.wepkit.internal.GoNetwork;
import dev.wepkit.testing.internal.Ips;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Mutations that turn a valid WorkloadEndpoint into one with exactly one violation, each naming the
 * violation's JSON path and type as wepkit's validator reports them.
 *
 * <p>{@link #all()} holds the error-making mutations: one violation in {@code errors}, none in
 * {@code warnings}, judged without the opt-in identity check (see {@link
 * MutatedEndpoint#namesStillMatch()}). {@link #warningMutations()} holds the ones that make a
 * documented-but-unenforced rule fail (duplicate port names, QoS values out of range): no error,
 * one warning. A mutation never touches a value another rule depends on; for example a network that
 * a NAT needs is never replaced, a bad network is added beside it instead.
 *
 * <pre>{@code
 * GenContext ctx = GenContext.of(seed);
 * WorkloadEndpoint valid = WorkloadEndpointGenerators.validEndpoints().generate(ctx);
 * for (Mutation m : Mutations.all()) {
 *   MutatedEndpoint bad = m.apply(valid, ctx);
 *   // expect exactly one error at bad.expectedPath() of type bad.expectedType()
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Mutations {
  private static final int ANNOTATIONS_LIMIT = 262_144;
  private static final List<QoSLimit> QOS_LIMITS = List.of(QoSLimit.values());

  private static final List<String> BAD_NAMES =
      List.of(
          "Upper",
          "under_score",
          "-lead",
          "trail-",
          ".dot",
          "dot.",
          "a..b",
          "sp ace",
          "a/b",
          "caf\u00e9",
          "UPPER.example.com",
          "node_1",
          "a.-b");

  private static final List<String> BAD_LABEL_KEYS =
      List.of(
          "bad key",
          "-leading",
          "trailing-",
          "_under",
          "a/b/c",
          "ProjectCalico.org/label",
          "example.com/",
          "/name",
          "x".repeat(64),
          "a$b",
          "caf\u00e9",
          "example..com/x",
          "-bad.example.com/x",
          "x".repeat(254) + "/x",
          "my-invalid-label$",
          ".mylabel");

  private static final List<String> BAD_LABEL_VALUES =
      List.of(
          "bad value",
          "-lead",
          "trail-",
          "_x",
          "x_",
          ".x",
          "a/b",
          "caf\u00e9",
          "a:b",
          "a b",
          "\u65e5",
          "value!");

  /** Invalid even after lower-casing, and already lower case so the path key is unambiguous. */
  private static final List<String> BAD_ANNOTATION_KEYS =
      List.of(
          "bad key",
          "-leading",
          "trailing-",
          "a/b/c",
          "projectcalico.org$label",
          "example.com/",
          "/name",
          "x".repeat(64),
          "_under",
          "example..com/x",
          "caf\u00e9/x");

  private static final List<String> BAD_CONTAINER_IDS =
      List.of("-abcdefg", "abcdeSg-", "abcde-j.g", "a_b", "a b", "abc/def", "caf\u00e9", "a:b");

  private static final List<String> BAD_INTERFACE_NAMES =
      List.of(
          "Invalid&Intface",
          "Invalid:Intface",
          "eth0\n",
          "a#b",
          "cali\u00e9",
          "a b",
          "a/b",
          "**",
          "*a",
          "eth0 ",
          "tab\tx",
          "cali@0");

  private static final List<String> BAD_MACS =
      List.of(
          "ca.fe.1d.52.bb.e9",
          "ca:fe:1d:52:bb:g9",
          "cafe:1d52:bbe9",
          " ca:fe:1d:52:bb:e9",
          "ca:fe:1d:52:bb:e9:00",
          "ca:fe:1d:52:bb:e9 ",
          "cafe1d52bbe9",
          "ca:fe:1d:52:bb",
          "c:fe:1d:52:bb:e9",
          "ca:fe-1d:52:bb:e9",
          "ca:fe:1d:52:bb:e9:00:01:02",
          "zz:zz:zz:zz:zz:zz",
          "01:23:45:67:89:ab:cd:ef:01:23",
          "cafe.1d52",
          "garbage");

  private static final List<String> UNPARSABLE_NETWORKS =
      List.of(
          "garbage",
          "10.0.0",
          "1.2.3.4.5",
          "10.0.0.256",
          "10.0.0.1/",
          "::g",
          "1:2:3:4:5:6:7:8:9",
          "010.0.0.1",
          "fe80::1%eth0",
          "10.0.0.0/33",
          "::/129",
          "10.0.0.1/abc");

  private static final List<String> BAD_IPS =
      List.of(
          "garbage",
          "10.0.0.1/32",
          "999.1.1.1",
          "1.2.3",
          "::g",
          "fd00::1/128",
          "010.0.0.1",
          "1.2.3.4 ");

  private static final List<String> BAD_V4_GATEWAYS =
      List.of("garbage", "10.0.0.1/32", "999.1.1.1", "10.0.0", "10.0.0.256");

  private static final List<String> BAD_V6_GATEWAYS =
      List.of("garbage", "fd00::1/128", "::g", "1:2:3", "fd00:::1");

  private static final List<String> BAD_CIDRS =
      List.of("10.abcd", "garbage", "10.0.0.0/33", "::/129", "1.2.3", "10.0.0.1/-1", "10.0.0.1/");

  private static final List<String> BAD_ELASTIC_IPS =
      List.of("garbage", "10.0.0.0/8", "1.2.3.4/32", "999.1.1.1", "fd00::/64", "1.2.3");

  private static final List<String> BAD_PORT_NAMES =
      List.of("HTTP", "a--b", "a.b", "123", "-ab", "ab-", "a_b", "Http", "a b", "ab--cd-ef", "1-2");

  private static final List<Protocol> UNSUPPORTED_PROTOCOLS =
      List.of(
          Protocol.of("tcp"),
          Protocol.of("udp"),
          Protocol.of("sctp"),
          Protocol.of("ICMP"),
          Protocol.of("ICMPv6"),
          Protocol.of("UDPLite"),
          Protocol.of(1),
          Protocol.of(58),
          Protocol.of(255),
          Protocol.of("foo"));

  private static final List<String> BAD_HOST_IPS =
      List.of("999.999.999.999", "garbage", "10.0.0.1/8", "fd00::1/64", "10.0.0.0/33", "1.2.3");

  private static final List<String> BAD_DSCPS = List.of("AF44", "CS7", "XX", "AF10");

  private static final List<Mutation> ALL = buildAll();

  private static final List<Mutation> WARNINGS =
      List.of(
          Mutation.of("spec.ports[j].name duplicate", Mutations::duplicatePortName),
          Mutation.of("spec.qosControls.<limit> out of range", Mutations::qosOutOfRange),
          Mutation.of("spec.qosControls.dscp invalid", Mutations::dscpInvalid));

  private Mutations() {}

  /**
   * The error-making mutations: each leaves exactly one error and no warning.
   *
   * @return an unmodifiable list
   */
  public static List<Mutation> all() {
    return ALL;
  }

  /**
   * The warning-making mutations: each leaves no error and exactly one warning (a duplicate port
   * name, a QoS limit or DSCP outside its documented range).
   *
   * @return an unmodifiable list
   */
  public static List<Mutation> warningMutations() {
    return WARNINGS;
  }

  private static List<Mutation> buildAll() {
    List<Mutation> out = new ArrayList<>();
    out.add(Mutation.of("metadata.name too long", Mutations::nameTooLong));
    out.add(Mutation.of("metadata.name invalid", Mutations::nameInvalid));
    out.add(Mutation.of("metadata.labels key invalid", Mutations::labelKeyInvalid));
    out.add(Mutation.of("metadata.labels value too long", Mutations::labelValueTooLong));
    out.add(Mutation.of("metadata.labels value invalid", Mutations::labelValueInvalid));
    out.add(Mutation.of("metadata.annotations key invalid", Mutations::annotationKeyInvalid));
    out.add(Mutation.of("metadata.annotations too large", Mutations::annotationsTooLarge));
    for (String field :
        List.of("orchestrator", "workload", "node", "pod", "endpoint", "serviceAccountName")) {
      out.add(Mutation.of("spec." + field + " invalid", (wep, ctx) -> specName(wep, ctx, field)));
    }
    out.add(Mutation.of("spec.profiles[i] invalid", Mutations::profileInvalid));
    out.add(Mutation.of("spec.containerID invalid", Mutations::containerIdInvalid));
    out.add(Mutation.of("spec.interfaceName empty", Mutations::interfaceEmpty));
    out.add(Mutation.of("spec.interfaceName too long", Mutations::interfaceTooLong));
    out.add(Mutation.of("spec.interfaceName invalid", Mutations::interfaceInvalid));
    out.add(Mutation.of("spec.mac invalid", Mutations::macInvalid));
    out.add(Mutation.of("spec.ipNetworks[i] unparsable", Mutations::networkUnparsable));
    out.add(Mutation.of("spec.ipNetworks[i] host bits set", Mutations::networkHostBits));
    out.add(Mutation.of("spec.ipNetworks[i] several addresses", Mutations::networkNotSingle));
    out.add(Mutation.of("spec.ipNATs[i].internalIP not an IP", Mutations::natInternalGarbage));
    out.add(Mutation.of("spec.ipNATs[i].externalIP not an IP", Mutations::natExternalGarbage));
    out.add(Mutation.of("spec.ipNATs[i] families differ", Mutations::natFamiliesDiffer));
    out.add(Mutation.of("spec.ipNATs[i].internalIP outside networks", Mutations::natUncovered));
    out.add(Mutation.of("spec.ipv4Gateway IPv6", Mutations::gateway4IsV6));
    out.add(Mutation.of("spec.ipv4Gateway not an IP", Mutations::gateway4Garbage));
    out.add(Mutation.of("spec.ipv6Gateway IPv4", Mutations::gateway6IsV4));
    out.add(Mutation.of("spec.ipv6Gateway not an IP", Mutations::gateway6Garbage));
    out.add(Mutation.of("spec.allowSpoofedSourcePrefixes[i] invalid", Mutations::spoofInvalid));
    out.add(Mutation.of("spec.awsElasticIPs[i] invalid", Mutations::elasticIpInvalid));
    out.add(Mutation.of("spec.ports[i].port zero", Mutations::portZero));
    out.add(Mutation.of("spec.ports[i].name invalid", Mutations::portNameInvalid));
    out.add(Mutation.of("spec.ports[i].name too long", Mutations::portNameTooLong));
    out.add(Mutation.of("spec.ports[i].name missing", Mutations::portNameMissing));
    out.add(Mutation.of("spec.ports[i].protocol missing", Mutations::protocolMissing));
    out.add(Mutation.of("spec.ports[i].protocol not supported", Mutations::protocolUnsupported));
    out.add(Mutation.of("spec.ports[i].hostIP invalid", Mutations::hostIpInvalid));
    return List.copyOf(out);
  }

  // ---- metadata --------------------------------------------------------------------------------

  private static MutatedEndpoint nameTooLong(WorkloadEndpoint wep, GenContext ctx) {
    int target = ctx.between(254, 320);
    StringBuilder name = new StringBuilder(Generators.random(ctx, Generators.LOWER_ALNUM, 63));
    while (name.length() < target) {
      name.append('.').append(Generators.random(ctx, Generators.LOWER_ALNUM, ctx.between(1, 63)));
    }
    return result(
        "metadata.name too long",
        wep.withName(name.toString()),
        "metadata.name",
        MutatedEndpoint.TOO_LONG);
  }

  private static MutatedEndpoint nameInvalid(WorkloadEndpoint wep, GenContext ctx) {
    String name = wep.metadata().name().isEmpty() ? "x" : wep.metadata().name();
    // Every change keeps the length, so the name stays within 253 and only its form is wrong.
    char[] chars = name.toCharArray();
    int last = chars.length - 1;
    switch (ctx.nextInt(6)) {
      case 0:
        chars[ctx.nextInt(chars.length)] = (char) ('A' + ctx.nextInt(26));
        break;
      case 1:
        chars[ctx.nextInt(chars.length)] = '_';
        break;
      case 2:
        chars[0] = '-';
        break;
      case 3:
        chars[last] = '-';
        break;
      case 4:
        chars[last] = '.';
        break;
      default:
        chars[ctx.nextInt(chars.length)] = ctx.choose(' ', '/', ':', '@');
        break;
    }
    return result(
        "metadata.name invalid",
        wep.withName(new String(chars)),
        "metadata.name",
        MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint labelKeyInvalid(WorkloadEndpoint wep, GenContext ctx) {
    String key = ctx.choose(BAD_LABEL_KEYS);
    Map<String, String> labels = new LinkedHashMap<>(wep.metadata().labels());
    labels.put(key, Generators.labelValues().generate(ctx));
    return result(
        "metadata.labels key invalid",
        withLabels(wep, labels),
        "metadata.labels[" + key + "]",
        MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint labelValueTooLong(WorkloadEndpoint wep, GenContext ctx) {
    String key = labelKeyToChange(wep, ctx);
    Map<String, String> labels = new LinkedHashMap<>(wep.metadata().labels());
    labels.put(key, Generators.qualifiedNamePart(ctx, ctx.between(64, 64 + ctx.size())));
    return result(
        "metadata.labels value too long",
        withLabels(wep, labels),
        "metadata.labels[" + key + "]",
        MutatedEndpoint.TOO_LONG);
  }

  private static MutatedEndpoint labelValueInvalid(WorkloadEndpoint wep, GenContext ctx) {
    String key = labelKeyToChange(wep, ctx);
    Map<String, String> labels = new LinkedHashMap<>(wep.metadata().labels());
    labels.put(key, ctx.choose(BAD_LABEL_VALUES));
    return result(
        "metadata.labels value invalid",
        withLabels(wep, labels),
        "metadata.labels[" + key + "]",
        MutatedEndpoint.INVALID);
  }

  private static String labelKeyToChange(WorkloadEndpoint wep, GenContext ctx) {
    List<String> keys = new ArrayList<>(wep.metadata().labels().keySet());
    if (!keys.isEmpty() && ctx.chance(0.6)) {
      return ctx.choose(keys);
    }
    return Generators.labelKeys().generate(ctx);
  }

  private static MutatedEndpoint annotationKeyInvalid(WorkloadEndpoint wep, GenContext ctx) {
    String key = ctx.choose(BAD_ANNOTATION_KEYS);
    Map<String, String> annotations = new LinkedHashMap<>(wep.metadata().annotations());
    annotations.put(key, Generators.annotationValues().generate(ctx));
    if (annotationBytes(annotations) > ANNOTATIONS_LIMIT) {
      annotations.put(key, ""); // stay under the size limit: one violation only
    }
    return result(
        "metadata.annotations key invalid",
        withAnnotations(wep, annotations),
        "metadata.annotations[" + key + "]",
        MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint annotationsTooLarge(WorkloadEndpoint wep, GenContext ctx) {
    Map<String, String> annotations = new LinkedHashMap<>(wep.metadata().annotations());
    String key = "wepkit.dev/filler";
    while (annotations.containsKey(key)) {
      key += "x";
    }
    long current = annotationBytes(annotations) + key.getBytes(StandardCharsets.UTF_8).length;
    // At least one byte: an endpoint already mutated past the limit stays past it.
    long needed = Math.max(1, ANNOTATIONS_LIMIT + 1 + ctx.between(0, 100) - current);
    StringBuilder value = new StringBuilder();
    if (ctx.nextBoolean()) {
      // Two-byte characters: the limit counts UTF-8 bytes, not characters.
      value.append("\u00e9".repeat((int) (needed / 2)));
      if (needed % 2 == 1) {
        value.append('x');
      }
    } else {
      value.append("x".repeat((int) needed));
    }
    annotations.put(key, value.toString());
    return result(
        "metadata.annotations too large",
        withAnnotations(wep, annotations),
        "metadata.annotations",
        MutatedEndpoint.TOO_LONG);
  }

  private static long annotationBytes(Map<String, String> annotations) {
    long total = 0;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      total += e.getKey().getBytes(StandardCharsets.UTF_8).length;
      total += e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    return total;
  }

  // ---- spec names ------------------------------------------------------------------------------

  private static MutatedEndpoint specName(WorkloadEndpoint wep, GenContext ctx, String field) {
    String bad = ctx.choose(BAD_NAMES);
    WorkloadEndpoint out =
        withSpec(
            wep,
            s -> {
              switch (field) {
                case "orchestrator":
                  return s.withOrchestrator(bad);
                case "workload":
                  return s.withWorkload(bad);
                case "node":
                  return s.withNode(bad);
                case "pod":
                  return s.withPod(bad);
                case "endpoint":
                  return s.withEndpoint(bad);
                default:
                  return s.withServiceAccountName(bad);
              }
            });
    return result("spec." + field + " invalid", out, "spec." + field, MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint profileInvalid(WorkloadEndpoint wep, GenContext ctx) {
    List<String> profiles = new ArrayList<>(wep.spec().profiles());
    int index =
        replaceOrAppend(
            ctx,
            profiles,
            ctx.choose(
                List.of(
                    ".fun", "Profile1", "kns.Bad_Ns", "ksa.ns.-sa", "a..b", "sp ace", "trail-")));
    return result(
        "spec.profiles[i] invalid",
        withSpec(wep, s -> s.withProfiles(profiles)),
        "spec.profiles[" + index + "]",
        MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint containerIdInvalid(WorkloadEndpoint wep, GenContext ctx) {
    String bad = ctx.choose(BAD_CONTAINER_IDS);
    return result(
        "spec.containerID invalid",
        withSpec(wep, s -> s.withContainerID(bad)),
        "spec.containerID",
        MutatedEndpoint.INVALID);
  }

  // ---- interface and MAC -----------------------------------------------------------------------

  private static MutatedEndpoint interfaceEmpty(WorkloadEndpoint wep, GenContext ctx) {
    return result(
        "spec.interfaceName empty",
        withSpec(wep, s -> s.withInterfaceName("")),
        "spec.interfaceName",
        MutatedEndpoint.REQUIRED);
  }

  private static MutatedEndpoint interfaceTooLong(WorkloadEndpoint wep, GenContext ctx) {
    String name =
        ctx.chance(0.2)
            ? "interfaceTooLong"
            : Generators.random(ctx, Generators.ALNUM + "_.-", ctx.between(16, 40));
    return result(
        "spec.interfaceName too long",
        withSpec(wep, s -> s.withInterfaceName(name)),
        "spec.interfaceName",
        MutatedEndpoint.TOO_LONG);
  }

  private static MutatedEndpoint interfaceInvalid(WorkloadEndpoint wep, GenContext ctx) {
    String name = ctx.choose(BAD_INTERFACE_NAMES);
    return result(
        "spec.interfaceName invalid",
        withSpec(wep, s -> s.withInterfaceName(name)),
        "spec.interfaceName",
        MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint macInvalid(WorkloadEndpoint wep, GenContext ctx) {
    String mac;
    if (ctx.chance(0.5)) {
      mac = ctx.choose(BAD_MACS);
    } else {
      // A valid colon MAC with one separator switched: Go wants one separator throughout.
      char[] chars = Generators.random(ctx, Generators.HEX, 12).toCharArray();
      StringBuilder out = new StringBuilder();
      int odd = ctx.between(1, 5);
      for (int i = 0; i < 6; i++) {
        if (i > 0) {
          out.append(i == odd ? '-' : ':');
        }
        out.append(chars, 2 * i, 2);
      }
      mac = out.toString();
    }
    String bad = mac;
    return result(
        "spec.mac invalid",
        withSpec(wep, s -> s.withMac(bad)),
        "spec.mac",
        MutatedEndpoint.INVALID);
  }

  // ---- networks and NATs -----------------------------------------------------------------------

  private static MutatedEndpoint networkUnparsable(WorkloadEndpoint wep, GenContext ctx) {
    return badNetwork(wep, ctx, "spec.ipNetworks[i] unparsable", ctx.choose(UNPARSABLE_NETWORKS));
  }

  private static MutatedEndpoint networkHostBits(WorkloadEndpoint wep, GenContext ctx) {
    byte[] ip = ctx.nextBoolean() ? Generators.ipv4Bytes(ctx) : Generators.ipv6Bytes(ctx);
    int bits = ip.length * 8;
    ip[ip.length - 1] |= 1; // the last bit is a host bit for every prefix shorter than the address
    String text = Generators.format(ctx, ip) + "/" + ctx.between(0, bits - 1);
    return badNetwork(wep, ctx, "spec.ipNetworks[i] host bits set", text);
  }

  private static MutatedEndpoint networkNotSingle(WorkloadEndpoint wep, GenContext ctx) {
    byte[] ip = ctx.nextBoolean() ? Generators.ipv4Bytes(ctx) : Generators.ipv6Bytes(ctx);
    int prefix = ctx.between(0, ip.length * 8 - 1);
    String text = Generators.format(ctx, GoNet.mask(ip, prefix)) + "/" + prefix;
    return badNetwork(wep, ctx, "spec.ipNetworks[i] several addresses", text);
  }

  /** Replaces a network no NAT needs, or adds one, so that no NAT loses its network. */
  private static MutatedEndpoint badNetwork(
      WorkloadEndpoint wep, GenContext ctx, String mutation, String bad) {
    List<String> networks = new ArrayList<>(wep.spec().ipNetworks());
    List<Integer> spare = new ArrayList<>();
    for (int i = 0; i < networks.size(); i++) {
      List<String> rest = new ArrayList<>(networks);
      rest.remove(i);
      if (natsCovered(wep.spec().ipNATs(), rest)) {
        spare.add(i);
      }
    }
    int index;
    if (!spare.isEmpty() && ctx.nextBoolean()) {
      index = ctx.choose(spare);
      networks.set(index, bad);
    } else {
      index = networks.size();
      networks.add(bad);
    }
    return result(
        mutation,
        withSpec(wep, s -> s.withIpNetworks(networks)),
        "spec.ipNetworks[" + index + "]",
        MutatedEndpoint.INVALID);
  }

  private static boolean natsCovered(List<IPNAT> nats, List<String> networks) {
    for (IPNAT nat : nats) {
      byte[] ip = GoNet.parseIp(nat.internalIP());
      if (ip != null && !Ips.anyContains(networks, ip)) {
        return false;
      }
    }
    return true;
  }

  private static MutatedEndpoint natInternalGarbage(WorkloadEndpoint wep, GenContext ctx) {
    String bad = ctx.choose(BAD_IPS);
    return changeNat(
        wep,
        ctx,
        "spec.ipNATs[i].internalIP not an IP",
        "internalIP",
        nat -> IPNAT.of(sameFamily(bad, nat.externalIP()), nat.externalIP()));
  }

  private static MutatedEndpoint natExternalGarbage(WorkloadEndpoint wep, GenContext ctx) {
    String bad = ctx.choose(BAD_IPS);
    return changeNat(
        wep,
        ctx,
        "spec.ipNATs[i].externalIP not an IP",
        "externalIP",
        nat -> IPNAT.of(nat.internalIP(), sameFamily(bad, nat.internalIP())));
  }

  /**
   * Calico parses NAT addresses with ParseCIDROrIP, so a CIDR still has an IP version and a CIDR of
   * the other family would add a second violation (mismatched versions). Keep CIDRs in the family
   * of the other address so that the mutation stays a single violation.
   */
  private static String sameFamily(String bad, String other) {
    if (bad.indexOf('/') < 0) {
      return bad;
    }
    return other.indexOf(':') >= 0 ? "fd00::1/128" : "10.0.0.1/32";
  }

  private static MutatedEndpoint natFamiliesDiffer(WorkloadEndpoint wep, GenContext ctx) {
    return changeNat(
        wep,
        ctx,
        "spec.ipNATs[i] families differ",
        "externalIP",
        nat -> {
          boolean v4 = GoNet.isIPv4(GoNet.parseIp(nat.internalIP()));
          byte[] other = v4 ? Generators.ipv6Bytes(ctx) : Generators.ipv4Bytes(ctx);
          return IPNAT.of(nat.internalIP(), Generators.format(ctx, other));
        });
  }

  private static MutatedEndpoint natUncovered(WorkloadEndpoint wep, GenContext ctx) {
    // The networks of the endpoint as changeNat will see it: it may add a network for a new NAT.
    WorkloadEndpoint base = withParsableNat(wep, ctx);
    List<String> networks = base.spec().ipNetworks();
    return changeNat(
        base,
        ctx,
        "spec.ipNATs[i].internalIP outside networks",
        "internalIP",
        nat -> {
          boolean v4 = GoNet.isIPv4(GoNet.parseIp(nat.externalIP()));
          // Random draws almost always land outside single-address networks; the bound matters
          // when an earlier mutation (invalidEndpoints chains them) widened a network, perhaps to
          // 0.0.0.0/0, so that no draw can succeed.
          for (int attempt = 0; attempt < 32; attempt++) {
            byte[] ip = v4 ? Generators.ipv4Bytes(ctx) : Generators.ipv6Bytes(ctx);
            if (!Ips.anyContains(networks, ip)) {
              return IPNAT.of(Generators.format(ctx, ip), nat.externalIP());
            }
          }
          byte[] ip = Ips.firstUncovered(networks, v4);
          if (ip != null) {
            return IPNAT.of(Generators.format(ctx, ip), nat.externalIP());
          }
          // The whole family is covered, which only an earlier mutation can do: move the NAT to
          // the other family, and leave it as it is if that is covered too.
          byte[] other = Ips.firstUncovered(networks, !v4);
          if (other == null) {
            return nat;
          }
          byte[] external = v4 ? Generators.ipv6Bytes(ctx) : Generators.ipv4Bytes(ctx);
          return IPNAT.of(Generators.format(ctx, other), Generators.format(ctx, external));
        });
  }

  /**
   * Changes one NAT whose addresses both parse (adding a NAT, and a network for it, when there is
   * none) and expects the violation at {@code field} of that NAT.
   */
  private static MutatedEndpoint changeNat(
      WorkloadEndpoint wep,
      GenContext ctx,
      String mutation,
      String field,
      UnaryOperator<IPNAT> change) {
    WorkloadEndpoint base = withParsableNat(wep, ctx);
    List<IPNAT> nats = new ArrayList<>(base.spec().ipNATs());
    List<Integer> usable = new ArrayList<>();
    for (int i = 0; i < nats.size(); i++) {
      if (GoNet.parseIp(nats.get(i).internalIP()) != null
          && GoNet.parseIp(nats.get(i).externalIP()) != null) {
        usable.add(i);
      }
    }
    int index = ctx.choose(usable);
    nats.set(index, change.apply(nats.get(index)));
    return result(
        mutation,
        withSpec(base, s -> s.withIpNATs(nats)),
        "spec.ipNATs[" + index + "]." + field,
        MutatedEndpoint.INVALID);
  }

  private static WorkloadEndpoint withParsableNat(WorkloadEndpoint wep, GenContext ctx) {
    for (IPNAT nat : wep.spec().ipNATs()) {
      if (GoNet.parseIp(nat.internalIP()) != null && GoNet.parseIp(nat.externalIP()) != null) {
        return wep;
      }
    }
    // Use a network the endpoint has, or add one, and map a fresh external address to it.
    byte[] internal = null;
    for (String network : wep.spec().ipNetworks()) {
      GoNetwork parsed = GoNetwork.cidrOrIpOrNull(network);
      if (parsed != null && !parsed.isEmpty() && parsed.isSingleAddress()) {
        // The 4-byte form for IPv4, which the formatting below prints as IPv4.
        internal = parsed.isIPv4() ? GoNet.to4(parsed.address()) : parsed.address();
        break;
      }
    }
    WorkloadEndpoint base = wep;
    if (internal == null) {
      byte[] fresh = ctx.nextBoolean() ? Generators.ipv4Bytes(ctx) : Generators.ipv6Bytes(ctx);
      String network = Generators.singleNetwork(ctx, fresh);
      base = withSpec(base, s -> s.withIpNetworks(append(s.ipNetworks(), network)));
      internal = fresh;
    }
    byte[] external = internal.length == 4 ? Generators.ipv4Bytes(ctx) : Generators.ipv6Bytes(ctx);
    IPNAT nat = IPNAT.of(Generators.format(ctx, internal), Generators.format(ctx, external));
    return withSpec(base, s -> s.withIpNATs(append(s.ipNATs(), nat)));
  }

  // ---- gateways, prefixes, elastic IPs ---------------------------------------------------------

  private static MutatedEndpoint gateway4IsV6(WorkloadEndpoint wep, GenContext ctx) {
    String v6 = Generators.ipv6Addresses().generate(ctx);
    return result(
        "spec.ipv4Gateway IPv6",
        withSpec(wep, s -> s.withIpv4Gateway(v6)),
        "spec.ipv4Gateway",
        MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint gateway4Garbage(WorkloadEndpoint wep, GenContext ctx) {
    String bad = ctx.choose(BAD_V4_GATEWAYS);
    return result(
        "spec.ipv4Gateway not an IP",
        withSpec(wep, s -> s.withIpv4Gateway(bad)),
        "spec.ipv4Gateway",
        MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint gateway6IsV4(WorkloadEndpoint wep, GenContext ctx) {
    String v4 = Generators.ipv4Addresses().generate(ctx);
    // Go's To4() turns an IPv4-mapped address into IPv4, so it is no IPv6 gateway either.
    String bad = ctx.nextBoolean() ? v4 : ctx.choose("::ffff:", "::FFFF:") + v4;
    return result(
        "spec.ipv6Gateway IPv4",
        withSpec(wep, s -> s.withIpv6Gateway(bad)),
        "spec.ipv6Gateway",
        MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint gateway6Garbage(WorkloadEndpoint wep, GenContext ctx) {
    String bad = ctx.choose(BAD_V6_GATEWAYS);
    return result(
        "spec.ipv6Gateway not an IP",
        withSpec(wep, s -> s.withIpv6Gateway(bad)),
        "spec.ipv6Gateway",
        MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint spoofInvalid(WorkloadEndpoint wep, GenContext ctx) {
    List<String> prefixes = new ArrayList<>(wep.spec().allowSpoofedSourcePrefixes());
    int index = replaceOrAppend(ctx, prefixes, ctx.choose(BAD_CIDRS));
    return result(
        "spec.allowSpoofedSourcePrefixes[i] invalid",
        withSpec(wep, s -> s.withAllowSpoofedSourcePrefixes(prefixes)),
        "spec.allowSpoofedSourcePrefixes[" + index + "]",
        MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint elasticIpInvalid(WorkloadEndpoint wep, GenContext ctx) {
    List<String> ips = new ArrayList<>(wep.spec().awsElasticIPs());
    int index = replaceOrAppend(ctx, ips, ctx.choose(BAD_ELASTIC_IPS));
    return result(
        "spec.awsElasticIPs[i] invalid",
        withSpec(wep, s -> s.withAwsElasticIPs(ips)),
        "spec.awsElasticIPs[" + index + "]",
        MutatedEndpoint.INVALID);
  }

  // ---- ports -----------------------------------------------------------------------------------

  private static MutatedEndpoint portZero(WorkloadEndpoint wep, GenContext ctx) {
    return changePort(
        wep, ctx, "spec.ports[i].port zero", "port", MutatedEndpoint.REQUIRED, p -> p.withPort(0));
  }

  private static MutatedEndpoint portNameInvalid(WorkloadEndpoint wep, GenContext ctx) {
    String bad = ctx.choose(BAD_PORT_NAMES);
    return changePort(
        wep,
        ctx,
        "spec.ports[i].name invalid",
        "name",
        MutatedEndpoint.INVALID,
        p -> p.withName(bad));
  }

  private static MutatedEndpoint portNameTooLong(WorkloadEndpoint wep, GenContext ctx) {
    String name = Generators.portNameOfLength(ctx, ctx.between(16, 30));
    return changePort(
        wep,
        ctx,
        "spec.ports[i].name too long",
        "name",
        MutatedEndpoint.TOO_LONG,
        p -> p.withName(name));
  }

  private static MutatedEndpoint portNameMissing(WorkloadEndpoint wep, GenContext ctx) {
    return changePort(
        wep,
        ctx,
        "spec.ports[i].name missing",
        "name",
        MutatedEndpoint.REQUIRED,
        p -> p.withName("").withHostPort(0));
  }

  private static MutatedEndpoint protocolMissing(WorkloadEndpoint wep, GenContext ctx) {
    return changePort(
        wep,
        ctx,
        "spec.ports[i].protocol missing",
        "protocol",
        MutatedEndpoint.REQUIRED,
        p -> p.withProtocol(Protocol.NONE));
  }

  private static MutatedEndpoint protocolUnsupported(WorkloadEndpoint wep, GenContext ctx) {
    Protocol bad = ctx.choose(UNSUPPORTED_PROTOCOLS);
    return changePort(
        wep,
        ctx,
        "spec.ports[i].protocol not supported",
        "protocol",
        MutatedEndpoint.NOT_SUPPORTED,
        p -> p.withProtocol(bad));
  }

  private static MutatedEndpoint hostIpInvalid(WorkloadEndpoint wep, GenContext ctx) {
    String bad = ctx.choose(BAD_HOST_IPS);
    return changePort(
        wep,
        ctx,
        "spec.ports[i].hostIP invalid",
        "hostIP",
        MutatedEndpoint.INVALID,
        p -> p.withHostIP(bad));
  }

  private static MutatedEndpoint changePort(
      WorkloadEndpoint wep,
      GenContext ctx,
      String mutation,
      String field,
      String type,
      UnaryOperator<ImmutableWorkloadEndpointPort> change) {
    List<WorkloadEndpointPort> ports = new ArrayList<>(wep.spec().ports());
    if (ports.isEmpty()) {
      ports.add(WorkloadEndpointGenerators.port(ctx, Generators.portName(ctx)));
    }
    int index = ctx.nextInt(ports.size());
    ports.set(index, change.apply(ImmutableWorkloadEndpointPort.copyOf(ports.get(index))));
    return result(
        mutation,
        withSpec(wep, s -> s.withPorts(ports)),
        "spec.ports[" + index + "]." + field,
        type);
  }

  // ---- warnings --------------------------------------------------------------------------------

  private static MutatedEndpoint duplicatePortName(WorkloadEndpoint wep, GenContext ctx) {
    List<WorkloadEndpointPort> ports = new ArrayList<>(wep.spec().ports());
    List<String> names = new ArrayList<>();
    for (WorkloadEndpointPort port : ports) {
      if (!port.name().isEmpty()) {
        names.add(port.name());
      }
    }
    if (names.isEmpty()) {
      String name = Generators.portName(ctx);
      ports.add(WorkloadEndpointGenerators.port(ctx, name));
      names.add(name);
    }
    // The later of two ports with one name is the duplicate.
    ports.add(WorkloadEndpointGenerators.port(ctx, ctx.choose(names)));
    int index = ports.size() - 1;
    return result(
        "spec.ports[j].name duplicate",
        withSpec(wep, s -> s.withPorts(ports)),
        "spec.ports[" + index + "].name",
        MutatedEndpoint.DUPLICATE);
  }

  private static MutatedEndpoint qosOutOfRange(WorkloadEndpoint wep, GenContext ctx) {
    QoSLimit limit = ctx.choose(QOS_LIMITS);
    long value = outOfRange(ctx, limit);
    QoSControls qos = wep.spec().qosControls().orElse(QoSControls.builder().build());
    ImmutableQoSControls changed = limit.set(QoSControls.builder().from(qos), value).build();
    return result(
        "spec.qosControls.<limit> out of range",
        withSpec(wep, s -> s.withQosControls(changed)),
        "spec.qosControls." + limit.wireName(),
        MutatedEndpoint.INVALID);
  }

  private static MutatedEndpoint dscpInvalid(WorkloadEndpoint wep, GenContext ctx) {
    Dscp bad = ctx.nextBoolean() ? Dscp.of(ctx.between(64, 255)) : Dscp.of(ctx.choose(BAD_DSCPS));
    ImmutableQoSControls qos =
        ImmutableQoSControls.copyOf(wep.spec().qosControls().orElse(QoSControls.builder().build()))
            .withDscp(bad);
    return result(
        "spec.qosControls.dscp invalid",
        withSpec(wep, s -> s.withQosControls(qos)),
        "spec.qosControls.dscp",
        MutatedEndpoint.INVALID);
  }

  /**
   * A value outside the limit's documented range, never 0, which means unset: a negative number, a
   * value just past either end, or one spread over the orders of magnitude past the ends. There is
   * no value below a range that starts at 1.
   */
  private static long outOfRange(GenContext ctx, QoSLimit limit) {
    if (ctx.chance(0.15)) {
      return -ctx.between(1L, 1_000_000L);
    }
    if (limit.min() > 1 && ctx.nextBoolean()) {
      return ctx.chance(0.2) ? limit.min() - 1 : ctx.between(1L, limit.min() - 1);
    }
    long max = limit.max();
    if (ctx.chance(0.2)) {
      return max + 1;
    }
    long top = max > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : max * 1000;
    return ctx.between(max + 1, top);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static MutatedEndpoint result(
      String mutation, WorkloadEndpoint endpoint, String path, String type) {
    return MutatedEndpoint.of(mutation, endpoint, path, type);
  }

  private static WorkloadEndpoint withSpec(
      WorkloadEndpoint wep, UnaryOperator<ImmutableWorkloadEndpointSpec> change) {
    WorkloadEndpointSpec spec = change.apply(ImmutableWorkloadEndpointSpec.copyOf(wep.spec()));
    return ImmutableWorkloadEndpoint.copyOf(wep).withSpec(spec);
  }

  private static WorkloadEndpoint withLabels(WorkloadEndpoint wep, Map<String, String> labels) {
    return ImmutableWorkloadEndpoint.copyOf(wep)
        .withMetadata(ImmutableObjectMeta.copyOf(wep.metadata()).withLabels(labels));
  }

  private static WorkloadEndpoint withAnnotations(
      WorkloadEndpoint wep, Map<String, String> annotations) {
    return ImmutableWorkloadEndpoint.copyOf(wep)
        .withMetadata(ImmutableObjectMeta.copyOf(wep.metadata()).withAnnotations(annotations));
  }

  /** Replaces a random element or appends, and returns the index of the new element. */
  private static int replaceOrAppend(GenContext ctx, List<String> list, String value) {
    if (!list.isEmpty() && ctx.nextBoolean()) {
      int index = ctx.nextInt(list.size());
      list.set(index, value);
      return index;
    }
    list.add(value);
    return list.size() - 1;
  }

  private static <T> List<T> append(List<T> list, T value) {
    List<T> out = new ArrayList<>(list);
    out.add(value);
    return out;
  }
}
