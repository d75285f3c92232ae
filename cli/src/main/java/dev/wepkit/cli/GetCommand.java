// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.cli.internal.ClusterConnection;
import dev.wepkit.cli.internal.EndpointTable;
import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.cli.internal.Printable;
import dev.wepkit.cli.internal.ResourceCodec;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.kubernetes.WorkloadEndpointClientException;
import dev.wepkit.kubernetes.WorkloadEndpointNotFoundException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
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

/** {@code wepkit get}: the WorkloadEndpoints of a live cluster, as calicoctl prints them. */
@Command(
    name = "get",
    header = "Get the WorkloadEndpoints of a live cluster.",
    description = {
      "Get WorkloadEndpoints from a cluster on Calico's Kubernetes datastore: the endpoints"
          + " Calico derives from its Pods (host-networked and unscheduled Pods have none). The"
          + " resource is workloadendpoints (or workloadendpoint, wep, weps).",
      "Output: calicoctl's table (WORKLOAD NODE NETWORKS INTERFACE, NAMESPACE first with -A or"
          + " -n; -o wide: NAME WORKLOAD NODE NETWORKS INTERFACE PROFILES NATS), or -o json|yaml:"
          + " the endpoint for a NAME, else a WorkloadEndpointList in the order the Pods are"
          + " listed. The credentials need get and list on pods."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:found (a list may be empty)",
      "1:the named endpoint does not exist",
      "2:bad usage, no configuration, or the cluster cannot be reached or refuses (stderr)"
    })
final class GetCommand implements Callable<Integer> {
  /** calicoctl's names for the resource. */
  static final Set<String> RESOURCE_NAMES =
      Set.of("workloadendpoint", "workloadendpoints", "wep", "weps");

  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Mixin ClusterOptions cluster;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "table|wide|yaml|json",
      converter = OutputFormat.Converter.class,
      description = "Output format (default table).")
  OutputFormat output = OutputFormat.TABLE;

  @Parameters(index = "0", paramLabel = "RESOURCE", description = "workloadendpoints.")
  String resource;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "NAME",
      description = "One endpoint's name (<node>-k8s-<pod>-<endpoint>).")
  String name;

  @Override
  public Integer call() {
    checkResource(spec, resource);
    cluster.check(spec);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (ClusterConnection connection = cluster.open(parent)) {
      if (name != null && !cluster.allNamespaces) {
        WorkloadEndpoint endpoint =
            connection.client().getRequired(cluster.namespace(connection).orElseThrow(), name);
        if (cluster.node != null && !cluster.node.equals(endpoint.spec().node())) {
          throw new WorkloadEndpointNotFoundException(
              endpoint.metadata().namespace(),
              name,
              "it is on node " + endpoint.spec().node(),
              null);
        }
        print(out, List.of(endpoint), ResourceDocument.of(endpoint));
        return ExitCodes.OK;
      }
      WorkloadEndpointList list =
          connection.client().list(cluster.listOptions(connection, Optional.ofNullable(name)));
      print(out, list.items(), ResourceDocument.of(list));
      if (name != null && list.items().isEmpty()) {
        out.flush();
        err.println(
            "wepkit get: WorkloadEndpoint "
                + Printable.escapeControls(name)
                + " does not exist in any namespace");
        return ExitCodes.NEGATIVE;
      }
      return ExitCodes.OK;
    } catch (WorkloadEndpointNotFoundException e) {
      out.flush();
      err.println("wepkit get: " + Printable.escapeControls(e.getMessage()));
      return ExitCodes.NEGATIVE;
    } catch (WorkloadEndpointClientException e) {
      out.flush();
      err.println("wepkit get: " + Printable.escapeControls(e.getMessage()));
      return ExitCodes.USAGE;
    }
  }

  private void print(PrintWriter out, List<WorkloadEndpoint> rows, ResourceDocument document) {
    ResourceCodec codec = new ResourceCodec(false, w -> {});
    switch (output) {
      case TABLE:
      case WIDE:
        out.print(
            EndpointTable.render(rows, output == OutputFormat.WIDE, cluster.namespaceColumn()));
        break;
      case YAML:
        codec.writeYaml(List.of(document), out);
        break;
      case JSON:
        codec.writeJson(document, out);
        out.println();
        break;
    }
  }

  /** The resource argument of {@code get} and {@code watch}: calicoctl's names, in any case. */
  static void checkResource(CommandSpec spec, String resource) {
    if (!RESOURCE_NAMES.contains(resource.toLowerCase(Locale.ROOT))) {
      throw new ParameterException(
          spec.commandLine(),
          "resource type '"
              + Printable.escapeControls(resource)
              + "' is not supported: wepkit gets workloadendpoints (wep, weps, workloadendpoint)");
    }
  }
}
