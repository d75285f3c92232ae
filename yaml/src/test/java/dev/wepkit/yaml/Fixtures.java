// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The fixture files copied from the shared reference set into {@code src/test/resources}. */
final class Fixtures {
  private Fixtures() {}

  /** Every fixture document (YAML and JSON), sorted by name. */
  static List<Path> all() {
    try (Stream<Path> files = Files.list(directory("/fixtures"))) {
      return files
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The legacy v1 documents (apiVersion v1, node and workload in metadata). */
  static boolean isV1(Path fixture) {
    return fixture.getFileName().toString().contains("-v1-");
  }

  static List<Path> v3() {
    return all().stream().filter(p -> !isV1(p)).collect(Collectors.toList());
  }

  static List<Path> v1() {
    return all().stream().filter(Fixtures::isV1).collect(Collectors.toList());
  }

  static Path path(String name) {
    return directory("/fixtures").resolve(name);
  }

  static String text(String name) {
    return text(path(name));
  }

  static String text(Path fixture) {
    try {
      return Files.readString(fixture, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text after the leading {@code #} provenance lines. */
  static String withoutComments(String text) {
    int start = 0;
    while (text.startsWith("#", start)) {
      start = text.indexOf('\n', start) + 1;
    }
    return text.substring(start);
  }

  static Path directory(String resource) {
    URL url = Fixtures.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("missing test resource " + resource);
    }
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
