// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.policy.AppliedPolicy;
import dev.wepkit.policy.Policy;
import dev.wepkit.policy.PolicyType;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The output of {@code wepkit policies}: for each endpoint the policies that apply (or for a policy
 * the endpoints it selects) as a table, JSON or YAML. JSON and YAML carry the same tree.
 */
public final class PolicyReport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ArrayNode entries = NODES.arrayNode();
  private final List<List<String[]>> tables = new ArrayList<>();
  private final List<String> headings = new ArrayList<>();

  /** {@code namespace/name} of an endpoint. */
  public static String endpointRef(WorkloadEndpoint e) {
    String ns = e.metadata().namespace();
    return ns.isEmpty() ? e.metadata().name() : ns + "/" + e.metadata().name();
  }

  /**
   * An order as Go's {@code %v} prints a float64 for ordinary values: whole numbers without a
   * fraction, others in shortest form; none is {@code -}.
   */
  public static String order(Double order) {
    if (order == null) {
      return "-";
    }
    if (order == Math.rint(order) && Math.abs(order) < 1e21) {
      return new BigDecimal(order).toPlainString();
    }
    return BigDecimal.valueOf(order).stripTrailingZeros().toPlainString();
  }

  private static String types(List<PolicyType> types) {
    return types.stream().map(PolicyType::toString).collect(Collectors.joining(","));
  }

  private static ObjectNode policyNode(Policy p, String tier) {
    ObjectNode n = NODES.objectNode();
    n.put("tier", tier);
    n.put("kind", p.kind().calicoKind());
    if (p.namespace() == null) {
      n.putNull("namespace");
    } else {
      n.put("namespace", p.namespace());
    }
    n.put("name", p.name());
    if (p.order() == null) {
      n.putNull("order");
    } else {
      // As Go writes a float64: 10, not 10.0.
      n.put("order", new BigDecimal(order(p.order())));
    }
    ArrayNode types = n.putArray("types");
    p.types().forEach(t -> types.add(t.toString()));
    n.put("staged", p.isStaged());
    n.put("selector", p.selector().selector());
    ArrayNode warnings = n.putArray("warnings");
    p.warnings().forEach(warnings::add);
    return n;
  }

  /** Adds an endpoint with the policies that apply to it, in order. */
  public void endpoint(WorkloadEndpoint e, List<AppliedPolicy> applied) {
    ObjectNode entry = entries.addObject();
    entry.put("endpoint", endpointRef(e));
    ArrayNode policies = entry.putArray("policies");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"TIER", "POLICY", "ORDER", "TYPES", "KIND"});
    for (AppliedPolicy a : applied) {
      policies.add(policyNode(a.policy(), a.tier()));
      rows.add(
          new String[] {
            a.tier(),
            a.policy().key(),
            order(a.order()),
            types(a.types()),
            a.policy().kind().calicoKind()
          });
    }
    headings.add(endpointRef(e) + (applied.isEmpty() ? ": no policies apply" : ""));
    tables.add(applied.isEmpty() ? List.of() : rows);
  }

  /** Adds a policy with the endpoints it selects, in input order. */
  public void policy(Policy p, List<WorkloadEndpoint> selected) {
    ObjectNode entry = entries.addObject();
    entry.set("policy", policyNode(p, p.tier()));
    ArrayNode endpoints = entry.putArray("endpoints");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"NAMESPACE", "NAME", "NODE", "POD"});
    for (WorkloadEndpoint e : selected) {
      endpoints.add(endpointRef(e));
      rows.add(
          new String[] {
            e.metadata().namespace(), e.metadata().name(), e.spec().node(), e.spec().pod()
          });
    }
    headings.add(
        p.kind().calicoKind()
            + " "
            + p.key()
            + " (tier "
            + p.tier()
            + ", order "
            + order(p.order())
            + ", "
            + types(p.types())
            + ")"
            + (selected.isEmpty() ? ": selects no endpoint" : ""));
    tables.add(selected.isEmpty() ? List.of() : rows);
  }

  /** Prints the entries as tables: a heading line each, then its rows indented. */
  public void printTable(PrintWriter out) {
    for (int i = 0; i < headings.size(); i++) {
      if (i > 0) {
        out.println();
      }
      out.println(Printable.escapeControls(headings.get(i)));
      List<String[]> rows = tables.get(i);
      if (rows.isEmpty()) {
        continue;
      }
      int[] widths = new int[rows.get(0).length];
      for (String[] row : rows) {
        for (int c = 0; c < row.length; c++) {
          widths[c] = Math.max(widths[c], Printable.escapeControls(row[c]).length());
        }
      }
      for (String[] row : rows) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < row.length; c++) {
          String cell = Printable.escapeControls(row[c]);
          line.append(cell);
          if (c < row.length - 1) {
            line.append(" ".repeat(widths[c] - cell.length() + 2));
          }
        }
        out.println(line);
      }
    }
  }

  /** Prints the entries as one indented JSON array. */
  public void printJson(PrintWriter out) {
    try {
      out.println(JSON.writeValueAsString(entries));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers cannot fail to print", e);
    }
  }

  /**
   * Prints the entries as a YAML sequence. Every string is double-quoted with JSON's escapes, which
   * YAML's double-quoted scalars share, so no value can be read back as a number, boolean or null.
   */
  public void printYaml(PrintWriter out) {
    StringBuilder b = new StringBuilder();
    yaml(entries, 0, b, false);
    out.print(b);
  }

  private static void yaml(JsonNode node, int indent, StringBuilder b, boolean inline) {
    String pad = " ".repeat(indent);
    if (node.isArray()) {
      if (node.isEmpty()) {
        b.append(inline ? " []\n" : pad + "[]\n");
        return;
      }
      if (inline) {
        b.append('\n');
      }
      for (JsonNode item : node) {
        b.append(pad).append("- ");
        if (item.isContainerNode() && !item.isEmpty()) {
          StringBuilder inner = new StringBuilder();
          yaml(item, indent + 2, inner, false);
          // The first line of the item follows the dash.
          b.append(inner.substring(indent + 2));
        } else {
          b.append(scalar(item)).append('\n');
        }
      }
    } else if (node.isObject()) {
      if (node.isEmpty()) {
        b.append(inline ? " {}\n" : pad + "{}\n");
        return;
      }
      if (inline) {
        b.append('\n');
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        b.append(pad).append(e.getKey()).append(':');
        JsonNode v = e.getValue();
        if (v.isContainerNode()) {
          yaml(v, v.isArray() ? indent : indent + 2, b, true);
        } else {
          b.append(' ').append(scalar(v)).append('\n');
        }
      }
    } else {
      b.append(pad).append(scalar(node)).append('\n');
    }
  }

  private static String scalar(JsonNode v) {
    if (v.isContainerNode()) {
      return v.isArray() ? "[]" : "{}";
    }
    // JSON's text of a scalar is a valid YAML flow scalar: numbers, true/false, null, and strings
    // in double quotes with escapes YAML also understands.
    return v.toString();
  }
}
