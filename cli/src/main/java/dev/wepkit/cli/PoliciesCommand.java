// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.cli.internal.ClusterConnection;
import dev.wepkit.cli.internal.ClusterProfiles;
import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.cli.internal.InputException;
import dev.wepkit.cli.internal.PolicyReport;
import dev.wepkit.cli.internal.Printable;
import dev.wepkit.cli.internal.ResourceFiles;
import dev.wepkit.kubernetes.ClusterPolicies;
import dev.wepkit.kubernetes.WorkloadEndpointClientException;
import dev.wepkit.policy.Policy;
import dev.wepkit.policy.PolicyIndex;
import dev.wepkit.policy.PolicyInputException;
import dev.wepkit.yaml.YamlTrees;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wepkit policies}: which policies apply to which endpoints, on files or on a live cluster.
 */
@Command(
    name = "policies",
    header = "Show the policies that apply to endpoints, or the endpoints a policy selects.",
    description = {
      "For each WorkloadEndpoint in the FILEs, the policies that apply to it in the order Felix"
          + " applies them: tiers by order (a tier without one last), then policies by order"
          + " (none last), then name. Policies: Calico NetworkPolicy, GlobalNetworkPolicy and the"
          + " staged kinds (projectcalico.org/v3), Kubernetes NetworkPolicy (converted as Calico"
          + " converts it), and the Tiers they are in; the built-in tiers (kube-admin 1000,"
          + " default 1000000, kube-baseline 10000000) exist unless given. Staged policies are"
          + " listed, as Felix matches them, though it never enforces them.",
      "--labels-from reads Kubernetes Namespaces and ServiceAccounts (turned into the kns. and"
          + " ksa. profiles Calico makes of them) and Calico Profiles, whose labels the"
          + " endpoints inherit through spec.profiles.",
      "With no FILE, a live cluster (the options of get): the endpoints of its Pods, the labels"
          + " of its Namespaces and ServiceAccounts, its Tiers, Calico policies and Kubernetes"
          + " NetworkPolicies; --policies files are added to them.",
      "--selected-by POLICY turns the question round: the endpoints the policy selects, in"
          + " input order. POLICY is [namespace/]name; tier.name and knp.default.name also name"
          + " a policy, as older Calico releases did."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the answer was printed",
      "2:bad usage, input that cannot be read, or no policy of the name given"
    })
final class PoliciesCommand implements Callable<Integer> {
  /** The output formats. */
  enum Output {
    TABLE,
    JSON,
    YAML
  }

  @Spec CommandSpec spec;

  @ParentCommand WepkitCommand parent;

  @Option(
      names = "--policies",
      paramLabel = "FILE|DIR",
      description =
          "Policies and Tiers (YAML or JSON; lists, arrays and '---' documents); a directory"
              + " means every *.yaml, *.yml and *.json file in it, sorted by name. Repeat the option"
              + " for several.")
  List<String> policyFiles = new ArrayList<>();

  @Option(
      names = "--labels-from",
      paramLabel = "FILE",
      description =
          "Namespaces, ServiceAccounts and Profiles the endpoints take labels from; repeat the"
              + " option for several.")
  List<String> labelFiles = new ArrayList<>();

  @Option(
      names = "--selected-by",
      paramLabel = "POLICY",
      description = "Show the endpoints this policy selects instead.")
  String selectedBy;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "table|json|yaml",
      description = "Output format (default table).")
  Output output = Output.TABLE;

  @Mixin ClusterOptions cluster;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "WorkloadEndpoints; - is stdin. None: the endpoints of a live cluster.")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean live = files.isEmpty();
    if (live) {
      cluster.check(spec);
    } else if (cluster.anySet()) {
      throw new ParameterException(
          spec.commandLine(),
          "the cluster options (--kubeconfig, --context, -n, -A, --node, -l) read a live"
              + " cluster: give no FILE with them");
    }
    if (!live && policyFiles.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--policies is required when the endpoints come from FILEs");
    }
    PolicyIndex index;
    try {
      PolicyIndex.Builder builder = PolicyIndex.builder();
      if (live) {
        readCluster(builder);
      }
      for (String f : ResourceFiles.expand(policyFiles)) {
        readResources(f, builder, false);
      }
      for (String f : labelFiles) {
        readResources(f, builder, true);
      }
      for (String f : files) {
        builder.addEndpoints(ResourceFiles.endpoints(f, parent.stdin()));
      }
      index = builder.build();
    } catch (InputException e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    } catch (WorkloadEndpointClientException e) {
      out.flush();
      err.println("wepkit policies: " + Printable.escapeControls(e.getMessage()));
      return ExitCodes.USAGE;
    } catch (PolicyInputException e) {
      // A policy of the cluster that Calico's validation would have refused.
      err.println(
          "wepkit policies: a policy of the cluster: " + Printable.escapeControls(e.getMessage()));
      return ExitCodes.USAGE;
    }
    PolicyReport report = new PolicyReport();
    if (selectedBy != null) {
      List<Policy> named = index.find(selectedBy);
      if (named.isEmpty()) {
        err.println(
            "wepkit policies: no policy named "
                + Printable.escapeControls(selectedBy)
                + (live ? " in the cluster or the --policies files" : " in the --policies files"));
        return ExitCodes.USAGE;
      }
      for (Policy p : named) {
        report.policy(p, index.endpointsFor(p));
      }
    } else {
      for (WorkloadEndpoint e : index.endpoints()) {
        report.endpoint(e, index.policiesFor(e));
      }
    }
    switch (output) {
      case JSON:
        report.printJson(out);
        break;
      case YAML:
        report.printYaml(out);
        break;
      default:
        report.printTable(out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * A live cluster's endpoints (the Pods of -n, or of every namespace under -A), the profiles of
   * its Namespaces and ServiceAccounts, and its Tiers and policies; --policies files are added on
   * top.
   */
  private void readCluster(PolicyIndex.Builder builder) {
    try (ClusterConnection connection = cluster.open(parent)) {
      builder.addProfiles(
          ClusterProfiles.read(connection.kubernetes(), cluster.namespace(connection)));
      for (JsonNode resource : ClusterPolicies.list(connection.kubernetes())) {
        builder.addResources(resource);
      }
      builder.addEndpoints(
          connection.client().list(cluster.listOptions(connection, Optional.empty())).items());
    }
  }

  private void readResources(String file, PolicyIndex.Builder builder, boolean profilesOnly)
      throws InputException {
    if (profilesOnly) {
      builder.addProfiles(ResourceFiles.profiles(file, parent.stdin()));
      return;
    }
    for (YamlTrees.Document d : ResourceFiles.documents(file, parent.stdin())) {
      try {
        builder.addResources(d.tree());
      } catch (PolicyInputException e) {
        throw ResourceFiles.inDocument(file, d, e);
      }
    }
  }
}
