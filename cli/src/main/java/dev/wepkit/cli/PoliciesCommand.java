// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.cli.internal.ExitCodes;
import dev.wepkit.cli.internal.InputException;
import dev.wepkit.cli.internal.Inputs;
import dev.wepkit.cli.internal.PolicyReport;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.policy.Policy;
import dev.wepkit.policy.PolicyIndex;
import dev.wepkit.policy.PolicyInputException;
import dev.wepkit.policy.Profile;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import dev.wepkit.yaml.YamlTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wepkit policies}: which policies apply to which endpoints, offline, on files. */
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
      required = true,
      paramLabel = "FILE|DIR",
      description =
          "Policies and Tiers (YAML or JSON; lists, arrays and '---' documents); a directory"
              + " means every *.yaml, *.yml and *.json file in it, sorted by name. Repeat the option"
              + " for several.")
  List<String> policyFiles;

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

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "WorkloadEndpoints; - is stdin.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PolicyIndex index;
    try {
      PolicyIndex.Builder builder = PolicyIndex.builder();
      for (String f : expand(policyFiles)) {
        readResources(f, builder, false);
      }
      for (String f : labelFiles) {
        readResources(f, builder, true);
      }
      for (String f : files) {
        builder.addEndpoints(readEndpoints(f));
      }
      index = builder.build();
    } catch (InputException e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    }
    PolicyReport report = new PolicyReport();
    if (selectedBy != null) {
      List<Policy> named = index.find(selectedBy);
      if (named.isEmpty()) {
        err.println("wepkit policies: no policy named " + selectedBy + " in the --policies files");
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

  /** Files as given, and for a directory its YAML and JSON files sorted by name. */
  private static List<String> expand(List<String> names) throws InputException {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      Path path;
      try {
        path = Paths.get(name);
      } catch (java.nio.file.InvalidPathException e) {
        throw new InputException(name, "not a valid file name");
      }
      if (!Files.isDirectory(path)) {
        out.add(name);
        continue;
      }
      List<Path> found = new ArrayList<>();
      try (DirectoryStream<Path> dir = Files.newDirectoryStream(path)) {
        for (Path p : dir) {
          String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
          if (Files.isRegularFile(p)
              && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))) {
            found.add(p);
          }
        }
      } catch (IOException e) {
        throw new InputException(name, "cannot list the directory: " + e.getMessage());
      }
      found.sort(null);
      found.forEach(p -> out.add(p.toString()));
    }
    return out;
  }

  private void readResources(String file, PolicyIndex.Builder builder, boolean profilesOnly)
      throws InputException {
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
    for (YamlTrees.Document d : documents) {
      try {
        if (profilesOnly) {
          builder.addProfiles(Profile.fromResources(d.tree()));
        } else {
          builder.addResources(d.tree());
        }
      } catch (PolicyInputException e) {
        throw new InputException(
            file, d.line(), d.column(), "document " + d.index() + ": " + e.getMessage());
      }
    }
  }

  private List<WorkloadEndpoint> readEndpoints(String file) throws InputException {
    List<WorkloadEndpoint> out = new ArrayList<>();
    boolean any = false;
    try (InputStream in = Inputs.openStream(file, parent.stdin());
        Stream<DecodedResource> resources = WorkloadEndpointYaml.create().decodeEach(in)) {
      Iterator<DecodedResource> each = resources.iterator();
      while (each.hasNext()) {
        DecodedResource resource = each.next();
        any = true;
        Optional<WorkloadEndpointDecodeException> failure = resource.failure();
        if (failure.isPresent()) {
          WorkloadEndpointDecodeException e = failure.get();
          String where = e.path() == null || e.path().isEmpty() ? "" : e.path() + ": ";
          throw new InputException(
              file,
              e.line(),
              e.column(),
              "resource " + resource.index() + ": " + where + e.problem());
        }
        out.add(resource.endpoint().get());
      }
    } catch (IOException e) {
      throw Inputs.readFailure(file, e);
    } catch (UncheckedIOException e) {
      throw Inputs.readFailure(file, e.getCause());
    }
    if (!any) {
      throw new InputException(file, "no resources found: the input is empty");
    }
    return out;
  }
}
