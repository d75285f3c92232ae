// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import dev.wepkit.Dscp;
import dev.wepkit.ImmutableQoSControls;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.QoSLimit;
import dev.wepkit.internal.GoNet;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.testing.internal.Ips;
import java.util.List;
import java.util.Locale;

/**
 * Generators of single Calico values, each producing only values Calico accepts for the field named
 * (calico-model §1b): DNS-1123 names, IP addresses and CIDRs, MACs, port names and protocols, label
 * keys and values, annotation keys, interface names, container IDs, name identifiers and QoS
 * controls within their documented ranges.
 *
 * <p>Values cover the corners Calico allows (IPv6 in canonical and uncompressed forms, MACs of 6, 8
 * and 20 octets in all three notations, label values that YAML 1.1 would misread, the interface
 * name {@code *}) and grow with the context's size.
 *
 * <pre>{@code
 * GenContext ctx = GenContext.of(7L);
 * String mac = Generators.macs().generate(ctx);          // e.g. "CA-fe-1D-52-bb-E9"
 * String net = Generators.singleAddressNetworks().generate(ctx);  // e.g. "2001:db8::1/128"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Generators {
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String LOWER_ALNUM = LOWER + DIGITS;
  static final String ALNUM = LOWER + LOWER.toUpperCase(Locale.ROOT) + DIGITS;
  static final String HEX = "0123456789abcdef";

  /** Label values that YAML 1.1 readers turn into booleans, numbers or null. */
  static final List<String> YAML_TRAPS =
      List.of(
          "on",
          "off",
          "yes",
          "no",
          "y",
          "n",
          "true",
          "False",
          "null",
          "0755",
          "1e5",
          "0x1F",
          "12_34",
          "1.0",
          "007",
          "123456789012345678901234567890");

  private static final List<String> WORDS =
      List.of(
          "frontend",
          "backend",
          "nginx",
          "redis",
          "web",
          "api",
          "db",
          "worker",
          "node",
          "default",
          "kube-system",
          "calico",
          "prod",
          "staging",
          "metrics",
          "cache",
          "app");

  private static final List<String> DSCP_NAMES =
      List.of(
          "DF", "EF", "AF11", "AF12", "AF13", "AF21", "AF22", "AF23", "AF31", "AF32", "AF33",
          "AF41", "AF42", "AF43", "CS0", "CS1", "CS2", "CS3", "CS4", "CS5", "CS6");

  private Generators() {}

  // ---- names -------------------------------------------------------------------------------

  /**
   * DNS-1123 labels: 1 to 63 characters of {@code [a-z0-9-]}, starting and ending with a letter or
   * digit.
   *
   * @return the generator
   */
  public static Gen<String> dns1123Labels() {
    return ctx -> dnsLabel(ctx, 63);
  }

  /**
   * DNS-1123 subdomains, the rule Calico's {@code name} validator applies to spec names and
   * profiles and, with a 253-character limit, to metadata.name: dot-separated labels, at most 253
   * characters.
   *
   * @return the generator
   */
  public static Gen<String> dns1123Names() {
    return ctx -> dnsSubdomain(ctx, 253);
  }

  /**
   * Container IDs Calico accepts: {@code [a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?}, as 64-digit hex,
   * long digit strings (which YAML 1.1 reads as numbers) or mixed-case text with dashes.
   *
   * @return the generator
   */
  public static Gen<String> containerIDs() {
    return ctx -> {
      int kind = ctx.nextInt(10);
      if (kind < 5) {
        return random(ctx, HEX, 64);
      }
      if (kind < 6) {
        return ctx.between(1, 9) + random(ctx, DIGITS, ctx.sized(0, 30));
      }
      return dashed(ctx, ALNUM, ctx.sized(1, 80), 0.1);
    };
  }

  /**
   * Host-side interface names Calico accepts: {@code cali} with 11 hex digits, other names of up to
   * 15 characters of {@code [a-zA-Z0-9_.-]}, and rarely the literal {@code *}.
   *
   * @return the generator
   */
  public static Gen<String> interfaceNames() {
    return ctx -> {
      int kind = ctx.nextInt(100);
      if (kind < 2) {
        return "*";
      }
      if (kind < 50) {
        return "cali" + random(ctx, HEX, 11);
      }
      if (kind < 60) {
        return ctx.choose("eth0", "tap1234abcd-ef", "Valid_Iface.0-9", "veth0", "-", "_", ".");
      }
      return random(ctx, ALNUM + "_.-", ctx.chance(0.1) ? 15 : ctx.sized(1, 15));
    };
  }

  /**
   * Identifiers from which a name can be derived (every segment of the orchestrator's layout set,
   * none starting or ending with {@code -}), using the wide alphabet the name helpers allow: upper
   * case, dots, underscores and runs of inner dashes. Fields outside the layout are sometimes set
   * too, since they must not change the name.
   *
   * @return the generator
   */
  public static Gen<WorkloadEndpointIdentifiers> identifiers() {
    return ctx -> {
      String orchestrator =
          ctx.chance(0.7) ? ctx.choose("k8s", "cni", "libnetwork", "openstack") : segment(ctx);
      return WorkloadEndpointIdentifiers.builder()
          .node(segment(ctx))
          .orchestrator(orchestrator)
          .pod(optionalSegment(ctx, orchestrator.equals("k8s")))
          .containerID(optionalSegment(ctx, orchestrator.equals("cni")))
          .workload(
              optionalSegment(
                  ctx,
                  !orchestrator.equals("k8s")
                      && !orchestrator.equals("cni")
                      && !orchestrator.equals("libnetwork")))
          .endpoint(segment(ctx))
          .build();
    };
  }

  // ---- addresses -----------------------------------------------------------------------------

  /**
   * IPv4 addresses in dotted decimal without leading zeros, from private ranges, edge values and
   * the whole space.
   *
   * @return the generator
   */
  public static Gen<String> ipv4Addresses() {
    return ctx -> GoNet.ipString(ipv4Bytes(ctx));
  }

  /**
   * IPv6 addresses in any form Go accepts: canonical, upper case, or eight groups with and without
   * leading zeros. Never IPv4-mapped, which Calico treats as IPv4.
   *
   * @return the generator
   */
  public static Gen<String> ipv6Addresses() {
    return ctx -> formatV6(ctx, ipv6Bytes(ctx));
  }

  /**
   * IPv4 or IPv6 addresses (see {@link #ipv4Addresses()} and {@link #ipv6Addresses()}).
   *
   * @return the generator
   */
  public static Gen<String> ipAddresses() {
    return ctx -> ctx.chance(0.6) ? ipv4Addresses().generate(ctx) : ipv6Addresses().generate(ctx);
  }

  /**
   * Single-address networks as {@code spec.ipNetworks} allows them: a bare IP, {@code a.b.c.d/32}
   * or {@code x::y/128}.
   *
   * @return the generator
   */
  public static Gen<String> singleAddressNetworks() {
    return ctx -> singleNetwork(ctx, ctx.chance(0.6) ? ipv4Bytes(ctx) : ipv6Bytes(ctx));
  }

  /**
   * Strictly masked CIDRs of any prefix length ({@code 10.0.0.0/8}, {@code fd00::/8}, {@code
   * 0.0.0.0/0}): what Calico's {@code net} validator accepts, for example in {@code hostIP}.
   *
   * @return the generator
   */
  public static Gen<String> strictCidrs() {
    return ctx -> {
      byte[] ip = ctx.chance(0.6) ? ipv4Bytes(ctx) : ipv6Bytes(ctx);
      int prefix = prefixLength(ctx, ip.length * 8);
      byte[] masked = GoNet.mask(ip, prefix);
      return format(ctx, masked) + "/" + prefix;
    };
  }

  /**
   * CIDRs of any prefix length whose host bits are usually set ({@code 10.0.0.1/8}), and bare IPs:
   * what Calico's {@code cidr} validator accepts, as in {@code allowSpoofedSourcePrefixes}.
   *
   * @return the generator
   */
  public static Gen<String> cidrsWithHostBits() {
    return ctx -> {
      byte[] ip = ctx.chance(0.6) ? ipv4Bytes(ctx) : ipv6Bytes(ctx);
      if (ctx.chance(0.2)) {
        return format(ctx, ip);
      }
      return format(ctx, ip) + "/" + prefixLength(ctx, ip.length * 8);
    };
  }

  // ---- MACs ------------------------------------------------------------------------------------

  /**
   * MAC addresses Go's {@code net.ParseMAC} accepts: 6, 8 or 20 octets, written {@code aa:bb:..},
   * {@code aa-bb-..} or {@code aabb.ccdd...}, in lower, upper or mixed case, sometimes all digits
   * (which YAML 1.1 reads as a number).
   *
   * @return the generator
   */
  public static Gen<String> macs() {
    return ctx -> {
      int roll = ctx.nextInt(100);
      return mac(ctx, roll < 75 ? 6 : roll < 92 ? 8 : 20);
    };
  }

  /**
   * MAC addresses with this many octets, in any of the three notations.
   *
   * @param octets 6, 8 or 20
   * @return the generator
   * @throws IllegalArgumentException for any other count
   */
  public static Gen<String> macs(int octets) {
    if (octets != 6 && octets != 8 && octets != 20) {
      throw new IllegalArgumentException("a MAC has 6, 8 or 20 octets, not " + octets);
    }
    return ctx -> mac(ctx, octets);
  }

  // ---- ports -----------------------------------------------------------------------------------

  /**
   * Port names Calico accepts (Kubernetes IANA service names): 1 to 15 characters of {@code
   * [a-z0-9-]}, at least one letter, no {@code --}, no dash at either end.
   *
   * @return the generator
   */
  public static Gen<String> portNames() {
    return Generators::portName;
  }

  /**
   * Protocols a WorkloadEndpoint port accepts: {@code TCP}, {@code UDP}, {@code SCTP} and the
   * numbers 6, 17 and 132.
   *
   * @return the generator
   */
  public static Gen<Protocol> portProtocols() {
    return ctx -> {
      int roll = ctx.nextInt(100);
      if (roll < 50) {
        return Protocol.TCP;
      }
      if (roll < 70) {
        return Protocol.UDP;
      }
      if (roll < 80) {
        return Protocol.SCTP;
      }
      return Protocol.of(ctx.choose(6, 17, 132));
    };
  }

  // ---- labels and annotations ----------------------------------------------------------------

  /**
   * Label keys Calico accepts (Kubernetes qualified names): an optional lower-case DNS subdomain
   * prefix and {@code /}, then 1 to 63 characters of {@code [-A-Za-z0-9_.]} starting and ending
   * with a letter or digit.
   *
   * @return the generator
   */
  public static Gen<String> labelKeys() {
    return ctx -> {
      if (ctx.chance(0.2)) {
        return ctx.choose(
            "app",
            "app.kubernetes.io/name",
            "app.kubernetes.io/instance",
            "tier",
            "version",
            "k8s-app",
            "pod-template-hash",
            "projectcalico.org/name",
            "example.com/Mixed_Case.name");
      }
      String name = qualifiedNamePart(ctx);
      if (ctx.chance(0.5)) {
        return name;
      }
      if (ctx.chance(0.02)) {
        return dnsSubdomainOfLength(ctx, 253) + "/" + name; // the longest prefix allowed
      }
      return dnsSubdomain(ctx, ctx.sized(1, 253)) + "/" + name;
    };
  }

  /**
   * Label values Calico accepts: empty, or up to 63 characters of {@code [-A-Za-z0-9_.]} starting
   * and ending with a letter or digit, including words YAML 1.1 misreads ({@code on}, {@code 0755},
   * {@code 1e5}).
   *
   * @return the generator
   */
  public static Gen<String> labelValues() {
    return ctx -> {
      int roll = ctx.nextInt(100);
      if (roll < 10) {
        return "";
      }
      if (roll < 20) {
        return ctx.choose(YAML_TRAPS);
      }
      return qualifiedNamePart(ctx);
    };
  }

  /**
   * Annotation keys Calico accepts: qualified names after lower-casing, so the prefix may have
   * upper case ({@code ProjectCalico.org/Label}).
   *
   * @return the generator
   */
  public static Gen<String> annotationKeys() {
    return ctx -> {
      if (ctx.chance(0.25)) {
        return ctx.choose(
            "cni.projectcalico.org/containerID",
            "cni.projectcalico.org/podIP",
            "cni.projectcalico.org/podIPs",
            "k8s.v1.cni.cncf.io/network-status",
            "kubectl.kubernetes.io/last-applied-configuration",
            "ProjectCalico.org/Label",
            "description");
      }
      String key = labelKeys().generate(ctx);
      return ctx.chance(0.2) ? mixCase(ctx, key) : key;
    };
  }

  /**
   * Annotation values: any text, including empty, Unicode, several lines, JSON and text that YAML
   * 1.1 misreads. Calico checks only their total size.
   *
   * @return the generator
   */
  public static Gen<String> annotationValues() {
    return ctx -> {
      int roll = ctx.nextInt(100);
      if (roll < 10) {
        return "";
      }
      if (roll < 30) {
        return ctx.choose(
            "on",
            "0755",
            "1e5",
            "52:54:00:44:49:56",
            "- item",
            "key: value",
            "# not a comment",
            "'single'",
            "\"double\"",
            " leading space",
            "trailing space ",
            "tab\there",
            "line one\nline two\n",
            "h\u00e9llo w\u00f6rld",
            "\u65e5\u672c\u8a9e",
            "emoji \ud83d\ude00",
            "null",
            "~",
            "[1, 2]",
            "{\"a\": 1}",
            "---",
            "...");
      }
      if (roll < 40) {
        return "[{\"name\":\"k8s-pod-network\",\"ips\":[\""
            + ipv4Addresses().generate(ctx)
            + "\"],\"default\":true}]";
      }
      String alphabet = ALNUM + " .,;:/-_=+!?'\"\u00e9\u00df\u4e2d";
      return random(ctx, alphabet, ctx.chance(0.02) ? ctx.between(500, 4000) : ctx.sized(1, 200));
    };
  }

  // ---- QoS -------------------------------------------------------------------------------------

  /**
   * QoS controls with every set limit inside its documented range ({@link QoSLimit}: bandwidth 1k
   * to 1P, burst 1k to (2^32 - 1) * 8, peak rate 1.01k to 1.01P, minimum burst 1k to 100M, packet
   * rate and burst 1 to 10k, connections 1 to 2^32 - 1), sometimes at an end of it, and an optional
   * valid DSCP.
   *
   * @return the generator
   */
  public static Gen<QoSControls> qosControls() {
    return ctx -> {
      ImmutableQoSControls.Builder b = QoSControls.builder();
      for (QoSLimit limit : QoSLimit.values()) {
        if (ctx.chance(0.35)) {
          limit.set(b, edgeOr(ctx, limit.min(), limit.max()));
        }
      }
      if (ctx.chance(0.3)) {
        b.dscp(dscps().generate(ctx));
      }
      return b.build();
    };
  }

  /**
   * Valid DSCP values: the numbers 0 to 63 and the names DF, EF, AF11 to AF43 and CS0 to CS6.
   *
   * @return the generator
   */
  public static Gen<Dscp> dscps() {
    return ctx -> ctx.nextBoolean() ? Dscp.of(ctx.between(0, 63)) : Dscp.of(ctx.choose(DSCP_NAMES));
  }

  // ---- package-private building blocks -------------------------------------------------------

  static String random(GenContext ctx, String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(ctx.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  /**
   * Text of {@code length} characters from {@code alphabet}, with inner dashes, none at the ends.
   */
  static String dashed(GenContext ctx, String alphabet, int length, double dashChance) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      boolean inner = i > 0 && i < length - 1;
      out.append(
          inner && ctx.chance(dashChance) ? '-' : alphabet.charAt(ctx.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  static String dnsLabel(GenContext ctx, int maxLength) {
    if (ctx.chance(0.2)) {
      String word = ctx.choose(WORDS);
      String suffix =
          ctx.chance(0.5) ? "-" + dashed(ctx, LOWER_ALNUM, ctx.between(1, 10), 0.2) : "";
      String label = word + suffix;
      if (label.length() <= maxLength) {
        return label;
      }
    }
    int length = ctx.chance(0.02) ? maxLength : ctx.sized(1, maxLength);
    return dashed(ctx, LOWER_ALNUM, length, 0.15);
  }

  static String dnsSubdomain(GenContext ctx, int maxLength) {
    StringBuilder out = new StringBuilder(dnsLabel(ctx, Math.min(63, maxLength)));
    int labels = ctx.sized(0, 3);
    for (int i = 0; i < labels && out.length() + 2 <= maxLength; i++) {
      int room = Math.min(63, maxLength - out.length() - 1);
      out.append('.').append(dnsLabel(ctx, room));
    }
    return out.toString();
  }

  /** A DNS-1123 subdomain of exactly {@code length} characters (at least 1). */
  static String dnsSubdomainOfLength(GenContext ctx, int length) {
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      if (out.length() > 0) {
        out.append('.');
      }
      int room = length - out.length();
      // Never leave room for just a dot: a label needs at least one character after it.
      int label = room <= 63 ? room : Math.min(63, room - 2);
      out.append(dashed(ctx, LOWER_ALNUM, label, 0.1));
    }
    return out.toString();
  }

  static String qualifiedNamePart(GenContext ctx) {
    return qualifiedNamePart(ctx, ctx.chance(0.02) ? 63 : ctx.sized(1, 63));
  }

  /** Text of the qualified-name alphabet: letters and digits at the ends, {@code -_.} inside. */
  static String qualifiedNamePart(GenContext ctx, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      boolean inner = i > 0 && i < length - 1;
      out.append(
          inner && ctx.chance(0.15)
              ? "-_.".charAt(ctx.nextInt(3))
              : ALNUM.charAt(ctx.nextInt(ALNUM.length())));
    }
    return out.toString();
  }

  static String portName(GenContext ctx) {
    if (ctx.chance(0.3)) {
      return ctx.choose(
          "http",
          "https",
          "metrics",
          "grpc",
          "dns",
          "dns-tcp",
          "h2c",
          "http-alt",
          "abcdefghijklmno",
          "a1",
          "x");
    }
    return portNameOfLength(ctx, ctx.chance(0.05) ? 15 : ctx.sized(1, 15));
  }

  /** A name with the port-name alphabet and dash rules, of any length (over 15 is too long). */
  static String portNameOfLength(GenContext ctx, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      boolean inner = i > 0 && i < length - 1 && out.charAt(i - 1) != '-';
      out.append(
          inner && ctx.chance(0.15) ? '-' : LOWER_ALNUM.charAt(ctx.nextInt(LOWER_ALNUM.length())));
    }
    // An IANA name needs a letter; put one where there is no dash.
    if (out.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
      int i;
      do {
        i = ctx.nextInt(length);
      } while (out.charAt(i) == '-');
      out.setCharAt(i, LOWER.charAt(ctx.nextInt(LOWER.length())));
    }
    return out.toString();
  }

  static String mixCase(GenContext ctx, String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(ctx.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  static byte[] ipv4Bytes(GenContext ctx) {
    byte[] ip = new byte[4];
    int roll = ctx.nextInt(100);
    if (roll < 5) {
      return ctx.choose(
          new byte[] {0, 0, 0, 0}, new byte[] {-1, -1, -1, -1}, new byte[] {127, 0, 0, 1});
    }
    for (int i = 0; i < 4; i++) {
      ip[i] = (byte) ctx.nextInt(256);
    }
    if (roll < 20) {
      ip[0] = 10;
    } else if (roll < 30) {
      ip[0] = (byte) 192;
      ip[1] = (byte) 168;
    } else if (roll < 35) {
      ip[0] = (byte) 172;
      ip[1] = (byte) ctx.between(16, 31);
    }
    return ip;
  }

  static byte[] ipv6Bytes(GenContext ctx) {
    byte[] ip = new byte[16];
    int roll = ctx.nextInt(100);
    if (roll < 3) {
      byte[] edge = new byte[16];
      if (ctx.nextBoolean()) {
        edge[15] = 1;
      }
      return edge;
    }
    // Zero groups come in runs so that "::" compression is exercised.
    double zero = ctx.choose(0.0, 0.3, 0.7);
    for (int g = 0; g < 8; g++) {
      if (!ctx.chance(zero)) {
        int value = ctx.nextInt(0x10000);
        ip[2 * g] = (byte) (value >> 8);
        ip[2 * g + 1] = (byte) value;
      }
    }
    if (roll < 30) {
      ip[0] = 0x20;
      ip[1] = 0x01;
      ip[2] = 0x0d;
      ip[3] = (byte) 0xb8;
    } else if (roll < 50) {
      ip[0] = (byte) 0xfd;
    } else if (roll < 55) {
      ip[0] = (byte) 0xfe;
      ip[1] = (byte) 0x80;
    }
    if (GoNet.isMapped(ip)) {
      ip[0] = 0x20; // Calico reads ::ffff:a.b.c.d as IPv4: keep IPv6 generators IPv6
    }
    return ip;
  }

  static String formatV6(GenContext ctx, byte[] ip) {
    int roll = ctx.nextInt(100);
    if (roll < 55) {
      return GoNet.ipString(ip);
    }
    if (roll < 65) {
      return Ips.upper(GoNet.ipString(ip));
    }
    return Ips.formatV6Full(ip, roll < 85);
  }

  static String format(GenContext ctx, byte[] ip) {
    return ip.length == 4 ? GoNet.ipString(ip) : formatV6(ctx, ip);
  }

  static String singleNetwork(GenContext ctx, byte[] ip) {
    String text = format(ctx, ip);
    return ctx.chance(0.3) ? text : text + "/" + ip.length * 8;
  }

  static int prefixLength(GenContext ctx, int bits) {
    return ctx.chance(0.1) ? ctx.choose(0, bits) : ctx.between(0, bits);
  }

  static String mac(GenContext ctx, int octets) {
    String digits = random(ctx, ctx.chance(0.05) ? DIGITS : HEX, octets * 2);
    int caseRoll = ctx.nextInt(4);
    if (caseRoll == 1) {
      digits = digits.toUpperCase(Locale.ROOT);
    } else if (caseRoll == 2) {
      digits = mixCase(ctx, digits);
    }
    int form = ctx.nextInt(100);
    StringBuilder out = new StringBuilder(octets * 3);
    if (form < 30) {
      for (int i = 0; i < digits.length(); i += 4) {
        if (i > 0) {
          out.append('.');
        }
        out.append(digits, i, i + 4);
      }
      return out.toString();
    }
    char separator = form < 70 ? ':' : '-';
    for (int i = 0; i < digits.length(); i += 2) {
      if (i > 0) {
        out.append(separator);
      }
      out.append(digits, i, i + 2);
    }
    return out.toString();
  }

  private static String segment(GenContext ctx) {
    String alphabet = ALNUM + "._";
    int length = ctx.sized(1, 30);
    StringBuilder out = new StringBuilder(length + 4);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(ctx.nextInt(alphabet.length())));
      if (i < length - 1 && ctx.chance(0.15)) {
        out.append("-".repeat(ctx.chance(0.8) ? 1 : ctx.between(2, 3)));
      }
    }
    return out.toString();
  }

  private static String optionalSegment(GenContext ctx, boolean required) {
    return required || ctx.chance(0.3) ? segment(ctx) : "";
  }

  /** A value in [min, max], sometimes an end, otherwise spread over the orders of magnitude. */
  private static long edgeOr(GenContext ctx, long min, long max) {
    if (ctx.chance(0.1)) {
      return ctx.nextBoolean() ? min : max;
    }
    double logMin = Math.log(min);
    double logMax = Math.log(max);
    long value = (long) Math.exp(logMin + (logMax - logMin) * ctx.between(0, 1_000_000) / 1e6);
    return Math.max(min, Math.min(max, value));
  }
}
