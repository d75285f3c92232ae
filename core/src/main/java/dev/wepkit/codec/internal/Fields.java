// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonToken;
import dev.wepkit.Dscp;
import dev.wepkit.Protocol;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Declares fields by the Go type of their value: each factory knows how that kind of value is read,
 * written and tested for emptiness, so that a field is one line in its type's declaration. Fields
 * are {@code omitempty} unless declared {@link Field#always()}.
 */
final class Fields {
  private Fields() {}

  /** A field with what it means, in a sentence or two, for the JSON Schema. */
  static <T, B> Field<T, B> doc(String description, Field<T, B> field) {
    return field.doc(description);
  }

  /**
   * A described field that Calico's validator rejects a value without (its empty value breaks a
   * rule): the JSON Schema requires it.
   */
  static <T, B> Field<T, B> required(String description, Field<T, B> field) {
    return field.doc(description).required();
  }

  /** A Go {@code string}. */
  static <T, B> Field<T, B> string(
      String name, Function<T, String> get, BiConsumer<B, String> set) {
    return new Field<>(
        name,
        name,
        ValueKind.STRING,
        true,
        null,
        (ctx, b, repeated) -> set.accept(b, ModelReader.readString(ctx)),
        Field.Getter.of(Field.STRING, get));
  }

  /**
   * A Go {@code []string}. A repeated key (in another letter case) replaces the earlier list, as in
   * Go.
   */
  static <T, B> Field<T, B> stringList(
      String name,
      Function<T, List<String>> get,
      BiConsumer<B, String> add,
      BiConsumer<B, List<String>> replace) {
    return new Field<>(
        name,
        name,
        ValueKind.STRING_LIST,
        true,
        null,
        (ctx, b, repeated) -> {
          if (repeated) {
            replace.accept(b, List.of());
          }
          ModelReader.readStringList(ctx, b, add);
        },
        Field.Getter.of(Field.STRING_LIST, get));
  }

  /**
   * A Go {@code map[string]string}, read into a scratch map ({@code read} gives the reader the
   * context and the target and stores what {@link ModelReader#readStringMap} returns).
   */
  static <T, B> Field<T, B> stringMap(
      String name, Function<T, Map<String, String>> get, Field.ReadFn<B> read) {
    return new Field<>(
        name, name, ValueKind.STRING_MAP, true, null, read, Field.Getter.of(Field.STRING_MAP, get));
  }

  /** A Go {@code uint16}. */
  static <T, B> Field<T, B> uint16(String name, ToIntFunction<T> get, ObjIntConsumer<B> set) {
    return new Field<>(
        name,
        name,
        ValueKind.UINT16,
        true,
        null,
        (ctx, b, repeated) -> set.accept(b, ModelReader.readUint16(ctx)),
        Field.Getter.ofInt(Field.UINT16, get));
  }

  /** A Go {@code int64}. */
  static <T, B> Field<T, B> int64(String name, ToLongFunction<T> get, ObjLongConsumer<B> set) {
    return new Field<>(
        name,
        name,
        ValueKind.INT64,
        true,
        null,
        (ctx, b, repeated) -> set.accept(b, ModelReader.readInt64(ctx)),
        Field.Getter.ofLong(Field.INT64, get));
  }

  /** Calico's {@code numorstring.Protocol}. */
  static <T, B> Field<T, B> protocol(
      String name, Function<T, Protocol> get, BiConsumer<B, Protocol> set) {
    return new Field<>(
        name,
        name,
        ValueKind.PROTOCOL,
        true,
        null,
        (ctx, b, repeated) -> set.accept(b, ModelReader.readProtocol(ctx)),
        Field.Getter.of(Field.PROTOCOL, get));
  }

  /** Calico's {@code *numorstring.DSCP}: {@code null} leaves it unset. */
  static <T, B> Field<T, B> dscp(
      String name, Function<T, Optional<Dscp>> get, BiConsumer<B, Optional<Dscp>> set) {
    return new Field<>(
        name,
        name,
        ValueKind.DSCP,
        true,
        null,
        (ctx, b, repeated) ->
            set.accept(
                b,
                ctx.parser.currentToken() == JsonToken.VALUE_NULL
                    ? Optional.empty()
                    : Optional.of(ModelReader.readDscp(ctx))),
        Field.Getter.of(Field.DSCP, get));
  }

  /**
   * Kubernetes' {@code metav1.Time}: a struct, so {@code omitempty} never drops it, and its zero
   * value prints as {@code null}.
   */
  static <T, B> Field<T, B> timestamp(
      String name, Function<T, Optional<String>> get, BiConsumer<B, Optional<String>> set) {
    return new Field<T, B>(
        name,
        name,
        ValueKind.TIMESTAMP,
        false,
        null,
        (ctx, b, repeated) ->
            set.accept(
                b,
                ctx.parser.currentToken() == JsonToken.VALUE_NULL
                    ? Optional.empty()
                    : Optional.of(ModelReader.readString(ctx))),
        Field.Getter.of(Field.TIMESTAMP, get));
  }

  /** A pointer to a nested type: {@code null} leaves it unset, present is written. */
  static <T, B, C, D> Field<T, B> object(
      String name,
      ModelType<C, D> type,
      Function<T, Optional<C>> get,
      BiConsumer<B, Optional<C>> set) {
    return new Field<>(
        name,
        name,
        ValueKind.OBJECT,
        true,
        type,
        (ctx, b, repeated) ->
            set.accept(
                b,
                ctx.parser.currentToken() == JsonToken.VALUE_NULL
                    ? Optional.empty()
                    : Optional.of(ModelReader.readObject(ctx, type, type.newTarget()))),
        Field.Getter.of(Field.OPTIONAL_OBJECT, get));
  }

  /**
   * A list of a nested type. The elements are read with one reused accumulator (the type resets it
   * for each element), so a long list allocates one builder.
   */
  static <T, B, C, D> Field<T, B> objectList(
      String name,
      ModelType<C, D> type,
      String listDescription,
      Function<T, List<C>> get,
      BiConsumer<B, C> add,
      BiConsumer<B, List<C>> replace) {
    return new Field<>(
        name,
        name,
        ValueKind.OBJECT_LIST,
        true,
        type,
        (ctx, b, repeated) -> {
          if (repeated) {
            replace.accept(b, List.of());
          }
          ModelReader.readObjectList(ctx, type, listDescription, b, add);
        },
        Field.Getter.of(Field.OBJECT_LIST, get));
  }

  /** A field Go knows but wepkit keeps untyped among the unknown fields, in its Go position. */
  static <T, B> Field<T, B> untyped(String name) {
    return new Field<>(
        name,
        "unknownFields",
        ValueKind.UNTYPED,
        true,
        null,
        (ctx, b, repeated) -> {
          throw new IllegalStateException("untyped fields are read as unknown fields");
        },
        // Its value, if any, is among the unknown fields, which the writer puts in its place.
        Field.Getter.of(Field.UNTYPED, null));
  }

  /**
   * A top-level string field of a resource ({@code kind}, {@code apiVersion}), always written, and
   * read by {@link ResourceReader}.
   */
  static <T> Field<T, Void> envelope(ResourceKey key, Function<T, String> get) {
    return envelopeField(key, ValueKind.STRING, null, Field.Getter.of(Field.STRING, get));
  }

  /** A top-level struct of a resource ({@code metadata}, {@code spec}), always written. */
  static <T, C> Field<T, Void> envelope(ResourceKey key, ModelType<C, ?> type, Function<T, C> get) {
    return envelopeField(key, ValueKind.OBJECT, type, Field.Getter.of(Field.OBJECT, get));
  }

  /** The {@code items} of a list resource, always written. */
  static <T, C> Field<T, Void> envelopeList(
      ResourceKey key, ModelType<C, ?> type, Function<T, List<C>> get) {
    return envelopeField(key, ValueKind.OBJECT_LIST, type, Field.Getter.of(Field.OBJECT_LIST, get));
  }

  private static <T> Field<T, Void> envelopeField(
      ResourceKey key, ValueKind kind, ModelType<?, ?> elementType, Field.Getter<T> getter) {
    return new Field<>(
        key.wireName,
        key.wireName,
        kind,
        false,
        elementType,
        (ctx, b, repeated) -> {
          throw new IllegalStateException("resources are read by ResourceReader");
        },
        getter);
  }
}
