// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import java.util.List;

/** A visitor that does nothing, for tests that care about one kind of node. */
class SelectorVisitorAdapter<R> implements SelectorVisitor<R> {
  @Override
  public R comparison(String label, Operator op, String value) {
    return null;
  }

  @Override
  public R set(String label, Operator op, List<String> values) {
    return null;
  }

  @Override
  public R has(String label) {
    return null;
  }

  @Override
  public R all() {
    return null;
  }

  @Override
  public R global() {
    return null;
  }

  @Override
  public R not(R operand) {
    return null;
  }

  @Override
  public R and(List<R> operands) {
    return null;
  }

  @Override
  public R or(List<R> operands) {
    return null;
  }
}
