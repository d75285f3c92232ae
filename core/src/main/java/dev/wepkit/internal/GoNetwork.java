// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.internal;

import java.util.Arrays;

/**
 * One result of {@link GoNet}'s CIDR parsing as an immutable value: what Calico's {@code
 * cnet.ParseCIDROrIP} or Go's {@code net.ParseCIDR} returns, the address as written and the network
 * Go masks from it, for callers that do not count allocations (the Pod conversion, the test
 * generators).
 *
 * <p>The network behaves as Go's {@code net.IPNet} does, because Go's printing depends on its byte
 * layout: an IPv4 CIDR has a 4-byte mask, an IPv6 CIDR (including an IPv4-mapped one such as {@code
 * ::ffff:1.2.3.4/120}) a 16-byte one, and a bare IP gets the full mask of its family (IPv4-mapped
 * addresses count as IPv4, as {@code To4} says).
 *
 * <p>One Go quirk is kept on purpose: {@code net.IP.UnmarshalText} accepts the empty string as the
 * nil IP, so {@link #parseCidrOrIp} turns empty text into a network that prints as {@code <nil>}
 * rather than failing, as Calico does with an empty pod IP entry.
 *
 * <pre>{@code
 * GoNetwork net = GoNetwork.parseCidrOrIp("10.0.0.1/8");
 * net.toString();            // "10.0.0.0/8"
 * net.ipString();            // "10.0.0.0"
 * net.contains(GoNet.parseIp("10.9.9.9"));   // true
 * }</pre>
 */
public final class GoNetwork {
  private final int packed;
  // 16 bytes, as written: host bits kept.
  private final byte[] address;

  private GoNetwork(int packed, byte[] address) {
    this.packed = packed;
    this.address = address;
  }

  /**
   * Calico's {@code cnet.ParseCIDROrIP}: a CIDR, a bare IP as a full-length network, or empty text
   * as Go's nil network.
   *
   * @param text the text
   * @return the network
   * @throws IllegalArgumentException with Go's message ({@code invalid CIDR address: TEXT}) when
   *     the text is neither
   */
  public static GoNetwork parseCidrOrIp(String text) {
    GoNetwork network = cidrOrIpOrNull(text);
    if (network == null) {
      throw new IllegalArgumentException("invalid CIDR address: " + text);
    }
    return network;
  }

  /**
   * As {@link #parseCidrOrIp}, returning null instead of throwing.
   *
   * @param text the text, may be null
   * @return the network, or null
   */
  public static GoNetwork cidrOrIpOrNull(String text) {
    if (text == null) {
      return null;
    }
    byte[] buf = new byte[16];
    int packed = GoNet.parseCidrOrIp(text, buf);
    return packed == GoNet.INVALID ? null : new GoNetwork(packed, buf);
  }

  /**
   * Go's {@code net.ParseCIDR} (Calico's {@code cnet.ParseCIDR}): an address and a prefix length;
   * bare IPs and empty text are refused.
   *
   * @param text the text
   * @return the network
   * @throws IllegalArgumentException with Go's message ({@code invalid CIDR address: TEXT}) when
   *     the text is not a CIDR
   */
  public static GoNetwork parseCidr(String text) {
    byte[] buf = new byte[16];
    int packed = GoNet.parseCidr(text, buf);
    if (packed == GoNet.INVALID) {
      throw new IllegalArgumentException("invalid CIDR address: " + text);
    }
    return new GoNetwork(packed, buf);
  }

  /**
   * Whether this is Go's nil network, parsed from empty text.
   *
   * @return true for the nil network
   */
  public boolean isEmpty() {
    return GoNet.isEmpty(packed);
  }

  /**
   * Whether the text was a bare IP, without {@code /}.
   *
   * @return true for a bare IP
   */
  public boolean isBare() {
    return GoNet.isBare(packed);
  }

  /**
   * Whether Go's {@code IP.To4()} accepts the network's address: an IPv4 network, or an IPv4-mapped
   * one with a prefix of 96 bits or more. False for the nil network.
   *
   * @return true for IPv4
   */
  public boolean isIPv4() {
    return !isEmpty() && GoNet.isV4Network(packed, address);
  }

  /**
   * Go's {@code Mask.Size()} ones: the prefix length counted over the mask's own width, so {@code
   * ::ffff:1.2.3.4/120} has 120 and {@code 1.2.3.4/24} has 24.
   *
   * @return the number of one bits in the mask
   */
  public int maskOnes() {
    return GoNet.maskOnes(packed);
  }

  /**
   * Go's {@code Mask.Size()} bits: 32 for IPv4 text and bare IPv4 addresses, otherwise 128.
   *
   * @return the mask's width in bits
   */
  public int maskBits() {
    return GoNet.isMask128(packed) ? 128 : 32;
  }

  /**
   * The prefix length in the network's family: {@code ::ffff:1.2.3.4/120} is an IPv4 {@code /24}.
   *
   * @return 0 to 32 for IPv4, 0 to 128 otherwise
   */
  public int prefixLength() {
    return isIPv4() ? GoNet.prefix128(packed) - 96 : GoNet.prefix128(packed);
  }

  /**
   * Whether the network holds one address: Go's {@code ones == bits}.
   *
   * @return true for a full-length prefix
   */
  public boolean isSingleAddress() {
    return GoNet.isSingle(packed);
  }

  /**
   * Whether the address as written has no host bits set (Calico's {@code net} rule).
   *
   * @return true when the address is the network address
   */
  public boolean isStrictlyMasked() {
    return GoNet.isStrictlyMasked(packed, address);
  }

  /**
   * The address as written, host bits included.
   *
   * @return a new 16-byte array (IPv4 as {@code ::ffff:a.b.c.d}; zeros for the nil network)
   */
  public byte[] address() {
    return address.clone();
  }

  /**
   * The network's address, host bits cleared.
   *
   * @return a new 16-byte array
   */
  public byte[] network() {
    byte[] out = address.clone();
    GoNet.clearHostBits(packed, out);
    return out;
  }

  /**
   * Go's {@code IPNet.Contains}: an IPv4 or IPv4-mapped address is compared as IPv4, an address of
   * the other family is never contained, and the nil network contains only the nil IP.
   *
   * @param ip 4 or 16 bytes, or null for Go's nil IP
   * @return true when the network contains the address
   */
  public boolean contains(byte[] ip) {
    return GoNet.containsIp(packed, address, ip);
  }

  /**
   * Go's {@code IP.String()} of the network's (masked) address.
   *
   * @return for example {@code 10.0.0.0}, {@code fd00::}, or {@code <nil>} for the nil network
   */
  public String ipString() {
    return isEmpty() ? GoNet.NIL : GoNet.ipString(network());
  }

  /**
   * Compares the parse results: the address as written and the mask as Go holds it.
   *
   * @param other another object
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof GoNetwork)) {
      return false;
    }
    GoNetwork that = (GoNetwork) other;
    return packed == that.packed && Arrays.equals(address, that.address);
  }

  @Override
  public int hashCode() {
    return 31 * packed + Arrays.hashCode(address);
  }

  /**
   * Go's {@code IPNet.String()}.
   *
   * @return for example {@code 10.0.0.0/8}, {@code fd00::/64}, or {@code <nil>}
   */
  @Override
  public String toString() {
    return GoNet.networkString(packed, address);
  }
}
