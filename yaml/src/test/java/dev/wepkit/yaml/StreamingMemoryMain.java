// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import dev.wepkit.WorkloadEndpoint;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run in a separate JVM with a small heap by {@link StreamingMemoryTest}: streams generated YAML
 * (never held in memory) through {@link WorkloadEndpointYaml#stream(InputStream)} and prints what
 * it counted and measured, one line a run. Arguments: pairs of a shape ({@code list}: one
 * WorkloadEndpointList document; {@code documents}: one endpoint a document) and a count.
 */
public final class StreamingMemoryMain {
  private StreamingMemoryMain() {}

  /**
   * Streams every run at the same time, one thread each, and reports one line of {@code key=value}
   * pairs a run, in argument order.
   *
   * @param args pairs of a shape and a count
   * @throws InterruptedException if interrupted while waiting for the runs
   */
  public static void main(String[] args) throws InterruptedException {
    // What one endpoint costs when kept: a few thousand, retained, over the heap after GC.
    long perEndpoint = retainedBytesPerEndpoint();
    int runs = args.length / 2;
    String[] lines = new String[runs];
    Throwable[] failures = new Throwable[runs];
    Thread[] threads = new Thread[runs];
    for (int i = 0; i < runs; i++) {
      int run = i;
      threads[i] =
          new Thread(
              () -> {
                try {
                  lines[run] = run(args[2 * run], Integer.parseInt(args[2 * run + 1]), perEndpoint);
                } catch (Throwable t) {
                  // OutOfMemoryError included: the parent test reads it and the exit status.
                  failures[run] = t;
                }
              });
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    boolean failed = false;
    for (int i = 0; i < runs; i++) {
      if (failures[i] != null) {
        failures[i].printStackTrace(System.out);
        failed = true;
      } else {
        System.out.println(lines[i]);
      }
    }
    System.exit(failed ? 1 : 0);
  }

  private static String run(String shape, int count, long perEndpoint) {
    boolean list = shape.equals("list");
    WorkloadEndpointYaml yaml =
        WorkloadEndpointYaml.builder()
            // One document holds the whole list: lift the per-document limit for it.
            .limits(YamlLimits.builder().maxDocumentCodePoints(Integer.MAX_VALUE).build())
            .build();
    EndpointSource source = new EndpointSource(count, list);
    long start = System.nanoTime();
    long seen = 0;
    try (Stream<WorkloadEndpoint> weps = yaml.stream(source)) {
      Iterator<WorkloadEndpoint> it = weps.iterator();
      while (it.hasNext()) {
        WorkloadEndpoint wep = it.next();
        if (!wep.metadata().name().equals(EndpointSource.name(seen))) {
          throw new AssertionError("endpoint " + seen + " is " + wep.metadata().name());
        }
        seen++;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return "shape="
        + shape
        + " count="
        + seen
        + " bytes="
        + source.bytesRead()
        + " millis="
        + millis
        + " maxHeap="
        + Runtime.getRuntime().maxMemory()
        + " peakHeap="
        + peakHeap()
        + " retainedPerEndpoint="
        + perEndpoint;
  }

  private static long retainedBytesPerEndpoint() {
    int sample = 5_000;
    WorkloadEndpointYaml yaml = WorkloadEndpointYaml.create();
    long before = usedAfterGc();
    List<WorkloadEndpoint> kept = new ArrayList<>(sample);
    try (Stream<WorkloadEndpoint> weps = yaml.stream(new EndpointSource(sample, true))) {
      weps.forEach(kept::add);
    }
    long after = usedAfterGc();
    long per = (after - before) / kept.size();
    kept.clear();
    return per;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /**
   * Generates a {@code WorkloadEndpointList} (or a stream of documents) of distinct endpoints, one
   * at a time, as bytes.
   */
  static final class EndpointSource extends InputStream {
    private final int count;
    private final boolean list;
    private byte[] chunk;
    private int at;
    private int next;
    private long bytesRead;
    private boolean ended;

    EndpointSource(int count, boolean list) {
      this.count = count;
      this.list = list;
      this.chunk =
          (list
                  ? "apiVersion: projectcalico.org/v3\n"
                      + "kind: WorkloadEndpointList\n"
                      + "metadata: {}\n"
                      + "items:\n"
                  : "")
              .getBytes(StandardCharsets.UTF_8);
    }

    static String name(long i) {
      return "node1-k8s-pod--" + i + "-eth0";
    }

    long bytesRead() {
      return bytesRead;
    }

    private static String item(int i, String indent) {
      String text =
          "apiVersion: projectcalico.org/v3\n"
              + "kind: WorkloadEndpoint\n"
              + "metadata:\n"
              + "  labels:\n"
              + "    projectcalico.org/orchestrator: k8s\n"
              + "  name: "
              + name(i)
              + "\n"
              + "  namespace: ns1\n"
              + "spec:\n"
              + "  containerID: \""
              + i
              + "\"\n"
              + "  interfaceName: cali"
              + i
              + "\n"
              + "  ipNetworks:\n"
              + "  - 10."
              + (i >> 16 & 255)
              + "."
              + (i >> 8 & 255)
              + "."
              + (i & 255)
              + "/32\n"
              + "  node: node1\n"
              + "  pod: pod-"
              + i
              + "\n";
      return indent.isEmpty() ? text : "- " + text.replace("\n", "\n  ").trim() + "\n";
    }

    private boolean refill() {
      while (at == chunk.length) {
        if (next == count) {
          if (ended) {
            return false;
          }
          ended = true;
          chunk = new byte[0];
          at = 0;
          return false;
        }
        String text = list ? item(next, "  ") : (next == 0 ? "" : "---\n") + item(next, "");
        next++;
        chunk = text.getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      return true;
    }

    @Override
    public int read() {
      if (!refill()) {
        return -1;
      }
      bytesRead++;
      return chunk[at++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!refill()) {
        return -1;
      }
      int n = Math.min(len, chunk.length - at);
      System.arraycopy(chunk, at, b, off, n);
      at += n;
      bytesRead += n;
      return n;
    }
  }
}
