// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import dev.wepkit.cli.internal.ExitCodes;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code wepkit} command, which holds what its subcommands share. */
@Command(
    name = "wepkit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    // Every subcommand has --help and --version from here, as picocli's inherited scope gives them.
    scope = ScopeType.INHERIT,
    description = "Validate, convert and name Calico WorkloadEndpoints (projectcalico.org/v3).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ValidateCommand.class,
      ConvertCommand.class,
      NameCommand.class,
      ParseCommand.class,
      MatchesCommand.class,
      IfaceCommand.class,
      SchemaCommand.class,
      FromPodCommand.class,
      GetCommand.class,
      WatchCommand.class,
      SelectCommand.class,
      PoliciesCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success; 1 a resource is invalid, a name does not match, or Calico rejects"
          + " the input; 2 bad usage, or input that cannot be read or parsed."
    })
final class WepkitCommand implements Runnable {
  @Spec CommandSpec spec;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print a stack trace for unexpected errors.")
  boolean debug;

  private final InputStream stdin;
  private final boolean colour;
  private final UnaryOperator<String> env;

  private WepkitCommand(InputStream stdin, boolean colour, UnaryOperator<String> env) {
    this.stdin = stdin;
    this.colour = colour;
    this.env = env;
  }

  /** Builds the command line with its streams and handlers. */
  static CommandLine commandLine(
      InputStream stdin,
      PrintWriter out,
      PrintWriter err,
      boolean colour,
      UnaryOperator<String> env) {
    WepkitCommand top = new WepkitCommand(stdin, colour, env);
    CommandLine cli = new CommandLine(top);
    cli.setOut(out);
    cli.setErr(err);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    // Enum constants are upper case in Java and accepted in any case (--format sarif).
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(WepkitCommand::usageError);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          out.flush();
          err.println("wepkit: internal error: " + e);
          if (top.debug) {
            e.printStackTrace(err);
          } else {
            err.println("wepkit: run again with --debug for the stack trace");
          }
          err.flush();
          return ExitCodes.USAGE;
        });
    return cli;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** Standard input, for {@code -} and {@code --batch}. */
  InputStream stdin() {
    return stdin;
  }

  /** An environment variable, or null when unset. */
  String env(String name) {
    return env.apply(name);
  }

  /** Whether to colour text output. */
  boolean colour() {
    return colour;
  }

  @Override
  public void run() {
    // "wepkit" alone: show what there is to run.
    throw new ParameterException(spec.commandLine(), "a command is required: " + commandNames());
  }

  private String commandNames() {
    return String.join(", ", List.copyOf(spec.subcommands().keySet()));
  }
}
