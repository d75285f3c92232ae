// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import dev.wepkit.codec.SourcePosition;
import dev.wepkit.validation.Violation;
import java.io.PrintWriter;

/**
 * The outcome of {@code validate} as it is printed: resources as they are checked, files that could
 * not be read, and the counts the exit code comes from. Formats that are one document (SARIF,
 * JUnit) collect and print in {@link #finish()}.
 *
 * <pre>{@code
 * ValidationReport report = ReportFormat.TEXT.open(out, false, version);
 * report.resource(outcome);
 * report.fileDone();
 * report.finish();
 * int exit = report.invalid() > 0 ? 1 : 0;
 * }</pre>
 */
public abstract class ValidationReport {
  /** Where the report goes. */
  protected final PrintWriter out;

  private int resources;
  private int valid;
  private int invalid;
  private int warnings;
  private int files;
  private int unreadableFiles;

  /**
   * Creates a report.
   *
   * @param out where it goes
   */
  protected ValidationReport(PrintWriter out) {
    this.out = out;
  }

  /**
   * Reports one resource.
   *
   * @param outcome what was found
   */
  public final void resource(ResourceOutcome outcome) {
    resources++;
    if (outcome.result().isValid()) {
      valid++;
    } else {
      invalid++;
    }
    warnings += outcome.result().warnings().size();
    print(outcome);
  }

  /** Counts a file that was read to its end. */
  public final void fileDone() {
    files++;
  }

  /**
   * Counts a file that could not be read or parsed; its message goes to stderr from the caller.
   *
   * @param file the file as given
   * @param line the 1-based line of the problem, or -1
   * @param column the 1-based column, or -1
   * @param problem what is wrong
   */
  public final void fileFailed(String file, int line, int column, String problem) {
    unreadableFiles++;
    unreadable(file, line, column, problem);
  }

  /**
   * Prints one resource.
   *
   * @param outcome what was found
   */
  protected abstract void print(ResourceOutcome outcome);

  /**
   * Notes a file that could not be read, in formats that carry such problems; nothing by default.
   *
   * @param file the file as given
   * @param line the 1-based line, or -1
   * @param column the 1-based column, or -1
   * @param problem what is wrong
   */
  protected void unreadable(String file, int line, int column, String problem) {
    // The caller prints the message on stderr.
  }

  /** Prints what comes after the last resource. */
  public abstract void finish();

  /**
   * The number of resources reported.
   *
   * @return the count
   */
  public final int resources() {
    return resources;
  }

  /**
   * The number of valid resources.
   *
   * @return the count
   */
  public final int valid() {
    return valid;
  }

  /**
   * The number of invalid resources.
   *
   * @return the count
   */
  public final int invalid() {
    return invalid;
  }

  /**
   * The number of warnings of all resources.
   *
   * @return the count
   */
  public final int warnings() {
    return warnings;
  }

  /**
   * The number of files read to their end.
   *
   * @return the count
   */
  public final int files() {
    return files;
  }

  /**
   * The number of files that could not be read.
   *
   * @return the count
   */
  public final int unreadableFiles() {
    return unreadableFiles;
  }

  /**
   * Where a violation is: its own position, else the start of its resource.
   *
   * @param outcome the resource
   * @param v the violation
   * @return the position, or null when neither is known
   */
  protected static SourcePosition where(ResourceOutcome outcome, Violation v) {
    return v.position().or(outcome::start).orElse(null);
  }

  /**
   * {@code :LINE:COLUMN} of a violation ({@link #where}), to follow the file name in a
   * compiler-style line; empty when no position is known.
   *
   * @param outcome the resource
   * @param v the violation
   * @return the text
   */
  protected static String lineAndColumn(ResourceOutcome outcome, Violation v) {
    SourcePosition at = where(outcome, v);
    return at == null ? "" : ":" + at.line() + ":" + at.column();
  }

  /**
   * {@code PATH: PHRASE "VALUE": DETAIL}, or without the path when the violation is about the whole
   * resource; safe for a terminal.
   *
   * @param v the violation
   * @return the text
   */
  protected static String message(Violation v) {
    StringBuilder line = new StringBuilder();
    if (!v.path().isEmpty()) {
      line.append(Printable.escapeControls(v.path())).append(": ");
    }
    line.append(v.type().phrase());
    if (v.value() != null) {
      line.append(' ');
      Printable.quote(line, v.value());
    }
    return line.append(": ").append(Printable.escapeControls(v.detail())).toString();
  }
}
