// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import java.util.Objects;

/**
 * A selector that Calico would refuse: the reason, in Calico's words, and the position of the
 * problem in the text.
 *
 * <pre>{@code
 * try {
 *   Selector.parse("app = 'web'");
 * } catch (SelectorParseException e) {
 *   e.reason();     // "expected =="
 *   e.position();   // 4
 *   e.getMessage(); // expected == at position 4 of selector "app = 'web'"
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SelectorParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * @serial the selector text
   */
  private final String selector;

  /**
   * @serial Calico's reason
   */
  private final String reason;

  /**
   * @serial the index of the problem
   */
  private final int position;

  SelectorParseException(String selector, String reason, int position) {
    super(reason + " at position " + position + " of selector " + quote(selector));
    this.selector = Objects.requireNonNull(selector, "selector");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.position = position;
  }

  /**
   * The text that was refused.
   *
   * @return the selector text
   */
  public String selector() {
    return selector;
  }

  /**
   * What is wrong, as Calico's parser says it, for example {@code expected string} or {@code
   * unterminated string}. Branch on {@link #position()} and validity, not on this wording: Calico
   * rewords its messages between releases.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Where the problem is: the index into the selector text (counted in Java {@code char}s, from 0)
   * of the token or character at fault; the text's length when the selector ends too early.
   *
   * @return the index
   */
  public int position() {
    return position;
  }

  /** The selector in double quotes, with control characters and quotes escaped for one line. */
  private static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
