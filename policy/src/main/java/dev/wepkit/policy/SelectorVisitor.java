// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import java.util.List;

/**
 * A fold over a parsed selector's syntax tree: {@link Selector#accept(SelectorVisitor)} calls one
 * method per node, children first, and hands each parent its children's results. Source parentheses
 * are not nodes; {@code !} appears only where an odd run of {@code !} stood.
 *
 * <p>For the rewrite Calico itself does (prefixing every label, as it builds {@code pcns.} and
 * {@code pcsa.} selectors) use {@link Selector#withLabelPrefix(String)} or {@link
 * Selector#withLabelsRenamed(java.util.function.UnaryOperator)}.
 *
 * <pre>{@code
 * // Which label keys does a selector read?
 * Set<String> keys = new TreeSet<>();
 * Selector.parse("a == 'x' && !has(b)").accept(new SelectorVisitor<Void>() {
 *   public Void comparison(String label, Operator op, String value) { keys.add(label); return null; }
 *   public Void set(String label, Operator op, List<String> values) { keys.add(label); return null; }
 *   public Void has(String label) { keys.add(label); return null; }
 *   public Void all() { return null; }
 *   public Void global() { return null; }
 *   public Void not(Void operand) { return null; }
 *   public Void and(List<Void> operands) { return null; }
 *   public Void or(List<Void> operands) { return null; }
 * });
 * // keys: [a, b]
 * }</pre>
 *
 * @param <R> the result of visiting a node
 * @since 0.1.0
 */
public interface SelectorVisitor<R> {
  /** The operators of label comparisons and set tests, with their canonical spelling. */
  enum Operator {
    /** {@code k == "v"}: present with exactly that value. */
    EQUALS("=="),
    /** {@code k != "v"}: absent, or present with another value. */
    NOT_EQUALS("!="),
    /** {@code k contains "v"}: present, and the value contains the text. */
    CONTAINS("contains"),
    /** {@code k starts with "v"}: present, and the value starts with the text. */
    STARTS_WITH("starts with"),
    /** {@code k ends with "v"}: present, and the value ends with the text. */
    ENDS_WITH("ends with"),
    /** {@code k in {…}}: present with one of the values. */
    IN("in"),
    /** {@code k not in {…}}: absent, or present with none of the values. */
    NOT_IN("not in");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /**
     * The operator as the canonical form spells it, for example {@code starts with}.
     *
     * @return the spelling
     */
    public String symbol() {
      return symbol;
    }
  }

  /**
   * A label compared with a string: {@code ==}, {@code !=}, {@code contains}, {@code starts with}
   * or {@code ends with}.
   *
   * @param label the label key
   * @param op the operator
   * @param value the string
   * @return the result for this node
   */
  R comparison(String label, Operator op, String value);

  /**
   * A set test, {@code in} or {@code not in}.
   *
   * @param label the label key
   * @param op {@link Operator#IN} or {@link Operator#NOT_IN}
   * @param values the members, distinct and in Go's (UTF-8 byte) order
   * @return the result for this node
   */
  R set(String label, Operator op, List<String> values);

  /**
   * {@code has(label)}.
   *
   * @param label the label key
   * @return the result for this node
   */
  R has(String label);

  /**
   * {@code all()}, which also stands for an empty selector.
   *
   * @return the result for this node
   */
  R all();

  /**
   * {@code global()}, which matches everything as an expression (its meaning comes from how Calico
   * rewrites namespace selectors).
   *
   * @return the result for this node
   */
  R global();

  /**
   * A negation.
   *
   * @param operand the operand's result
   * @return the result for this node
   */
  R not(R operand);

  /**
   * Two or more operands joined by {@code &&}.
   *
   * @param operands the operands' results, in source order
   * @return the result for this node
   */
  R and(List<R> operands);

  /**
   * Two or more operands joined by {@code ||}.
   *
   * @param operands the operands' results, in source order
   * @return the result for this node
   */
  R or(List<R> operands);
}
