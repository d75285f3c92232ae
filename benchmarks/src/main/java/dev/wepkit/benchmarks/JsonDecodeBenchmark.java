// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.validation.ValidationResult;
import dev.wepkit.validation.WorkloadEndpointValidator;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.ByteArrayInputStream;
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
 * Decoding one endpoint from JSON bytes: wepkit (alone and followed by validation) against
 * Jackson's tree (the floor), Jackson binding a hand-written POJO, and fabric8's {@code
 * GenericKubernetesResource}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonDecodeBenchmark {
  /** The sample endpoint: {@code docs} or {@code large}. */
  @Param({Samples.DOCS, Samples.LARGE})
  public String sample;

  private final WorkloadEndpointJson wepkitJson = WorkloadEndpointJson.create();
  private final WorkloadEndpointValidator validator = WorkloadEndpointValidator.create();
  private byte[] json;

  /** Creates the benchmark; JMH calls {@link #setup()}. */
  public JsonDecodeBenchmark() {}

  /** Loads the sample. */
  @Setup
  public void setup() {
    json = Samples.json(sample);
  }

  /**
   * wepkit's typed decode.
   *
   * @return the endpoint
   */
  @Benchmark
  public WorkloadEndpoint wepkit() {
    return wepkitJson.read(json);
  }

  /**
   * wepkit's typed decode followed by Calico's validation, what an admission path does.
   *
   * @return the validation result
   */
  @Benchmark
  public ValidationResult wepkitValidate() {
    return validator.validate(wepkitJson.read(json));
  }

  /**
   * Jackson's untyped tree, the floor.
   *
   * @return the tree
   * @throws IOException never, for valid input
   */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return Peers.JSON.readTree(json);
  }

  /**
   * Jackson binding the hand-written POJO.
   *
   * @return the POJO
   * @throws IOException never, for valid input
   */
  @Benchmark
  public PojoWorkloadEndpoint jacksonPojo() throws IOException {
    return Peers.JSON_POJO_READER.readValue(json);
  }

  /**
   * fabric8's generic resource; its API takes a stream, so the same bytes are wrapped in one.
   *
   * @return the resource
   */
  @Benchmark
  public GenericKubernetesResource fabric8() {
    return Peers.FABRIC8.unmarshal(new ByteArrayInputStream(json), GenericKubernetesResource.class);
  }
}
