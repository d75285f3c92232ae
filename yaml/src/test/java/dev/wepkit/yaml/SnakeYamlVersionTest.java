// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The SnakeYAML on the class path (the {@code snakeyaml.version} the parent pom manages, since this
 * module uses SnakeYAML's events directly) is the one jackson-dataformat-yaml declares: a Jackson
 * upgrade that brings another SnakeYAML fails here until the property follows it.
 */
class SnakeYamlVersionTest {
  private static InputStream resource(String name) {
    InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
    assertThat(in).as(name + " on the class path").isNotNull();
    return in;
  }

  @Test
  void theManagedSnakeYamlIsTheOneJacksonDeclares() throws IOException {
    String jacksonPom;
    try (InputStream in =
        resource(
            "META-INF/maven/com.fasterxml.jackson.dataformat/jackson-dataformat-yaml/pom.xml")) {
      jacksonPom = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher declared =
        Pattern.compile("<artifactId>snakeyaml</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(jacksonPom);
    assertThat(declared.find()).as("Jackson's pom names a SnakeYAML version").isTrue();

    Properties onClassPath = new Properties();
    try (InputStream in = resource("META-INF/maven/org.yaml/snakeyaml/pom.properties")) {
      onClassPath.load(in);
    }
    assertThat(onClassPath.getProperty("version"))
        .as("snakeyaml.version in the parent pom")
        .isEqualTo(declared.group(1));
  }
}
