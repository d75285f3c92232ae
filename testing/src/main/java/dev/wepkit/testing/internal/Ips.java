// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * IP address text handling for the generators and mutations: parsing with Go's {@code net.ParseIP}
 * rules, and the text forms Go accepts. Not part of the public API.
 *
 * <p>Addresses are byte arrays of length 4 or 16. Parsing never throws; it returns null for text Go
 * would reject. IPv4-mapped IPv6 addresses ({@code ::ffff:a.b.c.d}) count as IPv4, as Go's {@code
 * To4()} does.
 */
public final class Ips {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ips() {}

  /**
   * Parses an IPv4 or IPv6 address as Go's {@code net.ParseIP} does (no zone, no prefix, no leading
   * zeros in IPv4 octets).
   *
   * @param text the text
   * @return 4 or 16 bytes, or null when Go would reject the text
   */
  public static byte[] parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    return text.indexOf(':') >= 0 ? parseV6(text) : parseV4(text, 0, text.length());
  }

  /**
   * Parses {@code addr/prefix} or a bare address, as Calico's {@code cnet.ParseCIDROrIP} does.
   *
   * @param text the text
   * @return the address and its prefix length (32 or 128 for a bare IP), or null when Go would
   *     reject the text
   */
  public static Network parseCidrOrIp(String text) {
    if (text == null) {
      return null;
    }
    int slash = text.indexOf('/');
    if (slash < 0) {
      byte[] ip = parse(text);
      return ip == null ? null : new Network(ip, ip.length * 8);
    }
    byte[] ip = parse(text.substring(0, slash));
    String prefix = text.substring(slash + 1);
    if (ip == null || prefix.isEmpty() || prefix.length() > 3) {
      return null;
    }
    int length = 0;
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      length = length * 10 + (c - '0');
    }
    return length > ip.length * 8 ? null : new Network(ip, length);
  }

  /**
   * Tells whether an address is IPv4, including IPv4-mapped IPv6.
   *
   * @param ip 4 or 16 bytes
   * @return true for IPv4
   */
  public static boolean isV4(byte[] ip) {
    return ip.length == 4 || isMapped(ip);
  }

  /**
   * Returns the 4-byte form of an IPv4 or IPv4-mapped address, and other addresses unchanged.
   *
   * @param ip 4 or 16 bytes
   * @return the normalised bytes
   */
  public static byte[] normalize(byte[] ip) {
    return isMapped(ip) ? Arrays.copyOfRange(ip, 12, 16) : ip;
  }

  /**
   * Tells whether a 16-byte address is IPv4-mapped.
   *
   * @param ip 4 or 16 bytes
   * @return true for {@code ::ffff:a.b.c.d}
   */
  public static boolean isMapped(byte[] ip) {
    if (ip.length != 16) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (ip[i] != 0) {
        return false;
      }
    }
    return ip[10] == (byte) 0xff && ip[11] == (byte) 0xff;
  }

  /**
   * Tells whether two texts are the same address, whatever their form.
   *
   * @param a an address text
   * @param b another
   * @return true when both parse and are equal
   */
  public static boolean sameAddress(String a, String b) {
    byte[] x = parse(a);
    byte[] y = parse(b);
    return x != null && y != null && Arrays.equals(normalize(x), normalize(y));
  }

  /**
   * Writes an IPv4 address in dotted decimal.
   *
   * @param ip 4 bytes
   * @return for example {@code 10.0.0.1}
   */
  public static String formatV4(byte[] ip) {
    return (ip[0] & 0xff) + "." + (ip[1] & 0xff) + "." + (ip[2] & 0xff) + "." + (ip[3] & 0xff);
  }

  /**
   * Writes an IPv6 address in RFC 5952 canonical form (Go's {@code String()}): lower case, no
   * leading zeros, the longest run of two or more zero groups written as {@code ::}.
   *
   * @param ip 16 bytes
   * @return for example {@code 2001:db8::1}
   */
  public static String formatV6Canonical(byte[] ip) {
    int[] groups = groups(ip);
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder out = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }

  /**
   * Writes an IPv6 address as eight groups, without {@code ::}.
   *
   * @param ip 16 bytes
   * @param padded whether every group has four digits ({@code 0db8}) or none has leading zeros
   * @return for example {@code 2001:0db8:0000:0000:0000:0000:0000:0001}
   */
  public static String formatV6Full(byte[] ip, boolean padded) {
    int[] groups = groups(ip);
    StringBuilder out = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i > 0) {
        out.append(':');
      }
      if (padded) {
        for (int shift = 12; shift >= 0; shift -= 4) {
          out.append(HEX[(groups[i] >> shift) & 0xf]);
        }
      } else {
        out.append(Integer.toHexString(groups[i]));
      }
    }
    return out.toString();
  }

  /**
   * Writes an address in the usual form of its family: dotted decimal or canonical IPv6.
   *
   * @param ip 4 or 16 bytes
   * @return the text
   */
  public static String format(byte[] ip) {
    return ip.length == 4 ? formatV4(ip) : formatV6Canonical(ip);
  }

  /**
   * Upper-cases the hex digits of an address text; Go accepts either case.
   *
   * @param text an address text
   * @return the text in upper case
   */
  public static String upper(String text) {
    return text.toUpperCase(Locale.ROOT);
  }

  /**
   * Clears the host bits of an address.
   *
   * @param ip 4 or 16 bytes
   * @param prefixLength the number of network bits
   * @return a masked copy
   */
  public static byte[] mask(byte[] ip, int prefixLength) {
    byte[] out = ip.clone();
    for (int bit = prefixLength; bit < out.length * 8; bit++) {
      out[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
    }
    return out;
  }

  /**
   * Tells whether any of the network texts that parse contains the address.
   *
   * @param networks CIDR or IP texts; unparsable ones are skipped
   * @param ip 4 or 16 bytes
   * @return true when one contains it
   */
  public static boolean anyContains(Iterable<String> networks, byte[] ip) {
    for (String network : networks) {
      Network parsed = parseCidrOrIp(network);
      if (parsed != null && parsed.contains(ip)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns an address of one family that none of the networks contains, or null when they cover
   * the whole family (a {@code 0.0.0.0/0}, say). Deterministic, so it cannot loop however the
   * networks were chosen.
   *
   * <p>If any address is uncovered, the lowest address of some uncovered range is one of: the
   * family's first address, the address just past a network, or (for IPv6) the address just past
   * the IPv4-mapped range, which counts as IPv4. The first uncovered address found among those is
   * returned; the address just before each network is tried too, for variety.
   *
   * @param networks CIDR or IP texts; unparsable ones are skipped
   * @param v4 true for IPv4, false for IPv6 outside the IPv4-mapped range
   * @return 4 or 16 bytes, or null when the family is fully covered
   */
  public static byte[] firstUncovered(Iterable<String> networks, boolean v4) {
    int length = v4 ? 4 : 16;
    java.util.List<byte[]> candidates = new java.util.ArrayList<>();
    candidates.add(new byte[length]);
    byte[] ones = new byte[length];
    Arrays.fill(ones, (byte) 0xff);
    candidates.add(ones);
    if (!v4) {
      byte[] pastMapped = new byte[16];
      pastMapped[9] = 1; // ::1:0:0:0, the first address after ::ffff:255.255.255.255
      candidates.add(pastMapped);
    }
    for (String network : networks) {
      Network parsed = parseCidrOrIp(network);
      if (parsed == null) {
        continue;
      }
      byte[] net = normalize(parsed.address());
      int bits = parsed.prefixLength() - (parsed.address().length - net.length) * 8;
      if (net.length != length || bits < 0) {
        continue;
      }
      byte[] first = mask(net, bits);
      byte[] last = first.clone();
      for (int bit = bits; bit < length * 8; bit++) {
        last[bit / 8] |= (byte) (0x80 >> (bit % 8));
      }
      candidates.add(step(last, 1));
      candidates.add(step(first, -1));
    }
    for (byte[] candidate : candidates) {
      if (candidate != null && (v4 || !isMapped(candidate)) && !anyContains(networks, candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The address one above or below, or null when that would wrap around. */
  private static byte[] step(byte[] ip, int direction) {
    byte[] out = ip.clone();
    for (int i = out.length - 1; i >= 0; i--) {
      int value = (out[i] & 0xff) + direction;
      out[i] = (byte) value;
      if (value >= 0 && value <= 0xff) {
        return out;
      }
    }
    return null;
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static int[] groups(byte[] ip) {
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((ip[2 * i] & 0xff) << 8) | (ip[2 * i + 1] & 0xff);
    }
    return groups;
  }

  private static byte[] parseV4(String text, int from, int to) {
    byte[] out = new byte[4];
    int part = 0;
    int i = from;
    while (part < 4) {
      int start = i;
      int value = 0;
      while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        value = value * 10 + (text.charAt(i) - '0');
        i++;
        if (i - start > 3) {
          return null;
        }
      }
      int digits = i - start;
      // Go 1.17+ rejects leading zeros, which older parsers read as octal.
      if (digits == 0 || value > 255 || (digits > 1 && text.charAt(start) == '0')) {
        return null;
      }
      out[part++] = (byte) value;
      if (part < 4) {
        if (i >= to || text.charAt(i) != '.') {
          return null;
        }
        i++;
      }
    }
    return i == to ? out : null;
  }

  private static byte[] parseV6(String text) {
    byte[] out = new byte[16];
    int length = text.length();
    int ellipsis = -1;
    int i = 0;
    int n = 0;
    if (length >= 2 && text.charAt(0) == ':' && text.charAt(1) == ':') {
      ellipsis = 0;
      i = 2;
      if (i == length) {
        return out;
      }
    }
    while (n < 16) {
      int start = i;
      int value = 0;
      while (i < length && hexValue(text.charAt(i)) >= 0 && i - start < 4) {
        value = value * 16 + hexValue(text.charAt(i));
        i++;
      }
      if (i == start) {
        return null;
      }
      if (i < length && text.charAt(i) == '.') {
        // An embedded IPv4 address takes the last four bytes.
        if (ellipsis < 0 && n != 12 || n + 4 > 16) {
          return null;
        }
        byte[] v4 = parseV4(text, start, length);
        if (v4 == null) {
          return null;
        }
        System.arraycopy(v4, 0, out, n, 4);
        n += 4;
        i = length;
        break;
      }
      if (i < length && hexValue(text.charAt(i)) >= 0) {
        return null; // a fifth hex digit
      }
      out[n++] = (byte) (value >> 8);
      out[n++] = (byte) value;
      if (i == length) {
        break;
      }
      if (text.charAt(i) != ':' || i + 1 == length) {
        return null;
      }
      i++;
      if (text.charAt(i) == ':') {
        if (ellipsis >= 0) {
          return null;
        }
        ellipsis = n;
        i++;
        if (i == length) {
          break;
        }
      }
    }
    if (i != length) {
      return null;
    }
    if (ellipsis < 0) {
      return n == 16 ? out : null;
    }
    if (n == 16) {
      return null; // "::" must stand for at least one group
    }
    int tail = n - ellipsis;
    System.arraycopy(out, ellipsis, out, 16 - tail, tail);
    Arrays.fill(out, ellipsis, 16 - tail, (byte) 0);
    return out;
  }

  /** An address with a prefix length, as parsed from a CIDR or a bare IP. */
  public static final class Network {
    private final byte[] address;
    private final int prefixLength;

    Network(byte[] address, int prefixLength) {
      this.address = address;
      this.prefixLength = prefixLength;
    }

    /**
     * The address as written (host bits included).
     *
     * @return 4 or 16 bytes
     */
    public byte[] address() {
      return address.clone();
    }

    /**
     * The prefix length.
     *
     * @return 0 to 32 or 0 to 128
     */
    public int prefixLength() {
      return prefixLength;
    }

    /**
     * Tells whether the address has no host bits set.
     *
     * @return true when strictly masked
     */
    public boolean isMasked() {
      return Arrays.equals(address, mask(address, prefixLength));
    }

    /**
     * Tells whether the network is a single address ({@code /32} or {@code /128}).
     *
     * @return true for one address
     */
    public boolean isSingleAddress() {
      return prefixLength == address.length * 8;
    }

    /**
     * Tells whether an address lies inside this network, comparing IPv4-mapped addresses as IPv4.
     *
     * @param ip 4 or 16 bytes
     * @return true when inside
     */
    public boolean contains(byte[] ip) {
      byte[] net = normalize(address);
      int bits = prefixLength - (address.length - net.length) * 8;
      byte[] candidate = normalize(ip);
      if (candidate.length != net.length || bits < 0) {
        return false;
      }
      return Arrays.equals(mask(net, bits), mask(candidate, bits));
    }
  }
}
