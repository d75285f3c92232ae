// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.json.WorkloadEndpointJson;
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
 * Encoding one endpoint as compact JSON text: wepkit's model against the POJO with Jackson and
 * fabric8's generic resource, each decoded from the same sample bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonEncodeBenchmark {
  /** The sample endpoint: {@code docs} or {@code large}. */
  @Param({Samples.DOCS, Samples.LARGE})
  public String sample;

  private final WorkloadEndpointJson wepkitJson = WorkloadEndpointJson.create();
  private WorkloadEndpoint wep;
  private PojoWorkloadEndpoint pojo;
  private GenericKubernetesResource generic;

  /** Creates the benchmark; JMH calls {@link #setup()}. */
  public JsonEncodeBenchmark() {}

  /**
   * Decodes the sample into each model.
   *
   * @throws IOException never, for the shipped samples
   */
  @Setup
  public void setup() throws IOException {
    JsonDecodeBenchmark decode = new JsonDecodeBenchmark();
    decode.sample = sample;
    decode.setup();
    wep = decode.wepkit();
    pojo = decode.jacksonPojo();
    generic = decode.fabric8();
  }

  /**
   * wepkit's writer, in Go's field order.
   *
   * @return the JSON text
   */
  @Benchmark
  public String wepkit() {
    return wepkitJson.write(wep);
  }

  /**
   * Jackson writing the POJO.
   *
   * @return the JSON text
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String jacksonPojo() throws JsonProcessingException {
    return Peers.JSON_POJO_WRITER.writeValueAsString(pojo);
  }

  /**
   * Jackson writing the POJO with its maps sorted by key: byte for byte wepkit's output.
   *
   * @return the JSON text
   * @throws JsonProcessingException never
   */
  @Benchmark
  public String jacksonPojoSortedMaps() throws JsonProcessingException {
    return Peers.JSON_POJO_SORTED_WRITER.writeValueAsString(pojo);
  }

  /**
   * fabric8 writing the generic resource.
   *
   * @return the JSON text
   */
  @Benchmark
  public String fabric8() {
    return Peers.FABRIC8.asJson(generic);
  }
}
