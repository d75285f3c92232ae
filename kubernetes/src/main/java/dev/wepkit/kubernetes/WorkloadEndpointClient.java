// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.ListMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.kubernetes.internal.EndpointWatch;
import dev.wepkit.kubernetes.internal.FieldSelectors;
import dev.wepkit.kubernetes.internal.KubernetesErrors;
import dev.wepkit.kubernetes.internal.PodPatches;
import dev.wepkit.kubernetes.internal.PodUrls;
import dev.wepkit.names.NameParseException;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import io.fabric8.kubernetes.client.dsl.PodResource;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.HttpResponse;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The WorkloadEndpoints of a live cluster on Calico's Kubernetes datastore, derived from its Pods
 * as libcalico-go's KDD client derives them (Calico's API server serves no workloadendpoints).
 *
 * <ul>
 *   <li>{@link #get} and {@link #getRequired}: parse the name by Calico's rules, get the Pod,
 *       convert it, and return the endpoint whose name is the one asked for;
 *   <li>{@link #list} and {@link #stream}: Pods page by page ({@code limit}/{@code continue}), each
 *       Pod converted as its page is read (through fabric8's HTTP client, not its typed list, so
 *       that no page of Pods is ever built), each host-networked or unscheduled Pod skipped, each
 *       Pod that cannot be converted logged and skipped, as Calico does;
 *   <li>{@link #watch}: Pod events as endpoint events, resynchronised after 410 Gone;
 *   <li>{@link #patchInPodIPs} and {@link #patchOutPodIPs}: the CNI plugin's two Pod patches, the
 *       only writes there are on this datastore; {@link #create}, {@link #update} and {@link
 *       #delete} refuse.
 * </ul>
 *
 * <p>The RBAC the credentials need: {@code get}, {@code list} and {@code watch} on {@code pods};
 * {@code patch} on {@code pods/status} for the CNI operations only. Failures are {@link
 * WorkloadEndpointClientException}s; no fabric8 exception reaches the caller unwrapped. Instances
 * are safe to share between threads.
 *
 * <pre>{@code
 * try (WorkloadEndpointClient client = WorkloadEndpointClient.fromConfig()) {
 *   WorkloadEndpointList all = client.list(ListOptions.allNamespaces());
 *   Optional<WorkloadEndpoint> wep = client.get("default", "node1-k8s-nginx-eth0");
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointClient implements AutoCloseable {
  /** client-go's pager's default page size, which Calico's lists use. */
  public static final int DEFAULT_PAGE_SIZE = 500;

  private static final System.Logger LOG = System.getLogger(WorkloadEndpointClient.class.getName());
  private static final String MALFORMED =
      "malformed WorkloadEndpoint name - unable to determine Pod name";

  private final KubernetesClient kubernetes;
  private final boolean owned;
  private final PodConversion conversion;
  private final int pageSize;

  private WorkloadEndpointClient(
      KubernetesClient kubernetes, boolean owned, PodConversion conversion, int pageSize) {
    this.kubernetes = kubernetes;
    this.owned = owned;
    this.conversion = conversion;
    this.pageSize = pageSize;
  }

  /**
   * A client on an existing fabric8 client, with the default interface prefix and page size.
   * Closing this client leaves {@code kubernetes} open.
   *
   * @param kubernetes the fabric8 client
   * @return the client
   */
  public static WorkloadEndpointClient of(KubernetesClient kubernetes) {
    return builder().client(kubernetes).build();
  }

  /**
   * A client configured as {@code kubectl} is: {@code KUBECONFIG}, {@code ~/.kube/config} and its
   * current context, or the in-cluster service account.
   *
   * @return the client; close it to release its connections
   * @throws WorkloadEndpointClientException when no configuration can be read
   */
  public static WorkloadEndpointClient fromConfig() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a builder for the usual configuration, interface prefix {@code cali}, pages of 500
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The conversion used for the Pods.
   *
   * @return the conversion (its interface prefix)
   */
  public PodConversion conversion() {
    return conversion;
  }

  /**
   * The number of Pods asked for per page.
   *
   * @return the page size
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * Gets one endpoint, as Calico's Get does.
   *
   * @param namespace the namespace
   * @param name the endpoint's name ({@code <node>-k8s-<pod>-<endpoint>})
   * @return the endpoint; empty when the Pod does not exist, is host-networked or not scheduled, or
   *     has no endpoint of exactly this name
   * @throws WorkloadEndpointNotFoundException when the name names no Pod (Calico's "malformed
   *     WorkloadEndpoint name - unable to determine Pod name")
   * @throws WorkloadEndpointClientException when the name cannot be parsed, or the request fails
   * @throws PodConversionException when the Pod cannot be converted
   */
  public Optional<WorkloadEndpoint> get(String namespace, String name) {
    Objects.requireNonNull(namespace, "namespace");
    String pod = podOf(namespace, name);
    Pod found;
    try {
      found = kubernetes.pods().inNamespace(namespace).withName(pod).get();
    } catch (RuntimeException e) {
      throw translate(e, "get", "pods", namespace, pod);
    }
    if (found == null) {
      return Optional.empty();
    }
    PodView view = Fabric8PodViews.inPlace(found);
    if (!PodConversion.isEndpoint(view)) {
      return Optional.empty();
    }
    return conversion.toWorkloadEndpoint(view).filter(w -> w.metadata().name().equals(name));
  }

  /**
   * Gets one endpoint or throws.
   *
   * @param namespace the namespace
   * @param name the endpoint's name
   * @return the endpoint
   * @throws WorkloadEndpointNotFoundException when {@link #get} finds nothing, saying why
   * @throws WorkloadEndpointClientException as {@link #get}
   */
  public WorkloadEndpoint getRequired(String namespace, String name) {
    return get(namespace, name)
        .orElseThrow(
            () ->
                new WorkloadEndpointNotFoundException(
                    namespace,
                    name,
                    "no Pod with a Calico endpoint of this name (missing, host-networked, not"
                        + " scheduled, or its endpoint has another name)",
                    null));
  }

  /**
   * Lists endpoints, all pages.
   *
   * @param options which endpoints
   * @return the endpoints in the order the Pods are listed, with the list's resourceVersion in
   *     {@code metadata.resourceVersion} (a {@link #watch} can start from it)
   * @throws WorkloadEndpointNotFoundException when a name in the options names no Pod
   * @throws WorkloadEndpointClientException when a request fails
   */
  public WorkloadEndpointList list(ListOptions options) {
    Query query = query(options);
    List<WorkloadEndpoint> items = new ArrayList<>();
    String resourceVersion;
    try {
      resourceVersion = query.pages(pageSize, page -> query.keep(page, items::add));
    } catch (WorkloadEndpointWatchExpiredException e) {
      // client-go's pager, on an expired continue token, lists everything in one request.
      items.clear();
      resourceVersion = query.pages(0, page -> query.keep(page, items::add));
    }
    return WorkloadEndpointList.builder()
        .metadata(ListMeta.builder().resourceVersion(resourceVersion).build())
        .addAllItems(items)
        .build();
  }

  /**
   * Streams endpoints, holding one page of endpoints at a time (a page's Pods are converted as they
   * are read, never held); the next page is asked for when the stream reaches it.
   *
   * @param options which endpoints
   * @return the endpoints in the order the Pods are listed
   * @throws WorkloadEndpointNotFoundException when a name in the options names no Pod
   * @throws WorkloadEndpointClientException when a request fails (also while the stream is read;
   *     {@link WorkloadEndpointWatchExpiredException} when a continue token expires)
   */
  public Stream<WorkloadEndpoint> stream(ListOptions options) {
    Query query = query(options);
    Iterator<WorkloadEndpoint> iterator =
        new Iterator<>() {
          private final List<WorkloadEndpoint> page = new ArrayList<>();
          private final PodConversion.ListReader reader = conversion.listReader();
          private int next;
          private String continueToken = "";
          private boolean done;

          @Override
          public boolean hasNext() {
            while (next == page.size() && !done) {
              page.clear();
              next = 0;
              WorkloadEndpointList endpoints = query.page(reader, pageSize, continueToken);
              query.keep(endpoints, page::add);
              continueToken = endpoints.metadata().continueToken();
              done = continueToken.isEmpty();
            }
            return next < page.size();
          }

          @Override
          public WorkloadEndpoint next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return page.get(next++);
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            iterator, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  /**
   * Watches endpoints from a resourceVersion. Each Pod event gives an event per endpoint of the
   * Pod; Pods that are not Calico endpoints are dropped; a Pod that stops being an endpoint gives
   * {@code DELETED}. When the server no longer has the changes since the watch's position (410
   * Gone), the watch lists again, sends one {@link WorkloadEndpointEvent.Type#RESYNC} with what was
   * added, changed and removed, and goes on from the new list. A dropped connection is resumed from
   * the last event seen.
   *
   * @param options which endpoints (a name needs a namespace, as in Calico)
   * @param fromResourceVersion where to start ({@code ""}: now, with an {@code ADDED} event for
   *     every existing endpoint)
   * @param watcher receives the events, on the watch's own thread
   * @return the watch; close it to stop (its thread has ended when {@code close} returns)
   * @throws WorkloadEndpointClientException when the watch cannot be started
   */
  public AutoCloseable watch(
      ListOptions options, String fromResourceVersion, WorkloadEndpointWatcher watcher) {
    return watch(options, List.of(), fromResourceVersion, watcher);
  }

  /**
   * Watches endpoints from a list the caller already has, so that a resync's differences are
   * computed against it.
   *
   * @param options the options the list was made with
   * @param from the list (its endpoints and resourceVersion)
   * @param watcher receives the events, on the watch's own thread
   * @return the watch; close it to stop
   * @throws WorkloadEndpointClientException when the watch cannot be started
   */
  public AutoCloseable watch(
      ListOptions options, WorkloadEndpointList from, WorkloadEndpointWatcher watcher) {
    return watch(options, from.items(), from.metadata().resourceVersion(), watcher);
  }

  private AutoCloseable watch(
      ListOptions options,
      List<WorkloadEndpoint> known,
      String fromResourceVersion,
      WorkloadEndpointWatcher watcher) {
    Objects.requireNonNull(fromResourceVersion, "fromResourceVersion");
    if (options.name().isPresent() && options.namespace().isEmpty()) {
      throw new IllegalArgumentException(
          "cannot watch a specific WorkloadEndpoint without a namespace");
    }
    Query query = query(options);
    return EndpointWatch.start(
        new EndpointWatch.Source() {
          @Override
          public EndpointWatch.Snapshot list() {
            WorkloadEndpointList list = WorkloadEndpointClient.this.list(options);
            return new EndpointWatch.Snapshot(list.items(), list.metadata().resourceVersion());
          }

          @Override
          public Watch watch(String resourceVersion, Watcher<Pod> podWatcher) {
            return query.watch(resourceVersion, podWatcher);
          }

          @Override
          public List<WorkloadEndpoint> endpoints(Pod pod) {
            List<WorkloadEndpoint> out = new ArrayList<>(1);
            query.convert(pod, out::add);
            return out;
          }

          @Override
          public WorkloadEndpointClientException translate(Throwable failure) {
            return WorkloadEndpointClient.this.translate(
                failure, "watch", "pods", options.namespace().orElse(""), "");
          }
        },
        known,
        fromResourceVersion,
        watcher);
  }

  /**
   * The CNI plugin's ADD (Calico's Create and Update in the CNI's patch mode): a strategic merge
   * patch of the Pod's {@code status} subresource setting the annotations {@code
   * cni.projectcalico.org/podIP} (the first of {@code spec.ipNetworks}), {@code .../podIPs} (all of
   * them, joined with {@code ,}) and {@code .../containerID} (when {@code spec.containerID} is
   * set); with no networks, no annotations at all. The endpoint's resourceVersion is not used (the
   * CNI plugin cannot retry); its UID, when set, is a precondition, so that the patch fails against
   * another instance of the Pod.
   *
   * @param endpoint the endpoint, named and namespaced
   * @return the first endpoint derived from the patched Pod
   * @throws WorkloadEndpointClientException when the name names no Pod, or the patch fails ({@link
   *     WorkloadEndpointConflictException} on a UID mismatch, {@link
   *     WorkloadEndpointForbiddenException} without {@code patch} on {@code pods/status})
   */
  public WorkloadEndpoint patchInPodIPs(WorkloadEndpoint endpoint) {
    Map<String, String> annotations = new LinkedHashMap<>();
    List<String> ips = endpoint.spec().ipNetworks();
    if (!ips.isEmpty()) {
      annotations.put(PodAnnotations.POD_IP, ips.get(0));
      annotations.put(PodAnnotations.POD_IPS, String.join(",", ips));
      if (!endpoint.spec().containerID().isEmpty()) {
        annotations.put(PodAnnotations.CONTAINER_ID, endpoint.spec().containerID());
      }
    }
    return patchStatus(
        endpoint.metadata().namespace(),
        endpoint.metadata().name(),
        PodPatches.body(annotations, "", endpoint.metadata().uid()));
  }

  /**
   * The CNI plugin's DEL (Calico's Delete): a strategic merge patch of the Pod's {@code status}
   * subresource setting {@code cni.projectcalico.org/podIP} and {@code .../podIPs} to {@code ""}
   * and leaving {@code .../containerID} in place, so that a repeated DEL can tell which instance of
   * the Pod it sees. The resourceVersion and the UID, when given, are preconditions.
   *
   * @param namespace the namespace
   * @param name the endpoint's name
   * @param resourceVersion the Pod's resourceVersion the caller saw, or {@code ""}
   * @param uid the Pod's UID, or {@code ""}
   * @return the first endpoint derived from the patched Pod
   * @throws WorkloadEndpointClientException as {@link #patchInPodIPs}; {@link
   *     WorkloadEndpointConflictException} when the Pod changed since {@code resourceVersion}
   */
  public WorkloadEndpoint patchOutPodIPs(
      String namespace, String name, String resourceVersion, String uid) {
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(PodAnnotations.POD_IP, "");
    annotations.put(PodAnnotations.POD_IPS, "");
    return patchStatus(namespace, name, PodPatches.body(annotations, resourceVersion, uid));
  }

  /**
   * {@link #patchOutPodIPs(String, String, String, String)} with the endpoint's namespace, name,
   * resourceVersion and UID.
   *
   * @param endpoint the endpoint
   * @return the first endpoint derived from the patched Pod
   * @throws WorkloadEndpointClientException as {@link #patchOutPodIPs(String, String, String,
   *     String)}
   */
  public WorkloadEndpoint patchOutPodIPs(WorkloadEndpoint endpoint) {
    return patchOutPodIPs(
        endpoint.metadata().namespace(),
        endpoint.metadata().name(),
        endpoint.metadata().resourceVersion(),
        endpoint.metadata().uid());
  }

  /**
   * Refuses: endpoints on this datastore are derived from Pods.
   *
   * @param endpoint ignored
   * @return never
   * @throws UnsupportedWorkloadEndpointOperationException always
   */
  public WorkloadEndpoint create(WorkloadEndpoint endpoint) {
    throw new UnsupportedWorkloadEndpointOperationException("create");
  }

  /**
   * Refuses: endpoints on this datastore are derived from Pods.
   *
   * @param endpoint ignored
   * @return never
   * @throws UnsupportedWorkloadEndpointOperationException always
   */
  public WorkloadEndpoint update(WorkloadEndpoint endpoint) {
    throw new UnsupportedWorkloadEndpointOperationException("update");
  }

  /**
   * Refuses: endpoints on this datastore are derived from Pods (for the CNI plugin's DEL see {@link
   * #patchOutPodIPs}).
   *
   * @param namespace ignored
   * @param name ignored
   * @return never
   * @throws UnsupportedWorkloadEndpointOperationException always
   */
  public WorkloadEndpoint delete(String namespace, String name) {
    throw new UnsupportedWorkloadEndpointOperationException("delete");
  }

  /** The Pods of these options, for an informer: namespace, label selector and node. */
  FilterWatchListDeletable<Pod, PodList, PodResource> informable(ListOptions options) {
    if (options.name().isPresent()) {
      throw new IllegalArgumentException("an index covers whole namespaces; it takes no name");
    }
    FilterWatchListDeletable<Pod, PodList, PodResource> pods =
        options.namespace().isPresent()
            ? kubernetes.pods().inNamespace(options.namespace().get())
            : kubernetes.pods().inAnyNamespace();
    if (options.labelSelector().isPresent()) {
      pods = pods.withLabelSelector(options.labelSelector().get());
    }
    if (options.node().isPresent()) {
      pods = pods.withField("spec.nodeName", options.node().get());
    }
    return pods;
  }

  /** The library's exception for an informer's failure. */
  WorkloadEndpointClientException translateForIndex(Throwable failure) {
    return translate(failure, "list", "pods", "", "");
  }

  /** A Pod's endpoints as a list keeps them (Calico's filter; unconvertible Pods skipped). */
  List<WorkloadEndpoint> endpointsOf(Pod pod) {
    List<WorkloadEndpoint> out = new ArrayList<>(1);
    new Query(ListOptions.allNamespaces(), Optional.empty(), Optional.empty())
        .convert(pod, out::add);
    return out;
  }

  /** Closes the fabric8 client when this client created it. */
  @Override
  public void close() {
    if (owned) {
      kubernetes.close();
    }
  }

  private WorkloadEndpoint patchStatus(String namespace, String name, String body) {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    String pod;
    try {
      pod = WorkloadEndpointNames.parse(name).pod();
    } catch (NameParseException e) {
      throw new WorkloadEndpointClientException(e.getMessage(), e);
    }
    if (pod.isEmpty()) {
      // Calico: insufficient identifiers, the name names no Pod to patch.
      throw new WorkloadEndpointClientException(
          "insufficient identifiers: the WorkloadEndpoint name " + name + " names no Pod", null);
    }
    Pod patched;
    try {
      patched = sendStatusPatch(namespace, pod, body);
    } catch (RuntimeException e) {
      throw translate(e, "patch", "pods/status", namespace, pod);
    }
    return conversion
        .toWorkloadEndpoint(Fabric8PodViews.inPlace(patched))
        .orElseThrow(
            () ->
                new WorkloadEndpointNotFoundException(
                    namespace, name, "the patched Pod is host-networked", null));
  }

  /**
   * One PATCH request, as the CNI plugin sends it. fabric8's own subresource patch reads the Pod
   * first, which would be a second request and a second permission; this goes straight to the
   * server through fabric8's HTTP client (its authentication included).
   */
  private Pod sendStatusPatch(String namespace, String pod, String body) {
    HttpRequest.Builder request =
        kubernetes
            .getHttpClient()
            .newHttpRequestBuilder()
            .uri(PodUrls.status(String.valueOf(kubernetes.getMasterUrl()), namespace, pod))
            .method("PATCH", PatchType.STRATEGIC_MERGE.getContentType(), body);
    HttpResponse<String> response = send(request, String.class);
    if (response.code() / 100 != 2) {
      throw failure(response.code(), response.body());
    }
    return kubernetes.getKubernetesSerialization().unmarshal(response.body(), Pod.class);
  }

  /**
   * One page of Pods, converted as it is read: fabric8's typed list would first build every Pod's
   * whole object tree, most of which Calico does not read, and convert the Pods only once they have
   * left the processor's caches ({@code PodListBenchmark}). The request goes through fabric8's HTTP
   * client, with its authentication, retries and timeout.
   */
  private WorkloadEndpointList getList(String url, PodConversion.ListReader reader) {
    HttpRequest.Builder request =
        kubernetes
            .getHttpClient()
            .newHttpRequestBuilder()
            .uri(url)
            .header("Accept", "application/json");
    HttpResponse<InputStream> response = send(request, InputStream.class);
    try (InputStream body = response.body()) {
      if (response.code() / 100 != 2) {
        throw failure(
            response.code(),
            body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
      }
      return reader.read(body, WorkloadEndpointClient::logSkipped);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends a request with the client's request timeout; fabric8's exceptions for what fails. */
  private <T> HttpResponse<T> send(HttpRequest.Builder request, Class<T> type) {
    Integer timeout = kubernetes.getConfiguration().getRequestTimeout();
    if (timeout != null && timeout > 0) {
      request.timeout(timeout, TimeUnit.MILLISECONDS);
    }
    try {
      return kubernetes.getHttpClient().sendAsync(request.build(), type).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KubernetesClientException("interrupted", e);
    } catch (ExecutionException e) {
      throw new KubernetesClientException(String.valueOf(e.getCause().getMessage()), e.getCause());
    }
  }

  /** The exception fabric8 throws for an HTTP error, with the server's Status when it sent one. */
  private KubernetesClientException failure(int code, String body) {
    Status status = null;
    try {
      status = kubernetes.getKubernetesSerialization().unmarshal(body, Status.class);
    } catch (RuntimeException notAStatus) {
      // Not every proxy answers with a Kubernetes Status.
    }
    return new KubernetesClientException(
        status != null && status.getMessage() != null ? status.getMessage() : "HTTP " + code,
        code,
        status);
  }

  /** The Pod a name names; Calico's "malformed" does-not-exist when it names none. */
  private static String podOf(String namespace, String name) {
    Objects.requireNonNull(name, "name");
    WorkloadEndpointIdentifiers ids;
    try {
      ids = WorkloadEndpointNames.parse(name);
    } catch (NameParseException e) {
      throw new WorkloadEndpointNotFoundException(namespace, name, e.getMessage(), e);
    }
    if (ids.pod().isEmpty()) {
      throw new WorkloadEndpointNotFoundException(namespace, name, MALFORMED, null);
    }
    return ids.pod();
  }

  /**
   * Calico logs a Pod it cannot convert and goes on; the message names the Pod and its field (a
   * stack trace would say nothing more).
   */
  private static void logSkipped(PodConversionException skipped) {
    LOG.log(
        System.Logger.Level.WARNING,
        () -> "skipping a Pod that cannot be converted: " + skipped.getMessage());
  }

  private WorkloadEndpointClientException translate(
      Throwable e, String verb, String resource, String namespace, String pod) {
    Supplier<String> current =
        () -> {
          if (pod.isEmpty() || namespace.isEmpty()) {
            return "";
          }
          try {
            Pod now = kubernetes.pods().inNamespace(namespace).withName(pod).get();
            return now == null || now.getMetadata() == null
                ? ""
                : Objects.toString(now.getMetadata().getResourceVersion(), "");
          } catch (RuntimeException again) {
            return "";
          }
        };
    return KubernetesErrors.translate(
        e, verb, resource, namespace, pod, String.valueOf(kubernetes.getMasterUrl()), current);
  }

  private Query query(ListOptions options) {
    Optional<String> pod = Optional.empty();
    Optional<String> exactName = Optional.empty();
    if (options.name().isPresent()) {
      String name = options.name().get();
      String namespace = options.namespace().orElse("");
      pod = Optional.of(podOf(namespace, name));
      WorkloadEndpointIdentifiers ids = WorkloadEndpointNames.parse(name);
      if (!ids.endpoint().isEmpty()) {
        exactName = Optional.of(WorkloadEndpointNames.derive(ids));
      }
    }
    return new Query(options, FieldSelectors.of(pod, options.node()), exactName);
  }

  /** One list, stream or watch: the Pods it asks for and the endpoints it keeps. */
  private final class Query {
    private final ListOptions options;
    private final Optional<String> fieldSelector;
    private final Optional<String> exactName;

    Query(ListOptions options, Optional<String> fieldSelector, Optional<String> exactName) {
      this.options = options;
      this.fieldSelector = fieldSelector;
      this.exactName = exactName;
    }

    private FilterWatchListDeletable<Pod, PodList, PodResource> pods() {
      return options.namespace().isPresent()
          ? kubernetes.pods().inNamespace(options.namespace().get())
          : kubernetes.pods().inAnyNamespace();
    }

    private io.fabric8.kubernetes.api.model.ListOptions fabric8Options() {
      io.fabric8.kubernetes.api.model.ListOptions out =
          new io.fabric8.kubernetes.api.model.ListOptions();
      fieldSelector.ifPresent(out::setFieldSelector);
      options.labelSelector().ifPresent(out::setLabelSelector);
      return out;
    }

    /**
     * One page ({@code limit} 0: everything), its Pods converted by the list's reader as the
     * response is read (see {@link PodConversion#listReader}); a Pod that cannot be converted is
     * logged and skipped, as Calico does.
     */
    WorkloadEndpointList page(PodConversion.ListReader reader, int limit, String continueToken) {
      String namespace = options.namespace().orElse("");
      String url =
          PodUrls.list(
              String.valueOf(kubernetes.getMasterUrl()),
              namespace,
              fieldSelector,
              options.labelSelector(),
              limit,
              continueToken);
      try {
        return getList(url, reader);
      } catch (PodConversionException e) {
        // Not a Pod that cannot be converted (those are skipped): the response as a whole.
        throw KubernetesErrors.badResponse("list", "pods", namespace, e);
      } catch (RuntimeException e) {
        throw translate(e, "list", "pods", namespace, "");
      }
    }

    /** Every page in turn; returns the last page's resourceVersion. */
    String pages(int limit, Consumer<WorkloadEndpointList> each) {
      PodConversion.ListReader reader = conversion.listReader();
      String continueToken = "";
      while (true) {
        WorkloadEndpointList page = page(reader, limit, continueToken);
        each.accept(page);
        continueToken = page.metadata().continueToken();
        if (continueToken.isEmpty()) {
          return page.metadata().resourceVersion();
        }
      }
    }

    /** The endpoints of a page this query keeps: all, or the one of the exact name asked for. */
    void keep(WorkloadEndpointList page, Consumer<WorkloadEndpoint> out) {
      for (WorkloadEndpoint wep : page.items()) {
        if (exactName.isEmpty() || exactName.get().equals(wep.metadata().name())) {
          out.accept(wep);
        }
      }
    }

    /** Calico's filter and conversion; a Pod that cannot be converted is logged and skipped. */
    void convert(Pod pod, Consumer<WorkloadEndpoint> out) {
      Optional<WorkloadEndpoint> wep;
      try {
        PodView view = Fabric8PodViews.inPlace(pod);
        if (!PodConversion.isEndpoint(view)) {
          return;
        }
        wep = conversion.toWorkloadEndpoint(view);
      } catch (PodConversionException e) {
        logSkipped(e);
        return;
      }
      if (wep.isPresent()
          && (exactName.isEmpty() || exactName.get().equals(wep.get().metadata().name()))) {
        out.accept(wep.get());
      }
    }

    Watch watch(String resourceVersion, Watcher<Pod> watcher) {
      io.fabric8.kubernetes.api.model.ListOptions list = fabric8Options();
      list.setAllowWatchBookmarks(true);
      if (!resourceVersion.isEmpty()) {
        list.setResourceVersion(resourceVersion);
      }
      return pods().watch(list, watcher);
    }
  }

  /**
   * Builds a {@link WorkloadEndpointClient}.
   *
   * <pre>{@code
   * WorkloadEndpointClient client = WorkloadEndpointClient.builder()
   *     .kubeconfig(Path.of("/etc/kube/admin.conf"))
   *     .context("prod")
   *     .felixInterfacePrefix(System.getenv("FELIX_INTERFACEPREFIX"))
   *     .pageSize(200)
   *     .build();
   * }</pre>
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private KubernetesClient client;
    private Path kubeconfig;
    private String context;
    private Duration requestTimeout;
    private final PodConversion.Builder conversion = PodConversion.builder();
    private int pageSize = DEFAULT_PAGE_SIZE;

    private Builder() {}

    /**
     * Uses an existing fabric8 client (then the kubeconfig, context and timeout are not used); the
     * built client does not close it.
     *
     * @param kubernetes the fabric8 client
     * @return this builder
     */
    public Builder client(KubernetesClient kubernetes) {
      this.client = Objects.requireNonNull(kubernetes, "kubernetes");
      return this;
    }

    /**
     * Reads this kubeconfig file instead of {@code KUBECONFIG} or {@code ~/.kube/config}.
     *
     * @param file the kubeconfig
     * @return this builder
     */
    public Builder kubeconfig(Path file) {
      this.kubeconfig = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Uses this context of the kubeconfig instead of its current context.
     *
     * @param name the context's name
     * @return this builder
     */
    public Builder context(String name) {
      this.context = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * How long one request may take before it fails as unreachable.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * The prefix of host-side interface names, as {@link PodConversion.Builder#interfacePrefix}.
     *
     * @param prefix the prefix
     * @return this builder
     */
    public Builder interfacePrefix(String prefix) {
      conversion.interfacePrefix(prefix);
      return this;
    }

    /**
     * The prefix from Felix's {@code InterfacePrefix} setting, as {@link
     * PodConversion.Builder#felixInterfacePrefix}.
     *
     * @param setting the setting, possibly a comma-separated list, or {@code null}
     * @return this builder
     */
    public Builder felixInterfacePrefix(String setting) {
      conversion.felixInterfacePrefix(setting);
      return this;
    }

    /**
     * The number of Pods asked for per page.
     *
     * @param pods at least 1
     * @return this builder
     */
    public Builder pageSize(int pods) {
      if (pods < 1) {
        throw new IllegalArgumentException("page size must be at least 1, got " + pods);
      }
      this.pageSize = pods;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws WorkloadEndpointClientException when the configuration cannot be read
     */
    public WorkloadEndpointClient build() {
      if (client != null) {
        return new WorkloadEndpointClient(client, false, conversion.build(), pageSize);
      }
      Config config;
      try {
        if (kubeconfig != null) {
          File file = kubeconfig.toFile();
          if (!file.isFile()) {
            throw new WorkloadEndpointClientException(
                "cannot read the kubeconfig " + kubeconfig + ": no such file", null);
          }
          config = Config.fromKubeconfig(context, file);
        } else {
          config = Config.autoConfigure(context);
        }
      } catch (WorkloadEndpointClientException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new WorkloadEndpointClientException(
            "cannot read the Kubernetes configuration"
                + (kubeconfig == null ? "" : " " + kubeconfig)
                + (context == null ? "" : " (context " + context + ")")
                + ": "
                + e.getMessage(),
            e);
      }
      if (requestTimeout != null) {
        config.setRequestTimeout((int) Math.min(Integer.MAX_VALUE, requestTimeout.toMillis()));
      }
      KubernetesClient built;
      try {
        built = new KubernetesClientBuilder().withConfig(config).build();
      } catch (RuntimeException e) {
        throw new WorkloadEndpointClientException(
            "cannot create the Kubernetes client: " + e.getMessage(), e);
      }
      return new WorkloadEndpointClient(built, true, conversion.build(), pageSize);
    }
  }
}
