// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** name, parse, matches and iface: flags, exit codes and batch behaviour. */
class NamesCommandsTest {
  @Test
  void nameFromFlags() {
    // Calico test "Valid k8s endpoint": node-1/k8s/pod-name/eth0.
    CliRun run =
        CliRun.run(
            "name",
            "--node",
            "node-1",
            "--orchestrator",
            "k8s",
            "--pod",
            "pod-name",
            "--endpoint",
            "eth0");
    assertThat(run.exit).isZero();
    assertThat(run.out).isEqualTo("node--1-k8s-pod--name-eth0\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void namePrefixStopsAtTheFirstEmptySegment() {
    CliRun run = CliRun.run("name", "--prefix", "--node", "node-1", "--orchestrator", "k8s");
    assertThat(run.exit).isZero();
    assertThat(run.out).isEqualTo("node--1-k8s-\n");
  }

  @Test
  void nameForCniUsesTheContainerId() {
    CliRun run =
        CliRun.run(
            "name",
            "--node",
            "node-1",
            "--orchestrator",
            "cni",
            "--container-id",
            "abcdefa0123456",
            "--endpoint",
            "eth0");
    assertThat(run.out).isEqualTo("node--1-cni-abcdefa0123456-eth0\n");
  }

  @Test
  void nameRejectedByCalicoExitsOneWithCalicosMessage() {
    CliRun run = CliRun.run("name", "--node", "node-1", "--orchestrator", "k8s", "--endpoint", "e");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo("wepkit name: error with field pod = '' (field should be assigned)\n");
  }

  @Test
  void nameWithoutNodeNamesTheNode() {
    CliRun run = CliRun.run("name", "--orchestrator", "k8s", "--pod", "p", "--endpoint", "e");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).contains("error with field node (field should be assigned)");
  }

  @Test
  void batchRefusesOtherOptions() {
    CliRun run = CliRun.run("name", "--batch", "--node", "x");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).startsWith("wepkit name: --batch").endsWith("(see 'wepkit name --help')\n");
    assertThat(run.err.lines().count()).isEqualTo(1);
  }

  @Test
  void parsePrintsTheIdentifiersAsJson() {
    CliRun run = CliRun.run("parse", "node--1-k8s-pod--name-eth0");
    assertThat(run.exit).isZero();
    assertThat(run.out)
        .isEqualTo(
            "{\"node\": \"node-1\", \"orchestrator\": \"k8s\", \"pod\": \"pod-name\","
                + " \"endpoint\": \"eth0\"}\n");
  }

  @Test
  void parseOfTooManyPartsExitsOne() {
    CliRun run = CliRun.run("parse", "a-b-c-d-e");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err)
        .isEqualTo(
            "wepkit parse: Error parsing a-b-c-d-e, verify that WorkloadEndpoint name is"
                + " correct\n");
  }

  @Test
  void parseNeedsANameOrBatch() {
    assertThat(CliRun.run("parse").exit).isEqualTo(2);
    assertThat(CliRun.run("parse", "--batch", "a-b").exit).isEqualTo(2);
  }

  @Test
  void matchesExitCodeIsTheAnswer() {
    // The prefix-list ambiguity: pod "pod" must not match pod "pod-1"'s endpoint.
    CliRun yes =
        CliRun.run(
            "matches",
            "--name",
            "node--1-k8s-pod-eth0",
            "--node",
            "node-1",
            "--pod",
            "pod",
            "--orchestrator",
            "k8s");
    CliRun no =
        CliRun.run(
            "matches",
            "--name",
            "node--1-k8s-pod--1-eth0",
            "--node",
            "node-1",
            "--pod",
            "pod",
            "--orchestrator",
            "k8s");
    assertThat(yes.exit).isZero();
    assertThat(yes.out).isEqualTo("true\n");
    assertThat(no.exit).isEqualTo(1);
    assertThat(no.out).isEqualTo("false\n");
  }

  @Test
  void matchesWithoutNodeIsAnError() {
    CliRun run = CliRun.run("matches", "--name", "a-k8s-b-c", "--orchestrator", "k8s");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("error with field node (field should be assigned)");
  }

  @Test
  void matchesNeedsAName() {
    CliRun run = CliRun.run("matches", "--node", "n");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).contains("--name");
  }

  @Test
  void ifaceOfAPod() {
    // Calico conversion_test: default/podA -> cali7f94ce7c295.
    CliRun run = CliRun.run("iface", "--namespace", "default", "--pod", "podA");
    assertThat(run.exit).isZero();
    assertThat(run.out).isEqualTo("cali7f94ce7c295\n");
  }

  @Test
  void ifacePrefixTakesFelixsSetting() {
    // Calico conversion_test: FELIX_INTERFACEPREFIX=eni,veth,foo -> eni82111e10a96.
    CliRun run =
        CliRun.run(
            "iface", "--namespace", "namespace", "--pod", "podname", "--prefix", "eni,veth,foo");
    assertThat(run.out).isEqualTo("eni82111e10a96\n");
  }

  @Test
  void ifaceIndexOutOfRange() {
    CliRun run = CliRun.run("iface", "--namespace", "a", "--pod", "b", "--index", "10");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).contains("a maximum of 9 additional interfaces is allowed on a pod");
  }

  @Test
  void ifaceNeedsNamespaceAndPod() {
    CliRun run = CliRun.run("iface", "--pod", "b");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err)
        .isEqualTo(
            "wepkit iface: Missing required option: '--namespace=NS' (see 'wepkit iface"
                + " --help')\n");
  }

  @Test
  void batchAnswersEveryLineAndNeverAborts() {
    String stdin =
        String.join(
            "\n",
            "{\"node\": \"node-1\", \"orchestrator\": \"k8s\", \"pod\": \"p\", \"endpoint\":"
                + " \"eth0\"}",
            "not json",
            "",
            "[1, 2]",
            "{\"node\": 5}",
            "{\"nodes\": \"x\"}",
            "{\"node\": \"a\", \"prefix\": \"yes\"}",
            "{\"node\": \"a\"} {\"node\": \"b\"}",
            "{\"orchestrator\": \"k8s\"}",
            "{\"node\": \"n\", \"orchestrator\": \"k8s\", \"prefix\": true}");
    CliRun run = CliRun.withStdin(stdin, "name", "--batch");
    assertThat(run.exit).isZero();
    List<String> lines = run.lines();
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0)).isEqualTo("{\"name\": \"node--1-k8s-p-eth0\"}");
    assertThat(lines.get(1)).startsWith("{\"error\": {\"reason\": \"malformed JSON: ");
    assertThat(lines.get(2))
        .isEqualTo("{\"error\": {\"reason\": \"empty line: expected a JSON object\"}}");
    assertThat(lines.get(3))
        .isEqualTo("{\"error\": {\"reason\": \"expected a JSON object but found an array\"}}");
    assertThat(lines.get(4)).contains("field \\\"node\\\" must be a string");
    assertThat(lines.get(5)).contains("unknown field \\\"nodes\\\"");
    assertThat(lines.get(6)).contains("field \\\"prefix\\\" must be true or false");
    assertThat(lines.get(7)).startsWith("{\"error\": {\"reason\": \"malformed JSON: ");
    assertThat(lines.get(8))
        .isEqualTo("{\"error\": {\"field\": \"node\", \"reason\": \"field should be assigned\"}}");
    assertThat(lines.get(9)).isEqualTo("{\"name\": \"n-k8s-\"}");
    assertThat(run.err).isEmpty();
  }

  @Test
  void batchReportsBytesThatAreNotUtf8OnTheirLine() {
    byte[] stdin =
        "{\"name\": \"a-b\"}\n{\"name\": \"\u00ff\"}\n{\"name\": \"c-d\"}\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    CliRun run = CliRun.withStdin(stdin, "parse", "--batch");
    assertThat(run.lines())
        .containsExactly(
            "{\"node\": \"a\", \"orchestrator\": \"b\"}",
            "{\"error\": {\"reason\": \"line 2 is not UTF-8 text\"}}",
            "{\"node\": \"c\", \"orchestrator\": \"d\"}");
  }

  @Test
  void batchOutputIsAsciiJson() {
    CliRun run = CliRun.withStdin("{\"name\": \"n\u00e9-x\\\"y\"}\n", "parse", "--batch");
    assertThat(run.out).isEqualTo("{\"node\": \"n\\u00e9\", \"orchestrator\": \"x\\\"y\"}\n");
  }

  @Test
  void matchesBatch() {
    String stdin =
        "{\"name\": \"node--1-k8s-pod-eth1\", \"identifiers\": {\"node\": \"node-1\", \"pod\":"
            + " \"pod\", \"orchestrator\": \"k8s\"}}\n"
            + "{\"name\": \"node--1-k8s-pod-eth1\", \"identifiers\": {\"node\": \"node-2\"}}\n"
            + "{\"name\": \"x\", \"identifiers\": []}\n"
            + "{\"name\": \"x\"}\n";
    CliRun run = CliRun.withStdin(stdin, "matches", "--batch");
    assertThat(run.lines())
        .containsExactly(
            "{\"matches\": true}",
            "{\"matches\": false}",
            "{\"error\": {\"reason\": \"field \\\"identifiers\\\" must be an object but is an"
                + " array\"}}",
            "{\"error\": {\"field\": \"node\", \"reason\": \"field should be assigned\"}}");
  }

  @Test
  void ifaceBatch() {
    String stdin =
        "{\"namespace\": \"default\", \"pod\": \"podB\"}\n"
            + "{\"namespace\": \"default\", \"pod\": \"podB\", \"prefix\": \"\"}\n"
            + "{\"namespace\": \"default\"}\n"
            + "{\"namespace\": \"a\", \"pod\": \"b\", \"index\": 1.5}\n";
    CliRun run = CliRun.withStdin(stdin, "iface", "--batch");
    assertThat(run.lines())
        .containsExactly(
            "{\"name\": \"cali92cf1f5e9f6\"}",
            "{\"name\": \"cali92cf1f5e9f6\"}",
            "{\"error\": {\"reason\": \"field \\\"pod\\\" is required\"}}",
            "{\"error\": {\"reason\": \"field \\\"index\\\" must be an integer but is the number"
                + " 1.5\"}}");
  }

  @Test
  void batchOfOneHundredThousandLines() {
    int n = 100_000;
    StringBuilder stdin = new StringBuilder(n * 80);
    for (int i = 0; i < n; i++) {
      stdin
          .append("{\"node\": \"node-")
          .append(i)
          .append("\", \"orchestrator\": \"k8s\", \"pod\": \"web-")
          .append(i)
          .append("\", \"endpoint\": \"eth0\"}\n");
    }
    CliRun run = CliRun.withStdin(stdin.toString(), "name", "--batch");
    assertThat(run.exit).isZero();
    List<String> lines = run.lines();
    assertThat(lines).hasSize(n);
    assertThat(lines.get(0)).isEqualTo("{\"name\": \"node--0-k8s-web--0-eth0\"}");
    assertThat(lines.get(54_321)).isEqualTo("{\"name\": \"node--54321-k8s-web--54321-eth0\"}");
    assertThat(lines.get(n - 1)).isEqualTo("{\"name\": \"node--99999-k8s-web--99999-eth0\"}");
  }

  /**
   * A caller that writes one line and waits for its answer before writing the next must get it: the
   * loop flushes whenever no more input is waiting.
   */
  @Test
  void batchAnswersEachLineBeforeTheNextArrives() throws Exception {
    PipedOutputStream toCommand = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(toCommand, 1 << 16);
    PipedInputStream fromCommand = new PipedInputStream(1 << 16);
    PipedOutputStream stdout = new PipedOutputStream(fromCommand);
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> {
              int code =
                  Main.run(
                      new String[] {"iface", "--batch"},
                      stdin,
                      stdout,
                      OutputStream.nullOutputStream());
              closeQuietly(stdout);
              return code;
            });
    toCommand.write(
        "{\"namespace\": \"default\", \"pod\": \"podA\"}\n".getBytes(StandardCharsets.UTF_8));
    toCommand.flush();
    assertThat(readLine(fromCommand)).isEqualTo("{\"name\": \"cali7f94ce7c295\"}");
    toCommand.write(
        "{\"namespace\": \"default\", \"pod\": \"podB\"}\n".getBytes(StandardCharsets.UTF_8));
    toCommand.flush();
    assertThat(readLine(fromCommand)).isEqualTo("{\"name\": \"cali92cf1f5e9f6\"}");
    toCommand.close();
    // A generous guard against a hang, not a timing assertion.
    assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      line.append((char) c);
    }
    return line.toString();
  }

  private static void closeQuietly(OutputStream out) {
    try {
      out.close();
    } catch (IOException e) {
      // The test reads what it needs before this.
    }
  }
}
