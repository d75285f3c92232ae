// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * Encoding one endpoint as YAML text: wepkit's model against the POJO with Jackson YAML and
 * fabric8's generic resource, each decoded from the same sample.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class YamlEncodeBenchmark {
  /** The sample endpoint: {@code docs} or {@code large}. */
  @Param({Samples.DOCS, Samples.LARGE})
  public String sample;

  private final WorkloadEndpointYaml wepkitYaml = WorkloadEndpointYaml.create();
  private WorkloadEndpoint wep;
  private PojoWorkloadEndpoint pojo;
  private GenericKubernetesResource generic;

  /** Creates the benchmark; JMH calls {@link #setup()}. */
  public YamlEncodeBenchmark() {}

  /**
   * Decodes the sample into each model.
   *
   * @throws IOException never, for the shipped samples
   */
  @Setup
  public void setup() throws IOException {
    YamlDecodeBenchmark decode = new YamlDecodeBenchmark();
    decode.sample = sample;
    decode.setup();
    wep = decode.wepkit();
    pojo = decode.jacksonPojo();
    generic = decode.fabric8();
  }

  /**
   * wepkit's YAML writer.
   *
   * @return the YAML text
   */
  @Benchmark
  public String wepkit() {
    return wepkitYaml.write(wep);
  }

  /**
   * Jackson YAML writing the POJO.
   *
   * @return the YAML text
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String jacksonPojo() throws JsonProcessingException {
    return Peers.YAML_POJO_WRITER.writeValueAsString(pojo);
  }

  /**
   * fabric8 writing the generic resource.
   *
   * @return the YAML text
   */
  @Benchmark
  public String fabric8() {
    return Peers.FABRIC8.asYaml(generic);
  }
}
