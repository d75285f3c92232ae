// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The entries of a string map as read, keys and values side by side in one array, in first-seen
 * order with unique keys.
 *
 * <p>It exists to be copied exactly once: the model's {@code withLabels(Map)} makes its own
 * unmodifiable copy, so reading into a {@code LinkedHashMap} first (or into a builder, which copies
 * again in {@code build()}) would pay for the same entries twice. The array also serves the
 * duplicate-key check the reader needs anyway. Its entry iterator hands out one reused entry, which
 * is enough for a single copying pass and is the only use this class is meant for. One instance is
 * reused for the next map once it has been copied (see {@link ReadContext}).
 */
final class StringPairs extends AbstractMap<String, String> {
  /** Keys at even indexes, each followed by its value; room for four entries to start with. */
  private String[] pairs = new String[8];

  private int size;

  /**
   * Where a key is.
   *
   * @return its position, for {@link #put}, or -1 if absent
   */
  int indexOf(String key) {
    int end = 2 * size;
    for (int i = 0; i < end; i += 2) {
      String k = pairs[i];
      // Jackson hands out canonical key instances, so the identity check usually decides.
      if (k == key || k.equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Replaces the value at {@code index} from {@link #indexOf} (the last value wins and the key
   * keeps its first position, as with a {@code LinkedHashMap}), or appends the entry if -1.
   */
  void put(int index, String key, String value) {
    if (index >= 0) {
      pairs[index + 1] = value;
      return;
    }
    int end = 2 * size;
    if (end == pairs.length) {
      pairs = Arrays.copyOf(pairs, end * 2);
    }
    pairs[end] = key;
    pairs[end + 1] = value;
    size++;
  }

  /** Empties the map for the next use, dropping the references it held. */
  @Override
  public void clear() {
    Arrays.fill(pairs, 0, 2 * size, null);
    size = 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Entries();
      }
    };
  }

  /** Walks the pairs through one entry object whose key and value move along. */
  private final class Entries
      implements Iterator<Map.Entry<String, String>>, Map.Entry<String, String> {
    private int next;

    @Override
    public boolean hasNext() {
      return next < 2 * size;
    }

    @Override
    public Map.Entry<String, String> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      next += 2;
      return this;
    }

    @Override
    public String getKey() {
      return pairs[next - 2];
    }

    @Override
    public String getValue() {
      return pairs[next - 1];
    }

    @Override
    public String setValue(String value) {
      throw new UnsupportedOperationException();
    }

    // As Map.Entry specifies, so that AbstractMap's equals and hashCode hold for this map.
    @Override
    public boolean equals(Object o) {
      return o instanceof Map.Entry
          && getKey().equals(((Map.Entry<?, ?>) o).getKey())
          && getValue().equals(((Map.Entry<?, ?>) o).getValue());
    }

    @Override
    public int hashCode() {
      return getKey().hashCode() ^ getValue().hashCode();
    }
  }
}
