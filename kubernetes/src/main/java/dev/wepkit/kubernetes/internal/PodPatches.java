// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * The bodies of the CNI plugin's strategic merge patches of a Pod's {@code status} subresource,
 * byte for byte as Calico's Go code marshals them: {@code {"metadata": {...}}} with the keys of
 * every object in sorted order ({@code annotations}, {@code resourceVersion}, {@code uid}), the
 * annotations omitted when there are none, and strings escaped as Go's encoding/json does.
 */
public final class PodPatches {
  private PodPatches() {}

  /**
   * The patch body.
   *
   * @param annotations the annotations to set (may be empty)
   * @param resourceVersion the precondition on the resourceVersion, or {@code ""} for none
   * @param uid the precondition on the UID, or {@code ""} for none
   * @return the JSON text
   */
  public static String body(Map<String, String> annotations, String resourceVersion, String uid) {
    StringBuilder out = new StringBuilder(128).append("{\"metadata\":{");
    boolean first = true;
    if (!annotations.isEmpty()) {
      out.append("\"annotations\":{");
      boolean firstAnnotation = true;
      for (Map.Entry<String, String> entry : new TreeMap<>(annotations).entrySet()) {
        if (!firstAnnotation) {
          out.append(',');
        }
        firstAnnotation = false;
        quote(out, entry.getKey());
        out.append(':');
        quote(out, entry.getValue());
      }
      out.append('}');
      first = false;
    }
    if (!resourceVersion.isEmpty()) {
      out.append(first ? "" : ",").append("\"resourceVersion\":");
      quote(out, resourceVersion);
      first = false;
    }
    if (!uid.isEmpty()) {
      out.append(first ? "" : ",").append("\"uid\":");
      quote(out, uid);
    }
    return out.append("}}").toString();
  }

  /** Go's encoding/json string form, HTML-safe: {@code <}, {@code >} and {@code &} as escapes. */
  static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }
}
