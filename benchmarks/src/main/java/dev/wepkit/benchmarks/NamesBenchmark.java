// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
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
 * Deriving and parsing a sample's name: Calico's rules (with their checks) against the naive {@code
 * String.join("-", part.replace("-", "--"))} and its reverse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class NamesBenchmark {
  /** The sample endpoint: {@code docs} or {@code large}. */
  @Param({Samples.DOCS, Samples.LARGE})
  public String sample;

  private WorkloadEndpointIdentifiers ids;
  private String[] parts;
  private String name;

  /** Creates the benchmark; JMH calls {@link #setup()}. */
  public NamesBenchmark() {}

  /** Takes the identifiers and name of the sample. */
  @Setup
  public void setup() {
    WorkloadEndpoint wep = WorkloadEndpointJson.create().read(Samples.json(sample));
    WorkloadEndpointSpec spec = wep.spec();
    ids = WorkloadEndpointIdentifiers.of(spec);
    // Both samples are k8s endpoints: node, orchestrator, pod, endpoint.
    parts = new String[] {spec.node(), spec.orchestrator(), spec.pod(), spec.endpoint()};
    name = wep.metadata().name();
  }

  /**
   * wepkit's derivation.
   *
   * @return the name
   */
  @Benchmark
  public String derive() {
    return WorkloadEndpointNames.derive(ids);
  }

  /**
   * The naive derivation.
   *
   * @return the name
   */
  @Benchmark
  public String naiveDerive() {
    return Peers.naiveDerive(parts);
  }

  /**
   * wepkit's parse.
   *
   * @return the identifiers
   */
  @Benchmark
  public WorkloadEndpointIdentifiers parse() {
    return WorkloadEndpointNames.parse(name);
  }

  /**
   * The naive split.
   *
   * @return the segments
   */
  @Benchmark
  public String[] naiveParse() {
    return Peers.naiveParse(name);
  }
}
