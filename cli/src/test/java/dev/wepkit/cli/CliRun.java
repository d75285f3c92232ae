// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs the command in-process with captured streams. */
final class CliRun {
  final int exit;
  final String out;
  final String err;

  private CliRun(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  static CliRun run(String... args) {
    return withStdin(new byte[0], args);
  }

  static CliRun withStdin(String stdin, String... args) {
    return withStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static CliRun withStdin(byte[] stdin, String... args) {
    return withStdin(new ByteArrayInputStream(stdin), false, args);
  }

  static CliRun withStdin(InputStream stdin, boolean colour, String... args) {
    return withEnvironment(stdin, colour, Map.of(), args);
  }

  static CliRun withEnvironment(
      InputStream stdin, boolean colour, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, stdin, out, err, colour, env::get);
    return new CliRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Stdout split into lines (no trailing empty line). */
  List<String> lines() {
    return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n", -1)).subList(0, count());
  }

  private int count() {
    String[] parts = out.split("\n", -1);
    return parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
