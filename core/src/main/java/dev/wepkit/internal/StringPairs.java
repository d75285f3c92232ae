// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.internal;

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
 * is enough for a copying pass and for lookups ({@link #get}), the only uses this class is meant
 * for. One instance is reused for the next map once it has been copied: the codecs' reader keeps
 * one for the labels and one for the annotations, the Pod conversion one for the labels of a list's
 * endpoints, and the Pod reader one each for a Pod's labels and annotations.
 *
 * <pre>{@code
 * StringPairs pairs = new StringPairs();
 * pairs.put(pairs.indexOf("app"), "app", "web");
 * pairs.put(pairs.indexOf("app"), "app", "api"); // replaces: the key keeps its place
 * ObjectMeta meta = built.withLabels(pairs);     // the one copy
 * pairs.clear();                                 // for the next map
 * }</pre>
 */
public final class StringPairs extends AbstractMap<String, String> {
  /**
   * Up to this many entries a key is looked for by a scan; past it through {@link #slots}. A scan
   * of a few keys beats hashing, but every new key is compared with every earlier one: a pod's 40
   * labels cost 780 comparisons, a tenth of decoding the whole endpoint.
   */
  public static final int SCAN_LIMIT = 8;

  private static final int[] NO_SLOTS = new int[0];

  /** Keys at even indexes, each followed by its value. */
  private String[] pairs;

  private int size;

  /**
   * An open-addressing index over the keys once there are more than {@link #SCAN_LIMIT}: each slot
   * holds a key's position in {@link #pairs} plus one (0 for an empty slot). Kept between maps and
   * emptied by {@link #clear}; its length is a power of two, at most three quarters full.
   */
  private int[] slots = NO_SLOTS;

  private boolean indexed;

  /** An empty map with room for four entries. */
  public StringPairs() {
    this(4);
  }

  /**
   * An empty map with room for {@code entries} entries before it grows.
   *
   * @param entries the expected number of entries
   */
  public StringPairs(int entries) {
    pairs = new String[2 * Math.max(entries, 1)];
  }

  /**
   * Where a key is.
   *
   * @param key the key
   * @return its position, for {@link #put}, or -1 if absent
   */
  public int indexOf(String key) {
    if (!indexed && size > SCAN_LIMIT) {
      // Built at the first lookup it can speed up, so that a map only ever appended to (keys known
      // to be unique) hashes none of them.
      rebuildIndex(Math.max(slots.length, 4 * Integer.highestOneBit(size)));
    }
    if (indexed) {
      int mask = slots.length - 1;
      for (int slot = spread(key.hashCode()) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
        int at = slots[slot] - 1;
        String k = pairs[at];
        if (k == key || k.equals(key)) {
          return at;
        }
      }
      return -1;
    }
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

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /**
   * Replaces the value at {@code index} from {@link #indexOf} (the last value wins and the key
   * keeps its first position, as with a {@code LinkedHashMap}), or appends the entry if -1: then
   * {@code key} must not be in the map already.
   *
   * @param index the key's position from {@link #indexOf}, or -1 to append
   * @param key the key, not null
   * @param value the value, not null
   */
  public void put(int index, String key, String value) {
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
    if (indexed) {
      // At most three quarters full: a pod's 40 labels fit in 64 slots, grown once from 32.
      if (4 * size > 3 * slots.length) {
        rebuildIndex(2 * slots.length);
      } else {
        addToIndex(end);
      }
    }
  }

  /** Indexes every key in a table of {@code length} slots (a power of two). */
  private void rebuildIndex(int length) {
    if (slots.length == length) {
      Arrays.fill(slots, 0);
    } else {
      slots = new int[length];
    }
    indexed = true;
    for (int at = 0; at < 2 * size; at += 2) {
      addToIndex(at);
    }
  }

  private void addToIndex(int at) {
    int mask = slots.length - 1;
    int slot = spread(pairs[at].hashCode()) & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = at + 1;
  }

  /** Empties the map for the next use, dropping the references it held. */
  @Override
  public void clear() {
    Arrays.fill(pairs, 0, 2 * size, null);
    size = 0;
    if (indexed) {
      Arrays.fill(slots, 0);
      indexed = false;
    }
  }

  @Override
  public int size() {
    return size;
  }

  /** The value of a key, found as {@link #indexOf} finds it (not by walking the entries). */
  @Override
  public String get(Object key) {
    if (!(key instanceof String)) {
      return null;
    }
    int at = indexOf((String) key);
    return at < 0 ? null : pairs[at + 1];
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String && indexOf((String) key) >= 0;
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
