// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.Dscp;
import dev.wepkit.IPNAT;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.QoSLimit;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.internal.GoNet;
import dev.wepkit.internal.GoStrings;
import dev.wepkit.names.NameDerivationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One validation run: walks a resource in Calico's order and collects violations.
 *
 * <p>Not thread-safe; {@link WorkloadEndpointValidator} makes a new one per call. Paths are built
 * only when a violation is reported, and the lists only when there is something to put in them, so
 * a valid endpoint costs a few loops over its strings and one 16-byte scratch buffer.
 */
final class Checker {
  /** How much of Calico's client-side (clientv3) behaviour to apply to metadata. */
  enum Mode {
    /** The validator only ({@code Validate()}). */
    PLAIN,
    /** Validator plus the name and namespace rules of the client. */
    IDENTITY,
    /** As {@code Create}: identity plus an empty resourceVersion. */
    CREATE,
    /** As {@code Update}: identity plus resourceVersion, uid and creationTimestamp set. */
    UPDATE
  }

  static final String SPEC = "spec";
  private static final String METADATA = "metadata";

  // QoSLimit.values() copies its array on every call.
  private static final QoSLimit[] QOS_LIMITS = QoSLimit.values();

  private List<Violation> errors;
  private List<Violation> warnings;
  private byte[] buf;
  private byte[] buf2;
  // The NAT coverage rule over the parsed ipNetworks; null when the spec has no NATs.
  private NatCoverage coverage;

  ValidationResult result() {
    return ValidationResult.wrap(errors, warnings);
  }

  // ---------------------------------------------------------------- reporting

  void error(String path, ViolationType type, String value, String detail) {
    if (errors == null) {
      errors = new ArrayList<>(4);
    }
    errors.add(Violation.of(path, type, value, detail));
  }

  private void warning(String path, ViolationType type, String value, String detail) {
    if (warnings == null) {
      warnings = new ArrayList<>(2);
    }
    warnings.add(Violation.of(path, type, value, detail));
  }

  boolean hasErrorAt(String path) {
    if (errors != null) {
      for (Violation v : errors) {
        if (v.path().equals(path)) {
          return true;
        }
      }
    }
    return false;
  }

  private byte[] buf() {
    if (buf == null) {
      buf = new byte[16];
    }
    return buf;
  }

  private byte[] buf2() {
    if (buf2 == null) {
      buf2 = new byte[16];
    }
    return buf2;
  }

  private static String field(String base, String name) {
    return base == null ? name : base + "." + name;
  }

  private static String element(String base, String list, int index) {
    return field(base, list) + "[" + index + "]";
  }

  /** The path of a field of a list element; {@code list == null} means the element stands alone. */
  private static String elementField(String base, String list, int index, String name) {
    return list == null ? name : element(base, list, index) + "." + name;
  }

  // ---------------------------------------------------------------- metadata

  /**
   * Calico's {@code validateObjectMeta}, plus the client's rules in the non-plain modes.
   *
   * @param derivedName the name derived from the spec (identity modes), or null when it could not
   *     be derived or the mode is plain
   */
  void metadata(ObjectMeta meta, Mode mode, String derivedName) {
    String name = meta.name();
    String namePath = METADATA + ".name";
    if (mode == Mode.PLAIN) {
      objectName(namePath, name, false);
    } else if (!name.isEmpty() && derivedName != null && !name.equals(derivedName)) {
      error(
          namePath,
          ViolationType.INVALID,
          name,
          "does not match the primary identifiers assigned in the spec: expected name "
              + derivedName);
    } else if (!name.isEmpty()) {
      objectName(namePath, name, false);
    } else if (derivedName != null) {
      // Calico fills in the derived name, which must itself be a valid name.
      objectName(namePath, derivedName, true);
    }
    if (mode != Mode.PLAIN && meta.namespace().isEmpty()) {
      error(
          METADATA + ".namespace",
          ViolationType.REQUIRED,
          null,
          "namespace is not specified on namespaced resource: WorkloadEndpoints live in a"
              + " namespace");
    }
    if (mode == Mode.CREATE && !meta.resourceVersion().isEmpty()) {
      error(
          METADATA + ".resourceVersion",
          ViolationType.INVALID,
          meta.resourceVersion(),
          "field must not be set for a Create request");
    }
    if (mode == Mode.UPDATE) {
      if (meta.resourceVersion().isEmpty()) {
        error(
            METADATA + ".resourceVersion",
            ViolationType.REQUIRED,
            null,
            "field must be set for an Update request: use the resourceVersion of the stored"
                + " object");
      }
      if (meta.uid().isEmpty()) {
        error(
            METADATA + ".uid",
            ViolationType.REQUIRED,
            null,
            "field must be set for an Update request: use the uid of the stored object");
      }
      if (meta.creationTimestamp().map(String::isEmpty).orElse(true)) {
        error(
            METADATA + ".creationTimestamp",
            ViolationType.REQUIRED,
            null,
            "field must be set for an Update request: use the creationTimestamp of the stored"
                + " object");
      }
    }
    labels(meta.labels());
    annotations(meta.annotations());
  }

  private void objectName(String path, String name, boolean derived) {
    String whose = derived ? "the name derived from the spec " : "";
    if (name.length() > DnsNames.MAX_OBJECT_NAME_LENGTH
        || (!Texts.isAscii(name) && GoStrings.utf8Length(name) > DnsNames.MAX_OBJECT_NAME_LENGTH)) {
      error(
          path,
          ViolationType.TOO_LONG,
          name,
          whose
              + "is too long by "
              + (GoStrings.utf8Length(name) - DnsNames.MAX_OBJECT_NAME_LENGTH)
              + " bytes: a name has at most "
              + DnsNames.MAX_OBJECT_NAME_LENGTH);
    } else if (!DnsNames.isValidName(name)) {
      String detail;
      if (name.isEmpty()) {
        detail =
            "a name is required: set the name Calico derives from the spec, or validate with the"
                + " identity check, which derives it as Calico's client does";
      } else {
        detail =
            whose
                + DnsNames.explainName(name)
                + " (a name is a lower-case DNS subdomain: letters, digits, '-' and '.')";
      }
      error(path, ViolationType.INVALID, name, detail);
    }
  }

  /** Calico's {@code validateObjectMetaLabels}: violations in sorted key order. */
  void labels(Map<String, String> labels) {
    if (labels.isEmpty()) {
      return;
    }
    int before = errors == null ? 0 : errors.size();
    int bad = 0;
    for (Map.Entry<String, String> e : labels.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      boolean keyOk = LabelKeys.isValid(key);
      boolean valueOk = LabelValues.isValid(value);
      if (keyOk && valueOk) {
        continue;
      }
      bad++;
      String path = METADATA + ".labels[" + key + "]";
      if (!keyOk) {
        error(
            path,
            ViolationType.INVALID,
            key,
            LabelKeys.explain(key)
                + " (a label key is an optional lower-case DNS prefix and '/', then a name of up"
                + " to 63 characters)");
      }
      if (!valueOk) {
        ViolationType type =
            LabelValues.isTooLong(value) ? ViolationType.TOO_LONG : ViolationType.INVALID;
        error(
            path,
            type,
            value,
            LabelValues.explain(value)
                + " (a label value is empty, or up to 63 letters, digits, '-', '_' and '.')");
      }
    }
    if (bad > 1) {
      sortByPath(before);
    }
  }

  /** Calico's {@code validateObjectMetaAnnotations}: keys compared in lower case, total size. */
  void annotations(Map<String, String> annotations) {
    if (annotations.isEmpty()) {
      return;
    }
    int before = errors == null ? 0 : errors.size();
    int bad = 0;
    long total = 0;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      String key = e.getKey();
      boolean keyOk;
      long keyBytes;
      if (Texts.isAscii(key)) {
        // One byte per char, and lower-casing only maps A-Z: no need for the lower-case copy.
        keyOk = LabelKeys.isValidAsciiLowered(key);
        keyBytes = key.length();
      } else {
        keyOk = LabelKeys.isValid(goToLower(key));
        keyBytes = GoStrings.utf8Length(key);
      }
      if (!keyOk) {
        bad++;
        error(
            METADATA + ".annotations[" + key + "]",
            ViolationType.INVALID,
            key,
            LabelKeys.explain(goToLower(key))
                + " (annotation keys are checked in lower case, with the rules of label keys)");
      }
      total += keyBytes + GoStrings.utf8Length(e.getValue());
    }
    if (bad > 1) {
      sortByPath(before);
    }
    long limit = 256L * 1024;
    if (total > limit) {
      error(
          METADATA + ".annotations",
          ViolationType.TOO_LONG,
          null,
          "total size of annotations is too large by "
              + (total - limit)
              + " bytes: keys and values together may hold at most "
              + limit
              + " bytes");
    }
  }

  private void sortByPath(int from) {
    // Stable: a label's key violation stays before its value violation.
    errors.subList(from, errors.size()).sort(Comparator.comparing(Violation::path));
  }

  /** Go's {@code strings.ToLower}: per code point, without locale rules. */
  static String goToLower(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      out.appendCodePoint(Character.toLowerCase(cp));
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- spec

  /** Every spec rule, in Calico's field order, then the cross-field NAT coverage rule. */
  void spec(WorkloadEndpointSpec spec, String base) {
    name(base, "orchestrator", spec.orchestrator());
    name(base, "workload", spec.workload());
    name(base, "node", spec.node());
    if (!spec.containerID().isEmpty() && !ContainerIds.isValid(spec.containerID())) {
      error(
          field(base, "containerID"),
          ViolationType.INVALID,
          spec.containerID(),
          "container ID " + ContainerIds.explain(spec.containerID()));
    }
    name(base, "pod", spec.pod());
    name(base, "endpoint", spec.endpoint());
    name(base, "serviceAccountName", spec.serviceAccountName());
    List<String> networks = spec.ipNetworks();
    List<IPNAT> nats = spec.ipNATs();
    int networkCount = networks.size();
    if (!nats.isEmpty()) {
      coverage = new NatCoverage(networkCount);
    }
    for (int i = 0; i < networkCount; i++) {
      ipNetwork(base, i, networks.get(i));
    }
    for (int i = 0, n = nats.size(); i < n; i++) {
      IPNAT nat = nats.get(i);
      int inPacked = ipnat(nat, base, "ipNATs", i);
      // An unparsable or CIDR internalIP is already reported as not a plain IP.
      boolean emptyIp = nat.internalIP().isEmpty();
      if (emptyIp || (inPacked != GoNet.INVALID && GoNet.isBare(inPacked))) {
        coverage.nat(i, n, emptyIp, buf2(), buf());
      }
    }
    gateway(base, "ipv4Gateway", spec.ipv4Gateway(), true);
    gateway(base, "ipv6Gateway", spec.ipv6Gateway(), false);
    profiles(spec.profiles(), base);
    interfaceName(base, spec.interfaceName());
    if (!spec.mac().isEmpty() && MacAddresses.parseOrNull(spec.mac()) == null) {
      error(
          field(base, "mac"),
          ViolationType.INVALID,
          spec.mac(),
          "not a MAC address: use 6 (or 8 or 20) octets as two hex digits separated by ':' or"
              + " '-', such as ca:fe:1d:52:bb:e9");
    }
    List<WorkloadEndpointPort> ports = spec.ports();
    for (int i = 0, n = ports.size(); i < n; i++) {
      port(ports.get(i), base, "ports", i);
    }
    duplicatePortNames(ports, base);
    List<String> prefixes = spec.allowSpoofedSourcePrefixes();
    for (int i = 0, n = prefixes.size(); i < n; i++) {
      String prefix = prefixes.get(i);
      // Calico's cidr rule: ParseCIDROrIP only, so host bits and even an empty entry pass.
      if (GoNet.parseCidrOrIp(prefix, buf()) == GoNet.INVALID) {
        error(
            element(base, "allowSpoofedSourcePrefixes", i),
            ViolationType.INVALID,
            prefix,
            "not a CIDR or IP address: " + Cidrs.explain(prefix));
      }
    }
    // Not ifPresent: a capturing lambda is an allocation on every call.
    if (spec.qosControls().isPresent()) {
      qos(spec.qosControls().get(), base);
    }
    List<String> elastic = spec.awsElasticIPs();
    for (int i = 0, n = elastic.size(); i < n; i++) {
      String ip = elastic.get(i);
      if (GoNet.parseAddr(ip, 0, ip.length(), buf()) == GoNet.INVALID) {
        error(
            element(base, "awsElasticIPs", i),
            ViolationType.INVALID,
            ip,
            "not an IP address: " + IpAddresses.explain(ip));
      }
    }
    natCoverage(spec, base);
  }

  private void name(String base, String fieldName, String value) {
    if (!value.isEmpty() && !DnsNames.isValidName(value)) {
      error(
          field(base, fieldName),
          ViolationType.INVALID,
          value,
          DnsNames.explainName(value)
              + " (Calico names are lower-case DNS subdomains: letters, digits, '-' and '.')");
    }
  }

  void profiles(List<String> profiles, String base) {
    for (int i = 0, n = profiles.size(); i < n; i++) {
      String profile = profiles.get(i);
      if (!DnsNames.isValidName(profile)) {
        error(
            element(base, "profiles", i),
            ViolationType.INVALID,
            profile,
            "profile name "
                + DnsNames.explainName(profile)
                + " (profile names are lower-case DNS subdomains, such as kns.default)");
      }
    }
  }

  private void interfaceName(String base, String name) {
    if (InterfaceNameRule.isValid(name)) {
      return;
    }
    String path = field(base, "interfaceName");
    if (name.isEmpty()) {
      error(
          path,
          ViolationType.REQUIRED,
          null,
          "an interface name is required: the host-side interface, such as cali0ef24ba");
    } else if (InterfaceNameRule.hasOnlyAllowedChars(name)) {
      error(path, ViolationType.TOO_LONG, name, InterfaceNameRule.explain(name));
    } else {
      error(path, ViolationType.INVALID, name, InterfaceNameRule.explain(name));
    }
  }

  private void ipNetwork(String base, int index, String text) {
    byte[] b = buf();
    int packed = GoNet.parseCidrOrIp(text, b);
    if (coverage != null) {
      coverage.network(index, packed, b);
    }
    if (packed == GoNet.INVALID) {
      error(
          element(base, "ipNetworks", index),
          ViolationType.INVALID,
          text,
          "not an IP address or CIDR ("
              + Cidrs.explain(text)
              + "): use a single address such as 10.65.0.2/32 or 2001:db8::2/128");
      return;
    }
    if (GoNet.isEmpty(packed) || GoNet.isSingle(packed)) {
      // A single address is strictly masked; the empty entry passes in Calico (a Go quirk).
      return;
    }
    Cidr cidr = Cidr.fromParse(packed, b);
    String size = addressCount(cidr.family().bitLength() - cidr.prefixLength());
    String detail;
    if (GoNet.isStrictlyMasked(packed, b)) {
      detail =
          text
              + " covers "
              + size
              + " addresses; an endpoint network must be a single address (/32 for IPv4, /128"
              + " for IPv6)";
    } else {
      String hostSingle = cidr.addressText() + "/" + cidr.family().bitLength();
      detail =
          text
              + " has host bits set (its network is "
              + cidr.network()
              + ") and covers "
              + size
              + " addresses; an endpoint network must be a single address, such as "
              + hostSingle;
    }
    error(element(base, "ipNetworks", index), ViolationType.INVALID, text, detail);
  }

  private static String addressCount(int hostBits) {
    return hostBits <= 62 ? Long.toString(1L << hostBits) : "2^" + hostBits;
  }

  /**
   * Calico's IPNAT rules: each field a plain IP when set, both of one IP version.
   *
   * @param list the list name ({@code ipNATs}), or null for a NAT validated on its own
   * @return the parse result of internalIP (0 when it is empty); its address is left in {@link
   *     #buf2()} for the coverage rule
   */
  int ipnat(IPNAT nat, String base, String list, int index) {
    String in = nat.internalIP();
    String ex = nat.externalIP();
    byte[] inAddr = buf2();
    int inPacked = in.isEmpty() ? 0 : GoNet.parseCidrOrIp(in, inAddr);
    // Calico compares the versions of the parsed addresses: 0 when empty, and Go panics when a
    // set address does not parse, so no comparison is made then.
    int inVersion =
        in.isEmpty() ? 0 : inPacked == GoNet.INVALID ? -1 : GoNet.isMapped(inAddr) ? 4 : 6;
    if (!in.isEmpty() && (inPacked == GoNet.INVALID || !GoNet.isBare(inPacked))) {
      error(
          elementField(base, list, index, "internalIP"),
          ViolationType.INVALID,
          in,
          plainIpDetail(in, inPacked));
    }
    byte[] b = buf();
    int exPacked = ex.isEmpty() ? 0 : GoNet.parseCidrOrIp(ex, b);
    int exVersion = ex.isEmpty() ? 0 : exPacked == GoNet.INVALID ? -1 : GoNet.isMapped(b) ? 4 : 6;
    String exProblem = null;
    if (!ex.isEmpty() && (exPacked == GoNet.INVALID || !GoNet.isBare(exPacked))) {
      exProblem = plainIpDetail(ex, exPacked);
    }
    if (inVersion >= 0 && exVersion >= 0 && inVersion != exVersion) {
      String mismatch =
          "mismatched IP versions: internalIP is "
              + versionWord(inVersion)
              + " but externalIP is "
              + versionWord(exVersion)
              + "; a NAT maps addresses of one IP version, and both must be set";
      exProblem = exProblem == null ? mismatch : exProblem + "; also " + mismatch;
    }
    if (exProblem != null) {
      error(elementField(base, list, index, "externalIP"), ViolationType.INVALID, ex, exProblem);
    }
    return inPacked;
  }

  private static String versionWord(int version) {
    return version == 0 ? "empty" : version == 4 ? "IPv4" : "IPv6";
  }

  private static String plainIpDetail(String text, int packed) {
    if (packed != GoNet.INVALID) {
      return "must be a plain IP address without a prefix length";
    }
    return "not an IP address: " + IpAddresses.explain(text);
  }

  /**
   * Calico requires every NAT's internalIP to lie in one of the endpoint's ipNetworks. Unlike
   * Calico, which stops at the first uncovered NAT, this reports each one. The check itself runs
   * with the NAT rules ({@link NatCoverage}); this reports its findings after the other spec rules,
   * where Calico's struct-level check comes.
   */
  private void natCoverage(WorkloadEndpointSpec spec, String base) {
    if (coverage == null || !coverage.anyUncovered()) {
      return;
    }
    List<IPNAT> nats = spec.ipNATs();
    boolean noNetworks = spec.ipNetworks().isEmpty();
    for (int i = 0, n = nats.size(); i < n; i++) {
      if (!coverage.isUncovered(i)) {
        continue;
      }
      String in = nats.get(i).internalIP();
      String detail;
      if (in.isEmpty()) {
        detail =
            "NAT is not in the endpoint networks: internalIP is empty; set it to one of the"
                + " endpoint's ipNetworks addresses";
      } else if (noNetworks) {
        detail =
            "NAT is not in the endpoint networks: the endpoint has no ipNetworks; add "
                + in
                + " to spec.ipNetworks";
      } else {
        detail =
            "NAT is not in the endpoint networks: "
                + in
                + " is in none of spec.ipNetworks; use one of the endpoint's addresses";
      }
      error(elementField(base, "ipNATs", i, "internalIP"), ViolationType.INVALID, in, detail);
    }
  }

  private void gateway(String base, String fieldName, String text, boolean v4) {
    if (text.isEmpty()) {
      return;
    }
    byte[] b = buf();
    int parsed = GoNet.parseAddr(text, 0, text.length(), b);
    String want = v4 ? "IPv4" : "IPv6";
    String detail = null;
    if (parsed == GoNet.INVALID) {
      detail =
          text.indexOf('/') >= 0 && GoNet.parseCidrOrIp(text, b) != GoNet.INVALID
              ? "must be a plain " + want + " address without a prefix length"
              : "not an " + want + " address: " + IpAddresses.explain(text);
    } else if (GoNet.isMapped(b) != v4) {
      detail =
          v4
              ? "is an IPv6 address: put it in spec.ipv6Gateway and use an IPv4 address here"
              : "is an IPv4 address: put it in spec.ipv4Gateway and use an IPv6 address here";
    }
    if (detail != null) {
      error(field(base, fieldName), ViolationType.INVALID, text, detail);
    }
  }

  /**
   * Calico's port rules: the name, the protocol (valid and with ports), the port number, the host
   * IP, and a name or a host port.
   *
   * @param list the list name ({@code ports}), or null for a port validated on its own
   */
  void port(WorkloadEndpointPort port, String base, String list, int index) {
    String name = port.name();
    if (name.isEmpty()) {
      if (port.hostPort() == 0) {
        error(
            elementField(base, list, index, "name"),
            ViolationType.REQUIRED,
            null,
            "WorkloadEndpointPort name must not be empty if no HostPort is specified");
      }
    } else if (!PortNames.isValid(name)) {
      ViolationType type =
          GoStrings.utf8Length(name) > PortNames.MAX_LENGTH
              ? ViolationType.TOO_LONG
              : ViolationType.INVALID;
      error(
          elementField(base, list, index, "name"),
          type,
          name,
          "port name " + PortNames.explain(name) + "; use an IANA service name such as http");
    }
    Protocol protocol = port.protocol();
    if (protocol.isNumber() && protocol.number().getAsInt() == 0) {
      error(
          elementField(base, list, index, "protocol"),
          ViolationType.REQUIRED,
          null,
          "a protocol is required: use TCP, UDP or SCTP");
    } else if (!Protocols.isValidForPort(protocol)) {
      error(
          elementField(base, list, index, "protocol"),
          ViolationType.NOT_SUPPORTED,
          protocol.text(),
          Protocols.explainForPort(protocol));
    }
    if (port.port() == 0) {
      error(
          elementField(base, list, index, "port"),
          ViolationType.REQUIRED,
          null,
          "a port number from 1 to 65535 is required");
    }
    String hostIP = port.hostIP();
    if (!hostIP.isEmpty()) {
      byte[] b = buf();
      int packed = GoNet.parseCidrOrIp(hostIP, b);
      String detail = null;
      if (packed == GoNet.INVALID) {
        detail = "not an IP address: " + Cidrs.explain(hostIP);
      } else if (!GoNet.isStrictlyMasked(packed, b)) {
        detail =
            "host bits are set: use an IP address or a network address such as "
                + Cidr.fromParse(packed, b).network();
      }
      if (detail != null) {
        error(elementField(base, list, index, "hostIP"), ViolationType.INVALID, hostIP, detail);
      }
    }
  }

  private void duplicatePortNames(List<WorkloadEndpointPort> ports, String base) {
    int n = ports.size();
    if (n < 2) {
      return;
    }
    // A nested loop over the cached string hashes is cheap and allocates nothing for the usual
    // dozens of ports; a map keeps long lists linear.
    Map<String, Integer> first = n > 64 ? new HashMap<>() : null;
    for (int i = 0; i < n; i++) {
      String name = ports.get(i).name();
      if (name.isEmpty()) {
        continue;
      }
      int earlier = -1;
      if (first != null) {
        Integer k = first.putIfAbsent(name, i);
        earlier = k == null ? -1 : k;
      } else {
        int hash = name.hashCode();
        for (int k = 0; k < i; k++) {
          String other = ports.get(k).name();
          if (other.hashCode() == hash && name.equals(other)) {
            earlier = k;
            break;
          }
        }
      }
      if (earlier >= 0) {
        warning(
            element(base, "ports", i) + ".name",
            ViolationType.DUPLICATE,
            name,
            "the name is also used by ports["
                + earlier
                + "]; the Calico documentation says port names must be unique within an"
                + " endpoint, although Calico does not enforce it");
      }
    }
  }

  private void qos(QoSControls qos, String base) {
    String qosBase = field(base, "qosControls");
    for (QoSLimit limit : QOS_LIMITS) {
      long value = limit.get(qos);
      if (value != 0 && !limit.inRange(value)) {
        warning(
            field(qosBase, limit.wireName()),
            ViolationType.INVALID,
            Long.toString(value),
            "outside the documented range "
                + limit.min()
                + " to "
                + limit.max()
                + " "
                + limit.unit()
                + " (0 means unset); Calico's validator does not check it, but Calico clamps"
                + " values from Pod annotations to this range");
      }
    }
    if (qos.dscp().isPresent()) {
      dscp(qos.dscp().get(), qosBase);
    }
  }

  private void dscp(Dscp dscp, String qosBase) {
    if (isDocumentedDscp(dscp)) {
      return;
    }
    warning(
        field(qosBase, "dscp"),
        ViolationType.INVALID,
        dscp.text(),
        "not a documented DSCP value: use a number from 0 to 63 or one of DF, EF, AF11 to AF43,"
            + " CS0 to CS6; Calico's validator does not check it");
  }

  /** numorstring.DSCP's Validate(): a number up to 63, or a known name in any case. */
  static boolean isDocumentedDscp(Dscp dscp) {
    if (dscp.isNumber()) {
      return dscp.number().getAsInt() <= 63;
    }
    String name = dscp.text().strip().toUpperCase(Locale.ROOT);
    if (name.equals("DF") || name.equals("EF")) {
      return true;
    }
    if (name.length() == 4 && name.startsWith("AF")) {
      char x = name.charAt(2);
      char y = name.charAt(3);
      return x >= '1' && x <= '4' && y >= '1' && y <= '3';
    }
    if (name.length() == 3 && name.startsWith("CS")) {
      char x = name.charAt(2);
      return x >= '0' && x <= '6';
    }
    return false;
  }

  // ---------------------------------------------------------------- identity

  /**
   * Reports a name derivation failure at its spec field, unless that field already has an error (a
   * segment starting with '-' already breaks the name rule there).
   */
  void derivationFailure(NameDerivationException e, String base) {
    String path = field(base, e.field());
    if (hasErrorAt(path)) {
      return;
    }
    boolean missing = NameDerivationException.SHOULD_BE_ASSIGNED.equals(e.reason());
    error(
        path,
        missing ? ViolationType.REQUIRED : ViolationType.INVALID,
        missing ? null : e.value(),
        e.reason() + ": Calico derives the endpoint name from it");
  }
}
