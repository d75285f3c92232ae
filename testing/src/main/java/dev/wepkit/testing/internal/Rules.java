// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing.internal;

/**
 * The few Calico text rules the generators and mutations need to check their own arguments and
 * choices. Not part of the public API, and not a validator: the validation module is.
 */
public final class Rules {
  private Rules() {}

  /**
   * Tells whether {@code text} is a lower-case DNS-1123 subdomain, Calico's {@code name} rule:
   * {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*}, no length limit.
   *
   * @param text the text, may be null
   * @return true when it matches
   */
  public static boolean isDnsSubdomain(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    int labelStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '.') {
        if (i == labelStart || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
          return false;
        }
        labelStart = i + 1;
        continue;
      }
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether {@code text} is a valid port name (a Kubernetes IANA service name): 1 to 15
   * characters of {@code [a-z0-9-]}, at least one letter, no {@code --}, no dash at either end.
   *
   * @param text the text, may be null
   * @return true when valid
   */
  public static boolean isPortName(String text) {
    if (text == null || text.isEmpty() || text.length() > 15) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (c == '-') {
        if (i == 0 || i == text.length() - 1 || text.charAt(i - 1) == '-') {
          return false;
        }
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return letter;
  }
}
