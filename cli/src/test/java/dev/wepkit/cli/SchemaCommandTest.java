// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.wepkit.codec.WorkloadEndpointSchema;
import org.junit.jupiter.api.Test;

/** {@code wepkit schema} prints the schema the core jar ships, and nothing else. */
class SchemaCommandTest {
  @Test
  void printsTheSchemaOfTheCoreJar() throws Exception {
    CliRun run = CliRun.run("schema");
    assertThat(run.exit).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).isEqualTo(WorkloadEndpointSchema.json()).endsWith("}\n");
    JsonNode schema = new JsonMapper().readTree(run.out);
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText()).isEqualTo(WorkloadEndpointSchema.uri().toString());
    assertThat(
            schema.at("/$defs/WorkloadEndpointSpec/properties/interfaceName/description").asText())
        .contains("Host-side interface name");
  }

  @Test
  void explainsItselfAndItsExitCodes() {
    CliRun run = CliRun.run("schema", "--help");
    assertThat(run.exit).isZero();
    assertThat(run.out)
        .contains("Usage: wepkit schema")
        .contains("yaml-language-server: $schema=")
        .contains("Exit codes:");
    assertThat(CliRun.run("--help").out).containsPattern("(?m)^  schema +\\S");
  }

  @Test
  void takesNoArguments() {
    CliRun run = CliRun.run("schema", "wep.yaml");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo(
            "wepkit schema: Unmatched argument at index 1: 'wep.yaml' (see 'wepkit schema --help')\n");
  }
}
