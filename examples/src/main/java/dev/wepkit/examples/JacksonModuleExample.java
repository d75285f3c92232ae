// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.json.WepkitModule;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Uses wepkit's Jackson module with an application's own {@code ObjectMapper}, so that
 * WorkloadEndpoints can sit inside the application's own JSON types and still follow Calico's wire
 * rules.
 */
public final class JacksonModuleExample {
  private JacksonModuleExample() {}

  /** An application type that carries endpoints among its own fields. */
  public static final class Inventory {
    /** The cluster the endpoints come from. */
    public String cluster;

    /** The endpoints, bound by the wepkit module. */
    public List<WorkloadEndpoint> endpoints;
  }

  /**
   * Runs the example.
   *
   * @param args unused
   */
  public static void main(String[] args) throws JsonProcessingException {
    run(System.out);
  }

  static void run(PrintStream out) throws JsonProcessingException {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new WepkitModule())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    String json =
        "{\"cluster\": \"prod-eu\", \"endpoints\": [{\"apiVersion\": \"projectcalico.org/v3\","
            + " \"kind\": \"WorkloadEndpoint\", \"metadata\": {\"name\":"
            + " \"node1-k8s-web-eth0\", \"namespace\": \"shop\"}, \"spec\": {\"node\": \"node1\","
            + " \"orchestrator\": \"k8s\", \"pod\": \"web\", \"endpoint\": \"eth0\","
            + " \"ports\": [{\"name\": \"http\", \"protocol\": \"tcp\", \"port\": 80}]}}]}";
    Inventory inventory = mapper.readValue(json, Inventory.class);
    WorkloadEndpoint wep = inventory.endpoints.get(0);
    out.println("cluster " + inventory.cluster + ": " + wep.metadata().name());
    // The model keeps what was on the wire: "tcp" stays "tcp", as it does in Calico's Go types.
    out.println("protocol: " + wep.spec().ports().get(0).protocol());
    // Written back in Go's field order, the port with all five of its fields.
    out.println(mapper.writeValueAsString(Map.of("endpoint", wep)));

    // Strict mode (calicoctl apply): an unknown field is an error with its path and position.
    ObjectMapper strict = new ObjectMapper().registerModule(new WepkitModule(DecodeMode.STRICT));
    try {
      strict.readValue(
          "{\"apiVersion\": \"projectcalico.org/v3\", \"kind\": \"WorkloadEndpoint\","
              + " \"spec\": {\"nodee\": \"node1\"}}",
          WorkloadEndpoint.class);
    } catch (JsonMappingException e) {
      WorkloadEndpointDecodeException cause = (WorkloadEndpointDecodeException) e.getCause();
      out.println("strict: " + cause.getMessage());
    }
  }
}
