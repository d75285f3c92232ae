// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

/**
 * Decode problems are placed in their document ({@code items[2].spec.node}, {@code [0].spec.node});
 * a report names the resource by its index already, so paths are shown relative to it, as
 * validation paths are.
 *
 * <pre>{@code
 * ResourcePaths.relative("[0].items[2].spec.node"); // spec.node
 * }</pre>
 */
public final class ResourcePaths {
  private ResourcePaths() {}

  /**
   * The path inside the resource: a leading sequence index and a leading {@code items[N]} removed.
   *
   * @param path a path in the document, or null
   * @return the path in the resource, {@code ""} for the resource itself
   */
  public static String relative(String path) {
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
    if (close < 0 || close == bracket + 1) {
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

  /**
   * Whether {@code path} is {@code under} itself or a field, element or key inside it.
   *
   * @param path a path
   * @param under a path that may enclose it
   * @return true when {@code path} is at or below {@code under}
   */
  public static boolean isAtOrBelow(String path, String under) {
    if (under.isEmpty()) {
      return true;
    }
    if (!path.startsWith(under)) {
      return false;
    }
    if (path.length() == under.length()) {
      return true;
    }
    char next = path.charAt(under.length());
    return next == '.' || next == '[';
  }
}
