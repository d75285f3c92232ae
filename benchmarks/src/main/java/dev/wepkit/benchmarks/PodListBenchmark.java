// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.kubernetes.Fabric8PodViews;
import dev.wepkit.kubernetes.PodConversion;
import dev.wepkit.kubernetes.PodConversionException;
import dev.wepkit.kubernetes.WorkloadEndpointClient;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodIP;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The live-cluster path: a PodList as the API server sends it, turned into WorkloadEndpoints,
 * against fabric8 decoding the same bytes into its PodList (the floor: what a client on fabric8's
 * typed list pays before it has a single endpoint). Goals: deriving the endpoints of the 10,000-Pod
 * list ({@link #listDeriveFromJson}, what {@code WorkloadEndpointClient} does with a response) at
 * most 1.3 times the floor ({@link #listDecodeFabric8}); converting one decoded Pod ({@link
 * #podConvert}, what the watch and the index do) at most 0.3 times decoding it ({@link
 * #podDecodeFabric8}). {@link #listDecodeFabric8ThenDerive} is the route through fabric8's PodList
 * and {@link #podConvertFromCopy} the conversion through an immutable copy of the Pod, for
 * comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PodListBenchmark {
  /** Pods in the list. */
  public static final int SIZE = 10_000;

  /** Pods per page when the list is paged, the cluster client's default page size. */
  public static final int PAGE = WorkloadEndpointClient.DEFAULT_PAGE_SIZE;

  /** The Pods of the list: {@link #MINIMAL} or {@link #TYPICAL}. */
  public static final String MINIMAL = "minimal-pods";

  /**
   * Pods as the API server sends a Deployment's Pods ({@code typical-pod.json}: owner reference,
   * managed fields, volumes, tolerations, conditions and container statuses beside what Calico
   * reads), about 4.5 kB of JSON each.
   */
  public static final String TYPICAL = "typical-pods";

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private final PodConversion conversion = PodConversion.create();

  /**
   * {@link #MINIMAL}: only what Calico reads, plus an image (the worst case for a reader that skips
   * the rest); {@link #TYPICAL}: the same Pods with everything else a real Pod has.
   */
  @Param({MINIMAL, TYPICAL})
  public String sample = MINIMAL;

  // Tests use a shorter list.
  int size = SIZE;
  private byte[] listJson;
  private List<byte[]> pageJson;
  private PodList decodedList;
  private byte[] podJson;
  private Pod pod;

  /** Creates the benchmark; JMH calls {@link #setup()}. */
  public PodListBenchmark() {}

  /** Generates the list and one typical Pod, as JSON and decoded. */
  @Setup
  public void setup() {
    PodList list = list(size, 42L, sample.equals(TYPICAL));
    listJson = SERIALIZATION.asJson(list).getBytes(StandardCharsets.UTF_8);
    decodedList = SERIALIZATION.unmarshal(new ByteArrayInputStream(listJson), PodList.class);
    pageJson = pages(list, Math.min(PAGE, size));
    pod = list.getItems().get(1);
    podJson = SERIALIZATION.asJson(pod).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The floor: fabric8 decodes the PodList.
   *
   * @return the list
   */
  @Benchmark
  public PodList listDecodeFabric8() {
    return SERIALIZATION.unmarshal(new ByteArrayInputStream(listJson), PodList.class);
  }

  /**
   * wepkit derives the endpoints from the PodList's JSON, each Pod converted as soon as it is read.
   *
   * @return the endpoints
   */
  @Benchmark
  public WorkloadEndpointList listDeriveFromJson() {
    return conversion.toWorkloadEndpointList(
        new ByteArrayInputStream(listJson), PodListBenchmark::fail);
  }

  /**
   * fabric8 decodes the PodList, and wepkit derives the endpoints of its Pods (the route before
   * {@link #listDeriveFromJson}).
   *
   * @return the endpoints
   */
  @Benchmark
  public List<WorkloadEndpoint> listDecodeFabric8ThenDerive() {
    PodList pods = SERIALIZATION.unmarshal(new ByteArrayInputStream(listJson), PodList.class);
    return conversion.toWorkloadEndpoints(Fabric8PodViews.inPlaceAll(pods.getItems()));
  }

  /**
   * wepkit derives the endpoints of a PodList decoded once in setup: the conversion alone, on Pods
   * that are no longer in the processor's caches.
   *
   * @return the endpoints
   */
  @Benchmark
  public List<WorkloadEndpoint> listDerive() {
    return conversion.toWorkloadEndpoints(Fabric8PodViews.inPlaceAll(decodedList.getItems()));
  }

  /**
   * The floor of the paged list: fabric8 decodes the same Pods as the API server sends them to the
   * cluster client, {@link #PAGE} per response.
   *
   * @return the Pods
   */
  @Benchmark
  public List<Pod> pagesDecodeFabric8() {
    List<Pod> pods = new ArrayList<>(size);
    for (byte[] page : pageJson) {
      pods.addAll(
          SERIALIZATION.unmarshal(new ByteArrayInputStream(page), PodList.class).getItems());
    }
    return pods;
  }

  /**
   * What {@code WorkloadEndpointClient.list} does with the responses: the endpoints of each page
   * derived from its JSON as it is read, by one reader for the whole list.
   *
   * @return the endpoints
   */
  @Benchmark
  public List<WorkloadEndpoint> pagesDeriveFromJson() {
    List<WorkloadEndpoint> endpoints = new ArrayList<>(size);
    PodConversion.ListReader reader = conversion.listReader();
    for (byte[] page : pageJson) {
      endpoints.addAll(reader.read(new ByteArrayInputStream(page), PodListBenchmark::fail).items());
    }
    return endpoints;
  }

  /** Every generated Pod converts: a skipped one would make the benchmark measure less. */
  private static void fail(PodConversionException skipped) {
    throw skipped;
  }

  /**
   * fabric8 decodes one Pod.
   *
   * @return the Pod
   */
  @Benchmark
  public Pod podDecodeFabric8() {
    return SERIALIZATION.unmarshal(new ByteArrayInputStream(podJson), Pod.class);
  }

  /**
   * wepkit converts one decoded Pod, reading it in place (what the cluster client does).
   *
   * @return the endpoint
   */
  @Benchmark
  public Optional<WorkloadEndpoint> podConvert() {
    return conversion.toWorkloadEndpoint(Fabric8PodViews.inPlace(pod));
  }

  /**
   * wepkit copies one decoded Pod into an immutable {@code PodView} first, then converts it: the
   * cost of keeping the view.
   *
   * @return the endpoint
   */
  @Benchmark
  public Optional<WorkloadEndpoint> podConvertFromCopy() {
    return conversion.toWorkloadEndpoint(Fabric8PodViews.of(pod));
  }

  /** The typical Pod, with the values of {@code pod} in place of its own. */
  private static Pod typical(Pod pod) {
    Pod typical = SERIALIZATION.unmarshal(TYPICAL_POD, Pod.class);
    ObjectMeta from = pod.getMetadata();
    ObjectMeta to = typical.getMetadata();
    to.setNamespace(from.getNamespace());
    to.setName(from.getName());
    to.setGenerateName(from.getName().substring(0, from.getName().lastIndexOf('-') + 1));
    to.setUid(from.getUid());
    to.setResourceVersion(from.getResourceVersion());
    to.setCreationTimestamp(from.getCreationTimestamp());
    to.getLabels().putAll(from.getLabels());
    to.getAnnotations().putAll(from.getAnnotations());
    to.getAnnotations()
        .put(
            "cni.projectcalico.org/podIPs",
            from.getAnnotations().get("cni.projectcalico.org/podIP"));
    typical.getSpec().setNodeName(pod.getSpec().getNodeName());
    typical.getSpec().setServiceAccountName(pod.getSpec().getServiceAccountName());
    typical.getSpec().setServiceAccount(pod.getSpec().getServiceAccountName());
    typical.getStatus().setPodIP(pod.getStatus().getPodIP());
    typical.getStatus().setPodIPs(pod.getStatus().getPodIPs());
    return typical;
  }

  private static final String TYPICAL_POD = resource("typical-pod.json");

  private static String resource(String name) {
    try (InputStream in = PodListBenchmark.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The list as pages of {@code page} Pods, each a PodList with a continue token but the last. */
  private List<byte[]> pages(PodList list, int page) {
    List<Pod> items = list.getItems();
    List<byte[]> out = new ArrayList<>();
    for (int from = 0; from < items.size(); from += page) {
      int to = Math.min(items.size(), from + page);
      PodList part =
          new PodListBuilder()
              .withNewMetadata()
              .withResourceVersion("99999")
              .withContinue(to < items.size() ? "page-" + to : null)
              .endMetadata()
              .withItems(items.subList(from, to))
              .build();
      out.add(SERIALIZATION.asJson(part).getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  /**
   * Pods with what Calico reads: labels, Calico's annotations, a container with a named port, one
   * or two IPs; with {@code typical}, each also has the rest of {@code typical-pod.json}.
   */
  static PodList list(int size, long seed, boolean typical) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Pod> pods = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String ip = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + i % 250);
      List<PodIP> ips = new ArrayList<>();
      ips.add(new PodIP(ip));
      if (random.nextInt(4) == 0) {
        ips.add(new PodIP("fd00:" + Integer.toHexString(random.nextInt(0x10000)) + "::" + i));
      }
      PodBuilder pod =
          new PodBuilder()
              .withNewMetadata()
              .withNamespace("team-" + random.nextInt(20))
              .withName("app-" + i + "-" + Integer.toHexString(random.nextInt()))
              .withUid("00000000-0000-0000-0000-" + String.format("%012d", i))
              .withResourceVersion(Integer.toString(1000 + i))
              .withCreationTimestamp("2026-12-01T10:00:00Z")
              .addToLabels("app", "app-" + random.nextInt(100))
              .addToLabels("pod-template-hash", Integer.toHexString(random.nextInt()))
              .addToAnnotations(
                  "cni.projectcalico.org/containerID", Long.toHexString(random.nextLong()))
              .addToAnnotations("cni.projectcalico.org/podIP", ip + "/32")
              .endMetadata()
              .withNewSpec()
              .withNodeName("node-" + random.nextInt(100))
              .withServiceAccountName(random.nextBoolean() ? "default" : "app")
              .addToContainers(
                  new ContainerBuilder()
                      .withName("main")
                      .withImage("registry.example/app:1.2.3")
                      .addToPorts(
                          new ContainerPortBuilder()
                              .withName("http")
                              .withContainerPort(8080)
                              .withProtocol("TCP")
                              .build())
                      .build())
              .endSpec()
              .withNewStatus()
              .withPhase("Running")
              .withPodIP(ip)
              .withPodIPs(ips)
              .endStatus();
      pods.add(typical ? typical(pod.build()) : pod.build());
    }
    return new PodListBuilder()
        .withNewMetadata()
        .withResourceVersion("99999")
        .endMetadata()
        .withItems(pods)
        .build();
  }
}
