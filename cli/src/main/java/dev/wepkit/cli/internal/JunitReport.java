// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import dev.wepkit.validation.Violation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One JUnit XML report, as CI test reporters read it: a test suite per file, a test case per
 * resource ({@code FILE[INDEX] NAME}); an invalid resource's case has one {@code failure} listing
 * its errors as text lines, its warnings go to {@code system-out}; a file that cannot be read is a
 * case with an {@code error}.
 *
 * <pre>{@code
 * <testsuites name="wepkit validate" tests="2" failures="1" errors="0">
 *   <testsuite name="a.yaml" tests="2" failures="1" errors="0">
 *     <testcase classname="a.yaml" name="a.yaml[1] n-k8s-p-eth0">
 *       <failure message="1 error" type="Invalid">a.yaml:9:7: error: spec.ipNetworks[0]: ...</failure>
 * }</pre>
 */
final class JunitReport extends ValidationReport {
  /** The cases of one file, in order. */
  private static final class Suite {
    final List<String> cases = new ArrayList<>();
    int failures;
    int errors;
  }

  private final Map<String, Suite> suites = new LinkedHashMap<>();

  JunitReport(PrintWriter out) {
    super(out);
  }

  private Suite suite(String file) {
    return suites.computeIfAbsent(file, f -> new Suite());
  }

  @Override
  protected void print(ResourceOutcome outcome) {
    Suite suite = suite(outcome.file());
    String name =
        outcome.file() + "[" + outcome.index() + "] " + outcome.name().orElse("(no name)");
    StringBuilder xml = new StringBuilder("    <testcase classname=\"");
    xml.append(attribute(outcome.file())).append("\" name=\"").append(attribute(name)).append('"');
    List<Violation> errors = outcome.result().errors();
    List<Violation> warnings = outcome.result().warnings();
    if (errors.isEmpty() && warnings.isEmpty()) {
      suite.cases.add(xml.append("/>\n").toString());
      return;
    }
    xml.append(">\n");
    if (!errors.isEmpty()) {
      suite.failures++;
      xml.append("      <failure message=\"")
          .append(errors.size())
          .append(errors.size() == 1 ? " error" : " errors")
          .append("\" type=\"")
          .append(errors.get(0).type().jsonName())
          .append("\">")
          .append(text(lines(outcome, "error", errors)))
          .append("</failure>\n");
    }
    if (!warnings.isEmpty()) {
      xml.append("      <system-out>")
          .append(text(lines(outcome, "warning", warnings)))
          .append("</system-out>\n");
    }
    suite.cases.add(xml.append("    </testcase>\n").toString());
  }

  private static String lines(ResourceOutcome outcome, String level, List<Violation> list) {
    StringBuilder text = new StringBuilder();
    for (Violation v : list) {
      text.append(outcome.file()).append(lineAndColumn(outcome, v));
      text.append(": ").append(level).append(": ").append(message(v)).append('\n');
    }
    return text.toString();
  }

  @Override
  protected void unreadable(String file, int line, int column, String problem) {
    Suite suite = suite(file);
    suite.errors++;
    String where = file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    suite.cases.add(
        "    <testcase classname=\""
            + attribute(file)
            + "\" name=\""
            + attribute(file)
            + "\">\n      <error message=\""
            + attribute(problem)
            + "\" type=\"Unreadable\">"
            + text(where + ": " + problem)
            + "</error>\n    </testcase>\n");
  }

  @Override
  public void finish() {
    int failures = 0;
    int errors = 0;
    int tests = 0;
    for (Suite s : suites.values()) {
      failures += s.failures;
      errors += s.errors;
      tests += s.cases.size();
    }
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println(
        "<testsuites name=\"wepkit validate\" tests=\""
            + tests
            + "\" failures=\""
            + failures
            + "\" errors=\""
            + errors
            + "\">");
    for (Map.Entry<String, Suite> e : suites.entrySet()) {
      Suite s = e.getValue();
      out.print(
          "  <testsuite name=\""
              + attribute(e.getKey())
              + "\" tests=\""
              + s.cases.size()
              + "\" failures=\""
              + s.failures
              + "\" errors=\""
              + s.errors
              + "\">\n");
      s.cases.forEach(out::print);
      out.print("  </testsuite>\n");
    }
    out.println("</testsuites>");
  }

  /**
   * Element text: markup escaped, and characters XML 1.0 cannot hold written as {@code \\uXXXX}.
   */
  static String text(String value) {
    return escape(value, false);
  }

  /** An attribute value: as {@link #text}, quotes and line ends escaped too. */
  static String attribute(String value) {
    return escape(value, true);
  }

  private static String escape(String value, boolean attribute) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append(attribute ? "&quot;" : "\"");
          break;
        case '\n':
          out.append(attribute ? "&#10;" : "\n");
          break;
        case '\t':
          out.append(attribute ? "&#9;" : "\t");
          break;
        default:
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || unpairedSurrogate(value, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }

  private static boolean unpairedSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
