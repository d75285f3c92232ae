// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

/**
 * fabric8's mock API server over real HTTP, and a kubeconfig file pointing at it, for the live
 * commands' tests: context {@code mock} (the current one, namespace {@code team-a}) and context
 * {@code plain} (no namespace).
 */
final class MockCluster implements AutoCloseable {
  final KubernetesMockServer server;
  final KubernetesClient kubernetes;
  final Path kubeconfig;

  private MockCluster(KubernetesMockServer server, Path dir) throws IOException {
    this.server = server;
    this.kubernetes = server.createClient();
    this.kubeconfig = dir.resolve("kubeconfig");
    Files.writeString(kubeconfig, kubeconfig(url()));
  }

  /** A server that stores what is created (and answers expectations first). */
  static MockCluster crud(Path dir) throws IOException {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    KubernetesMockServer server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            responses,
            new KubernetesMixedDispatcher(responses),
            false);
    server.init();
    return new MockCluster(server, dir);
  }

  /** A server that answers only the expectations set on it. */
  static MockCluster expectations(Path dir) throws IOException {
    KubernetesMockServer server = new KubernetesMockServer(false);
    server.init();
    return new MockCluster(server, dir);
  }

  /** The server's URL, without a trailing slash. */
  String url() {
    String url = kubernetes.getMasterUrl().toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  static String kubeconfig(String server) {
    return "apiVersion: v1\n"
        + "kind: Config\n"
        + "clusters:\n"
        + "- name: mock\n"
        + "  cluster:\n"
        + "    server: "
        + server
        + "\n"
        + "contexts:\n"
        + "- name: mock\n"
        + "  context:\n"
        + "    cluster: mock\n"
        + "    user: tester\n"
        + "    namespace: team-a\n"
        + "- name: plain\n"
        + "  context:\n"
        + "    cluster: mock\n"
        + "    user: tester\n"
        + "current-context: mock\n"
        + "users:\n"
        + "- name: tester\n"
        + "  user:\n"
        + "    token: not-a-secret\n";
  }

  /** A scheduled Pod with one address. */
  static Pod pod(String namespace, String name, String node, String ip) {
    return new PodBuilder()
        .withNewMetadata()
        .withNamespace(namespace)
        .withName(name)
        .withUid("uid-" + name)
        .addToLabels("app", name)
        .endMetadata()
        .withNewSpec()
        .withNodeName(node)
        .withServiceAccountName("default")
        .endSpec()
        .withNewStatus()
        .withPodIP(ip)
        .endStatus()
        .build();
  }

  void create(Pod pod) {
    kubernetes.pods().resource(pod).create();
  }

  @Override
  public void close() {
    kubernetes.close();
    server.destroy();
  }
}
