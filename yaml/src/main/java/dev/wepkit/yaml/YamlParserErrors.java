// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import dev.wepkit.codec.internal.ParserErrors;
import dev.wepkit.codec.internal.ReadContext;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Turns what SnakeYAML, Jackson's YAML parser and this module's checks throw into {@link
 * WorkloadEndpointDecodeException}s with the line and column in the whole input and the index of
 * the document in the stream. SnakeYAML's own positions (0-based, and more precise than Jackson's
 * for syntax errors) are used when it gives them.
 */
final class YamlParserErrors extends ParserErrors {
  static final YamlParserErrors INSTANCE = new YamlParserErrors();

  private YamlParserErrors() {}

  @Override
  public RuntimeException translate(Throwable failure, ReadContext ctx) {
    if (failure instanceof WorkloadEndpointDecodeException) {
      return (WorkloadEndpointDecodeException) failure;
    }
    if (ctx.parser() instanceof SafeYamlParser) {
      // The parser knows which document it is in, even between the documents' root values.
      int index = ((SafeYamlParser) ctx.parser()).documentIndex();
      if (index >= 0) {
        ctx.documentIndex(index);
      }
    }
    String path = ReadContext.path(ctx.parser().getParsingContext());
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof YamlInputException) {
        YamlInputException e = (YamlInputException) t;
        String problem =
            e.limit() ? "input refused by a safety limit: " + e.problem() : e.problem();
        return new WorkloadEndpointDecodeException(
            e.limit() ? Reason.LIMIT : Reason.SYNTAX,
            problem,
            path,
            null,
            e.line(),
            e.column(),
            ctx.documentIndex(),
            failure);
      }
      if (t instanceof YamlInputException.Io) {
        return new UncheckedIOException(((YamlInputException.Io) t).io());
      }
      if (t instanceof MarkedYAMLException) {
        MarkedYAMLException e = (MarkedYAMLException) t;
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        return new WorkloadEndpointDecodeException(
            Reason.SYNTAX,
            "malformed YAML: " + describe(e),
            path,
            null,
            mark == null ? -1 : mark.getLine() + 1,
            mark == null ? -1 : mark.getColumn() + 1,
            ctx.documentIndex(),
            failure);
      }
      if (t instanceof YAMLException) {
        JsonLocation at = ctx.parser().currentLocation();
        return new WorkloadEndpointDecodeException(
            Reason.SYNTAX,
            "malformed YAML: " + firstLine(t.getMessage()),
            path,
            null,
            at.getLineNr(),
            at.getColumnNr(),
            ctx.documentIndex(),
            failure);
      }
    }
    return super.translate(failure, ctx);
  }

  /** SnakeYAML's problem, with what it was reading and where that began. */
  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem().trim();
    String context = e.getContext();
    if (context == null || context.isBlank()) {
      return problem;
    }
    StringBuilder out = new StringBuilder(problem).append(' ').append(context.trim());
    Mark at = e.getContextMark();
    if (at != null
        && e.getProblemMark() != null
        && at.getIndex() != e.getProblemMark().getIndex()) {
      out.append(" that starts at line ")
          .append(at.getLine() + 1)
          .append(", column ")
          .append(at.getColumn() + 1);
    }
    return out.toString();
  }
}
