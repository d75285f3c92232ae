// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.internal.GoNetwork;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The WorkloadEndpoints of a cluster kept current by a fabric8 informer on its Pods: by namespace
 * and name, by node, and by IP address ("which endpoint has 10.1.2.3?"), with listeners for
 * endpoints added, updated and deleted. The informer lists, watches and lists again after 410 Gone
 * by itself.
 *
 * <p>Lookups are safe from any thread and see the state after the last Pod event handled. Listeners
 * run on the informer's thread, one event at a time.
 *
 * <pre>{@code
 * try (WorkloadEndpointIndex index =
 *     WorkloadEndpointIndex.create(client, ListOptions.allNamespaces())) {
 *   index.start(Duration.ofSeconds(30));
 *   List<WorkloadEndpoint> holders = index.byAddress("10.1.2.3");
 *   List<WorkloadEndpoint> onNode = index.onNode("node1");
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointIndex implements AutoCloseable {
  /** Told about each change to the index, on the informer's thread. */
  public interface Listener {
    /**
     * An endpoint appeared.
     *
     * @param endpoint the endpoint
     */
    default void onAdded(WorkloadEndpoint endpoint) {}

    /**
     * An endpoint changed.
     *
     * @param before its previous state
     * @param after its new state
     */
    default void onUpdated(WorkloadEndpoint before, WorkloadEndpoint after) {}

    /**
     * An endpoint went away.
     *
     * @param endpoint its last state
     */
    default void onDeleted(WorkloadEndpoint endpoint) {}
  }

  private final WorkloadEndpointClient client;
  private final SharedIndexInformer<Pod> informer;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  private final Object lock = new Object();

  /** "namespace/name" to endpoint. */
  private final Map<String, WorkloadEndpoint> byName = new LinkedHashMap<>();

  /** "namespace/pod" to the names of its endpoints. */
  private final Map<String, List<String>> byPod = new HashMap<>();

  private final Map<String, Set<String>> byNode = new HashMap<>();
  private final Map<String, Set<String>> byAddress = new HashMap<>();

  /** The informer's keys ("namespace/name") of the Pods handled so far. */
  private final Set<String> seenPods = ConcurrentHashMap.newKeySet();

  private WorkloadEndpointIndex(WorkloadEndpointClient client, ListOptions options) {
    this.client = client;
    this.informer = client.informable(options).runnableInformer(0);
    informer.addEventHandler(new Handler());
  }

  /**
   * An index of these endpoints, not started yet.
   *
   * @param client the client whose cluster and conversion to use
   * @param options which endpoints (namespace, label selector, node; no name)
   * @return the index
   * @throws IllegalArgumentException when the options name an endpoint
   */
  public static WorkloadEndpointIndex create(WorkloadEndpointClient client, ListOptions options) {
    return new WorkloadEndpointIndex(
        Objects.requireNonNull(client, "client"), Objects.requireNonNull(options, "options"));
  }

  /**
   * Adds a listener; add listeners before {@link #start} to hear about every endpoint.
   *
   * @param listener the listener
   * @return this index
   */
  public WorkloadEndpointIndex addListener(Listener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Starts the informer and waits until its first list is in the index.
   *
   * @param timeout how long to wait
   * @return this index
   * @throws WorkloadEndpointClientException when the first list fails or takes too long
   */
  public WorkloadEndpointIndex start(Duration timeout) {
    try {
      informer.start().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkloadEndpointClientException("interrupted while the index started", e);
    } catch (ExecutionException e) {
      throw client.translateForIndex(e.getCause());
    } catch (TimeoutException e) {
      throw new WorkloadEndpointClientException(
          "the index did not finish its first list of pods in " + timeout, e);
    }
    // The informer's store is synced before its handlers have been told: wait until this index
    // has seen every Pod of the first list, so that lookups right after start are complete.
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!informer.hasSynced() || !seenPods.containsAll(informer.getStore().listKeys())) {
      if (System.nanoTime() > deadline) {
        throw new WorkloadEndpointClientException(
            "the index did not take in its first list of pods in " + timeout, null);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WorkloadEndpointClientException("interrupted while the index started", e);
      }
    }
    return this;
  }

  /**
   * Whether the first list is in.
   *
   * @return true once synced
   */
  public boolean isSynced() {
    return informer.hasSynced();
  }

  /**
   * One endpoint.
   *
   * @param namespace the namespace
   * @param name the endpoint's name
   * @return the endpoint, or empty
   */
  public Optional<WorkloadEndpoint> get(String namespace, String name) {
    synchronized (lock) {
      return Optional.ofNullable(byName.get(namespace + "/" + name));
    }
  }

  /**
   * Every endpoint.
   *
   * @return the endpoints (a copy)
   */
  public List<WorkloadEndpoint> all() {
    synchronized (lock) {
      return List.copyOf(byName.values());
    }
  }

  /**
   * The endpoints on a node.
   *
   * @param node the node ({@code spec.node})
   * @return the endpoints (a copy)
   */
  public List<WorkloadEndpoint> onNode(String node) {
    synchronized (lock) {
      return lookUp(byNode.get(node));
    }
  }

  /**
   * The endpoints that have this address among their {@code ipNetworks}.
   *
   * @param ip an IPv4 or IPv6 address, in any form Go parses ({@code 10.1.2.3}, {@code FD00::1})
   * @return the endpoints (usually one; a copy)
   */
  public List<WorkloadEndpoint> byAddress(String ip) {
    String key = address(ip + (ip.contains(":") ? "/128" : "/32"));
    synchronized (lock) {
      return lookUp(byAddress.get(key));
    }
  }

  /** Stops the informer. */
  @Override
  public void close() {
    informer.close();
  }

  private List<WorkloadEndpoint> lookUp(Set<String> keys) {
    if (keys == null) {
      return Collections.emptyList();
    }
    List<WorkloadEndpoint> out = new ArrayList<>(keys.size());
    for (String key : keys) {
      out.add(byName.get(key));
    }
    return out;
  }

  /** The address of a network, printed as Go prints it, without its prefix length. */
  private static String address(String network) {
    try {
      String canonical = GoNetwork.parseCidr(network).toString();
      return canonical.substring(0, canonical.indexOf('/'));
    } catch (RuntimeException notAnAddress) {
      int slash = network.indexOf('/');
      return slash < 0 ? network : network.substring(0, slash);
    }
  }

  private final class Handler implements ResourceEventHandler<Pod> {
    @Override
    public void onAdd(Pod pod) {
      seenPods.add(pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName());
      replace(pod, client.endpointsOf(pod));
    }

    @Override
    public void onUpdate(Pod before, Pod after) {
      replace(after, client.endpointsOf(after));
    }

    @Override
    public void onDelete(Pod pod, boolean finalStateUnknown) {
      replace(pod, List.of());
    }
  }

  /** Makes the Pod's endpoints these, and tells the listeners what changed. */
  private void replace(Pod pod, List<WorkloadEndpoint> now) {
    String podKey = pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    List<WorkloadEndpoint> added = new ArrayList<>();
    List<WorkloadEndpoint[]> updated = new ArrayList<>();
    List<WorkloadEndpoint> deleted = new ArrayList<>();
    synchronized (lock) {
      Map<String, WorkloadEndpoint> before = new LinkedHashMap<>();
      for (String key : byPod.getOrDefault(podKey, List.of())) {
        WorkloadEndpoint old = remove(key);
        if (old != null) {
          before.put(key, old);
        }
      }
      List<String> keys = new ArrayList<>(now.size());
      for (WorkloadEndpoint wep : now) {
        String key = wep.metadata().namespace() + "/" + wep.metadata().name();
        keys.add(key);
        put(key, wep);
        WorkloadEndpoint old = before.remove(key);
        if (old == null) {
          added.add(wep);
        } else if (!old.equals(wep)) {
          updated.add(new WorkloadEndpoint[] {old, wep});
        }
      }
      deleted.addAll(before.values());
      if (keys.isEmpty()) {
        byPod.remove(podKey);
      } else {
        byPod.put(podKey, keys);
      }
    }
    for (Listener listener : listeners) {
      added.forEach(listener::onAdded);
      updated.forEach(pair -> listener.onUpdated(pair[0], pair[1]));
      deleted.forEach(listener::onDeleted);
    }
  }

  private void put(String key, WorkloadEndpoint wep) {
    byName.put(key, wep);
    byNode.computeIfAbsent(wep.spec().node(), k -> new LinkedHashSet<>()).add(key);
    for (String network : wep.spec().ipNetworks()) {
      byAddress.computeIfAbsent(address(network), k -> new LinkedHashSet<>()).add(key);
    }
  }

  private WorkloadEndpoint remove(String key) {
    WorkloadEndpoint wep = byName.remove(key);
    if (wep == null) {
      return null;
    }
    unlink(byNode, wep.spec().node(), key);
    for (String network : wep.spec().ipNetworks()) {
      unlink(byAddress, address(network), key);
    }
    return wep;
  }

  private static void unlink(Map<String, Set<String>> index, String value, String key) {
    Set<String> keys = index.get(value);
    if (keys != null) {
      keys.remove(key);
      if (keys.isEmpty()) {
        index.remove(value);
      }
    }
  }
}
