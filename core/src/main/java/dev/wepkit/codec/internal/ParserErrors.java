// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns whatever a parser throws into the library's exception, so that no Jackson or SnakeYAML
 * exception reaches a caller. The YAML module supplies its own subclass for SnakeYAML's errors.
 */
public class ParserErrors {
  /** The instance for JSON. */
  public static final ParserErrors JSON = new ParserErrors();

  /** Creates the translator. */
  protected ParserErrors() {}

  /**
   * Translates a failure.
   *
   * @param failure what the parser or the binding threw
   * @param ctx the decode context, for the path and position
   * @return the exception to throw; an {@link UncheckedIOException} for a failure of the underlying
   *     stream itself
   */
  public RuntimeException translate(Throwable failure, ReadContext ctx) {
    if (failure instanceof WorkloadEndpointDecodeException) {
      return (WorkloadEndpointDecodeException) failure;
    }
    String path = ReadContext.path(ctx.parser.getParsingContext());
    if (failure instanceof StreamConstraintsException) {
      JsonLocation at = ReadContext.location(ctx.parser);
      return new WorkloadEndpointDecodeException(
          Reason.LIMIT,
          "input refused by a safety limit: " + firstLine(failure.getMessage()),
          path,
          null,
          at.getLineNr(),
          ReadContext.column(at),
          ctx.documentIndex(),
          failure);
    }
    if (failure instanceof JsonProcessingException) {
      JsonProcessingException e = (JsonProcessingException) failure;
      JsonLocation at = e.getLocation() != null ? e.getLocation() : ctx.parser.currentLocation();
      return new WorkloadEndpointDecodeException(
          Reason.SYNTAX,
          "malformed input: " + firstLine(e.getOriginalMessage()),
          path,
          null,
          at.getLineNr(),
          ReadContext.column(at),
          ctx.documentIndex(),
          failure);
    }
    if (failure instanceof CharConversionException) {
      JsonLocation at = ReadContext.location(ctx.parser);
      return new WorkloadEndpointDecodeException(
          Reason.SYNTAX,
          "unreadable bytes: " + firstLine(failure.getMessage()),
          path,
          null,
          at.getLineNr(),
          ReadContext.column(at),
          ctx.documentIndex(),
          failure);
    }
    if (failure instanceof IOException) {
      return new UncheckedIOException((IOException) failure);
    }
    JsonLocation at = ReadContext.location(ctx.parser);
    return new WorkloadEndpointDecodeException(
        Reason.SYNTAX,
        describe(failure),
        path,
        null,
        at.getLineNr(),
        ReadContext.column(at),
        ctx.documentIndex(),
        failure);
  }

  /**
   * A sentence for a failure that is not a parser error.
   *
   * @param failure the failure
   * @return a sentence
   */
  protected String describe(Throwable failure) {
    return "cannot read the input: " + firstLine(String.valueOf(failure.getMessage()));
  }

  /**
   * The first line of a message, without Jackson's source-location suffix.
   *
   * @param message a message, possibly null
   * @return the first line
   */
  protected static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
