// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * The {@code wepkit} command: validate, convert and name Calico WorkloadEndpoints from the shell.
 *
 * <pre>{@code
 * wepkit validate --identity manifests/*.yaml
 * wepkit convert --to json endpoint.yaml
 * wepkit name --node node1 --orchestrator k8s --pod my-nginx-b1337a --endpoint eth0
 * wepkit iface --namespace default --pod my-nginx-b1337a
 * }</pre>
 *
 * <p>Run {@code wepkit --help} or {@code wepkit <command> --help} for the options. Exit codes: 0
 * success, 1 a negative answer (an invalid resource, a name that does not match, an input Calico
 * rejects), 2 bad usage or input that cannot be read.
 *
 * @since 0.1.0
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    // fabric8 logs through SLF4J, and the command ships no SLF4J provider; without this, SLF4J
    // prints three lines of its own on stderr at the first cluster request, where a failure must
    // be one line.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    String noColor = System.getenv("NO_COLOR");
    boolean colour = System.console() != null && (noColor == null || noColor.isEmpty());
    System.exit(run(args, System.in, System.out, System.err, colour, System::getenv));
  }

  /**
   * Runs the command in this JVM, as {@code main} does but without exiting and without colour.
   * Output is UTF-8; the streams are flushed but not closed. Environment variables ({@code
   * FELIX_INTERFACEPREFIX} for {@code from-pod}) are read from this process.
   *
   * @param args the command-line arguments
   * @param stdin what {@code -} and {@code --batch} read
   * @param stdout where results go
   * @param stderr where problems go
   * @return the exit code: 0, 1 or 2
   */
  public static int run(
      String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    return run(args, stdin, stdout, stderr, false, System::getenv);
  }

  static int run(
      String[] args,
      InputStream stdin,
      OutputStream stdout,
      OutputStream stderr,
      boolean colour,
      UnaryOperator<String> env) {
    PrintWriter out = writer(stdout, false);
    // Problems are rare and should appear at once, in order with what is already on stdout.
    PrintWriter err = writer(stderr, true);
    try {
      return WepkitCommand.commandLine(stdin, out, err, colour, env).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static PrintWriter writer(OutputStream stream, boolean autoFlush) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16),
        autoFlush);
  }
}
