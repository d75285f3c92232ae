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
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link PodView} that reads a fabric8 {@link Pod} in place: the one home of the mapping from
 * fabric8's fields to the view's, used both for the immutable copy ({@link Fabric8PodViews#of}) and
 * for converting without one ({@link Fabric8PodViews#inPlace}).
 *
 * <p>Unset (Java {@code null}) strings, lists, maps and flags read as empty, {@code false} or 0, a
 * {@code null} list entry as an empty object (as Go decodes {@code null} into a struct), a {@code
 * null} label or annotation value as {@code ""}. Maps without a {@code null} value are not copied,
 * only wrapped, which is why this view must not outlive a change to the Pod.
 */
final class Fabric8PodView implements PodView {
  private static final ContainerPort NO_PORT = new ContainerPort();
  private static final Container NO_CONTAINER = new Container();
  private static final ObjectMeta NO_META = new ObjectMeta();
  private static final PodSpec NO_SPEC = new PodSpec();
  private static final PodStatus NO_STATUS = new PodStatus();

  private final ObjectMeta meta;
  private final PodSpec spec;
  private final PodStatus status;
  private final Map<String, String> labels;
  private final Map<String, String> annotations;

  /**
   * Reads the Pod.
   *
   * @throws PodConversionException for a creation or deletion timestamp that is not RFC 3339, as
   *     the immutable view refuses it
   */
  Fabric8PodView(Pod pod) {
    this.meta = pod.getMetadata() == null ? NO_META : pod.getMetadata();
    this.spec = pod.getSpec() == null ? NO_SPEC : pod.getSpec();
    this.status = pod.getStatus() == null ? NO_STATUS : pod.getStatus();
    this.labels = strings(meta.getLabels(), "metadata.labels");
    this.annotations = strings(meta.getAnnotations(), "metadata.annotations");
    checkTimestamps();
  }

  @Override
  public String namespace() {
    return text(meta.getNamespace());
  }

  @Override
  public String name() {
    return text(meta.getName());
  }

  @Override
  public String uid() {
    return text(meta.getUid());
  }

  @Override
  public String resourceVersion() {
    return text(meta.getResourceVersion());
  }

  @Override
  public Optional<String> creationTimestamp() {
    return Optional.ofNullable(meta.getCreationTimestamp());
  }

  @Override
  public String generateName() {
    return text(meta.getGenerateName());
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
    return Optional.ofNullable(meta.getDeletionTimestamp());
  }

  @Override
  public String nodeName() {
    return text(spec.getNodeName());
  }

  @Override
  public boolean hostNetwork() {
    return Boolean.TRUE.equals(spec.getHostNetwork());
  }

  @Override
  public String serviceAccountName() {
    return text(spec.getServiceAccountName());
  }

  @Override
  public List<ContainerView> containers() {
    return containers(spec.getContainers());
  }

  @Override
  public List<ContainerView> initContainers() {
    return containers(spec.getInitContainers());
  }

  @Override
  public String phase() {
    return text(status.getPhase());
  }

  @Override
  public String podIP() {
    return text(status.getPodIP());
  }

  @Override
  public List<String> podIPs() {
    List<PodIP> ips = status.getPodIPs();
    if (ips == null || ips.isEmpty()) {
      return Collections.emptyList();
    }
    if (ips.size() == 1) {
      PodIP ip = ips.get(0);
      return Collections.singletonList(ip == null ? "" : text(ip.getIp()));
    }
    List<String> out = new ArrayList<>(ips.size());
    for (PodIP ip : ips) {
      out.add(ip == null ? "" : text(ip.getIp()));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "Fabric8PodView{" + namespace() + "/" + name() + "}";
  }

  private static List<ContainerView> containers(List<Container> containers) {
    return inPlace(containers, NO_CONTAINER, InPlaceContainer::new);
  }

  /**
   * A list that reads each element of {@code list} as a view when it is read ({@code null} as
   * {@code empty}, as Go decodes {@code null} into a struct).
   */
  private static <F, T> List<T> inPlace(List<F> list, F empty, Function<F, T> view) {
    if (list == null || list.isEmpty()) {
      return Collections.emptyList();
    }
    return new AbstractList<T>() {
      @Override
      public T get(int index) {
        F element = list.get(index);
        return view.apply(element == null ? empty : element);
      }

      @Override
      public int size() {
        return list.size();
      }
    };
  }

  /** A container read in place. */
  private static final class InPlaceContainer implements ContainerView {
    private final Container container;

    InPlaceContainer(Container container) {
      this.container = container;
    }

    @Override
    public String name() {
      return text(container.getName());
    }

    @Override
    public List<ContainerPortView> ports() {
      return inPlace(container.getPorts(), NO_PORT, InPlacePort::new);
    }
  }

  /** A container port read in place. */
  private static final class InPlacePort implements ContainerPortView {
    private final ContainerPort port;

    InPlacePort(ContainerPort port) {
      this.port = port;
    }

    @Override
    public String name() {
      return text(port.getName());
    }

    @Override
    public int containerPort() {
      return number(port.getContainerPort());
    }

    @Override
    public int hostPort() {
      return number(port.getHostPort());
    }

    @Override
    public String hostIP() {
      return text(port.getHostIP());
    }

    @Override
    public String protocol() {
      return text(port.getProtocol());
    }
  }

  /**
   * The map itself when it has no {@code null} value (the usual case), else a copy with "".
   *
   * @throws PodConversionException for a {@code null} key, which no manifest can hold
   */
  private static Map<String, String> strings(Map<String, String> map, String field) {
    if (map == null || map.isEmpty()) {
      return Collections.emptyMap();
    }
    boolean nullValue;
    if (map instanceof HashMap) {
      // What fabric8 decodes into (a LinkedHashMap): both questions answered without allocating,
      // where the loop below makes an iterator per map, two maps per Pod of a list.
      if (map.containsKey(null)) {
        throw new PodConversionException(field, "a key is null (Java null, not a string)");
      }
      nullValue = map.containsValue(null);
    } else {
      // One pass instead of containsKey/containsValue(null), which Map.of's maps refuse.
      nullValue = false;
      for (Map.Entry<String, String> entry : map.entrySet()) {
        if (entry.getKey() == null) {
          throw new PodConversionException(field, "a key is null (Java null, not a string)");
        }
        nullValue |= entry.getValue() == null;
      }
    }
    if (!nullValue) {
      return Collections.unmodifiableMap(map);
    }
    Map<String, String> out = new LinkedHashMap<>(map.size() * 2);
    for (Map.Entry<String, String> entry : map.entrySet()) {
      out.put(entry.getKey(), text(entry.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static int number(Integer value) {
    return value == null ? 0 : value;
  }
}
