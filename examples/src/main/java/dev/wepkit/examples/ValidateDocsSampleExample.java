// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.validation.ValidationResult;
import dev.wepkit.validation.Violation;
import dev.wepkit.validation.WorkloadEndpointValidator;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sample YAML of Calico's WorkloadEndpoint documentation, validates it with Calico's
 * rules and the identity check, and prints the report. The sample is valid, but it repeats the
 * {@code endpoint} key: lenient decoding warns and keeps the last value, while strict decoding
 * (what {@code calicoctl apply} does) rejects it.
 */
public final class ValidateDocsSampleExample {
  private ValidateDocsSampleExample() {}

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    String sample = resource("wep-calico-docs-1.yaml");

    List<DecodeWarning> warnings = new ArrayList<>();
    WorkloadEndpointYaml yaml =
        WorkloadEndpointYaml.builder().warningListener(warnings::add).build();
    WorkloadEndpoint wep = yaml.read(sample);
    warnings.forEach(w -> out.println("decode warning: " + w));
    // The unquoted 25-digit containerID is kept as written, not rounded to a double.
    out.println("containerID: " + wep.spec().containerID());

    WorkloadEndpointValidator validator =
        WorkloadEndpointValidator.builder().identityCheck(true).build();
    ValidationResult result = validator.validate(wep);
    out.println(wep.metadata().name() + ": " + (result.isValid() ? "valid" : "invalid"));
    for (Violation v : result.errors()) {
      out.println("  error " + v);
    }
    for (Violation v : result.warnings()) {
      out.println("  warning " + v);
    }

    try {
      WorkloadEndpointYaml.builder().mode(DecodeMode.STRICT).build().read(sample);
    } catch (WorkloadEndpointDecodeException e) {
      out.println("strict: " + e.getMessage());
    }
  }

  private static String resource(String name) {
    try (InputStream in = ValidateDocsSampleExample.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
