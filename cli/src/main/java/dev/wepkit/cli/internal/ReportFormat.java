// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import java.io.PrintWriter;

/**
 * The output formats of {@code validate}: for people and editors, for programs, and for CI systems.
 *
 * <pre>{@code
 * ValidationReport report = ReportFormat.SARIF.open(out, false, "0.1.0");
 * }</pre>
 */
public enum ReportFormat {
  /** {@code FILE:LINE:COLUMN: error: PATH: DETAIL} lines, the form compilers print. */
  TEXT,
  /** One JSON object per resource per line. */
  JSON,
  /** One SARIF 2.1.0 log, as GitHub code scanning and editors read it. */
  SARIF,
  /** One JUnit XML report: a test case per resource, as CI test reporters read it. */
  JUNIT,
  /** GitHub Actions workflow commands: {@code ::error file=F,line=L,col=C,title=PATH::DETAIL}. */
  GITHUB;

  /**
   * Starts a report in this format.
   *
   * @param out where it goes
   * @param colour whether text may be coloured
   * @param version the version of wepkit, for the formats that name their tool
   * @return the report
   */
  public ValidationReport open(PrintWriter out, boolean colour, String version) {
    switch (this) {
      case JSON:
        return new JsonReport(out);
      case SARIF:
        return new SarifReport(out, version);
      case JUNIT:
        return new JunitReport(out);
      case GITHUB:
        return new GithubReport(out);
      case TEXT:
      default:
        return new TextReport(out, colour);
    }
  }
}
