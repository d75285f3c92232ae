// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.cli.internal.BatchLoop;
import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.cli.internal.JsonLines;
import dev.wepkit.names.InterfaceNames;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wepkit iface}: the host-side interface name Calico gives a pod. */
@Command(
    name = "iface",
    header = "Print the host-side interface name Calico gives a pod.",
    description = {
      "Print the host-side interface (veth) name Calico gives a pod: the prefix followed by the"
          + " first 11 hex characters of SHA-1(<namespace>.<pod>); with --index 1 to 9, the name of"
          + " an additional (Calico Enterprise multi-network) interface.",
      "With --batch, read {\"namespace\", \"pod\", \"prefix\", \"index\"} per line on stdin and"
          + " write {\"name\": ...} or {\"error\": {\"reason\": ...}} per line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the name was computed", "1:the index is out of range", "2:bad usage"})
final class IfaceCommand implements Callable<Integer> {
  private static final List<String> BATCH_FIELDS = List.of("namespace", "pod", "prefix", "index");

  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Option(names = "--namespace", paramLabel = "NS", description = "The pod's namespace.")
  String namespace;

  @Option(names = "--pod", paramLabel = "P", description = "The pod's name.")
  String pod;

  @Option(
      names = "--prefix",
      paramLabel = "PREFIX",
      description =
          "The interface prefix (default cali), or Felix's FELIX_INTERFACEPREFIX"
              + " setting: its first comma-separated item is used, and empty means cali.")
  String prefix;

  @Option(
      names = "--index",
      paramLabel = "N",
      description = "0 (default) for the pod's main interface, 1 to 9 for an additional one.")
  Integer index;

  @Option(names = "--batch", description = "Read JSON lines from stdin, write JSON lines.")
  boolean batch;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (batch) {
      if (namespace != null || pod != null || prefix != null || index != null) {
        throw new ParameterException(
            spec.commandLine(), "--batch reads the pods from stdin: give no other option");
      }
      return BatchLoop.run(parent.stdin(), out, spec.commandLine().getErr(), IfaceCommand::answer);
    }
    if (namespace == null || pod == null) {
      throw new ParameterException(
          spec.commandLine(),
          "Missing required option"
              + (namespace == null && pod == null
                  ? "s: '--namespace=NS', '--pod=P'"
                  : namespace == null ? ": '--namespace=NS'" : ": '--pod=P'"));
    }
    try {
      out.println(name(namespace, pod, prefix, index == null ? 0 : index));
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      out.flush();
      spec.commandLine().getErr().println("wepkit iface: " + e.getMessage());
      return ExitCodes.NEGATIVE;
    }
  }

  static String answer(ObjectNode request) {
    BatchLoop.onlyFields(request, BATCH_FIELDS);
    for (String required : List.of("namespace", "pod")) {
      if (!request.hasNonNull(required)) {
        throw new BatchLoop.BatchException("field \"" + required + "\" is required");
      }
    }
    JsonNode indexNode = request.get("index");
    int index = 0;
    if (indexNode != null && !indexNode.isNull()) {
      if (!indexNode.isIntegralNumber() || !indexNode.canConvertToInt()) {
        throw new BatchLoop.BatchException(
            "field \"index\" must be an integer but is " + BatchLoop.kind(indexNode));
      }
      index = indexNode.intValue();
    }
    String name =
        name(
            BatchLoop.text(request, "namespace"),
            BatchLoop.text(request, "pod"),
            request.hasNonNull("prefix") ? BatchLoop.text(request, "prefix") : null,
            index);
    return JsonLines.line(g -> g.writeStringField("name", name));
  }

  private static String name(String namespace, String pod, String prefix, int index) {
    return InterfaceNames.forPod(
        namespace, pod, InterfaceNames.prefixFromFelixSetting(prefix), index);
  }
}
