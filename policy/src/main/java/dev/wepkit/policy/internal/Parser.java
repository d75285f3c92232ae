// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy.internal;

import dev.wepkit.policy.SelectorVisitor.Operator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Calico's recursive-descent selector parser, with its precedence ({@code ||} below {@code &&}
 * below {@code !}), its n-ary {@code &&}/{@code ||} nodes, its collapsing of a run of {@code !}
 * into one negation or none, and its error reasons. Each error also carries the index of the token
 * (or character) at fault.
 */
public final class Parser {
  private final TokenBuffer tokens;
  private int next;

  private Parser(TokenBuffer tokens) {
    this.tokens = tokens;
  }

  /**
   * Parses a selector. Empty or all-whitespace (space and tab) text is {@code all()}.
   *
   * @param input the selector text
   * @return the root node
   * @throws SyntaxError with Calico's reason and the position of the problem
   */
  public static Node parse(String input) {
    Parser parser = new Parser(Tokenizer.scan(input));
    if (parser.peek() == TokenKind.EOF) {
      return Node.All.INSTANCE;
    }
    Node root = parser.orExpression();
    if (parser.peek() != TokenKind.EOF) {
      throw new SyntaxError(
          "unexpected content at end of selector " + goList(parser.tokens.tokens(parser.next)),
          parser.tokens.position(parser.next));
    }
    return root;
  }

  private TokenKind peek() {
    return tokens.kind(next);
  }

  private Node orExpression() {
    Node first = andExpression();
    if (peek() != TokenKind.OR) {
      return first;
    }
    List<Node> operands = new ArrayList<>(4);
    operands.add(first);
    while (peek() == TokenKind.OR) {
      next++;
      operands.add(andExpression());
    }
    return new Node.Or(operands);
  }

  private Node andExpression() {
    Node first = operation();
    if (peek() != TokenKind.AND) {
      return first;
    }
    List<Node> operands = new ArrayList<>(8);
    operands.add(first);
    while (peek() == TokenKind.AND) {
      next++;
      operands.add(operation());
    }
    return new Node.And(operands);
  }

  private Node operation() {
    boolean negated = false;
    while (peek() == TokenKind.NOT) {
      negated = !negated;
      next++;
    }
    Node node = primary();
    return negated ? new Node.Not(node) : node;
  }

  private Node primary() {
    switch (peek()) {
      case HAS:
        return new Node.Has(tokens.value(next++));
      case ALL:
        next++;
        return Node.All.INSTANCE;
      case GLOBAL:
        next++;
        return Node.Global.INSTANCE;
      case LABEL:
        return labelOperation();
      case LPAREN:
        {
          next++;
          Node inner = orExpression();
          if (peek() != TokenKind.RPAREN) {
            throw new SyntaxError("expected )", tokens.position(next));
          }
          next++;
          return inner;
        }
      default:
        throw new SyntaxError("unexpected token: " + tokens.token(next), tokens.position(next));
    }
  }

  private Node labelOperation() {
    // A label must be followed by an operator and an operand: with fewer than two more tokens
    // (counting EOF) Calico reports the end of input before looking at the operator.
    if (tokens.size() - next < 3) {
      throw new SyntaxError(
          "unexpected end of string looking for op", tokens.position(tokens.size() - 1));
    }
    int label = next;
    TokenKind op = tokens.kind(next + 1);
    int operand = next + 2;
    Operator comparison;
    switch (op) {
      case EQ:
        comparison = Operator.EQUALS;
        break;
      case NE:
        comparison = Operator.NOT_EQUALS;
        break;
      case CONTAINS:
        comparison = Operator.CONTAINS;
        break;
      case STARTS_WITH:
        comparison = Operator.STARTS_WITH;
        break;
      case ENDS_WITH:
        comparison = Operator.ENDS_WITH;
        break;
      case IN:
      case NOT_IN:
        return setTest(label, op == TokenKind.NOT_IN, operand);
      default:
        throw new SyntaxError(
            "expected == or != not: " + tokens.token(next + 1), tokens.position(next + 1));
    }
    if (tokens.kind(operand) != TokenKind.STRING_LITERAL) {
      throw new SyntaxError("expected string", tokens.position(operand));
    }
    next += 3;
    return new Node.Comparison(tokens.value(label), comparison, tokens.value(operand));
  }

  private Node setTest(int label, boolean negated, int brace) {
    if (tokens.kind(brace) != TokenKind.LBRACE) {
      throw new SyntaxError("expected set literal", tokens.position(brace));
    }
    next += 3;
    // Strings separated by commas; one trailing comma is allowed, nothing else.
    List<String> members = new ArrayList<>(4);
    while (peek() == TokenKind.STRING_LITERAL) {
      members.add(tokens.value(next++));
      if (peek() != TokenKind.COMMA) {
        break;
      }
      next++;
    }
    if (peek() != TokenKind.RBRACE) {
      throw new SyntaxError("expected }", tokens.position(next));
    }
    next++;
    boolean empty = members.isEmpty();
    return new Node.SetTest(tokens.value(label), negated, sortedDistinct(members), empty);
  }

  /** Go order (UTF-8 bytes), duplicates removed, as Calico stores a set literal. */
  private static List<String> sortedDistinct(List<String> members) {
    if (members.size() > 1) {
      members.sort(GoText.UTF8_ORDER);
      int kept = 1;
      for (int i = 1; i < members.size(); i++) {
        if (!members.get(i).equals(members.get(kept - 1))) {
          members.set(kept++, members.get(i));
        }
      }
      members.subList(kept, members.size()).clear();
    }
    return Collections.unmodifiableList(members);
  }

  /** Go's {@code fmt.Sprint} of a token slice: {@code [A() B(x)]}. */
  private static String goList(List<Token> rest) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < rest.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(rest.get(i));
    }
    return out.append(']').toString();
  }
}
