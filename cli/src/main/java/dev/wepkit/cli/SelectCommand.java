// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.cli.internal.BatchLoop;
import dev.wepkit.cli.internal.ClusterConnection;
import dev.wepkit.cli.internal.ClusterProfiles;
import dev.wepkit.cli.internal.EndpointTable;
import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.cli.internal.InputException;
import dev.wepkit.cli.internal.JsonLines;
import dev.wepkit.cli.internal.Printable;
import dev.wepkit.cli.internal.ResourceCodec;
import dev.wepkit.cli.internal.ResourceFiles;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.kubernetes.WorkloadEndpointClientException;
import dev.wepkit.policy.EffectiveLabels;
import dev.wepkit.policy.Profile;
import dev.wepkit.policy.Selector;
import dev.wepkit.policy.SelectorParseException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wepkit select}: the WorkloadEndpoints a Calico selector selects, offline. */
@Command(
    name = "select",
    header = "Show the WorkloadEndpoints a Calico selector selects.",
    description = {
      "Evaluate a Calico selector (app == 'web' && has(tier)) against the effective labels of"
          + " each WorkloadEndpoint in the files, as Felix does: the endpoint's own labels, the"
          + " projectcalico.org/namespace, /orchestrator and /serviceaccount labels, then the"
          + " labels of its profiles in order. Profiles come from --labels-from: Kubernetes"
          + " Namespaces (kns.<ns>, labels as pcns.*), ServiceAccounts (ksa.<ns>.<name>, labels as"
          + " pcsa.*) or Calico Profiles.",
      "With only a SELECTOR, select from a live cluster (the options of get): its Pods' endpoints,"
          + " with the profiles of its Namespaces and ServiceAccounts (the credentials need list"
          + " on pods, namespaces and serviceaccounts); --labels-from files are applied on top.",
      "Output: the table of get with the namespace first (-o wide for more columns), or"
          + " -o json|yaml: a WorkloadEndpointList of the selected endpoints, in input order.",
      "With --batch, read one JSON object per line on stdin, {\"selector\": ..., \"labels\":"
          + " {...}}, and write {\"matches\": bool, \"canonical\": ...} or {\"error\":"
          + " {\"reason\": ..., \"position\": N}} per line; a bad line never stops the run."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:at least one endpoint is selected (--batch: the input was read)",
      "1:no endpoint is selected",
      "2:bad usage, a selector Calico refuses (the reason and a caret under its position), or"
          + " input that cannot be read"
    })
final class SelectCommand implements Callable<Integer> {
  private static final List<String> BATCH_FIELDS = List.of("selector", "labels");

  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Option(
      names = "--labels-from",
      paramLabel = "FILE",
      description =
          "Namespaces, ServiceAccounts or Profiles (YAML or JSON) whose labels the endpoints'"
              + " profiles apply; repeat for several files.")
  List<String> labelsFrom = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "table|wide|yaml|json",
      converter = OutputFormat.Converter.class,
      description = "Output format (default table).")
  OutputFormat output = OutputFormat.TABLE;

  @Option(names = "--batch", description = "Read JSON lines from stdin, write JSON lines.")
  boolean batch;

  @Mixin ClusterOptions cluster;

  @Parameters(
      paramLabel = "SELECTOR [FILE|-...]",
      description =
          "The selector, then the WorkloadEndpoint files (- is stdin); none: a live cluster.")
  List<String> arguments = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (batch) {
      if (!arguments.isEmpty()
          || !labelsFrom.isEmpty()
          || output != OutputFormat.TABLE
          || cluster.anySet()) {
        throw new ParameterException(
            spec.commandLine(), "--batch reads selectors and labels from stdin: give nothing else");
      }
      return BatchLoop.run(parent.stdin(), out, err, SelectCommand::answer);
    }
    if (arguments.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "a selector is required");
    }
    boolean live = arguments.size() == 1;
    if (live) {
      cluster.check(spec);
    } else if (cluster.anySet()) {
      throw new ParameterException(
          spec.commandLine(),
          "the cluster options (--kubeconfig, --context, -n, -A, --node, -l) select from a live"
              + " cluster: give no FILE with them");
    }
    Selector selector;
    try {
      selector = Selector.parse(arguments.get(0));
    } catch (SelectorParseException e) {
      err.println("wepkit select: " + Printable.escapeControls(e.getMessage()));
      err.println("  " + Printable.escapeControls(e.selector()));
      String before = e.selector().substring(0, Math.min(e.position(), e.selector().length()));
      err.println("  " + " ".repeat(width(Printable.escapeControls(before))) + "^");
      return ExitCodes.USAGE;
    }
    Map<String, Profile> profiles = new LinkedHashMap<>();
    List<WorkloadEndpoint> endpoints = new ArrayList<>();
    try {
      if (live) {
        try (ClusterConnection connection = cluster.open(parent)) {
          for (Profile profile :
              ClusterProfiles.read(connection.kubernetes(), cluster.namespace(connection))) {
            profiles.put(profile.name(), profile);
          }
          endpoints.addAll(
              connection.client().list(cluster.listOptions(connection, Optional.empty())).items());
        }
      }
      for (String file : labelsFrom) {
        for (Profile profile : ResourceFiles.profiles(file, parent.stdin())) {
          // A later file wins (over the cluster's too), as a later apply would.
          profiles.put(profile.name(), profile);
        }
      }
      for (String file : arguments.subList(1, arguments.size())) {
        endpoints.addAll(ResourceFiles.endpoints(file, parent.stdin()));
      }
    } catch (InputException e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    } catch (WorkloadEndpointClientException e) {
      out.flush();
      err.println("wepkit select: " + Printable.escapeControls(e.getMessage()));
      return ExitCodes.USAGE;
    }
    List<WorkloadEndpoint> selected = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>();
    for (WorkloadEndpoint endpoint : endpoints) {
      EffectiveLabels labels = EffectiveLabels.of(endpoint, profiles);
      missing.addAll(labels.missingProfiles());
      if (selector.matches(labels)) {
        selected.add(endpoint);
      }
    }
    if (live || !labelsFrom.isEmpty()) {
      for (String name : missing) {
        err.println(
            "wepkit select: note: profile "
                + Printable.escapeControls(name)
                + (live ? " was not found" : " is in no --labels-from file")
                + ": its labels are not applied");
      }
    }
    print(out, selected);
    return selected.isEmpty() ? ExitCodes.NEGATIVE : ExitCodes.OK;
  }

  private void print(PrintWriter out, List<WorkloadEndpoint> selected) {
    ResourceCodec codec = new ResourceCodec(false, w -> {});
    ResourceDocument list =
        ResourceDocument.of(WorkloadEndpointList.builder().addAllItems(selected).build());
    switch (output) {
      case TABLE:
      case WIDE:
        out.print(EndpointTable.render(selected, output == OutputFormat.WIDE, true));
        break;
      case YAML:
        codec.writeYaml(List.of(list), out);
        break;
      case JSON:
        codec.writeJson(list, out);
        out.println();
        break;
    }
  }

  /** One batch line: parse, canonical form, evaluation against the labels given. */
  static String answer(ObjectNode request) {
    BatchLoop.onlyFields(request, BATCH_FIELDS);
    if (!request.hasNonNull("selector")) {
      throw new BatchLoop.BatchException("field \"selector\" is required");
    }
    String text = BatchLoop.text(request, "selector");
    Map<String, String> labels = labels(request.get("labels"));
    Selector selector;
    try {
      selector = Selector.parse(text);
    } catch (SelectorParseException e) {
      return JsonLines.line(
          g -> {
            g.writeObjectFieldStart("error");
            g.writeStringField("reason", e.reason());
            g.writeNumberField("position", e.position());
            g.writeEndObject();
          });
    }
    boolean matches = selector.matches(labels);
    return JsonLines.line(
        g -> {
          g.writeBooleanField("matches", matches);
          g.writeStringField("canonical", selector.toString());
        });
  }

  private static Map<String, String> labels(JsonNode node) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return labels;
    }
    if (!node.isObject()) {
      throw new BatchLoop.BatchException(
          "field \"labels\" must be an object of strings but is " + BatchLoop.kind(node));
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isTextual()) {
        throw new BatchLoop.BatchException(
            "label \""
                + field.getKey()
                + "\" must be a string but is "
                + BatchLoop.kind(field.getValue()));
      }
      labels.put(field.getKey(), field.getValue().textValue());
    }
    return labels;
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
