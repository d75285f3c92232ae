// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodIP;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link PodView}s read straight from fabric8 kubernetes-client's {@link Pod} objects, field by
 * field, with no JSON in between.
 *
 * <p>The result is the view {@link PodViews} gives for the same Pod's JSON: unset (Java {@code
 * null}) strings, lists, maps and flags read as empty, {@code false} or 0, a {@code null} list
 * entry reads as an empty object (as Go decodes {@code null} into a struct), and a {@code null}
 * label or annotation value reads as {@code ""}.
 *
 * <pre>{@code
 * Pod pod = client.pods().inNamespace("default").withName("nginx").get();
 * Optional<WorkloadEndpoint> wep =
 *     PodConversion.create().toWorkloadEndpoint(Fabric8PodViews.of(pod));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Fabric8PodViews {
  private static final ContainerPort NO_PORT = new ContainerPort();
  private static final Container NO_CONTAINER = new Container();

  private Fabric8PodViews() {}

  /**
   * Reads the Calico-relevant fields of a fabric8 Pod.
   *
   * @param pod the Pod
   * @return its view
   * @throws PodConversionException for a creation or deletion timestamp that is not RFC 3339, as
   *     {@link PodView#fromTree} does
   */
  public static PodView of(Pod pod) {
    Objects.requireNonNull(pod, "pod");
    ImmutablePodView.Builder out = PodView.builder();
    ObjectMeta meta = pod.getMetadata();
    if (meta != null) {
      out.namespace(text(meta.getNamespace()))
          .name(text(meta.getName()))
          .uid(text(meta.getUid()))
          .resourceVersion(text(meta.getResourceVersion()))
          .generateName(text(meta.getGenerateName()))
          .creationTimestamp(Optional.ofNullable(meta.getCreationTimestamp()))
          .deletionTimestamp(Optional.ofNullable(meta.getDeletionTimestamp()))
          .labels(strings(meta.getLabels()))
          .annotations(strings(meta.getAnnotations()));
    }
    PodSpec spec = pod.getSpec();
    if (spec != null) {
      out.nodeName(text(spec.getNodeName()))
          .hostNetwork(Boolean.TRUE.equals(spec.getHostNetwork()))
          .serviceAccountName(text(spec.getServiceAccountName()))
          .containers(containers(spec.getContainers()))
          .initContainers(containers(spec.getInitContainers()));
    }
    PodStatus status = pod.getStatus();
    if (status != null) {
      out.phase(text(status.getPhase())).podIP(text(status.getPodIP()));
      if (status.getPodIPs() != null) {
        for (PodIP ip : status.getPodIPs()) {
          out.addPodIP(ip == null ? "" : text(ip.getIp()));
        }
      }
    }
    return out.build();
  }

  /**
   * Reads several Pods, in order.
   *
   * @param pods the Pods
   * @return their views (unmodifiable)
   * @throws PodConversionException as {@link #of(Pod)}
   */
  public static List<PodView> ofAll(Iterable<Pod> pods) {
    Objects.requireNonNull(pods, "pods");
    List<PodView> out = new ArrayList<>();
    for (Pod pod : pods) {
      out.add(of(pod));
    }
    return Collections.unmodifiableList(out);
  }

  private static List<ContainerView> containers(List<Container> containers) {
    if (containers == null || containers.isEmpty()) {
      return Collections.emptyList();
    }
    List<ContainerView> out = new ArrayList<>(containers.size());
    for (Container given : containers) {
      Container container = given == null ? NO_CONTAINER : given;
      ImmutableContainerView.Builder view = ContainerView.builder().name(text(container.getName()));
      if (container.getPorts() != null) {
        for (ContainerPort givenPort : container.getPorts()) {
          ContainerPort port = givenPort == null ? NO_PORT : givenPort;
          view.addPort(
              ContainerPortView.builder()
                  .name(text(port.getName()))
                  .containerPort(number(port.getContainerPort()))
                  .hostPort(number(port.getHostPort()))
                  .hostIP(text(port.getHostIP()))
                  .protocol(text(port.getProtocol()))
                  .build());
        }
      }
      out.add(view.build());
    }
    return out;
  }

  private static Map<String, String> strings(Map<String, String> map) {
    if (map == null || map.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, String> out = new LinkedHashMap<>(map.size() * 2);
    for (Map.Entry<String, String> entry : map.entrySet()) {
      out.put(entry.getKey(), text(entry.getValue()));
    }
    return out;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static int number(Integer value) {
    return value == null ? 0 : value;
  }
}
