// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.names.CalicoLabels;
import dev.wepkit.policy.internal.GoText;
import java.util.ArrayList;
import java.util.List;

/**
 * The one selector Felix evaluates, built from a policy's fields exactly as Calico's syncer builds
 * it: Felix never sees {@code namespaceSelector} or {@code serviceAccountSelector}, only a single
 * selector over the endpoint's effective labels, where a namespace's labels are {@code pcns.*} and
 * a service account's {@code pcsa.*} ({@link EffectiveLabels}).
 *
 * <p>Parity details kept on purpose: the pieces are joined as text (user selectors verbatim,
 * prefixed ones in canonical form); a GlobalNetworkPolicy's {@code all()} rewrite replaces the text
 * {@code all()} everywhere in the result, inside the user's own selector and string literals too;
 * and a namespace or service-account selector that does not parse is dropped without a word. Here
 * each drop is also reported in {@link TranslatedSelector#warnings()}.
 *
 * <pre>{@code
 * PolicySelectors.networkPolicy("prod", "app == 'web'", "role == 'api'").selector();
 * // ((app == 'web') && projectcalico.org/namespace == 'prod') && pcsa.role == "api"
 * PolicySelectors.globalNetworkPolicy("", "all()", "").selector();
 * // has(projectcalico.org/namespace)
 * PolicySelectors.entityRule("prod", "", "", "team == 'a'", List.of(), "").selector();
 * // pcns.team == "a"
 * PolicySelectors.kubernetesPodSelector(podSelectorTree).selector();
 * // projectcalico.org/orchestrator == 'k8s' && app == 'web' && tier in { 'a', 'b' }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PolicySelectors {
  /** The prefix of a namespace's labels in a {@code kns.} profile. */
  public static final String NAMESPACE_LABEL_PREFIX = "pcns.";

  /** The prefix of a service account's labels in a {@code ksa.} profile. */
  public static final String SERVICE_ACCOUNT_LABEL_PREFIX = "pcsa.";

  private static final String HAS_NAMESPACE = "has(" + CalicoLabels.NAMESPACE + ")";
  private static final String HAS_SERVICE_ACCOUNT = "has(" + CalicoLabels.SERVICE_ACCOUNT + ")";

  private PolicySelectors() {}

  /**
   * A namespaced policy's selector: Calico {@code NetworkPolicy}, {@code StagedNetworkPolicy}, and
   * Kubernetes {@code NetworkPolicy} (after its pod selector is converted). The policy's namespace
   * is AND-ed in, then the {@code pcsa.}-prefixed service-account selector if it parses. {@code
   * all()} is not rewritten here.
   *
   * @param namespace the policy's namespace; empty adds no namespace term
   * @param selector {@code spec.selector}, or empty or null
   * @param serviceAccountSelector {@code spec.serviceAccountSelector}, or empty or null
   * @return the translated selector
   */
  public static TranslatedSelector networkPolicy(
      String namespace, String selector, String serviceAccountSelector) {
    List<String> warnings = new ArrayList<>();
    String out = orEmpty(selector);
    String ns = orEmpty(namespace);
    if (!ns.isEmpty()) {
      String nsTerm = namespaceTerm(ns);
      out = out.isEmpty() ? nsTerm : "(" + out + ") && " + nsTerm;
    }
    out =
        appendPrefixed(
            out,
            orEmpty(serviceAccountSelector),
            SERVICE_ACCOUNT_LABEL_PREFIX,
            "serviceAccountSelector",
            warnings);
    return new TranslatedSelector(out, "", warnings);
  }

  /**
   * A GlobalNetworkPolicy's (or StagedGlobalNetworkPolicy's) selector: the {@code pcns.}-prefixed
   * namespace selector is AND-ed in and every {@code all()} in the text becomes {@code
   * has(projectcalico.org/namespace)}; then the same for the service-account selector with {@code
   * pcsa.} and {@code has(projectcalico.org/serviceaccount)}.
   *
   * @param selector {@code spec.selector}, or empty or null
   * @param namespaceSelector {@code spec.namespaceSelector}, or empty or null
   * @param serviceAccountSelector {@code spec.serviceAccountSelector}, or empty or null
   * @return the translated selector
   */
  public static TranslatedSelector globalNetworkPolicy(
      String selector, String namespaceSelector, String serviceAccountSelector) {
    List<String> warnings = new ArrayList<>();
    String out = orEmpty(selector);
    String nsSelector = orEmpty(namespaceSelector);
    if (!nsSelector.isEmpty()) {
      out = appendPrefixed(out, nsSelector, NAMESPACE_LABEL_PREFIX, "namespaceSelector", warnings);
      out = out.replace("all()", HAS_NAMESPACE);
    }
    String saSelector = orEmpty(serviceAccountSelector);
    if (!saSelector.isEmpty()) {
      out =
          appendPrefixed(
              out, saSelector, SERVICE_ACCOUNT_LABEL_PREFIX, "serviceAccountSelector", warnings);
      out = out.replace("all()", HAS_SERVICE_ACCOUNT);
    }
    return new TranslatedSelector(out, "", warnings);
  }

  /**
   * A rule's source or destination (an EntityRule), in a policy of {@code policyNamespace} (empty
   * for global policies and profiles): the service-account part ({@code pcsa.}-prefixed selector
   * and {@code projectcalico.org/serviceaccount in {names}}), the endpoint selector, and the
   * namespace part ({@code pcns.}-prefixed namespace selector with {@code all()} and {@code
   * global()} rewritten, or else the policy's own namespace). The namespace part is applied as soon
   * as any selector field is set, {@code notSelector} included; {@code notSelector} itself is
   * passed through unchanged.
   *
   * @param policyNamespace the policy's namespace, or empty or null
   * @param selector the rule side's {@code selector}, or empty or null
   * @param notSelector its {@code notSelector}, or empty or null
   * @param namespaceSelector its {@code namespaceSelector}, or empty or null
   * @param serviceAccountNames its {@code serviceAccounts.names}, or empty or null
   * @param serviceAccountSelector its {@code serviceAccounts.selector}, or empty or null
   * @return the translated selector and notSelector
   */
  public static TranslatedSelector entityRule(
      String policyNamespace,
      String selector,
      String notSelector,
      String namespaceSelector,
      List<String> serviceAccountNames,
      String serviceAccountSelector) {
    List<String> warnings = new ArrayList<>();
    String ns = orEmpty(policyNamespace);
    String nsSelectorText = orEmpty(namespaceSelector);
    String endpointSelector = orEmpty(selector);
    String not = orEmpty(notSelector);

    String saPart =
        serviceAccountPart(
            serviceAccountNames == null ? List.of() : serviceAccountNames,
            orEmpty(serviceAccountSelector),
            warnings);

    String nsPart = "";
    if (!nsSelectorText.isEmpty()) {
      nsPart = prefixed(nsSelectorText, NAMESPACE_LABEL_PREFIX, "namespaceSelector", warnings);
      if (nsPart.isEmpty()) {
        warnings.add(
            "the rule is therefore not restricted to any namespace, not even the policy's own");
      }
      nsPart = nsPart.replace("all()", HAS_NAMESPACE).replace("global()", "!" + HAS_NAMESPACE);
    } else if (!ns.isEmpty()) {
      nsPart = namespaceTerm(ns);
    }

    String endpointPart;
    if (!saPart.isEmpty() && !endpointSelector.isEmpty()) {
      endpointPart = "(" + saPart + ") && (" + endpointSelector + ")";
    } else {
      endpointPart = saPart.isEmpty() ? endpointSelector : saPart;
    }

    String out = endpointPart;
    if (!nsPart.isEmpty()
        && (!endpointPart.isEmpty() || !not.isEmpty() || !nsSelectorText.isEmpty())) {
      out = endpointPart.isEmpty() ? nsPart : "(" + nsPart + ") && (" + endpointPart + ")";
    }
    return new TranslatedSelector(out, not, warnings);
  }

  /**
   * A Kubernetes NetworkPolicy's {@code podSelector} (or a peer's), converted as Calico converts
   * it: {@code projectcalico.org/orchestrator == 'k8s'}, then one term per {@code matchLabels} key
   * in Go order ({@code k == 'v'}) and one per {@code matchExpressions} entry in order ({@code k in
   * { 'a', 'b' }}, {@code k not in { … }}, {@code has(k)}, {@code ! has(k)}), joined by {@code &&}.
   * The result is the policy's {@code spec.selector}: pass it to {@link #networkPolicy(String,
   * String, String)} with the policy's namespace. An unknown operator adds no term, as in Calico,
   * and a warning.
   *
   * @param labelSelector the {@code LabelSelector} as a tree, or null (or a missing node) when
   *     absent, which gives just the orchestrator term
   * @return the converted selector
   * @throws PolicyInputException naming the path of a field of the wrong shape
   */
  public static TranslatedSelector kubernetesPodSelector(JsonNode labelSelector) {
    return kubernetesSelector(labelSelector, true);
  }

  /**
   * A Kubernetes peer's {@code namespaceSelector}, converted as Calico converts it: the same terms
   * as {@link #kubernetesPodSelector(JsonNode)} without the orchestrator term; present but empty
   * ({@code {}}) is {@code all()} (every namespace), absent is {@code ""} (no namespace selector).
   *
   * @param labelSelector the {@code LabelSelector} as a tree, or null (or a missing node) when
   *     absent
   * @return the converted selector
   * @throws PolicyInputException naming the path of a field of the wrong shape
   */
  public static TranslatedSelector kubernetesNamespaceSelector(JsonNode labelSelector) {
    return kubernetesSelector(labelSelector, false);
  }

  private static TranslatedSelector kubernetesSelector(JsonNode selector, boolean pod) {
    List<String> terms = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (pod) {
      terms.add(CalicoLabels.ORCHESTRATOR + " == 'k8s'");
    }
    if (selector == null || selector.isMissingNode() || selector.isNull()) {
      return new TranslatedSelector(String.join(" && ", terms), "", warnings);
    }
    if (!selector.isObject()) {
      throw new PolicyInputException("", "expected a label selector (an object)");
    }
    JsonNode matchLabels = selector.path("matchLabels");
    JsonNode matchExpressions = selector.path("matchExpressions");
    boolean noLabels =
        matchLabels.isMissingNode()
            || matchLabels.isNull()
            || (matchLabels.isObject() && matchLabels.isEmpty());
    boolean noExpressions =
        matchExpressions.isMissingNode()
            || matchExpressions.isNull()
            || (matchExpressions.isArray() && matchExpressions.isEmpty());
    if (!pod && noLabels && noExpressions) {
      return new TranslatedSelector("all()", "", warnings);
    }
    if (!noLabels) {
      if (!matchLabels.isObject()) {
        throw new PolicyInputException("matchLabels", "expected a map of strings");
      }
      List<String> keys = new ArrayList<>();
      matchLabels.fieldNames().forEachRemaining(keys::add);
      keys.sort(GoText.UTF8_ORDER);
      for (String key : keys) {
        terms.add(key + " == '" + string(matchLabels.get(key), "matchLabels[" + key + "]") + "'");
      }
    }
    if (!noExpressions) {
      if (!matchExpressions.isArray()) {
        throw new PolicyInputException("matchExpressions", "expected an array");
      }
      for (int i = 0; i < matchExpressions.size(); i++) {
        String at = "matchExpressions[" + i + "]";
        JsonNode e = matchExpressions.get(i);
        if (!e.isObject()) {
          throw new PolicyInputException(at, "expected a requirement (an object)");
        }
        String key = string(e.path("key"), at + ".key");
        String operator = string(e.path("operator"), at + ".operator");
        List<String> values = new ArrayList<>();
        JsonNode v = e.path("values");
        if (!v.isMissingNode() && !v.isNull()) {
          if (!v.isArray()) {
            throw new PolicyInputException(at + ".values", "expected an array of strings");
          }
          for (int j = 0; j < v.size(); j++) {
            values.add(string(v.get(j), at + ".values[" + j + "]"));
          }
        }
        String list = String.join("', '", values);
        switch (operator) {
          case "In":
            terms.add(key + " in { '" + list + "' }");
            break;
          case "NotIn":
            terms.add(key + " not in { '" + list + "' }");
            break;
          case "Exists":
            terms.add("has(" + key + ")");
            break;
          case "DoesNotExist":
            terms.add("! has(" + key + ")");
            break;
          default:
            warnings.add(
                at
                    + ".operator \""
                    + operator
                    + "\" is not In, NotIn, Exists or DoesNotExist; Calico adds no term for it");
        }
      }
    }
    return new TranslatedSelector(String.join(" && ", terms), "", warnings);
  }

  private static String string(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw new PolicyInputException(path, "expected a string");
    }
    return node.asText();
  }

  private static String serviceAccountPart(
      List<String> names, String saSelector, List<String> warnings) {
    String selectorPart = "";
    if (!saSelector.isEmpty()) {
      selectorPart =
          prefixed(saSelector, SERVICE_ACCOUNT_LABEL_PREFIX, "serviceAccounts.selector", warnings);
    }
    if (names.isEmpty()) {
      return selectorPart;
    }
    // Calico writes the names into a set literal in single quotes and parses it; a name holding a
    // single quote breaks the literal and the whole service-account match is dropped.
    String literal = CalicoLabels.SERVICE_ACCOUNT + " in { '" + String.join("', '", names) + "' }";
    String namesPart;
    try {
      namesPart = Selector.parse(literal).toString();
    } catch (SelectorParseException e) {
      warnings.add(
          "serviceAccounts.names "
              + names
              + " do not make a valid selector ("
              + e.reason()
              + "); Calico drops the whole service-account match, selector included");
      return "";
    }
    return selectorPart.isEmpty() ? namesPart : "(" + selectorPart + ") && (" + namesPart + ")";
  }

  private static String appendPrefixed(
      String current, String added, String prefix, String field, List<String> warnings) {
    if (added.isEmpty()) {
      return current;
    }
    String prefixedText = prefixed(added, prefix, field, warnings);
    if (prefixedText.isEmpty()) {
      return current;
    }
    return current.isEmpty() ? prefixedText : "(" + current + ") && " + prefixedText;
  }

  /**
   * The canonical form with every label prefixed, or empty (and a warning) if it does not parse.
   */
  private static String prefixed(String text, String prefix, String field, List<String> warnings) {
    try {
      return Selector.parse(text).withLabelPrefix(prefix).toString();
    } catch (SelectorParseException e) {
      warnings.add(
          field
              + " \""
              + text
              + "\" is not a valid selector ("
              + e.reason()
              + " at position "
              + e.position()
              + "); Calico ignores it");
      return "";
    }
  }

  private static String namespaceTerm(String namespace) {
    return CalicoLabels.NAMESPACE + " == '" + namespace + "'";
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
