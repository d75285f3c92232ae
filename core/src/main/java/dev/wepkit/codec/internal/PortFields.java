// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static dev.wepkit.codec.internal.Fields.doc;
import static dev.wepkit.codec.internal.Fields.protocol;
import static dev.wepkit.codec.internal.Fields.required;
import static dev.wepkit.codec.internal.Fields.string;
import static dev.wepkit.codec.internal.Fields.uint16;

import dev.wepkit.ImmutableWorkloadEndpointPort;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpointPort;
import java.util.Collections;
import java.util.List;

/**
 * The fields of Calico's {@code WorkloadEndpointPort}. None has {@code omitempty}: Go always prints
 * all five.
 */
public final class PortFields {
  private PortFields() {}

  /** The type. */
  public static final ModelType<WorkloadEndpointPort, ImmutableWorkloadEndpointPort.Builder> TYPE =
      ModelType.of(
          "WorkloadEndpointPort",
          WorkloadEndpointPort.class,
          "a port",
          WorkloadEndpointPort::builder,
          (b, unknown) -> (unknown == null ? b : b.unknownFields(unknown)).build(),
          WorkloadEndpointPort::unknownFields,
          b ->
              b.name("")
                  .protocol(Protocol.NONE)
                  .port(0)
                  .hostPort(0)
                  .hostIP("")
                  .unknownFields(Collections.emptyMap()),
          List.of(
              doc(
                  "Port name: 1 to 15 of a-z, 0-9 and '-', with a letter. Needed when hostPort is 0.",
                  string(
                          "name",
                          WorkloadEndpointPort::name,
                          ImmutableWorkloadEndpointPort.Builder::name)
                      .always()),
              required(
                  "Protocol: TCP, UDP or SCTP (case-sensitive), or their numbers 6, 17 and 132.",
                  protocol(
                          "protocol",
                          WorkloadEndpointPort::protocol,
                          ImmutableWorkloadEndpointPort.Builder::protocol)
                      .always()),
              required(
                  "Port number in the workload. Calico rejects 0: use 1 to 65535.",
                  uint16(
                          "port",
                          WorkloadEndpointPort::port,
                          ImmutableWorkloadEndpointPort.Builder::port)
                      .always()),
              doc(
                  "Host port mapped to this port; 0 for none.",
                  uint16(
                          "hostPort",
                          WorkloadEndpointPort::hostPort,
                          ImmutableWorkloadEndpointPort.Builder::hostPort)
                      .always()),
              doc(
                  "Host IP the host port is bound to: an IP or a masked CIDR, or empty for all. The schema does not check the address form: wepkit validate does.",
                  string(
                          "hostIP",
                          WorkloadEndpointPort::hostIP,
                          ImmutableWorkloadEndpointPort.Builder::hostIP)
                      .always())));
}
