// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static dev.wepkit.codec.internal.Fields.doc;
import static dev.wepkit.codec.internal.Fields.object;
import static dev.wepkit.codec.internal.Fields.objectList;
import static dev.wepkit.codec.internal.Fields.required;
import static dev.wepkit.codec.internal.Fields.string;
import static dev.wepkit.codec.internal.Fields.stringList;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.List;
import java.util.Map;

/**
 * The fields of Calico's {@code WorkloadEndpointSpec}, in Go struct order, all {@code omitempty}.
 */
public final class SpecFields {
  private SpecFields() {}

  /** Builds the spec, and keeps the builder for the next one unless the spec is large. */
  private static WorkloadEndpointSpec finish(
      ImmutableWorkloadEndpointSpec.Builder builder, Map<String, JsonNode> unknown) {
    WorkloadEndpointSpec spec =
        (unknown == null ? builder : builder.unknownFields(unknown)).build();
    if (small(spec)) {
      SPARE.giveBack(builder);
    }
    return spec;
  }

  /**
   * Whether every collection of the spec is small enough for its builder to be kept: the list
   * fields come from the descriptor, so a list added to it is checked too.
   */
  private static boolean small(WorkloadEndpointSpec spec) {
    for (Field<WorkloadEndpointSpec, ?> field : TYPE.array()) {
      if ((field.kind() == ValueKind.STRING_LIST || field.kind() == ValueKind.OBJECT_LIST)
          && ((List<?>) field.get.apply(spec)).size() > SpareBuilder.MAX_KEPT_SIZE) {
        return false;
      }
    }
    return spec.unknownFields().size() <= SpareBuilder.MAX_KEPT_SIZE;
  }

  private static final SpareBuilder<ImmutableWorkloadEndpointSpec.Builder> SPARE =
      new SpareBuilder<>(
          WorkloadEndpointSpec::builder, ImmutableWorkloadEndpointSpec.Builder::clear);

  /** The type. */
  public static final ModelType<WorkloadEndpointSpec, ImmutableWorkloadEndpointSpec.Builder> TYPE =
      ModelType.of(
          "WorkloadEndpointSpec",
          WorkloadEndpointSpec.class,
          "spec",
          SPARE::take,
          SpecFields::finish,
          WorkloadEndpointSpec::unknownFields,
          null,
          List.of(
              doc(
                  "Orchestrator that created the endpoint, such as k8s, cni, libnetwork or openstack: a lower-case DNS name.",
                  string(
                      "orchestrator",
                      WorkloadEndpointSpec::orchestrator,
                      ImmutableWorkloadEndpointSpec.Builder::orchestrator)),
              doc(
                  "Workload name, part of the endpoint's name unless the orchestrator is k8s, cni or libnetwork: a lower-case DNS name.",
                  string(
                      "workload",
                      WorkloadEndpointSpec::workload,
                      ImmutableWorkloadEndpointSpec.Builder::workload)),
              doc(
                  "Calico node (host) the endpoint is on: a lower-case DNS name. Every endpoint name starts with it.",
                  string(
                      "node",
                      WorkloadEndpointSpec::node,
                      ImmutableWorkloadEndpointSpec.Builder::node)),
              doc(
                  "Container ID, part of the endpoint's name for orchestrator cni: letters, digits and inner '-'.",
                  string(
                      "containerID",
                      WorkloadEndpointSpec::containerID,
                      ImmutableWorkloadEndpointSpec.Builder::containerID)),
              doc(
                  "Kubernetes Pod name, part of the endpoint's name for orchestrator k8s: a lower-case DNS name.",
                  string(
                      "pod",
                      WorkloadEndpointSpec::pod,
                      ImmutableWorkloadEndpointSpec.Builder::pod)),
              doc(
                  "Container-side interface name, such as eth0: a lower-case DNS name.",
                  string(
                      "endpoint",
                      WorkloadEndpointSpec::endpoint,
                      ImmutableWorkloadEndpointSpec.Builder::endpoint)),
              doc(
                  "Kubernetes service account of the workload: a lower-case DNS name.",
                  string(
                      "serviceAccountName",
                      WorkloadEndpointSpec::serviceAccountName,
                      ImmutableWorkloadEndpointSpec.Builder::serviceAccountName)),
              doc(
                  "Addresses of the endpoint, IPv4 or IPv6: each an IP or a /32 or /128 CIDR. The schema does not check the address form (Calico's IP-or-CIDR is neither JSON Schema's ipv4 nor ipv6): wepkit validate does.",
                  stringList(
                      "ipNetworks",
                      WorkloadEndpointSpec::ipNetworks,
                      ImmutableWorkloadEndpointSpec.Builder::addIpNetwork,
                      ImmutableWorkloadEndpointSpec.Builder::ipNetworks)),
              doc(
                  "1:1 NAT mappings. Each internal IP must be one of ipNetworks.",
                  objectList(
                      "ipNATs",
                      IpNatFields.TYPE,
                      "a list of NAT mappings",
                      WorkloadEndpointSpec::ipNATs,
                      ImmutableWorkloadEndpointSpec.Builder::addIpNAT,
                      ImmutableWorkloadEndpointSpec.Builder::ipNATs)),
              doc(
                  "IPv4 gateway of the endpoint's traffic. The schema does not check the address form: wepkit validate does.",
                  string(
                      "ipv4Gateway",
                      WorkloadEndpointSpec::ipv4Gateway,
                      ImmutableWorkloadEndpointSpec.Builder::ipv4Gateway)),
              doc(
                  "IPv6 gateway of the endpoint's traffic. The schema does not check the address form: wepkit validate does.",
                  string(
                      "ipv6Gateway",
                      WorkloadEndpointSpec::ipv6Gateway,
                      ImmutableWorkloadEndpointSpec.Builder::ipv6Gateway)),
              doc(
                  "Profiles applied to the endpoint, in order: lower-case DNS names such as kns.default.",
                  stringList(
                      "profiles",
                      WorkloadEndpointSpec::profiles,
                      ImmutableWorkloadEndpointSpec.Builder::addProfile,
                      ImmutableWorkloadEndpointSpec.Builder::profiles)),
              required(
                  "Host-side interface name, such as cali0ef24ba: 1 to 15 letters, digits, '_', '.' or '-'. Calico requires it.",
                  string(
                      "interfaceName",
                      WorkloadEndpointSpec::interfaceName,
                      ImmutableWorkloadEndpointSpec.Builder::interfaceName)),
              doc(
                  "MAC address of the endpoint's interface, such as ca:fe:1d:52:bb:e9 (6, 8 or 20 octets).",
                  string(
                      "mac",
                      WorkloadEndpointSpec::mac,
                      ImmutableWorkloadEndpointSpec.Builder::mac)),
              doc(
                  "Named ports and host-port mappings of the endpoint.",
                  objectList(
                      "ports",
                      PortFields.TYPE,
                      "a list of ports",
                      WorkloadEndpointSpec::ports,
                      ImmutableWorkloadEndpointSpec.Builder::addPort,
                      ImmutableWorkloadEndpointSpec.Builder::ports)),
              doc(
                  "Source prefixes the endpoint may send from without the reverse-path check: IPs or CIDRs. The schema does not check the address form: wepkit validate does.",
                  stringList(
                      "allowSpoofedSourcePrefixes",
                      WorkloadEndpointSpec::allowSpoofedSourcePrefixes,
                      ImmutableWorkloadEndpointSpec.Builder::addAllowSpoofedSourcePrefix,
                      ImmutableWorkloadEndpointSpec.Builder::allowSpoofedSourcePrefixes)),
              doc(
                  "Bandwidth, packet-rate and connection limits of the endpoint.",
                  object(
                      "qosControls",
                      QosFields.TYPE,
                      WorkloadEndpointSpec::qosControls,
                      ImmutableWorkloadEndpointSpec.Builder::qosControls)),
              doc(
                  "AWS elastic IPs of the endpoint (Calico Enterprise and Cloud): IP addresses.",
                  stringList(
                      "awsElasticIPs",
                      WorkloadEndpointSpec::awsElasticIPs,
                      ImmutableWorkloadEndpointSpec.Builder::addAwsElasticIP,
                      ImmutableWorkloadEndpointSpec.Builder::awsElasticIPs))));
}
