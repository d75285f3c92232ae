// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What CRUD mode cannot answer, in expectations mode: paging with limit and continue, the node
 * filter, 410 Gone on a continue token, 401, 403, 409, a slow server, an absent server, and the
 * exact requests of the CNI patches.
 */
class LiveClusterExpectationsTest {
  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private KubernetesMockServer server;
  private KubernetesClient kubernetes;

  @BeforeEach
  void start() {
    server = MockClusters.expectations();
    kubernetes = server.createClient();
  }

  @AfterEach
  void stop() {
    kubernetes.close();
    server.destroy();
  }

  static Pod pod(String ns, String name, String node, String ip) {
    return new PodBuilder()
        .withNewMetadata()
        .withNamespace(ns)
        .withName(name)
        .withUid("uid-" + name)
        .withResourceVersion("5")
        .endMetadata()
        .withNewSpec()
        .withNodeName(node)
        .endSpec()
        .withNewStatus()
        .withPodIP(ip)
        .endStatus()
        .build();
  }

  /** The endpoint of a Pod by the offline path: its JSON, read and converted. */
  static WorkloadEndpoint endpoint(Pod pod) {
    return PodConversion.create()
        .toWorkloadEndpoint(PodView.fromJson(JSON.asJson(pod)))
        .orElseThrow();
  }

  private static PodList page(String resourceVersion, String continueToken, Pod... pods) {
    return new PodListBuilder()
        .withNewMetadata()
        .withResourceVersion(resourceVersion)
        .withContinue(continueToken)
        .endMetadata()
        .withItems(pods)
        .build();
  }

  private List<String> requests() throws InterruptedException {
    List<String> out = new ArrayList<>();
    RecordedRequest request;
    while ((request = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
      out.add(request.getMethod() + " " + request.getPath());
    }
    return out;
  }

  private final Pod a = pod("ns", "a", "node1", "10.0.0.1");
  private final Pod b = pod("ns", "b", "node1", "10.0.0.2");
  private final Pod hostNetworked =
      new PodBuilder(pod("ns", "h", "node1", "192.168.0.1"))
          .editSpec()
          .withHostNetwork(true)
          .endSpec()
          .build();
  private final Pod c = pod("other", "c", "node2", "fd00::3");

  @Test
  void listFollowsContinueTokensPageByPage() throws Exception {
    server
        .expect()
        .get()
        .withPath("/api/v1/pods?limit=2")
        .andReturn(200, page("100", "t1", a, hostNetworked))
        .once();
    server
        .expect()
        .get()
        .withPath("/api/v1/pods?continue=t1&limit=2")
        .andReturn(200, page("100", "t2", b))
        .once();
    server
        .expect()
        .get()
        .withPath("/api/v1/pods?continue=t2&limit=2")
        .andReturn(200, page("100", null, c))
        .once();
    WorkloadEndpointClient client =
        WorkloadEndpointClient.builder().client(kubernetes).pageSize(2).build();

    WorkloadEndpointList list = client.list(ListOptions.allNamespaces());

    assertThat(list.items()).containsExactly(endpoint(a), endpoint(b), endpoint(c));
    assertThat(list.metadata().resourceVersion()).isEqualTo("100");
    assertThat(requests())
        .containsExactly(
            "GET /api/v1/pods?limit=2",
            "GET /api/v1/pods?continue=t1&limit=2",
            "GET /api/v1/pods?continue=t2&limit=2");
  }

  @Test
  void streamHoldsOnePageAtATime() throws Exception {
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/ns/pods?limit=2")
        .andReturn(200, page("7", "t1", a, b))
        .once();
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/ns/pods?continue=t1&limit=2")
        .andReturn(200, page("7", "", pod("ns", "d", "node3", "10.0.0.4")))
        .once();
    WorkloadEndpointClient client =
        WorkloadEndpointClient.builder().client(kubernetes).pageSize(2).build();

    Iterator<WorkloadEndpoint> stream = client.stream(ListOptions.inNamespace("ns")).iterator();

    assertThat(server.getRequestCount()).isZero();
    assertThat(stream.next()).isEqualTo(endpoint(a));
    assertThat(stream.next()).isEqualTo(endpoint(b));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(stream.next().spec().pod()).isEqualTo("d");
    assertThat(stream.hasNext()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aNodeIsASpecNodeNameFieldSelector() throws Exception {
    server
        .expect()
        .get()
        .withPath(
            "/api/v1/pods?fieldSelector=spec.nodeName%3Dnode2&labelSelector=app%3Dweb&limit=500")
        .andReturn(200, page("3", null, c))
        .once();
    WorkloadEndpointClient client = WorkloadEndpointClient.of(kubernetes);

    List<WorkloadEndpoint> onNode =
        client.list(ListOptions.builder().node("node2").labelSelector("app=web").build()).items();

    assertThat(onNode).containsExactly(endpoint(c));
  }

  @Test
  void anExpiredContinueTokenListsEverythingAgain() throws Exception {
    server
        .expect()
        .get()
        .withPath("/api/v1/pods?limit=1")
        .andReturn(200, page("100", "t1", a))
        .once();
    server
        .expect()
        .get()
        .withPath("/api/v1/pods?continue=t1&limit=1")
        .andReturn(
            410,
            new StatusBuilder()
                .withCode(410)
                .withReason("Expired")
                .withMessage("The provided continue parameter is too old")
                .build())
        .once();
    server.expect().get().withPath("/api/v1/pods").andReturn(200, page("150", null, a, b)).once();
    WorkloadEndpointClient client =
        WorkloadEndpointClient.builder().client(kubernetes).pageSize(1).build();

    WorkloadEndpointList list = client.list(ListOptions.allNamespaces());

    assertThat(list.items()).containsExactly(endpoint(a), endpoint(b));
    assertThat(list.metadata().resourceVersion()).isEqualTo("150");
  }

  @Test
  void forbiddenNamesVerbResourceAndNamespace() {
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/team-a/pods?limit=500")
        .andReturn(
            403,
            new StatusBuilder()
                .withCode(403)
                .withReason("Forbidden")
                .withMessage(
                    "pods is forbidden: User \"bob\" cannot list resource \"pods\" in API group"
                        + " \"\" in the namespace \"team-a\"")
                .build())
        .once();
    WorkloadEndpointClient client = WorkloadEndpointClient.of(kubernetes);

    assertThatThrownBy(() -> client.list(ListOptions.inNamespace("team-a")))
        .isInstanceOfSatisfying(
            WorkloadEndpointForbiddenException.class,
            e -> {
              assertThat(e.verb()).isEqualTo("list");
              assertThat(e.resource()).isEqualTo("pods");
              assertThat(e.namespace()).isEqualTo("team-a");
            })
        .hasMessage(
            "forbidden: the credentials may not list pods in namespace team-a; grant the RBAC"
                + " verb \"list\" on \"pods\"");
  }

  @Test
  void unauthorizedNamesTheServer() {
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/ns/pods/a")
        .andReturn(401, new StatusBuilder().withCode(401).withMessage("Unauthorized").build())
        .once();
    WorkloadEndpointClient client = WorkloadEndpointClient.of(kubernetes);

    assertThatThrownBy(() -> client.get("ns", "node1-k8s-a-eth0"))
        .isInstanceOf(WorkloadEndpointUnauthorizedException.class)
        .hasMessageContaining(kubernetes.getMasterUrl().toString())
        .hasMessageContaining("did not accept the credentials");
  }

  @Test
  void aConflictCarriesTheCurrentResourceVersion() {
    server
        .expect()
        .patch()
        .withPath("/api/v1/namespaces/ns/pods/a/status")
        .andReturn(
            409,
            new StatusBuilder()
                .withCode(409)
                .withReason("Conflict")
                .withMessage("the object has been modified")
                .build())
        .once();
    Pod now = new PodBuilder(a).editMetadata().withResourceVersion("77").endMetadata().build();
    server.expect().get().withPath("/api/v1/namespaces/ns/pods/a").andReturn(200, now).once();
    WorkloadEndpointClient client = WorkloadEndpointClient.of(kubernetes);

    assertThatThrownBy(() -> client.patchOutPodIPs("ns", "node1-k8s-a-eth0", "5", "uid-a"))
        .isInstanceOfSatisfying(
            WorkloadEndpointConflictException.class,
            e -> assertThat(e.currentResourceVersion()).isEqualTo("77"))
        .hasMessageContaining("pods/status a in namespace ns");
  }

  /** A client that waits 300 ms for an answer and does not retry. */
  private KubernetesClient impatient() {
    return new KubernetesClientBuilder()
        .withConfig(
            new ConfigBuilder(kubernetes.getConfiguration())
                .withRequestTimeout(300)
                .withRequestRetryBackoffLimit(0)
                .build())
        .build();
  }

  @Test
  void aSlowServerTimesOutAsUnreachable() {
    server
        .expect()
        .get()
        .delay(3, TimeUnit.SECONDS)
        .withPath("/api/v1/namespaces/ns/pods/a")
        .andReturn(200, a)
        .always();
    try (KubernetesClient impatient = impatient()) {
      WorkloadEndpointClient client = WorkloadEndpointClient.of(impatient);

      assertThatThrownBy(() -> client.get("ns", "node1-k8s-a-eth0"))
          .isInstanceOfSatisfying(
              WorkloadEndpointUnreachableException.class,
              e -> assertThat(e.url()).isEqualTo(impatient.getMasterUrl().toString()))
          .hasMessageContaining("no answer in time");
    }
  }

  @Test
  void aListAsksForJsonAndReadsThePodsAsTheyArrive() throws Exception {
    // The page as the API server writes it: no kind on the items, metadata first, fields Calico
    // does not read; one Pod Calico cannot convert, which it skips.
    String body =
        "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"42\"},"
            + "\"items\":["
            + JSON.asJson(a)
            + ",{\"metadata\":{\"namespace\":\"ns\",\"name\":\"-broken\"},\"spec\":{"
            + "\"nodeName\":\"node1\"}},"
            + JSON.asJson(b)
            + "]}";
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/ns/pods?limit=500")
        .andReturn(200, body)
        .once();

    WorkloadEndpointList list =
        WorkloadEndpointClient.of(kubernetes).list(ListOptions.inNamespace("ns"));

    assertThat(list.items()).containsExactly(endpoint(a), endpoint(b));
    assertThat(list.metadata().resourceVersion()).isEqualTo("42");
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void aPodTheKubernetesDecoderWouldRefuseFailsTheList() {
    // client-go fails the whole list when one of its Pods does not decode, and so does this.
    String body =
        "{\"items\":["
            + JSON.asJson(a)
            + ",{\"metadata\":{\"name\":\"b\"},\"spec\":{\"hostNetwork\":\"false\"}}]}";
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/ns/pods?limit=500")
        .andReturn(200, body)
        .once();

    assertThatThrownBy(
            () -> WorkloadEndpointClient.of(kubernetes).list(ListOptions.inNamespace("ns")))
        .isExactlyInstanceOf(WorkloadEndpointClientException.class)
        .hasMessage(
            "list pods in namespace ns failed: the response does not decode as a PodList:"
                + " items[1].spec.hostNetwork: expected a boolean, got the string \"false\"");
  }

  @Test
  void aListResponseThatIsNoPodListNamesTheRequest() {
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/ns/pods?limit=500")
        .andReturn(200, "<html>proxy error</html>")
        .once();

    assertThatThrownBy(
            () -> WorkloadEndpointClient.of(kubernetes).list(ListOptions.inNamespace("ns")))
        .isExactlyInstanceOf(WorkloadEndpointClientException.class)
        .hasMessageStartingWith("list pods in namespace ns failed: ")
        .hasMessageContaining(
            "the response does not decode as a PodList: malformed JSON at line 1, column 1");
  }

  @Test
  void aSlowListTimesOutAsUnreachable() {
    server
        .expect()
        .get()
        .delay(3, TimeUnit.SECONDS)
        .withPath("/api/v1/pods?limit=500")
        .andReturn(200, page("1", null, a))
        .always();
    try (KubernetesClient impatient = impatient()) {
      WorkloadEndpointClient client = WorkloadEndpointClient.of(impatient);

      assertThatThrownBy(() -> client.list(ListOptions.allNamespaces()))
          .isInstanceOfSatisfying(
              WorkloadEndpointUnreachableException.class,
              e -> assertThat(e.url()).isEqualTo(impatient.getMasterUrl().toString()))
          .hasMessageContaining("no answer in time (list pods)");
    }
  }

  @Test
  void aNameAndALabelSelectorAreEncodedAsQueryValues() throws Exception {
    server
        .expect()
        .get()
        .withPath(
            "/api/v1/namespaces/ns/pods?fieldSelector=metadata.name%3Da"
                + "&labelSelector=app+in+%28web%2C+db%29%2C%21canary&limit=500")
        .andReturn(200, page("3", null, a))
        .once();

    List<WorkloadEndpoint> found =
        WorkloadEndpointClient.of(kubernetes)
            .list(
                ListOptions.builder()
                    .namespace("ns")
                    .name("node1-k8s-a-eth0")
                    .labelSelector("app in (web, db),!canary")
                    .build())
            .items();

    assertThat(found).containsExactly(endpoint(a));
  }

  @Test
  void anAbsentServerIsUnreachable() {
    String url = kubernetes.getMasterUrl().toString();
    server.destroy();
    try (KubernetesClient lonely =
        new KubernetesClientBuilder()
            .withConfig(
                new ConfigBuilder(kubernetes.getConfiguration())
                    .withRequestRetryBackoffLimit(0)
                    .build())
            .build()) {
      WorkloadEndpointClient client = WorkloadEndpointClient.of(lonely);

      assertThatThrownBy(() -> client.list(ListOptions.allNamespaces()))
          .isInstanceOfSatisfying(
              WorkloadEndpointUnreachableException.class, e -> assertThat(e.url()).isEqualTo(url))
          .hasMessageStartingWith("the API server at " + url + " is unreachable");
    }
    server = MockClusters.expectations();
  }

  @Test
  void patchInIsOneStrategicMergePatchOfTheStatusSubresource() throws Exception {
    Pod patched =
        new PodBuilder(pod("ns", "web-1", "node1", null))
            .editMetadata()
            .addToAnnotations("cni.projectcalico.org/podIP", "10.0.0.9/32")
            .addToAnnotations("cni.projectcalico.org/podIPs", "10.0.0.9/32,fd00::9/128")
            .addToAnnotations("cni.projectcalico.org/containerID", "cid")
            .endMetadata()
            .build();
    server
        .expect()
        .patch()
        .withPath("/api/v1/namespaces/ns/pods/web-1/status")
        .andReturn(200, patched)
        .once();
    WorkloadEndpointClient client = WorkloadEndpointClient.of(kubernetes);
    WorkloadEndpoint cni =
        WorkloadEndpoint.builder()
            .metadata(
                dev.wepkit.ObjectMeta.builder()
                    .namespace("ns")
                    .name("node1-k8s-web--1-eth0")
                    .uid("uid-web-1")
                    .resourceVersion("41")
                    .build())
            .spec(
                dev.wepkit.WorkloadEndpointSpec.builder()
                    .orchestrator("k8s")
                    .node("node1")
                    .pod("web-1")
                    .endpoint("eth0")
                    .containerID("cid")
                    .addIpNetworks("10.0.0.9/32", "fd00::9/128")
                    .build())
            .build();

    WorkloadEndpoint result = client.patchInPodIPs(cni);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getPath()).isEqualTo("/api/v1/namespaces/ns/pods/web-1/status");
    assertThat(request.getHeader("Content-Type"))
        .startsWith("application/strategic-merge-patch+json");
    // The revision is dropped, the UID kept; Go sorts the keys.
    assertThat(request.getUtf8Body())
        .isEqualTo(
            "{\"metadata\":{\"annotations\":{\"cni.projectcalico.org/containerID\":\"cid\","
                + "\"cni.projectcalico.org/podIP\":\"10.0.0.9/32\","
                + "\"cni.projectcalico.org/podIPs\":\"10.0.0.9/32,fd00::9/128\"},"
                + "\"uid\":\"uid-web-1\"}}");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(result).isEqualTo(endpoint(patched));
    assertThat(result.spec().ipNetworks()).containsExactly("10.0.0.9/32", "fd00::9/128");
  }

  @Test
  void patchInWithoutNetworksCarriesOnlyTheUid() throws Exception {
    server
        .expect()
        .patch()
        .withPath("/api/v1/namespaces/ns/pods/a/status")
        .andReturn(200, a)
        .once();
    WorkloadEndpoint bare =
        WorkloadEndpoint.builder()
            .metadata(
                dev.wepkit.ObjectMeta.builder()
                    .namespace("ns")
                    .name("node1-k8s-a-eth0")
                    .uid("u")
                    .build())
            .spec(dev.wepkit.WorkloadEndpointSpec.builder().containerID("cid").build())
            .build();

    WorkloadEndpoint result = WorkloadEndpointClient.of(kubernetes).patchInPodIPs(bare);

    assertThat(server.takeRequest().getUtf8Body()).isEqualTo("{\"metadata\":{\"uid\":\"u\"}}");
    assertThat(result).isEqualTo(endpoint(a));
  }

  @Test
  void patchOutEmptiesTheIPsAndKeepsBothPreconditions() throws Exception {
    server
        .expect()
        .patch()
        .withPath("/api/v1/namespaces/ns/pods/a/status")
        .andReturn(200, a)
        .once();

    WorkloadEndpointClient.of(kubernetes).patchOutPodIPs(endpoint(a));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getPath()).isEqualTo("/api/v1/namespaces/ns/pods/a/status");
    assertThat(request.getHeader("Content-Type"))
        .startsWith("application/strategic-merge-patch+json");
    assertThat(request.getUtf8Body())
        .isEqualTo(
            "{\"metadata\":{\"annotations\":{\"cni.projectcalico.org/podIP\":\"\","
                + "\"cni.projectcalico.org/podIPs\":\"\"},"
                + "\"resourceVersion\":\"5\",\"uid\":\"uid-a\"}}");
  }

  @Test
  void aPatchOfANameWithoutAPodIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(
            () -> WorkloadEndpointClient.of(kubernetes).patchOutPodIPs("ns", "node1", "", ""))
        .isInstanceOf(WorkloadEndpointClientException.class)
        .hasMessage("insufficient identifiers: the WorkloadEndpoint name node1 names no Pod");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anotherHttpErrorNamesTheRequest() {
    server
        .expect()
        .get()
        .withPath("/api/v1/namespaces/ns/pods?limit=500")
        .andReturn(500, new StatusBuilder().withCode(500).withMessage("etcd is down").build())
        .always();
    KubernetesClient noRetry =
        new KubernetesClientBuilder()
            .withConfig(
                new ConfigBuilder(kubernetes.getConfiguration())
                    .withRequestRetryBackoffLimit(0)
                    .build())
            .build();
    try (noRetry) {
      assertThatThrownBy(
              () -> WorkloadEndpointClient.of(noRetry).list(ListOptions.inNamespace("ns")))
          .isExactlyInstanceOf(WorkloadEndpointClientException.class)
          .hasMessage("list pods in namespace ns failed: HTTP 500: etcd is down");
    }
  }
}
