// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

/**
 * The command's exit codes, the same for every subcommand (scripts depend on them).
 *
 * <pre>{@code
 * return report.invalid() > 0 ? ExitCodes.NEGATIVE : ExitCodes.OK;
 * }</pre>
 */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** A negative answer: an invalid resource, a name that does not match, rejected input. */
  public static final int NEGATIVE = 1;

  /** Bad usage, input that cannot be read or parsed, or input refused by a safety limit. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
