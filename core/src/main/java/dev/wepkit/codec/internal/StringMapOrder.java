// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The order a string map's keys are written in. Go's {@code encoding/json} sorts map keys as byte
 * strings, which for UTF-8 is code point order; {@link String#compareTo} compares UTF-16 units,
 * which agrees with code point order except where a surrogate pair (a character beyond U+FFFF)
 * meets a character from U+E000 to U+FFFF (a lone surrogate counts as its own value in both
 * orders). So the keys of a map without surrogate pairs, nearly every map, are compared with {@link
 * String#compareTo} (which the JVM compares many characters at a time), and the others by code
 * point ({@link #GO}).
 *
 * <p>Most maps arrive in order (read from Go's output, or built sorted), so the writer copies the
 * entries and checks their order in one pass ({@link #goOrder}) and sorts only a map out of order.
 * The sorts by a comparator ({@link #sort}) are stable, so that a key order with ties keeps the
 * map's own order among equal keys.
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
   * Compares with {@code order}; UTF-16 order is called directly, so that the JVM inlines its
   * comparison (through the comparator, a call site that sees several orders cannot).
   */
  private static int compare(Comparator<String> order, String a, String b) {
    return order == UTF16 ? a.compareTo(b) : order.compare(a, b);
  }

  /**
   * The entries of a map in Go's order, from one pass over the map: its keys and values are copied
   * side by side while the order is checked, and only a map out of order is then sorted (see {@link
   * Sorted#sortUtf16}).
   *
   * @param map the map
   * @return the entries in order
   */
  static Sorted goOrder(Map<String, String> map) {
    Sorted sorted = new Sorted(map.size());
    // forEach walks the map's own nodes: no iterator and no entry wrapper per entry.
    map.forEach(sorted);
    if (!sorted.inOrder) {
      if (sorted.surrogatePairs) {
        sorted.sortBy(GO);
      } else {
        sorted.sortUtf16();
      }
    } else if (sorted.surrogatePairs) {
      // In UTF-16 order, which differs from Go's only where a pair meets U+E000 to U+FFFF.
      for (int i = 1; i < sorted.size; i++) {
        if (compareGo(sorted.keys[i - 1], sorted.keys[i]) > 0) {
          sorted.sortBy(GO);
          break;
        }
      }
    }
    return sorted;
  }

  /**
   * The entries of a map sorted by key, stably.
   *
   * @param map the map
   * @param cmp the key order
   * @return the entries in order
   */
  static Sorted sort(Map<String, String> map, Comparator<String> cmp) {
    if (cmp == UTF16 || cmp == GO) {
      // Unique keys: Go's order has no ties, so the fast path's sort needs no stability.
      return goOrder(map);
    }
    Sorted sorted = new Sorted(map.size());
    map.forEach(sorted);
    sorted.sortBy(cmp);
    return sorted;
  }

  /**
   * Keys and their values side by side, in order: copied from the map in its own order, then sorted
   * in place when they are not in order already.
   */
  static final class Sorted implements BiConsumer<String, String> {
    /** The most entries whose positions fit in the low byte of {@link #sortUtf16}'s sort keys. */
    private static final int PACKED_MAX = 256;

    private final String[] keys;
    private final String[] values;
    private int size;
    private boolean inOrder = true;
    private boolean surrogatePairs;

    /**
     * Set by {@link #sortUtf16}: the sorted entries' positions, each in the low byte; null when the
     * arrays themselves are in order.
     */
    private long[] order;

    Sorted(int capacity) {
      keys = new String[capacity];
      values = new String[capacity];
    }

    /** Takes the map's next entry, noting whether it is in UTF-16 order and has surrogate pairs. */
    @Override
    public void accept(String key, String value) {
      int i = size;
      if (i > 0 && inOrder && keys[i - 1].compareTo(key) > 0) {
        inOrder = false;
      }
      int n = key.length();
      // A key has a pair when it has fewer code points than UTF-16 units, which the JDK answers
      // without a scan for a string of Latin-1 characters (as label and annotation keys are).
      if (key.codePointCount(0, n) != n) {
        surrogatePairs = true;
      }
      keys[i] = key;
      values[i] = value;
      size = i + 1;
    }

    int size() {
      return size;
    }

    String key(int i) {
      return keys[order == null ? i : (int) (order[i] & 0xFF)];
    }

    String value(int i) {
      return values[order == null ? i : (int) (order[i] & 0xFF)];
    }

    /**
     * Sorts keys without surrogate pairs (UTF-16 order is then Go's order). Comparing whole strings
     * costs a call and a branch the CPU cannot predict for every comparison, so each key becomes
     * one long: its first seven characters (when they are Latin-1) a byte each, big end first, and
     * its position in the low byte. Sorting those longs orders the keys by their first seven
     * characters; only keys sharing them (app.kubernetes.io/..., a run of feature flags) are then
     * compared as strings, among themselves. The sorted longs are the order the entries are read
     * in: nothing else is copied.
     */
    void sortUtf16() {
      int n = size;
      if (n > PACKED_MAX) {
        sortBy(UTF16);
        return;
      }
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        long prefix = latin1Prefix(keys[i]);
        if (prefix < 0) {
          // A character beyond Latin-1 among the first seven: compare the strings.
          sortBy(UTF16);
          return;
        }
        // The sign bit flipped so that a signed sort orders the prefixes as unsigned bytes.
        packed[i] = ((prefix << 8) | i) ^ Long.MIN_VALUE;
      }
      Arrays.sort(packed);
      int start = 0;
      while (start < n) {
        long prefix = packed[start] >>> 8;
        int end = start + 1;
        while (end < n && packed[end] >>> 8 == prefix) {
          end++;
        }
        // Keys sharing their first seven characters: an insertion sort of their positions.
        for (int i = start + 1; i < end; i++) {
          long entry = packed[i];
          String key = keys[(int) (entry & 0xFF)];
          int j = i - 1;
          while (j >= start && keys[(int) (packed[j] & 0xFF)].compareTo(key) > 0) {
            packed[j + 1] = packed[j];
            j--;
          }
          packed[j + 1] = entry;
        }
        start = end;
      }
      order = packed;
    }

    /** Sorts by any key order, stably. */
    void sortBy(Comparator<String> cmp) {
      int n = size;
      if (n > INSERTION_SORT_MAX) {
        Integer[] index = new Integer[n];
        for (int i = 0; i < n; i++) {
          index[i] = i;
        }
        // A stable merge sort of the positions, then the entries put in that order.
        Arrays.sort(index, (a, b) -> cmp.compare(keys[a], keys[b]));
        String[] k = keys.clone();
        String[] v = values.clone();
        for (int i = 0; i < n; i++) {
          keys[i] = k[index[i]];
          values[i] = v[index[i]];
        }
      } else {
        binaryInsertionSort(keys, values, n, cmp);
      }
      inOrder = true;
    }
  }

  /**
   * The first seven characters of a key, a byte each, big end first, padded with zero bytes (a
   * shorter key is then a prefix that sorts first, and a tie is settled by comparing the strings);
   * -1 when one of them is beyond Latin-1.
   */
  private static long latin1Prefix(String key) {
    int n = Math.min(7, key.length());
    long prefix = 0;
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if (c > 0xFF) {
        return -1;
      }
      prefix |= (long) c << (48 - 8 * i);
    }
    return prefix;
  }

  /**
   * A binary insertion sort of the first {@code n} keys, values alongside: stable, as each key is
   * put after every key that is not greater (the upper bound).
   */
  private static void binaryInsertionSort(
      String[] keys, String[] values, int n, Comparator<String> cmp) {
    for (int size = 1; size < n; size++) {
      String key = keys[size];
      if (compare(cmp, keys[size - 1], key) <= 0) {
        continue;
      }
      String value = values[size];
      int low = 0;
      int high = size - 1;
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
      values[low] = value;
    }
  }
}
