// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.internal.GoNet;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * IP addresses exactly as Go's {@code net.ParseIP} reads them, which is what Calico's {@code ip},
 * {@code ipv4} and {@code ipv6} rules use. Never touches DNS.
 *
 * <p>Go is stricter than {@link InetAddress#getByName} and than Guava's {@code InetAddresses}:
 *
 * <ul>
 *   <li>IPv4 is exactly four decimal octets, 0 to 255, <em>without leading zeros</em> ({@code
 *       010.0.0.1} is rejected rather than read as octal or decimal);
 *   <li>IPv6 follows RFC 4291 text form, with at most four hex digits per group, one {@code ::}
 *       standing for at least one group, and an optional dotted IPv4 tail in the last 32 bits;
 *   <li>no zones ({@code fe80::1%eth0}), no brackets, no prefix length, no surrounding spaces.
 * </ul>
 *
 * <p>An IPv4-mapped IPv6 address such as {@code ::ffff:10.0.0.1} counts as IPv4, as Go's {@code
 * To4()} says; {@link #parse} returns it as an {@link java.net.Inet4Address}.
 *
 * <p>This is a hand-written port of Go's parser rather than a wrapper around Guava's {@code
 * InetAddresses.forString}: Guava accepts zones and differs on some IPv4-in-IPv6 forms, and the
 * validator calls this on its hot path, where a loop over the text is cheapest.
 *
 * <pre>{@code
 * InetAddress gw = IpAddresses.parse("10.65.0.1");
 * IpAddresses.isValid("010.65.0.1");          // false: leading zero
 * IpAddresses.isIPv4Family("::ffff:10.0.0.1"); // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class IpAddresses {
  private IpAddresses() {}

  /**
   * Parses an IP address.
   *
   * @param text the address text
   * @return the address; an {@link java.net.Inet4Address} for IPv4 and IPv4-mapped text
   * @throws IllegalArgumentException naming the input when Go would not accept it
   */
  public static InetAddress parse(String text) {
    byte[] bytes = new byte[16];
    if (text == null || GoNet.parseAddr(text, 0, text.length(), bytes) == GoNet.INVALID) {
      throw Texts.invalid("an IP address", text, text == null ? null : explain(text));
    }
    return toInetAddress(bytes);
  }

  /**
   * Tells whether {@code text} is an IP address Go accepts.
   *
   * @param text the text, may be null
   * @return true when valid
   */
  public static boolean isValid(String text) {
    return text != null && GoNet.parseAddr(text, 0, text.length(), new byte[16]) != GoNet.INVALID;
  }

  /**
   * Tells whether {@code text} is a valid address of the IPv4 family, IPv4-mapped IPv6 included
   * (Calico's {@code ipv4} rule).
   *
   * @param text the text, may be null
   * @return true for an IPv4 address
   */
  public static boolean isIPv4Family(String text) {
    return family(text) == IpFamily.IPV4;
  }

  /**
   * Tells whether {@code text} is a valid address of the IPv6 family, not IPv4-mapped (Calico's
   * {@code ipv6} rule).
   *
   * @param text the text, may be null
   * @return true for an IPv6 address
   */
  public static boolean isIPv6Family(String text) {
    return family(text) == IpFamily.IPV6;
  }

  /**
   * Tells whether an address is of the IPv4 family. Java already turns IPv4-mapped addresses into
   * {@link java.net.Inet4Address}; an {@link java.net.Inet6Address} built directly from mapped
   * bytes also counts as IPv4, as in Go.
   *
   * @param address the address
   * @return true for IPv4
   */
  public static boolean isIPv4Family(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == 4 || GoNet.isMapped(bytes);
  }

  /**
   * The family of {@code text}, or null when it is not an address.
   *
   * @param text the text, may be null
   * @return the family, or null
   */
  public static IpFamily family(String text) {
    if (text == null) {
      return null;
    }
    byte[] bytes = new byte[16];
    if (GoNet.parseAddr(text, 0, text.length(), bytes) == GoNet.INVALID) {
      return null;
    }
    return GoNet.isMapped(bytes) ? IpFamily.IPV4 : IpFamily.IPV6;
  }

  /** Turns 16 bytes from {@link GoNet} into an address; mapped bytes become IPv4, as in Go. */
  static InetAddress toInetAddress(byte[] bytes16) {
    try {
      return InetAddress.getByAddress(bytes16);
    } catch (UnknownHostException e) {
      throw new AssertionError("16 bytes are always an address", e);
    }
  }

  /** Says why Go rejects {@code text} as an IP address. */
  static String explain(String text) {
    if (text.isEmpty()) {
      return "empty";
    }
    if (text.indexOf('/') >= 0) {
      return "a plain address is required, without a prefix length";
    }
    if (text.indexOf('%') >= 0) {
      return "zones such as %eth0 are not allowed";
    }
    if (!text.equals(text.strip())) {
      return "surrounding spaces are not allowed";
    }
    if (text.indexOf(':') < 0 && text.indexOf('.') >= 0) {
      return "IPv4 needs four decimal octets from 0 to 255, without leading zeros";
    }
    return "not an IPv4 or IPv6 address";
  }
}
