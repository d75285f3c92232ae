// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy.internal;

/**
 * A selector the tokenizer or the parser refuses: Calico's reason and the index where the problem
 * is. Carries no stack trace, because {@code isValid} and {@code normalise} turn it into a plain
 * answer and should stay cheap on bad input.
 */
public final class SyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int position;

  SyntaxError(String reason, int position) {
    super(reason, null, false, false);
    this.reason = reason;
    this.position = position;
  }

  /**
   * Calico's message for this problem, for example {@code expected string}.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * The {@code char} index in the input where the problem is.
   *
   * @return the index, from 0 to the input's length
   */
  public int position() {
    return position;
  }
}
