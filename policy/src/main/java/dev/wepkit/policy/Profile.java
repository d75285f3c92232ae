// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.names.CalicoLabels;
import dev.wepkit.names.CalicoProfiles;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Calico profile as Felix uses it for matching: a name and the labels it applies to the endpoints
 * that list it ({@code spec.labelsToApply}).
 *
 * <p>On the Kubernetes datastore Calico makes one profile per namespace, {@code kns.<namespace>},
 * applying the namespace's labels as {@code pcns.<key>} plus {@code pcns.projectcalico.org/name:
 * <namespace>}, and one per service account, {@code ksa.<namespace>.<name>}, applying its labels as
 * {@code pcsa.<key>} plus {@code pcsa.projectcalico.org/name: <name>}. {@link
 * #fromResource(JsonNode)} reads those from Kubernetes {@code Namespace} and {@code ServiceAccount}
 * manifests, and reads Calico {@code Profile} resources as they are.
 *
 * <pre>{@code
 * Profile ns = Profile.forNamespace("prod", Map.of("team", "a"));
 * ns.name();            // kns.prod
 * ns.labelsToApply();   // {pcns.team=a, pcns.projectcalico.org/name=prod}
 * Profile sa = Profile.fromResource(new ObjectMapper().readTree(serviceAccountJson));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Profile {
  private final String name;
  private final Map<String, String> labelsToApply;

  private Profile(String name, Map<String, String> labelsToApply) {
    this.name = name;
    this.labelsToApply = Collections.unmodifiableMap(new LinkedHashMap<>(labelsToApply));
  }

  /**
   * A profile with these labels to apply.
   *
   * @param name the profile name
   * @param labelsToApply the labels, copied (order kept)
   * @return the profile
   */
  public static Profile of(String name, Map<String, String> labelsToApply) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(labelsToApply, "labelsToApply");
    labelsToApply.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, "label key");
          Objects.requireNonNull(v, "value of label " + k);
        });
    return new Profile(name, labelsToApply);
  }

  /**
   * The profile Calico makes for a Kubernetes namespace: {@code kns.<namespace>}, applying each
   * namespace label as {@code pcns.<key>} and {@code pcns.projectcalico.org/name: <namespace>}.
   *
   * @param namespace the namespace's name
   * @param namespaceLabels its labels (Kubernetes itself adds {@code kubernetes.io/metadata.name};
   *     include it if the manifest has it)
   * @return the profile
   */
  public static Profile forNamespace(String namespace, Map<String, String> namespaceLabels) {
    Objects.requireNonNull(namespace, "namespace");
    return new Profile(
        CalicoProfiles.forNamespace(namespace),
        prefixed(PolicySelectors.NAMESPACE_LABEL_PREFIX, namespaceLabels, namespace));
  }

  /**
   * The profile Calico makes for a Kubernetes service account: {@code ksa.<namespace>.<name>} (an
   * empty namespace counts as {@code default}), applying each label as {@code pcsa.<key>} and
   * {@code pcsa.projectcalico.org/name: <name>}.
   *
   * @param namespace the service account's namespace
   * @param name its name
   * @param serviceAccountLabels its labels
   * @return the profile
   */
  public static Profile forServiceAccount(
      String namespace, String name, Map<String, String> serviceAccountLabels) {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    return new Profile(
        CalicoProfiles.forServiceAccount(namespace, name),
        prefixed(PolicySelectors.SERVICE_ACCOUNT_LABEL_PREFIX, serviceAccountLabels, name));
  }

  private static Map<String, String> prefixed(
      String prefix, Map<String, String> labels, String name) {
    Objects.requireNonNull(labels, "labels");
    Map<String, String> out = new LinkedHashMap<>();
    labels.forEach(
        (k, v) ->
            out.put(
                prefix + Objects.requireNonNull(k, "label key"),
                Objects.requireNonNull(v, "value of label " + k)));
    // Set last, so it wins over a label of the same key, as in Calico.
    out.put(prefix + CalicoLabels.NAME, name);
    return out;
  }

  /**
   * Reads one resource: a Kubernetes {@code Namespace} or {@code ServiceAccount} ({@code
   * apiVersion: v1}), turned into the profile Calico makes of it, or a Calico {@code Profile}
   * ({@code apiVersion: projectcalico.org/v3}) with its {@code spec.labelsToApply}. Parse YAML or
   * JSON with any Jackson mapper first.
   *
   * @param resource the resource as a tree
   * @return the profile
   * @throws PolicyInputException naming the path of the first problem: a missing or wrong {@code
   *     apiVersion} or {@code kind}, a missing {@code metadata.name}, a label that is not a string
   */
  public static Profile fromResource(JsonNode resource) {
    Objects.requireNonNull(resource, "resource");
    if (!resource.isObject()) {
      throw new PolicyInputException(
          "", "expected a resource (an object), found " + PolicyReader.Fields.kind(resource));
    }
    String kind = text(resource, "kind", "kind");
    switch (kind) {
      case "Namespace":
        expectApiVersion(resource, "v1", kind);
        return forNamespace(
            name(resource), labels(resource.path("metadata"), "labels", "metadata"));
      case "ServiceAccount":
        {
          expectApiVersion(resource, "v1", kind);
          JsonNode ns = resource.path("metadata").path("namespace");
          String namespace =
              ns.isMissingNode() || ns.isNull() ? "" : text(ns, "metadata.namespace");
          return forServiceAccount(
              namespace, name(resource), labels(resource.path("metadata"), "labels", "metadata"));
        }
      case "Profile":
        expectApiVersion(resource, "projectcalico.org/v3", kind);
        return new Profile(name(resource), labels(resource.path("spec"), "labelsToApply", "spec"));
      default:
        throw new PolicyInputException(
            "kind", "expected Namespace, ServiceAccount or Profile, found \"" + kind + "\"");
    }
  }

  /**
   * Reads every resource of a tree: one resource, an array of them, or a list ({@code kind: List},
   * {@code NamespaceList}, {@code ServiceAccountList}, {@code ProfileList}) with {@code items}.
   *
   * @param tree the tree
   * @return the profiles, in order
   * @throws PolicyInputException naming the path of the first problem ({@code [2].kind}, {@code
   *     items[0].metadata.name})
   */
  public static List<Profile> fromResources(JsonNode tree) {
    Objects.requireNonNull(tree, "tree");
    if (tree.isArray()) {
      return each(tree, "");
    }
    if (tree.isObject() && tree.path("kind").asText("").endsWith("List") && tree.has("items")) {
      if (!tree.get("items").isArray()) {
        throw new PolicyInputException(
            "items", "expected an array, found " + PolicyReader.Fields.kind(tree.get("items")));
      }
      return each(tree.get("items"), "items");
    }
    return List.of(fromResource(tree));
  }

  private static List<Profile> each(JsonNode array, String path) {
    List<Profile> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      try {
        out.add(fromResource(array.get(i)));
      } catch (PolicyInputException e) {
        String at = path + "[" + i + "]";
        throw new PolicyInputException(
            e.path().isEmpty() ? at : at + "." + e.path(),
            e.getMessage().substring(e.path().isEmpty() ? 0 : e.path().length() + 2));
      }
    }
    return out;
  }

  private static void expectApiVersion(JsonNode resource, String expected, String kind) {
    JsonNode v = resource.path("apiVersion");
    if (!v.isTextual() || !v.asText().equals(expected)) {
      throw new PolicyInputException(
          "apiVersion",
          "expected \""
              + expected
              + "\" for a "
              + kind
              + ", found "
              + PolicyReader.Fields.describe(v));
    }
  }

  private static String name(JsonNode resource) {
    JsonNode n = resource.path("metadata").path("name");
    if (!n.isTextual() || n.asText().isEmpty()) {
      throw new PolicyInputException(
          "metadata.name",
          "a non-empty name is required, found " + PolicyReader.Fields.describe(n));
    }
    return n.asText();
  }

  private static String text(JsonNode parent, String field, String path) {
    return text(parent.path(field), path);
  }

  private static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw new PolicyInputException(
          path, "expected a string, found " + PolicyReader.Fields.describe(node));
    }
    return node.asText();
  }

  private static Map<String, String> labels(JsonNode parent, String field, String parentPath) {
    JsonNode labels = parent.path(field);
    String path = parentPath + "." + field;
    Map<String, String> out = new LinkedHashMap<>();
    if (labels.isMissingNode() || labels.isNull()) {
      return out;
    }
    if (!labels.isObject()) {
      throw new PolicyInputException(
          path, "expected a map of strings, found " + PolicyReader.Fields.kind(labels));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), text(e.getValue(), path + "[" + e.getKey() + "]"));
    }
    return out;
  }

  /**
   * The profile's name, for example {@code kns.prod}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The labels the profile applies to its endpoints, in the order given.
   *
   * @return the labels (unmodifiable)
   */
  public Map<String, String> labelsToApply() {
    return labelsToApply;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Profile
        && ((Profile) o).name.equals(name)
        && ((Profile) o).labelsToApply.equals(labelsToApply);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, labelsToApply);
  }

  @Override
  public String toString() {
    return "Profile{name=" + name + ", labelsToApply=" + labelsToApply + "}";
  }
}
