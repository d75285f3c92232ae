// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy.internal;

import dev.wepkit.policy.Labels;
import dev.wepkit.policy.SelectorVisitor;
import dev.wepkit.policy.SelectorVisitor.Operator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A node of a parsed selector: how it evaluates, how it prints in canonical form, what it requires
 * of labels (Calico's label restrictions) and how visitors and label rewrites walk it.
 */
public abstract class Node {
  Node() {}

  /**
   * Evaluates the node.
   *
   * @param labels the labels
   * @return whether they match
   */
  public abstract boolean matches(Labels labels);

  /**
   * Evaluates the node against a map (a key mapped to null counts as absent). The same rules as
   * {@link #matches(Labels)}, without wrapping the map in a lookup on every call.
   *
   * @param labels the labels
   * @return whether they match
   */
  public abstract boolean matches(Map<String, String> labels);

  /**
   * Appends the canonical form.
   *
   * @param out where to write
   */
  public abstract void appendTo(StringBuilder out);

  /**
   * Calico's label restrictions of this node, in a new map that the caller may change; null (or
   * empty) when there are none.
   *
   * @return the restrictions by label, or null
   */
  public abstract Map<String, Restriction> restrictions();

  /**
   * Folds the node with a visitor, children first.
   *
   * @param <R> the result type
   * @param visitor the visitor
   * @return the visitor's result for this node
   */
  public abstract <R> R accept(SelectorVisitor<R> visitor);

  /**
   * A copy with every label key replaced by {@code rename}'s answer ({@code all()} and {@code
   * global()} have none).
   *
   * @param rename the new key for each key
   * @return the rewritten node
   */
  public abstract Node renameLabels(UnaryOperator<String> rename);

  /** Calico's quoting: double quotes, unless the text holds one (it can never hold both). */
  static void appendQuoted(StringBuilder out, String s) {
    char quote = s.indexOf('"') >= 0 ? '\'' : '"';
    out.append(quote).append(s).append(quote);
  }

  static Map<String, Restriction> single(String label, Restriction r) {
    Map<String, Restriction> m = new HashMap<>(4);
    m.put(label, r);
    return m;
  }

  /**
   * {@code k == "v"}, {@code k != "v"}, {@code contains}, {@code starts with}, {@code ends with}.
   */
  public static final class Comparison extends Node {
    private final String label;
    private final Operator op;
    private final String value;

    /**
     * A comparison.
     *
     * @param label the label key
     * @param op one of the five comparison operators
     * @param value the string
     */
    public Comparison(String label, Operator op, String value) {
      this.label = label;
      this.op = op;
      this.value = value;
    }

    @Override
    public boolean matches(Labels labels) {
      return test(labels.get(label));
    }

    @Override
    public boolean matches(Map<String, String> labels) {
      return test(labels.get(label));
    }

    private boolean test(String v) {
      if (v == null) {
        // An absent label satisfies != and nothing else.
        return op == Operator.NOT_EQUALS;
      }
      switch (op) {
        case EQUALS:
          return v.equals(value);
        case NOT_EQUALS:
          return !v.equals(value);
        case CONTAINS:
          return v.contains(value);
        case STARTS_WITH:
          return v.startsWith(value);
        default:
          return v.endsWith(value);
      }
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append(label).append(' ').append(op.symbol()).append(' ');
      appendQuoted(out, value);
    }

    @Override
    public Map<String, Restriction> restrictions() {
      switch (op) {
        case NOT_EQUALS:
          return null;
        case EQUALS:
          Set<String> values = Restriction.newValueSet();
          values.add(value);
          return single(label, new Restriction(true, false, values));
        default:
          return single(label, new Restriction(true, false, null));
      }
    }

    @Override
    public <R> R accept(SelectorVisitor<R> visitor) {
      return visitor.comparison(label, op, value);
    }

    @Override
    public Node renameLabels(UnaryOperator<String> rename) {
      return new Comparison(rename.apply(label), op, value);
    }
  }

  /** {@code k in {…}} and {@code k not in {…}}. */
  public static final class SetTest extends Node {
    private final String label;
    private final boolean negated;
    private final List<String> members;
    private final String[] array;
    private final Set<String> lookup;
    private final boolean emptyLiteral;

    /**
     * A set test.
     *
     * @param label the label key
     * @param negated true for {@code not in}
     * @param members the members, distinct and in Go order
     * @param emptyLiteral whether the source set was {@code {}}: Calico then holds no set at all,
     *     which changes its label restrictions (no value restriction rather than "no value can
     *     match")
     */
    public SetTest(String label, boolean negated, List<String> members, boolean emptyLiteral) {
      this.label = label;
      this.negated = negated;
      this.members = members;
      // A short scan beats hashing for the few members sets usually have.
      this.array = members.toArray(new String[0]);
      this.lookup = members.size() <= 8 ? null : new HashSet<>(members);
      this.emptyLiteral = emptyLiteral;
    }

    @Override
    public boolean matches(Labels labels) {
      return test(labels.get(label));
    }

    @Override
    public boolean matches(Map<String, String> labels) {
      return test(labels.get(label));
    }

    private boolean test(String v) {
      if (v == null) {
        // An absent label is "not in" every set and "in" none.
        return negated;
      }
      boolean member;
      if (lookup != null) {
        member = lookup.contains(v);
      } else {
        member = false;
        for (String m : array) {
          if (m.equals(v)) {
            member = true;
            break;
          }
        }
      }
      return member != negated;
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append(label).append(negated ? " not in {" : " in {");
      for (int i = 0; i < members.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        appendQuoted(out, members.get(i));
      }
      out.append('}');
    }

    @Override
    public Map<String, Restriction> restrictions() {
      if (negated) {
        return null;
      }
      Set<String> values = null;
      if (!emptyLiteral) {
        values = Restriction.newValueSet();
        values.addAll(members);
      }
      return single(label, new Restriction(true, false, values));
    }

    @Override
    public <R> R accept(SelectorVisitor<R> visitor) {
      return visitor.set(label, negated ? Operator.NOT_IN : Operator.IN, members);
    }

    @Override
    public Node renameLabels(UnaryOperator<String> rename) {
      return new SetTest(rename.apply(label), negated, members, emptyLiteral);
    }
  }

  /** {@code has(k)}: presence only, whatever the value (even {@code ""}). */
  public static final class Has extends Node {
    private final String label;

    /**
     * A presence test.
     *
     * @param label the label key
     */
    public Has(String label) {
      this.label = label;
    }

    @Override
    public boolean matches(Labels labels) {
      return labels.get(label) != null;
    }

    @Override
    public boolean matches(Map<String, String> labels) {
      return labels.get(label) != null;
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append("has(").append(label).append(')');
    }

    @Override
    public Map<String, Restriction> restrictions() {
      return single(label, new Restriction(true, false, null));
    }

    @Override
    public <R> R accept(SelectorVisitor<R> visitor) {
      return visitor.has(label);
    }

    @Override
    public Node renameLabels(UnaryOperator<String> rename) {
      return new Has(rename.apply(label));
    }
  }

  /** {@code all()}, and the empty selector. */
  public static final class All extends Node {
    /** The one instance. */
    public static final All INSTANCE = new All();

    private All() {}

    @Override
    public boolean matches(Labels labels) {
      return true;
    }

    @Override
    public boolean matches(Map<String, String> labels) {
      return true;
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append("all()");
    }

    @Override
    public Map<String, Restriction> restrictions() {
      return null;
    }

    @Override
    public <R> R accept(SelectorVisitor<R> visitor) {
      return visitor.all();
    }

    @Override
    public Node renameLabels(UnaryOperator<String> rename) {
      return this;
    }
  }

  /** {@code global()}: true as an expression; Calico gives it meaning by rewriting the text. */
  public static final class Global extends Node {
    /** The one instance. */
    public static final Global INSTANCE = new Global();

    private Global() {}

    @Override
    public boolean matches(Labels labels) {
      return true;
    }

    @Override
    public boolean matches(Map<String, String> labels) {
      return true;
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append("global()");
    }

    @Override
    public Map<String, Restriction> restrictions() {
      return null;
    }

    @Override
    public <R> R accept(SelectorVisitor<R> visitor) {
      return visitor.global();
    }

    @Override
    public Node renameLabels(UnaryOperator<String> rename) {
      return this;
    }
  }

  /** A negation, printed as {@code !} directly followed by its operand. */
  public static final class Not extends Node {
    private final Node operand;

    /**
     * A negation.
     *
     * @param operand the negated node
     */
    public Not(Node operand) {
      this.operand = operand;
    }

    @Override
    public boolean matches(Labels labels) {
      return !operand.matches(labels);
    }

    @Override
    public boolean matches(Map<String, String> labels) {
      return !operand.matches(labels);
    }

    @Override
    public void appendTo(StringBuilder out) {
      out.append('!');
      operand.appendTo(out);
    }

    @Override
    public Map<String, Restriction> restrictions() {
      // Only !has(k) says something (k must be absent): !(k == "v") does not require k to be
      // absent, and a negated group says nothing Calico tracks.
      if (operand instanceof Has) {
        return single(((Has) operand).label, new Restriction(false, true, null));
      }
      return null;
    }

    @Override
    public <R> R accept(SelectorVisitor<R> visitor) {
      return visitor.not(operand.accept(visitor));
    }

    @Override
    public Node renameLabels(UnaryOperator<String> rename) {
      return new Not(operand.renameLabels(rename));
    }
  }

  /** Two or more operands joined by {@code &&}, evaluated left to right. */
  public static final class And extends Node {
    private final Node[] operands;

    /**
     * A conjunction.
     *
     * @param operands two or more operands
     */
    public And(List<Node> operands) {
      this.operands = operands.toArray(new Node[0]);
    }

    @Override
    public boolean matches(Labels labels) {
      for (Node operand : operands) {
        if (!operand.matches(labels)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public boolean matches(Map<String, String> labels) {
      for (Node operand : operands) {
        if (!operand.matches(labels)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void appendTo(StringBuilder out) {
      appendJoined(out, operands, " && ");
    }

    @Override
    public Map<String, Restriction> restrictions() {
      // Every operand must hold, so requirements add up and allowed values intersect.
      Map<String, Restriction> out = new HashMap<>();
      for (Node operand : operands) {
        Map<String, Restriction> each = operand.restrictions();
        if (each == null) {
          continue;
        }
        for (Map.Entry<String, Restriction> e : each.entrySet()) {
          Restriction r = e.getValue();
          Restriction base = out.get(e.getKey());
          if (base == null) {
            out.put(e.getKey(), r);
            continue;
          }
          base.mustBePresent |= r.mustBePresent;
          base.mustBeAbsent |= r.mustBeAbsent;
          if (base.values == null) {
            base.values = r.values;
          } else if (r.values != null) {
            base.values.retainAll(r.values);
          }
        }
      }
      return out;
    }

    @Override
    public <R> R accept(SelectorVisitor<R> visitor) {
      return visitor.and(visitAll(operands, visitor));
    }

    @Override
    public Node renameLabels(UnaryOperator<String> rename) {
      return new And(renameAll(operands, rename));
    }
  }

  /** Two or more operands joined by {@code ||}, evaluated left to right. */
  public static final class Or extends Node {
    private final Node[] operands;

    /**
     * A disjunction.
     *
     * @param operands two or more operands
     */
    public Or(List<Node> operands) {
      this.operands = operands.toArray(new Node[0]);
    }

    @Override
    public boolean matches(Labels labels) {
      for (Node operand : operands) {
        if (operand.matches(labels)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean matches(Map<String, String> labels) {
      for (Node operand : operands) {
        if (operand.matches(labels)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void appendTo(StringBuilder out) {
      appendJoined(out, operands, " || ");
    }

    @Override
    public Map<String, Restriction> restrictions() {
      // Any operand may hold, so only what the first operand requires and every later one also
      // requires survives; allowed values are the union, unless one side allows any value.
      Map<String, Restriction> out = operands[0].restrictions();
      if (out == null) {
        return null;
      }
      for (int i = 1; i < operands.length && !out.isEmpty(); i++) {
        Map<String, Restriction> other = operands[i].restrictions();
        for (Iterator<Map.Entry<String, Restriction>> it = out.entrySet().iterator();
            it.hasNext(); ) {
          Map.Entry<String, Restriction> e = it.next();
          Restriction r = e.getValue();
          Restriction o = other == null ? null : other.get(e.getKey());
          boolean otherPresent = o != null && o.mustBePresent;
          boolean otherAbsent = o != null && o.mustBeAbsent;
          r.mustBePresent = r.mustBePresent && otherPresent;
          if (!r.mustBePresent || r.values == null || o.values == null) {
            r.values = null;
          } else {
            r.values.addAll(o.values);
          }
          r.mustBeAbsent = r.mustBeAbsent && otherAbsent;
          if (!r.mustBePresent && !r.mustBeAbsent) {
            it.remove();
          }
        }
      }
      return out;
    }

    @Override
    public <R> R accept(SelectorVisitor<R> visitor) {
      return visitor.or(visitAll(operands, visitor));
    }

    @Override
    public Node renameLabels(UnaryOperator<String> rename) {
      return new Or(renameAll(operands, rename));
    }
  }

  private static void appendJoined(StringBuilder out, Node[] operands, String separator) {
    out.append('(');
    for (int i = 0; i < operands.length; i++) {
      if (i > 0) {
        out.append(separator);
      }
      operands[i].appendTo(out);
    }
    out.append(')');
  }

  private static <R> List<R> visitAll(Node[] operands, SelectorVisitor<R> visitor) {
    List<R> results = new ArrayList<>(operands.length);
    for (Node operand : operands) {
      results.add(operand.accept(visitor));
    }
    return Collections.unmodifiableList(results);
  }

  private static List<Node> renameAll(Node[] operands, UnaryOperator<String> rename) {
    List<Node> renamed = new ArrayList<>(operands.length);
    for (Node operand : Arrays.asList(operands)) {
      renamed.add(operand.renameLabels(rename));
    }
    return renamed;
  }
}
