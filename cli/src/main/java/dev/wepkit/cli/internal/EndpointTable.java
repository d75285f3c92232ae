// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import dev.wepkit.WorkloadEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * WorkloadEndpoints as calicoctl's {@code get} prints them: the columns {@code WORKLOAD NODE
 * NETWORKS INTERFACE} ({@code NAME WORKLOAD NODE NETWORKS INTERFACE PROFILES NATS} when wide),
 * {@code NAMESPACE} first when asked for, lists joined with {@code ,}, and a blank line after the
 * table.
 *
 * <p>The layout is that of Go's tabwriter with calicoctl's settings (minimum width 5, padding 3,
 * spaces): every cell, the last column's included, is padded to the widest cell of its column plus
 * three, at least five, counted in code points. Control characters in values are escaped so that a
 * value stays in its cell and cannot drive the terminal.
 *
 * <pre>{@code
 * String text = EndpointTable.render(endpoints, false, true); // NAMESPACE WORKLOAD NODE ...
 * }</pre>
 */
public final class EndpointTable {
  private static final int MIN_WIDTH = 5;
  private static final int PADDING = 3;

  /** One column: its heading and its value for an endpoint. */
  private static final class Column {
    final String heading;
    final Function<WorkloadEndpoint, String> value;

    Column(String heading, Function<WorkloadEndpoint, String> value) {
      this.heading = heading;
      this.value = value;
    }
  }

  private static final Column NAMESPACE = new Column("NAMESPACE", w -> w.metadata().namespace());
  private static final Column NAME = new Column("NAME", w -> w.metadata().name());
  // calicoctl: the workload when set, else the pod.
  private static final Column WORKLOAD =
      new Column(
          "WORKLOAD", w -> w.spec().workload().isEmpty() ? w.spec().pod() : w.spec().workload());
  private static final Column NODE = new Column("NODE", w -> w.spec().node());
  private static final Column NETWORKS =
      new Column("NETWORKS", w -> String.join(",", w.spec().ipNetworks()));
  private static final Column INTERFACE = new Column("INTERFACE", w -> w.spec().interfaceName());
  private static final Column PROFILES =
      new Column("PROFILES", w -> String.join(",", w.spec().profiles()));
  private static final Column NATS =
      new Column(
          "NATS",
          w -> {
            List<String> nats = new ArrayList<>();
            // calicoctl's template joins the IPNAT structs, which Go prints as {internal external}.
            w.spec()
                .ipNATs()
                .forEach(n -> nats.add("{" + n.internalIP() + " " + n.externalIP() + "}"));
            return String.join(",", nats);
          });

  private EndpointTable() {}

  /**
   * Renders the table.
   *
   * @param endpoints the rows, in order
   * @param wide the wide column set
   * @param namespace whether to put a {@code NAMESPACE} column first
   * @return the text, every line ended by {@code \n}, with a blank line at the end
   */
  public static String render(List<WorkloadEndpoint> endpoints, boolean wide, boolean namespace) {
    List<Column> columns = new ArrayList<>();
    if (namespace) {
      columns.add(NAMESPACE);
    }
    if (wide) {
      columns.addAll(List.of(NAME, WORKLOAD, NODE, NETWORKS, INTERFACE, PROFILES, NATS));
    } else {
      columns.addAll(List.of(WORKLOAD, NODE, NETWORKS, INTERFACE));
    }
    List<String[]> rows = new ArrayList<>(endpoints.size() + 1);
    String[] headings = new String[columns.size()];
    for (int c = 0; c < headings.length; c++) {
      headings[c] = columns.get(c).heading;
    }
    rows.add(headings);
    for (WorkloadEndpoint endpoint : endpoints) {
      String[] row = new String[columns.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = Printable.escapeControls(columns.get(c).value.apply(endpoint));
      }
      rows.add(row);
    }
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      int width = MIN_WIDTH;
      for (String[] row : rows) {
        width = Math.max(width, length(row[c]) + PADDING);
      }
      widths[c] = width;
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        out.append(row[c]);
        out.append(" ".repeat(widths[c] - length(row[c])));
      }
      out.append('\n');
    }
    // calicoctl leaves a gap after each table.
    return out.append('\n').toString();
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
