// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.internal.StringPairs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link PodView} a {@link PodReader} fills: one object, its maps and lists emptied and filled
 * again for each Pod of a list, so that reading a Pod copies nothing it has read. It must not be
 * kept past the next Pod; {@link PodTrees} hands out an immutable copy.
 */
final class ReusablePodView implements PodView {
  String namespace;
  String name;
  String uid;
  String resourceVersion;
  String creationTimestamp;
  String generateName;
  // Emptied, not dropped, for the next Pod: no entry objects per Pod (only the conversion's lookups
  // and one copying pass read them; Map's own put and remove are refused).
  final StringPairs labels = new StringPairs(8);
  final StringPairs annotations = new StringPairs(8);
  String deletionTimestamp;
  String nodeName;
  boolean hostNetwork;
  String serviceAccountName;
  List<ContainerView> containers;
  List<ContainerView> initContainers;
  String phase;
  String podIP;
  final List<String> podIPs = new ArrayList<>(2);

  private final List<String> podIPsView = Collections.unmodifiableList(podIPs);

  ReusablePodView() {
    clear();
  }

  /** Back to a Pod with no fields set. */
  void clear() {
    namespace = "";
    name = "";
    uid = "";
    resourceVersion = "";
    creationTimestamp = null;
    generateName = "";
    labels.clear();
    annotations.clear();
    deletionTimestamp = null;
    nodeName = "";
    hostNetwork = false;
    serviceAccountName = "";
    containers = List.of();
    initContainers = List.of();
    phase = "";
    podIP = "";
    podIPs.clear();
  }

  @Override
  public String namespace() {
    return namespace;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public String resourceVersion() {
    return resourceVersion;
  }

  @Override
  public Optional<String> creationTimestamp() {
    return Optional.ofNullable(creationTimestamp);
  }

  @Override
  public String generateName() {
    return generateName;
  }

  @Override
  public Map<String, String> labels() {
    return labels;
  }

  @Override
  public Map<String, String> annotations() {
    return annotations;
  }

  @Override
  public Optional<String> deletionTimestamp() {
    return Optional.ofNullable(deletionTimestamp);
  }

  @Override
  public String nodeName() {
    return nodeName;
  }

  @Override
  public boolean hostNetwork() {
    return hostNetwork;
  }

  @Override
  public String serviceAccountName() {
    return serviceAccountName;
  }

  @Override
  public List<ContainerView> containers() {
    return containers;
  }

  @Override
  public List<ContainerView> initContainers() {
    return initContainers;
  }

  @Override
  public String phase() {
    return phase;
  }

  @Override
  public String podIP() {
    return podIP;
  }

  @Override
  public List<String> podIPs() {
    return podIPsView;
  }
}
