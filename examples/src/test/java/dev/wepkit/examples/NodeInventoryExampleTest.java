// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.kubernetes.WorkloadEndpointClient;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class NodeInventoryExampleTest {
  private static void pod(
      KubernetesClient k, String ns, String name, String node, String ip, boolean host) {
    k.pods()
        .resource(
            new PodBuilder()
                .withNewMetadata()
                .withNamespace(ns)
                .withName(name)
                .endMetadata()
                .withNewSpec()
                .withNodeName(node)
                .withHostNetwork(host)
                .endSpec()
                .withNewStatus()
                .withPodIP(ip)
                .endStatus()
                .build())
        .create();
  }

  @Test
  void listsEndpointsPerNodeFromTheCluster() throws Exception {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    KubernetesMockServer server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            responses,
            new KubernetesMixedDispatcher(responses),
            false);
    server.init();
    try (KubernetesClient kubernetes = server.createClient();
        WorkloadEndpointClient client = WorkloadEndpointClient.of(kubernetes)) {
      pod(kubernetes, "default", "web", "node-b", "10.0.0.2", false);
      pod(kubernetes, "default", "db", "node-a", "10.0.0.1", false);
      pod(kubernetes, "shop", "cart", "node-b", "fd00::3", false);
      // Host-networked and unscheduled Pods have no endpoint.
      pod(kubernetes, "kube-system", "proxy", "node-a", "192.168.0.1", true);
      pod(kubernetes, "default", "pending", null, null, false);

      String out = ExampleOutput.of(stream -> NodeInventoryExample.run(client, stream));

      assertThat(out)
          .isEqualTo(
              "node-a: 1 endpoints\n"
                  + "  default/node--a-k8s-db-eth0 10.0.0.1/32\n"
                  + "node-b: 2 endpoints\n"
                  + "  default/node--b-k8s-web-eth0 10.0.0.2/32\n"
                  + "  shop/node--b-k8s-cart-eth0 fd00::3/128\n");
    } finally {
      server.destroy();
    }
  }
}
