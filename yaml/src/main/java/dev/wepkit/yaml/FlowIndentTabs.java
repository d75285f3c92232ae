// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

/**
 * Lets tab-indented JSON through SnakeYAML, as it goes through calicoctl.
 *
 * <p>JSON is read as YAML. go-yaml, under calicoctl, allows tabs as white space inside a flow
 * collection ({@code {...}} or {@code [...]}), so JSON indented with tabs (Go's {@code
 * json.MarshalIndent(v, "", "\t")}, {@code jq --tab}) reads there; SnakeYAML refuses every tab
 * where a token could start. This filter turns the tabs that indent a line into spaces, but only
 * inside a document whose content starts with {@code {} or {@code [}: there every line after the
 * first continues one flow collection, and YAML strips a continuation line's leading white space
 * from any scalar, so no value changes. Tabs anywhere else, including block-style YAML indented
 * with tabs (which calicoctl refuses too), are left for SnakeYAML to judge. Positions do not move:
 * one character replaces one.
 */
final class FlowIndentTabs {
  private static final int UNKNOWN = 0;
  private static final int FLOW = 1;
  private static final int BLOCK = 2;

  private int document = UNKNOWN;

  /** Only spaces and tabs seen so far on this line. */
  private boolean leading = true;

  /** All characters so far on this line are one marker character ({@code -} or {@code .}). */
  private boolean markerRun = true;

  private int markerLength;
  private char markerChar;

  /** In a comment or directive line before the document's content. */
  private boolean skipLine;

  /**
   * Rewrites the indenting tabs of {@code chars[0, length)} in place.
   *
   * @param chars the characters, in input order across calls
   * @param length how many are valid
   */
  void apply(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      if (!markerRun && (skipLine || document == BLOCK || document == FLOW && !leading)) {
        // Nothing more on this line can change a character or the state (a document marker
        // only counts at the start of a line), so jump to its end: most input is block-style
        // YAML, which this filter never changes, and this keeps the per-character work to one
        // comparison there.
        i = lineBreak(chars, i, length);
        if (i == length) {
          return;
        }
      }
      char c = chars[i];
      if (c == '\n' || c == '\r') {
        if (markerRun && markerLength == 3) {
          startDocument();
        }
        leading = true;
        markerRun = true;
        markerLength = 0;
        skipLine = false;
        continue;
      }
      if (markerRun) {
        if ((c == '-' || c == '.') && markerLength < 3 && (markerLength == 0 || c == markerChar)) {
          markerChar = c;
          markerLength++;
        } else {
          if (markerLength == 3 && (c == ' ' || c == '\t')) {
            // "--- " or "... ": what follows on this line belongs to the next document.
            startDocument();
          }
          markerRun = false;
        }
      }
      if (document == UNKNOWN) {
        if (!skipLine && c != ' ' && c != '\t' && c != '\uFEFF') {
          if (c == '#' || c == '%') {
            skipLine = true;
          } else if (!(markerRun && (c == '-' || c == '.'))) {
            document = c == '{' || c == '[' ? FLOW : BLOCK;
          }
        }
      } else if (document == FLOW && leading && c == '\t') {
        chars[i] = ' ';
      }
      if (c != ' ' && c != '\t') {
        leading = false;
      }
    }
  }

  /** The index of the first line break in {@code chars[from, length)}, or {@code length}. */
  private static int lineBreak(char[] chars, int from, int length) {
    for (int i = from; i < length; i++) {
      char c = chars[i];
      if (c <= '\r' && (c == '\n' || c == '\r')) {
        return i;
      }
    }
    return length;
  }

  private void startDocument() {
    document = UNKNOWN;
    skipLine = false;
  }
}
