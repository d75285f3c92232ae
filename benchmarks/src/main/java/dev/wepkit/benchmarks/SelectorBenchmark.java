// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import dev.wepkit.policy.Selector;
import java.util.HashMap;
import java.util.Map;
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
 * Calico selectors: evaluating a parsed selector of 3 or 5 terms against an endpoint's 10 labels
 * (targets: under 100 ns), and parsing the selector text (under 2 µs). The labels match every term,
 * so evaluation never stops early; {@code evaluateMiss} fails on the last term.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SelectorBenchmark {
  /** Three terms. */
  public static final String THREE = "app == 'web' && tier in {'frontend', 'edge'} && !has(canary)";

  /** Five terms, with a prefix test and a pod-style namespace label. */
  public static final String FIVE =
      "projectcalico.org/namespace == 'payments' && app == 'web' && tier in {'frontend', 'edge'}"
          + " && env != 'dev' && version starts with 'v2'";

  /** Which selector: {@code three} or {@code five} terms. */
  @Param({"three", "five"})
  public String terms;

  private String text;
  private Selector selector;
  private Map<String, String> labels;
  private Map<String, String> miss;

  /** Creates the benchmark; JMH calls {@link #setup()}. */
  public SelectorBenchmark() {}

  /** Parses the selector and builds the 10-label endpoint. */
  @Setup
  public void setup() {
    text = terms.equals("three") ? THREE : FIVE;
    selector = Selector.parse(text);
    labels = new HashMap<>();
    labels.put("app", "web");
    labels.put("tier", "edge");
    labels.put("env", "prod");
    labels.put("version", "v2.3.1");
    labels.put("team", "payments");
    labels.put("pod-template-hash", "7d9f8c6b5");
    labels.put("app.kubernetes.io/name", "web");
    labels.put("projectcalico.org/namespace", "payments");
    labels.put("projectcalico.org/orchestrator", "k8s");
    labels.put("projectcalico.org/serviceaccount", "web");
    miss = new HashMap<>(labels);
    if (terms.equals("three")) {
      miss.put("canary", "true");
    } else {
      miss.put("version", "v1.0.0");
    }
    if (!selector.matches(labels) || selector.matches(miss)) {
      throw new IllegalStateException("the sample labels do not fit " + text);
    }
  }

  /**
   * Evaluates the parsed selector on labels that match every term.
   *
   * @return the match
   */
  @Benchmark
  public boolean evaluate() {
    return selector.matches(labels);
  }

  /**
   * Evaluates the parsed selector on labels that fail its last term.
   *
   * @return the match
   */
  @Benchmark
  public boolean evaluateMiss() {
    return selector.matches(miss);
  }

  /**
   * Parses the selector text (tokenize, parse, canonical form).
   *
   * @return the selector
   */
  @Benchmark
  public Selector parse() {
    return Selector.parse(text);
  }
}
