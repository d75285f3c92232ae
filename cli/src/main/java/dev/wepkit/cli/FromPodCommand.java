// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.cli.internal.InputException;
import dev.wepkit.cli.internal.Inputs;
import dev.wepkit.cli.internal.ResourceCodec;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.kubernetes.PodConversion;
import dev.wepkit.kubernetes.PodConversionException;
import dev.wepkit.kubernetes.PodView;
import dev.wepkit.kubernetes.PodViews;
import dev.wepkit.yaml.YamlTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wepkit from-pod}: the WorkloadEndpoints Calico derives from Kubernetes Pods. */
@Command(
    name = "from-pod",
    header = "Derive the WorkloadEndpoints of Kubernetes Pods.",
    description = {
      "Derive the WorkloadEndpoint of each Kubernetes Pod, as Calico's Kubernetes datastore"
          + " driver does. Input: Pod manifests in YAML or JSON (a Pod, a PodList or List, an"
          + " array, several '---' documents); '-' reads stdin. Documents of other kinds (a"
          + " Namespace before the Pods, a Service beside them) are skipped with a note on"
          + " stderr. The interface prefix comes from FELIX_INTERFACEPREFIX, as in Calico.",
      "A Pod without metadata.namespace is in the namespace --namespace names (default:"
          + " default), as Kubernetes puts it there.",
      "Output: one YAML document per endpoint, or JSON (one object, or an array for several)."
          + " Host-networked and unscheduled Pods have no endpoint: they are named on stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every Pod was converted (or has no endpoint)",
      "1:Calico cannot convert a Pod (message on stderr); the others are still printed",
      "2:bad usage, input that cannot be read or parsed as Pods, or no Pod in the input"
    })
final class FromPodCommand implements Callable<Integer> {
  /** Kubernetes' namespace for objects that name none. */
  static final String DEFAULT_NAMESPACE = "default";

  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Option(names = "--to", paramLabel = "yaml|json", description = "Output format (default yaml).")
  ConvertCommand.Target to = ConvertCommand.Target.YAML;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      description =
          "The namespace of Pods whose manifest names none (default: ${DEFAULT-VALUE});"
              + " a namespace in the manifest wins.")
  String namespace = DEFAULT_NAMESPACE;

  @Parameters(arity = "1", paramLabel = "FILE|-", description = "Pod manifests; - is stdin.")
  String file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (namespace.isEmpty()) {
      err.println("wepkit from-pod: --namespace must not be empty");
      return ExitCodes.USAGE;
    }
    List<PodView> pods;
    try {
      pods = readPods(err);
    } catch (InputException e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    }
    PodConversion conversion =
        PodConversion.builder().felixInterfacePrefix(parent.env("FELIX_INTERFACEPREFIX")).build();
    List<ResourceDocument> endpoints = new ArrayList<>();
    int failed = 0;
    for (PodView pod : pods) {
      String ref = pod.namespace() + "/" + pod.name();
      if (pod.nodeName().isEmpty()) {
        err.println(file + ": pod " + ref + " has no endpoint: it is not scheduled to a node");
        continue;
      }
      try {
        Optional<WorkloadEndpoint> wep = conversion.toWorkloadEndpoint(pod);
        if (wep.isPresent()) {
          endpoints.add(ResourceDocument.of(wep.get()));
        } else {
          err.println(file + ": pod " + ref + " has no endpoint: it uses the host's network");
        }
      } catch (PodConversionException e) {
        failed++;
        err.println(InputException.format(file, -1, -1, "pod " + ref + ": " + e.getMessage()));
      }
    }
    ResourceCodec codec = new ResourceCodec(false, w -> {});
    if (!endpoints.isEmpty()) {
      if (to == ConvertCommand.Target.YAML) {
        codec.writeYaml(endpoints, out);
      } else {
        codec.writeJson(
            endpoints.size() == 1 ? endpoints.get(0) : ResourceDocument.ofArray(endpoints), out);
        out.println();
      }
    }
    return failed > 0 ? ExitCodes.NEGATIVE : ExitCodes.OK;
  }

  /** The Pods of every document, in order; documents and items of other kinds are skipped. */
  private List<PodView> readPods(PrintWriter err) throws InputException {
    List<YamlTrees.Document> documents;
    try (InputStream in = Inputs.openStream(file, parent.stdin())) {
      documents = YamlTrees.create().readAll(in);
    } catch (WorkloadEndpointDecodeException e) {
      throw new InputException(file, e.line(), e.column(), e.problem());
    } catch (IOException e) {
      throw Inputs.readFailure(file, e);
    } catch (UncheckedIOException e) {
      throw Inputs.readFailure(file, e.getCause());
    }
    if (documents.isEmpty()) {
      throw new InputException(file, "no Pods found: the input is empty");
    }
    List<PodView> pods = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (YamlTrees.Document document : documents) {
      collect(document, document.tree(), "", pods, skipped, err);
    }
    if (pods.isEmpty()) {
      throw new InputException(
          file,
          "no Pods found: "
              + skipped.size()
              + " resource(s) of other kinds: "
              + String.join(", ", skipped));
    }
    return pods;
  }

  private void collect(
      YamlTrees.Document document,
      JsonNode node,
      String path,
      List<PodView> pods,
      List<String> skipped,
      PrintWriter err)
      throws InputException {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(document, node.get(i), path + "[" + i + "]", pods, skipped, err);
      }
      return;
    }
    String kind = node.path("kind").isTextual() ? node.path("kind").asText() : "";
    boolean list =
        kind.equals("PodList") || kind.equals("List") || kind.isEmpty() && node.has("items");
    if (list && node.path("items").isArray()) {
      JsonNode items = node.get("items");
      for (int i = 0; i < items.size(); i++) {
        collect(document, items.get(i), join(path, "items[" + i + "]"), pods, skipped, err);
      }
      return;
    }
    if (!node.isObject()) {
      throw new InputException(
          file,
          document.line(),
          -1,
          "not a Pod manifest: "
              + place(document, path)
              + ": expected an object, found "
              + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (!(kind.equals("Pod") || kind.isEmpty())) {
      skipped.add(kind);
      err.println(
          InputException.format(
              file,
              document.line(),
              -1,
              "skipped " + place(document, path) + ": kind " + kind + " is not a Pod"));
      return;
    }
    try {
      for (PodView pod : PodViews.readAll(node)) {
        pods.add(pod.namespace().isEmpty() ? withNamespace(pod) : pod);
      }
    } catch (PodConversionException e) {
      throw new InputException(
          file,
          document.line(),
          -1,
          "not a Pod manifest: " + place(document, path) + ": " + e.getMessage());
    }
  }

  private PodView withNamespace(PodView pod) {
    return PodView.builder().from(pod).namespace(namespace).build();
  }

  private static String place(YamlTrees.Document document, String path) {
    return "document " + document.index() + (path.isEmpty() ? "" : " at " + path);
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
