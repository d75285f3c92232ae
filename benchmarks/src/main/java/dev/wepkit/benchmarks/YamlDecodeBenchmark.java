// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
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
 * Decoding one endpoint from YAML text: wepkit against Jackson's YAML tree (the floor), Jackson
 * YAML binding the hand-written POJO, and fabric8's {@code GenericKubernetesResource}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class YamlDecodeBenchmark {
  /** The sample endpoint: {@code docs} or {@code large}. */
  @Param({Samples.DOCS, Samples.LARGE})
  public String sample;

  private final WorkloadEndpointYaml wepkitYaml = WorkloadEndpointYaml.create();
  private String yaml;

  /** Creates the benchmark; JMH calls {@link #setup()}. */
  public YamlDecodeBenchmark() {}

  /** Loads the sample. */
  @Setup
  public void setup() {
    yaml = Samples.yaml(sample);
  }

  /**
   * wepkit's typed decode.
   *
   * @return the endpoint
   */
  @Benchmark
  public WorkloadEndpoint wepkit() {
    return wepkitYaml.read(yaml);
  }

  /**
   * Jackson's untyped YAML tree, the floor.
   *
   * @return the tree
   * @throws IOException never, for valid input
   */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return Peers.YAML.readTree(yaml);
  }

  /**
   * Jackson YAML binding the hand-written POJO.
   *
   * @return the POJO
   * @throws IOException never, for valid input
   */
  @Benchmark
  public PojoWorkloadEndpoint jacksonPojo() throws IOException {
    return Peers.YAML_POJO_READER.readValue(yaml);
  }

  /**
   * fabric8's generic resource from YAML.
   *
   * @return the resource
   */
  @Benchmark
  public GenericKubernetesResource fabric8() {
    return Peers.FABRIC8.unmarshal(yaml, GenericKubernetesResource.class);
  }
}
