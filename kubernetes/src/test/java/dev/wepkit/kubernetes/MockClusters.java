// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

/**
 * fabric8's mock API server over real HTTP, in CRUD mode (with expectations) or expectations mode.
 */
final class MockClusters {
  private MockClusters() {}

  /** A started server that stores what is created, and answers expectations first. */
  static KubernetesMockServer crud() {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    KubernetesMockServer server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            responses,
            new KubernetesMixedDispatcher(responses),
            false);
    server.init();
    return server;
  }

  /** A started server that answers only the expectations set on it. */
  static KubernetesMockServer expectations() {
    KubernetesMockServer server = new KubernetesMockServer(false);
    server.init();
    return server;
  }
}
