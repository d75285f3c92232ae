// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.policy.AppliedPolicy;
import dev.wepkit.policy.PolicyIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code policiesFor} over 1,000 policies and 10,000 endpoints: with the label-restriction index
 * ({@code indexed}) against evaluating every policy ({@code allPairs}), in the same run. One
 * operation answers one endpoint; successive operations walk through all 10,000, so a score times
 * 10,000 is the time for every pair. The policies are a seeded mix shaped like a cluster's: 750
 * namespaced Calico policies on an app (some also on a tier or role), 150 global ones (on a tier, a
 * label's presence, a namespace selector, a few on everything) and 100 Kubernetes policies on an
 * app; 20 namespaces, 60 apps, 3 tiers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Ten warm-ups: with three, on a loaded 2-core machine, the JIT was still compiling during the
// measured iterations (scores fell by 5x inside the window).
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PolicyIndexBenchmark {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] TIERS = {"web", "api", "db"};

  /** How many policies. */
  @Param({"1000"})
  public int policies;

  /** How many endpoints. */
  @Param({"10000"})
  public int endpoints;

  private PolicyIndex index;
  private List<WorkloadEndpoint> all;
  private int next;

  /** Creates the benchmark; JMH calls {@link #setup()}. */
  public PolicyIndexBenchmark() {}

  /** Generates the policies, namespaces and endpoints (seed 16) and builds the index. */
  @Setup
  public void setup() {
    SplittableRandom random = new SplittableRandom(16);
    ArrayNode resources = NODES.arrayNode();
    for (int n = 0; n < 20; n++) {
      ObjectNode ns = resource("v1", "Namespace", "ns" + n, null);
      ((ObjectNode) ns.get("metadata")).putObject("labels").put("team", "team" + (n % 5));
      resources.add(ns);
    }
    for (int i = 0; i < policies; i++) {
      resources.add(policy(random, i));
    }
    all = new ArrayList<>();
    for (int i = 0; i < endpoints; i++) {
      all.add(endpoint(random, i));
    }
    index = PolicyIndex.builder().addResources(resources).build();
    next = 0;
  }

  private static ObjectNode resource(String apiVersion, String kind, String name, String ns) {
    ObjectNode r = NODES.objectNode();
    r.put("apiVersion", apiVersion);
    r.put("kind", kind);
    ObjectNode meta = r.putObject("metadata");
    meta.put("name", name);
    if (ns != null) {
      meta.put("namespace", ns);
    }
    return r;
  }

  private static ObjectNode policy(SplittableRandom random, int i) {
    int pick = random.nextInt(20);
    String ns = "ns" + random.nextInt(20);
    String app = "app" + random.nextInt(60);
    if (pick < 2) {
      ObjectNode p = resource("networking.k8s.io/v1", "NetworkPolicy", "k" + i, ns);
      p.putObject("spec").putObject("podSelector").putObject("matchLabels").put("app", app);
      return p;
    }
    if (pick < 5) {
      ObjectNode p = resource("projectcalico.org/v3", "GlobalNetworkPolicy", "g" + i, null);
      ObjectNode spec = p.putObject("spec");
      spec.put("order", random.nextInt(1000));
      switch (random.nextInt(10)) {
        case 0:
          spec.put("selector", "all()");
          break;
        case 1:
        case 2:
          spec.put("selector", "has(monitoring)");
          break;
        case 3:
        case 4:
          spec.put("selector", "app == '" + app + "'");
          spec.put("namespaceSelector", "team == 'team" + random.nextInt(5) + "'");
          break;
        default:
          spec.put(
              "selector", "tier == '" + TIERS[random.nextInt(3)] + "' && app == '" + app + "'");
      }
      return p;
    }
    ObjectNode p = resource("projectcalico.org/v3", "NetworkPolicy", "p" + i, ns);
    ObjectNode spec = p.putObject("spec");
    if (random.nextInt(3) > 0) {
      spec.put("order", random.nextInt(1000));
    }
    switch (random.nextInt(4)) {
      case 0:
        spec.put("selector", "app == '" + app + "' && tier == '" + TIERS[random.nextInt(3)] + "'");
        break;
      case 1:
        spec.put(
            "selector", "app in {'" + app + "', 'app" + random.nextInt(60) + "'} && !has(canary)");
        break;
      default:
        spec.put("selector", "app == '" + app + "'");
    }
    return p;
  }

  private static WorkloadEndpoint endpoint(SplittableRandom random, int i) {
    String ns = "ns" + random.nextInt(20);
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app", "app" + random.nextInt(60));
    labels.put("tier", TIERS[random.nextInt(3)]);
    labels.put("pod-template-hash", Integer.toHexString(random.nextInt()));
    labels.put("version", "v" + random.nextInt(5));
    if (random.nextInt(4) == 0) {
      labels.put("monitoring", "true");
    }
    if (random.nextInt(10) == 0) {
      labels.put("canary", "true");
    }
    return WorkloadEndpoint.builder()
        .metadata(
            ObjectMeta.builder()
                .name("node-k8s-pod" + i + "-eth0")
                .namespace(ns)
                .putAllLabels(labels)
                .build())
        .spec(
            WorkloadEndpointSpec.builder()
                .orchestrator("k8s")
                .node("node")
                .pod("pod" + i)
                .endpoint("eth0")
                .addProfiles("kns." + ns)
                .build())
        .build();
  }

  /** The endpoints, in order (for tests). */
  List<WorkloadEndpoint> endpointList() {
    return all;
  }

  /** The index (for tests). */
  PolicyIndex index() {
    return index;
  }

  private WorkloadEndpoint nextEndpoint() {
    WorkloadEndpoint e = all.get(next);
    next = next + 1 == all.size() ? 0 : next + 1;
    return e;
  }

  /**
   * The policies of the next endpoint, through the label-restriction index.
   *
   * @return the policies
   */
  @Benchmark
  public List<AppliedPolicy> indexed() {
    return index.policiesFor(nextEndpoint());
  }

  /**
   * The policies of the next endpoint, evaluating every policy.
   *
   * @return the policies
   */
  @Benchmark
  public List<AppliedPolicy> allPairs() {
    return index.policiesForEvaluatingAll(nextEndpoint());
  }
}
