// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Streams 200,000 endpoints (about 60 MB of YAML, generated as it is read) in a JVM whose heap is
 * 64 MB, once as one WorkloadEndpointList and once as 200,000 documents. Kept, the endpoints would
 * need more than that heap (about 150 MB), which {@link StreamingMemoryMain} measures on a sample;
 * so a stream whose memory grew with the items would die of OutOfMemoryError.
 */
class StreamingMemoryTest {
  private static final int COUNT = 200_000;
  private static final long HEAP = 64L * 1024 * 1024;

  @Test
  void streams200000EndpointsIn64Megabytes() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx64m");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(StreamingMemoryMain.class.getName());
    command.add("list");
    command.add(String.valueOf(COUNT));
    command.add("documents");
    command.add(String.valueOf(COUNT));
    Path output = Files.createTempFile("wepkit-streaming", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      boolean finished = process.waitFor(120, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      String out = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(finished).as(out).isTrue();
      assertThat(process.exitValue()).as(out).isZero();

      List<Map<String, String>> runs = parse(out);
      assertThat(runs).as(out).hasSize(2);
      assertThat(runs).extracting(r -> r.get("shape")).containsExactly("list", "documents");
      for (Map<String, String> run : runs) {
        assertThat(Long.parseLong(run.get("count"))).as(out).isEqualTo(COUNT);
        assertThat(Long.parseLong(run.get("maxHeap"))).isLessThanOrEqualTo(HEAP);
        // The input was far larger than the heap...
        assertThat(Long.parseLong(run.get("bytes"))).isGreaterThan(HEAP / 2);
        // ...and so were the endpoints, had they been kept.
        assertThat(Long.parseLong(run.get("retainedPerEndpoint")) * COUNT)
            .as(out)
            .isGreaterThan(HEAP);
      }
      System.out.print("StreamingMemoryTest (-Xmx64m):" + System.lineSeparator() + out);
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static List<Map<String, String>> parse(String out) {
    List<Map<String, String>> runs = new ArrayList<>();
    for (String line : out.split("\\R")) {
      if (!line.startsWith("shape=")) {
        continue;
      }
      Map<String, String> run = new HashMap<>();
      for (String pair : line.trim().split(" ")) {
        int eq = pair.indexOf('=');
        run.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
      runs.add(run);
    }
    return runs;
  }
}
