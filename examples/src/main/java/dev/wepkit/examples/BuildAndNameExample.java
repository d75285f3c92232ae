// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.names.InterfaceNames;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.io.PrintStream;

/**
 * Builds a WorkloadEndpoint for a Kubernetes pod with the builders, fills in the name and the
 * interface name Calico would give it, and prints it as {@code calicoctl get -o json} would.
 */
public final class BuildAndNameExample {
  private BuildAndNameExample() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    String namespace = "default";
    String pod = "frontend-5gs43";
    WorkloadEndpointSpec spec =
        WorkloadEndpointSpec.builder()
            .node("rack1-host1")
            .orchestrator("k8s")
            .pod(pod)
            .endpoint("eth0")
            // The host side of the veth: "cali" + 11 hex characters of
            // SHA-1("default.frontend-5gs43").
            .interfaceName(InterfaceNames.forPod(namespace, pod))
            .addIpNetwork("192.168.0.1/32")
            .addProfile("kns." + namespace)
            .addPort(
                WorkloadEndpointPort.builder()
                    .name("http")
                    .protocol(Protocol.TCP)
                    .port(8080)
                    .build())
            .build();

    // Calico requires metadata.name to be the name derived from the spec: derive it, never type it.
    String name = WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(spec));
    WorkloadEndpoint wep =
        WorkloadEndpoint.builder()
            .metadata(ObjectMeta.builder().name(name).namespace(namespace).build())
            .spec(spec)
            .build();

    out.println("name: " + name);
    out.println("interface: " + spec.interfaceName());
    out.println(WorkloadEndpointJson.create().writePretty(wep));
  }
}
