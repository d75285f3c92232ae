// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static dev.wepkit.kubernetes.LiveClusterExpectationsTest.endpoint;
import static dev.wepkit.kubernetes.LiveClusterExpectationsTest.pod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.ListMeta;
import dev.wepkit.WorkloadEndpointList;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.WatchEvent;
import io.fabric8.kubernetes.api.model.WatchEventBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scripted Pod watch events in, exact endpoint events out; a dropped connection and a 410 Gone lose
 * nothing; closing ends the watch's thread.
 */
class LiveClusterWatchTest {
  private static final String WATCH = "/api/v1/namespaces/ns/pods?allowWatchBookmarks=true";

  private KubernetesMockServer server;
  private KubernetesClient kubernetes;
  private WorkloadEndpointClient client;
  private final BlockingQueue<WorkloadEndpointEvent> events = new LinkedBlockingQueue<>();
  private final BlockingQueue<Optional<WorkloadEndpointClientException>> closes =
      new LinkedBlockingQueue<>();
  private final WorkloadEndpointWatcher recorder =
      new WorkloadEndpointWatcher() {
        @Override
        public void onEvent(WorkloadEndpointEvent event) {
          events.add(event);
        }

        @Override
        public void onClose(Optional<WorkloadEndpointClientException> failure) {
          closes.add(failure);
        }
      };

  @BeforeEach
  void start() {
    server = MockClusters.expectations();
    kubernetes = server.createClient();
    client = WorkloadEndpointClient.of(kubernetes);
  }

  @AfterEach
  void stop() {
    kubernetes.close();
    server.destroy();
  }

  private static Pod at(Pod pod, String resourceVersion) {
    return new PodBuilder(pod)
        .editMetadata()
        .withResourceVersion(resourceVersion)
        .endMetadata()
        .build();
  }

  private static WatchEvent event(String type, Pod pod) {
    return new WatchEventBuilder().withType(type).withObject(pod).build();
  }

  private List<WorkloadEndpointEvent> take(int count) throws InterruptedException {
    List<WorkloadEndpointEvent> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      WorkloadEndpointEvent next = events.poll(20, TimeUnit.SECONDS);
      assertThat(next).as("event " + i + " after " + out).isNotNull();
      out.add(next);
    }
    return out;
  }

  private static WorkloadEndpointEvent added(Pod pod) {
    return WorkloadEndpointEvent.of(WorkloadEndpointEvent.Type.ADDED, endpoint(pod));
  }

  private static WorkloadEndpointEvent modified(Pod pod) {
    return WorkloadEndpointEvent.of(WorkloadEndpointEvent.Type.MODIFIED, endpoint(pod));
  }

  private static WorkloadEndpointEvent deleted(Pod pod) {
    return WorkloadEndpointEvent.of(WorkloadEndpointEvent.Type.DELETED, endpoint(pod));
  }

  private static long watchThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("wepkit-watch-") && t.isAlive())
        .count();
  }

  @Test
  void podEventsBecomeExactlyTheseEndpointEvents() throws Exception {
    Pod a = at(pod("ns", "a", "node1", "10.0.0.1"), "11");
    Pod aLabelled =
        new PodBuilder(at(a, "12")).editMetadata().addToLabels("tier", "web").endMetadata().build();
    Pod host =
        new PodBuilder(at(pod("ns", "h", "node1", "192.168.0.1"), "13"))
            .editSpec()
            .withHostNetwork(true)
            .endSpec()
            .build();
    Pod unscheduled = at(pod("ns", "u", null, null), "14");
    Pod x = at(pod("ns", "x", "node2", "10.0.0.7"), "9");
    // x stops being an endpoint (Kubernetes does not let hostNetwork change, but the watch must
    // not rely on that: whatever makes a known Pod stop being an endpoint deletes the endpoint).
    Pod xBroken = new PodBuilder(at(x, "15")).editSpec().withHostNetwork(true).endSpec().build();
    Pod aGone = at(aLabelled, "16");
    server
        .expect()
        .withPath(WATCH + "&resourceVersion=10&watch=true")
        .andUpgradeToWebSocket()
        .open()
        .waitFor(50)
        .andEmit(event("ADDED", a))
        .waitFor(150)
        .andEmit(event("ADDED", host))
        .waitFor(250)
        .andEmit(event("ADDED", unscheduled))
        .waitFor(350)
        .andEmit(event("MODIFIED", aLabelled))
        .waitFor(450)
        .andEmit(event("MODIFIED", xBroken))
        .waitFor(550)
        .andEmit(event("DELETED", aGone))
        .waitFor(2_000)
        .andEmit(event("DELETED", host))
        .done()
        .once();
    WorkloadEndpointList known =
        WorkloadEndpointList.builder()
            .addItems(endpoint(x))
            .metadata(ListMeta.builder().resourceVersion("10").build())
            .build();

    try (AutoCloseable watch = client.watch(ListOptions.inNamespace("ns"), known, recorder)) {
      assertThat(take(4))
          .containsExactly(added(a), modified(aLabelled), deleted(x), deleted(aGone));
      assertThat(events.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }
    assertThat(closes.poll(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(watchThreads()).isZero();
  }

  @Test
  void aDroppedConnectionResumesFromTheLastEvent() throws Exception {
    Pod a = at(pod("ns", "a", "node1", "10.0.0.1"), "11");
    Pod a2 = new PodBuilder(at(a, "12")).editStatus().withPodIP("10.0.0.11").endStatus().build();
    Pod b = at(pod("ns", "b", "node1", "10.0.0.2"), "13");
    server
        .expect()
        .withPath(WATCH + "&resourceVersion=10&watch=true")
        .andUpgradeToWebSocket()
        .open()
        .waitFor(50)
        .andEmit(event("ADDED", a))
        .waitFor(650)
        .andEmit(event("MODIFIED", a2))
        .done()
        .once();
    server
        .expect()
        .withPath(WATCH + "&resourceVersion=12&watch=true")
        .andUpgradeToWebSocket()
        .open()
        .waitFor(50)
        .andEmit(event("ADDED", b))
        .waitFor(2_000)
        .andEmit(event("DELETED", b))
        .done()
        .once();

    try (AutoCloseable watch = client.watch(ListOptions.inNamespace("ns"), "10", recorder)) {
      assertThat(take(3)).containsExactly(added(a), modified(a2), added(b));
    }
    // The first connection ended after its last event; fabric8 resumed from resourceVersion 12.
    assertThat(server.takeRequest().getPath()).isEqualTo(WATCH + "&resourceVersion=10&watch=true");
    assertThat(server.takeRequest().getPath()).isEqualTo(WATCH + "&resourceVersion=12&watch=true");
    assertThat(closes.poll(5, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void goneListsAgainAndResyncsWhatChanged() throws Exception {
    Pod a = at(pod("ns", "a", "node1", "10.0.0.1"), "11");
    Pod kept = at(pod("ns", "k", "node1", "10.0.0.5"), "4");
    Pod removed = at(pod("ns", "r", "node1", "10.0.0.6"), "4");
    Pod aChanged =
        new PodBuilder(at(a, "18")).editStatus().withPodIP("10.0.0.21").endStatus().build();
    Pod fresh = at(pod("ns", "f", "node2", "fd00::f"), "19");
    Pod later = at(pod("ns", "l", "node2", "10.0.0.30"), "21");
    server
        .expect()
        .withPath(WATCH + "&resourceVersion=10&watch=true")
        .andUpgradeToWebSocket()
        .open()
        .waitFor(50)
        .andEmit(event("ADDED", a))
        .waitFor(750)
        .andEmit(
            new WatchEventBuilder()
                .withType("ERROR")
                .withObject(
                    new StatusBuilder()
                        .withCode(410)
                        .withReason("Expired")
                        .withMessage("too old resource version: 10 (15)")
                        .build())
                .build())
        .done()
        .once();
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/ns/pods?limit=500")
        .andReturn(
            200,
            new PodListBuilder()
                .withNewMetadata()
                .withResourceVersion("20")
                .endMetadata()
                .withItems(kept, aChanged, fresh)
                .build())
        .once();
    server
        .expect()
        .withPath(WATCH + "&resourceVersion=20&watch=true")
        .andUpgradeToWebSocket()
        .open()
        .waitFor(50)
        .andEmit(event("ADDED", later))
        .waitFor(2_000)
        .andEmit(event("DELETED", later))
        .done()
        .once();
    WorkloadEndpointList known =
        WorkloadEndpointList.builder()
            .addItems(endpoint(kept), endpoint(removed))
            .metadata(ListMeta.builder().resourceVersion("10").build())
            .build();

    try (AutoCloseable watch = client.watch(ListOptions.inNamespace("ns"), known, recorder)) {
      assertThat(take(3))
          .containsExactly(
              added(a),
              WorkloadEndpointEvent.builder()
                  .type(WorkloadEndpointEvent.Type.RESYNC)
                  .addChanged(endpoint(aChanged))
                  .addAdded(endpoint(fresh))
                  .addRemoved(endpoint(removed))
                  .resourceVersion("20")
                  .build(),
              added(later));
    }
    assertThat(closes.poll(5, TimeUnit.SECONDS)).isEmpty();
    assertThat(watchThreads()).isZero();
  }

  @Test
  void aForbiddenWatchFailsToStart() {
    server
        .expect()
        .withPath(WATCH + "&watch=true")
        .andReturn(403, new StatusBuilder().withCode(403).withMessage("forbidden").build())
        .always();

    assertThatThrownBy(() -> client.watch(ListOptions.inNamespace("ns"), "", recorder))
        .isInstanceOfSatisfying(
            WorkloadEndpointForbiddenException.class,
            e ->
                assertThat(e.verb() + " " + e.resource() + " " + e.namespace())
                    .isEqualTo("watch pods ns"));
    assertThat(watchThreads()).isZero();
  }

  @Test
  void aNamedWatchNeedsANamespace() {
    assertThatThrownBy(
            () ->
                client.watch(ListOptions.builder().name("node1-k8s-a-eth0").build(), "", recorder))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot watch a specific WorkloadEndpoint without a namespace");
  }
}
