// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.internal.GoNet;

/**
 * Parses CIDRs as Calico's {@code ParseCIDROrIP} does: Go's {@code net.ParseCIDR} first, then a
 * bare IP as a full-length prefix.
 *
 * <ul>
 *   <li>{@link #parse}/{@link #isValid}: Calico's {@code cidr} rule (used by {@code
 *       allowSpoofedSourcePrefixes}): host bits may be set.
 *   <li>{@link #parseStrict}/{@link #isValidStrict}: Calico's {@code net} rule (used by {@code
 *       ipNetworks} and {@code ports[].hostIP}): the address must be the network address.
 * </ul>
 *
 * <p>Go details that carry over: the address follows {@link IpAddresses}; the prefix length is
 * decimal digits, may have leading zeros ({@code /032} is {@code /32}, as Go's {@code dtoi} reads
 * it), and must not exceed 32 for dotted-quad text or 128 for IPv6 text; IPv4-mapped IPv6 text with
 * a prefix of 96 or more is IPv4 ({@code ::ffff:1.2.3.0/120} is {@code 1.2.3.0/24}).
 *
 * <p>One Calico quirk is deliberately <em>not</em> reproduced here: {@code ParseCIDROrIP("")}
 * succeeds in Go (an empty text gives a nil IP), so Calico accepts an empty {@code ipNetworks} or
 * {@code allowSpoofedSourcePrefixes} entry. A {@link Cidr} cannot stand for "no address", so these
 * methods reject empty text; {@link WorkloadEndpointValidator} models the quirk itself.
 *
 * <pre>{@code
 * Cidr c = Cidrs.parse("192.168.0.1");     // 192.168.0.1/32
 * Cidrs.isValid("10.0.0.1/8");             // true
 * Cidrs.isValidStrict("10.0.0.1/8");       // false: host bits set
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Cidrs {
  private Cidrs() {}

  /**
   * Parses a CIDR or a bare IP (host bits allowed).
   *
   * @param text the text
   * @return the prefix
   * @throws IllegalArgumentException naming the input when Calico would reject it, or when it is
   *     empty
   */
  public static Cidr parse(String text) {
    byte[] buf = new byte[16];
    int packed = text == null ? GoNet.INVALID : GoNet.parseCidrOrIp(text, buf);
    if (packed == GoNet.INVALID || GoNet.isEmpty(packed)) {
      throw Texts.invalid("a CIDR or IP address", text, text == null ? null : explain(text));
    }
    return Cidr.fromParse(packed, buf);
  }

  /**
   * Parses a strictly masked CIDR or a bare IP.
   *
   * @param text the text
   * @return the prefix, which {@link Cidr#isStrictlyMasked()}
   * @throws IllegalArgumentException naming the input when it does not parse or has host bits set
   */
  public static Cidr parseStrict(String text) {
    Cidr cidr = parse(text);
    if (!cidr.isStrictlyMasked()) {
      throw Texts.invalid(
          "a strictly masked CIDR", text, "host bits are set; the network is " + cidr.network());
    }
    return cidr;
  }

  /**
   * Tells whether {@code text} is a CIDR or bare IP Calico accepts (host bits allowed).
   *
   * @param text the text, may be null
   * @return true when valid; false for null or empty text
   */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    int packed = GoNet.parseCidrOrIp(text, new byte[16]);
    return packed != GoNet.INVALID && !GoNet.isEmpty(packed);
  }

  /**
   * Tells whether {@code text} is a strictly masked CIDR or a bare IP.
   *
   * @param text the text, may be null
   * @return true when valid; false for null or empty text
   */
  public static boolean isValidStrict(String text) {
    if (text == null) {
      return false;
    }
    byte[] buf = new byte[16];
    int packed = GoNet.parseCidrOrIp(text, buf);
    return packed != GoNet.INVALID && !GoNet.isEmpty(packed) && GoNet.isStrictlyMasked(packed, buf);
  }

  /** Says why Calico rejects {@code text} as a CIDR or IP. */
  static String explain(String text) {
    if (text.isEmpty()) {
      return "empty";
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      return IpAddresses.explain(text);
    }
    String ip = text.substring(0, slash);
    if (!IpAddresses.isValid(ip)) {
      return "the address " + Texts.quote(ip) + " is invalid: " + IpAddresses.explain(ip);
    }
    int max = ip.indexOf(':') >= 0 ? 128 : 32;
    return "the prefix length must be a number from 0 to " + max;
  }
}
