// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import dev.wepkit.testing.Gen;
import dev.wepkit.testing.GenContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeded generators of selector texts, each with a small syntax tree of its own and an evaluator
 * written here from the language's rules (not from the library), and of label maps drawn from the
 * same keys and values so that selectors often hit.
 *
 * <p>Texts vary everything the grammar allows: both quote styles, spaces and tabs or none where
 * optional, {@code startswith}/{@code notin} spellings, redundant parentheses, runs of {@code !},
 * trailing commas and duplicates in sets.
 */
final class SelectorCases {
  static final List<String> KEYS = List.of("a", "b", "app", "k8s-app", "x.io/tier", "in", "has");
  static final List<String> VALUES =
      List.of("", "x", "y", "web", "we", "a'b", "q\"r", "é", "😀", "\uFFFD", "a b");

  private SelectorCases() {}

  /** A generated selector: its text and the tree it was written from. */
  static final class Case {
    final Expr expr;
    final String text;

    Case(Expr expr, String text) {
      this.expr = expr;
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** The tree of a generated selector, as written (groups and runs of {@code !} kept). */
  abstract static class Expr {
    abstract boolean eval(Map<String, String> labels);

    /** Whether, once parsed, a negation directly holds a negation ({@code !(!x)}). */
    abstract boolean hasDoubleNegation();

    /** Whether the parsed node of this expression is a negation. */
    boolean parsesToNegation() {
      return false;
    }
  }

  static final class Cmp extends Expr {
    final String key;
    final String op;
    final String value;

    Cmp(String key, String op, String value) {
      this.key = key;
      this.op = op;
      this.value = value;
    }

    @Override
    boolean eval(Map<String, String> labels) {
      String v = labels.get(key);
      switch (op) {
        case "==":
          return v != null && v.equals(value);
        case "!=":
          return v == null || !v.equals(value);
        case "contains":
          return v != null && v.indexOf(value) >= 0;
        case "starts with":
          return v != null && v.regionMatches(0, value, 0, value.length());
        default:
          return v != null
              && v.length() >= value.length()
              && v.regionMatches(v.length() - value.length(), value, 0, value.length());
      }
    }

    @Override
    boolean hasDoubleNegation() {
      return false;
    }
  }

  static final class In extends Expr {
    final String key;
    final boolean not;
    final List<String> values;

    In(String key, boolean not, List<String> values) {
      this.key = key;
      this.not = not;
      this.values = values;
    }

    @Override
    boolean eval(Map<String, String> labels) {
      String v = labels.get(key);
      if (v == null) {
        return not;
      }
      return values.contains(v) != not;
    }

    @Override
    boolean hasDoubleNegation() {
      return false;
    }
  }

  static final class Has extends Expr {
    final String key;

    Has(String key) {
      this.key = key;
    }

    @Override
    boolean eval(Map<String, String> labels) {
      return labels.containsKey(key);
    }

    @Override
    boolean hasDoubleNegation() {
      return false;
    }
  }

  static final class True extends Expr {
    @Override
    boolean eval(Map<String, String> labels) {
      return true;
    }

    @Override
    boolean hasDoubleNegation() {
      return false;
    }
  }

  static final class Neg extends Expr {
    final int count;
    final Expr operand;

    Neg(int count, Expr operand) {
      this.count = count;
      this.operand = operand;
    }

    @Override
    boolean eval(Map<String, String> labels) {
      return count % 2 == 1 ? !operand.eval(labels) : operand.eval(labels);
    }

    @Override
    boolean hasDoubleNegation() {
      return (count % 2 == 1 && operand.parsesToNegation()) || operand.hasDoubleNegation();
    }

    @Override
    boolean parsesToNegation() {
      return count % 2 == 1 || operand.parsesToNegation();
    }
  }

  static final class Group extends Expr {
    final Expr inner;

    Group(Expr inner) {
      this.inner = inner;
    }

    @Override
    boolean eval(Map<String, String> labels) {
      return inner.eval(labels);
    }

    @Override
    boolean hasDoubleNegation() {
      return inner.hasDoubleNegation();
    }

    @Override
    boolean parsesToNegation() {
      return inner.parsesToNegation();
    }
  }

  static final class Junction extends Expr {
    final boolean and;
    final List<Expr> operands;

    Junction(boolean and, List<Expr> operands) {
      this.and = and;
      this.operands = operands;
    }

    @Override
    boolean eval(Map<String, String> labels) {
      for (Expr e : operands) {
        if (e.eval(labels) != and) {
          return !and;
        }
      }
      return and;
    }

    @Override
    boolean hasDoubleNegation() {
      return operands.stream().anyMatch(Expr::hasDoubleNegation);
    }
  }

  /** Selector texts with their trees, up to a few levels deep. */
  static Gen<Case> selectors() {
    return ctx -> {
      StringBuilder out = new StringBuilder();
      ws(ctx, out, false);
      Expr e = or(ctx, out, ctx.sized(0, 3));
      ws(ctx, out, false);
      return new Case(e, out.toString());
    };
  }

  /** Label maps over the same keys and values. */
  static Gen<Map<String, String>> labels() {
    return ctx -> {
      Map<String, String> out = new LinkedHashMap<>();
      for (String key : KEYS) {
        if (ctx.chance(0.5)) {
          out.put(key, ctx.choose(VALUES));
        }
      }
      return out;
    };
  }

  private static Expr or(GenContext ctx, StringBuilder out, int depth) {
    int n = depth == 0 ? 1 : ctx.between(1, 3);
    List<Expr> operands = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        ws(ctx, out, false);
        out.append("||");
        ws(ctx, out, false);
      }
      operands.add(and(ctx, out, depth));
    }
    return n == 1 ? operands.get(0) : new Junction(false, operands);
  }

  private static Expr and(GenContext ctx, StringBuilder out, int depth) {
    int n = depth == 0 ? 1 : ctx.between(1, 3);
    List<Expr> operands = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        ws(ctx, out, false);
        out.append("&&");
        ws(ctx, out, false);
      }
      operands.add(operation(ctx, out, depth));
    }
    return n == 1 ? operands.get(0) : new Junction(true, operands);
  }

  private static Expr operation(GenContext ctx, StringBuilder out, int depth) {
    int bangs = ctx.chance(0.3) ? ctx.between(1, 3) : 0;
    for (int i = 0; i < bangs; i++) {
      out.append('!');
      ws(ctx, out, false);
    }
    Expr p = primary(ctx, out, depth);
    return bangs == 0 ? p : new Neg(bangs, p);
  }

  private static Expr primary(GenContext ctx, StringBuilder out, int depth) {
    int pick = ctx.between(0, depth > 0 ? 5 : 4);
    switch (pick) {
      case 0:
      case 1:
        return comparison(ctx, out);
      case 2:
        return set(ctx, out);
      case 3:
        {
          String key = ctx.choose(KEYS);
          out.append("has(");
          ws(ctx, out, false);
          out.append(key);
          ws(ctx, out, false);
          out.append(')');
          return new Has(key);
        }
      case 4:
        out.append(ctx.chance(0.5) ? "all(" : "global(");
        ws(ctx, out, false);
        out.append(')');
        return new True();
      default:
        {
          out.append('(');
          ws(ctx, out, false);
          Expr inner = or(ctx, out, depth - 1);
          ws(ctx, out, false);
          out.append(')');
          return new Group(inner);
        }
    }
  }

  private static Expr comparison(GenContext ctx, StringBuilder out) {
    String key = ctx.choose(KEYS);
    String value = ctx.choose(VALUES);
    String op = ctx.choose("==", "!=", "contains", "starts with", "ends with");
    out.append(key);
    boolean word = Character.isLetter(op.charAt(0));
    ws(ctx, out, word);
    if (op.equals("starts with") || op.equals("ends with")) {
      out.append(op, 0, op.indexOf(' '));
      ws(ctx, out, false);
      out.append("with");
    } else {
      out.append(op);
    }
    ws(ctx, out, false);
    quote(ctx, out, value);
    return new Cmp(key, op, value);
  }

  private static Expr set(GenContext ctx, StringBuilder out) {
    String key = ctx.choose(KEYS);
    boolean not = ctx.chance(0.5);
    out.append(key);
    ws(ctx, out, true);
    if (not) {
      out.append("not");
      ws(ctx, out, false);
    }
    out.append("in");
    ws(ctx, out, false);
    out.append('{');
    int n = ctx.between(0, 4);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        ws(ctx, out, false);
        out.append(',');
      }
      ws(ctx, out, false);
      String v = ctx.choose(VALUES);
      values.add(v);
      quote(ctx, out, v);
    }
    if (n > 0 && ctx.chance(0.2)) {
      out.append(',');
    }
    ws(ctx, out, false);
    out.append('}');
    return new In(key, not, values);
  }

  private static void quote(GenContext ctx, StringBuilder out, String value) {
    char q;
    if (value.indexOf('"') >= 0) {
      q = '\'';
    } else if (value.indexOf('\'') >= 0) {
      q = '"';
    } else {
      q = ctx.chance(0.5) ? '"' : '\'';
    }
    out.append(q).append(value).append(q);
  }

  /** Optional white space (space or tab only); at least one character when {@code required}. */
  private static void ws(GenContext ctx, StringBuilder out, boolean required) {
    int n = ctx.between(required ? 1 : 0, 2);
    for (int i = 0; i < n; i++) {
      out.append(ctx.chance(0.8) ? ' ' : '\t');
    }
  }
}
