// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import dev.wepkit.validation.ValidationResult;
import dev.wepkit.validation.Violation;
import java.io.PrintWriter;
import java.util.List;

/** Prints the outcome of {@code validate}, as text for people or as JSON lines for programs. */
abstract class ValidationReporter {
  protected final PrintWriter out;
  int resources;
  int valid;
  int invalid;
  int warnings;
  int files;
  int unreadableFiles;

  ValidationReporter(PrintWriter out) {
    this.out = out;
  }

  /** Reports one resource. */
  final void resource(String file, int index, String name, ValidationResult result) {
    resources++;
    if (result.isValid()) {
      valid++;
    } else {
      invalid++;
    }
    warnings += result.warnings().size();
    print(file, index, name, result);
  }

  /** Counts a file that was read to its end. */
  final void fileDone() {
    files++;
  }

  /** Counts a file that could not be read or parsed. */
  final void fileFailed() {
    unreadableFiles++;
  }

  abstract void print(String file, int index, String name, ValidationResult result);

  /** Prints what comes after the last resource. */
  abstract void finish();

  /** {@code OK file[0] name}, or the violations one per line, then a summary line. */
  static final class Text extends ValidationReporter {
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    Text(PrintWriter out, boolean colour) {
      super(out);
      this.colour = colour;
    }

    @Override
    void print(String file, int index, String name, ValidationResult result) {
      String label = result.isValid() ? paint("OK", GREEN) : paint("INVALID", RED);
      out.println(
          label
              + " "
              + JsonOut.escapeControls(file)
              + "["
              + index
              + "] "
              + (name == null ? "(no name)" : JsonOut.escapeControls(name)));
      violations("error", RED, result.errors());
      violations("warning", YELLOW, result.warnings());
    }

    private void violations(String kind, String colourCode, List<Violation> list) {
      for (Violation v : list) {
        StringBuilder line = new StringBuilder("  ").append(paint(kind, colourCode)).append(": ");
        if (!v.path().isEmpty()) {
          line.append(v.path()).append(": ");
        }
        line.append(v.type().phrase());
        if (v.value() != null) {
          line.append(' ');
          JsonOut.quoteForPeople(line, v.value());
        }
        out.println(line.append(": ").append(JsonOut.escapeControls(v.detail())));
      }
    }

    private String paint(String text, String code) {
      return colour ? code + text + RESET : text;
    }

    @Override
    void finish() {
      StringBuilder line = new StringBuilder();
      line.append(count(resources, "resource"))
          .append(" in ")
          .append(count(files + unreadableFiles, "file"));
      line.append(": ").append(valid).append(" valid, ").append(invalid).append(" invalid, ");
      line.append(count(warnings, "warning"));
      if (unreadableFiles > 0) {
        line.append("; ").append(unreadableFiles).append(" could not be read");
      }
      out.println(line);
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }

  /**
   * One JSON object per resource per line: {@code {"file", "index", "name", "valid", "errors",
   * "warnings"}}, with violations as {@code {"path", "type", "value", "detail"}}.
   */
  static final class Json extends ValidationReporter {
    Json(PrintWriter out) {
      super(out);
    }

    @Override
    void print(String file, int index, String name, ValidationResult result) {
      out.println(
          JsonOut.object()
              .string("file", file)
              .number("index", index)
              .string("name", name)
              .bool("valid", result.isValid())
              .raw("errors", array(result.errors()))
              .raw("warnings", array(result.warnings()))
              .end());
    }

    private static String array(List<Violation> violations) {
      StringBuilder out = new StringBuilder().append('[');
      for (int i = 0; i < violations.size(); i++) {
        Violation v = violations.get(i);
        if (i > 0) {
          out.append(", ");
        }
        out.append(
            JsonOut.object()
                .string("path", v.path())
                .string("type", v.type().jsonName())
                .string("value", v.value())
                .string("detail", v.detail())
                .end());
      }
      return out.append(']').toString();
    }

    @Override
    void finish() {
      // JSON lines only: nothing after the last resource.
    }
  }
}
