// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

/**
 * JSON documents for the codec's tests, written out by hand so tests never depend on the writer.
 */
final class TestDocuments {
  private TestDocuments() {}

  /**
   * A WorkloadEndpoint resource with these metadata and spec members.
   *
   * @param metadata the members of {@code metadata}, without braces
   * @param spec the members of {@code spec}, without braces
   * @return the JSON text
   */
  static String wep(String metadata, String spec) {
    return "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\","
        + "\"metadata\":{"
        + metadata
        + "},\"spec\":{"
        + spec
        + "}}";
  }
}
