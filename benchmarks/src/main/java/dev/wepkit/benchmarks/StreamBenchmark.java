// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import dev.wepkit.yaml.YamlLimits;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streaming a {@code WorkloadEndpointList} of {@value EndpointListGenerator#SIZE} generated
 * endpoints, one endpoint at a time. Scores are per endpoint ({@link OperationsPerInvocation}), so
 * endpoints per second is 10<sup>9</sup> divided by the score.
 *
 * <p>Peers: Jackson binding the POJO item by item from a parser positioned on {@code items} (as
 * streaming as Jackson gets), and for JSON fabric8, which has no streaming API and binds the whole
 * list. fabric8 cannot read the YAML list at all: its YAML parser (snakeyaml-engine) refuses any
 * document over 3 MB code points ({@code YamlEngineException: The incoming YAML document exceeds
 * the limit}), and the 10,000-item list is about 10 MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@OperationsPerInvocation(EndpointListGenerator.SIZE)
public class StreamBenchmark {
  private final WorkloadEndpointJson wepkitJson = WorkloadEndpointJson.create();
  // The list is one 10 MB document: lift the 10 M code point default, as for the Jackson peer.
  private final WorkloadEndpointYaml wepkitYaml =
      WorkloadEndpointYaml.builder()
          .limits(YamlLimits.builder().maxDocumentCodePoints(64 * 1024 * 1024).build())
          .build();
  // Tests use a shorter list; the scores assume SIZE items (OperationsPerInvocation).
  int size = EndpointListGenerator.SIZE;
  private byte[] listJson;
  private byte[] listYaml;

  /** Creates the benchmark; JMH calls {@link #setup()}. */
  public StreamBenchmark() {}

  /** Generates the list in both formats. */
  @Setup
  public void setup() {
    listJson = EndpointListGenerator.json(size, EndpointListGenerator.SEED);
    listYaml = EndpointListGenerator.yaml(size, EndpointListGenerator.SEED);
  }

  /**
   * wepkit's JSON stream.
   *
   * @param bh the sink for each endpoint
   * @return the number of endpoints
   */
  @Benchmark
  public long jsonWepkit(Blackhole bh) {
    try (Stream<WorkloadEndpoint> weps = wepkitJson.stream(new ByteArrayInputStream(listJson))) {
      return drain(weps.iterator(), bh);
    }
  }

  /**
   * Jackson binding the POJO item by item from JSON.
   *
   * @param bh the sink for each endpoint
   * @return the number of endpoints
   * @throws IOException never, for the generated list
   */
  @Benchmark
  public long jsonJacksonPojo(Blackhole bh) throws IOException {
    try (JsonParser parser = Peers.JSON.createParser(listJson)) {
      return bindItems(parser, Peers.JSON_POJO_READER, bh);
    }
  }

  /**
   * fabric8 binding the whole JSON list.
   *
   * @param bh the sink for each endpoint
   * @return the number of endpoints
   */
  @Benchmark
  public long jsonFabric8(Blackhole bh) {
    GenericKubernetesResourceList list =
        Peers.FABRIC8.unmarshal(
            new ByteArrayInputStream(listJson), GenericKubernetesResourceList.class);
    return drain(list.getItems().iterator(), bh);
  }

  /**
   * wepkit's YAML stream.
   *
   * @param bh the sink for each endpoint
   * @return the number of endpoints
   */
  @Benchmark
  public long yamlWepkit(Blackhole bh) {
    try (Stream<WorkloadEndpoint> weps = wepkitYaml.stream(new ByteArrayInputStream(listYaml))) {
      return drain(weps.iterator(), bh);
    }
  }

  /**
   * Jackson binding the POJO item by item from YAML.
   *
   * @param bh the sink for each endpoint
   * @return the number of endpoints
   * @throws IOException never, for the generated list
   */
  @Benchmark
  public long yamlJacksonPojo(Blackhole bh) throws IOException {
    try (JsonParser parser = Peers.YAML.createParser(listYaml)) {
      return bindItems(parser, Peers.YAML_POJO_READER, bh);
    }
  }

  private static long drain(Iterator<?> items, Blackhole bh) {
    long count = 0;
    while (items.hasNext()) {
      bh.consume(items.next());
      count++;
    }
    return count;
  }

  /** Moves to the list's {@code items} and binds each element on its own. */
  private static long bindItems(JsonParser parser, ObjectReader reader, Blackhole bh)
      throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("expected a list object");
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      boolean items = "items".equals(parser.currentName());
      JsonToken value = parser.nextToken();
      if (items && value == JsonToken.START_ARRAY) {
        long count = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          PojoWorkloadEndpoint item = reader.readValue(parser);
          bh.consume(item);
          count++;
        }
        return count;
      }
      parser.skipChildren();
    }
    throw new IOException("the list has no items");
  }
}
