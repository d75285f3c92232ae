// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.internal.GoNet;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;

/**
 * An IP address with a prefix length, as Calico's {@code ParseCIDROrIP} reads it: {@code
 * 10.0.0.1/24}, or a bare address as a full-length prefix ({@code 10.0.0.1} is {@code
 * 10.0.0.1/32}).
 *
 * <p>The address is kept as written, host bits included; {@link #network()} clears them and {@link
 * #isStrictlyMasked()} tells whether there were any. An IPv4-mapped IPv6 prefix of 96 bits or more
 * is IPv4, as Go treats it: {@code ::ffff:1.2.3.4/128} is {@code 1.2.3.4/32}.
 *
 * <p>Instances are immutable; obtain them from {@link Cidrs#parse}.
 *
 * <pre>{@code
 * Cidr net = Cidrs.parse("10.65.0.0/16");
 * net.contains(IpAddresses.parse("10.65.3.4"));   // true
 * net.isSingleAddress();                          // false
 * Cidrs.parse("10.0.0.1/24").network();           // 10.0.0.0/24
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Cidr {
  private final IpFamily family;
  private final byte[] address;
  private final int prefixLength;

  private Cidr(IpFamily family, byte[] address, int prefixLength) {
    this.family = family;
    this.address = address;
    this.prefixLength = prefixLength;
  }

  /** Builds the value Go's networks behave as, from a non-empty {@link GoNet} parse result. */
  static Cidr fromParse(int packed, byte[] buf16) {
    if (GoNet.isV4Network(packed, buf16)) {
      return new Cidr(
          IpFamily.IPV4, Arrays.copyOfRange(buf16, 12, 16), GoNet.prefix128(packed) - 96);
    }
    return new Cidr(IpFamily.IPV6, buf16.clone(), GoNet.maskOnes(packed));
  }

  /**
   * The IP version.
   *
   * @return IPv4 or IPv6
   */
  public IpFamily family() {
    return family;
  }

  /**
   * The address as written, host bits included.
   *
   * @return the address; an {@link java.net.Inet6Address} whenever {@link #family()} is IPv6
   */
  public InetAddress address() {
    try {
      // Inet6Address.getByAddress keeps mapped bytes as IPv6, which a /80 of a mapped address is.
      return family == IpFamily.IPV4
          ? InetAddress.getByAddress(address)
          : Inet6Address.getByAddress(null, address, -1);
    } catch (UnknownHostException e) {
      throw new AssertionError("4 or 16 bytes are always an address", e);
    }
  }

  /**
   * The address bytes as written.
   *
   * @return a new array of 4 (IPv4) or 16 (IPv6) bytes
   */
  public byte[] addressBytes() {
    return address.clone();
  }

  /**
   * The prefix length.
   *
   * @return 0 to 32 for IPv4, 0 to 128 for IPv6
   */
  public int prefixLength() {
    return prefixLength;
  }

  /**
   * Tells whether the prefix covers exactly one address ({@code /32} or {@code /128}), which Calico
   * requires of {@code ipNetworks}.
   *
   * @return true for a full-length prefix
   */
  public boolean isSingleAddress() {
    return prefixLength == family.bitLength();
  }

  /**
   * Tells whether no host bits are set, so that the address is the network address (Calico's {@code
   * net} rule).
   *
   * @return true when the address equals {@link #network()}'s
   */
  public boolean isStrictlyMasked() {
    return GoNet.hostBitsZero(address, prefixLength);
  }

  /**
   * Returns the network: the same prefix with host bits cleared.
   *
   * @return the network, which is this instance when it is already strictly masked
   */
  public Cidr network() {
    return isStrictlyMasked()
        ? this
        : new Cidr(family, GoNet.mask(address, prefixLength), prefixLength);
  }

  /**
   * Tells whether the network contains {@code ip}, as Go's {@code IPNet.Contains} does: an address
   * of the other family is never contained, and an IPv4-mapped IPv6 address is IPv4.
   *
   * @param ip the address
   * @return true when {@code ip} lies inside this prefix
   */
  public boolean contains(InetAddress ip) {
    Objects.requireNonNull(ip, "ip");
    byte[] bytes = ip.getAddress();
    if (bytes.length == 16 && GoNet.isMapped(bytes)) {
      bytes = Arrays.copyOfRange(bytes, 12, 16);
    }
    return bytes.length == address.length && GoNet.samePrefix(bytes, address, prefixLength);
  }

  /**
   * Compares the family, the address as written and the prefix length.
   *
   * @param other another object
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Cidr)) {
      return false;
    }
    Cidr that = (Cidr) other;
    return family == that.family
        && prefixLength == that.prefixLength
        && Arrays.equals(address, that.address);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * family.hashCode() + Arrays.hashCode(address)) + prefixLength;
  }

  /**
   * Returns the canonical text as Go prints an address with a prefix length ({@code
   * netip.Prefix.String()}), with the address as written: {@code 10.0.0.1/24}, {@code
   * 2001:db8::1/32} (IPv6 in its shortest form: lower case, no leading zeros, the first longest run
   * of zero groups as {@code ::}). An IPv6 prefix of an IPv4-mapped address keeps the mapped form,
   * {@code ::ffff:1.2.3.4/80}, so that the text parses back to the same value.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return addressText() + "/" + prefixLength;
  }

  /** The address as written, printed as Go prints it; see {@link #toString()}. */
  String addressText() {
    return family == IpFamily.IPV4 ? GoNet.ipString(address) : GoNet.ipv6AddrString(address);
  }
}
