// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.util.ArrayList;
import java.util.List;

/** How the commands present the codec's decode failures. */
final class DecodeFailures {
  private static final String[] FATAL_PREFIXES = {
    "input refused by a safety limit", "unreadable bytes", "cannot read the input"
  };

  private DecodeFailures() {}

  /**
   * Tells a document the codec could not bind apart from text that cannot be parsed at all.
   *
   * @param file the input as given, for messages
   * @param document the document the codec failed on
   * @param e the codec's failure
   * @return the document's untyped tree when the text parses (a binding problem, to be reported as
   *     an invalid resource)
   * @throws InputException when the text is not YAML or JSON, or a safety limit refused it: the
   *     file cannot be read
   */
  static ItemTree classify(
      String file, DocumentChunks.Chunk document, WorkloadEndpointDecodeException e)
      throws InputException {
    int line = document.fileLine(e.line());
    if (isFatal(e)) {
      throw new InputException(file, line, e.column(), describe(e));
    }
    try {
      return ItemTree.parse(document.text());
    } catch (JsonProcessingException syntax) {
      if (e.problem() != null && e.problem().startsWith("malformed")) {
        throw new InputException(file, line, e.column(), describe(e));
      }
      // The codec stopped at a binding problem before it reached the broken text: report the
      // syntax error, which is what the author has to fix first.
      JsonLocation at = syntax.getLocation();
      throw new InputException(
          file,
          at == null ? line : document.fileLine(at.getLineNr()),
          at == null ? e.column() : at.getColumnNr(),
          "malformed YAML: " + summary(syntax.getOriginalMessage()));
    }
  }

  /**
   * SnakeYAML's multi-line message in one line: its unindented lines are the context ("while
   * parsing a flow sequence") and the problem ("expected ',' or ']'"); the indented ones quote the
   * text, with positions relative to the document rather than the file.
   */
  static String summary(String message) {
    if (message == null) {
      return "not YAML or JSON";
    }
    List<String> lines = new ArrayList<>();
    for (String line : message.split("\n")) {
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
        lines.add(line.trim());
      }
    }
    if (lines.isEmpty()) {
      return message.trim();
    }
    String problem = lines.get(lines.size() - 1);
    return lines.size() == 1 ? problem : problem + " (" + lines.get(0) + ")";
  }

  /** Whether a failure stops the whole file (a safety limit, bytes that are not text). */
  static boolean isFatal(WorkloadEndpointDecodeException e) {
    String problem = e.problem() == null ? "" : e.problem();
    for (String prefix : FATAL_PREFIXES) {
      if (problem.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The problem with its path, without the position: {@code spec.ports[0].port: expected...}. */
  static String describe(WorkloadEndpointDecodeException e) {
    String problem = e.problem() == null ? String.valueOf(e.getMessage()) : e.problem();
    return e.path() == null || e.path().isEmpty() ? problem : e.path() + ": " + problem;
  }

  /** {@code " (line L, column C)"}, or less when unknown. */
  static String position(int line, int column) {
    if (line <= 0) {
      return "";
    }
    return " (line " + line + (column > 0 ? ", column " + column : "") + ")";
  }

  /**
   * A document path made relative to the resource it is in: {@code items[2].spec.node} and {@code
   * [0].items[2].spec.node} become {@code spec.node}, since the report gives the resource's index
   * separately.
   */
  static String resourcePath(String path) {
    if (path == null) {
      return "";
    }
    String rest = path;
    if (rest.startsWith("[")) {
      rest = afterIndex(rest, 0);
    }
    if (rest.startsWith("items[")) {
      rest = afterIndex(rest, 5);
    }
    return rest;
  }

  private static String afterIndex(String path, int bracket) {
    int close = path.indexOf(']', bracket);
    if (close < 0) {
      return path;
    }
    for (int i = bracket + 1; i < close; i++) {
      if (!Character.isDigit(path.charAt(i))) {
        return path;
      }
    }
    String rest = path.substring(close + 1);
    return rest.startsWith(".") ? rest.substring(1) : rest;
  }
}
