// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.internal;

/**
 * Go's address parsing ({@code net.ParseIP}, {@code net.ParseCIDR}, {@code netip.ParseAddr}) and
 * Calico's {@code cnet.ParseCIDROrIP}, written as loops over the text.
 *
 * <p>Every address is held in a 16-byte buffer, IPv4 as the IPv4-mapped IPv6 form {@code
 * ::ffff:a.b.c.d}, as Go's {@code net.IP} holds it. Go then treats a mapped address as IPv4 ({@code
 * To4()}), and so do the helpers here.
 *
 * <p>A CIDR parse returns a packed {@code int}: the prefix length as Go's mask holds it (bits 0-7),
 * whether the mask is 128 bits long (the text was IPv6), whether the input was a bare IP, and
 * whether it was empty. Callers read it with the accessors below; the buffer holds the address (not
 * the masked network).
 *
 * <p>Shared by the Pod conversion in core and the validation module; not part of the public API.
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
      for (int k = 0; k < 16; k++) {
        buf[k] = 0;
      }
      return EMPTY | MASK128 | 128;
    }
    int slash = s.indexOf('/');
    if (slash >= 0) {
      int text = parseAddr(s, 0, slash, buf);
      if (text == INVALID) {
        return INVALID;
      }
      // Go's dtoi: decimal digits, leading zeros allowed, at least one digit.
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

  /** Whether every bit of the 16 bytes past the first {@code bits} is zero. */
  public static boolean hostBitsZero(byte[] a, int bits) {
    int full = bits >>> 3;
    int rest = bits & 7;
    if (rest != 0) {
      if ((a[full] & (0xff >>> rest)) != 0) {
        return false;
      }
      full++;
    }
    for (int k = full; k < 16; k++) {
      if (a[k] != 0) {
        return false;
      }
    }
    return true;
  }
}
