// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.testing.GenContext;
import dev.wepkit.testing.MutatedEndpoint;
import dev.wepkit.testing.WorkloadEndpointGenerators;
import dev.wepkit.validation.ValidationResult;
import dev.wepkit.validation.Violation;
import dev.wepkit.validation.WorkloadEndpointValidator;
import java.io.PrintStream;

/**
 * Generates random endpoints with the seeded generators of {@code wepkit-testing}, the way a test
 * of code built on wepkit would: valid ones that every rule accepts, and mutated ones that break
 * exactly one rule and say which. The same seed always gives the same endpoints.
 */
public final class RandomEndpointsExample {
  private RandomEndpointsExample() {}

  /**
   * Runs the example.
   *
   * @param args an optional seed (default 42)
   */
  public static void main(String[] args) {
    run(System.out, args.length > 0 ? Long.parseLong(args[0]) : 42L);
  }

  static void run(PrintStream out, long seed) {
    WorkloadEndpointValidator validator = WorkloadEndpointValidator.create();
    GenContext ctx = GenContext.of(seed);

    int valid = 0;
    for (int i = 0; i < 200; i++) {
      WorkloadEndpoint wep = WorkloadEndpointGenerators.validEndpoints().generate(ctx);
      if (validator.validate(wep).isValid()) {
        valid++;
      }
    }
    out.println("valid endpoints accepted: " + valid + " of 200");

    WorkloadEndpoint sample = WorkloadEndpointGenerators.validEndpoints().sample(seed);
    out.println(
        "sample "
            + sample.metadata().name()
            + ": "
            + WorkloadEndpointJson.create().write(sample).length()
            + " bytes of JSON");

    // A mutation breaks one rule; the validator reports it at the path the generator names.
    MutatedEndpoint mutated = WorkloadEndpointGenerators.mutatedEndpoints().generate(ctx);
    ValidationResult result = validator.validate(mutated.endpoint());
    boolean found = false;
    for (Violation v : result.errors()) {
      if (v.path().equals(mutated.expectedPath())
          && v.type().jsonName().equals(mutated.expectedType())) {
        found = true;
      }
    }
    out.println(
        "mutation "
            + mutated.mutation()
            + ": expected "
            + mutated.expectedType()
            + " at "
            + mutated.expectedPath()
            + ", reported: "
            + found);
  }
}
