// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command as a real process: a forked JVM running {@link Main} with the test class path, so
 * that exit codes, real pipes and the separation of stdout and stderr are what a shell sees.
 */
class ForkedProcessTest {
  /** What a finished process left. */
  private static final class Result {
    int exit;
    String out;
    String err;

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  @Test
  void version() throws Exception {
    Result result = wepkit("", "--version");
    assertThat(result.exit).isZero();
    assertThat(result.out).startsWith("wepkit ");
    assertThat(result.err).isEmpty();
  }

  @Test
  void batchThroughARealPipe() throws Exception {
    Result result =
        wepkit(
            "{\"node\": \"node-1\", \"orchestrator\": \"k8s\", \"pod\": \"pod-name\", \"endpoint\":"
                + " \"eth0\"}\nnot json\n{\"node\": \"node-1\", \"orchestrator\": \"k8s\","
                + " \"prefix\": true}\n",
            "name",
            "--batch");
    assertThat(result.exit).as(result.toString()).isZero();
    assertThat(result.out.split("\n"))
        .hasSize(3)
        .startsWith("{\"name\": \"node--1-k8s-pod--name-eth0\"}")
        .endsWith("{\"name\": \"node--1-k8s-\"}");
    assertThat(result.err).isEmpty();
  }

  @Test
  void unknownOptionIsOneLineAndExitTwo() throws Exception {
    Result result = wepkit("", "iface", "--pods=x");
    assertThat(result.exit).isEqualTo(2);
    assertThat(result.out).isEmpty();
    assertThat(result.err.lines().count()).as(result.toString()).isEqualTo(1);
    assertThat(result.err)
        .isEqualTo("wepkit iface: Unknown option: '--pods=x' (see 'wepkit iface --help')\n");
  }

  @Test
  void noMatchExitsOne() throws Exception {
    Result result =
        wepkit(
            "",
            "matches",
            "--name",
            "node--1-k8s-pod--1-eth0",
            "--node",
            "node-1",
            "--orchestrator",
            "k8s",
            "--pod",
            "pod");
    assertThat(result.exit).isEqualTo(1);
    assertThat(result.out).isEqualTo("false\n");
  }

  @Test
  void validateTheExample() throws Exception {
    Result result =
        wepkit("", "validate", "--strict", "--identity", "../examples/workload-endpoint.yaml");
    assertThat(result.exit).as(result.toString()).isZero();
    assertThat(result.out).startsWith("OK ../examples/workload-endpoint.yaml[0] ");
    assertThat(result.err).isEmpty();
  }

  @Test
  void validateStdinAsJsonLines() throws Exception {
    String docs =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("target/test-classes/fixtures/wep-calicoctl-st-multidoc-1.yaml"));
    Result result = wepkit(docs, "validate", "--format", "json", "-");
    assertThat(result.exit).as(result.toString()).isZero();
    assertThat(result.out.split("\n"))
        .hasSize(2)
        .allMatch(line -> line.startsWith("{\"file\": \"-\", \"index\": "));
  }

  @Test
  void unparsableInputIsOneLineWithItsPositionAndNoStackTrace() throws Exception {
    Result result = wepkit("apiVersion: projectcalico.org/v3\nkind: [x\n", "validate", "-");
    assertThat(result.exit).as(result.toString()).isEqualTo(2);
    assertThat(result.err).matches("-:\\d+:\\d+: [^\n]*\n");
    assertThat(result.err).doesNotContain("Exception");
  }

  @Test
  void theOfflineCommandsNeedNoClusterAndNoKubeconfig() throws Exception {
    // KUBECONFIG and HOME point nowhere: no kubeconfig, no ~/.kube/config.
    Map<String, String> env =
        Map.of("KUBECONFIG", "/nonexistent/kubeconfig", "HOME", "/nonexistent");
    String pod =
        "apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: ns}\n"
            + "spec: {nodeName: node1}\nstatus: {podIP: 10.0.0.1}\n";

    Result validate = wepkit(env, "", "validate", "../examples/workload-endpoint.yaml");
    Result fromPod = wepkit(env, pod, "from-pod", "--to", "json", "-");
    Result get = wepkit(env, "", "get", "wep");
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path kubeconfig = Files.createTempFile("kubeconfig", ".yaml");
    Files.writeString(kubeconfig, MockCluster.kubeconfig("http://127.0.0.1:" + port));
    Result unreachable = wepkit(env, "", "get", "wep", "--kubeconfig", kubeconfig.toString());
    Files.delete(kubeconfig);

    assertThat(validate.exit).as(validate.toString()).isZero();
    assertThat(fromPod.exit).as(fromPod.toString()).isZero();
    assertThat(fromPod.out).contains("\"name\": \"node1-k8s-web-eth0\"");
    assertThat(fromPod.out).contains("\"interfaceName\": \"cali" + "c04432ae156" + "\"");
    // Only the live command needs the configuration, and says so in one line.
    assertThat(get.exit).as(get.toString()).isEqualTo(2);
    assertThat(get.err)
        .isEqualTo(
            "wepkit get: cannot read the kubeconfig: KUBECONFIG names no file that exists"
                + " (/nonexistent/kubeconfig); give --kubeconfig FILE\n");
    // A real request: still exactly one line on stderr (no SLF4J chatter), naming the URL.
    assertThat(unreachable.exit).as(unreachable.toString()).isEqualTo(2);
    assertThat(unreachable.err)
        .startsWith("wepkit get: the API server at http://127.0.0.1:" + port + "/ is unreachable")
        .hasLineCount(1);
  }

  private static Result wepkit(String stdin, String... args) throws Exception {
    return wepkit(Map.of(), stdin, args);
  }

  private static Result wepkit(Map<String, String> env, String stdin, String... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    Process process = builder.start();
    CompletableFuture<String> out = drain(process.getInputStream());
    CompletableFuture<String> err = drain(process.getErrorStream());
    try (OutputStream in = process.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    // A generous guard against a hang, not a timing assertion.
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the process ended").isTrue();
    Result result = new Result();
    result.exit = process.exitValue();
    result.out = out.get();
    result.err = err.get();
    return result;
  }

  private static CompletableFuture<String> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (InputStream in = stream) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
