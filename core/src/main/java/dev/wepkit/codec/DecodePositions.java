// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

/** Formats a problem with its position, the same way for warnings and exceptions. */
final class DecodePositions {
  private DecodePositions() {}

  static String describe(String path, String message, int line, int column, int documentIndex) {
    StringBuilder out = new StringBuilder(path.length() + message.length() + 48);
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    out.append(message);
    if (line > 0 || documentIndex >= 0) {
      out.append(" (");
      if (documentIndex >= 0) {
        out.append("document ").append(documentIndex);
        if (line > 0) {
          out.append(", ");
        }
      }
      if (line > 0) {
        out.append("line ").append(line);
        if (column > 0) {
          out.append(", column ").append(column);
        }
      }
      out.append(')');
    }
    return out.toString();
  }
}
