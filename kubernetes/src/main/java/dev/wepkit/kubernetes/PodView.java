// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.internal.WepkitStyle;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fields of a Kubernetes Pod that Calico reads to derive the Pod's WorkloadEndpoint, and
 * nothing else.
 *
 * <p>Read one from a manifest ({@link #fromTree}, {@link #fromJson(String)}; a YAML manifest can be
 * parsed into a {@link JsonNode} first), or build one by hand. Reading follows the Kubernetes
 * decoder: every other field is ignored, {@code null} means unset, and a value of the wrong type is
 * a {@link PodConversionException} naming its path. Values are kept as written; {@link
 * PodConversion} applies Calico's rules to them.
 *
 * <pre>{@code
 * PodView pod = PodView.fromJson(Files.readString(Path.of("pod.json")));
 * Optional<WorkloadEndpoint> wep = PodConversion.create().toWorkloadEndpoint(pod);
 *
 * PodView byHand = PodView.builder()
 *     .namespace("default").name("nginx").nodeName("node1").podIP("10.65.0.2")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface PodView {
  /**
   * Returns a new builder.
   *
   * @return a builder with every field empty
   */
  static ImmutablePodView.Builder builder() {
    return ImmutablePodView.builder();
  }

  /**
   * Reads the Calico-relevant fields of a Pod manifest.
   *
   * @param podManifest a Pod ({@code kind} and {@code apiVersion}, when present, must be {@code
   *     Pod} and {@code v1})
   * @return the Pod
   * @throws PodConversionException naming the path of a field with the wrong type, or a timestamp
   *     that is not RFC 3339 in the form the API server writes ({@code 2024-05-01T12:00:00Z}, an
   *     optional fraction, {@code Z} or {@code ±hh:mm})
   */
  static PodView fromTree(JsonNode podManifest) {
    return PodTrees.readPod(podManifest, "");
  }

  /**
   * Parses a Pod manifest written as JSON.
   *
   * @param json the JSON text of one Pod
   * @return the Pod
   * @throws PodConversionException when the text is not JSON (field {@code ""}) or as {@link
   *     #fromTree(JsonNode)}
   */
  static PodView fromJson(String json) {
    return fromTree(PodTrees.parse(json));
  }

  /**
   * Parses a Pod manifest written as JSON. The stream is read to its end and not closed.
   *
   * @param json the UTF-8 (or UTF-16/32, detected) JSON of one Pod
   * @return the Pod
   * @throws PodConversionException when the content is not JSON (field {@code ""}) or as {@link
   *     #fromTree(JsonNode)}
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  static PodView fromJson(InputStream json) {
    return fromTree(PodTrees.parse(json));
  }

  /**
   * {@code metadata.namespace}.
   *
   * @return the namespace as written, or {@code ""}
   */
  @Value.Default
  default String namespace() {
    return "";
  }

  /**
   * {@code metadata.name}.
   *
   * @return the name, or {@code ""}
   */
  @Value.Default
  default String name() {
    return "";
  }

  /**
   * {@code metadata.uid}.
   *
   * @return the UID, or {@code ""}
   */
  @Value.Default
  default String uid() {
    return "";
  }

  /**
   * {@code metadata.resourceVersion}.
   *
   * @return the resource version, or {@code ""}
   */
  @Value.Default
  default String resourceVersion() {
    return "";
  }

  /**
   * {@code metadata.creationTimestamp}, as written (RFC 3339).
   *
   * @return the timestamp, or empty
   */
  Optional<String> creationTimestamp();

  /**
   * {@code metadata.generateName}.
   *
   * @return the prefix, or {@code ""}
   */
  @Value.Default
  default String generateName() {
    return "";
  }

  /**
   * {@code metadata.labels}.
   *
   * @return the labels, never null
   */
  Map<String, String> labels();

  /**
   * {@code metadata.annotations}.
   *
   * @return the annotations, never null
   */
  Map<String, String> annotations();

  /**
   * {@code metadata.deletionTimestamp}, as written (RFC 3339); set once the Pod is being deleted.
   *
   * @return the timestamp, or empty
   */
  Optional<String> deletionTimestamp();

  /**
   * {@code spec.nodeName}: the node the Pod is scheduled to.
   *
   * @return the node, or {@code ""} while unscheduled
   */
  @Value.Default
  default String nodeName() {
    return "";
  }

  /**
   * {@code spec.hostNetwork}.
   *
   * @return true when the Pod uses the host's network namespace
   */
  @Value.Default
  default boolean hostNetwork() {
    return false;
  }

  /**
   * {@code spec.serviceAccountName}.
   *
   * @return the service account, or {@code ""}
   */
  @Value.Default
  default String serviceAccountName() {
    return "";
  }

  /**
   * {@code spec.containers}.
   *
   * @return the containers, in order, never null
   */
  List<ContainerView> containers();

  /**
   * {@code spec.initContainers}.
   *
   * @return the init containers, in order, never null
   */
  List<ContainerView> initContainers();

  /**
   * {@code status.phase}, for example {@code Running} or {@code Succeeded}.
   *
   * @return the phase, or {@code ""}
   */
  @Value.Default
  default String phase() {
    return "";
  }

  /**
   * {@code status.podIP}.
   *
   * @return the address as written, or {@code ""}
   */
  @Value.Default
  default String podIP() {
    return "";
  }

  /**
   * {@code status.podIPs[].ip}, in order.
   *
   * @return the addresses as written ({@code ""} for an entry without {@code ip}), never null
   */
  List<String> podIPs();

  /** The Kubernetes decoder refuses timestamps it cannot parse; so does this type. */
  @Value.Check
  default void checkTimestamps() {
    PodTrees.checkTimestamp(creationTimestamp(), "metadata.creationTimestamp");
    PodTrees.checkTimestamp(deletionTimestamp(), "metadata.deletionTimestamp");
  }
}
