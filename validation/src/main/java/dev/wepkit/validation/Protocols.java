// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.Protocol;

/**
 * Calico's protocol rules for a WorkloadEndpoint port.
 *
 * <p>Two checks apply, and a port's protocol must pass both:
 *
 * <ul>
 *   <li>{@link #isValid}: Calico's {@code validateProtocol}. A number must not be 0; a name must be
 *       exactly {@code TCP}, {@code UDP}, {@code ICMP}, {@code ICMPv6}, {@code SCTP} or {@code
 *       UDPLite} (case-sensitive, so {@code tcp} fails).
 *   <li>{@link #supportsPorts}: Go's {@code Protocol.SupportsPorts}: the numbers 6, 17 and 132, or
 *       the names TCP, UDP and SCTP in upper or lower case.
 * </ul>
 *
 * <p>Together ({@link #isValidForPort}) they accept exactly {@code TCP}, {@code UDP}, {@code SCTP}
 * and the numbers 6, 17 and 132.
 *
 * <pre>{@code
 * Protocols.isValid(Protocol.of("ICMP"));          // true
 * Protocols.isValidForPort(Protocol.of("ICMP"));   // false: ICMP has no ports
 * Protocols.isValidForPort(Protocol.of("tcp"));    // false: names are case-sensitive
 * Protocols.isValidForPort(Protocol.of(17));       // true
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Protocols {
  private Protocols() {}

  /**
   * Calico's {@code validateProtocol}: a non-zero number or one of the six protocol names.
   *
   * @param protocol the protocol, may be null
   * @return true when valid
   */
  public static boolean isValid(Protocol protocol) {
    if (protocol == null) {
      return false;
    }
    if (protocol.isNumber()) {
      return protocol.number().getAsInt() != 0;
    }
    return isValidName(protocol.text());
  }

  /**
   * Tells whether {@code name} is one of Calico's protocol names, matched case-sensitively: {@code
   * TCP}, {@code UDP}, {@code ICMP}, {@code ICMPv6}, {@code SCTP}, {@code UDPLite}.
   *
   * @param name the text, may be null
   * @return true for one of the six names
   */
  public static boolean isValidName(String name) {
    if (name == null) {
      return false;
    }
    switch (name) {
      case "TCP":
      case "UDP":
      case "ICMP":
      case "ICMPv6":
      case "SCTP":
      case "UDPLite":
        return true;
      default:
        return false;
    }
  }

  /**
   * Go's {@code Protocol.SupportsPorts}: TCP (6), UDP (17) or SCTP (132), as a number or a name in
   * upper or lower case.
   *
   * @param protocol the protocol, may be null
   * @return true when the protocol has ports
   */
  public static boolean supportsPorts(Protocol protocol) {
    if (protocol == null) {
      return false;
    }
    if (protocol.isNumber()) {
      int number = protocol.number().getAsInt();
      return number == 6 || number == 17 || number == 132;
    }
    switch (protocol.text()) {
      case "TCP":
      case "UDP":
      case "SCTP":
      case "tcp":
      case "udp":
      case "sctp":
        return true;
      default:
        return false;
    }
  }

  /**
   * Tells whether a WorkloadEndpoint port may use {@code protocol}: both {@link #isValid} and
   * {@link #supportsPorts}, that is {@code TCP}, {@code UDP}, {@code SCTP}, 6, 17 or 132.
   *
   * @param protocol the protocol, may be null
   * @return true when a port may use it
   */
  public static boolean isValidForPort(Protocol protocol) {
    return isValid(protocol) && supportsPorts(protocol);
  }

  /**
   * Explains why a port may not use {@code protocol}, for a protocol that is not {@link
   * Protocol#NONE} and fails {@link #isValidForPort}.
   */
  static String explainForPort(Protocol protocol) {
    if (protocol.isNumber()) {
      int number = protocol.number().getAsInt();
      return "protocol number "
          + number
          + " does not support ports: use TCP, UDP or SCTP (or the numbers 6, 17, 132)";
    }
    String name = protocol.text();
    if (isValidName(name)) {
      return name + " does not support ports: use TCP, UDP or SCTP";
    }
    for (String known : new String[] {"TCP", "UDP", "SCTP", "ICMP", "ICMPv6", "UDPLite"}) {
      if (known.equalsIgnoreCase(name)) {
        return known.equals("TCP") || known.equals("UDP") || known.equals("SCTP")
            ? "use TCP, UDP or SCTP (protocol names are case-sensitive)"
            : "use TCP, UDP or SCTP (protocol names are case-sensitive, and "
                + known
                + " does not support ports)";
      }
    }
    return "not a protocol Calico knows: use TCP, UDP or SCTP (or the numbers 6, 17, 132)";
  }
}
