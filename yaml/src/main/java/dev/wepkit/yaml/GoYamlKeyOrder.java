// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import java.util.Comparator;

/**
 * The order in which go-yaml v2 prints map keys ({@code keyList.Less} in its {@code sorter.go}),
 * and so the order of every key in {@code calicoctl get -o yaml} output: calicoctl marshals to
 * JSON, and sigs.k8s.io/yaml re-reads that JSON into Go maps and has go-yaml print them.
 *
 * <p>It is a "natural" order, not a plain string order. Keys are compared rune by rune; at the
 * first difference:
 *
 * <ul>
 *   <li>two letters compare as code points ({@code "B" < "a"});
 *   <li>a letter sorts after anything that is not a letter ({@code "a1" < "aa"}, {@code "a-" <
 *       "aa"});
 *   <li>otherwise the runs of digits starting there are compared as numbers ({@code "a2" < "a10"});
 *       if equal, the shorter run first, then the code points. When the difference is a zero inside
 *       a number ({@code "a101"} against {@code "a1001"}), go-yaml prefixes both runs with a 1 so
 *       that the zeros keep their place value.
 * </ul>
 *
 * <p>A key that is a prefix of another sorts first. Digit runs longer than 18 digits overflow as
 * Go's {@code int64} arithmetic does.
 *
 * <p>go-yaml v2's rule is not transitive for some keys: a letter against a digit right after a
 * shared digit puts the digit first, so {@code "e21a" < "e2b" < "e4b" < "e21a"}. yaml.v3 fixed that
 * by putting the letter first there ({@link #V3}). {@link #V2} is what calicoctl prints and is
 * used; a sort that finds the cycle (Java's TimSort may refuse it with an exception) is redone with
 * {@link #V3}.
 */
final class GoYamlKeyOrder implements Comparator<String> {
  /** gopkg.in/yaml.v2 (v2.4), under sigs.k8s.io/yaml and calicoctl. */
  static final GoYamlKeyOrder V2 = new GoYamlKeyOrder(false);

  /** gopkg.in/yaml.v3: the same, made transitive. */
  static final GoYamlKeyOrder V3 = new GoYamlKeyOrder(true);

  private final boolean letterAfterDigitFirst;

  private GoYamlKeyOrder(boolean letterAfterDigitFirst) {
    this.letterAfterDigitFirst = letterAfterDigitFirst;
  }

  @Override
  public int compare(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    return less(a, b) ? -1 : 1;
  }

  /** A transcription of go-yaml's {@code keyList.Less} for two string keys. */
  private boolean less(String a, String b) {
    int[] ar = a.codePoints().toArray();
    int[] br = b.codePoints().toArray();
    boolean digits = false;
    for (int i = 0; i < ar.length && i < br.length; i++) {
      if (ar[i] == br[i]) {
        digits = Character.isDigit(ar[i]);
        continue;
      }
      boolean al = Character.isLetter(ar[i]);
      boolean bl = Character.isLetter(br[i]);
      if (al && bl) {
        return ar[i] < br[i];
      }
      if (al || bl) {
        return letterAfterDigitFirst && digits ? al : bl;
      }
      long an = 0;
      long bn = 0;
      if (ar[i] == '0' || br[i] == '0') {
        for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
          if (ar[j] != '0') {
            an = 1;
            bn = 1;
            break;
          }
        }
      }
      int ai = i;
      for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
        an = an * 10 + (ar[ai] - '0');
      }
      int bi = i;
      for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
        bn = bn * 10 + (br[bi] - '0');
      }
      if (an != bn) {
        return an < bn;
      }
      if (ai != bi) {
        return ai < bi;
      }
      return ar[i] < br[i];
    }
    return ar.length < br.length;
  }
}
