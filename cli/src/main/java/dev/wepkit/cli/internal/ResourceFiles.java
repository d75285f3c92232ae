// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.policy.PolicyInputException;
import dev.wepkit.policy.Profile;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import dev.wepkit.yaml.YamlTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The input files of {@code select} and {@code policies}, read one way: WorkloadEndpoints resource
 * by resource, the documents of policy and label files as trees, and the profiles those label files
 * give. Every failure is one {@link InputException} naming the file, the line and column, and the
 * document or resource.
 *
 * <pre>{@code
 * List<WorkloadEndpoint> endpoints = ResourceFiles.endpoints("endpoints.yaml", System.in);
 * List<Profile> profiles = ResourceFiles.profiles("namespaces.yaml", System.in);
 * }</pre>
 */
public final class ResourceFiles {
  private ResourceFiles() {}

  /**
   * The files named, a directory standing for its {@code *.yaml}, {@code *.yml} and {@code *.json}
   * files in name order (as {@code kubectl apply -f DIR} takes them).
   *
   * @param names files or directories, as given
   * @return the files
   * @throws InputException when a name is not a path or a directory cannot be listed
   */
  public static List<String> expand(List<String> names) throws InputException {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      Path path;
      try {
        path = Paths.get(name);
      } catch (InvalidPathException e) {
        throw new InputException(name, "not a valid file name");
      }
      if (name.equals(Inputs.STDIN) || !Files.isDirectory(path)) {
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

  /**
   * Every document of a YAML or JSON file as a tree, read with wepkit-yaml's safe reader.
   *
   * @param file the file, or {@code -} for stdin
   * @param stdin the standard input
   * @return the documents with their positions
   * @throws InputException when the file cannot be read or parsed
   */
  public static List<YamlTrees.Document> documents(String file, InputStream stdin)
      throws InputException {
    try (InputStream in = Inputs.openStream(file, stdin)) {
      return YamlTrees.create().readAll(in);
    } catch (WorkloadEndpointDecodeException e) {
      throw new InputException(file, e.line(), e.column(), e.problem());
    } catch (IOException e) {
      throw Inputs.readFailure(file, e);
    } catch (UncheckedIOException e) {
      throw Inputs.readFailure(file, e.getCause());
    }
  }

  /**
   * The profiles a label file gives: Kubernetes Namespaces and ServiceAccounts (the {@code kns.}
   * and {@code ksa.} profiles Calico makes of them) and Calico Profiles.
   *
   * @param file the file, or {@code -} for stdin
   * @param stdin the standard input
   * @return the profiles in file order
   * @throws InputException when the file cannot be read or holds another kind
   */
  public static List<Profile> profiles(String file, InputStream stdin) throws InputException {
    List<Profile> profiles = new ArrayList<>();
    for (YamlTrees.Document document : documents(file, stdin)) {
      try {
        profiles.addAll(Profile.fromResources(document.tree()));
      } catch (PolicyInputException e) {
        throw inDocument(file, document, e);
      }
    }
    return profiles;
  }

  /**
   * The failure of a document's content, placed at the document's start.
   *
   * @param file the file
   * @param document the document
   * @param e what the policy module refused in it
   * @return the exception to throw
   */
  public static InputException inDocument(
      String file, YamlTrees.Document document, PolicyInputException e) {
    return new InputException(
        file,
        document.line(),
        document.column(),
        "document " + document.index() + ": " + e.getMessage());
  }

  /**
   * The WorkloadEndpoints of a file, as {@code validate} reads them: one resource, a list, an array
   * or several documents, YAML or JSON. The first resource that cannot be bound stops the read,
   * named by its index and path.
   *
   * @param file the file, or {@code -} for stdin
   * @param stdin the standard input
   * @return the endpoints in file order
   * @throws InputException when the file cannot be read, is empty or holds a bad resource
   */
  public static List<WorkloadEndpoint> endpoints(String file, InputStream stdin)
      throws InputException {
    List<WorkloadEndpoint> out = new ArrayList<>();
    boolean any = false;
    try (InputStream in = Inputs.openStream(file, stdin);
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
