// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static dev.wepkit.codec.internal.Fields.string;
import static dev.wepkit.codec.internal.Fields.stringMap;
import static dev.wepkit.codec.internal.Fields.timestamp;
import static dev.wepkit.codec.internal.Fields.untyped;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ObjectMeta;
import java.util.List;
import java.util.Map;

/**
 * The fields of Kubernetes' {@code ObjectMeta}, in its Go struct order. The ones Calico ignores
 * ({@code selfLink}, {@code generation}, {@code ownerReferences}, ...) are untyped: kept among the
 * unknown fields, never "unknown" in strict mode, and written back in their Go position.
 */
public final class ObjectMetaFields {
  private ObjectMetaFields() {}

  /**
   * Metadata with every attribute at its default. Metadata is derived from it with the withers:
   * most documents set only a few of its attributes, and a wither allocates one small object where
   * a builder allocates three maps and copies each of them again in {@code build()}.
   */
  private static final ImmutableObjectMeta EMPTY = ObjectMeta.builder().build();

  /** What the reader accumulates: the metadata so far, and the scratch maps of the context. */
  static final class State {
    ImmutableObjectMeta meta = EMPTY;
    StringPairs labels;
    StringPairs annotations;

    /** Back to empty, for the next metadata of a stream. */
    State reset() {
      meta = EMPTY;
      labels = null;
      annotations = null;
      return this;
    }

    ObjectMeta finish(Map<String, JsonNode> unknown) {
      ImmutableObjectMeta result = meta;
      // Each map is copied once, by its wither; the scratch maps are reused for the next metadata.
      if (labels != null && !labels.isEmpty()) {
        result = result.withLabels(labels);
      }
      if (annotations != null && !annotations.isEmpty()) {
        result = result.withAnnotations(annotations);
      }
      if (unknown != null) {
        result = result.withUnknownFields(unknown);
      }
      return result;
    }
  }

  /** The type. */
  public static final ModelType<ObjectMeta, State> TYPE =
      ModelType.of(
          "ObjectMeta",
          ObjectMeta.class,
          "metadata",
          State::new,
          State::finish,
          ObjectMeta::unknownFields,
          null,
          List.of(
              string("name", ObjectMeta::name, (s, v) -> s.meta = s.meta.withName(v)),
              string(
                  "generateName",
                  ObjectMeta::generateName,
                  (s, v) -> s.meta = s.meta.withGenerateName(v)),
              // calicoctl treats an empty namespace like a missing one.
              string(
                  "namespace",
                  ObjectMeta::namespace,
                  (s, v) ->
                      s.meta =
                          s.meta.withNamespace(v.isEmpty() ? ObjectMeta.DEFAULT_NAMESPACE : v)),
              untyped("selfLink"),
              string("uid", ObjectMeta::uid, (s, v) -> s.meta = s.meta.withUid(v)),
              string(
                  "resourceVersion",
                  ObjectMeta::resourceVersion,
                  (s, v) -> s.meta = s.meta.withResourceVersion(v)),
              untyped("generation"),
              timestamp(
                  "creationTimestamp",
                  ObjectMeta::creationTimestamp,
                  (s, v) -> s.meta = s.meta.withCreationTimestamp(v)),
              untyped("deletionTimestamp"),
              untyped("deletionGracePeriodSeconds"),
              // A repeated field (in another letter case) replaces the earlier one.
              stringMap(
                  "labels",
                  ObjectMeta::labels,
                  (ctx, s, repeated) -> s.labels = ModelReader.readStringMap(ctx, ctx.labels())),
              stringMap(
                  "annotations",
                  ObjectMeta::annotations,
                  (ctx, s, repeated) ->
                      s.annotations = ModelReader.readStringMap(ctx, ctx.annotations())),
              untyped("ownerReferences"),
              untyped("finalizers"),
              untyped("managedFields")));
}
