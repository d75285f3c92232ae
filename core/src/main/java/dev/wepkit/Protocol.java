// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import dev.wepkit.internal.Uint8OrString;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A port protocol as Calico stores it: either a number from 0 to 255 or a name.
 *
 * <p>The rules are those of Calico's {@code numorstring.Protocol}: a number is a number; a string
 * that is a base-10 number from 0 to 255 becomes that number ({@code "6"} is 6); any other string
 * is kept exactly, case included ({@code "tcp"} stays {@code tcp}, and Calico's validator rejects
 * it). Numbers are written back as JSON numbers.
 *
 * <pre>{@code
 * Protocol tcp = Protocol.TCP;
 * Protocol six = Protocol.of("6");      // the number 6
 * Protocol odd = Protocol.of("tcp");    // kept as the name "tcp"
 * assert six.isNumber() && six.number().getAsInt() == 6;
 * }</pre>
 *
 * <p>Instances are immutable; {@link #equals} compares the kind and the value.
 *
 * @since 0.1.0
 */
public final class Protocol {
  /** The name {@code TCP}. */
  public static final Protocol TCP = new Protocol(-1, "TCP");

  /** The name {@code UDP}. */
  public static final Protocol UDP = new Protocol(-1, "UDP");

  /** The name {@code SCTP}. */
  public static final Protocol SCTP = new Protocol(-1, "SCTP");

  /** The number 0: what Go holds when a port has no protocol. Calico rejects it. */
  public static final Protocol NONE = new Protocol(0, null);

  private final int number;
  private final String name;

  private Protocol(int number, String name) {
    this.number = number;
    this.name = name;
  }

  /**
   * Returns the protocol with this number.
   *
   * @param number 0 to 255
   * @return the numeric protocol
   * @throws IllegalArgumentException if {@code number} is outside 0 to 255
   */
  public static Protocol of(int number) {
    if (number < 0 || number > 255) {
      throw new IllegalArgumentException(
          "protocol number " + number + " is out of range: use 0 to 255 or a name");
    }
    return number == 0 ? NONE : new Protocol(number, null);
  }

  /**
   * Returns the protocol Calico makes of this text: a number when the text is a base-10 number from
   * 0 to 255, otherwise the text itself as a name.
   *
   * @param text the protocol text, for example {@code "TCP"} or {@code "17"}
   * @return the protocol
   * @throws NullPointerException if {@code text} is null
   */
  public static Protocol of(String text) {
    Objects.requireNonNull(text, "text");
    int value = Uint8OrString.parseUint8(text);
    if (value >= 0) {
      return of(value);
    }
    switch (text) {
      case "TCP":
        return TCP;
      case "UDP":
        return UDP;
      case "SCTP":
        return SCTP;
      default:
        return new Protocol(-1, text);
    }
  }

  /**
   * Tells whether this protocol is a number.
   *
   * @return true for a number, false for a name
   */
  public boolean isNumber() {
    return number >= 0;
  }

  /**
   * Returns the number, if this protocol is one.
   *
   * @return the number, or empty for a name
   */
  public OptionalInt number() {
    return number >= 0 ? OptionalInt.of(number) : OptionalInt.empty();
  }

  /**
   * Returns the name, or the decimal text of the number.
   *
   * @return {@code "TCP"}, {@code "6"} and so on
   */
  public String text() {
    return name != null ? name : Integer.toString(number);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Protocol)) {
      return false;
    }
    Protocol that = (Protocol) other;
    return number == that.number && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return name != null ? name.hashCode() : number;
  }

  /** Returns {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
