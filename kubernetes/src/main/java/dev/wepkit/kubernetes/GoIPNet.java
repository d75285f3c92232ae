// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.internal.GoNet;
import java.util.Arrays;

/**
 * An IP network held the way Go's {@code net.IPNet} holds it, parsed and printed exactly as
 * Calico's {@code lib/net} ({@code ParseCIDR}, {@code ParseCIDROrIP}, {@code IPNet.String}) does.
 *
 * <p>The byte layout matters because Go's printing depends on it: an IPv4 CIDR holds a 4-byte
 * address and mask, an IPv6 CIDR (including an IPv4-mapped one such as {@code ::ffff:1.2.3.4/120})
 * 16 bytes of each, and a bare IP is widened to the full mask of its family (IPv4-mapped addresses
 * count as IPv4, as {@code To4} says). Parsing follows Go's {@code netip.ParseAddr}: dotted decimal
 * without leading zeros, RFC 4291 IPv6 with an optional trailing dotted quad, no zones, no DNS.
 *
 * <p>One Go quirk is kept on purpose: {@code net.IP.UnmarshalText} accepts the empty string as the
 * nil IP, so Calico turns an empty pod IP entry (a trailing comma in an annotation) into a network
 * that prints as {@code <nil>} rather than failing.
 */
final class GoIPNet {
  /** What Go prints for a nil IP or a network it cannot print. */
  static final String NIL = "<nil>";

  private static final int IPV4_LEN = 4;
  private static final int IPV6_LEN = 16;

  // Go's dtoi gives up at this value: anything larger is not a prefix length.
  private static final int DTOI_BIG = 0xFFFFFF;

  /** Null for Go's nil IP; otherwise 4 or 16 bytes. */
  private final byte[] ip;

  /** 4 or 16 bytes, always a prefix mask. */
  private final byte[] mask;

  private GoIPNet(byte[] ip, byte[] mask) {
    this.ip = ip;
    this.mask = mask;
  }

  /**
   * Calico's {@code cnet.ParseCIDROrIP}: the text as a CIDR, masked to its network; failing that,
   * as a bare IP with the full mask of its family.
   *
   * @throws IllegalArgumentException when the text is neither
   */
  static GoIPNet parseCidrOrIp(String text) {
    GoIPNet cidr = parseCidrOrNull(text);
    if (cidr != null) {
      return cidr;
    }
    if (text.isEmpty()) {
      // net.IP.UnmarshalText("") succeeds with a nil IP; IP.Network() then uses a 128-bit mask.
      return new GoIPNet(null, cidrMask(128, 128));
    }
    byte[] addr = parseAddr(text);
    if (addr == null) {
      throw new IllegalArgumentException("invalid CIDR address: " + text);
    }
    byte[] v4 = to4(addr);
    return v4 != null ? new GoIPNet(v4, cidrMask(32, 32)) : new GoIPNet(addr, cidrMask(128, 128));
  }

  /**
   * Calico's {@code cnet.ParseCIDR} (Go's {@code net.ParseCIDR}): the network, with host bits
   * cleared.
   *
   * @throws IllegalArgumentException when the text is not a CIDR
   */
  static GoIPNet parseCidr(String text) {
    GoIPNet cidr = parseCidrOrNull(text);
    if (cidr == null) {
      throw new IllegalArgumentException("invalid CIDR address: " + text);
    }
    return cidr;
  }

  /** True when Go's {@code IP.To4()} is non-nil: an IPv4 or IPv4-mapped address. */
  boolean isIPv4() {
    return to4(ip) != null;
  }

  /** Go's {@code Mask.Size()} ones: the prefix length counted over the mask's own width. */
  int maskOnes() {
    return Math.max(simpleMaskLength(mask), 0);
  }

  /** Go's {@code IP.String()} of the network's address. */
  String ipString() {
    return ipString(ip);
  }

  /** Go's {@code IPNet.String()}: {@code 10.0.0.0/8}, {@code fd00::/64}, or {@code <nil>}. */
  @Override
  public String toString() {
    byte[] network = to4(ip);
    if (network == null) {
      network = ip;
      if (network == null || network.length != IPV6_LEN) {
        return NIL;
      }
    }
    byte[] m = mask;
    if (m.length == IPV4_LEN) {
      if (network.length != IPV4_LEN) {
        return NIL;
      }
    } else if (network.length == IPV4_LEN) {
      // An IPv4(-mapped) address under a 16-byte mask prints with the mask's last 4 bytes.
      m = Arrays.copyOfRange(m, 12, 16);
    }
    int ones = simpleMaskLength(m);
    StringBuilder out = new StringBuilder(48).append(ipString(network)).append('/');
    if (ones >= 0) {
      return out.append(ones).toString();
    }
    for (byte b : m) {
      out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return out.toString();
  }

  private static GoIPNet parseCidrOrNull(String text) {
    // Go cuts at the first slash.
    int slash = text.indexOf('/');
    if (slash < 0) {
      return null;
    }
    String addrText = text.substring(0, slash);
    byte[] addr = parseAddr(addrText);
    if (addr == null) {
      return null;
    }
    int bits = isPlainIPv4(addrText) ? 32 : 128;
    int length = 0;
    int i = slash + 1;
    for (; i < text.length() && isDigit(text.charAt(i)); i++) {
      length = length * 10 + (text.charAt(i) - '0');
      if (length >= DTOI_BIG) {
        return null;
      }
    }
    if (i == slash + 1 || i != text.length() || length > bits) {
      return null;
    }
    byte[] m = cidrMask(length, bits);
    byte[] network = bits == 32 ? Arrays.copyOfRange(addr, 12, 16) : addr;
    for (int k = 0; k < network.length; k++) {
      network[k] &= m[k];
    }
    return new GoIPNet(network, m);
  }

  /** Whether {@code netip.ParseAddr} took the IPv4 path (and so {@code Is4()} holds). */
  private static boolean isPlainIPv4(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        return true;
      }
      if (c == ':' || c == '%') {
        return false;
      }
    }
    return false;
  }

  /**
   * Go's {@code net.ParseIP}: the 16-byte form of an address, or null. Dispatches on the first
   * {@code .}, {@code :} or {@code %} as {@code netip.ParseAddr} does; zones are refused.
   */
  static byte[] parseAddr(String text) {
    byte[] addr = new byte[IPV6_LEN];
    return GoNet.parseAddr(text, 0, text.length(), addr) == GoNet.INVALID ? null : addr;
  }

  /** Go's {@code IP.To4()}: the 4-byte form of an IPv4 or IPv4-mapped address, else null. */
  private static byte[] to4(byte[] ip) {
    if (ip == null) {
      return null;
    }
    if (ip.length == IPV4_LEN) {
      return ip;
    }
    if (ip.length != IPV6_LEN) {
      return null;
    }
    for (int i = 0; i < 10; i++) {
      if (ip[i] != 0) {
        return null;
      }
    }
    if (ip[10] != (byte) 0xFF || ip[11] != (byte) 0xFF) {
      return null;
    }
    return Arrays.copyOfRange(ip, 12, 16);
  }

  /** Go's {@code IP.String()}: dotted quad for IPv4(-mapped), RFC 5952 for IPv6. */
  static String ipString(byte[] ip) {
    if (ip == null || ip.length == 0) {
      return NIL;
    }
    byte[] v4 = to4(ip);
    if (v4 != null) {
      return (v4[0] & 0xFF) + "." + (v4[1] & 0xFF) + "." + (v4[2] & 0xFF) + "." + (v4[3] & 0xFF);
    }
    int[] groups = new int[8];
    for (int g = 0; g < 8; g++) {
      groups[g] = ((ip[2 * g] & 0xFF) << 8) | (ip[2 * g + 1] & 0xFF);
    }
    // The longest run of two or more zero groups becomes "::"; the first one wins a tie.
    int zeroStart = -1;
    int zeroEnd = -1;
    for (int g = 0; g < 8; g++) {
      int end = g;
      while (end < 8 && groups[end] == 0) {
        end++;
      }
      if (end - g >= 2 && end - g > zeroEnd - zeroStart) {
        zeroStart = g;
        zeroEnd = end;
      }
    }
    StringBuilder out = new StringBuilder(39);
    for (int g = 0; g < 8; g++) {
      if (g == zeroStart) {
        out.append("::");
        g = zeroEnd - 1;
        continue;
      }
      if (g > 0 && g != zeroEnd) {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[g]));
    }
    return out.toString();
  }

  private static byte[] cidrMask(int ones, int bits) {
    byte[] m = new byte[bits / 8];
    for (int i = 0; i < m.length; i++) {
      int remaining = ones - 8 * i;
      if (remaining >= 8) {
        m[i] = (byte) 0xFF;
      } else if (remaining > 0) {
        m[i] = (byte) (0xFF << (8 - remaining));
      }
    }
    return m;
  }

  /** Go's {@code simpleMaskLength}: the prefix length, or -1 for a non-contiguous mask. */
  private static int simpleMaskLength(byte[] m) {
    int ones = 0;
    for (int i = 0; i < m.length; i++) {
      int b = m[i] & 0xFF;
      if (b == 0xFF) {
        ones += 8;
        continue;
      }
      while ((b & 0x80) != 0) {
        ones++;
        b = (b << 1) & 0xFF;
      }
      if (b != 0) {
        return -1;
      }
      for (int j = i + 1; j < m.length; j++) {
        if (m[j] != 0) {
          return -1;
        }
      }
      break;
    }
    return ones;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
