package dev.wepkit.cli;

import dev.wepkit.json.WorkloadEndpointDecodeException;

/** How the commands present the codec's decode failures. */
final class DecodeFailures {
  private static final String[] FATAL_PREFIXES = {
    "input refused by a safety limit", "unreadable bytes", "cannot read the input"
  };

  private DecodeFailures() {}

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
   * A document path made relative to the resource it is in: {@code items[2].spec.node} and
   * {@code [0].items[2].spec.node} become {@code spec.node}, since the report gives the
   * resource's index separately.
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
