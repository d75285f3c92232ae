// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ImmutableWorkloadEndpoint;
import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.ListMeta;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.internal.GoNetwork;
import dev.wepkit.internal.StringPairs;
import dev.wepkit.names.CalicoProfiles;
import dev.wepkit.names.InterfaceNames;
import dev.wepkit.names.NameDerivationException;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Derives a Pod's WorkloadEndpoint exactly as Calico's Kubernetes datastore driver does
 * (libcalico-go's {@code podToDefaultWorkloadEndpoint}), so that the result equals what {@code
 * calicoctl get workloadendpoint} shows for the Pod on a KDD cluster.
 *
 * <p>The endpoint is named {@code <node>-k8s-<pod>-eth0}; it carries the Pod's labels plus Calico's
 * {@code projectcalico.org/*} labels, the {@code kns.}/{@code ksa.} profiles, the host-side
 * interface name, the Pod's IPs, NATs from {@code cni.projectcalico.org/floatingIPs}, spoofable
 * prefixes from {@code cni.projectcalico.org/allowedSourcePrefixes} and the named or host-mapped
 * container ports, and the QoS controls of the {@code qos.projectcalico.org/*} and {@code
 * kubernetes.io/*-bandwidth} annotations (clamped to Calico's ranges; a QoS value Calico cannot
 * parse is left unset, never an error). Host-networked Pods have no endpoint.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * PodConversion conversion = PodConversion.builder()
 *     .felixInterfacePrefix(System.getenv("FELIX_INTERFACEPREFIX"))
 *     .build();
 * Optional<WorkloadEndpoint> wep = conversion.toWorkloadEndpoint(PodView.fromJson(json));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PodConversion {
  /** The orchestrator of every Kubernetes WorkloadEndpoint. */
  public static final String ORCHESTRATOR = "k8s";

  /** The in-pod interface of the default WorkloadEndpoint; always {@code eth0} in Calico OSS. */
  public static final String ENDPOINT = "eth0";

  private static final PodConversion DEFAULT = new PodConversion(InterfaceNames.DEFAULT_PREFIX);

  private final String interfacePrefix;

  private PodConversion(String interfacePrefix) {
    this.interfacePrefix = interfacePrefix;
  }

  /**
   * Returns the conversion with the default interface prefix, {@code cali}.
   *
   * @return the conversion
   */
  public static PodConversion create() {
    return DEFAULT;
  }

  /**
   * Returns a builder.
   *
   * @return a builder whose interface prefix starts as {@code cali}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The prefix of host-side interface names.
   *
   * @return the prefix, {@code cali} unless configured
   */
  public String interfacePrefix() {
    return interfacePrefix;
  }

  /**
   * Derives the Pod's WorkloadEndpoint.
   *
   * <p>A host-networked Pod has none. A finished Pod (phase {@code Succeeded}, {@code Failed} or
   * {@code Completed}, or being deleted with its {@code cni.projectcalico.org/podIP} or {@code
   * vpc.amazonaws.com/pod-ips} annotation set to {@code ""}) keeps its endpoint but without IPs,
   * since the IPs have been released. As in Calico, an empty entry in a list of IPs (a trailing
   * comma in an annotation, a {@code status.podIPs} entry without {@code ip}) is not an error: Go
   * reads it as the nil IP and the endpoint gets the network {@code <nil>}, which validation then
   * rejects.
   *
   * @param pod the Pod
   * @return the endpoint, or empty for a host-networked Pod
   * @throws PodConversionException when Calico's conversion fails: no {@code spec.nodeName}, a name
   *     segment that begins or ends with {@code -}, an IP that is neither an IP nor a CIDR, a
   *     malformed {@code floatingIPs} or {@code allowedSourcePrefixes} annotation, or a pod IP
   *     wider than one address when floating IPs are requested
   */
  public Optional<WorkloadEndpoint> toWorkloadEndpoint(PodView pod) {
    Objects.requireNonNull(pod, "pod");
    if (pod.hostNetwork()) {
      return Optional.empty();
    }
    return Optional.of(convert(pod, null));
  }

  /**
   * Derives the WorkloadEndpoints of several Pods, as Calico's datastore driver lists them: Pods
   * that are host-networked or not yet scheduled to a node are skipped.
   *
   * @param pods the Pods
   * @return their endpoints, in order (unmodifiable)
   * @throws PodConversionException for the first Pod whose conversion fails; {@link
   *     PodConversionException#pod()} names it
   */
  public List<WorkloadEndpoint> toWorkloadEndpoints(Iterable<PodView> pods) {
    Objects.requireNonNull(pods, "pods");
    // Nearly every Pod of a list has an endpoint: size the result once rather than grow it.
    List<WorkloadEndpoint> out =
        pods instanceof Collection
            ? new ArrayList<>(((Collection<PodView>) pods).size())
            : new ArrayList<>();
    Shared shared = new Shared();
    for (PodView pod : pods) {
      // Unscheduled Pods are not errors when listing.
      if (!isEndpoint(pod)) {
        continue;
      }
      out.add(convert(pod, shared));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Derives the WorkloadEndpoints of a PodList as the API server sends it, reading its JSON once:
   * each Pod is converted as soon as it has been read, and only the fields Calico reads are
   * materialised. Pods are filtered as {@link #toWorkloadEndpoints} filters them; a Pod that cannot
   * be converted goes to {@code skipped} (which may throw to stop) and the list goes on, as
   * Calico's list does. A Pod with a field of the wrong JSON type fails the whole list, as the
   * Kubernetes decoder fails it. For a list that arrives in pages, {@link #listReader()} derives
   * what the pages have in common once.
   *
   * <pre>{@code
   * try (InputStream in = Files.newInputStream(Path.of("pods.json"))) {
   *   WorkloadEndpointList weps = PodConversion.create().toWorkloadEndpointList(
   *       in, skipped -> System.err.println("skipped: " + skipped.getMessage()));
   * }
   * }</pre>
   *
   * @param podListJson a {@code PodList} (or a {@code kind: List} of Pods) as JSON; read to the end
   *     of the list, not closed
   * @param skipped receives each Pod that cannot be converted, its {@link
   *     PodConversionException#pod()} saying which
   * @return the endpoints in the order of the Pods, with the list's {@code resourceVersion} and
   *     {@code continue} token in its metadata
   * @throws PodConversionException when the content is not JSON (the line and column in the
   *     message), or not a PodList, or a Pod's field has the wrong type (its path, for example
   *     {@code items[3].spec.hostNetwork}), or what {@code skipped} throws
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public WorkloadEndpointList toWorkloadEndpointList(
      InputStream podListJson, Consumer<? super PodConversionException> skipped) {
    return listReader().read(podListJson, skipped);
  }

  /**
   * A reader for the pages of one list, each read as {@link #toWorkloadEndpointList} reads a list;
   * what the pages' Pods have in common (each node's part of the names, each namespace's and
   * service account's profiles, the container ports) is derived once for all of them. This is how
   * {@link WorkloadEndpointClient} reads the pages of each list it asks for.
   *
   * <pre>{@code
   * PodConversion.ListReader pages = PodConversion.create().listReader();
   * for (InputStream page : responses) {
   *   endpoints.addAll(pages.read(page, skipped -> log(skipped)).items());
   * }
   * }</pre>
   *
   * @return a new reader, for one thread
   */
  public ListReader listReader() {
    return new ListReader();
  }

  /**
   * Reads the pages of one list of Pods; see {@link PodConversion#listReader()}. Not thread-safe:
   * it reuses one set of builders for the endpoints it derives, one after the other.
   */
  public final class ListReader {
    private final Shared shared = new Shared();
    private final PodReader reader = new PodReader();

    private ListReader() {}

    /**
     * Derives the endpoints of one page, as {@link PodConversion#toWorkloadEndpointList}.
     *
     * @param podListJson a {@code PodList} as JSON; read to the end of the list, not closed
     * @param skipped receives each Pod that is skipped (and may throw to stop)
     * @return the page's endpoints, with its {@code resourceVersion} and {@code continue} token
     * @throws PodConversionException as {@link PodConversion#toWorkloadEndpointList}
     * @throws java.io.UncheckedIOException when the stream cannot be read
     */
    public WorkloadEndpointList read(
        InputStream podListJson, Consumer<? super PodConversionException> skipped) {
      Objects.requireNonNull(podListJson, "podListJson");
      Objects.requireNonNull(skipped, "skipped");
      List<WorkloadEndpoint> out = new ArrayList<>();
      Consumer<PodView> convert =
          pod -> {
            if (!isEndpoint(pod)) {
              return;
            }
            WorkloadEndpoint endpoint;
            try {
              endpoint = convert(pod, shared);
            } catch (PodConversionException e) {
              skipped.accept(e);
              return;
            }
            out.add(endpoint);
          };
      ListMeta meta = PodTrees.readList(podListJson, reader, convert);
      // withItems copies the endpoints once; the builder would copy them twice.
      return WorkloadEndpointList.builder().metadata(meta).build().withItems(out);
    }
  }

  /**
   * Calico's {@code IsValidCalicoWorkloadEndpoint}: whether a Pod has an endpoint when Pods are
   * listed or watched (scheduled to a node and not host-networked).
   */
  static boolean isEndpoint(PodView pod) {
    return !pod.hostNetwork() && !pod.nodeName().isEmpty();
  }

  /**
   * Converts one Pod that has an endpoint, naming the Pod in any error.
   *
   * @param shared what the Pods of a list share, or null to derive everything for this Pod
   */
  private WorkloadEndpoint convert(PodView pod, Shared shared) {
    try {
      return convertPod(pod, shared);
    } catch (PodConversionException e) {
      throw e.forPod(pod.namespace() + "/" + pod.name());
    }
  }

  private WorkloadEndpoint convertPod(PodView pod, Shared shared) {
    String namespace = pod.namespace();
    String serviceAccount = pod.serviceAccountName();
    String name = shared == null ? endpointName(pod) : shared.endpointName(pod);

    List<PodIPs.Entry> podIPs = PodIPs.of(pod);
    if (isFinished(pod)) {
      // The IPs have gone back to the pool; the endpoint stays, without them.
      podIPs = Collections.emptyList();
    }

    Map<String, String> annotations = pod.annotations();
    // A list reuses one set of builders (build() copies what it keeps, so clearing is safe).
    ImmutableWorkloadEndpointSpec.Builder spec =
        (shared == null ? WorkloadEndpointSpec.builder() : shared.spec.clear())
            .orchestrator(ORCHESTRATOR)
            .node(pod.nodeName())
            .pod(pod.name())
            .containerID(annotations.getOrDefault(PodAnnotations.CONTAINER_ID, ""))
            .endpoint(ENDPOINT)
            .serviceAccountName(serviceAccount);
    // Straight into the builder: it copies its lists on build() anyway, so a list of our own
    // in between would be a third copy.
    for (int i = 0; i < podIPs.size(); i++) {
      spec.addIpNetwork(podIPs.get(i).networkString());
    }
    spec.addAllIpNATs(floatingIPs(pod, podIPs))
        .addAllProfiles(
            shared == null
                ? CalicoProfiles.forPod(namespace, serviceAccount)
                : shared.profiles(namespace, serviceAccount))
        .interfaceName(InterfaceNames.forPod(namespace, pod.name(), interfacePrefix));
    addPorts(spec, pod.containers(), shared);
    addPorts(spec, pod.initContainers(), shared);
    spec.addAllAllowSpoofedSourcePrefixes(allowedSourcePrefixes(pod))
        .qosControls(PodQoS.of(annotations));

    ImmutableObjectMeta.Builder meta =
        (shared == null ? ObjectMeta.builder() : shared.meta.clear())
            .name(name)
            .namespace(namespace)
            .uid(pod.uid())
            .resourceVersion(pod.resourceVersion())
            .generateName(pod.generateName())
            .creationTimestamp(creationTimestamp(pod));
    String networkStatus = annotations.get(PodAnnotations.NETWORK_STATUS);
    if (networkStatus != null) {
      meta.putAnnotation(PodAnnotations.NETWORK_STATUS, networkStatus);
    }
    // The labels are most of what a Pod's endpoint holds: withLabels makes the one map of them
    // (the builder's putAllLabels would make two), read from an array rather than a map of ours.
    int labelCount = EndpointLabels.count(pod.labels());
    StringPairs labels = shared == null ? new StringPairs(labelCount) : shared.labels(labelCount);
    ObjectMeta metadata =
        meta.build()
            .withLabels(
                EndpointLabels.fill(labels, pod.labels(), namespace, ORCHESTRATOR, serviceAccount));
    return (shared == null ? WorkloadEndpoint.builder() : shared.endpoint.clear())
        .metadata(metadata)
        .spec(spec.build())
        .build();
  }

  /** What Kubernetes writes back for the Pod's creation time (PodView has checked its syntax). */
  private static Optional<String> creationTimestamp(PodView pod) {
    return pod.creationTimestamp().isPresent()
        ? GoTime.normalize(pod.creationTimestamp().get())
        : Optional.empty();
  }

  private static String endpointName(PodView pod) {
    WorkloadEndpointIdentifiers ids =
        WorkloadEndpointIdentifiers.builder()
            .node(pod.nodeName())
            .orchestrator(ORCHESTRATOR)
            .endpoint(ENDPOINT)
            .pod(pod.name())
            .build();
    try {
      return WorkloadEndpointNames.derive(ids);
    } catch (NameDerivationException e) {
      // Only the node and the pod name can be at fault: the other two segments are constants.
      String field = e.field().equals("node") ? "spec.nodeName" : "metadata.name";
      throw new PodConversionException(
          field, "cannot derive the endpoint name: " + e.getMessage(), e);
    }
  }

  /** Calico's {@code IsFinished}. */
  private static boolean isFinished(PodView pod) {
    if (pod.deletionTimestamp().isPresent()) {
      // Calico's CNI plugin (or the AWS one) blanks its annotation once it has released the IPs.
      Map<String, String> annotations = pod.annotations();
      if ("".equals(annotations.get(PodAnnotations.POD_IP))
          || "".equals(annotations.get(PodAnnotations.AWS_POD_IPS))) {
        return true;
      }
    }
    switch (pod.phase()) {
      case "Failed":
      case "Succeeded":
      case "Completed":
        return true;
      default:
        return false;
    }
  }

  /** Pairs each floating IP with the pod IP of its family, as Calico does. */
  private static List<IPNAT> floatingIPs(PodView pod, List<PodIPs.Entry> podIPs) {
    String annotation = pod.annotations().get(PodAnnotations.FLOATING_IPS);
    if (annotation == null || podIPs.isEmpty()) {
      return Collections.emptyList();
    }
    String field = annotationField(PodAnnotations.FLOATING_IPS);
    List<String> externals = jsonStrings(annotation, field);
    // With several pod IPs of a family, the last one wins, as in Calico.
    GoNetwork v4 = null;
    GoNetwork v6 = null;
    for (PodIPs.Entry entry : podIPs) {
      GoNetwork network = entry.network;
      boolean isV4 = network.isIPv4();
      int required = isV4 ? 32 : 128;
      if (network.maskOnes() != required) {
        throw new PodConversionException(
            entry.field(),
            "PodIP "
                + network
                + " is not a valid IPv"
                + (isV4 ? 4 : 6)
                + ": Mask size is "
                + network.maskOnes()
                + ", not "
                + required
                + " (required by "
                + PodAnnotations.FLOATING_IPS
                + ")");
      }
      if (isV4) {
        v4 = network;
      } else {
        v6 = network;
      }
    }
    List<IPNAT> nats = new ArrayList<>();
    for (String external : externals) {
      GoNetwork internal = external.indexOf(':') >= 0 ? v6 : v4;
      if (internal != null) {
        nats.add(IPNAT.of(internal.ipString(), external));
      }
    }
    return nats;
  }

  /** Calico's {@code HandleSourceIPSpoofingAnnotation}: each entry normalised to its network. */
  private static List<String> allowedSourcePrefixes(PodView pod) {
    String annotation = pod.annotations().get(PodAnnotations.ALLOWED_SOURCE_PREFIXES);
    if (annotation == null || annotation.isEmpty()) {
      return Collections.emptyList();
    }
    String field = annotationField(PodAnnotations.ALLOWED_SOURCE_PREFIXES);
    List<String> prefixes = new ArrayList<>();
    for (String prefix : jsonStrings(annotation, field)) {
      try {
        prefixes.add(GoNetwork.parseCidr(prefix).toString());
      } catch (IllegalArgumentException e) {
        throw new PodConversionException(
            field, "failed to parse '" + prefix + "' as a CIDR: " + e.getMessage(), e);
      }
    }
    return prefixes;
  }

  private static List<String> jsonStrings(String annotation, String field) {
    try {
      return GoStringArray.parse(annotation);
    } catch (IllegalArgumentException e) {
      throw new PodConversionException(
          field, "failed to parse '" + annotation + "' as JSON: " + e.getMessage(), e);
    }
  }

  /** The container (or init container) ports that are named or mapped to a host port. */
  private static void addPorts(
      ImmutableWorkloadEndpointSpec.Builder spec, List<ContainerView> containers, Shared shared) {
    // Indexed loops: the in-place views are lists made on the fly, and their iterators would be
    // two more objects per container.
    for (int c = 0; c < containers.size(); c++) {
      List<ContainerPortView> ports = containers.get(c).ports();
      for (int p = 0; p < ports.size(); p++) {
        ContainerPortView port = ports.get(p);
        if (port.containerPort() == 0 || (port.hostPort() == 0 && port.name().isEmpty())) {
          continue;
        }
        Protocol protocol;
        // Kubernetes' protocol names are matched exactly; Calico skips any other value.
        switch (port.protocol()) {
          case "UDP":
            protocol = Protocol.UDP;
            break;
          case "SCTP":
            protocol = Protocol.SCTP;
            break;
          case "TCP":
          case "":
            protocol = Protocol.TCP;
            break;
          default:
            continue;
        }
        // Calico converts the int32 ports with uint16(...): keep the low 16 bits.
        int number = port.containerPort() & 0xFFFF;
        int hostPort = port.hostPort() & 0xFFFF;
        String hostIP = port.hostIP();
        WorkloadEndpointPort endpointPort =
            shared == null
                ? port(port.name(), protocol, number, hostPort, hostIP)
                : shared.port(port.name(), protocol, number, hostPort, hostIP);
        spec.addPort(endpointPort);
      }
    }
  }

  private static WorkloadEndpointPort port(
      String name, Protocol protocol, int number, int hostPort, String hostIP) {
    return WorkloadEndpointPort.builder()
        .name(name)
        .protocol(protocol)
        .port(number)
        .hostPort(hostPort)
        .hostIP(hostIP)
        .build();
  }

  static String annotationField(String key) {
    return "metadata.annotations[" + key + "]";
  }

  /**
   * What the Pods of one list have in common, derived once per list rather than once per Pod: each
   * node's part of the endpoint names, each namespace's and service account's profiles, the
   * container ports (the Pods of one workload declare the same ones), and the builders. The values
   * are immutable, so endpoints may share them; anything not cached here goes through the same code
   * as a single Pod, and so do cache misses and every error.
   */
  private static final class Shared {
    private StringPairs labels;

    /** The list's one label map, emptied (withLabels has copied the last Pod's). */
    StringPairs labels(int count) {
      if (labels == null) {
        labels = new StringPairs(count);
      } else {
        labels.clear();
      }
      return labels;
    }

    final ImmutableWorkloadEndpoint.Builder endpoint = WorkloadEndpoint.builder();
    final ImmutableObjectMeta.Builder meta = ObjectMeta.builder();
    final ImmutableWorkloadEndpointSpec.Builder spec = WorkloadEndpointSpec.builder();
    private final Map<String, String> namePrefixes = new HashMap<>();
    private final Map<String, Map<String, List<String>>> profiles = new HashMap<>();
    private final Map<String, WorkloadEndpointPort> ports = new HashMap<>();

    /** {@link #endpointName(PodView)}, with the node's {@code <node>-k8s-} derived once. */
    String endpointName(PodView pod) {
      String podName = pod.name();
      int length = podName.length();
      if (length == 0 || podName.charAt(0) == '-' || podName.charAt(length - 1) == '-') {
        // Calico's error for the pod segment (or an earlier one): the general path words it.
        return PodConversion.endpointName(pod);
      }
      String prefix = namePrefixes.get(pod.nodeName());
      if (prefix == null) {
        prefix = namePrefix(pod.nodeName());
        if (prefix == null) {
          return PodConversion.endpointName(pod);
        }
        namePrefixes.put(pod.nodeName(), prefix);
      }
      return prefix + WorkloadEndpointNames.escapeSegment(podName) + "-" + ENDPOINT;
    }

    List<String> profiles(String namespace, String serviceAccount) {
      Map<String, List<String>> byAccount = profiles.get(namespace);
      if (byAccount == null) {
        byAccount = new HashMap<>();
        profiles.put(namespace, byAccount);
      }
      List<String> found = byAccount.get(serviceAccount);
      if (found == null) {
        found = CalicoProfiles.forPod(namespace, serviceAccount);
        byAccount.put(serviceAccount, found);
      }
      return found;
    }

    /** An equal port seen before with this name, else a new one (remembered for the next Pod). */
    WorkloadEndpointPort port(
        String name, Protocol protocol, int number, int hostPort, String hostIP) {
      WorkloadEndpointPort seen = ports.get(name);
      if (seen != null
          && seen.protocol() == protocol
          && seen.port() == number
          && seen.hostPort() == hostPort
          && seen.hostIP().equals(hostIP)) {
        return seen;
      }
      WorkloadEndpointPort made = PodConversion.port(name, protocol, number, hostPort, hostIP);
      ports.put(name, made);
      return made;
    }
  }

  /**
   * The name's {@code <node>-k8s-}, by WorkloadEndpointNames itself, or null when the node is not a
   * valid segment.
   */
  static String namePrefix(String node) {
    try {
      return WorkloadEndpointNames.derivePrefix(
          WorkloadEndpointIdentifiers.builder()
              .node(node)
              .orchestrator(ORCHESTRATOR)
              .endpoint(ENDPOINT)
              .build());
    } catch (NameDerivationException e) {
      return null;
    }
  }

  /** Builds a {@link PodConversion}. */
  public static final class Builder {
    private String interfacePrefix = InterfaceNames.DEFAULT_PREFIX;

    private Builder() {}

    /**
     * Sets the prefix of host-side interface names, used as is.
     *
     * @param prefix the prefix, for example {@code cali} or {@code eni}
     * @return this builder
     */
    public Builder interfacePrefix(String prefix) {
      this.interfacePrefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * Sets the interface prefix from Felix's {@code FELIX_INTERFACEPREFIX} setting, as Calico reads
     * it: {@code cali} when unset or empty, otherwise the text before the first comma.
     *
     * @param setting the setting, or null when unset
     * @return this builder
     */
    public Builder felixInterfacePrefix(String setting) {
      this.interfacePrefix = InterfaceNames.prefixFromFelixSetting(setting);
      return this;
    }

    /**
     * Builds the conversion.
     *
     * @return the conversion
     */
    public PodConversion build() {
      return interfacePrefix.equals(InterfaceNames.DEFAULT_PREFIX)
          ? DEFAULT
          : new PodConversion(interfacePrefix);
    }
  }
}
