// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The single-endpoint benchmark inputs, loaded from {@code src/main/resources/samples}.
 *
 * <p>{@value #DOCS} is the sample of Calico's WorkloadEndpoint reference page made a valid
 * document; {@value #LARGE} is a realistic busy Kubernetes pod (40 labels, 12 annotations, 20
 * ports, 8 NATs, IPv4 and IPv6 networks, QoS controls). Each exists as JSON and as YAML holding the
 * same data, so every codec of a benchmark reads the same bytes.
 */
public final class Samples {
  /** The Calico documentation's sample endpoint. */
  public static final String DOCS = "docs";

  /** A large realistic endpoint. */
  public static final String LARGE = "large";

  /** Every sample, in the order the results table shows them. */
  public static final List<String> ALL = List.of(DOCS, LARGE);

  private Samples() {}

  /**
   * Returns a sample as UTF-8 JSON bytes.
   *
   * @param sample {@value #DOCS} or {@value #LARGE}
   * @return a fresh copy of the bytes
   * @throws IllegalArgumentException for an unknown sample
   */
  public static byte[] json(String sample) {
    return resource("/samples/" + check(sample) + ".json");
  }

  /**
   * Returns a sample as YAML text.
   *
   * @param sample {@value #DOCS} or {@value #LARGE}
   * @return the text
   * @throws IllegalArgumentException for an unknown sample
   */
  public static String yaml(String sample) {
    return new String(resource("/samples/" + check(sample) + ".yaml"), StandardCharsets.UTF_8);
  }

  private static String check(String sample) {
    if (!ALL.contains(sample)) {
      throw new IllegalArgumentException("unknown sample: " + sample + "; use one of " + ALL);
    }
    return sample;
  }

  private static byte[] resource(String path) {
    try (InputStream in = Samples.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
