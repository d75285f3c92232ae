// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.cli.internal.InputException;
import dev.wepkit.cli.internal.Inputs;
import dev.wepkit.cli.internal.ResourceCodec;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wepkit convert}: rewrites resources as canonical YAML or JSON. */
@Command(
    name = "convert",
    header = "Rewrite WorkloadEndpoints as canonical YAML or JSON.",
    description = {
      "Rewrite WorkloadEndpoints as calicoctl prints them. YAML: keys sorted, one '---' document"
          + " per input document. JSON: Go field order, indented by two spaces; several input"
          + " documents become one JSON array. A list stays a list; reading the output back gives"
          + " the same resources."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:converted",
      "2:bad usage, or input that cannot be read, parsed or bound"
          + " (message on stderr as file:line:column: problem)"
    })
final class ConvertCommand implements Callable<Integer> {
  /** Output formats. */
  enum Target {
    JSON,
    YAML
  }

  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Option(names = "--to", required = true, paramLabel = "json|yaml", description = "Output format.")
  Target to;

  @Option(
      names = "--strict",
      description = "Decode as calicoctl apply does: unknown fields and duplicate keys are errors.")
  boolean strict;

  @Parameters(arity = "1", paramLabel = "FILE|-", description = "The file to convert; - is stdin.")
  String file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ResourceDocument> documents;
    ResourceCodec codec = new ResourceCodec(strict, w -> {});
    try {
      documents = read(codec);
    } catch (InputException e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    }
    if (to == Target.YAML) {
      codec.writeYaml(documents, out);
    } else {
      codec.writeJson(documents.size() == 1 ? documents.get(0) : asArray(documents), out);
      out.println();
    }
    return ExitCodes.OK;
  }

  private List<ResourceDocument> read(ResourceCodec codec) throws InputException {
    List<ResourceDocument> documents;
    try (InputStream in = Inputs.openStream(file, parent.stdin())) {
      documents = codec.readDocuments(in);
    } catch (WorkloadEndpointDecodeException e) {
      throw new InputException(file, e.line(), e.column(), describe(e));
    } catch (IOException e) {
      throw Inputs.readFailure(file, e);
    } catch (UncheckedIOException e) {
      throw Inputs.readFailure(file, e.getCause());
    }
    if (documents.isEmpty()) {
      throw new InputException(file, "no resources found: the input is empty");
    }
    return documents;
  }

  /** The problem with its path, without the position (the message gives it first). */
  private static String describe(WorkloadEndpointDecodeException e) {
    String problem = e.problem() == null ? String.valueOf(e.getMessage()) : e.problem();
    return e.path() == null || e.path().isEmpty() ? problem : e.path() + ": " + problem;
  }

  /** Several documents as one JSON array, as calicoctl prints several results; arrays flattened. */
  private static ResourceDocument asArray(List<ResourceDocument> documents) {
    List<ResourceDocument> elements = new ArrayList<>();
    for (ResourceDocument document : documents) {
      if (document.shape() == ResourceDocument.Shape.ARRAY) {
        elements.addAll(document.elements());
      } else {
        elements.add(document);
      }
    }
    return ResourceDocument.ofArray(elements);
  }
}
