// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static dev.wepkit.codec.internal.Fields.object;
import static dev.wepkit.codec.internal.Fields.objectList;
import static dev.wepkit.codec.internal.Fields.string;
import static dev.wepkit.codec.internal.Fields.stringList;

import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.List;

/**
 * The fields of Calico's {@code WorkloadEndpointSpec}, in Go struct order, all {@code omitempty}.
 */
public final class SpecFields {
  private SpecFields() {}

  /** The type. */
  public static final ModelType<WorkloadEndpointSpec, ImmutableWorkloadEndpointSpec.Builder> TYPE =
      ModelType.of(
          "WorkloadEndpointSpec",
          WorkloadEndpointSpec.class,
          "spec",
          WorkloadEndpointSpec::builder,
          (b, unknown) -> (unknown == null ? b : b.unknownFields(unknown)).build(),
          WorkloadEndpointSpec::unknownFields,
          null,
          List.of(
              string(
                  "orchestrator",
                  WorkloadEndpointSpec::orchestrator,
                  ImmutableWorkloadEndpointSpec.Builder::orchestrator),
              string(
                  "workload",
                  WorkloadEndpointSpec::workload,
                  ImmutableWorkloadEndpointSpec.Builder::workload),
              string(
                  "node", WorkloadEndpointSpec::node, ImmutableWorkloadEndpointSpec.Builder::node),
              string(
                  "containerID",
                  WorkloadEndpointSpec::containerID,
                  ImmutableWorkloadEndpointSpec.Builder::containerID),
              string("pod", WorkloadEndpointSpec::pod, ImmutableWorkloadEndpointSpec.Builder::pod),
              string(
                  "endpoint",
                  WorkloadEndpointSpec::endpoint,
                  ImmutableWorkloadEndpointSpec.Builder::endpoint),
              string(
                  "serviceAccountName",
                  WorkloadEndpointSpec::serviceAccountName,
                  ImmutableWorkloadEndpointSpec.Builder::serviceAccountName),
              stringList(
                  "ipNetworks",
                  WorkloadEndpointSpec::ipNetworks,
                  ImmutableWorkloadEndpointSpec.Builder::addIpNetwork,
                  ImmutableWorkloadEndpointSpec.Builder::ipNetworks),
              objectList(
                  "ipNATs",
                  IpNatFields.TYPE,
                  "a list of NAT mappings",
                  WorkloadEndpointSpec::ipNATs,
                  ImmutableWorkloadEndpointSpec.Builder::addIpNAT,
                  ImmutableWorkloadEndpointSpec.Builder::ipNATs),
              string(
                  "ipv4Gateway",
                  WorkloadEndpointSpec::ipv4Gateway,
                  ImmutableWorkloadEndpointSpec.Builder::ipv4Gateway),
              string(
                  "ipv6Gateway",
                  WorkloadEndpointSpec::ipv6Gateway,
                  ImmutableWorkloadEndpointSpec.Builder::ipv6Gateway),
              stringList(
                  "profiles",
                  WorkloadEndpointSpec::profiles,
                  ImmutableWorkloadEndpointSpec.Builder::addProfile,
                  ImmutableWorkloadEndpointSpec.Builder::profiles),
              string(
                  "interfaceName",
                  WorkloadEndpointSpec::interfaceName,
                  ImmutableWorkloadEndpointSpec.Builder::interfaceName),
              string("mac", WorkloadEndpointSpec::mac, ImmutableWorkloadEndpointSpec.Builder::mac),
              objectList(
                  "ports",
                  PortFields.TYPE,
                  "a list of ports",
                  WorkloadEndpointSpec::ports,
                  ImmutableWorkloadEndpointSpec.Builder::addPort,
                  ImmutableWorkloadEndpointSpec.Builder::ports),
              stringList(
                  "allowSpoofedSourcePrefixes",
                  WorkloadEndpointSpec::allowSpoofedSourcePrefixes,
                  ImmutableWorkloadEndpointSpec.Builder::addAllowSpoofedSourcePrefix,
                  ImmutableWorkloadEndpointSpec.Builder::allowSpoofedSourcePrefixes),
              object(
                  "qosControls",
                  QosFields.TYPE,
                  WorkloadEndpointSpec::qosControls,
                  ImmutableWorkloadEndpointSpec.Builder::qosControls),
              stringList(
                  "awsElasticIPs",
                  WorkloadEndpointSpec::awsElasticIPs,
                  ImmutableWorkloadEndpointSpec.Builder::addAwsElasticIP,
                  ImmutableWorkloadEndpointSpec.Builder::awsElasticIPs)));
}
