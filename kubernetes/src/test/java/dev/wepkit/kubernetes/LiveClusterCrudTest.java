// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import dev.wepkit.testing.GenContext;
import dev.wepkit.testing.Seeds;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A mock cluster in CRUD mode holding thousands of generated Pods of every kind across nodes and
 * namespaces: what the client derives from the cluster equals {@link PodConversion} of the same
 * Pods (as the server stored them, read through their JSON), field for field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveClusterCrudTest {
  private static final int PODS = 1000;
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private KubernetesMockServer server;
  private KubernetesClient kubernetes;
  private WorkloadEndpointClient client;
  private final List<Pod> stored = new ArrayList<>();
  private final Map<Fabric8Pods.Kind, Integer> kinds = new EnumMap<>(Fabric8Pods.Kind.class);
  private List<String> namespaces;

  @BeforeAll
  void createCluster() {
    long seed = Seeds.seed();
    System.out.println("LiveClusterCrudTest " + Seeds.replayHint(seed));
    GenContext ctx = GenContext.of(seed);
    server = MockClusters.crud();
    kubernetes = server.createClient();
    client = WorkloadEndpointClient.of(kubernetes);
    namespaces = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String ns = "ns" + i + "-" + Fabric8Pods.label(ctx, 1 + ctx.nextInt(8)).replace('.', 'x');
      namespaces.add(ns);
      kubernetes
          .namespaces()
          .resource(new NamespaceBuilder().withNewMetadata().withName(ns).endMetadata().build())
          .create();
    }
    List<String> nodes = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      nodes.add("node-" + i + (i % 5 == 0 ? ".zone.example" : ""));
    }
    List<Pod> pods = new ArrayList<>();
    for (int i = 0; i < PODS; i++) {
      Fabric8Pods.Kind kind = Fabric8Pods.Kind.values()[i % Fabric8Pods.Kind.values().length];
      kinds.merge(kind, 1, Integer::sum);
      pods.add(Fabric8Pods.pod(ctx, kind, ctx.choose(namespaces), "pod-" + i, ctx.choose(nodes)));
    }
    long start = System.nanoTime();
    // Created from a few threads: the mock server answers one create in several milliseconds.
    stored.addAll(
        pods.parallelStream()
            .map(pod -> kubernetes.pods().resource(pod).create())
            .collect(Collectors.toList()));
    System.out.println(
        "created " + PODS + " pods in " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }

  @AfterAll
  void stop() {
    client.close();
    kubernetes.close();
    server.destroy();
  }

  /** The expected endpoints: the stored Pods' JSON, read by PodViews and converted. */
  private List<WorkloadEndpoint> expected(java.util.function.Predicate<Pod> which) {
    List<PodView> views = new ArrayList<>();
    for (Pod pod : stored) {
      if (which.test(pod)) {
        views.add(PodView.fromJson(JSON.asJson(pod)));
      }
    }
    return sorted(PodConversion.create().toWorkloadEndpoints(views));
  }

  private static List<WorkloadEndpoint> sorted(List<WorkloadEndpoint> weps) {
    return weps.stream()
        .sorted(
            Comparator.comparing((WorkloadEndpoint w) -> w.metadata().namespace())
                .thenComparing(w -> w.metadata().name()))
        .collect(Collectors.toList());
  }

  @Test
  void theClusterHoldsEveryKindOfPod() {
    assertThat(kinds.keySet()).containsExactlyInAnyOrder(Fabric8Pods.Kind.values());
    assertThat(stored).hasSize(PODS);
    // The server assigned identities, which the endpoints must carry.
    assertThat(stored.get(0).getMetadata().getUid()).isNotEmpty();
    assertThat(stored.get(0).getMetadata().getResourceVersion()).isNotEmpty();
  }

  @Test
  void allNamespacesEqualsTheConversionOfThePods() {
    WorkloadEndpointList list = client.list(ListOptions.allNamespaces());

    List<WorkloadEndpoint> expected = expected(pod -> true);
    // Host-networked and unscheduled Pods are not endpoints; every other kind is.
    int notEndpoints =
        kinds.get(Fabric8Pods.Kind.HOST_NETWORKED) + kinds.get(Fabric8Pods.Kind.UNSCHEDULED);
    assertThat(expected).hasSize(PODS - notEndpoints);
    assertThat(sorted(list.items())).containsExactlyElementsOf(expected);
    assertThat(list.metadata().resourceVersion()).isNotEmpty();
  }

  @Test
  void oneNamespaceEqualsTheConversionOfItsPods() {
    for (String ns : namespaces) {
      List<WorkloadEndpoint> listed = client.list(ListOptions.inNamespace(ns)).items();

      assertThat(sorted(listed))
          .as(ns)
          .containsExactlyElementsOf(expected(p -> p.getMetadata().getNamespace().equals(ns)));
      assertThat(listed).allMatch(w -> w.metadata().namespace().equals(ns));
    }
  }

  @Test
  void streamEqualsList() {
    assertThat(sorted(client.stream(ListOptions.allNamespaces()).collect(Collectors.toList())))
        .containsExactlyElementsOf(sorted(client.list(ListOptions.allNamespaces()).items()));
  }

  @Test
  void getFindsEachEndpointByItsName() {
    List<WorkloadEndpoint> expected = expected(pod -> true);
    for (int i = 0; i < expected.size(); i += 53) {
      WorkloadEndpoint wep = expected.get(i);

      assertThat(client.get(wep.metadata().namespace(), wep.metadata().name())).contains(wep);
      assertThat(client.getRequired(wep.metadata().namespace(), wep.metadata().name()))
          .isEqualTo(wep);
    }
  }

  @Test
  void aNamedListUsesTheNameFieldSelector() {
    WorkloadEndpoint wep = expected(pod -> true).get(3);
    String ns = wep.metadata().namespace();

    assertThat(client.list(ListOptions.inNamespace(ns).withName(wep.metadata().name())).items())
        .containsExactly(wep);
    // The pod's endpoint with another endpoint name is not it.
    String other = wep.metadata().name().replaceAll("-eth0$", "-eth1");
    assertThat(client.list(ListOptions.inNamespace(ns).withName(other)).items()).isEmpty();
  }

  @Test
  void podsThatAreNotEndpointsAreNotFound() {
    for (Pod pod : stored) {
      String ns = pod.getMetadata().getNamespace();
      String podName = pod.getMetadata().getName();
      if (Boolean.TRUE.equals(pod.getSpec().getHostNetwork())) {
        String name =
            WorkloadEndpointNames.derive(
                WorkloadEndpointIdentifiers.builder()
                    .node(pod.getSpec().getNodeName())
                    .orchestrator("k8s")
                    .pod(podName)
                    .endpoint("eth0")
                    .build());
        assertThat(client.get(ns, name)).isEmpty();
        assertThatThrownBy(() -> client.getRequired(ns, name))
            .isInstanceOf(WorkloadEndpointNotFoundException.class)
            .hasMessageContaining(ns + "/" + name);
        return;
      }
    }
  }

  @Test
  void aMissingPodIsEmptyAndAMalformedNameIsCalicosError() {
    String ns = namespaces.get(0);
    assertThat(client.get(ns, "node--1-k8s-no--such--pod-eth0")).isEmpty();
    assertThatThrownBy(() -> client.get(ns, "node--1"))
        .isInstanceOf(WorkloadEndpointNotFoundException.class)
        .hasMessage(
            "WorkloadEndpoint "
                + ns
                + "/node--1 does not exist: malformed WorkloadEndpoint name - unable to determine"
                + " Pod name");
  }

  @Test
  void genericWritesAreRefused() {
    WorkloadEndpoint wep = expected(pod -> true).get(0);

    assertThatThrownBy(() -> client.create(wep))
        .isInstanceOf(UnsupportedWorkloadEndpointOperationException.class)
        .hasMessageStartingWith("create is not supported")
        .hasMessageContaining("derived from Pods; change the Pod");
    assertThatThrownBy(() -> client.update(wep))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("update is not supported");
    assertThatThrownBy(() -> client.delete("ns", "n"))
        .isInstanceOf(UnsupportedWorkloadEndpointOperationException.class)
        .extracting(e -> ((UnsupportedWorkloadEndpointOperationException) e).operation())
        .isEqualTo("delete");
  }
}
