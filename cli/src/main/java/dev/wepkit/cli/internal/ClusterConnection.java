// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import dev.wepkit.kubernetes.WorkloadEndpointClient;
import dev.wepkit.kubernetes.WorkloadEndpointClientException;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A connection to a cluster for the live commands: the kubeconfig chosen as kubectl chooses it
 * ({@code --kubeconfig}, else {@code KUBECONFIG}, else {@code ~/.kube/config} or the in-cluster
 * service account), its context, the context's namespace, and a {@link WorkloadEndpointClient} on
 * it.
 *
 * <p>Requests are not retried: a command line should say at once that a server is unreachable
 * (fabric8's default backs off ten times, close to two minutes), as kubectl does.
 *
 * <pre>{@code
 * try (ClusterConnection cluster = ClusterConnection.open(file, context, env::get, prefix)) {
 *   cluster.client().list(ListOptions.inNamespace(cluster.namespace()));
 * }
 * }</pre>
 */
public final class ClusterConnection implements AutoCloseable {
  /** Kubernetes' namespace when the context names none. */
  public static final String DEFAULT_NAMESPACE = "default";

  private final KubernetesClient kubernetes;
  private final WorkloadEndpointClient client;
  private final String namespace;

  private ClusterConnection(
      KubernetesClient kubernetes, WorkloadEndpointClient client, String namespace) {
    this.kubernetes = kubernetes;
    this.client = client;
    this.namespace = namespace;
  }

  /**
   * Reads the configuration and connects (lazily: no request is sent yet).
   *
   * @param kubeconfig the {@code --kubeconfig} argument, or null
   * @param context the {@code --context} argument, or null for the current context
   * @param env the environment ({@code KUBECONFIG}, {@code FELIX_INTERFACEPREFIX})
   * @return the connection
   * @throws WorkloadEndpointClientException when no configuration can be read
   */
  public static ClusterConnection open(
      String kubeconfig, String context, UnaryOperator<String> env) {
    Config config = config(kubeconfig, context, env);
    // One attempt per request: the command reports a failure instead of backing off.
    config.setRequestRetryBackoffLimit(0);
    KubernetesClient kubernetes;
    try {
      kubernetes = new KubernetesClientBuilder().withConfig(config).build();
    } catch (RuntimeException e) {
      throw new WorkloadEndpointClientException(
          "cannot create the Kubernetes client: " + e.getMessage(), e);
    }
    WorkloadEndpointClient client =
        WorkloadEndpointClient.builder()
            .client(kubernetes)
            .felixInterfacePrefix(env.apply("FELIX_INTERFACEPREFIX"))
            .build();
    String namespace = config.getNamespace();
    return new ClusterConnection(
        kubernetes,
        client,
        namespace == null || namespace.isEmpty() ? DEFAULT_NAMESPACE : namespace);
  }

  private static Config config(String kubeconfig, String context, UnaryOperator<String> env) {
    File file = null;
    if (kubeconfig != null) {
      file = existing(kubeconfig, "--kubeconfig " + kubeconfig);
    } else {
      String list = env.apply("KUBECONFIG");
      if (list != null && !list.isEmpty()) {
        file = firstExisting(list);
      }
    }
    Config config;
    try {
      config = file == null ? Config.autoConfigure(context) : Config.fromKubeconfig(context, file);
    } catch (RuntimeException e) {
      throw new WorkloadEndpointClientException(
          "cannot read the Kubernetes configuration"
              + (file == null ? "" : " " + file)
              + (context == null ? "" : " (context " + context + ")")
              + ": "
              + e.getMessage(),
          e);
    }
    if (context != null && !hasContext(config, context)) {
      // fabric8 would go on with the current context; kubectl refuses, and so does wepkit.
      List<String> names = new ArrayList<>();
      if (config.getContexts() != null) {
        config.getContexts().forEach(c -> names.add(c.getName()));
      }
      // fabric8 does not keep the file's order.
      names.sort(null);
      throw new WorkloadEndpointClientException(
          "the kubeconfig"
              + (file == null ? "" : " " + file)
              + " has no context "
              + context
              + (names.isEmpty() ? "" : " (its contexts: " + String.join(", ", names) + ")"),
          null);
    }
    return config;
  }

  private static boolean hasContext(Config config, String context) {
    List<NamedContext> contexts = config.getContexts();
    return contexts != null && contexts.stream().anyMatch(c -> context.equals(c.getName()));
  }

  private static File existing(String name, String what) {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      throw new WorkloadEndpointClientException(
          "cannot read the kubeconfig " + what + ": not a valid file name", e);
    }
    if (!Files.isRegularFile(path)) {
      throw new WorkloadEndpointClientException(
          "cannot read the kubeconfig " + name + ": no such file", null);
    }
    return path.toFile();
  }

  /** kubectl merges every file of KUBECONFIG; this reads the first that exists. */
  private static File firstExisting(String list) {
    List<String> names = new ArrayList<>();
    for (String name : list.split(File.pathSeparator, -1)) {
      if (name.isEmpty()) {
        continue;
      }
      names.add(name);
      try {
        Path path = Path.of(name);
        if (Files.isRegularFile(path)) {
          return path.toFile();
        }
      } catch (InvalidPathException e) {
        // Not a file name: try the next one.
      }
    }
    throw new WorkloadEndpointClientException(
        "cannot read the kubeconfig: KUBECONFIG names no file that exists ("
            + String.join(File.pathSeparator, names)
            + "); give --kubeconfig FILE",
        null);
  }

  /**
   * The client.
   *
   * @return the client
   */
  public WorkloadEndpointClient client() {
    return client;
  }

  /**
   * The fabric8 client underneath, for the resources other than Pods.
   *
   * @return the client
   */
  public KubernetesClient kubernetes() {
    return kubernetes;
  }

  /**
   * The namespace of the kubeconfig's context, or {@code default}.
   *
   * @return the namespace
   */
  public String namespace() {
    return namespace;
  }

  @Override
  public void close() {
    client.close();
    kubernetes.close();
  }
}
