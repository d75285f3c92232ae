// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.testing.Gen;
import dev.wepkit.testing.GenContext;
import dev.wepkit.testing.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The label-restriction index gives exactly the answers of evaluating every policy, on generated
 * policies (every kind, generated selectors, namespace and service-account selectors, tiers and
 * orders) and generated endpoints with namespace and service-account profiles.
 */
class PolicyIndexProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> NAMESPACES = List.of("n1", "n2", "n3");
  private static final List<String> SERVICE_ACCOUNTS = List.of("sa1", "sa2");
  private static final List<String> SIMPLE_VALUES = List.of("x", "y", "web");

  /** A generated set of resources and endpoints. */
  static final class World {
    final ArrayNode resources;
    final List<WorkloadEndpoint> endpoints;

    World(ArrayNode resources, List<WorkloadEndpoint> endpoints) {
      this.resources = resources;
      this.endpoints = endpoints;
    }

    @Override
    public String toString() {
      return resources + " with " + endpoints;
    }
  }

  private static String selector(GenContext ctx) {
    return ctx.chance(0.2) ? "" : SelectorCases.selectors().generate(ctx).text;
  }

  private static ObjectNode policy(GenContext ctx, int i) {
    ObjectNode p = NODES.objectNode();
    ObjectNode meta = p.putObject("metadata");
    meta.put("name", "p" + i);
    meta.put("namespace", ctx.choose(NAMESPACES));
    ObjectNode spec = p.putObject("spec");
    int kind = ctx.between(0, 5);
    if (kind == 5) {
      p.put("apiVersion", "networking.k8s.io/v1");
      p.put("kind", "NetworkPolicy");
      ObjectNode pod = spec.putObject("podSelector");
      if (ctx.chance(0.7)) {
        ObjectNode ml = pod.putObject("matchLabels");
        ml.put(ctx.choose(SelectorCases.KEYS), ctx.choose(SIMPLE_VALUES));
      }
      if (ctx.chance(0.5)) {
        ObjectNode e = pod.putArray("matchExpressions").addObject();
        e.put("key", ctx.choose(SelectorCases.KEYS));
        e.put("operator", ctx.choose("In", "NotIn", "Exists", "DoesNotExist"));
        ArrayNode values = e.putArray("values");
        values.add(ctx.choose(SIMPLE_VALUES));
      }
      return p;
    }
    p.put("apiVersion", "projectcalico.org/v3");
    String[] kinds = {
      "NetworkPolicy",
      "GlobalNetworkPolicy",
      "GlobalNetworkPolicy",
      "StagedNetworkPolicy",
      "StagedGlobalNetworkPolicy"
    };
    p.put("kind", kinds[kind]);
    spec.put("selector", selector(ctx));
    if (kind == 1 || kind == 2 || kind == 4) {
      meta.remove("namespace");
      if (ctx.chance(0.5)) {
        spec.put("namespaceSelector", ctx.chance(0.3) ? "all()" : selector(ctx));
      }
    }
    if (ctx.chance(0.3)) {
      spec.put("serviceAccountSelector", ctx.chance(0.3) ? "all()" : selector(ctx));
    }
    if (kind >= 3 && ctx.chance(0.3)) {
      spec.put("stagedAction", ctx.choose("Set", "Delete"));
    }
    spec.put("tier", ctx.choose("default", "t1", "t2", "ghost"));
    if (ctx.chance(0.7)) {
      spec.put("order", ctx.between(0, 3) * 10);
    }
    return p;
  }

  private static ObjectNode labelled(
      String apiVersion, String kind, String name, String namespace) {
    ObjectNode r = NODES.objectNode();
    r.put("apiVersion", apiVersion);
    r.put("kind", kind);
    ObjectNode meta = r.putObject("metadata");
    meta.put("name", name);
    if (namespace != null) {
      meta.put("namespace", namespace);
    }
    return r;
  }

  private static final Gen<World> WORLDS =
      ctx -> {
        ArrayNode resources = NODES.arrayNode();
        ObjectNode t1 = labelled("projectcalico.org/v3", "Tier", "t1", null);
        t1.putObject("spec").put("order", ctx.between(0, 2_000_000));
        resources.add(t1);
        resources.add(labelled("projectcalico.org/v3", "Tier", "t2", null));
        for (String ns : NAMESPACES) {
          ObjectNode n = labelled("v1", "Namespace", ns, null);
          Map<String, String> labels = SelectorCases.labels().generate(ctx);
          ObjectNode l = ((ObjectNode) n.get("metadata")).putObject("labels");
          labels.forEach(l::put);
          resources.add(n);
          for (String sa : SERVICE_ACCOUNTS) {
            ObjectNode s = labelled("v1", "ServiceAccount", sa, ns);
            ObjectNode sl = ((ObjectNode) s.get("metadata")).putObject("labels");
            SelectorCases.labels().generate(ctx).forEach(sl::put);
            resources.add(s);
          }
        }
        int policies = ctx.between(1, 40);
        for (int i = 0; i < policies; i++) {
          resources.add(policy(ctx, i));
        }
        List<WorkloadEndpoint> endpoints = new ArrayList<>();
        int count = ctx.between(1, 20);
        for (int i = 0; i < count; i++) {
          endpoints.add(
              PolicyIndexTest.endpoint(
                  ctx.choose(NAMESPACES),
                  "pod" + i,
                  SelectorCases.labels().generate(ctx),
                  ctx.chance(0.7) ? ctx.choose(SERVICE_ACCOUNTS) : ""));
        }
        return new World(resources, endpoints);
      };

  @Test
  void theIndexAgreesWithEvaluatingEveryPolicy() {
    // 300 worlds of up to 40 policies and 20 endpoints: about 100,000 policy-endpoint pairs, in
    // about a second (the default 1000 cases cost the shared build several seconds for little).
    Property.named("indexed policiesFor equals evaluating every policy")
        .withTries(300)
        .verify(
            WORLDS,
            w -> {
              PolicyIndex index = PolicyIndex.builder().addResources(w.resources).build();
              for (WorkloadEndpoint e : w.endpoints) {
                EffectiveLabels labels = index.labelsOf(e);
                // Independent of the index: parse each translated selector and evaluate it on the
                // merged label map.
                List<Policy> expected = new ArrayList<>();
                for (Policy p : index.policies()) {
                  if (!"Delete".equals(p.stagedAction())
                      && Selector.parse(p.selector().selector()).matches(labels.asMap())) {
                    expected.add(p);
                  }
                }
                List<Policy> indexed = new ArrayList<>();
                index.policiesFor(e).forEach(a -> indexed.add(a.policy()));
                List<Policy> all = new ArrayList<>();
                index.policiesForEvaluatingAll(e).forEach(a -> all.add(a.policy()));
                assertThat(indexed).as("indexed, for %s", labels).isEqualTo(expected);
                assertThat(all).as("every policy, for %s", labels).isEqualTo(expected);
              }
            });
  }
}
