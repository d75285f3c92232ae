// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy.internal;

import java.util.List;

/**
 * Splits a selector into tokens exactly as Calico's hand-written lexer does.
 *
 * <p>Calico works on the UTF-8 bytes of the text. Working on Java {@code char}s gives the same
 * tokens: every byte the lexer looks at is ASCII, a non-ASCII character is refused wherever it
 * appears outside a string literal, and no UTF-8 continuation byte (nor UTF-16 surrogate) equals a
 * quote, so a string literal ends at the same place either way.
 *
 * <p>Rules worth knowing: only space and tab are whitespace; a string runs to the next copy of its
 * opening quote, with no escapes; a label is 1 to 512 characters of {@code [A-Za-z0-9_./-]}; {@code
 * has(}, {@code all(} and {@code global(} are functions only with the bracket attached; the word
 * operators ({@code contains}, {@code starts with}, {@code ends with}, {@code not in}, {@code in})
 * are recognised only right after a label, must end at a word boundary, and the two-word ones allow
 * any run of spaces and tabs, or none, between their words.
 */
public final class Tokenizer {
  /** The longest label, in bytes (all label characters are ASCII, so also in chars). */
  public static final int MAX_LABEL_LENGTH = 512;

  /** {@code [A-Za-z0-9_./-]} as a table: the scanner asks once per label character. */
  private static final boolean[] IDENTIFIER_CHARS = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      IDENTIFIER_CHARS[c] =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '.'
              || c == '/'
              || c == '-';
    }
  }

  private Tokenizer() {}

  /**
   * Tokenizes a whole selector; the last token is always {@link TokenKind#EOF}.
   *
   * @param input the selector text
   * @return the tokens
   * @throws SyntaxError with Calico's reason when the text cannot be tokenized
   */
  public static List<Token> tokenize(String input) {
    return scan(input).tokens(0);
  }

  /**
   * Tokenizes a whole selector into the packed form the parser reads; the last token is always
   * {@link TokenKind#EOF}.
   *
   * @throws SyntaxError with Calico's reason when the text cannot be tokenized
   */
  static TokenBuffer scan(String input) {
    TokenBuffer tokens = new TokenBuffer(input);
    int n = input.length();
    int i = 0;
    while (true) {
      i = skipWhitespace(input, i);
      if (i >= n) {
        tokens.add(TokenKind.EOF, n);
        return tokens;
      }
      char c = input.charAt(i);
      switch (c) {
        case '(':
          tokens.add(TokenKind.LPAREN, i++);
          break;
        case ')':
          tokens.add(TokenKind.RPAREN, i++);
          break;
        case '{':
          tokens.add(TokenKind.LBRACE, i++);
          break;
        case '}':
          tokens.add(TokenKind.RBRACE, i++);
          break;
        case ',':
          tokens.add(TokenKind.COMMA, i++);
          break;
        case '"':
        case '\'':
          {
            int close = input.indexOf(c, i + 1);
            if (close < 0) {
              throw new SyntaxError("unterminated string", i);
            }
            tokens.add(TokenKind.STRING_LITERAL, i, i + 1, close);
            i = close + 1;
            break;
          }
        case '=':
          if (!input.startsWith("==", i)) {
            throw new SyntaxError("expected ==", i);
          }
          tokens.add(TokenKind.EQ, i);
          i += 2;
          break;
        case '!':
          if (input.startsWith("!=", i)) {
            tokens.add(TokenKind.NE, i);
            i += 2;
          } else {
            tokens.add(TokenKind.NOT, i++);
          }
          break;
        case '&':
          if (!input.startsWith("&&", i)) {
            throw new SyntaxError("expected &&", i);
          }
          tokens.add(TokenKind.AND, i);
          i += 2;
          break;
        case '|':
          if (!input.startsWith("||", i)) {
            throw new SyntaxError("expected ||", i);
          }
          tokens.add(TokenKind.OR, i);
          i += 2;
          break;
        default:
          i =
              tokens.lastKind() == TokenKind.LABEL
                  ? operator(input, i, tokens)
                  : functionOrLabel(input, i, tokens);
      }
    }
  }

  /** After a label only a word operator may come (punctuation was dispatched before). */
  private static int operator(String input, int i, TokenBuffer tokens) {
    int end;
    if ((end = word(input, i, "contains")) >= 0) {
      tokens.add(TokenKind.CONTAINS, i);
    } else if ((end = words(input, i, "starts", "with")) >= 0) {
      tokens.add(TokenKind.STARTS_WITH, i);
    } else if ((end = words(input, i, "ends", "with")) >= 0) {
      tokens.add(TokenKind.ENDS_WITH, i);
    } else if ((end = words(input, i, "not", "in")) >= 0) {
      tokens.add(TokenKind.NOT_IN, i);
    } else if ((end = word(input, i, "in")) >= 0) {
      tokens.add(TokenKind.IN, i);
    } else {
      // Labels never contain a quote or a backslash, so Go's %q is plain double quotes here.
      throw new SyntaxError(
          "expected operator after label \"" + tokens.value(tokens.size() - 1) + "\"", i);
    }
    return end;
  }

  private static int functionOrLabel(String input, int i, TokenBuffer tokens) {
    // Scanning the identifier first finds has(, all( and global( at once: they are exactly the
    // identifiers "has", "all" and "global" followed directly by "(".
    int end = identifierEnd(input, i);
    if (end < input.length() && input.charAt(end) == '(') {
      int length = end - i;
      if (length == 3 && input.startsWith("has", i)) {
        int at = skipWhitespace(input, end + 1);
        int labelEnd = identifierEnd(input, at);
        int close = skipWhitespace(input, labelEnd);
        if (close >= input.length() || input.charAt(close) != ')') {
          throw new SyntaxError("no closing ')' after has(", close);
        }
        tokens.add(TokenKind.HAS, i, at, labelEnd);
        return close + 1;
      }
      if (length == 3 && input.startsWith("all", i)) {
        return emptyCall(input, i, 4, TokenKind.ALL, "no closing ')' after all(", tokens);
      }
      if (length == 6 && input.startsWith("global", i)) {
        return emptyCall(input, i, 7, TokenKind.GLOBAL, "no closing ')' after global(", tokens);
      }
    }
    tokens.add(TokenKind.LABEL, i, i, end);
    return end;
  }

  private static int emptyCall(
      String input, int i, int nameLength, TokenKind kind, String error, TokenBuffer tokens) {
    int at = skipWhitespace(input, i + nameLength);
    if (at >= input.length() || input.charAt(at) != ')') {
      throw new SyntaxError(error, at);
    }
    tokens.add(kind, i);
    return at + 1;
  }

  /**
   * The end of the identifier that starts at {@code i}.
   *
   * @throws SyntaxError {@code expected identifier} when there is none, {@code label too long: …}
   *     when it is longer than {@value #MAX_LABEL_LENGTH}
   */
  private static int identifierEnd(String input, int i) {
    int end = i;
    int n = input.length();
    while (end < n && isIdentifierChar(input.charAt(end))) {
      end++;
    }
    if (end == i) {
      throw new SyntaxError("expected identifier", i);
    }
    if (end - i > MAX_LABEL_LENGTH) {
      throw new SyntaxError("label too long: " + input.substring(i, end), i);
    }
    return end;
  }

  /** A one-word operator: the word, then a word boundary. Returns its end, or -1. */
  private static int word(String input, int i, String word) {
    if (!input.startsWith(word, i)) {
      return -1;
    }
    int end = i + word.length();
    return atWordBoundary(input, end) ? end : -1;
  }

  /**
   * A two-word operator: each word followed by any spaces and tabs, then a word boundary (checked
   * after the whitespace that follows the last word, which is where the next token starts). Returns
   * the end of the second word, or -1.
   */
  private static int words(String input, int i, String first, String second) {
    if (!input.startsWith(first, i)) {
      return -1;
    }
    int at = skipWhitespace(input, i + first.length());
    if (!input.startsWith(second, at)) {
      return -1;
    }
    int end = at + second.length();
    return atWordBoundary(input, skipWhitespace(input, end)) ? end : -1;
  }

  private static boolean atWordBoundary(String input, int i) {
    return i >= input.length() || !isIdentifierChar(input.charAt(i));
  }

  private static int skipWhitespace(String input, int i) {
    int n = input.length();
    while (i < n && (input.charAt(i) == ' ' || input.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code c} may appear in a label: {@code [A-Za-z0-9_./-]}.
   *
   * @param c the character
   * @return true for a label character
   */
  public static boolean isIdentifierChar(char c) {
    return c < 128 && IDENTIFIER_CHARS[c];
  }

  /**
   * Whether the whole of {@code s} is one label (Calico's {@code ValidLabel}).
   *
   * @param s the text
   * @return true when {@code s} is 1 to 512 label characters
   */
  public static boolean isValidLabel(String s) {
    if (s.isEmpty() || s.length() > MAX_LABEL_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isIdentifierChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
