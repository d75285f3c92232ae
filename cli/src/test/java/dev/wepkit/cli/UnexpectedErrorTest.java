// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A bug inside a command: one line and exit code 2, the stack trace only with --debug. */
class UnexpectedErrorTest {
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }

  @Test
  void oneLineWithoutDebug() {
    StringWriter err = new StringWriter();
    int exit = run(err, "boom");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "wepkit: internal error: java.lang.IllegalStateException: a bug\n"
                + "wepkit: run again with --debug for the stack trace\n");
  }

  @Test
  void stackTraceWithDebugBeforeOrAfterTheCommand() {
    for (String[] args : new String[][] {{"--debug", "boom"}, {"boom", "--debug"}}) {
      StringWriter err = new StringWriter();
      assertThat(run(err, args)).isEqualTo(2);
      assertThat(err.toString())
          .startsWith("wepkit: internal error: java.lang.IllegalStateException: a bug\n")
          .contains("\tat " + Boom.class.getName() + ".call(");
    }
  }

  private static int run(StringWriter err, String... args) {
    CommandLine cli =
        WepkitCommand.commandLine(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(new StringWriter()),
            new PrintWriter(err, true),
            false,
            name -> null);
    cli.addSubcommand(new Boom());
    return cli.execute(args);
  }
}
