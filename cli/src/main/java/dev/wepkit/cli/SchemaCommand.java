// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.codec.WorkloadEndpointSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wepkit schema}: prints the JSON Schema of the resource. */
@Command(
    name = "schema",
    header = "Print the JSON Schema of a WorkloadEndpoint or WorkloadEndpointList.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Print the JSON Schema (draft 2020-12) of a WorkloadEndpoint, a WorkloadEndpointList or an"
          + " array of them, for editors and other validators. It checks field names, types,"
          + " protocols and number ranges; names, addresses and the rules across fields are"
          + " left to 'wepkit validate'.",
      "Save it beside your manifests and point the YAML language server at it with the first"
          + " line '# yaml-language-server: $schema=./workloadendpoint.schema.json'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the schema was printed", "2:bad usage"})
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(WorkloadEndpointSchema.json());
    out.flush();
    return ExitCodes.OK;
  }
}
