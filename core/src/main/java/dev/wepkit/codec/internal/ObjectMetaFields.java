// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static dev.wepkit.codec.internal.Fields.doc;
import static dev.wepkit.codec.internal.Fields.string;
import static dev.wepkit.codec.internal.Fields.stringMap;
import static dev.wepkit.codec.internal.Fields.timestamp;
import static dev.wepkit.codec.internal.Fields.untyped;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ObjectMeta;
import dev.wepkit.internal.StringPairs;
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
              doc(
                  "Name of the endpoint: a lower-case DNS subdomain of at most 253 characters. Calico derives it from the spec (node, orchestrator, pod, workload or container ID, endpoint) and fills it in when empty.",
                  string("name", ObjectMeta::name, (s, v) -> s.meta = s.meta.withName(v))),
              doc(
                  "Not supported by Calico: a WorkloadEndpoint's name is derived from its spec.",
                  string(
                      "generateName",
                      ObjectMeta::generateName,
                      (s, v) -> s.meta = s.meta.withGenerateName(v))),
              // calicoctl treats an empty namespace like a missing one.
              doc(
                  "Namespace of the endpoint; calicoctl uses default when it is missing or empty.",
                  string(
                      "namespace",
                      ObjectMeta::namespace,
                      (s, v) ->
                          s.meta =
                              s.meta.withNamespace(
                                  v.isEmpty() ? ObjectMeta.DEFAULT_NAMESPACE : v))),
              doc("Kept as written; Calico ignores it.", untyped("selfLink")),
              doc(
                  "Unique ID: Calico generates it on create and requires it on update.",
                  string("uid", ObjectMeta::uid, (s, v) -> s.meta = s.meta.withUid(v))),
              doc(
                  "Version of the stored resource: empty on create, required on update.",
                  string(
                      "resourceVersion",
                      ObjectMeta::resourceVersion,
                      (s, v) -> s.meta = s.meta.withResourceVersion(v))),
              doc("Kept as written; Calico ignores it.", untyped("generation")),
              doc(
                  "Creation time, RFC 3339 in UTC, or null: Calico sets it on create.",
                  timestamp(
                      "creationTimestamp",
                      ObjectMeta::creationTimestamp,
                      (s, v) -> s.meta = s.meta.withCreationTimestamp(v))),
              doc("Kept as written; Calico ignores it.", untyped("deletionTimestamp")),
              doc("Kept as written; Calico ignores it.", untyped("deletionGracePeriodSeconds")),
              // A repeated field (in another letter case) replaces the earlier one.
              doc(
                  "Labels, which policy selectors match: keys are qualified names (an optional DNS prefix and '/'), values at most 63 characters. Calico overwrites projectcalico.org/namespace and projectcalico.org/orchestrator.",
                  stringMap(
                      "labels",
                      ObjectMeta::labels,
                      (ctx, s, repeated) ->
                          s.labels = ModelReader.readStringMap(ctx, ctx.labels()))),
              doc(
                  "Annotations: keys are qualified names (checked lower-cased); keys and values together at most 256 KiB.",
                  stringMap(
                      "annotations",
                      ObjectMeta::annotations,
                      (ctx, s, repeated) ->
                          s.annotations = ModelReader.readStringMap(ctx, ctx.annotations()))),
              doc("Kept as written; Calico ignores it.", untyped("ownerReferences")),
              doc("Kept as written; Calico ignores it.", untyped("finalizers")),
              doc("Kept as written; Calico ignores it.", untyped("managedFields"))));
}
