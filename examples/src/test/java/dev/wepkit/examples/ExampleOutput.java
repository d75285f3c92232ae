// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what an example prints. */
final class ExampleOutput {
  /** An example's body, given where to print. */
  interface Body {
    void run(PrintStream out) throws Exception;
  }

  private ExampleOutput() {}

  static String of(Body body) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      body.run(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
