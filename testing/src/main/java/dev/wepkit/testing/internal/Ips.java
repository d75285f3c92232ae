// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing.internal;

import dev.wepkit.internal.GoNet;
import dev.wepkit.internal.GoNetwork;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the generators and mutations need from IP addresses on top of core's Go address engine
 * ({@link GoNet}, {@link GoNetwork}), which does all parsing, containment, masking and canonical
 * printing: the textual variants Go also accepts (upper case, eight full groups), address tests
 * over lists of network texts, and a search for an address no network covers. Not part of the
 * public API.
 *
 * <p>Addresses are byte arrays of length 4 (IPv4) or 16 (IPv6), as Go's {@code net.IP} allows.
 */
public final class Ips {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Ips() {}

  /**
   * Writes an IPv6 address as eight groups, without {@code ::}, a form Go accepts but never prints.
   *
   * @param ip 16 bytes
   * @param padded whether every group has four digits ({@code 0db8}) or none has leading zeros
   * @return for example {@code 2001:0db8:0000:0000:0000:0000:0000:0001}
   */
  public static String formatV6Full(byte[] ip, boolean padded) {
    StringBuilder out = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i > 0) {
        out.append(':');
      }
      int group = ((ip[2 * i] & 0xff) << 8) | (ip[2 * i + 1] & 0xff);
      if (padded) {
        for (int shift = 12; shift >= 0; shift -= 4) {
          out.append(HEX[(group >> shift) & 0xf]);
        }
      } else {
        out.append(Integer.toHexString(group));
      }
    }
    return out.toString();
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
   * Tells whether any of the network texts that parse contains the address, by Go's {@code
   * IPNet.Contains}.
   *
   * @param networks CIDR or IP texts; unparsable ones are skipped
   * @param ip 4 or 16 bytes
   * @return true when one contains it
   */
  public static boolean anyContains(Iterable<String> networks, byte[] ip) {
    for (String network : networks) {
      GoNetwork parsed = GoNetwork.cidrOrIpOrNull(network);
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
    List<byte[]> candidates = new ArrayList<>();
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
      GoNetwork parsed = GoNetwork.cidrOrIpOrNull(network);
      if (parsed == null || parsed.isEmpty() || parsed.isIPv4() != v4) {
        continue;
      }
      byte[] first = v4 ? GoNet.to4(parsed.network()) : parsed.network();
      byte[] last = first.clone();
      for (int bit = parsed.prefixLength(); bit < length * 8; bit++) {
        last[bit / 8] |= (byte) (0x80 >> (bit % 8));
      }
      candidates.add(step(last, 1));
      candidates.add(step(first, -1));
    }
    for (byte[] candidate : candidates) {
      if (candidate != null
          && (v4 || !GoNet.isMapped(candidate))
          && !anyContains(networks, candidate)) {
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
}
