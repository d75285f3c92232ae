// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.json.WorkloadEndpointJson;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.WatchEvent;
import io.fabric8.kubernetes.api.model.WatchEventBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wepkit watch workloadendpoints}: a scripted list and Pod watch on the mock server in
 * expectations mode give exactly the expected JSON lines, in order, in a bounded run.
 */
class WatchCommandTest {
  private static final String LIST = "/api/v1/namespaces/team-a/pods?limit=500";
  private static final String WATCH =
      "/api/v1/namespaces/team-a/pods?allowWatchBookmarks=true&resourceVersion=";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();

  @TempDir Path dir;

  private MockCluster cluster;

  @BeforeEach
  void start() throws Exception {
    cluster = MockCluster.expectations(dir);
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static Pod at(Pod pod, String resourceVersion) {
    return new PodBuilder(pod)
        .editMetadata()
        .withResourceVersion(resourceVersion)
        .endMetadata()
        .build();
  }

  private static WatchEvent event(String type, Object object) {
    return new WatchEventBuilder()
        .withType(type)
        .withObject((io.fabric8.kubernetes.api.model.KubernetesResource) object)
        .build();
  }

  private void list(String resourceVersion, Pod... pods) {
    cluster
        .server
        .expect()
        .get()
        .withPath(LIST)
        .andReturn(
            200,
            new PodListBuilder()
                .withNewMetadata()
                .withResourceVersion(resourceVersion)
                .endMetadata()
                .withItems(pods)
                .build())
        .once();
  }

  private CliRun watch(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("watch", "workloadendpoints", "--kubeconfig", cluster.kubeconfig.toString()));
    args.addAll(List.of(extra));
    return CliRun.run(args.toArray(new String[0]));
  }

  /** What a line says, read back: its type and its endpoint's namespace/name and networks. */
  private static String summary(String line) throws Exception {
    JsonNode node = MAPPER.readTree(line);
    JsonNode object = node.get("object");
    if (node.get("type").asText().equals("RESYNC")) {
      return "RESYNC rv="
          + object.get("resourceVersion").asText()
          + " added="
          + names(object.get("added"))
          + " changed="
          + names(object.get("changed"))
          + " removed="
          + names(object.get("removed"));
    }
    WorkloadEndpoint wep = JSON.read(object.toString());
    return node.get("type").asText()
        + " "
        + wep.metadata().namespace()
        + "/"
        + wep.metadata().name()
        + " "
        + wep.spec().ipNetworks();
  }

  private static String names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(w -> names.add(w.get("metadata").get("name").asText()));
    return names.toString();
  }

  @Test
  void theListThenEachChangeAsOneLine() throws Exception {
    Pod a = at(MockCluster.pod("team-a", "a", "node1", "10.0.0.1"), "9");
    Pod b = at(MockCluster.pod("team-a", "b", "node2", "10.0.0.2"), "11");
    Pod aMoved = new PodBuilder(at(a, "12")).editStatus().withPodIP("10.0.0.9").endStatus().build();
    Pod host =
        new PodBuilder(at(MockCluster.pod("team-a", "h", "node1", "192.168.0.1"), "13"))
            .editSpec()
            .withHostNetwork(true)
            .endSpec()
            .build();
    Pod pending = at(MockCluster.pod("team-a", "p", null, null), "14");
    list("10", a);
    cluster
        .server
        .expect()
        .withPath(WATCH + "10&watch=true")
        .andUpgradeToWebSocket()
        .open()
        .waitFor(50)
        .andEmit(event("ADDED", b))
        .waitFor(100)
        .andEmit(event("ADDED", host))
        .waitFor(150)
        .andEmit(event("ADDED", pending))
        .waitFor(200)
        .andEmit(event("MODIFIED", aMoved))
        .waitFor(250)
        .andEmit(event("DELETED", at(b, "15")))
        .waitFor(1_500)
        .andEmit(event("DELETED", aMoved))
        .done()
        .once();

    CliRun run = watch("--max-events", "4", "--timeout", "20s");

    assertThat(run.exit).as(run.toString()).isZero();
    List<String> summaries = new ArrayList<>();
    for (String line : run.lines()) {
      summaries.add(summary(line));
    }
    assertThat(summaries)
        .containsExactly(
            "ADDED team-a/node1-k8s-a-eth0 [10.0.0.1/32]",
            "ADDED team-a/node2-k8s-b-eth0 [10.0.0.2/32]",
            "MODIFIED team-a/node1-k8s-a-eth0 [10.0.0.9/32]",
            "DELETED team-a/node2-k8s-b-eth0 [10.0.0.2/32]");
    // One line each, in the JSON-lines style of the other commands, Go's field order inside.
    assertThat(run.lines().get(0))
        .startsWith(
            "{\"type\": \"ADDED\", \"object\": {\"kind\": \"WorkloadEndpoint\", \"apiVersion\":"
                + " \"projectcalico.org/v3\", \"metadata\": {\"name\": \"node1-k8s-a-eth0\","
                + " \"namespace\": \"team-a\"")
        .endsWith("}}")
        .contains("\"interfaceName\": \"cali" + "f0ccee48c3b" + "\"");
  }

  @Test
  void goneListsAgainAndPrintsOneResync() throws Exception {
    Pod kept = at(MockCluster.pod("team-a", "k", "node1", "10.0.0.5"), "4");
    Pod removed = at(MockCluster.pod("team-a", "r", "node1", "10.0.0.6"), "4");
    Pod keptChanged =
        new PodBuilder(at(kept, "18")).editStatus().withPodIP("10.0.0.50").endStatus().build();
    Pod fresh = at(MockCluster.pod("team-a", "f", "node2", "fd00::f"), "19");
    list("10", kept, removed);
    cluster
        .server
        .expect()
        .withPath(WATCH + "10&watch=true")
        .andUpgradeToWebSocket()
        .open()
        .waitFor(50)
        .andEmit(
            event(
                "ERROR",
                new StatusBuilder()
                    .withCode(410)
                    .withReason("Expired")
                    .withMessage("too old resource version: 10 (15)")
                    .build()))
        .done()
        .once();
    list("20", keptChanged, fresh);
    cluster
        .server
        .expect()
        .withPath(WATCH + "20&watch=true")
        .andUpgradeToWebSocket()
        .open()
        .waitFor(1_500)
        .andEmit(event("DELETED", fresh))
        .done()
        .once();

    CliRun run = watch("--max-events", "3", "--timeout", "20s");

    assertThat(run.exit).as(run.toString()).isZero();
    List<String> summaries = new ArrayList<>();
    for (String line : run.lines()) {
      summaries.add(summary(line));
    }
    assertThat(summaries)
        .containsExactly(
            "ADDED team-a/node1-k8s-k-eth0 [10.0.0.5/32]",
            "ADDED team-a/node1-k8s-r-eth0 [10.0.0.6/32]",
            "RESYNC rv=20 added=[node2-k8s-f-eth0] changed=[node1-k8s-k-eth0]"
                + " removed=[node1-k8s-r-eth0]");
  }

  @Test
  void aTimeoutEndsAQuietWatchWithExitZero() {
    list("10");
    cluster
        .server
        .expect()
        .withPath(WATCH + "10&watch=true")
        .andUpgradeToWebSocket()
        .open()
        .waitFor(1_500)
        // A Pod that is no endpoint: no line.
        .andEmit(
            event(
                "ADDED",
                new PodBuilder(MockCluster.pod("team-a", "x", "n", "10.0.0.1"))
                    .editSpec()
                    .withHostNetwork(true)
                    .endSpec()
                    .build()))
        .done()
        .once();
    long start = System.nanoTime();

    CliRun run = watch("--timeout", "1s");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).isEmpty();
    assertThat((System.nanoTime() - start) / 1_000_000).isBetween(900L, 10_000L);
  }

  @Test
  void aForbiddenWatchIsOneLineAndExitTwo() {
    list("10");
    cluster
        .server
        .expect()
        .get()
        .withPath(WATCH + "10&watch=true")
        .andReturn(
            403,
            new StatusBuilder().withCode(403).withReason("Forbidden").withMessage("no").build())
        .always();

    CliRun run = watch("--timeout", "20s");

    assertThat(run.exit).as(run.toString()).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "wepkit watch: forbidden: the credentials may not watch pods in namespace team-a;"
                + " grant the RBAC verb \"watch\" on \"pods\"\n");
  }

  @Test
  void aSignalClosesTheWatchAfterWhatWasPrinted() throws Exception {
    list("10", at(MockCluster.pod("team-a", "a", "node1", "10.0.0.1"), "9"));
    cluster
        .server
        .expect()
        .withPath(WATCH + "10&watch=true")
        .andUpgradeToWebSocket()
        .open()
        .waitFor(3_000)
        .andEmit(event("DELETED", at(MockCluster.pod("team-a", "a", "node1", "10.0.0.1"), "11")))
        .done()
        .once();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "watch",
                "wep",
                "--kubeconfig",
                cluster.kubeconfig.toString()));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (java.io.BufferedReader out =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(
                process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
      // The first line arrives while the process runs: it was flushed at once.
      String first = out.readLine();
      assertThat(summary(first)).isEqualTo("ADDED team-a/node1-k8s-a-eth0 [10.0.0.1/32]");
      // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook closes the watch and the JVM ends.
      long signalled = System.nanoTime();
      process.destroy();
      assertThat(process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS))
          .as("ended on the signal")
          .isTrue();
      assertThat((System.nanoTime() - signalled) / 1_000_000).isLessThan(20_000L);
    } finally {
      process.destroyForcibly();
    }
    assertThat(process.exitValue()).isEqualTo(143);
  }

  @Test
  void usageErrors() {
    assertThat(watch("pods").exit).isEqualTo(2);
    assertThat(watch("--max-events", "0").err).contains("--max-events must be at least 1");
    assertThat(watch("--timeout", "soon").err).contains("'soon' is not a duration");
  }
}
