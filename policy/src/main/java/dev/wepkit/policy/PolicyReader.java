// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads policy manifests into {@link Policy} (and tiers into {@link Tier}) with Calico's defaults;
 * every problem is a {@link PolicyInputException} naming the field.
 */
final class PolicyReader {
  private static final String CALICO = "projectcalico.org/v3";
  private static final String KUBERNETES = "networking.k8s.io/v1";

  /** Calico puts every converted Kubernetes policy at this order. */
  static final double KUBERNETES_ORDER = 1000.0;

  private PolicyReader() {}

  /** Whether a manifest's kind is one of the policy kinds this reader knows. */
  static boolean isPolicyKind(String kind) {
    switch (kind) {
      case "NetworkPolicy":
      case "GlobalNetworkPolicy":
      case "StagedNetworkPolicy":
      case "StagedGlobalNetworkPolicy":
      case "StagedKubernetesNetworkPolicy":
        return true;
      default:
        return false;
    }
  }

  static Policy policy(JsonNode resource) {
    Fields f = new Fields(resource);
    String kind = f.text(resource.path("kind"), "kind");
    String apiVersion = resource.path("apiVersion").asText("");
    if (kind.equals("NetworkPolicy") && apiVersion.equals(KUBERNETES)) {
      return kubernetes(f, PolicyKind.KUBERNETES_NETWORK_POLICY);
    }
    if (!isPolicyKind(kind)) {
      throw new PolicyInputException(
          "kind",
          "expected NetworkPolicy, GlobalNetworkPolicy, StagedNetworkPolicy,"
              + " StagedGlobalNetworkPolicy or StagedKubernetesNetworkPolicy, found \""
              + kind
              + "\"");
    }
    if (!apiVersion.equals(CALICO)) {
      throw new PolicyInputException(
          "apiVersion",
          "expected \""
              + CALICO
              + "\""
              + (kind.equals("NetworkPolicy") ? " or \"" + KUBERNETES + "\"" : "")
              + " for a "
              + kind
              + ", found "
              + Fields.describe(resource.path("apiVersion")));
    }
    PolicyKind k = PolicyKind.of(kind);
    if (k == PolicyKind.STAGED_KUBERNETES_NETWORK_POLICY) {
      return kubernetes(f, k);
    }
    return calico(f, k);
  }

  private static Policy calico(Fields f, PolicyKind kind) {
    JsonNode spec = f.object(f.resource.path("spec"), "spec");
    String name = f.name();
    String namespace = kind.isNamespaced() ? f.namespace() : null;
    String tier = f.optionalText(spec.path("tier"), "spec.tier");
    Double order = f.optionalNumber(spec.path("order"), "spec.order");
    String selector = f.selector(spec.path("selector"), "spec.selector");
    String saSelector =
        f.optionalText(spec.path("serviceAccountSelector"), "spec.serviceAccountSelector");
    String stagedAction =
        kind.isStaged() ? f.optionalText(spec.path("stagedAction"), "spec.stagedAction") : "";
    List<String> warnings = new ArrayList<>();
    List<Rule> ingress = rules(f, spec.path("ingress"), "spec.ingress", namespace, warnings);
    List<Rule> egress = rules(f, spec.path("egress"), "spec.egress", namespace, warnings);
    List<PolicyType> types = new ArrayList<>();
    JsonNode typesNode = spec.path("types");
    for (String t : f.strings(typesNode, "spec.types")) {
      try {
        PolicyType type = PolicyType.of(t);
        if (!types.contains(type)) {
          types.add(type);
        }
      } catch (IllegalArgumentException e) {
        throw new PolicyInputException(
            "spec.types", "expected Ingress or Egress, found \"" + t + "\"");
      }
    }
    if (types.isEmpty()) {
      // Calico's defaulting: egress only when there are egress rules and no ingress rules.
      if (egress.isEmpty()) {
        types.add(PolicyType.INGRESS);
      } else if (ingress.isEmpty()) {
        types.add(PolicyType.EGRESS);
      } else {
        types.add(PolicyType.INGRESS);
        types.add(PolicyType.EGRESS);
      }
    } else {
      types.sort(null);
    }
    TranslatedSelector translated;
    if (kind.isNamespaced()) {
      translated = PolicySelectors.networkPolicy(namespace, selector, saSelector);
    } else {
      String nsSelector = f.optionalText(spec.path("namespaceSelector"), "spec.namespaceSelector");
      translated = PolicySelectors.globalNetworkPolicy(selector, nsSelector, saSelector);
    }
    f.checkTranslated(translated, "spec.selector");
    List<String> all = new ArrayList<>();
    translated.warnings().forEach(w -> all.add("spec: " + w));
    all.addAll(warnings);
    return new Policy(
        kind,
        namespace,
        name,
        tier.isEmpty() ? Tier.DEFAULT : tier,
        order,
        types,
        ingress,
        egress,
        selector,
        translated,
        stagedAction,
        all);
  }

  private static List<Rule> rules(
      Fields f, JsonNode array, String path, String namespace, List<String> warnings) {
    List<Rule> out = new ArrayList<>();
    if (array.isMissingNode() || array.isNull()) {
      return out;
    }
    if (!array.isArray()) {
      throw new PolicyInputException(
          path, "expected an array of rules, found " + Fields.kind(array));
    }
    for (int i = 0; i < array.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode rule = f.object(array.get(i), at);
      JsonNode action = rule.path("action");
      if (!action.isTextual() || action.asText().isEmpty()) {
        throw new PolicyInputException(
            at + ".action",
            "a rule needs an action (Allow, Deny, Log or Pass), found " + Fields.describe(action));
      }
      EntityRule source = entity(f, rule.path("source"), at + ".source", namespace, warnings);
      EntityRule destination =
          entity(f, rule.path("destination"), at + ".destination", namespace, warnings);
      out.add(new Rule(action.asText(), source, destination));
    }
    return out;
  }

  private static EntityRule entity(
      Fields f, JsonNode side, String path, String namespace, List<String> warnings) {
    if (side.isMissingNode() || side.isNull()) {
      side = MissingNode.getInstance();
    } else {
      f.object(side, path);
    }
    JsonNode sa = side.path("serviceAccounts");
    if (!sa.isMissingNode() && !sa.isNull()) {
      f.object(sa, path + ".serviceAccounts");
    }
    EntityRule rule =
        new EntityRule(
            namespace == null ? "" : namespace,
            f.selector(side.path("selector"), path + ".selector"),
            f.selector(side.path("notSelector"), path + ".notSelector"),
            f.optionalText(side.path("namespaceSelector"), path + ".namespaceSelector"),
            f.strings(sa.path("names"), path + ".serviceAccounts.names"),
            f.optionalText(sa.path("selector"), path + ".serviceAccounts.selector"),
            f.strings(side.path("nets"), path + ".nets"),
            f.strings(side.path("notNets"), path + ".notNets"));
    f.checkTranslated(rule.translated(), path + ".selector");
    rule.translated().warnings().forEach(w -> warnings.add(path + ": " + w));
    return rule;
  }

  private static Policy kubernetes(Fields f, PolicyKind kind) {
    JsonNode spec = f.object(f.resource.path("spec"), "spec");
    String name = f.name();
    String namespace = f.namespace();
    List<String> warnings = new ArrayList<>();
    String stagedAction = "";
    if (kind.isStaged()) {
      stagedAction = f.optionalText(spec.path("stagedAction"), "spec.stagedAction");
    }
    TranslatedSelector pod =
        f.kubernetesSelector(spec.path("podSelector"), "spec.podSelector", true);
    pod.warnings().forEach(w -> warnings.add("spec.podSelector." + w));
    List<Rule> ingress =
        kubernetesRules(f, spec.path("ingress"), "spec.ingress", "from", true, namespace, warnings);
    List<Rule> egress =
        kubernetesRules(f, spec.path("egress"), "spec.egress", "to", false, namespace, warnings);
    List<String> policyTypes = f.strings(spec.path("policyTypes"), "spec.policyTypes");
    int egressRuleCount = f.size(spec.path("egress"), "spec.egress");
    if (policyTypes.isEmpty() && kind == PolicyKind.KUBERNETES_NETWORK_POLICY) {
      // The API server's defaulting, which every stored Kubernetes policy has been through.
      policyTypes = new ArrayList<>(List.of("Ingress"));
      if (egressRuleCount > 0) {
        policyTypes.add("Egress");
      }
    }
    boolean in = policyTypes.contains("Ingress");
    boolean out = policyTypes.contains("Egress");
    for (String t : policyTypes) {
      if (!t.equals("Ingress") && !t.equals("Egress")) {
        throw new PolicyInputException(
            "spec.policyTypes", "expected Ingress or Egress, found \"" + t + "\"");
      }
    }
    List<PolicyType> types = new ArrayList<>();
    if (in) {
      types.add(PolicyType.INGRESS);
    }
    if (out) {
      types.add(PolicyType.EGRESS);
    } else if (!egress.isEmpty()) {
      warnings.add(
          "spec.egress: the policy has egress rules but policyTypes leaves out Egress;"
              + " Calico keeps the rules and does not apply them");
    }
    if (types.isEmpty()) {
      // Calico's conversion: a policy from before policyTypes existed governs ingress only.
      types.add(PolicyType.INGRESS);
    }
    TranslatedSelector translated = PolicySelectors.networkPolicy(namespace, pod.selector(), "");
    f.checkTranslated(translated, "spec.podSelector");
    return new Policy(
        kind,
        namespace,
        name,
        Tier.DEFAULT,
        KUBERNETES_ORDER,
        types,
        ingress,
        egress,
        pod.selector(),
        translated,
        stagedAction,
        warnings);
  }

  private static List<Rule> kubernetesRules(
      Fields f,
      JsonNode array,
      String path,
      String peersField,
      boolean ingress,
      String namespace,
      List<String> warnings) {
    List<Rule> out = new ArrayList<>();
    if (array.isMissingNode() || array.isNull()) {
      return out;
    }
    if (!array.isArray()) {
      throw new PolicyInputException(
          path, "expected an array of rules, found " + Fields.kind(array));
    }
    for (int i = 0; i < array.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode rule = f.object(array.get(i), at);
      JsonNode peers = rule.path(peersField);
      String peersPath = at + "." + peersField;
      List<JsonNode> each = new ArrayList<>();
      if (!peers.isMissingNode() && !peers.isNull()) {
        if (!peers.isArray()) {
          throw new PolicyInputException(
              peersPath, "expected an array of peers, found " + Fields.kind(peers));
        }
        peers.forEach(each::add);
      }
      if (each.isEmpty()) {
        // No peers: one rule that matches any peer, as Calico converts it.
        each.add(null);
      }
      for (int j = 0; j < each.size(); j++) {
        JsonNode peer = each.get(j);
        String peerPath = peersPath + "[" + j + "]";
        String selector = "";
        String nsSelector = "";
        List<String> nets = List.of();
        List<String> notNets = List.of();
        if (peer != null) {
          f.object(peer, peerPath);
          JsonNode ipBlock = peer.path("ipBlock");
          if (!ipBlock.isMissingNode() && !ipBlock.isNull()) {
            f.object(ipBlock, peerPath + ".ipBlock");
            nets = List.of(f.text(ipBlock.path("cidr"), peerPath + ".ipBlock.cidr"));
            notNets = f.strings(ipBlock.path("except"), peerPath + ".ipBlock.except");
          } else {
            TranslatedSelector pod =
                f.kubernetesSelector(peer.path("podSelector"), peerPath + ".podSelector", true);
            TranslatedSelector ns =
                f.kubernetesSelector(
                    peer.path("namespaceSelector"), peerPath + ".namespaceSelector", false);
            pod.warnings().forEach(w -> warnings.add(peerPath + ".podSelector." + w));
            ns.warnings().forEach(w -> warnings.add(peerPath + ".namespaceSelector." + w));
            selector = pod.selector();
            nsSelector = ns.selector();
          }
        }
        EntityRule side =
            new EntityRule(namespace, selector, "", nsSelector, List.of(), "", nets, notNets);
        f.checkTranslated(side.translated(), peer == null ? at : peerPath);
        EntityRule any = new EntityRule(namespace, "", "", "", List.of(), "", List.of(), List.of());
        out.add(ingress ? new Rule("Allow", side, any) : new Rule("Allow", any, side));
      }
    }
    return out;
  }

  /**
   * Applies a reader to one resource, each element of an array, or each item of a list ({@code
   * kind: List} or {@code *List}), naming the element in the path of any problem.
   */
  static <T> List<T> each(JsonNode tree, Function<JsonNode, T> reader) {
    if (tree == null) {
      throw new NullPointerException("tree");
    }
    if (tree.isArray()) {
      return each(tree, "", reader);
    }
    if (tree.isObject() && tree.path("kind").asText("").endsWith("List") && tree.has("items")) {
      if (!tree.get("items").isArray()) {
        throw new PolicyInputException(
            "items", "expected an array, found " + Fields.kind(tree.get("items")));
      }
      return each(tree.get("items"), "items", reader);
    }
    return List.of(reader.apply(tree));
  }

  private static <T> List<T> each(JsonNode array, String path, Function<JsonNode, T> reader) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      try {
        out.add(reader.apply(array.get(i)));
      } catch (PolicyInputException e) {
        throw within(path + "[" + i + "]", e);
      }
    }
    return out;
  }

  /** The same problem, with its path placed under {@code prefix}. */
  static PolicyInputException within(String prefix, PolicyInputException e) {
    String problem = e.getMessage().substring(e.path().isEmpty() ? 0 : e.path().length() + 2);
    return new PolicyInputException(e.path().isEmpty() ? prefix : prefix + "." + e.path(), problem);
  }

  /** Typed access to a resource's fields, each failure naming its path. */
  static final class Fields {
    final JsonNode resource;

    Fields(JsonNode resource) {
      if (resource == null) {
        throw new NullPointerException("resource");
      }
      if (!resource.isObject()) {
        throw new PolicyInputException(
            "", "expected a resource (an object), found " + kind(resource));
      }
      this.resource = resource;
    }

    void expectKind(String kind, String apiVersion) {
      String k = text(resource.path("kind"), "kind");
      if (!k.equals(kind)) {
        throw new PolicyInputException("kind", "expected " + kind + ", found \"" + k + "\"");
      }
      JsonNode v = resource.path("apiVersion");
      if (!v.isTextual() || !v.asText().equals(apiVersion)) {
        throw new PolicyInputException(
            "apiVersion",
            "expected \"" + apiVersion + "\" for a " + kind + ", found " + describe(v));
      }
    }

    String name() {
      JsonNode n = resource.path("metadata").path("name");
      if (!n.isTextual() || n.asText().isEmpty()) {
        throw new PolicyInputException(
            "metadata.name", "a non-empty name is required, found " + describe(n));
      }
      return n.asText();
    }

    /** {@code metadata.namespace}, or {@code default} when absent or empty. */
    String namespace() {
      String ns = optionalText(resource.path("metadata").path("namespace"), "metadata.namespace");
      return ns.isEmpty() ? "default" : ns;
    }

    JsonNode object(JsonNode node, String path) {
      if (node.isMissingNode() || node.isNull()) {
        return MissingNode.getInstance();
      }
      if (!node.isObject()) {
        throw new PolicyInputException(path, "expected an object, found " + kind(node));
      }
      return node;
    }

    String text(JsonNode node, String path) {
      if (!node.isTextual()) {
        throw new PolicyInputException(path, "expected a string, found " + describe(node));
      }
      return node.asText();
    }

    String optionalText(JsonNode node, String path) {
      return node.isMissingNode() || node.isNull() ? "" : text(node, path);
    }

    Double optionalNumber(JsonNode node, String path) {
      if (node.isMissingNode() || node.isNull()) {
        return null;
      }
      if (!node.isNumber()) {
        throw new PolicyInputException(path, "expected a number, found " + describe(node));
      }
      return node.asDouble();
    }

    List<String> strings(JsonNode node, String path) {
      List<String> out = new ArrayList<>();
      if (node.isMissingNode() || node.isNull()) {
        return out;
      }
      if (!node.isArray()) {
        throw new PolicyInputException(path, "expected an array of strings, found " + kind(node));
      }
      for (int i = 0; i < node.size(); i++) {
        out.add(text(node.get(i), path + "[" + i + "]"));
      }
      return out;
    }

    int size(JsonNode node, String path) {
      return node.isArray() ? node.size() : 0;
    }

    /** A selector field: absent is empty; present, it must be one Calico accepts. */
    String selector(JsonNode node, String path) {
      String text = optionalText(node, path);
      if (!text.isEmpty()) {
        try {
          Selector.parse(text);
        } catch (SelectorParseException e) {
          throw new PolicyInputException(path, "not a valid selector: " + e.getMessage());
        }
      }
      return text;
    }

    TranslatedSelector kubernetesSelector(JsonNode node, String path, boolean pod) {
      try {
        return pod
            ? PolicySelectors.kubernetesPodSelector(node)
            : PolicySelectors.kubernetesNamespaceSelector(node);
      } catch (PolicyInputException e) {
        throw within(path, e);
      }
    }

    /** The translated texts must parse, or Felix could not evaluate them. */
    void checkTranslated(TranslatedSelector t, String path) {
      for (String text : List.of(t.selector(), t.notSelector())) {
        if (!text.isEmpty()) {
          try {
            Selector.parse(text);
          } catch (SelectorParseException e) {
            throw new PolicyInputException(
                path,
                "makes a selector Calico cannot evaluate (\""
                    + text
                    + "\": "
                    + e.getMessage()
                    + ")");
          }
        }
      }
    }

    static String describe(JsonNode node) {
      if (node.isMissingNode()) {
        return "nothing";
      }
      return node.isTextual() ? "\"" + node.asText() + "\"" : kind(node);
    }

    static String kind(JsonNode node) {
      switch (node.getNodeType()) {
        case ARRAY:
          return "an array";
        case OBJECT:
          return "an object";
        case NUMBER:
          return "a number";
        case BOOLEAN:
          return "a boolean";
        case NULL:
          return "null";
        case MISSING:
          return "nothing";
        default:
          return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
      }
    }
  }
}
