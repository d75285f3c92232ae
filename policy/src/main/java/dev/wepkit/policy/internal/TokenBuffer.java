// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokens of one selector, packed into one {@code int} array: for each token its kind, where it
 * starts, and where its value starts and ends in the input.
 *
 * <p>Why not a list of {@link Token}s: parsing a selector is on the path of every policy read, and
 * a token object with its value cut out as a string per token was half of what a parse allocated.
 * Here a value becomes a string only when the parser builds a node from it, and tokens that carry
 * none (operators, brackets) cost four ints.
 *
 * <pre>{@code
 * TokenBuffer tokens = Tokenizer.scan("a == 'x'");
 * tokens.kind(0);   // LABEL
 * tokens.value(2);  // "x"
 * }</pre>
 */
final class TokenBuffer {
  private static final TokenKind[] KINDS = TokenKind.values();
  private static final int STRIDE = 4;

  private final String input;
  private int[] data;
  private int size;

  TokenBuffer(String input) {
    this.input = input;
    // Selectors run to about one token per four characters; two spare for short ones and EOF. A
    // selector denser than that (a run of "!" or of brackets) grows the array.
    this.data = new int[STRIDE * (input.length() / 4 + 2)];
  }

  /** Adds a token; its value is {@code input[valueStart, valueEnd)}, empty when they are equal. */
  void add(TokenKind kind, int position, int valueStart, int valueEnd) {
    int at = size * STRIDE;
    if (at == data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    data[at] = kind.ordinal();
    data[at + 1] = position;
    data[at + 2] = valueStart;
    data[at + 3] = valueEnd;
    size++;
  }

  /** Adds a token without a value. */
  void add(TokenKind kind, int position) {
    add(kind, position, position, position);
  }

  int size() {
    return size;
  }

  TokenKind kind(int i) {
    return KINDS[data[i * STRIDE]];
  }

  TokenKind lastKind() {
    return size == 0 ? null : kind(size - 1);
  }

  /** Where token {@code i} starts in the input ({@code input.length()} for EOF). */
  int position(int i) {
    return data[i * STRIDE + 1];
  }

  /** The label, the string's content or the {@code has(…)} label; {@code ""} for the others. */
  String value(int i) {
    int start = data[i * STRIDE + 2];
    int end = data[i * STRIDE + 3];
    return start == end ? "" : input.substring(start, end);
  }

  Token token(int i) {
    return new Token(kind(i), value(i), position(i));
  }

  /** Tokens {@code from} to the end, as objects (for messages and tests, not for parsing). */
  List<Token> tokens(int from) {
    List<Token> out = new ArrayList<>(size - from);
    for (int i = from; i < size; i++) {
      out.add(token(i));
    }
    return out;
  }
}
