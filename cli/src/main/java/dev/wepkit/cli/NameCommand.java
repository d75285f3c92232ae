// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.cli.internal.BatchLoop;
import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.cli.internal.JsonLines;
import dev.wepkit.names.NameDerivationException;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wepkit name}: derives a WorkloadEndpoint name from its identifiers, as Calico does. */
@Command(
    name = "name",
    header = "Derive a WorkloadEndpoint name from its identifiers.",
    description = {
      "Derive the WorkloadEndpoint name <node>-<orchestrator>-<pod|containerID|workload>-<endpoint>"
          + " from its identifiers, escaping '-' as '--' (libcalico-go's rules).",
      "With --batch, read one JSON object per line on stdin,"
          + " {\"node\", \"orchestrator\", \"pod\", \"workload\", \"containerID\", \"endpoint\","
          + " \"prefix\": bool}, and write {\"name\": ...} or"
          + " {\"error\": {\"field\": ..., \"reason\": ...}} per line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the name was derived",
      "1:Calico rejects the identifiers (message on stderr)",
      "2:bad usage"
    })
final class NameCommand implements Callable<Integer> {
  private static final List<String> BATCH_FIELDS = batchFields();

  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Mixin IdentifierOptions ids;

  @Option(
      names = "--prefix",
      description =
          "Derive the name prefix used to list a workload's endpoints: stop at the"
              + " first empty segment and end with '-'.")
  boolean prefix;

  @Option(names = "--batch", description = "Read JSON lines from stdin, write JSON lines.")
  boolean batch;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (batch) {
      if (ids.anySet() || prefix) {
        throw new ParameterException(
            spec.commandLine(), "--batch reads the identifiers from stdin: give no other option");
      }
      return BatchLoop.run(parent.stdin(), out, spec.commandLine().getErr(), NameCommand::answer);
    }
    try {
      out.println(derive(ids.toIdentifiers(), prefix));
      return ExitCodes.OK;
    } catch (NameDerivationException e) {
      out.flush();
      spec.commandLine().getErr().println("wepkit name: " + e.getMessage());
      return ExitCodes.NEGATIVE;
    }
  }

  static String answer(ObjectNode request) {
    BatchLoop.onlyFields(request, BATCH_FIELDS);
    String name = derive(IdentifierOptions.fromRequest(request), BatchLoop.bool(request, "prefix"));
    return JsonLines.line(g -> g.writeStringField("name", name));
  }

  private static String derive(WorkloadEndpointIdentifiers ids, boolean prefix) {
    return prefix ? WorkloadEndpointNames.derivePrefix(ids) : WorkloadEndpointNames.derive(ids);
  }

  private static List<String> batchFields() {
    List<String> fields = new ArrayList<>(IdentifierOptions.FIELDS);
    fields.add("prefix");
    return List.copyOf(fields);
  }
}
