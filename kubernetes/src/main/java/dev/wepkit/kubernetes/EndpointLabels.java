// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.names.CalicoLabels;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A Pod's labels plus Calico's, in the order and with the values {@link CalicoLabels#apply} gives
 * them, held in two arrays: the map handed to {@code ObjectMeta.withLabels}, which copies it into
 * its own map at once. A {@code LinkedHashMap} in between would hash every label and allocate an
 * entry for it only to be thrown away.
 *
 * <p>For that one copy only: its iterator is its own entry (each {@code next()} moves the one entry
 * on), so an entry read after the next one is no longer that entry. Not modifiable.
 *
 * <pre>{@code
 * ObjectMeta meta = built.withLabels(new EndpointLabels(pod.labels(), "prod", "k8s", "default"));
 * }</pre>
 */
final class EndpointLabels extends AbstractMap<String, String>
    implements BiConsumer<String, String> {
  private final String[] keys;
  private final String[] values;
  private int size;

  /** Calico's labels over {@code labels}, as {@link CalicoLabels#putAll} puts them. */
  EndpointLabels(
      Map<String, String> labels,
      String namespace,
      String orchestrator,
      String serviceAccountName) {
    int capacity = labels.size() + 3;
    keys = new String[capacity];
    values = new String[capacity];
    // forEach, not an entry iterator: an unmodifiable view wraps every entry it iterates.
    labels.forEach(this);
    // CalicoLabels decides which of its labels apply (the service account's length rule, say).
    // Looking for a Pod label to replace is only needed when the Pod has one of those keys.
    boolean overlap =
        labels.containsKey(CalicoLabels.NAMESPACE)
            || labels.containsKey(CalicoLabels.ORCHESTRATOR)
            || labels.containsKey(CalicoLabels.SERVICE_ACCOUNT);
    CalicoLabels.putAll(
        new CalicoPuts(overlap ? size : 0), null, namespace, orchestrator, serviceAccountName);
  }

  /** Takes one Pod label from {@code forEach}. */
  @Override
  public void accept(String key, String value) {
    keys[size] = Objects.requireNonNull(key, "key");
    values[size] = Objects.requireNonNull(value, "value");
    size++;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<Map.Entry<String, String>>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Entries();
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /**
   * Receives Calico's labels from {@link CalicoLabels#putAll}: each replaces the value of a Pod
   * label of the same key where that label stands (only the first {@code podLabels} are looked at),
   * as a {@code LinkedHashMap} would, or else goes at the end.
   */
  private final class CalicoPuts extends AbstractMap<String, String> {
    private final int podLabels;

    CalicoPuts(int podLabels) {
      this.podLabels = podLabels;
    }

    @Override
    public String put(String key, String value) {
      for (int i = 0; i < podLabels; i++) {
        if (keys[i].equals(key)) {
          String old = values[i];
          values[i] = value;
          return old;
        }
      }
      accept(key, value);
      return null;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return EndpointLabels.this.entrySet();
    }
  }

  /** The iterator, and the entry it is on. */
  private final class Entries
      implements Iterator<Map.Entry<String, String>>, Map.Entry<String, String> {
    private int next;

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public Map.Entry<String, String> next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      next++;
      return this;
    }

    @Override
    public String getKey() {
      return keys[next - 1];
    }

    @Override
    public String getValue() {
      return values[next - 1];
    }

    @Override
    public String setValue(String value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Map.Entry)) {
        return false;
      }
      Map.Entry<?, ?> that = (Map.Entry<?, ?>) other;
      return getKey().equals(that.getKey()) && getValue().equals(that.getValue());
    }

    @Override
    public int hashCode() {
      return getKey().hashCode() ^ getValue().hashCode();
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }
}
