// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.cli.internal.BatchLoop;
import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.cli.internal.JsonLines;
import dev.wepkit.names.NameDerivationException;
import dev.wepkit.names.WorkloadEndpointNames;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wepkit matches}: whether a name belongs to identifiers, as Calico's NameMatches says. */
@Command(
    name = "matches",
    header = "Tell whether a WorkloadEndpoint name matches identifiers.",
    description = {
      "Tell whether a WorkloadEndpoint name matches identifiers (Calico's NameMatches): each"
          + " identifier given must equal its part of the name; identifiers left out match"
          + " anything. Prints true or false.",
      "With --batch, read {\"name\": ..., \"identifiers\": {...}} per line on stdin and write"
          + " {\"matches\": bool} or {\"error\": {...}} per line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the name matches",
      "1:the name does not match",
      "2:bad usage, or identifiers Calico rejects (no --node)"
    })
final class MatchesCommand implements Callable<Integer> {
  private static final List<String> BATCH_FIELDS = List.of("name", "identifiers");

  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Option(names = "--name", paramLabel = "NAME", description = "The name to test.")
  String name;

  @Mixin IdentifierOptions ids;

  @Option(names = "--batch", description = "Read JSON lines from stdin, write JSON lines.")
  boolean batch;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (batch) {
      if (name != null || ids.anySet()) {
        throw new ParameterException(
            spec.commandLine(),
            "--batch reads names and identifiers from stdin: give no other" + " option");
      }
      return BatchLoop.run(
          parent.stdin(), out, spec.commandLine().getErr(), MatchesCommand::answer);
    }
    if (name == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--name=NAME'");
    }
    try {
      boolean matches = WorkloadEndpointNames.matches(name, ids.toIdentifiers());
      out.println(matches);
      return matches ? ExitCodes.OK : ExitCodes.NEGATIVE;
    } catch (NameDerivationException e) {
      out.flush();
      spec.commandLine().getErr().println("wepkit matches: " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }

  static String answer(ObjectNode request) {
    BatchLoop.onlyFields(request, BATCH_FIELDS);
    if (!request.has("name")) {
      throw new BatchLoop.BatchException("field \"name\" is required");
    }
    String name = BatchLoop.text(request, "name");
    JsonNode identifiers = request.get("identifiers");
    ObjectNode ids;
    if (identifiers == null || identifiers.isNull()) {
      ids = request.objectNode();
    } else if (identifiers.isObject()) {
      ids = (ObjectNode) identifiers;
    } else {
      throw new BatchLoop.BatchException(
          "field \"identifiers\" must be an object but is " + BatchLoop.kind(identifiers));
    }
    BatchLoop.onlyFields(ids, IdentifierOptions.FIELDS);
    boolean matches = WorkloadEndpointNames.matches(name, IdentifierOptions.fromRequest(ids));
    return JsonLines.line(g -> g.writeBooleanField("matches", matches));
  }
}
