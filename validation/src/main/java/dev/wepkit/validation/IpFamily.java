// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

/**
 * The IP version of an address or {@link Cidr}, as Go decides it: an IPv4-mapped IPv6 address
 * ({@code ::ffff:1.2.3.4}) is IPv4, because Go's {@code To4()} accepts it.
 *
 * @since 0.1.0
 */
public enum IpFamily {
  /** IPv4: 4-byte addresses, prefixes up to 32. */
  IPV4(32),
  /** IPv6: 16-byte addresses, prefixes up to 128. */
  IPV6(128);

  private final int bitLength;

  IpFamily(int bitLength) {
    this.bitLength = bitLength;
  }

  /**
   * The number of bits in an address of this family.
   *
   * @return 32 or 128
   */
  public int bitLength() {
    return bitLength;
  }
}
