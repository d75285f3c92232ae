// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import dev.wepkit.validation.Violation;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code OK FILE[INDEX] NAME} or {@code INVALID FILE[INDEX] NAME} per resource, each problem on its
 * own line as compilers print them ({@code FILE:LINE:COLUMN: error: PATH: DETAIL}, which editors
 * and {@code errorformat} parse), then a summary line.
 *
 * <pre>{@code
 * INVALID pods.yaml[1] node1-k8s-web-eth0
 * pods.yaml:14:7: error: spec.ipNetworks[0]: invalid value "10.0.0.1/33": ...
 * 2 resources in 1 file: 1 valid, 1 invalid, 0 warnings
 * }</pre>
 */
final class TextReport extends ValidationReport {
  private static final String GREEN = "\u001b[32m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  TextReport(PrintWriter out, boolean colour) {
    super(out);
    this.colour = colour;
  }

  @Override
  protected void print(ResourceOutcome outcome) {
    boolean ok = outcome.result().isValid();
    out.println(
        (ok ? paint("OK", GREEN) : paint("INVALID", RED))
            + " "
            + Printable.escapeControls(outcome.file())
            + "["
            + outcome.index()
            + "] "
            + outcome.name().map(Printable::escapeControls).orElse("(no name)"));
    violations(outcome, "error", RED, outcome.result().errors());
    violations(outcome, "warning", YELLOW, outcome.result().warnings());
  }

  private void violations(
      ResourceOutcome outcome, String level, String colourCode, List<Violation> list) {
    for (Violation v : list) {
      StringBuilder line = new StringBuilder(Printable.escapeControls(outcome.file()));
      line.append(lineAndColumn(outcome, v))
          .append(": ")
          .append(paint(level, colourCode))
          .append(": ")
          .append(message(v));
      out.println(line);
    }
  }

  private String paint(String text, String code) {
    return colour ? code + text + RESET : text;
  }

  @Override
  public void finish() {
    StringBuilder line = new StringBuilder();
    line.append(count(resources(), "resource"))
        .append(" in ")
        .append(count(files() + unreadableFiles(), "file"));
    line.append(": ").append(valid()).append(" valid, ").append(invalid()).append(" invalid, ");
    line.append(count(warnings(), "warning"));
    if (unreadableFiles() > 0) {
      line.append("; ").append(unreadableFiles()).append(" could not be read");
    }
    out.println(line);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
