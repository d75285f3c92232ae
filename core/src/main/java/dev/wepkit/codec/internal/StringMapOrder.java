// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * The order a string map's keys are written in. Go's {@code encoding/json} sorts map keys as byte
 * strings, which for UTF-8 is code point order; {@link String#compareTo} compares UTF-16 units,
 * which agrees with code point order except where a surrogate pair (a character beyond U+FFFF)
 * meets a character from U+E000 to U+FFFF (a lone surrogate counts as its own value in both
 * orders). So the keys of a map without surrogate pairs, nearly every map, are compared with {@link
 * String#compareTo} (which the JVM compares many characters at a time), and the others by code
 * point ({@link #goOrderFor}).
 *
 * <p>Most maps arrive in order (read from Go's output, or built sorted), so the writer first checks
 * the order in one pass ({@link #inOrder}) and sorts ({@link #sort}) only a map out of order. Both
 * sorts are stable, so that a key order with ties keeps the map's own order among equal keys.
 */
final class StringMapOrder {
  /**
   * Up to this many entries a binary insertion sort over two arrays is cheaper than a merge sort.
   */
  static final int INSERTION_SORT_MAX = 64;

  /** Go's order of map keys: the order of their UTF-8 bytes. */
  static final Comparator<String> GO = StringMapOrder::compareGo;

  /** Go's order for keys without surrogates: UTF-16 order is code point order there. */
  private static final Comparator<String> UTF16 = Comparator.naturalOrder();

  private StringMapOrder() {}

  /**
   * Compares two keys as Go compares their UTF-8 bytes.
   *
   * @return negative, zero or positive, as {@link Comparator#compare}
   */
  static int compareGo(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
          return compareCodePoints(a, b);
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }

  /** Code point by code point; a lone surrogate counts as the code point of its own value. */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /**
   * Go's order for the keys of one map: {@link String#compareTo} when no key holds a surrogate
   * pair, else {@link #GO}. A key has a pair when it has fewer code points than UTF-16 units, which
   * the JDK answers without a scan for a string of Latin-1 characters (as Kubernetes' label and
   * annotation keys are).
   *
   * @param map the map
   * @return the comparator
   */
  static Comparator<String> goOrderFor(Map<String, String> map) {
    if (map.size() < 2) {
      return UTF16;
    }
    for (String key : map.keySet()) {
      int n = key.length();
      if (key.codePointCount(0, n) != n) {
        return GO;
      }
    }
    return UTF16;
  }

  /**
   * Compares with {@code order}; UTF-16 order is called directly, so that the JVM inlines its
   * comparison (through the comparator, a call site that sees several orders cannot).
   */
  private static int compare(Comparator<String> order, String a, String b) {
    return order == UTF16 ? a.compareTo(b) : order.compare(a, b);
  }

  /**
   * Whether the map's own order is already the written order.
   *
   * @param map the map
   * @param order the key order
   * @return true when each key is at most the next one
   */
  static boolean inOrder(Map<String, String> map, Comparator<String> order) {
    if (map.size() < 2) {
      return true;
    }
    String previous = null;
    for (String key : map.keySet()) {
      if (previous != null && compare(order, previous, key) > 0) {
        return false;
      }
      previous = key;
    }
    return true;
  }

  /**
   * The entries of a map sorted by key, stably.
   *
   * @param map the map
   * @param cmp the key order
   * @return the entries in order
   */
  static Sorted sort(Map<String, String> map, Comparator<String> cmp) {
    int n = map.size();
    String[] keys = new String[n];
    String[] values = new String[n];
    if (n > INSERTION_SORT_MAX) {
      map.keySet().toArray(keys);
      Arrays.sort(keys, cmp);
      for (int i = 0; i < n; i++) {
        values[i] = map.get(keys[i]);
      }
      return new Sorted(keys, values);
    }
    int size = 0;
    for (Map.Entry<String, String> entry : map.entrySet()) {
      String key = entry.getKey();
      // Insert after every key that is not greater (the upper bound), which keeps the sort stable.
      int low = 0;
      int high = size;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (compare(cmp, keys[mid], key) <= 0) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      System.arraycopy(keys, low, keys, low + 1, size - low);
      System.arraycopy(values, low, values, low + 1, size - low);
      keys[low] = key;
      values[low] = entry.getValue();
      size++;
    }
    return new Sorted(keys, values);
  }

  /** Keys and their values side by side, in order. */
  static final class Sorted {
    private final String[] keys;
    private final String[] values;

    Sorted(String[] keys, String[] values) {
      this.keys = keys;
      this.values = values;
    }

    int size() {
      return keys.length;
    }

    String key(int i) {
      return keys[i];
    }

    String value(int i) {
      return values[i];
    }
  }
}
