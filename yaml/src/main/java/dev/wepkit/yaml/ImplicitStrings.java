// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import java.util.Set;

/**
 * Plain scalars that SnakeYAML's default {@code Resolver} types as strings, told apart without its
 * regular expressions.
 *
 * <p>Jackson's YAML parser asks the resolver for the type of every plain scalar, and the resolver
 * matches up to three regular expressions chosen by the scalar's first character: a tenth of the
 * time of reading a WorkloadEndpoint, most of it to learn that a label, a name or a CIDR is a
 * string. This class answers "certainly a string" from the characters alone, and only where no
 * pattern of the resolver could match; every other scalar still goes to the resolver, so the tokens
 * are exactly the ones Jackson would give.
 *
 * <pre>{@code
 * ImplicitStrings.certainlyString("10.65.0.1/32"); // true: '/' is in no number or timestamp
 * ImplicitStrings.certainlyString("10.65.0.1");    // true: no number has two dots
 * ImplicitStrings.certainlyString("8080");         // false: the resolver decides (an int)
 * ImplicitStrings.certainlyString("TCP");          // true: no bool or null word
 * }</pre>
 *
 * <p>The resolver's patterns, by first character (SnakeYAML 2.5, {@code Resolver}):
 *
 * <ul>
 *   <li>{@code yYnNtTfFoO}: the bool words ({@code yes}, {@code false}, {@code OFF}, ...), and for
 *       {@code nN} the null words ({@code null}, {@code Null}, {@code NULL});
 *   <li>{@code ~}, {@code <<} (merge), {@code !}, {@code &}, {@code *}: those texts alone;
 *   <li>{@code -+0123456789.}: integers (binary {@code 0b}, octal, decimal, hexadecimal {@code 0x},
 *       sexagesimal {@code 1:30}), floats (with exponents, {@code .inf}, {@code .nan}) and, for
 *       digits, timestamps: made only of digits and {@link #NUMBER_OR_TIME}'s characters, with at
 *       most one {@code .};
 *   <li>the empty scalar, and a single space (null: the null patterns are tried on every scalar no
 *       pattern of its first character matched); any other first character: a string.
 * </ul>
 */
final class ImplicitStrings {
  /**
   * Every character other than a digit that an integer, float or timestamp pattern can match:
   * signs, {@code _ . :}, the {@code b} and {@code x} of {@code 0b}/{@code 0x}, hexadecimal digits,
   * the letters of {@code inf}/{@code nan} in their three spellings, a timestamp's {@code T t Z},
   * space and tab. A superset is safe (such a scalar just goes to the resolver); a missing
   * character is not, which the tests check against the resolver itself.
   */
  static final String NUMBER_OR_TIME = "+-_.:bxabcdefABCDEFinfINFaANTtZ \t";

  private static final boolean[] NUMBER_OR_TIME_ASCII = new boolean[128];

  static {
    for (int c = '0'; c <= '9'; c++) {
      NUMBER_OR_TIME_ASCII[c] = true;
    }
    for (int i = 0; i < NUMBER_OR_TIME.length(); i++) {
      NUMBER_OR_TIME_ASCII[NUMBER_OR_TIME.charAt(i)] = true;
    }
  }

  /**
   * The resolver's bool and null words: the only matches for a first letter of {@code yYnNtTfFoO}.
   */
  private static final Set<String> WORDS =
      Set.of(
          "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
          "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL");

  private ImplicitStrings() {}

  /**
   * Whether SnakeYAML's resolver types this plain scalar as a string for certain. {@code false}
   * means "ask the resolver", not "not a string".
   *
   * @param value the scalar's text
   * @return {@code true} only when no implicit pattern can match it
   */
  static boolean certainlyString(String value) {
    int length = value.length();
    if (length == 0) {
      return false;
    }
    switch (value.charAt(0)) {
      case 'y':
      case 'Y':
      case 'n':
      case 'N':
      case 't':
      case 'T':
      case 'f':
      case 'F':
      case 'o':
      case 'O':
        return !WORDS.contains(value);
      case '~':
      case '!':
      case '&':
      case '*':
        return length > 1;
      case '<':
        return length > 2;
      case '\0':
        return false;
      case '-':
      case '+':
      case '.':
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        return cannotBeNumberOrTime(value);
      default:
        // The resolver tries its null patterns on every scalar no other pattern took, and one of
        // them is a single space (which no plain scalar can be, but this answers for any text).
        return length > 1 || value.charAt(0) != ' ';
    }
  }

  /**
   * For a scalar that begins like a number: whether no integer, float or timestamp pattern can
   * match it. Beyond a character outside all of them ({@link #NUMBER_OR_TIME}), two facts of the
   * patterns decide most addresses and digests: none has more than one {@code .} (so an IPv4
   * address is a string), and without an {@code x} (hexadecimal) or a {@code .} (fractions, {@code
   * .inf}, {@code .nan}) the only letters any of them takes are {@code b}, {@code e}, {@code E},
   * {@code T}, {@code t} and {@code Z} (so a MAC, an IPv6 address or a hash with another
   * hexadecimal letter is a string).
   */
  private static boolean cannotBeNumberOrTime(String value) {
    int dots = value.charAt(0) == '.' ? 1 : 0;
    boolean x = false;
    boolean otherLetter = false;
    for (int i = 1, length = value.length(); i < length; i++) {
      char c = value.charAt(i);
      if (c >= NUMBER_OR_TIME_ASCII.length || !NUMBER_OR_TIME_ASCII[c]) {
        return true;
      }
      if (c == '.') {
        dots++;
      } else if (c == 'x') {
        x = true;
      } else if (Character.isLetter(c) && "beETtZ".indexOf(c) < 0) {
        otherLetter = true;
      }
    }
    return dots > 1 || otherLetter && !x && dots == 0;
  }
}
