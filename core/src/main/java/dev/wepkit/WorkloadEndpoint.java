// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.internal.WepkitStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A Calico {@code WorkloadEndpoint} ({@code apiVersion: projectcalico.org/v3}): the interface that
 * connects a container or VM to its host, to which Calico applies network policy.
 *
 * <p>Instances are immutable and safe to share. {@link #apiVersion()} and {@link #kind()} are
 * constants, filled in when building. Build one, derive its name and write it as JSON:
 *
 * <pre>{@code
 * WorkloadEndpoint wep = WorkloadEndpoint.builder()
 *     .metadata(ObjectMeta.builder().namespace("default").build())
 *     .spec(WorkloadEndpointSpec.builder()
 *         .node("node1").orchestrator("k8s").pod("my-nginx").endpoint("eth0")
 *         .interfaceName("cali0ef24ba")
 *         .build())
 *     .build();
 * String name = WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(wep.spec()));
 * String json = WorkloadEndpointJson.create().write(wep.withName(name));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface WorkloadEndpoint {
  /** The only {@code apiVersion} of a v3 WorkloadEndpoint. */
  String API_VERSION = "projectcalico.org/v3";

  /** The {@code kind} of a WorkloadEndpoint. */
  String KIND = "WorkloadEndpoint";

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableWorkloadEndpoint.Builder builder() {
    return ImmutableWorkloadEndpoint.builder();
  }

  /**
   * Returns a builder that starts from this endpoint.
   *
   * @return a builder holding every value of this endpoint
   */
  default ImmutableWorkloadEndpoint.Builder toBuilder() {
    return ImmutableWorkloadEndpoint.builder().from(this);
  }

  /**
   * Always {@value #API_VERSION}.
   *
   * @return the API version
   */
  default String apiVersion() {
    return API_VERSION;
  }

  /**
   * Always {@value #KIND}.
   *
   * @return the kind
   */
  default String kind() {
    return KIND;
  }

  /**
   * The metadata.
   *
   * @return the metadata, never null
   */
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.builder().build();
  }

  /**
   * The spec.
   *
   * @return the spec, never null
   */
  @Value.Default
  default WorkloadEndpointSpec spec() {
    return WorkloadEndpointSpec.builder().build();
  }

  /**
   * Top-level fields Calico does not know, kept as they were read.
   *
   * @return an unmodifiable map, never null
   */
  Map<String, JsonNode> unknownFields();

  /**
   * Returns a copy with another {@code metadata.name}.
   *
   * @param name the new name
   * @return the copy
   */
  default WorkloadEndpoint withName(String name) {
    return ImmutableWorkloadEndpoint.copyOf(this)
        .withMetadata(ImmutableObjectMeta.copyOf(metadata()).withName(name));
  }
}
