// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import dev.wepkit.cli.internal.ClusterConnection;
import dev.wepkit.kubernetes.ListOptions;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of the live commands ({@code get}, {@code watch}, {@code select}): which cluster,
 * which namespace, which node, as kubectl and calicoctl spell them.
 */
final class ClusterOptions {
  @Option(
      names = "--kubeconfig",
      paramLabel = "FILE",
      description = "The kubeconfig (default: KUBECONFIG, else ~/.kube/config, else in-cluster).")
  String kubeconfig;

  @Option(
      names = "--context",
      paramLabel = "NAME",
      description = "The kubeconfig context (default: its current context).")
  String context;

  @Option(
      names = {"-n", "--namespace"},
      paramLabel = "NS",
      description = "The namespace (default: the context's namespace, else default).")
  String namespace;

  @Option(
      names = {"-A", "--all-namespaces"},
      description = "Every namespace.")
  boolean allNamespaces;

  @Option(
      names = "--node",
      paramLabel = "N",
      description = "Only endpoints on this node (spec.nodeName of their Pods).")
  String node;

  @Option(
      names = {"-l", "--selector"},
      paramLabel = "SELECTOR",
      description = "A Kubernetes label selector for the Pods (app=web,tier!=db).")
  String labelSelector;

  /** Refuses what calicoctl refuses, before any connection. */
  void check(CommandSpec spec) {
    if (allNamespaces && namespace != null) {
      throw new ParameterException(
          spec.commandLine(),
          "cannot use both --namespace and --all-namespaces flags at the same time");
    }
    if (namespace != null && namespace.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--namespace must not be empty");
    }
    if (node != null && node.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--node must not be empty");
    }
  }

  /** Whether any of these options was given. */
  boolean anySet() {
    return kubeconfig != null
        || context != null
        || namespace != null
        || allNamespaces
        || node != null
        || labelSelector != null;
  }

  /** Whether the namespace column is printed: calicoctl prints it for -A and for an explicit -n. */
  boolean namespaceColumn() {
    return allNamespaces || namespace != null;
  }

  ClusterConnection open(WepkitCommand parent) {
    return ClusterConnection.open(kubeconfig, context, parent::env);
  }

  /** The namespace to use: -n, else the context's; empty under -A. */
  Optional<String> namespace(ClusterConnection cluster) {
    if (allNamespaces) {
      return Optional.empty();
    }
    return Optional.of(namespace != null ? namespace : cluster.namespace());
  }

  ListOptions listOptions(ClusterConnection cluster, Optional<String> name) {
    return ListOptions.builder()
        .namespace(namespace(cluster))
        .name(name)
        .node(Optional.ofNullable(node))
        .labelSelector(Optional.ofNullable(labelSelector))
        .build();
  }
}
