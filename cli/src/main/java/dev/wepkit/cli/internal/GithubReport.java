// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import dev.wepkit.codec.SourcePosition;
import dev.wepkit.validation.Violation;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands, which GitHub shows inline in a pull request: {@code ::error
 * file=F,line=L,col=C,title=PATH::DETAIL} per error and {@code ::warning ...} per warning, then a
 * notice with the summary. Values are escaped as GitHub's toolkit escapes them: {@code %}, carriage
 * return and line feed in the message; also {@code :} and {@code ,} in properties.
 *
 * <pre>{@code
 * ::error file=a.yaml,line=9,col=7,title=spec.ipNetworks[0]::invalid value "10.0.0.1/33": ...
 * }</pre>
 */
final class GithubReport extends ValidationReport {
  GithubReport(PrintWriter out) {
    super(out);
  }

  @Override
  protected void print(ResourceOutcome outcome) {
    commands(outcome, "error", outcome.result().errors());
    commands(outcome, "warning", outcome.result().warnings());
  }

  private void commands(ResourceOutcome outcome, String level, List<Violation> list) {
    for (Violation v : list) {
      StringBuilder line = new StringBuilder("::").append(level).append(" file=");
      line.append(property(outcome.file()));
      SourcePosition at = where(outcome, v);
      if (at != null) {
        line.append(",line=").append(at.line()).append(",col=").append(at.column());
      }
      String title = v.path().isEmpty() ? outcome.name().orElse("resource") : v.path();
      line.append(",title=").append(property(title));
      line.append("::").append(data(detail(v)));
      out.println(line);
    }
  }

  @Override
  protected void unreadable(String file, int line, int column, String problem) {
    StringBuilder command = new StringBuilder("::error file=").append(property(file));
    if (line > 0) {
      command.append(",line=").append(line);
      if (column > 0) {
        command.append(",col=").append(column);
      }
    }
    out.println(command.append(",title=unreadable::").append(data(problem)));
  }

  private static String detail(Violation v) {
    StringBuilder text = new StringBuilder(v.type().phrase());
    if (v.value() != null) {
      text.append(' ');
      Printable.quote(text, v.value());
    }
    return text.append(": ").append(v.detail()).toString();
  }

  @Override
  public void finish() {
    out.println(
        "::notice title=wepkit validate::"
            + data(
                resources()
                    + " resources: "
                    + valid()
                    + " valid, "
                    + invalid()
                    + " invalid, "
                    + warnings()
                    + " warnings"));
  }

  /** A command's message: {@code %}, CR and LF escaped. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A command's property value: as {@link #data}, and {@code :} and {@code ,} too. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
