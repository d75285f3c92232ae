// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The real WorkloadEndpoint documents in test-fixtures/fixtures, on the test class path. */
final class Fixtures {
  static final List<String> JSON =
      List.of(
          "wep-calicoctl-convert-2.json",
          "wep-libcalico-go-kdd-2.json",
          "wep-libcalico-go-status-1.json",
          "wep-networking-calico-1.json",
          "wep-networking-calico-2.json");

  private Fixtures() {}

  /**
   * The fixture's text without its leading '#' provenance lines (PROVENANCE.md says to strip them).
   */
  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      while (text.startsWith("#")) {
        text = text.substring(text.indexOf('\n') + 1);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
