// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.wepkit.codec.SourcePosition;
import dev.wepkit.validation.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * One JSON object per resource per line: {@code {"file", "index", "name", "valid", "errors",
 * "warnings"}}, each violation {@code {"path", "type", "value", "detail"}} followed by {@code
 * "line"} and {@code "column"} when its position is known.
 *
 * <pre>{@code
 * {"file": "a.yaml", "index": 0, "name": null, "valid": false, "errors": [{"path": "spec.node",
 *  "type": "Required", "value": null, "detail": "...", "line": 8, "column": 3}], "warnings": []}
 * }</pre>
 */
final class JsonReport extends ValidationReport {
  JsonReport(PrintWriter out) {
    super(out);
  }

  @Override
  protected void print(ResourceOutcome outcome) {
    out.println(
        JsonLines.line(
            g -> {
              g.writeStringField("file", outcome.file());
              g.writeNumberField("index", outcome.index());
              JsonLines.stringOrNull(g, "name", outcome.name().orElse(null));
              g.writeBooleanField("valid", outcome.result().isValid());
              violations(g, "errors", outcome.result().errors());
              violations(g, "warnings", outcome.result().warnings());
            }));
  }

  private static void violations(JsonGenerator g, String name, List<Violation> list)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Violation v : list) {
      g.writeStartObject();
      g.writeStringField("path", v.path());
      g.writeStringField("type", v.type().jsonName());
      JsonLines.stringOrNull(g, "value", v.value());
      g.writeStringField("detail", v.detail());
      if (v.position().isPresent()) {
        SourcePosition at = v.position().get();
        g.writeNumberField("line", at.line());
        g.writeNumberField("column", at.column());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  @Override
  public void finish() {
    // JSON lines only: nothing after the last resource.
  }
}
