// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.internal;

/**
 * wepkit's one Go address engine: Go's {@code net.ParseIP} (which is {@code netip.ParseAddr}
 * without zones), {@code net.ParseCIDR}, Calico's {@code cnet.ParseCIDROrIP}, {@code
 * IPNet.Contains}, masking, the IP family, and Go's {@code String()} of {@code net.IP}, {@code
 * net.IPNet} and {@code netip.Addr}, written as loops over the text and over byte buffers.
 *
 * <p>Every parsed address is held in a 16-byte buffer, IPv4 as the IPv4-mapped IPv6 form {@code
 * ::ffff:a.b.c.d}, as Go's {@code net.IP} holds it. Go then treats a mapped address as IPv4 ({@code
 * To4()}), and so do the helpers here. The printing helpers also take the 4-byte form, as Go's do.
 *
 * <p>A CIDR parse returns a packed {@code int}: the prefix length as Go's mask holds it (bits 0-7),
 * whether the mask is 128 bits long (the text was IPv6), whether the input was a bare IP, and
 * whether it was empty. Callers read it with the accessors below; the buffer holds the address as
 * written (not the masked network) until {@link #clearHostBits(int, byte[])} masks it. {@link
 * GoNetwork} is the same result as a value, for callers that do not count allocations.
 *
 * <p>Shared by the validation module, the Pod conversion and the test generators; not part of the
 * public API.
 */
public final class GoNet {
  /** Not an address. */
  public static final int INVALID = -1;

  /** {@link #parseAddr} result: dotted-quad text. */
  public static final int TEXT_V4 = 4;

  /** {@link #parseAddr} result: IPv6 text (which may still hold an IPv4-mapped address). */
  public static final int TEXT_V6 = 6;

  private static final int MASK128 = 1 << 8;
  private static final int BARE = 1 << 9;
  private static final int EMPTY = 1 << 10;

  // Go's dtoi gives up at this value.
  private static final int DTOI_BIG = 0xFFFFFF;

  private GoNet() {}

  /**
   * Parses {@code s[from, to)} as Go's {@code net.ParseIP} does: no zones, no brackets, IPv4 octets
   * without leading zeros.
   *
   * @param s the text
   * @param from first index
   * @param to index past the end
   * @param out 16 bytes that receive the address (IPv4 as {@code ::ffff:a.b.c.d})
   * @return {@link #TEXT_V4}, {@link #TEXT_V6} or {@link #INVALID}
   */
  public static int parseAddr(String s, int from, int to, byte[] out) {
    // netip.ParseAddr decides by the first '.', ':' or '%'.
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (!parseV4Fields(s, from, to, out, 12)) {
          return INVALID;
        }
        for (int k = 0; k < 10; k++) {
          out[k] = 0;
        }
        out[10] = (byte) 0xff;
        out[11] = (byte) 0xff;
        return TEXT_V4;
      }
      if (c == ':') {
        return parseV6(s, from, to, out) ? TEXT_V6 : INVALID;
      }
      if (c == '%') {
        return INVALID;
      }
    }
    return INVALID;
  }

  // netip.parseIPv4Fields: four decimal fields 0-255, no leading zeros, no empty field.
  private static boolean parseV4Fields(String s, int from, int to, byte[] out, int off) {
    int val = 0;
    int pos = 0;
    int digits = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (digits == 1 && val == 0) {
          return false;
        }
        val = val * 10 + (c - '0');
        digits++;
        if (val > 255) {
          return false;
        }
      } else if (c == '.') {
        if (i == from || i == to - 1 || s.charAt(i - 1) == '.') {
          return false;
        }
        if (pos == 3) {
          return false;
        }
        out[off + pos] = (byte) val;
        pos++;
        val = 0;
        digits = 0;
      } else {
        return false;
      }
    }
    if (pos < 3) {
      return false;
    }
    out[off + 3] = (byte) val;
    return true;
  }

  // netip.parseIPv6 without zone support (net.ParseIP rejects every zone).
  private static boolean parseV6(String s, int from, int to, byte[] ip) {
    for (int k = 0; k < 16; k++) {
      ip[k] = 0;
    }
    int p = from;
    int ellipsis = -1;
    if (to - p >= 2 && s.charAt(p) == ':' && s.charAt(p + 1) == ':') {
      ellipsis = 0;
      p += 2;
      if (p == to) {
        return true;
      }
    }
    int i = 0;
    while (i < 16) {
      int off = 0;
      int acc = 0;
      while (p + off < to) {
        int d = hexValue(s.charAt(p + off));
        if (d < 0) {
          break;
        }
        acc = (acc << 4) + d;
        if (off > 3) {
          return false;
        }
        off++;
      }
      if (off == 0) {
        return false;
      }
      if (p + off < to && s.charAt(p + off) == '.') {
        if (ellipsis < 0 && i != 12) {
          return false;
        }
        if (i + 4 > 16) {
          return false;
        }
        if (!parseV4Fields(s, p, to, ip, i)) {
          return false;
        }
        p = to;
        i += 4;
        break;
      }
      ip[i] = (byte) (acc >> 8);
      ip[i + 1] = (byte) acc;
      i += 2;
      p += off;
      if (p == to) {
        break;
      }
      if (s.charAt(p) != ':') {
        return false;
      }
      if (p + 1 == to) {
        return false;
      }
      p++;
      if (s.charAt(p) == ':') {
        if (ellipsis >= 0) {
          return false;
        }
        ellipsis = i;
        p++;
        if (p == to) {
          break;
        }
      }
    }
    if (p != to) {
      return false;
    }
    if (i < 16) {
      if (ellipsis < 0) {
        return false;
      }
      int n = 16 - i;
      for (int j = i - 1; j >= ellipsis; j--) {
        ip[j + n] = ip[j];
      }
      for (int j = ellipsis; j < ellipsis + n; j++) {
        ip[j] = 0;
      }
    } else if (ellipsis >= 0) {
      // The :: must stand for at least one group of zeros.
      return false;
    }
    return true;
  }

  /**
   * The value of an ASCII hex digit, either case, or -1: Go's parsers accept no other digits
   * ({@link Character#digit(char, int)} would accept fullwidth ones).
   */
  public static int hexValue(char c) {
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

  /**
   * Parses {@code s} as Go's {@code net.ParseIP} does.
   *
   * @param s the text, may be null
   * @return a new 16-byte array (IPv4 as {@code ::ffff:a.b.c.d}), or null when Go returns nil
   */
  public static byte[] parseIp(String s) {
    if (s == null) {
      return null;
    }
    byte[] out = new byte[16];
    return parseAddr(s, 0, s.length(), out) == INVALID ? null : out;
  }

  /**
   * Parses {@code s} as Go's {@code net.ParseCIDR} does: an address, a {@code /} and a decimal
   * prefix length (leading zeros allowed, as Go's {@code dtoi} reads it) no longer than the
   * address: 32 for dotted-quad text, 128 for IPv6 text.
   *
   * @param s the text
   * @param buf 16 bytes that receive the address (unmasked; see {@link #clearHostBits(int,
   *     byte[])})
   * @return a packed result, or {@link #INVALID}, also for a bare IP and for empty text
   */
  public static int parseCidr(String s, byte[] buf) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return INVALID;
    }
    int text = parseAddr(s, 0, slash, buf);
    if (text == INVALID) {
      return INVALID;
    }
    int length = s.length();
    int n = 0;
    int i = slash + 1;
    for (; i < length; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      n = n * 10 + (c - '0');
      if (n >= DTOI_BIG) {
        return INVALID;
      }
    }
    if (i == slash + 1 || i != length) {
      return INVALID;
    }
    if (text == TEXT_V4) {
      return n > 32 ? INVALID : n;
    }
    return n > 128 ? INVALID : MASK128 | n;
  }

  /**
   * Parses {@code s} as Calico's {@code cnet.ParseCIDROrIP}: Go's {@code net.ParseCIDR} first, then
   * a bare IP as a full-length network. Empty text succeeds (Go's nil IP), as in Calico.
   *
   * @param s the text
   * @param buf 16 bytes that receive the address (unmasked)
   * @return a packed result, or {@link #INVALID}
   */
  public static int parseCidrOrIp(String s, byte[] buf) {
    int length = s.length();
    if (length == 0) {
      // net.IP.UnmarshalText("") succeeds with a nil IP; IP.Network() then uses a 128-bit mask.
      for (int k = 0; k < 16; k++) {
        buf[k] = 0;
      }
      return EMPTY | MASK128 | 128;
    }
    if (s.indexOf('/') >= 0) {
      // A '/' is never part of an IP, so only the CIDR reading can succeed.
      return parseCidr(s, buf);
    }
    int text = parseAddr(s, 0, length, buf);
    if (text == INVALID) {
      return INVALID;
    }
    // cnet's IP.Network(): an address that To4() accepts becomes a 4-byte /32.
    return isMapped(buf) ? BARE | 32 : BARE | MASK128 | 128;
  }

  /** The prefix length as Go's mask holds it: up to 32 for a 4-byte mask, 128 otherwise. */
  public static int maskOnes(int packed) {
    return packed & 0xff;
  }

  /** Whether Go's mask is 16 bytes long. */
  public static boolean isMask128(int packed) {
    return (packed & MASK128) != 0;
  }

  /** Whether the text was a bare IP (no {@code /}). */
  public static boolean isBare(int packed) {
    return (packed & BARE) != 0;
  }

  /** Whether the text was empty: Go's nil IP with a /128 mask. */
  public static boolean isEmpty(int packed) {
    return (packed & EMPTY) != 0;
  }

  /** Whether the network holds exactly one address (Go's {@code ones == bits}). */
  public static boolean isSingle(int packed) {
    return maskOnes(packed) == (isMask128(packed) ? 128 : 32);
  }

  /** The prefix length in the 128-bit space of {@link #parseCidrOrIp}'s buffer. */
  public static int prefix128(int packed) {
    return isMask128(packed) ? maskOnes(packed) : 96 + maskOnes(packed);
  }

  /**
   * Whether Go treats the network as IPv4: its masked address passes {@code To4()}.
   *
   * @param packed a non-empty parse result
   * @param buf the parsed address
   * @return true for an IPv4 network
   */
  public static boolean isV4Network(int packed, byte[] buf) {
    return !isMask128(packed) || (maskOnes(packed) >= 96 && isMapped(buf));
  }

  /**
   * Whether the address has no bits set past the prefix, which is what Calico's {@code net} check
   * compares (the parsed IP against the masked network).
   */
  public static boolean isStrictlyMasked(int packed, byte[] buf) {
    return hostBitsZero(buf, prefix128(packed));
  }

  /**
   * Whether {@code a} is an IPv4-mapped address, that is, whether Go's {@code To4()} accepts it.
   */
  public static boolean isMapped(byte[] a) {
    for (int k = 0; k < 10; k++) {
      if (a[k] != 0) {
        return false;
      }
    }
    return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
  }

  /**
   * Go's {@code IPNet.Contains} for a parsed network and a parsed address.
   *
   * @param packed a non-empty network parse result
   * @param net the network's address
   * @param ip the address (16 bytes)
   * @return true when the network contains the address
   */
  public static boolean contains(int packed, byte[] net, byte[] ip) {
    boolean v4 = isV4Network(packed, net);
    if (v4 != isMapped(ip)) {
      return false;
    }
    return samePrefix(net, ip, prefix128(packed));
  }

  /**
   * Whether the first {@code bits} bits of two arrays of the same length (16 bytes here, 4 for an
   * IPv4 CIDR's own address) agree.
   */
  public static boolean samePrefix(byte[] a, byte[] b, int bits) {
    int full = bits >>> 3;
    for (int k = 0; k < full; k++) {
      if (a[k] != b[k]) {
        return false;
      }
    }
    int rest = bits & 7;
    if (rest == 0) {
      return true;
    }
    int mask = (0xff << (8 - rest)) & 0xff;
    return (a[full] & mask) == (b[full] & mask);
  }

  /**
   * Whether every bit of the address (4 or 16 bytes) past the first {@code bits} is zero.
   *
   * @param a the address
   * @param bits the prefix length, 0 to {@code 8 * a.length}
   * @return true when no host bit is set
   */
  public static boolean hostBitsZero(byte[] a, int bits) {
    int full = bits >>> 3;
    int rest = bits & 7;
    if (rest != 0) {
      if ((a[full] & (0xff >>> rest)) != 0) {
        return false;
      }
      full++;
    }
    for (int k = full, n = a.length; k < n; k++) {
      if (a[k] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Clears the host bits of a parsed address in place, which turns it into the network address that
   * Go's {@code net.ParseCIDR} returns in its {@code IPNet}.
   *
   * @param packed a parse result other than {@link #INVALID}
   * @param buf the parsed address, 16 bytes
   */
  public static void clearHostBits(int packed, byte[] buf) {
    clearFrom(buf, prefix128(packed));
  }

  /**
   * Go's {@code ip.Mask(net.CIDRMask(ones, 8 * len(ip)))} for a prefix mask: a copy of the address
   * with every bit past the first {@code ones} cleared.
   *
   * @param ip 4 or 16 bytes
   * @param ones the prefix length, 0 to {@code 8 * ip.length}
   * @return a new array of the same length
   */
  public static byte[] mask(byte[] ip, int ones) {
    byte[] out = ip.clone();
    clearFrom(out, ones);
    return out;
  }

  private static void clearFrom(byte[] a, int bits) {
    int full = bits >>> 3;
    int rest = bits & 7;
    if (rest != 0) {
      a[full] &= (byte) (0xff << (8 - rest));
      full++;
    }
    for (int k = full, n = a.length; k < n; k++) {
      a[k] = 0;
    }
  }

  /**
   * Whether Go's {@code To4()} accepts the address: 4 bytes, or 16 bytes that are IPv4-mapped.
   *
   * @param ip the address, may be null
   * @return true for IPv4
   */
  public static boolean isIPv4(byte[] ip) {
    return ip != null && (ip.length == 4 || (ip.length == 16 && isMapped(ip)));
  }

  /**
   * Go's {@code To4()}: the 4-byte form of an IPv4 or IPv4-mapped address.
   *
   * @param ip 4 or 16 bytes
   * @return a new 4-byte array, or null when the address is not IPv4
   */
  public static byte[] to4(byte[] ip) {
    if (ip == null) {
      return null;
    }
    if (ip.length == 4) {
      return ip.clone();
    }
    return ip.length == 16 && isMapped(ip) ? java.util.Arrays.copyOfRange(ip, 12, 16) : null;
  }

  /**
   * Go's {@code To16()}: the 16-byte form, IPv4 as {@code ::ffff:a.b.c.d}.
   *
   * @param ip 4 or 16 bytes
   * @return a new 16-byte array
   */
  public static byte[] to16(byte[] ip) {
    if (ip.length == 16) {
      return ip.clone();
    }
    byte[] out = new byte[16];
    out[10] = (byte) 0xff;
    out[11] = (byte) 0xff;
    System.arraycopy(ip, 0, out, 12, 4);
    return out;
  }

  /**
   * Go's {@code IPNet.Contains} for a parsed network and an address of either length: an IPv4 or
   * IPv4-mapped address is compared as IPv4, and an address of the other family is never contained.
   * Go's nil network (empty text) contains only the nil IP.
   *
   * @param packed a network parse result other than {@link #INVALID}
   * @param net the network's address, 16 bytes
   * @param ip the address, 4 or 16 bytes, or null for Go's nil IP
   * @return true when the network contains the address
   */
  public static boolean containsIp(int packed, byte[] net, byte[] ip) {
    if (isEmpty(packed) || ip == null || ip.length == 0) {
      return isEmpty(packed) && (ip == null || ip.length == 0);
    }
    if (ip.length == 4) {
      if (!isV4Network(packed, net)) {
        return false;
      }
      int bits = prefix128(packed) - 96;
      for (int k = 0, full = bits >>> 3; k < full; k++) {
        if (net[12 + k] != ip[k]) {
          return false;
        }
      }
      int rest = bits & 7;
      if (rest == 0) {
        return true;
      }
      int m = (0xff << (8 - rest)) & 0xff;
      return (net[12 + (bits >>> 3)] & m) == (ip[bits >>> 3] & m);
    }
    return ip.length == 16 && contains(packed, net, ip);
  }

  // ---------------------------------------------------------------- printing

  /** What Go prints for a nil IP, and for a network it cannot print. */
  public static final String NIL = "<nil>";

  /**
   * Go's {@code net.IP.String()}: {@code <nil>} for no address, dotted decimal for an IPv4 or
   * IPv4-mapped address, IPv6 in its shortest form (lower case, no leading zeros, the first longest
   * run of two or more zero groups as {@code ::}), and {@code ?} followed by the hex bytes for any
   * other length.
   *
   * @param ip the address: 4 or 16 bytes, or null
   * @return the text
   */
  public static String ipString(byte[] ip) {
    if (ip == null || ip.length == 0) {
      return NIL;
    }
    StringBuilder out = new StringBuilder(39);
    if (ip.length == 4) {
      appendIPv4(out, ip, 0);
    } else if (ip.length == 16 && isMapped(ip)) {
      appendIPv4(out, ip, 12);
    } else if (ip.length == 16) {
      appendIPv6(out, ip);
    } else {
      out.append('?');
      for (byte b : ip) {
        out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return out.toString();
  }

  /**
   * Go's {@code netip.Addr.String()} of an address parsed from IPv6 text, which keeps the
   * IPv4-mapped form: {@code ::ffff:1.2.3.4} rather than {@code net.IP}'s {@code 1.2.3.4}.
   *
   * @param ip16 16 bytes
   * @return the text
   */
  public static String ipv6AddrString(byte[] ip16) {
    StringBuilder out = new StringBuilder(45);
    if (isMapped(ip16)) {
      appendIPv4(out.append("::ffff:"), ip16, 12);
    } else {
      appendIPv6(out, ip16);
    }
    return out.toString();
  }

  /**
   * Go's {@code IPNet.String()} of the network Calico builds from a parse result: the masked
   * address, then the prefix length counted in the address's own family ({@code 10.0.0.0/8}, {@code
   * fd00::/64}; {@code ::ffff:1.2.3.4/120} prints as {@code 1.2.3.0/24}), or {@code <nil>} for the
   * nil network of empty text.
   *
   * @param packed a parse result other than {@link #INVALID}
   * @param buf the parsed address, 16 bytes (not changed)
   * @return the text
   */
  public static String networkString(int packed, byte[] buf) {
    if (isEmpty(packed)) {
      return NIL;
    }
    byte[] net = buf.clone();
    clearHostBits(packed, net);
    StringBuilder out = new StringBuilder(43);
    if (isMapped(net)) {
      // To4() succeeds: a 16-byte mask is printed by its last 4 bytes.
      appendIPv4(out, net, 12).append('/').append(prefix128(packed) - 96);
    } else {
      appendIPv6(out, net).append('/').append(maskOnes(packed));
    }
    return out.toString();
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static StringBuilder appendIPv4(StringBuilder out, byte[] a, int off) {
    return out.append(a[off] & 0xff)
        .append('.')
        .append(a[off + 1] & 0xff)
        .append('.')
        .append(a[off + 2] & 0xff)
        .append('.')
        .append(a[off + 3] & 0xff);
  }

  // netip's string6 without zones: the first longest run of two or more zero groups becomes "::".
  private static StringBuilder appendIPv6(StringBuilder out, byte[] a) {
    int zeroStart = -1;
    int zeroEnd = -1;
    for (int g = 0; g < 8; g++) {
      int end = g;
      while (end < 8 && a[2 * end] == 0 && a[2 * end + 1] == 0) {
        end++;
      }
      if (end - g >= 2 && end - g > zeroEnd - zeroStart) {
        zeroStart = g;
        zeroEnd = end;
      }
      g = Math.max(g, end - 1);
    }
    for (int g = 0; g < 8; g++) {
      if (g == zeroStart) {
        out.append("::");
        g = zeroEnd - 1;
        continue;
      }
      if (g > 0 && g != zeroEnd) {
        out.append(':');
      }
      int group = ((a[2 * g] & 0xff) << 8) | (a[2 * g + 1] & 0xff);
      boolean started = false;
      for (int shift = 12; shift >= 0; shift -= 4) {
        int d = (group >> shift) & 0xf;
        if (d != 0 || started || shift == 0) {
          out.append(HEX[d]);
          started = true;
        }
      }
    }
    return out;
  }
}
