// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import dev.wepkit.Dscp;
import dev.wepkit.IPNAT;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.QoSLimit;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A test-only restatement of the violation contract (what each mutation must make Calico's
 * validator report), written independently of the generators: regexes and BigInteger arithmetic
 * instead of the main code's hand loops. {@link OracleConformanceTest} checks it against Calico's
 * vectors; the property tests then judge generated endpoints and mutations with it.
 */
final class CalicoOracle {
  /** One violation: a JSON path and a type. */
  record Violation(String path, String type) {
    @Override
    public String toString() {
      return type + " " + path;
    }
  }

  private static final Pattern NAME =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern CONTAINER_ID =
      Pattern.compile("[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?");
  private static final Pattern INTERFACE_CHARS = Pattern.compile("[a-zA-Z0-9_.-]+");
  private static final Pattern QUALIFIED_NAME_PART =
      Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");
  private static final Pattern MAC =
      Pattern.compile(
          "[0-9A-Fa-f]{2}(?:(:[0-9A-Fa-f]{2}){5}|(:[0-9A-Fa-f]{2}){7}|(:[0-9A-Fa-f]{2}){19})"
              + "|[0-9A-Fa-f]{2}(?:(-[0-9A-Fa-f]{2}){5}|(-[0-9A-Fa-f]{2}){7}|(-[0-9A-Fa-f]{2}){19})"
              + "|[0-9A-Fa-f]{4}(?:(\\.[0-9A-Fa-f]{4}){2}|(\\.[0-9A-Fa-f]{4}){3}|(\\.[0-9A-Fa-f]{4}){9})");
  private static final Pattern PORT_NAME_CHARS = Pattern.compile("[a-z0-9-]+");
  private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final Pattern PREFIX_LENGTH = Pattern.compile("\\d{1,3}");
  private static final Set<String> PORT_PROTOCOLS = Set.of("TCP", "UDP", "SCTP", "6", "17", "132");
  private static final Set<String> DSCP_NAMES =
      Set.of(
          "DF", "EF", "AF11", "AF12", "AF13", "AF21", "AF22", "AF23", "AF31", "AF32", "AF33",
          "AF41", "AF42", "AF43", "CS0", "CS1", "CS2", "CS3", "CS4", "CS5", "CS6");

  private CalicoOracle() {}

  // ---- whole endpoint ------------------------------------------------------------------------

  static List<Violation> errors(WorkloadEndpoint wep) {
    List<Violation> out = new ArrayList<>(metaErrors(wep.metadata()));
    out.addAll(specErrors(wep.spec()));
    return out;
  }

  static List<Violation> warnings(WorkloadEndpoint wep) {
    List<Violation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<WorkloadEndpointPort> ports = wep.spec().ports();
    for (int i = 0; i < ports.size(); i++) {
      String name = ports.get(i).name();
      if (!name.isEmpty() && !seen.add(name)) {
        out.add(new Violation("spec.ports[" + i + "].name", "Duplicate"));
      }
    }
    wep.spec().qosControls().ifPresent(q -> out.addAll(qosWarnings(q)));
    return out;
  }

  static List<Violation> qosWarnings(QoSControls q) {
    List<Violation> out = new ArrayList<>();
    // Names and getters from QoSLimit; the ranges are this oracle's own (min and max below).
    for (QoSLimit limit : QoSLimit.values()) {
      String field = limit.wireName();
      long v = limit.get(q);
      if (v != 0 && (v < min(field) || v > max(field))) {
        out.add(new Violation("spec.qosControls." + field, "Invalid"));
      }
    }
    q.dscp()
        .ifPresent(
            d -> {
              if (!isDscp(d)) {
                out.add(new Violation("spec.qosControls.dscp", "Invalid"));
              }
            });
    return out;
  }

  /** Documented ranges, with k, M, P as powers of 1000 and Gi as a power of 1024. */
  static long min(String field) {
    if (field.endsWith("Peakrate")) {
      return 1_010L;
    }
    if (field.contains("Packet") || field.endsWith("MaxConnections")) {
      return 1L;
    }
    return 1_000L; // bandwidth, burst, minburst
  }

  static long max(String field) {
    if (field.endsWith("Bandwidth")) {
      return 1_000_000_000_000_000L;
    }
    if (field.endsWith("Peakrate")) {
      return 1_010_000_000_000_000L;
    }
    if (field.endsWith("Minburst")) {
      return 100_000_000L;
    }
    if (field.contains("Packet")) {
      return 10_000L;
    }
    if (field.endsWith("MaxConnections")) {
      return 4_294_967_295L;
    }
    return 32L * 1024 * 1024 * 1024 - 8; // burst
  }

  static boolean isDscp(Dscp d) {
    return d.isNumber() ? d.number().getAsInt() <= 63 : DSCP_NAMES.contains(d.text());
  }

  // ---- metadata ------------------------------------------------------------------------------

  static List<Violation> metaErrors(ObjectMeta meta) {
    List<Violation> out = new ArrayList<>();
    String name = meta.name();
    if (name.length() > 253) {
      out.add(new Violation("metadata.name", "TooLong"));
    } else if (!name.isEmpty() && !isName(name)) {
      out.add(new Violation("metadata.name", "Invalid"));
    }
    out.addAll(labelErrors(meta.labels()));
    long bytes = 0;
    for (Map.Entry<String, String> e : meta.annotations().entrySet()) {
      if (!isQualifiedName(e.getKey().toLowerCase(Locale.ROOT))) {
        out.add(new Violation("metadata.annotations[" + e.getKey() + "]", "Invalid"));
      }
      bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length;
      bytes += e.getValue().getBytes(StandardCharsets.UTF_8).length;
    }
    if (bytes > 262_144) {
      out.add(new Violation("metadata.annotations", "TooLong"));
    }
    return out;
  }

  static List<Violation> labelErrors(Map<String, String> labels) {
    List<Violation> out = new ArrayList<>();
    for (Map.Entry<String, String> e : labels.entrySet()) {
      String path = "metadata.labels[" + e.getKey() + "]";
      String value = e.getValue();
      if (!isQualifiedName(e.getKey())) {
        out.add(new Violation(path, "Invalid"));
      } else if (value.length() > 63) {
        out.add(new Violation(path, "TooLong"));
      } else if (!value.isEmpty() && !QUALIFIED_NAME_PART.matcher(value).matches()) {
        out.add(new Violation(path, "Invalid"));
      }
    }
    return out;
  }

  // ---- spec ----------------------------------------------------------------------------------

  static List<Violation> specErrors(WorkloadEndpointSpec s) {
    List<Violation> out = new ArrayList<>();
    name(out, "spec.orchestrator", s.orchestrator());
    name(out, "spec.workload", s.workload());
    name(out, "spec.node", s.node());
    if (!s.containerID().isEmpty() && !CONTAINER_ID.matcher(s.containerID()).matches()) {
      out.add(new Violation("spec.containerID", "Invalid"));
    }
    name(out, "spec.pod", s.pod());
    name(out, "spec.endpoint", s.endpoint());
    name(out, "spec.serviceAccountName", s.serviceAccountName());
    for (int i = 0; i < s.ipNetworks().size(); i++) {
      String net = s.ipNetworks().get(i);
      BigInteger[] parsed = cidr(net);
      // An empty entry parses in Go (nil IP, /128 mask): Calico accepts it.
      boolean ok = net.isEmpty() || parsed != null && isMasked(parsed) && isSingle(parsed);
      if (!ok) {
        out.add(new Violation("spec.ipNetworks[" + i + "]", "Invalid"));
      }
    }
    for (int i = 0; i < s.ipNATs().size(); i++) {
      out.addAll(natErrors("spec.ipNATs[" + i + "]", s.ipNATs().get(i)));
      String internal = s.ipNATs().get(i).internalIP();
      byte[] ip = ip(internal);
      if ((internal.isEmpty() || ip != null) && !covered(ip, s.ipNetworks())) {
        out.add(new Violation("spec.ipNATs[" + i + "].internalIP", "Invalid"));
      }
    }
    if (!s.ipv4Gateway().isEmpty()) {
      byte[] ip = ip(s.ipv4Gateway());
      if (ip == null || !isV4(ip)) {
        out.add(new Violation("spec.ipv4Gateway", "Invalid"));
      }
    }
    if (!s.ipv6Gateway().isEmpty()) {
      byte[] ip = ip(s.ipv6Gateway());
      if (ip == null || isV4(ip)) {
        out.add(new Violation("spec.ipv6Gateway", "Invalid"));
      }
    }
    for (int i = 0; i < s.profiles().size(); i++) {
      if (!isName(s.profiles().get(i))) {
        out.add(new Violation("spec.profiles[" + i + "]", "Invalid"));
      }
    }
    String iface = s.interfaceName();
    if (iface.isEmpty()) {
      out.add(new Violation("spec.interfaceName", "Required"));
    } else if (!iface.equals("*")) {
      if (!INTERFACE_CHARS.matcher(iface).matches()) {
        out.add(new Violation("spec.interfaceName", "Invalid"));
      } else if (iface.length() > 15) {
        out.add(new Violation("spec.interfaceName", "TooLong"));
      }
    }
    if (!s.mac().isEmpty() && !MAC.matcher(s.mac()).matches()) {
      out.add(new Violation("spec.mac", "Invalid"));
    }
    for (int i = 0; i < s.ports().size(); i++) {
      out.addAll(portErrors("spec.ports[" + i + "]", s.ports().get(i)));
    }
    for (int i = 0; i < s.allowSpoofedSourcePrefixes().size(); i++) {
      String prefix = s.allowSpoofedSourcePrefixes().get(i);
      if (!prefix.isEmpty() && cidr(prefix) == null) {
        out.add(new Violation("spec.allowSpoofedSourcePrefixes[" + i + "]", "Invalid"));
      }
    }
    for (int i = 0; i < s.awsElasticIPs().size(); i++) {
      if (ip(s.awsElasticIPs().get(i)) == null) {
        out.add(new Violation("spec.awsElasticIPs[" + i + "]", "Invalid"));
      }
    }
    return out;
  }

  /** The {@code ip} tags and the family check of one NAT, without the coverage rule. */
  static List<Violation> natErrors(String prefix, IPNAT nat) {
    List<Violation> out = new ArrayList<>();
    byte[] in = ip(nat.internalIP());
    byte[] ex = ip(nat.externalIP());
    if (!nat.internalIP().isEmpty() && in == null) {
      out.add(new Violation(prefix + ".internalIP", "Invalid"));
    }
    if (!nat.externalIP().isEmpty() && ex == null) {
      out.add(new Violation(prefix + ".externalIP", "Invalid"));
    }
    if (in != null && ex != null && isV4(in) != isV4(ex)) {
      out.add(new Violation(prefix + ".externalIP", "Invalid"));
    }
    return out;
  }

  static List<Violation> portErrors(String prefix, WorkloadEndpointPort p) {
    List<Violation> out = new ArrayList<>();
    String name = p.name();
    if (!name.isEmpty()) {
      boolean chars =
          PORT_NAME_CHARS.matcher(name).matches()
              && !name.contains("--")
              && !name.startsWith("-")
              && !name.endsWith("-")
              && HAS_LETTER.matcher(name).matches();
      if (!chars) {
        out.add(new Violation(prefix + ".name", "Invalid"));
      } else if (name.length() > 15) {
        out.add(new Violation(prefix + ".name", "TooLong"));
      }
    } else if (p.hostPort() == 0) {
      out.add(new Violation(prefix + ".name", "Required"));
    }
    Protocol protocol = p.protocol();
    if (protocol.equals(Protocol.NONE)) {
      out.add(new Violation(prefix + ".protocol", "Required"));
    } else if (!PORT_PROTOCOLS.contains(protocol.text())) {
      out.add(new Violation(prefix + ".protocol", "NotSupported"));
    }
    if (p.port() == 0) {
      out.add(new Violation(prefix + ".port", "Required"));
    }
    if (!p.hostIP().isEmpty()) {
      BigInteger[] net = cidr(p.hostIP());
      if (net == null || !isMasked(net)) {
        out.add(new Violation(prefix + ".hostIP", "Invalid"));
      }
    }
    return out;
  }

  /** Calico's validateProtocol alone (not whether the protocol supports ports). */
  static boolean isValidProtocol(Protocol p) {
    if (p.isNumber()) {
      return p.number().getAsInt() != 0;
    }
    return Set.of("TCP", "UDP", "ICMP", "ICMPv6", "SCTP", "UDPLite").contains(p.text());
  }

  private static void name(List<Violation> out, String path, String value) {
    if (!value.isEmpty() && !isName(value)) {
      out.add(new Violation(path, "Invalid"));
    }
  }

  // ---- text rules ----------------------------------------------------------------------------

  static boolean isName(String s) {
    return NAME.matcher(s).matches();
  }

  static boolean isMac(String s) {
    return MAC.matcher(s).matches();
  }

  static boolean isContainerId(String s) {
    return CONTAINER_ID.matcher(s).matches();
  }

  static boolean isQualifiedName(String key) {
    String[] parts = key.split("/", -1);
    String name;
    if (parts.length == 1) {
      name = parts[0];
    } else if (parts.length == 2) {
      if (parts[0].isEmpty() || parts[0].length() > 253 || !isName(parts[0])) {
        return false;
      }
      name = parts[1];
    } else {
      return false;
    }
    return !name.isEmpty() && name.length() <= 63 && QUALIFIED_NAME_PART.matcher(name).matches();
  }

  static boolean isLabelValue(String v) {
    return v.isEmpty() || v.length() <= 63 && QUALIFIED_NAME_PART.matcher(v).matches();
  }

  // ---- addresses -----------------------------------------------------------------------------

  /** Go's net.ParseIP: 4 bytes for dotted decimal, 16 for IPv6 text; null when rejected. */
  static byte[] ip(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    if (!s.contains(":")) {
      return v4(s);
    }
    if (!IPV6_CHARS.matcher(s).matches()) {
      return null;
    }
    int ellipsis = s.indexOf("::");
    if (ellipsis != s.lastIndexOf("::")) {
      return null;
    }
    List<Integer> head = ellipsis < 0 ? groups(s, true) : groups(s.substring(0, ellipsis), false);
    List<Integer> tail = ellipsis < 0 ? List.of() : groups(s.substring(ellipsis + 2), true);
    if (head == null || tail == null) {
      return null;
    }
    int count = head.size() + tail.size();
    if (ellipsis < 0 ? count != 8 : count > 7) {
      return null;
    }
    byte[] out = new byte[16];
    for (int i = 0; i < head.size(); i++) {
      out[2 * i] = (byte) (head.get(i) >> 8);
      out[2 * i + 1] = (byte) (int) head.get(i);
    }
    for (int i = 0; i < tail.size(); i++) {
      int g = 8 - tail.size() + i;
      out[2 * g] = (byte) (tail.get(i) >> 8);
      out[2 * g + 1] = (byte) (int) tail.get(i);
    }
    return out;
  }

  /** Colon-separated hex groups; the last may be dotted IPv4 (two groups) when it ends the text. */
  private static List<Integer> groups(String s, boolean endsText) {
    List<Integer> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    String[] parts = s.split(":", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.contains(".")) {
        byte[] v4 = i == parts.length - 1 && endsText ? v4(part) : null;
        if (v4 == null) {
          return null;
        }
        out.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
        out.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
      } else if (HEX_GROUP.matcher(part).matches()) {
        out.add(Integer.parseInt(part, 16));
      } else {
        return null;
      }
    }
    return out;
  }

  private static byte[] v4(String s) {
    if (!IPV4.matcher(s).matches()) {
      return null;
    }
    String[] parts = s.split("\\.");
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      out[i] = (byte) Integer.parseInt(parts[i]);
    }
    return out;
  }

  static boolean isV4(byte[] ip) {
    if (ip.length == 4) {
      return true;
    }
    BigInteger value = new BigInteger(1, ip);
    return value.shiftRight(32).equals(BigInteger.valueOf(0xffffL));
  }

  /** [address, prefixLength, bits] of a CIDR or bare IP (Calico's ParseCIDROrIP), or null. */
  static BigInteger[] cidr(String s) {
    int slash = s.indexOf('/');
    String address = slash < 0 ? s : s.substring(0, slash);
    byte[] ip = ip(address);
    if (ip == null) {
      return null;
    }
    int bits = ip.length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String p = s.substring(slash + 1);
      if (!PREFIX_LENGTH.matcher(p).matches() || Integer.parseInt(p) > bits) {
        return null;
      }
      prefix = Integer.parseInt(p);
    }
    return new BigInteger[] {
      new BigInteger(1, ip), BigInteger.valueOf(prefix), BigInteger.valueOf(bits)
    };
  }

  static boolean isMasked(BigInteger[] net) {
    int hostBits = net[2].intValue() - net[1].intValue();
    return net[0].equals(net[0].shiftRight(hostBits).shiftLeft(hostBits));
  }

  static boolean isSingle(BigInteger[] net) {
    return net[1].equals(net[2]);
  }

  /** Whether some network contains the address, IPv4-mapped counting as IPv4. */
  static boolean covered(byte[] ip, List<String> networks) {
    if (ip == null) {
      return false;
    }
    BigInteger[] x = toV4IfMapped(new BigInteger(1, ip), ip.length * 8, ip.length * 8);
    for (String network : networks) {
      BigInteger[] net = cidr(network);
      if (net == null) {
        continue;
      }
      BigInteger[] n = toV4IfMapped(net[0], net[1].intValue(), net[2].intValue());
      if (n[2].equals(x[2])) {
        int hostBits = n[2].intValue() - n[1].intValue();
        if (hostBits >= 0 && n[0].shiftRight(hostBits).equals(x[0].shiftRight(hostBits))) {
          return true;
        }
      }
    }
    return false;
  }

  private static BigInteger[] toV4IfMapped(BigInteger value, int prefix, int bits) {
    if (bits == 128 && value.shiftRight(32).equals(BigInteger.valueOf(0xffffL))) {
      return new BigInteger[] {
        value.and(BigInteger.valueOf(0xffffffffL)),
        BigInteger.valueOf(prefix - 96),
        BigInteger.valueOf(32)
      };
    }
    return new BigInteger[] {value, BigInteger.valueOf(prefix), BigInteger.valueOf(bits)};
  }
}
