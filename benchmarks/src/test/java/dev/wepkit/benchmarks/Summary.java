// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.WorkloadEndpoint;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import java.util.Map;

/** What every codec of a benchmark must have read from the same input, whatever its model. */
record Summary(
    String name,
    String namespace,
    String node,
    int labels,
    int annotations,
    int networks,
    int nats,
    int ports,
    String lastPortName,
    boolean qos) {

  static Summary of(WorkloadEndpoint wep) {
    var spec = wep.spec();
    return new Summary(
        wep.metadata().name(),
        wep.metadata().namespace(),
        spec.node(),
        wep.metadata().labels().size(),
        wep.metadata().annotations().size(),
        spec.ipNetworks().size(),
        spec.ipNATs().size(),
        spec.ports().size(),
        spec.ports().isEmpty() ? "" : spec.ports().get(spec.ports().size() - 1).name(),
        spec.qosControls().isPresent());
  }

  static Summary of(JsonNode tree) {
    JsonNode meta = tree.path("metadata");
    JsonNode spec = tree.path("spec");
    JsonNode ports = spec.path("ports");
    return new Summary(
        meta.path("name").asText(),
        meta.path("namespace").asText(),
        spec.path("node").asText(),
        meta.path("labels").size(),
        meta.path("annotations").size(),
        spec.path("ipNetworks").size(),
        spec.path("ipNATs").size(),
        ports.size(),
        ports.size() == 0 ? "" : ports.get(ports.size() - 1).path("name").asText(),
        spec.has("qosControls"));
  }

  static Summary of(PojoWorkloadEndpoint pojo) {
    var spec = pojo.spec;
    return new Summary(
        pojo.metadata.name,
        pojo.metadata.namespace,
        spec.node,
        size(pojo.metadata.labels),
        size(pojo.metadata.annotations),
        size(spec.ipNetworks),
        size(spec.ipNATs),
        size(spec.ports),
        spec.ports == null ? "" : spec.ports.get(spec.ports.size() - 1).name,
        spec.qosControls != null);
  }

  static Summary of(GenericKubernetesResource resource) {
    Map<?, ?> spec = (Map<?, ?>) resource.getAdditionalProperties().get("spec");
    List<?> ports = (List<?>) spec.get("ports");
    return new Summary(
        resource.getMetadata().getName(),
        resource.getMetadata().getNamespace(),
        (String) spec.get("node"),
        size(resource.getMetadata().getLabels()),
        size(resource.getMetadata().getAnnotations()),
        size((List<?>) spec.get("ipNetworks")),
        size((List<?>) spec.get("ipNATs")),
        size(ports),
        ports == null ? "" : (String) ((Map<?, ?>) ports.get(ports.size() - 1)).get("name"),
        spec.containsKey("qosControls"));
  }

  private static int size(Map<?, ?> map) {
    return map == null ? 0 : map.size();
  }

  private static int size(List<?> list) {
    return list == null ? 0 : list.size();
  }
}
