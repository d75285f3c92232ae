// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.internal.WepkitStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code metadata} of a WorkloadEndpoint: Kubernetes' {@code ObjectMeta} as Calico uses it.
 *
 * <p>The fields Calico reads are typed; every other metadata field ({@code ownerReferences}, {@code
 * finalizers}, {@code deletionTimestamp} and so on) is kept in {@link #unknownFields()} and written
 * back unchanged. An empty string means "not set", as in Go.
 *
 * <pre>{@code
 * ObjectMeta meta = ObjectMeta.builder()
 *     .name("node1-k8s-frontend-eth0")
 *     .namespace("prod")
 *     .putLabel("app", "frontend")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface ObjectMeta {
  /** The namespace calicoctl fills in when a document names none. */
  String DEFAULT_NAMESPACE = "default";

  /**
   * Returns a new builder.
   *
   * @return a builder whose namespace starts as {@value #DEFAULT_NAMESPACE}
   */
  static ImmutableObjectMeta.Builder builder() {
    return ImmutableObjectMeta.builder();
  }

  /**
   * The resource name; for a WorkloadEndpoint Calico derives it from the spec.
   *
   * @return the name, or {@code ""}
   */
  @Value.Default
  default String name() {
    return "";
  }

  /**
   * Kubernetes' {@code generateName}; Calico copies it from the pod and otherwise ignores it.
   *
   * @return the prefix, or {@code ""}
   */
  @Value.Default
  default String generateName() {
    return "";
  }

  /**
   * The namespace. Reading a document without one gives {@value #DEFAULT_NAMESPACE}, as calicoctl
   * does.
   *
   * @return the namespace
   */
  @Value.Default
  default String namespace() {
    return DEFAULT_NAMESPACE;
  }

  /**
   * The object's UID.
   *
   * @return the UID, or {@code ""}
   */
  @Value.Default
  default String uid() {
    return "";
  }

  /**
   * The datastore revision.
   *
   * @return the revision, or {@code ""}
   */
  @Value.Default
  default String resourceVersion() {
    return "";
  }

  /**
   * The creation time as written on the wire (RFC 3339). Go writes {@code null} when it is unset.
   *
   * @return the timestamp text, or empty
   */
  Optional<String> creationTimestamp();

  /**
   * The labels Calico selects on.
   *
   * @return an unmodifiable map, never null
   */
  Map<String, String> labels();

  /**
   * The annotations.
   *
   * @return an unmodifiable map, never null
   */
  Map<String, String> annotations();

  /**
   * Every other metadata field, kept as it was read and written back unchanged. Do not mutate the
   * nodes.
   *
   * @return an unmodifiable map from field name to JSON value, never null
   */
  Map<String, JsonNode> unknownFields();
}
