// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.internal.GoNet;

/**
 * Calico's NAT coverage rule (every NAT's internalIP lies in some ipNetworks entry, by Go's {@code
 * IPNet.Contains}) over the ipNetworks entries as the per-entry rule parsed them, so that no entry
 * is parsed again for each NAT. Remembers which NATs are uncovered, to be reported after the field
 * rules, where Calico's struct-level check runs.
 *
 * <p>One per validation of a spec with NATs; not thread-safe.
 */
final class NatCoverage {
  private final int[] packed;
  // 16 address bytes per entry, as GoNet.parseCidrOrIp left them.
  private final byte[] addrs;
  private boolean[] uncovered;

  NatCoverage(int networkCount) {
    packed = new int[networkCount];
    addrs = new byte[16 * networkCount];
  }

  /** Keeps the parse of ipNetworks entry {@code index}: its packed result and address buffer. */
  void network(int index, int result, byte[] addr) {
    packed[index] = result;
    System.arraycopy(addr, 0, addrs, 16 * index, 16);
  }

  /**
   * Checks NAT {@code index}, whose internalIP parsed as a plain IP or is empty, against every
   * network kept so far.
   *
   * @param natCount the number of NATs
   * @param emptyIp whether internalIP is empty (Go's nil IP)
   * @param ip the parsed internalIP when it is not empty
   * @param scratch a 16-byte buffer this may overwrite
   */
  void nat(int index, int natCount, boolean emptyIp, byte[] ip, byte[] scratch) {
    if (!isCovered(emptyIp, ip, scratch)) {
      if (uncovered == null) {
        uncovered = new boolean[natCount];
      }
      uncovered[index] = true;
    }
  }

  /** Whether some NAT was found uncovered. */
  boolean anyUncovered() {
    return uncovered != null;
  }

  /** Whether NAT {@code index} was found uncovered. */
  boolean isUncovered(int index) {
    return uncovered != null && uncovered[index];
  }

  private boolean isCovered(boolean emptyIp, byte[] ip, byte[] net) {
    for (int k = 0, n = packed.length; k < n; k++) {
      int result = packed[k];
      if (result == GoNet.INVALID) {
        continue; // Go panics here; the entry is reported on its own
      }
      if (GoNet.isEmpty(result)) {
        // Go's nil network contains only the nil IP: an empty internalIP.
        if (emptyIp) {
          return true;
        }
      } else if (!emptyIp) {
        System.arraycopy(addrs, 16 * k, net, 0, 16);
        if (GoNet.contains(result, net, ip)) {
          return true;
        }
      }
    }
    return false;
  }
}
