// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes.internal;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.kubernetes.WorkloadEndpointClientException;
import dev.wepkit.kubernetes.WorkloadEndpointEvent;
import dev.wepkit.kubernetes.WorkloadEndpointWatchExpiredException;
import dev.wepkit.kubernetes.WorkloadEndpointWatcher;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A watch of Pods turned into a watch of WorkloadEndpoints.
 *
 * <p>Every Pod event, resync and the end are handled on one thread of the watch's own, in order, so
 * the caller's watcher never runs concurrently with itself. The watch remembers the endpoints of
 * every Pod it has seen, which is what lets it turn a Pod that stops being an endpoint into {@code
 * DELETED} events and compute a resync's differences. fabric8 reconnects a dropped watch from the
 * last resourceVersion it saw by itself; only when the server answers 410 Gone does this class list
 * again.
 */
public final class EndpointWatch implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(EndpointWatch.class.getName());
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final long CLOSE_WAIT_SECONDS = 10;

  /** What the watch needs from the client. */
  public interface Source {
    /**
     * Lists the endpoints afresh.
     *
     * @return the endpoints and the list's resourceVersion
     */
    Snapshot list();

    /**
     * Starts a fabric8 watch of the Pods.
     *
     * @param resourceVersion where to start, or {@code ""} for now
     * @param watcher the receiver
     * @return the watch
     */
    Watch watch(String resourceVersion, Watcher<Pod> watcher);

    /**
     * The endpoints of a Pod, filtered as a list filters them.
     *
     * @param pod the Pod
     * @return its endpoints; empty when it is not an endpoint or cannot be converted
     */
    List<WorkloadEndpoint> endpoints(Pod pod);

    /**
     * The library's exception for a watch failure.
     *
     * @param failure what fabric8 reported
     * @return the exception
     */
    WorkloadEndpointClientException translate(Throwable failure);
  }

  /** A list's endpoints and resourceVersion. */
  public static final class Snapshot {
    final List<WorkloadEndpoint> items;
    final String resourceVersion;

    /**
     * A snapshot.
     *
     * @param items the endpoints, in list order
     * @param resourceVersion the list's resourceVersion
     */
    public Snapshot(List<WorkloadEndpoint> items, String resourceVersion) {
      this.items = List.copyOf(items);
      this.resourceVersion = resourceVersion;
    }
  }

  private final Source source;
  private final WorkloadEndpointWatcher watcher;
  private final ExecutorService thread;

  /** The endpoints of each Pod seen, by "namespace/pod". Touched on the watch's thread only. */
  private final Map<String, List<WorkloadEndpoint>> byPod = new LinkedHashMap<>();

  private final Object lock = new Object();
  private Watch current;
  private boolean closed;
  private boolean ended;

  private EndpointWatch(Source source, WorkloadEndpointWatcher watcher) {
    this.source = source;
    this.watcher = watcher;
    this.thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "wepkit-watch-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts a watch from a resourceVersion, knowing these endpoints already.
   *
   * @param source the client's side
   * @param known the endpoints the caller has (from the list the resourceVersion came from)
   * @param resourceVersion where to start, or {@code ""} for now
   * @param watcher the caller's receiver
   * @return the running watch
   * @throws WorkloadEndpointClientException when the watch cannot be started
   */
  public static EndpointWatch start(
      Source source,
      List<WorkloadEndpoint> known,
      String resourceVersion,
      WorkloadEndpointWatcher watcher) {
    EndpointWatch watch = new EndpointWatch(source, Objects.requireNonNull(watcher, "watcher"));
    for (WorkloadEndpoint wep : known) {
      watch.byPod.computeIfAbsent(podKey(wep), k -> new ArrayList<>()).add(wep);
    }
    try {
      watch.connect(resourceVersion);
    } catch (WorkloadEndpointWatchExpiredException e) {
      watch.post(watch::resync);
    } catch (RuntimeException e) {
      watch.thread.shutdownNow();
      throw e;
    }
    return watch;
  }

  private void connect(String resourceVersion) {
    Watch started;
    try {
      started = source.watch(resourceVersion, new PodWatcher());
    } catch (RuntimeException e) {
      throw source.translate(e);
    }
    synchronized (lock) {
      if (closed) {
        started.close();
        return;
      }
      current = started;
    }
  }

  private final class PodWatcher implements Watcher<Pod> {
    @Override
    public void eventReceived(Action action, Pod pod) {
      if (action == Action.ADDED || action == Action.MODIFIED || action == Action.DELETED) {
        post(() -> onPod(action, pod));
      }
    }

    @Override
    public void onClose(WatcherException cause) {
      if (cause.isHttpGone()) {
        post(EndpointWatch.this::resync);
      } else {
        WorkloadEndpointClientException failure = source.translate(cause.asClientException());
        post(() -> end(Optional.of(failure)));
      }
    }

    @Override
    public void onClose() {
      // Closed by us.
    }
  }

  private void post(Runnable task) {
    try {
      thread.execute(
          () -> {
            synchronized (lock) {
              if (ended) {
                return;
              }
            }
            task.run();
          });
    } catch (RejectedExecutionException e) {
      // The watch has ended; nothing more is delivered.
    }
  }

  private void onPod(Watcher.Action action, Pod pod) {
    String key = pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    List<WorkloadEndpoint> before = byPod.getOrDefault(key, List.of());
    List<WorkloadEndpoint> now = source.endpoints(pod);
    if (action == Watcher.Action.DELETED) {
      // The Pod's last state, or what was known of it when that is not an endpoint any more.
      List<WorkloadEndpoint> gone = now.isEmpty() ? before : now;
      byPod.remove(key);
      for (WorkloadEndpoint wep : gone) {
        deliver(WorkloadEndpointEvent.of(WorkloadEndpointEvent.Type.DELETED, wep));
      }
      return;
    }
    WorkloadEndpointEvent.Type type =
        action == Watcher.Action.ADDED
            ? WorkloadEndpointEvent.Type.ADDED
            : WorkloadEndpointEvent.Type.MODIFIED;
    for (WorkloadEndpoint wep : now) {
      deliver(WorkloadEndpointEvent.of(type, wep));
    }
    for (WorkloadEndpoint old : before) {
      if (now.stream().noneMatch(w -> w.metadata().name().equals(old.metadata().name()))) {
        deliver(WorkloadEndpointEvent.of(WorkloadEndpointEvent.Type.DELETED, old));
      }
    }
    if (now.isEmpty()) {
      byPod.remove(key);
    } else {
      byPod.put(key, now);
    }
  }

  /** 410 Gone: list again, tell the caller what changed meanwhile, and watch from the list. */
  private void resync() {
    Snapshot snapshot;
    try {
      synchronized (lock) {
        if (current != null) {
          current.close();
          current = null;
        }
      }
      snapshot = source.list();
    } catch (WorkloadEndpointClientException e) {
      end(Optional.of(e));
      return;
    }
    Map<String, WorkloadEndpoint> before = new LinkedHashMap<>();
    for (List<WorkloadEndpoint> weps : byPod.values()) {
      for (WorkloadEndpoint wep : weps) {
        before.put(endpointKey(wep), wep);
      }
    }
    List<WorkloadEndpoint> added = new ArrayList<>();
    List<WorkloadEndpoint> changed = new ArrayList<>();
    byPod.clear();
    for (WorkloadEndpoint wep : snapshot.items) {
      WorkloadEndpoint old = before.remove(endpointKey(wep));
      if (old == null) {
        added.add(wep);
      } else if (!old.equals(wep)) {
        changed.add(wep);
      }
      byPod.computeIfAbsent(podKey(wep), k -> new ArrayList<>()).add(wep);
    }
    deliver(
        WorkloadEndpointEvent.builder()
            .type(WorkloadEndpointEvent.Type.RESYNC)
            .addAllAdded(added)
            .addAllChanged(changed)
            .addAllRemoved(before.values())
            .resourceVersion(snapshot.resourceVersion)
            .build());
    try {
      connect(snapshot.resourceVersion);
    } catch (WorkloadEndpointWatchExpiredException e) {
      post(this::resync);
    } catch (WorkloadEndpointClientException e) {
      end(Optional.of(e));
    }
  }

  private void deliver(WorkloadEndpointEvent event) {
    try {
      watcher.onEvent(event);
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING, "a WorkloadEndpoint watcher threw; the watch goes on", e);
    }
  }

  /** Ends the watch once: stops fabric8's watch, tells the caller, lets the thread finish. */
  private void end(Optional<WorkloadEndpointClientException> failure) {
    Watch toClose;
    synchronized (lock) {
      if (ended) {
        return;
      }
      ended = true;
      closed = true;
      toClose = current;
      current = null;
    }
    if (toClose != null) {
      toClose.close();
    }
    try {
      watcher.onClose(failure);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "a WorkloadEndpoint watcher's onClose threw", e);
    }
    thread.shutdown();
  }

  /**
   * Whether the watch has ended (closed, or failed).
   *
   * @return true once it has ended
   */
  public boolean isEnded() {
    synchronized (lock) {
      return ended;
    }
  }

  /**
   * Stops the watch: no event is delivered after {@link WorkloadEndpointWatcher#onClose}, and the
   * watch's thread has ended when this returns (unless called from that thread).
   */
  @Override
  public void close() {
    Watch toClose;
    synchronized (lock) {
      closed = true;
      toClose = current;
      current = null;
    }
    if (toClose != null) {
      toClose.close();
    }
    try {
      thread.execute(() -> end(Optional.empty()));
    } catch (RejectedExecutionException e) {
      // Already ended.
    }
    thread.shutdown();
    if (Thread.currentThread().getName().startsWith("wepkit-watch-")) {
      return;
    }
    try {
      if (!thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static String podKey(WorkloadEndpoint wep) {
    return wep.metadata().namespace() + "/" + wep.spec().pod();
  }

  private static String endpointKey(WorkloadEndpoint wep) {
    return wep.metadata().namespace() + "/" + wep.metadata().name();
  }
}
