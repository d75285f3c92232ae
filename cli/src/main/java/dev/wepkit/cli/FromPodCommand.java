// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.kubernetes.PodConversion;
import dev.wepkit.kubernetes.PodConversionException;
import dev.wepkit.kubernetes.PodView;
import dev.wepkit.kubernetes.PodViews;
import java.io.IOException;
import java.io.PrintWriter;
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
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Derive the WorkloadEndpoint of each Kubernetes Pod, as Calico's Kubernetes datastore"
          + " driver does. Input: Pod manifests in YAML or JSON (a Pod, a PodList or List, an"
          + " array, several '---' documents); '-' reads stdin. The interface prefix comes from"
          + " FELIX_INTERFACEPREFIX, as in Calico.",
      "Output: one YAML document per endpoint, or JSON (one object, or an array for several)."
          + " Host-networked and unscheduled Pods have no endpoint: they are named on stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every Pod was converted (or has no endpoint)",
      "1:Calico cannot convert a Pod (message on stderr); the others are still printed",
      "2:bad usage, or input that cannot be read or parsed as Pods"
    })
final class FromPodCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Option(names = "--to", paramLabel = "yaml|json", description = "Output format (default yaml).")
  ConvertCommand.Target to = ConvertCommand.Target.yaml;

  @Parameters(arity = "1", paramLabel = "FILE|-", description = "Pod manifests; - is stdin.")
  String file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PodView> pods;
    try {
      pods = readPods();
    } catch (InputException e) {
      err.println(e.getMessage());
      return WepkitCommand.USAGE;
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
        err.println(InputException.format(file, -1, -1, e.getMessage()));
      }
    }
    ResourceCodec codec = new ResourceCodec(false, w -> {});
    if (!endpoints.isEmpty()) {
      if (to == ConvertCommand.Target.yaml) {
        codec.writeYaml(endpoints, out);
      } else {
        codec.writeJson(
            endpoints.size() == 1 ? endpoints.get(0) : ResourceDocument.ofArray(endpoints), out);
        out.println();
      }
    }
    return failed > 0 ? WepkitCommand.NEGATIVE : WepkitCommand.OK;
  }

  private List<PodView> readPods() throws InputException {
    List<PodView> pods = new ArrayList<>();
    try (LineReader lines = Inputs.open(file, parent.stdin())) {
      DocumentChunks chunks = new DocumentChunks(lines, ResourceCodec.MAX_DOCUMENT_CHARS);
      DocumentChunks.Chunk chunk;
      while ((chunk = chunks.next()) != null) {
        JsonNode tree;
        try {
          tree = ItemTree.readTree(chunk.text());
        } catch (JsonProcessingException e) {
          JsonLocation at = e.getLocation();
          throw new InputException(
              file,
              at == null ? -1 : chunk.fileLine(at.getLineNr()),
              at == null ? -1 : at.getColumnNr(),
              "malformed YAML: " + DecodeFailures.summary(e.getOriginalMessage()));
        }
        try {
          pods.addAll(PodViews.readAll(tree));
        } catch (PodConversionException e) {
          throw new InputException(
              file, chunk.firstLine(), -1, "not a Pod manifest: " + e.getMessage());
        }
      }
    } catch (DocumentChunks.TooLargeException e) {
      throw new InputException(file, e.line(), -1, e.getMessage());
    } catch (IOException e) {
      throw Inputs.readFailure(file, e);
    }
    if (pods.isEmpty()) {
      throw new InputException(file, "no Pods found: the input is empty");
    }
    return pods;
  }
}
