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
  private final List<Token> tokens;
  private int next;

  private Parser(List<Token> tokens) {
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
    Parser parser = new Parser(Tokenizer.tokenize(input));
    if (parser.peek().kind() == TokenKind.EOF) {
      return Node.All.INSTANCE;
    }
    Node root = parser.orExpression();
    if (parser.peek().kind() != TokenKind.EOF) {
      List<Token> rest = parser.tokens.subList(parser.next, parser.tokens.size());
      throw new SyntaxError(
          "unexpected content at end of selector " + goList(rest), parser.peek().position());
    }
    return root;
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Node orExpression() {
    Node first = andExpression();
    if (peek().kind() != TokenKind.OR) {
      return first;
    }
    List<Node> operands = new ArrayList<>(4);
    operands.add(first);
    while (peek().kind() == TokenKind.OR) {
      next++;
      operands.add(andExpression());
    }
    return new Node.Or(operands);
  }

  private Node andExpression() {
    Node first = operation();
    if (peek().kind() != TokenKind.AND) {
      return first;
    }
    List<Node> operands = new ArrayList<>(4);
    operands.add(first);
    while (peek().kind() == TokenKind.AND) {
      next++;
      operands.add(operation());
    }
    return new Node.And(operands);
  }

  private Node operation() {
    boolean negated = false;
    while (peek().kind() == TokenKind.NOT) {
      negated = !negated;
      next++;
    }
    Node node = primary();
    return negated ? new Node.Not(node) : node;
  }

  private Node primary() {
    Token token = tokens.get(next);
    switch (token.kind()) {
      case HAS:
        next++;
        return new Node.Has(token.value());
      case ALL:
        next++;
        return Node.All.INSTANCE;
      case GLOBAL:
        next++;
        return Node.Global.INSTANCE;
      case LABEL:
        return labelOperation(token);
      case LPAREN:
        {
          next++;
          Node inner = orExpression();
          Token close = peek();
          if (close.kind() != TokenKind.RPAREN) {
            throw new SyntaxError("expected )", close.position());
          }
          next++;
          return inner;
        }
      default:
        throw new SyntaxError("unexpected token: " + token, token.position());
    }
  }

  private Node labelOperation(Token label) {
    // A label must be followed by an operator and an operand: with fewer than two more tokens
    // (counting EOF) Calico reports the end of input before looking at the operator.
    if (tokens.size() - next < 3) {
      throw new SyntaxError(
          "unexpected end of string looking for op", tokens.get(tokens.size() - 1).position());
    }
    Token op = tokens.get(next + 1);
    Token operand = tokens.get(next + 2);
    Operator comparison;
    switch (op.kind()) {
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
        return setTest(label, op.kind() == TokenKind.NOT_IN, operand);
      default:
        throw new SyntaxError("expected == or != not: " + op, op.position());
    }
    if (operand.kind() != TokenKind.STRING_LITERAL) {
      throw new SyntaxError("expected string", operand.position());
    }
    next += 3;
    return new Node.Comparison(label.value(), comparison, operand.value());
  }

  private Node setTest(Token label, boolean negated, Token brace) {
    if (brace.kind() != TokenKind.LBRACE) {
      throw new SyntaxError("expected set literal", brace.position());
    }
    next += 3;
    // Strings separated by commas; one trailing comma is allowed, nothing else.
    List<String> members = new ArrayList<>(4);
    while (peek().kind() == TokenKind.STRING_LITERAL) {
      members.add(peek().value());
      next++;
      if (peek().kind() != TokenKind.COMMA) {
        break;
      }
      next++;
    }
    if (peek().kind() != TokenKind.RBRACE) {
      throw new SyntaxError("expected }", peek().position());
    }
    next++;
    boolean empty = members.isEmpty();
    return new Node.SetTest(label.value(), negated, sortedDistinct(members), empty);
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
