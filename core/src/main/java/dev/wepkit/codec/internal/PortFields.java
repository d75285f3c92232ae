// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static dev.wepkit.codec.internal.Fields.protocol;
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
              string(
                      "name",
                      WorkloadEndpointPort::name,
                      ImmutableWorkloadEndpointPort.Builder::name)
                  .always(),
              protocol(
                      "protocol",
                      WorkloadEndpointPort::protocol,
                      ImmutableWorkloadEndpointPort.Builder::protocol)
                  .always(),
              uint16(
                      "port",
                      WorkloadEndpointPort::port,
                      ImmutableWorkloadEndpointPort.Builder::port)
                  .always(),
              uint16(
                      "hostPort",
                      WorkloadEndpointPort::hostPort,
                      ImmutableWorkloadEndpointPort.Builder::hostPort)
                  .always(),
              string(
                      "hostIP",
                      WorkloadEndpointPort::hostIP,
                      ImmutableWorkloadEndpointPort.Builder::hostIP)
                  .always()));
}
