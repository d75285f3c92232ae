// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import dev.wepkit.internal.Uint8OrString;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The DSCP value of {@link QoSControls#dscp()}: a number or a name, as Calico's {@code
 * numorstring.DSCP} holds it.
 *
 * <p>The text rule is the one of {@link Protocol}: a base-10 number from 0 to 255 is a number, any
 * other text is a name kept exactly. Calico documents 0 to 63 and the names DF, EF, AF11 to AF43
 * and CS0 to CS6, but its validator does not check them; wepkit's validation module warns.
 *
 * <pre>{@code
 * Dscp ef = Dscp.of("EF");
 * Dscp fortySix = Dscp.of(46);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Dscp {
  private final int number;
  private final String name;

  private Dscp(int number, String name) {
    this.number = number;
    this.name = name;
  }

  /**
   * Returns the DSCP with this number.
   *
   * @param number 0 to 255 (Calico documents 0 to 63)
   * @return the numeric value
   * @throws IllegalArgumentException if {@code number} is outside 0 to 255
   */
  public static Dscp of(int number) {
    if (number < 0 || number > 255) {
      throw new IllegalArgumentException(
          "DSCP number " + number + " is out of range: use 0 to 63 or a name such as EF");
    }
    return new Dscp(number, null);
  }

  /**
   * Returns the DSCP Calico makes of this text: a number when it is a base-10 number from 0 to 255,
   * otherwise a name kept exactly.
   *
   * @param text for example {@code "EF"} or {@code "46"}
   * @return the value
   */
  public static Dscp of(String text) {
    Objects.requireNonNull(text, "text");
    int value = Uint8OrString.parseUint8(text);
    return value >= 0 ? new Dscp(value, null) : new Dscp(-1, text);
  }

  /**
   * Tells whether this value is a number.
   *
   * @return true for a number
   */
  public boolean isNumber() {
    return number >= 0;
  }

  /**
   * Returns the number, if this value is one.
   *
   * @return the number, or empty for a name
   */
  public OptionalInt number() {
    return number >= 0 ? OptionalInt.of(number) : OptionalInt.empty();
  }

  /**
   * Returns the name, or the decimal text of the number.
   *
   * @return the text
   */
  public String text() {
    return name != null ? name : Integer.toString(number);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Dscp)) {
      return false;
    }
    Dscp that = (Dscp) other;
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
