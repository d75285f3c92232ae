// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command explains itself, and the top level lists them all. */
class HelpTest {
  private static final List<String> COMMANDS =
      List.of(
          "validate",
          "convert",
          "name",
          "parse",
          "matches",
          "iface",
          "from-pod",
          "schema",
          "get",
          "watch",
          "select",
          "policies");

  @Test
  void everyCommandHasHelpWithItsExitCodes() {
    for (String command : COMMANDS) {
      CliRun run = CliRun.run(command, "--help");
      assertThat(run.exit).as(command).isZero();
      assertThat(run.out).as(command).contains("Usage: wepkit " + command).contains("Exit codes:");
      assertThat(run.err).as(command).isEmpty();
    }
  }

  @Test
  void everyCommandHasTheVersionOptionItInheritsFromTheTop() {
    for (String command : COMMANDS) {
      CliRun run = CliRun.run(command, "--version");
      assertThat(run.exit).as(command).isZero();
      assertThat(run.out).as(command).startsWith("wepkit ");
    }
  }

  @Test
  void enumValuesAreAcceptedInAnyCase() {
    for (String to : List.of("json", "JSON", "Json")) {
      CliRun run = CliRun.run("convert", "--to", to, "../examples/workload-endpoint.yaml");
      assertThat(run.exit).as(to).isZero();
      assertThat(run.out).as(to).startsWith("{");
    }
  }

  @Test
  void topLevelHelpListsEveryCommand() {
    CliRun run = CliRun.run("--help");
    assertThat(run.exit).isZero();
    for (String command : COMMANDS) {
      assertThat(run.out).containsPattern("(?m)^  " + command + " +\\S");
    }
  }

  @Test
  void noCommandOrAnUnknownOneIsAUsageError() {
    CliRun none = CliRun.run();
    assertThat(none.exit).isEqualTo(2);
    assertThat(none.err).startsWith("wepkit: a command is required: validate, convert, name,");
    CliRun unknown = CliRun.run("lint");
    assertThat(unknown.exit).isEqualTo(2);
    assertThat(unknown.err)
        .isEqualTo("wepkit: Unmatched argument at index 0: 'lint' (see 'wepkit --help')\n");
  }
}
