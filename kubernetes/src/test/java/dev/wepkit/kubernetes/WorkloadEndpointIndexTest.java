// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.testing.GenContext;
import dev.wepkit.testing.Seeds;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The index under concurrent Pod churn agrees with a fresh list, by name, node and address. */
class WorkloadEndpointIndexTest {
  private static final List<String> NAMESPACES = List.of("alpha", "beta");
  private static final List<String> NODES = List.of("n1", "n2", "n3.example");

  private KubernetesMockServer server;
  private KubernetesClient kubernetes;
  private WorkloadEndpointClient client;

  @BeforeEach
  void start() {
    server = MockClusters.crud();
    kubernetes = server.createClient();
    client = WorkloadEndpointClient.of(kubernetes);
  }

  @AfterEach
  void stop() {
    kubernetes.close();
    server.destroy();
  }

  private static List<WorkloadEndpoint> sorted(List<WorkloadEndpoint> weps) {
    return weps.stream()
        .sorted(
            Comparator.comparing((WorkloadEndpoint w) -> w.metadata().namespace())
                .thenComparing(w -> w.metadata().name()))
        .collect(Collectors.toList());
  }

  @Test
  void agreesWithAFreshListAfterConcurrentChurn() throws Exception {
    long seed = Seeds.seed();
    System.out.println("WorkloadEndpointIndexTest " + Seeds.replayHint(seed));
    GenContext ctx = GenContext.of(seed);
    for (int i = 0; i < 150; i++) {
      kubernetes
          .pods()
          .resource(
              Fabric8Pods.pod(
                  ctx,
                  ctx.choose(Fabric8Pods.Kind.values()),
                  ctx.choose(NAMESPACES),
                  "seed-" + i,
                  ctx.choose(NODES)))
          .create();
    }
    Map<String, WorkloadEndpoint> heard = new ConcurrentHashMap<>();
    WorkloadEndpointIndex.Listener mirror =
        new WorkloadEndpointIndex.Listener() {
          @Override
          public void onAdded(WorkloadEndpoint wep) {
            heard.put(key(wep), wep);
          }

          @Override
          public void onUpdated(WorkloadEndpoint before, WorkloadEndpoint after) {
            assertThat(heard.put(key(after), after)).isEqualTo(before);
          }

          @Override
          public void onDeleted(WorkloadEndpoint wep) {
            heard.remove(key(wep));
          }
        };
    try (WorkloadEndpointIndex index =
        WorkloadEndpointIndex.create(client, ListOptions.allNamespaces()).addListener(mirror)) {
      index.start(Duration.ofSeconds(30));
      assertThat(index.isSynced()).isTrue();
      assertThat(sorted(index.all()))
          .containsExactlyElementsOf(sorted(client.list(ListOptions.allNamespaces()).items()));

      ExecutorService churn = Executors.newFixedThreadPool(4);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        GenContext mine = ctx.split();
        int thread = t;
        done.add(
            churn.submit(
                () -> {
                  for (int i = 0; i < 60; i++) {
                    String ns = mine.choose(NAMESPACES);
                    String name = "churn-" + thread + "-" + mine.nextInt(15);
                    Pod existing = kubernetes.pods().inNamespace(ns).withName(name).get();
                    if (existing == null) {
                      kubernetes
                          .pods()
                          .resource(
                              Fabric8Pods.pod(
                                  mine,
                                  mine.choose(Fabric8Pods.Kind.values()),
                                  ns,
                                  name,
                                  mine.choose(NODES)))
                          .create();
                    } else if (mine.nextBoolean()) {
                      kubernetes.pods().resource(existing).delete();
                    } else {
                      kubernetes
                          .pods()
                          .resource(
                              new PodBuilder(existing)
                                  .editMetadata()
                                  .addToLabels("gen", Integer.toString(i))
                                  .endMetadata()
                                  .editOrNewStatus()
                                  .withPodIP(Fabric8Pods.ipv4(mine))
                                  .withPodIPs()
                                  .endStatus()
                                  .build())
                          .update();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      churn.shutdown();

      List<WorkloadEndpoint> fresh = sorted(client.list(ListOptions.allNamespaces()).items());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!sorted(index.all()).equals(fresh) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(sorted(index.all())).containsExactlyElementsOf(fresh);
      assertThat(sorted(new ArrayList<>(heard.values()))).containsExactlyElementsOf(fresh);
      for (WorkloadEndpoint wep : fresh) {
        assertThat(index.get(wep.metadata().namespace(), wep.metadata().name())).contains(wep);
        for (String network : wep.spec().ipNetworks()) {
          String ip = network.substring(0, network.indexOf('/'));
          assertThat(index.byAddress(ip)).contains(wep);
        }
      }
      for (String node : NODES) {
        assertThat(sorted(index.onNode(node)))
            .containsExactlyElementsOf(
                fresh.stream()
                    .filter(w -> w.spec().node().equals(node))
                    .collect(Collectors.toList()));
      }
      assertThat(index.onNode("no-such-node")).isEmpty();
      assertThat(index.byAddress("192.0.2.255")).isEmpty();
    }
  }

  @Test
  void addressesAreLookedUpInGoForm() throws Exception {
    Pod pod =
        new PodBuilder(LiveClusterExpectationsTest.pod("alpha", "v6", "n1", "fd00:0:0::A")).build();
    kubernetes.pods().resource(pod).create();
    try (WorkloadEndpointIndex index =
        WorkloadEndpointIndex.create(client, ListOptions.allNamespaces())) {
      index.start(Duration.ofSeconds(30));
      // The informer is eventually consistent with the cluster: wait for the Pod to arrive.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (index.all().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }

      assertThat(index.all()).hasSize(1);
      assertThat(index.all().get(0).spec().ipNetworks()).containsExactly("fd00::a/128");
      assertThat(index.byAddress("fd00::a")).hasSize(1);
      assertThat(index.byAddress("FD00:0000::000a")).hasSize(1);
      assertThat(index.byAddress("fd00::a").get(0).spec().ipNetworks())
          .containsExactly("fd00::a/128");
    }
  }

  private static String key(WorkloadEndpoint wep) {
    return wep.metadata().namespace() + "/" + wep.metadata().name();
  }
}
