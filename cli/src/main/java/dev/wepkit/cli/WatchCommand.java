// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.cli.internal.ClusterConnection;
import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.cli.internal.JsonLines;
import dev.wepkit.cli.internal.Printable;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.kubernetes.ListOptions;
import dev.wepkit.kubernetes.WorkloadEndpointClientException;
import dev.wepkit.kubernetes.WorkloadEndpointEvent;
import dev.wepkit.kubernetes.WorkloadEndpointWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wepkit watch}: the changes to a live cluster's WorkloadEndpoints, as JSON lines. */
@Command(
    name = "watch",
    header = "Watch the WorkloadEndpoints of a live cluster as JSON lines.",
    description = {
      "List the WorkloadEndpoints (one ADDED line each), then print one JSON line per change,"
          + " flushed at once: {\"type\": \"ADDED|MODIFIED|DELETED\", \"object\": <endpoint>}."
          + " Pods that are not Calico endpoints (host-networked, unscheduled) give no line; a"
          + " Pod that stops being one gives DELETED.",
      "When the server has forgotten the watch's position (410 Gone), wepkit lists again and"
          + " prints {\"type\": \"RESYNC\", \"object\": {\"resourceVersion\": ..., \"added\":"
          + " [...], \"changed\": [...], \"removed\": [...]}}: what changed while it could not"
          + " see. A dropped connection resumes where it was; nothing is lost.",
      "Runs until interrupted (Ctrl-C closes the watch), until --max-events lines or --timeout."
          + " The credentials need list and watch on pods."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped by --max-events, --timeout or a closed stdout",
      "2:bad usage, no configuration, or the cluster cannot be reached, refuses or ends the"
          + " watch (stderr)"
    })
final class WatchCommand implements Callable<Integer> {
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();

  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Mixin ClusterOptions cluster;

  @Parameters(index = "0", paramLabel = "RESOURCE", description = "workloadendpoints.")
  String resource;

  @Option(
      names = "--max-events",
      paramLabel = "N",
      description = "Stop after N lines (the initial ADDED lines count).")
  Integer maxEvents;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Stop after this long (30s, 5m, 1h).")
  Duration timeout;

  @Override
  public Integer call() {
    GetCommand.checkResource(spec, resource);
    cluster.check(spec);
    if (maxEvents != null && maxEvents < 1) {
      throw new ParameterException(spec.commandLine(), "--max-events must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    try (ClusterConnection connection = cluster.open(parent)) {
      ListOptions options = cluster.listOptions(connection, Optional.empty());
      WorkloadEndpointList list = connection.client().list(options);
      int printed = 0;
      for (WorkloadEndpoint endpoint : list.items()) {
        if (!print(out, WorkloadEndpointEvent.of(WorkloadEndpointEvent.Type.ADDED, endpoint))) {
          return ExitCodes.OK;
        }
        if (maxEvents != null && ++printed >= maxEvents) {
          return ExitCodes.OK;
        }
      }
      AutoCloseable watch = connection.client().watch(options, list, new Forward(queue));
      // Ctrl-C: close the watch (its thread ends) before the JVM goes.
      Thread hook = new Thread(() -> closeQuietly(watch), "wepkit-watch-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        while (true) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return ExitCodes.OK;
          }
          Object next =
              queue.poll(Math.min(left, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
          if (next == null) {
            continue;
          }
          if (next instanceof WorkloadEndpointEvent) {
            if (!print(out, (WorkloadEndpointEvent) next)) {
              return ExitCodes.OK;
            }
            if (maxEvents != null && ++printed >= maxEvents) {
              return ExitCodes.OK;
            }
            continue;
          }
          @SuppressWarnings("unchecked")
          Optional<WorkloadEndpointClientException> failure =
              (Optional<WorkloadEndpointClientException>) next;
          if (failure.isEmpty()) {
            return ExitCodes.OK;
          }
          throw failure.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return ExitCodes.OK;
      } finally {
        closeQuietly(watch);
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running or has run.
        }
      }
    } catch (WorkloadEndpointClientException e) {
      out.flush();
      err.println("wepkit watch: " + Printable.escapeControls(e.getMessage()));
      return ExitCodes.USAGE;
    }
  }

  /** Prints one line and flushes; false when nobody reads stdout any more. */
  private static boolean print(PrintWriter out, WorkloadEndpointEvent event) {
    out.println(line(event));
    out.flush();
    return !out.checkError();
  }

  /** One event as a JSON line; a RESYNC's object holds its resourceVersion and three lists. */
  static String line(WorkloadEndpointEvent event) {
    return JsonLines.line(
        g -> {
          g.writeStringField("type", event.type().name());
          g.writeFieldName("object");
          if (event.type() == WorkloadEndpointEvent.Type.RESYNC) {
            g.writeStartObject();
            g.writeStringField("resourceVersion", event.resourceVersion());
            array(g, "added", event.added());
            array(g, "changed", event.changed());
            array(g, "removed", event.removed());
            g.writeEndObject();
          } else {
            endpoint(g, event.object().orElseThrow());
          }
        });
  }

  private static void array(JsonGenerator g, String name, List<WorkloadEndpoint> endpoints)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (WorkloadEndpoint endpoint : endpoints) {
      endpoint(g, endpoint);
    }
    g.writeEndArray();
  }

  /** The endpoint as the JSON codec writes it (Go's field order), on the line's generator. */
  private static void endpoint(JsonGenerator g, WorkloadEndpoint endpoint) throws IOException {
    TREES.writeTree(g, TREES.readTree(JSON.write(endpoint)));
  }

  private static void closeQuietly(AutoCloseable watch) {
    try {
      watch.close();
    } catch (Exception e) {
      // Closing is best effort; the command is ending.
    }
  }

  /** Hands the watch's events and its end to the command's thread. */
  private static final class Forward implements WorkloadEndpointWatcher {
    private final BlockingQueue<Object> queue;

    Forward(BlockingQueue<Object> queue) {
      this.queue = queue;
    }

    @Override
    public void onEvent(WorkloadEndpointEvent event) {
      queue.add(event);
    }

    @Override
    public void onClose(Optional<WorkloadEndpointClientException> failure) {
      queue.add(failure);
    }
  }
}
