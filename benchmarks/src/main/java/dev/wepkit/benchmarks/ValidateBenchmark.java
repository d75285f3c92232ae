// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.validation.ValidationResult;
import dev.wepkit.validation.WorkloadEndpointValidator;
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
 * Validating an already decoded endpoint with Calico's rules. Both samples are valid, so every rule
 * runs to the end; the results table compares this with decoding the same sample.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ValidateBenchmark {
  /** The sample endpoint: {@code docs} or {@code large}. */
  @Param({Samples.DOCS, Samples.LARGE})
  public String sample;

  private final WorkloadEndpointValidator validator = WorkloadEndpointValidator.create();
  private WorkloadEndpoint wep;

  /** Creates the benchmark; JMH calls {@link #setup()}. */
  public ValidateBenchmark() {}

  /** Decodes the sample. */
  @Setup
  public void setup() {
    wep = WorkloadEndpointJson.create().read(Samples.json(sample));
  }

  /**
   * wepkit's validator.
   *
   * @return the result
   */
  @Benchmark
  public ValidationResult wepkit() {
    return validator.validate(wep);
  }
}
