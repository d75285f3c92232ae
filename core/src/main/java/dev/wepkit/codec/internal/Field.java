// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Objects;

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
   * Writes a field, its name and then its value, unless {@code omitEmpty} is set and the value is
   * empty in Go's sense: the emptiness test and the write are one call, so that each field costs
   * the writer one call and one read of the value. With a null generator it writes nothing and only
   * answers (the sorted writer chooses its keys before it writes any).
   */
  @FunctionalInterface
  interface WriteFn<T> {
    /**
     * Writes the field.
     *
     * @param g the generator, or null to only ask
     * @param value the value holding the field
     * @param writer the model writer, for nested values
     * @param name the field's name, prebuilt
     * @param omitEmpty whether an empty value leaves the field out
     * @return whether the field is (or would be) written
     */
    boolean write(
        JsonGenerator g, T value, ModelWriter writer, SerializableString name, boolean omitEmpty)
        throws IOException;
  }

  private final String wireName;
  private final SerializableString serializedName;
  private final String accessor;
  private final ValueKind kind;
  private final boolean omitEmpty;
  private final ModelType<?, ?> elementType;
  private final ReadFn<B> reader;
  private final WriteFn<T> writer;
  private final String doc;
  private final boolean required;
  private int index = -1;

  Field(
      String wireName,
      String accessor,
      ValueKind kind,
      boolean omitEmpty,
      ModelType<?, ?> elementType,
      ReadFn<B> reader,
      WriteFn<T> writer) {
    this(wireName, accessor, kind, omitEmpty, elementType, reader, writer, null, false);
  }

  private Field(
      String wireName,
      String accessor,
      ValueKind kind,
      boolean omitEmpty,
      ModelType<?, ?> elementType,
      ReadFn<B> reader,
      WriteFn<T> writer,
      String doc,
      boolean required) {
    this.wireName = Objects.requireNonNull(wireName, "wireName");
    this.serializedName = new SerializedString(wireName);
    this.accessor = accessor;
    this.kind = kind;
    this.omitEmpty = omitEmpty;
    this.elementType = elementType;
    this.reader = reader;
    this.writer = writer;
    this.doc = doc;
    this.required = required;
  }

  /** The same field, stored in a model accessor whose name differs from the wire name. */
  Field<T, B> storedIn(String accessorName) {
    return new Field<>(
        wireName, accessorName, kind, omitEmpty, elementType, reader, writer, doc, required);
  }

  /** The same field without {@code omitempty}: written even when empty. */
  Field<T, B> always() {
    return new Field<>(wireName, accessor, kind, false, elementType, reader, writer, doc, required);
  }

  /** The same field with what it means, in a sentence or two, for the JSON Schema. */
  Field<T, B> doc(String description) {
    return new Field<>(
        wireName, accessor, kind, omitEmpty, elementType, reader, writer, description, required);
  }

  /**
   * The same field, marked as one Calico's validator rejects a value without (its empty value fails
   * a rule): the JSON Schema lists it as required.
   */
  Field<T, B> required() {
    return new Field<>(wireName, accessor, kind, omitEmpty, elementType, reader, writer, doc, true);
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

  /** Whether the writer puts the field out for this value. */
  boolean written(T value) throws IOException {
    return writer.write(null, value, null, serializedName, omitEmpty);
  }

  void read(ReadContext ctx, B target, boolean repeated) throws IOException {
    reader.read(ctx, target, repeated);
  }

  /**
   * Writes the field's name and value, unless {@code omitempty} leaves it out; an untyped field is
   * never written (its value is among the unknown fields).
   *
   * @return whether it was written
   */
  boolean write(JsonGenerator g, T value, ModelWriter modelWriter) throws IOException {
    return writer.write(g, value, modelWriter, serializedName, omitEmpty);
  }

  @Override
  public String toString() {
    return wireName + " (" + kind + (omitEmpty ? ", omitempty" : "") + ")";
  }
}
