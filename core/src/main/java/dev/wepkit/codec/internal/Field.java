// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * One field of a model type as Calico's Go type declares it: the wire name, the {@code omitempty}
 * rule, the kind of value, and how to read it into the type's builder and write it from a value.
 *
 * <p>A {@link ModelType} holds its fields in Go struct order; the reader looks names up among them
 * and the writer loops over them, so that adding a field to the model means adding it here once.
 *
 * @param <T> the model type the field belongs to
 * @param <B> what the reader accumulates values in (usually the type's builder)
 */
public final class Field<T, B> {
  /** Reads a field's value; the parser is on the value's first token and left on its last. */
  @FunctionalInterface
  interface ReadFn<B> {
    void read(ReadContext ctx, B target, boolean repeated) throws IOException;
  }

  /**
   * How the writer gets a field's value: the way it is written ({@link #STRING} ...) and the model
   * getter, typed by that way: a {@code Function} to the value, or for the numbers a {@code
   * ToIntFunction} or {@code ToLongFunction}.
   *
   * @param <T> the model type the field belongs to
   */
  static final class Getter<T> {
    final int writeAs;
    final Function<T, ?> get;
    final int site;
    final ToIntFunction<T> getInt;
    final ToLongFunction<T> getLong;

    private Getter(
        int writeAs,
        Function<T, ?> get,
        int site,
        ToIntFunction<T> getInt,
        ToLongFunction<T> getLong) {
      this.writeAs = writeAs;
      this.get = get;
      this.site = site;
      this.getInt = getInt;
      this.getLong = getLong;
    }

    /**
     * A getter of an object value. The ways many getters share (strings, lists, structs) call each
     * from a site of its own ({@link GetterCalls}); the others have one or two getters each, which
     * the writer's call site inlines as it is, and so also does away with the {@code Optional} a
     * getter of a pointer makes.
     */
    static <T> Getter<T> of(int writeAs, Function<T, ?> get) {
      boolean shared =
          writeAs == STRING
              || writeAs == STRING_LIST
              || writeAs == OBJECT
              || writeAs == OBJECT_LIST;
      return new Getter<>(writeAs, get, shared ? GetterCalls.newSite() : -1, null, null);
    }

    // The number getters are few (a port's two, and one for all the QoS limits), so their call
    // sites in the writer are inlined as they are.
    static <T> Getter<T> ofInt(int writeAs, ToIntFunction<T> get) {
      return new Getter<>(writeAs, null, -1, get, null);
    }

    static <T> Getter<T> ofLong(int writeAs, ToLongFunction<T> get) {
      return new Getter<>(writeAs, null, -1, null, get);
    }
  }

  // How the writer gets a field's value and writes it: the kind, split where values of one kind
  // are held differently (a pointer to a struct is an Optional, a resource's struct is not).
  // ModelWriter switches on it, so that each way has its own call sites: a call site that sees
  // the getters of one kind only is often monomorphic or bimorphic, and inlined, where one call
  // through a write function per field, then one through the getter inside it, were two
  // megamorphic calls per field.
  static final int STRING = 0;
  static final int STRING_LIST = 1;
  static final int STRING_MAP = 2;
  static final int UINT16 = 3;
  static final int INT64 = 4;
  static final int PROTOCOL = 5;
  static final int DSCP = 6;
  static final int TIMESTAMP = 7;
  static final int OPTIONAL_OBJECT = 8;
  static final int OBJECT = 9;
  static final int OBJECT_LIST = 10;
  static final int UNTYPED = 11;

  private final String wireName;
  private final SerializableString serializedName;
  private final String accessor;
  private final ValueKind kind;
  private final boolean omitEmpty;
  private final ModelType<?, ?> elementType;
  private final ReadFn<B> reader;
  private final Getter<T> getter;
  private final String doc;
  private final boolean required;
  private int index = -1;

  // The getter's parts, copied here so that the writer reaches the getter in one load.
  final int writeAs;
  final Function<T, ?> get;
  final int site;
  final ToIntFunction<T> getInt;
  final ToLongFunction<T> getLong;

  Field(
      String wireName,
      String accessor,
      ValueKind kind,
      boolean omitEmpty,
      ModelType<?, ?> elementType,
      ReadFn<B> reader,
      Getter<T> getter) {
    this(wireName, accessor, kind, omitEmpty, elementType, reader, getter, null, false);
  }

  private Field(
      String wireName,
      String accessor,
      ValueKind kind,
      boolean omitEmpty,
      ModelType<?, ?> elementType,
      ReadFn<B> reader,
      Getter<T> getter,
      String doc,
      boolean required) {
    this.wireName = Objects.requireNonNull(wireName, "wireName");
    this.serializedName = new SerializedString(wireName);
    this.accessor = accessor;
    this.kind = kind;
    this.omitEmpty = omitEmpty;
    this.elementType = elementType;
    this.reader = reader;
    this.getter = getter;
    this.writeAs = getter.writeAs;
    this.get = getter.get;
    this.site = getter.site;
    this.getInt = getter.getInt;
    this.getLong = getter.getLong;
    this.doc = doc;
    this.required = required;
  }

  /** The same field, stored in a model accessor whose name differs from the wire name. */
  Field<T, B> storedIn(String accessorName) {
    return new Field<>(
        wireName, accessorName, kind, omitEmpty, elementType, reader, getter, doc, required);
  }

  /** The same field without {@code omitempty}: written even when empty. */
  Field<T, B> always() {
    return new Field<>(wireName, accessor, kind, false, elementType, reader, getter, doc, required);
  }

  /** The same field with what it means, in a sentence or two, for the JSON Schema. */
  Field<T, B> doc(String description) {
    return new Field<>(
        wireName, accessor, kind, omitEmpty, elementType, reader, getter, description, required);
  }

  /**
   * The same field, marked as one Calico's validator rejects a value without (its empty value fails
   * a rule): the JSON Schema lists it as required.
   */
  Field<T, B> required() {
    return new Field<>(wireName, accessor, kind, omitEmpty, elementType, reader, getter, doc, true);
  }

  void index(int position) {
    this.index = position;
  }

  /**
   * The JSON name, for example {@code ipNetworks}.
   *
   * @return the name
   */
  public String wireName() {
    return wireName;
  }

  SerializableString serializedName() {
    return serializedName;
  }

  /**
   * The model accessor that holds the value ({@code unknownFields} for {@link ValueKind#UNTYPED}).
   *
   * @return the accessor's name
   */
  public String accessor() {
    return accessor;
  }

  /**
   * The kind of value.
   *
   * @return the kind
   */
  public ValueKind kind() {
    return kind;
  }

  /**
   * Whether Go's {@code omitempty} leaves the field out when it is empty.
   *
   * @return true for {@code omitempty} fields
   */
  public boolean omitEmpty() {
    return omitEmpty;
  }

  /**
   * The nested type of an {@link ValueKind#OBJECT} or {@link ValueKind#OBJECT_LIST} field.
   *
   * @return the type, or null for other kinds
   */
  public ModelType<?, ?> elementType() {
    return elementType;
  }

  /**
   * What the field means, as the JSON Schema describes it.
   *
   * @return a sentence or two, or null when none was given
   */
  public String description() {
    return doc;
  }

  /**
   * Whether Calico's validator rejects a value that leaves the field out: its empty value breaks a
   * rule ({@code interfaceName}, a port's {@code protocol} and {@code port}, ...).
   *
   * @return true for such fields
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * The position in Go struct order.
   *
   * @return the 0-based index
   */
  public int index() {
    return index;
  }

  void read(ReadContext ctx, B target, boolean repeated) throws IOException {
    reader.read(ctx, target, repeated);
  }

  @Override
  public String toString() {
    return wireName + " (" + kind + (omitEmpty ? ", omitempty" : "") + ")";
  }
}
