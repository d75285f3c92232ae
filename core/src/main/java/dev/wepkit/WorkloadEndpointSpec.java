// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.internal.WepkitStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code spec} of a WorkloadEndpoint, with every field of Calico's Go type in its order.
 *
 * <p>Values are kept as they were on the wire: addresses, MACs and names are strings, so a document
 * with bad values can still be read, shown and validated. An empty string means "not set", as Go's
 * {@code omitempty} does.
 *
 * <pre>{@code
 * WorkloadEndpointSpec spec = WorkloadEndpointSpec.builder()
 *     .node("node1")
 *     .orchestrator("k8s")
 *     .pod("frontend-5gs43")
 *     .endpoint("eth0")
 *     .interfaceName("cali0ef24ba")
 *     .addIpNetwork("192.168.0.1/32")
 *     .addProfile("kns.default")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@WepkitStyle
public interface WorkloadEndpointSpec {
  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  static ImmutableWorkloadEndpointSpec.Builder builder() {
    return ImmutableWorkloadEndpointSpec.builder();
  }

  /**
   * The orchestrator, for example {@code k8s}, {@code cni}, {@code libnetwork} or {@code
   * openstack}; it chooses how the name is derived.
   *
   * @return the orchestrator, or {@code ""}
   */
  @Value.Default
  default String orchestrator() {
    return "";
  }

  /**
   * The workload name, used in the endpoint name by orchestrators other than k8s, cni and
   * libnetwork.
   *
   * @return the workload, or {@code ""}
   */
  @Value.Default
  default String workload() {
    return "";
  }

  /**
   * The Calico node (host) name.
   *
   * @return the node, or {@code ""}
   */
  @Value.Default
  default String node() {
    return "";
  }

  /**
   * The container ID, used in the endpoint name by the {@code cni} orchestrator.
   *
   * @return the container ID, or {@code ""}
   */
  @Value.Default
  default String containerID() {
    return "";
  }

  /**
   * The Kubernetes pod name, used in the endpoint name by the {@code k8s} orchestrator.
   *
   * @return the pod, or {@code ""}
   */
  @Value.Default
  default String pod() {
    return "";
  }

  /**
   * The container-side interface name, for example {@code eth0}.
   *
   * @return the endpoint, or {@code ""}
   */
  @Value.Default
  default String endpoint() {
    return "";
  }

  /**
   * The Kubernetes service account.
   *
   * @return the service account, or {@code ""}
   */
  @Value.Default
  default String serviceAccountName() {
    return "";
  }

  /**
   * The endpoint's addresses; Calico requires single addresses ({@code /32}, {@code /128} or a bare
   * IP).
   *
   * @return the networks as text, never null
   */
  List<String> ipNetworks();

  /**
   * One-to-one NAT mappings.
   *
   * @return the mappings, never null
   */
  List<IPNAT> ipNATs();

  /**
   * The IPv4 gateway.
   *
   * @return an IPv4 address as text, or {@code ""}
   */
  @Value.Default
  default String ipv4Gateway() {
    return "";
  }

  /**
   * The IPv6 gateway.
   *
   * @return an IPv6 address as text, or {@code ""}
   */
  @Value.Default
  default String ipv6Gateway() {
    return "";
  }

  /**
   * The profiles applied to the endpoint, in order.
   *
   * @return the profile names, never null
   */
  List<String> profiles();

  /**
   * The host-side interface name, for example {@code cali0ef24ba}; Calico requires it.
   *
   * @return the interface name, or {@code ""}
   */
  @Value.Default
  default String interfaceName() {
    return "";
  }

  /**
   * The MAC address of the endpoint's interface.
   *
   * @return the MAC as text, or {@code ""}
   */
  @Value.Default
  default String mac() {
    return "";
  }

  /**
   * Named ports and host-port mappings.
   *
   * @return the ports, never null
   */
  List<WorkloadEndpointPort> ports();

  /**
   * Source prefixes allowed to bypass Calico's reverse-path check (IPs or CIDRs).
   *
   * @return the prefixes as text, never null
   */
  List<String> allowSpoofedSourcePrefixes();

  /**
   * Bandwidth, packet-rate and connection limits.
   *
   * @return the limits, or empty
   */
  Optional<QoSControls> qosControls();

  /**
   * Elastic IPs (Calico Cloud and Enterprise only).
   *
   * @return the addresses as text, never null
   */
  List<String> awsElasticIPs();

  /**
   * Fields Calico does not know, kept as they were read and written back unchanged.
   *
   * @return an unmodifiable map, never null
   */
  Map<String, JsonNode> unknownFields();
}
