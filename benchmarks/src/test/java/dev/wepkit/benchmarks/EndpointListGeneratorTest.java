// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointListGeneratorTest {

  @Test
  void sameSeedGivesSameBytesAndAnotherSeedDoesNot() {
    assertThat(EndpointListGenerator.json(50, 7)).isEqualTo(EndpointListGenerator.json(50, 7));
    assertThat(EndpointListGenerator.yaml(50, 7)).isEqualTo(EndpointListGenerator.yaml(50, 7));
    assertThat(EndpointListGenerator.json(50, 7)).isNotEqualTo(EndpointListGenerator.json(50, 8));
  }

  @Test
  void jsonAndYamlHoldTheSameTree() throws IOException {
    JsonNode json = Peers.JSON.readTree(EndpointListGenerator.json(200, 1));
    JsonNode yaml = Peers.YAML.readTree(EndpointListGenerator.yaml(200, 1));
    assertThat(yaml).isEqualTo(json);
    assertThat(json.path("kind").asText()).isEqualTo("WorkloadEndpointList");
    assertThat(json.path("items").size()).isEqualTo(200);
  }

  @Test
  void itemsAreNamedByCalicosRule() {
    List<WorkloadEndpoint> items =
        WorkloadEndpointJson.create()
            .readList(
                new String(
                    EndpointListGenerator.json(200, 1), java.nio.charset.StandardCharsets.UTF_8))
            .items();
    assertThat(items).hasSize(200);
    for (WorkloadEndpoint wep : items) {
      assertThat(wep.metadata().name())
          .isEqualTo(WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(wep.spec())));
      assertThat(wep.spec().ipNetworks()).isNotEmpty();
      assertThat(wep.spec().interfaceName()).hasSize(15);
    }
  }
}
