// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What go-yaml v2 (YAML 1.1) makes of a plain scalar, that is one written without quotes and
 * without a tag: a string, null, a boolean, a signed or unsigned 64-bit integer or a float64.
 *
 * <p>The rules, in the order go-yaml applies them:
 *
 * <ol>
 *   <li>A fixed table: {@code y Y yes Yes YES true True TRUE on On ON} are true, {@code n N no No
 *       NO false False FALSE off Off OFF} false, {@code ~ null Null NULL} and the empty text null,
 *       {@code .nan .NaN .NAN} NaN, {@code .inf .Inf .INF} and the same with {@code +} positive
 *       infinity, with {@code -} negative infinity. Other spellings ({@code tRUE}, {@code nULL},
 *       {@code .Nan}, {@code inf}) are strings.
 *   <li>Text starting with {@code .} is a float if Go's {@code strconv.ParseFloat} reads it ({@code
 *       .5}, {@code .5e3}, {@code .5_5} with underscores between digits) without overflow.
 *   <li>Text starting with a digit, {@code +} or {@code -}, once every {@code _} is removed, is
 *       tried as: a signed 64-bit integer in Go's base-prefix syntax ({@code 0x1F}, {@code 0o10},
 *       {@code 0b101}, upper-case prefixes too, and a leading {@code 0} meaning octal: {@code 010}
 *       is 8, {@code 08} is not octal); then an unsigned 64-bit integer (no sign); then a float if
 *       it matches {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?} and does not
 *       overflow ({@code 08} is the float 8, {@code 1e400} stays a string, {@code 1e-400} is 0);
 *       last, after a lower-case {@code 0b}, a signed binary integer ({@code 0b+101} is 5) or an
 *       unsigned one.
 *   <li>Everything else is a string: timestamps ({@code 2001-12-14}, which go-yaml hands to an
 *       untyped target as the text), sexagesimal numbers ({@code 1:30}, which go-yaml does not
 *       support), hexadecimal floats ({@code 0x1p3}), {@code <<}, text with other first characters.
 * </ol>
 *
 * <pre>{@code
 * GoYamlScalar.resolve("010").kind();    // Kind.INT, integer() == 8
 * GoYamlScalar.resolve("yes").kind();    // Kind.BOOL
 * GoYamlScalar.resolve("1:30").kind();   // Kind.STRING
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GoYamlScalar {
  /** What a plain scalar resolves to. */
  public enum Kind {
    /** Kept as text. */
    STRING,
    /** YAML null. */
    NULL,
    /** A boolean: {@link #bool()}. */
    BOOL,
    /** A signed 64-bit integer (Go's {@code int} on 64-bit platforms): {@link #integer()}. */
    INT,
    /** An unsigned 64-bit integer above {@code int64}'s range: {@link #integer()}, unsigned. */
    UINT,
    /** A float64: {@link #floatValue()}. */
    FLOAT
  }

  private static final Pattern YAML_STYLE_FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");

  // The first characters go-yaml looks further at: signs, digits, '.', and those of the table.
  private static final String FIRST_CHARACTERS = "+-.0123456789yYnNtTfFoO~";
  private static final String NUMBER_CHARACTERS = "0123456789abcdefABCDEFxXoO_+-.";

  private static final GoYamlScalar NULL = new GoYamlScalar(Kind.NULL, 0, 0);
  private static final GoYamlScalar TRUE = new GoYamlScalar(Kind.BOOL, 1, 0);
  private static final GoYamlScalar FALSE = new GoYamlScalar(Kind.BOOL, 0, 0);
  private static final GoYamlScalar STRING = new GoYamlScalar(Kind.STRING, 0, 0);

  private static final Map<String, GoYamlScalar> TABLE = new HashMap<>();

  static {
    for (String s : new String[] {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE"}) {
      TABLE.put(s, TRUE);
    }
    for (String s : new String[] {"on", "On", "ON"}) {
      TABLE.put(s, TRUE);
    }
    for (String s : new String[] {"n", "N", "no", "No", "NO", "false", "False", "FALSE"}) {
      TABLE.put(s, FALSE);
    }
    for (String s : new String[] {"off", "Off", "OFF"}) {
      TABLE.put(s, FALSE);
    }
    for (String s : new String[] {"", "~", "null", "Null", "NULL"}) {
      TABLE.put(s, NULL);
    }
    for (String s : new String[] {".nan", ".NaN", ".NAN"}) {
      TABLE.put(s, ofFloat(Double.NaN));
    }
    for (String s : new String[] {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}) {
      TABLE.put(s, ofFloat(Double.POSITIVE_INFINITY));
    }
    for (String s : new String[] {"-.inf", "-.Inf", "-.INF"}) {
      TABLE.put(s, ofFloat(Double.NEGATIVE_INFINITY));
    }
  }

  private final Kind kind;
  private final long bits;
  private final double floatValue;

  private GoYamlScalar(Kind kind, long bits, double floatValue) {
    this.kind = kind;
    this.bits = bits;
    this.floatValue = floatValue;
  }

  private static GoYamlScalar ofFloat(double value) {
    return new GoYamlScalar(Kind.FLOAT, 0, value);
  }

  /**
   * Resolves a plain scalar's text as go-yaml v2 does.
   *
   * @param plain the scalar's text, as written (without quotes, without a tag)
   * @return what go-yaml makes of it
   */
  public static GoYamlScalar resolve(String plain) {
    if (plain.isEmpty()) {
      return NULL;
    }
    // go-yaml decides by the first character, and most text (names, interfaces, profiles) starts
    // with one that can only be a string: answer those before any lookup.
    char first = plain.charAt(0);
    if (FIRST_CHARACTERS.indexOf(first) < 0) {
      return STRING;
    }
    GoYamlScalar fixed = TABLE.get(plain);
    if (fixed != null) {
      return fixed;
    }
    if (first == '.') {
      // Go's ParseFloat on the text as written: underscores only between two digits.
      if (underscoresBetweenDigits(plain)) {
        String digits = plain.replace("_", "");
        if (DOT_FLOAT.matcher(digits).matches()) {
          double value = Double.parseDouble(digits);
          if (!Double.isInfinite(value)) {
            return ofFloat(value);
          }
        }
      }
      return STRING;
    }
    if (first != '+' && first != '-' && (first < '0' || first > '9')) {
      return STRING;
    }
    // Every number below is written with these characters only; addresses and MACs are not.
    for (int i = 1, n = plain.length(); i < n; i++) {
      if (NUMBER_CHARACTERS.indexOf(plain.charAt(i)) < 0) {
        return STRING;
      }
    }
    // A timestamp is tried first here, but go-yaml gives an untyped target its text, and nothing
    // a timestamp can look like (four digits and a '-' first) is a number, so it needs no case.
    String s = plain.replace("_", "");
    long[] value = new long[1];
    if (parseInt(s, 0, value)) {
      return new GoYamlScalar(Kind.INT, value[0], 0);
    }
    if (parseUint(s, 0, value)) {
      return new GoYamlScalar(Kind.UINT, value[0], 0);
    }
    if (YAML_STYLE_FLOAT.matcher(s).matches()) {
      double d = Double.parseDouble(s);
      if (!Double.isInfinite(d)) {
        return ofFloat(d);
      }
    }
    // go-yaml's own binary case, from before Go read "0b": it also takes a sign after the prefix.
    if (s.startsWith("0b")) {
      if (parseInt(s.substring(2), 2, value)) {
        return new GoYamlScalar(Kind.INT, value[0], 0);
      }
      if (parseUint(s.substring(2), 2, value)) {
        return new GoYamlScalar(Kind.UINT, value[0], 0);
      }
    } else if (s.startsWith("-0b")) {
      if (parseInt("-" + s.substring(3), 2, value)) {
        return new GoYamlScalar(Kind.INT, value[0], 0);
      }
    }
    return STRING;
  }

  /**
   * What the scalar resolved to.
   *
   * @return its kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The boolean, for {@link Kind#BOOL}.
   *
   * @return the value
   */
  public boolean bool() {
    return bits != 0;
  }

  /**
   * The integer, for {@link Kind#INT} (signed) and {@link Kind#UINT} (read it unsigned).
   *
   * @return the 64 bits
   */
  public long integer() {
    return bits;
  }

  /**
   * The float64, for {@link Kind#FLOAT}.
   *
   * @return the value
   */
  public double floatValue() {
    return floatValue;
  }

  /** Whether every {@code _} in {@code s} has a decimal digit on either side. */
  private static boolean underscoresBetweenDigits(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) == '_'
          && (i == 0 || i == n - 1 || !isDigit(s.charAt(i - 1)) || !isDigit(s.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Go's {@code strconv.ParseInt(s, base, 64)} for base 0 or 2, on text without underscores.
   *
   * @param out receives the value
   * @return whether it parsed and is in range
   */
  private static boolean parseInt(String s, int base, long[] out) {
    if (s.isEmpty()) {
      return false;
    }
    boolean negative = s.charAt(0) == '-';
    String magnitude = negative || s.charAt(0) == '+' ? s.substring(1) : s;
    if (!parseUint(magnitude, base, out)) {
      return false;
    }
    long u = out[0];
    if (negative) {
      // The magnitude may reach 2^63, which is Long.MIN_VALUE read unsigned.
      if (Long.compareUnsigned(u, Long.MIN_VALUE) > 0) {
        return false;
      }
      out[0] = -u;
      return true;
    }
    return u >= 0;
  }

  /**
   * Go's {@code strconv.ParseUint(s, base, 64)} for base 0 or 2, on text without underscores. Base
   * 0 reads the prefixes {@code 0b}, {@code 0o} and {@code 0x} (either case, with at least one
   * character after them) and otherwise a leading {@code 0} as octal.
   *
   * @param out receives the value, unsigned
   * @return whether it parsed and is in range
   */
  private static boolean parseUint(String s, int base, long[] out) {
    if (s.isEmpty()) {
      return false;
    }
    int from = 0;
    if (base == 0) {
      base = 10;
      if (s.charAt(0) == '0') {
        char prefix = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
        if (prefix == 'b') {
          base = 2;
          from = 2;
        } else if (prefix == 'o') {
          base = 8;
          from = 2;
        } else if (prefix == 'x') {
          base = 16;
          from = 2;
        } else {
          base = 8;
          from = 1;
        }
      }
    }
    long value = 0;
    for (int i = from, n = s.length(); i < n; i++) {
      int digit = Character.digit(s.charAt(i), base);
      // Character.digit also takes non-ASCII digits, which Go does not.
      if (digit < 0 || s.charAt(i) > 'z') {
        return false;
      }
      // value * base + digit must stay below 2^64.
      long max = Long.divideUnsigned(-1L - digit, base);
      if (Long.compareUnsigned(value, max) > 0) {
        return false;
      }
      value = value * base + digit;
    }
    out[0] = value;
    return true;
  }
}
