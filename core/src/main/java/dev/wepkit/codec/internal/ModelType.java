// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A model type as Calico's Go type declares it: its fields in Go struct order, and how the reader
 * starts and finishes a value of it. One instance per type, in the {@code *Fields} classes.
 *
 * @param <T> the model type
 * @param <B> what the reader accumulates values in
 */
public final class ModelType<T, B> {
  private final String goName;
  private final Class<T> modelClass;
  private final String description;
  private final Supplier<B> newTarget;
  private final BiFunction<B, Map<String, JsonNode>, T> finish;
  private final Function<T, Map<String, JsonNode>> unknownFields;
  private final int unknownFieldsSite = GetterCalls.newSite();
  private final Consumer<B> reset;
  private final List<Field<T, B>> fields;
  private final Field<T, B>[] array;
  private final Field<T, B>[] typed;

  @SuppressWarnings("unchecked")
  private ModelType(
      String goName,
      Class<T> modelClass,
      String description,
      Supplier<B> newTarget,
      BiFunction<B, Map<String, JsonNode>, T> finish,
      Function<T, Map<String, JsonNode>> unknownFields,
      Consumer<B> reset,
      List<Field<T, B>> fields) {
    this.goName = goName;
    this.modelClass = modelClass;
    this.description = description;
    this.newTarget = newTarget;
    this.finish = finish;
    this.unknownFields = unknownFields;
    this.reset = reset;
    this.fields = Collections.unmodifiableList(fields);
    this.array = fields.toArray(new Field[0]);
    if (array.length > 32) {
      // ModelReader records the fields seen in two bits each of one long.
      throw new IllegalStateException(goName + " has more than 32 fields");
    }
    for (int i = 0; i < array.length; i++) {
      array[i].index(i);
    }
    this.typed = fields.stream().filter(f -> f.kind() != ValueKind.UNTYPED).toArray(Field[]::new);
  }

  /**
   * Declares a type.
   *
   * @param goName the Go type's name, for example {@code WorkloadEndpointSpec}
   * @param modelClass the model interface
   * @param description how messages name a value of the type ({@code "spec"}, {@code "a port"})
   * @param newTarget a fresh accumulator for the reader
   * @param finish builds the value from the accumulator and the unknown fields read (null if none)
   * @param unknownFields the unknown fields of a value, for the writer
   * @param reset puts a used accumulator back to every default, so that list elements can share
   *     one; null to take a new one for each element
   * @param fields the fields in Go struct order
   */
  static <T, B> ModelType<T, B> of(
      String goName,
      Class<T> modelClass,
      String description,
      Supplier<B> newTarget,
      BiFunction<B, Map<String, JsonNode>, T> finish,
      Function<T, Map<String, JsonNode>> unknownFields,
      Consumer<B> reset,
      List<Field<T, B>> fields) {
    return new ModelType<>(
        goName, modelClass, description, newTarget, finish, unknownFields, reset, fields);
  }

  /**
   * The Go type's name.
   *
   * @return for example {@code WorkloadEndpointSpec}
   */
  public String goName() {
    return goName;
  }

  /**
   * The model interface.
   *
   * @return the class
   */
  public Class<T> modelClass() {
    return modelClass;
  }

  /**
   * The fields in Go struct order.
   *
   * @return an unmodifiable list
   */
  public List<Field<T, B>> fields() {
    return fields;
  }

  String description() {
    return description;
  }

  Field<T, B>[] array() {
    return array;
  }

  /**
   * The fields that hold a typed value, in Go order: what the writer loops over for a value without
   * unknown fields (the untyped ones would only be looked up among them).
   */
  Field<T, B>[] typedArray() {
    return typed;
  }

  B newTarget() {
    return newTarget.get();
  }

  /** The accumulator for the next list element: {@code used} reset, or a new one. */
  B nextTarget(B used) {
    if (used != null && reset != null) {
      reset.accept(used);
      return used;
    }
    return newTarget.get();
  }

  T finish(B target, Map<String, JsonNode> unknown) {
    return finish.apply(target, unknown);
  }

  /** The call site of the unknown fields' getter ({@link GetterCalls}). */
  int unknownFieldsSite() {
    return unknownFieldsSite;
  }

  Map<String, JsonNode> unknownFields(T value) {
    return GetterCalls.call(unknownFieldsSite, unknownFields, value);
  }

  /**
   * The field with a wire name: an exact match first, then, as Go's {@code encoding/json} does, a
   * case-insensitive one.
   *
   * @param name the name as read
   * @return the field, or null
   */
  Field<T, B> lookup(String name) {
    Field<T, B>[] all = array;
    for (Field<T, B> field : all) {
      if (field.wireName().equals(name)) {
        return field;
      }
    }
    for (Field<T, B> field : all) {
      if (field.wireName().equalsIgnoreCase(name)) {
        return field;
      }
    }
    return null;
  }

  /**
   * Whether a name is one of the fields, exactly as written.
   *
   * @param name a name
   * @return true when a field has exactly this wire name
   */
  boolean hasExactly(String name) {
    for (Field<T, B> field : array) {
      if (field.wireName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return goName;
  }
}
