// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy.internal;

import java.util.Objects;

/**
 * One selector token: its kind, its value (the label, the string's content or the {@code has(…)}
 * label; empty for the others) and the index in the input where it starts.
 */
public final class Token {
  private final TokenKind kind;
  private final String value;
  private final int position;

  Token(TokenKind kind, String value, int position) {
    this.kind = kind;
    this.value = value;
    this.position = position;
  }

  /**
   * The kind.
   *
   * @return the kind
   */
  public TokenKind kind() {
    return kind;
  }

  /**
   * The value, {@code ""} for tokens that carry none.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * Where the token starts in the input (a {@code char} index; the end of input for EOF).
   *
   * @return the index
   */
  public int position() {
    return position;
  }

  /** Calico's form, {@code Kind(Value)}, as its error messages print tokens. */
  @Override
  public String toString() {
    return kind.calicoName() + "(" + value + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token
        && ((Token) o).kind == kind
        && ((Token) o).value.equals(value)
        && ((Token) o).position == position;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value, position);
  }
}
