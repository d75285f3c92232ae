// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.cli.internal.BatchLoop;
import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.names.NameParseException;
import dev.wepkit.names.WorkloadEndpointNames;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wepkit parse}: splits a WorkloadEndpoint name into its identifiers. */
@Command(
    name = "parse",
    header = "Split a WorkloadEndpoint name into its identifiers.",
    description = {
      "Split a WorkloadEndpoint name into its identifiers, as Calico's ParseWorkloadEndpointName"
          + " does, and print them as one JSON object"
          + " {\"node\", \"orchestrator\", \"pod\", \"workload\", \"containerID\", \"endpoint\"}"
          + " (empty fields left out).",
      "With --batch, read {\"name\": ...} per line on stdin and write the identifiers or"
          + " {\"error\": {\"reason\": ...}} per line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the name was parsed",
      "1:the name cannot be parsed (message on stderr)",
      "2:bad usage"
    })
final class ParseCommand implements Callable<Integer> {
  private static final List<String> BATCH_FIELDS = List.of("name");

  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "The name to parse.")
  String name;

  @Option(names = "--batch", description = "Read JSON lines from stdin, write JSON lines.")
  boolean batch;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (batch == (name != null)) {
      throw new ParameterException(
          spec.commandLine(),
          batch ? "--batch reads the names from stdin: give no NAME" : "a NAME is required");
    }
    if (batch) {
      return BatchLoop.run(parent.stdin(), out, spec.commandLine().getErr(), ParseCommand::answer);
    }
    try {
      out.println(IdentifierOptions.toJson(WorkloadEndpointNames.parse(name)));
      return ExitCodes.OK;
    } catch (NameParseException e) {
      out.flush();
      spec.commandLine().getErr().println("wepkit parse: " + e.getMessage());
      return ExitCodes.NEGATIVE;
    }
  }

  static String answer(ObjectNode request) {
    BatchLoop.onlyFields(request, BATCH_FIELDS);
    if (!request.has("name")) {
      throw new BatchLoop.BatchException("field \"name\" is required");
    }
    return IdentifierOptions.toJson(WorkloadEndpointNames.parse(BatchLoop.text(request, "name")));
  }
}
