// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

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
 * ImplicitStrings.certainlyString("8080");         // false: the resolver decides (an int)
 * ImplicitStrings.certainlyString("nodeName");     // true: longer than any bool or null word
 * }</pre>
 *
 * <p>The resolver's patterns, by first character (SnakeYAML 2.5, {@code Resolver}):
 *
 * <ul>
 *   <li>{@code yYnNtTfFoO}: the bool words ({@code yes}, {@code false}, {@code OFF}, ...), and for
 *       {@code nN} the null words ({@code null}, {@code Null}, {@code NULL}): at most five
 *       characters;
 *   <li>{@code ~}, {@code <<} (merge), {@code !}, {@code &}, {@code *}: those texts alone;
 *   <li>{@code -+0123456789.}: integers (binary {@code 0b}, octal, decimal, hexadecimal {@code 0x},
 *       sexagesimal {@code 1:30}), floats (with exponents, {@code .inf}, {@code .nan}) and, for
 *       digits, timestamps: made only of digits and {@link #NUMBER_OR_TIME}'s characters;
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

  /** The longest bool or null word: {@code false}, {@code False}, {@code FALSE}. */
  private static final int LONGEST_WORD = 5;

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
        return length > LONGEST_WORD;
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
        for (int i = 1; i < length; i++) {
          char c = value.charAt(i);
          if (c >= NUMBER_OR_TIME_ASCII.length || !NUMBER_OR_TIME_ASCII[c]) {
            return true;
          }
        }
        return false;
      default:
        // The resolver tries its null patterns on every scalar no other pattern took, and one of
        // them is a single space (which no plain scalar can be, but this answers for any text).
        return length > 1 || value.charAt(0) != ' ';
    }
  }
}
