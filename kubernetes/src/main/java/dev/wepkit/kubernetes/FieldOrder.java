// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The order in which the fields of one kind of JSON object (a Pod's {@code metadata}, a container,
 * a label map) came last time, so that the next object's field names are read by comparing their
 * bytes with the name expected next ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core
 * .SerializableString)}) rather than decoded and looked up in the parser's symbol table. The Pods
 * of a list come from one serializer and mostly from a handful of workloads, so nearly every name
 * is the one that followed the previous name last time. A name that is not is read as usual and
 * becomes the prediction for next time: the names returned are always the parser's, only the speed
 * depends on the guess.
 *
 * <pre>{@code
 * FieldOrder order = new FieldOrder(FieldOrder.OBJECT_FIELDS);
 * for (FieldOrder.Name field = order.next(p, null); field != null; field = order.next(p, field)) {
 *   p.nextToken(); // onto the value of field.text
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one per kind of object in one {@link PodReader}.
 */
final class FieldOrder {
  /** Enough names for the fields of any Kubernetes object. */
  static final int OBJECT_FIELDS = 64;

  /** Enough names for the label or annotation keys of a cluster's workloads. */
  static final int MAP_KEYS = 512;

  private final int capacity;
  // Bounded, so that hostile input with endless distinct names cannot grow it: past the bound a
  // name is still returned, just not remembered.
  private final Map<String, Name> names = new HashMap<>();
  private Name first;

  /**
   * Creates an order that has seen no object yet.
   *
   * @param capacity how many distinct names to remember
   */
  FieldOrder(int capacity) {
    this.capacity = capacity;
  }

  /** A field name and the name that followed it the last time it was read. */
  static final class Name {
    /** The name, as the parser reports it. */
    final String text;

    private final SerializedString quoted;
    private Name next;

    private Name(String text) {
      this.text = text;
      this.quoted = new SerializedString(text);
    }
  }

  /**
   * Moves the parser onto the next field name of the object it is in, and returns it.
   *
   * @param p the parser, inside an object: after its start, or after the value of {@code previous}
   * @param previous the field read before in this object, or null for its first
   * @return the name, or null at the end of the object (the parser on its {@code END_OBJECT})
   */
  Name next(JsonParser p, Name previous) throws IOException {
    Name expected = previous == null ? first : previous.next;
    if (expected != null) {
      if (p.nextFieldName(expected.quoted)) {
        return expected;
      }
      if (p.currentToken() != JsonToken.FIELD_NAME) {
        return null;
      }
    } else if (p.nextToken() != JsonToken.FIELD_NAME) {
      return null;
    }
    Name seen = name(p.currentName());
    if (previous == null) {
      first = seen;
    } else {
      previous.next = seen;
    }
    return seen;
  }

  private Name name(String text) {
    Name name = names.get(text);
    if (name == null) {
      name = new Name(text);
      if (names.size() < capacity) {
        names.put(text, name);
      }
    }
    return name;
  }
}
