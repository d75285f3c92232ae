// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WepkitModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new WepkitModule());

  @Test
  void bindsEndpointsWithAUsersMapper() throws Exception {
    String text = Fixtures.text("wep-networking-calico-1.json");
    WorkloadEndpoint wep = mapper.readValue(text, WorkloadEndpoint.class);
    assertThat(wep).isEqualTo(WorkloadEndpointJson.create().read(text));
    assertThat(mapper.writeValueAsString(wep)).isEqualTo(WorkloadEndpointJson.create().write(wep));
  }

  @Test
  void worksInsideUserTypes() throws Exception {
    WorkloadEndpoint wep =
        WorkloadEndpointJson.create().read(Fixtures.text("wep-calicoctl-convert-2.json"));
    String text = mapper.writeValueAsString(Map.of("endpoints", List.of(wep)));
    Holder holder = mapper.readValue(text, Holder.class);
    assertThat(holder.endpoints).containsExactly(wep);
    WorkloadEndpointList list = WorkloadEndpointList.of(List.of(wep));
    assertThat(mapper.readValue(mapper.writeValueAsString(list), WorkloadEndpointList.class))
        .isEqualTo(list);
  }

  @Test
  void strictModeFailuresAreJacksonExceptionsCarryingOurs() {
    ObjectMapper strict = new ObjectMapper().registerModule(new WepkitModule(DecodeMode.STRICT));
    assertThatThrownBy(
            () ->
                strict.readValue(
                    Fixtures.text("wep-networking-calico-1.json"), WorkloadEndpoint.class))
        .isInstanceOf(JsonMappingException.class)
        .hasCauseInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining("spec.allowedIps");
  }

  /** A user's own type that holds endpoints. */
  static final class Holder {
    public List<WorkloadEndpoint> endpoints;
  }
}
