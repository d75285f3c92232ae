// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The state of one decode: the parser, the mode, where warnings go, and the document index.
 *
 * <p>Paths are computed from Jackson's parsing context only when a problem is reported, so a clean
 * decode builds no path strings.
 */
public final class ReadContext {
  final JsonParser parser;
  final DecodeMode mode;
  private final Consumer<DecodeWarning> warnings;
  private int documentIndex = -1;
  private StringPairs labels;
  private StringPairs annotations;
  private ObjectMetaFields.State metaState;

  /**
   * Creates a context.
   *
   * @param parser the parser, JSON or YAML
   * @param mode the decode mode
   * @param warnings where warnings go
   */
  public ReadContext(JsonParser parser, DecodeMode mode, Consumer<DecodeWarning> warnings) {
    this.parser = parser;
    this.mode = mode;
    this.warnings = warnings;
  }

  /**
   * Places problems reported from now on at this document of a stream.
   *
   * @param index the 0-based document index, or -1
   */
  public void documentIndex(int index) {
    this.documentIndex = index;
  }

  /**
   * The document index problems are placed at.
   *
   * @return the index, or -1
   */
  public int documentIndex() {
    return documentIndex;
  }

  /**
   * The parser.
   *
   * @return the parser
   */
  public JsonParser parser() {
    return parser;
  }

  /**
   * An empty scratch map for the labels of the metadata being read; its entries are copied into the
   * value before the next metadata is read, so one instance serves a whole stream.
   */
  StringPairs labels() {
    if (labels == null) {
      labels = new StringPairs();
    } else {
      labels.clear();
    }
    return labels;
  }

  /** An empty accumulator for the metadata being read, reused like the scratch maps. */
  ObjectMetaFields.State metaState() {
    if (metaState == null) {
      metaState = new ObjectMetaFields.State();
    }
    return metaState.reset();
  }

  /** Like {@link #labels()}, for the annotations. */
  StringPairs annotations() {
    if (annotations == null) {
      annotations = new StringPairs();
    } else {
      annotations.clear();
    }
    return annotations;
  }

  boolean strict() {
    return mode == DecodeMode.STRICT;
  }

  /**
   * Returns an exception for a problem at the current token.
   *
   * @param problem what is wrong
   * @return the exception, to throw
   */
  public WorkloadEndpointDecodeException error(String problem) {
    JsonLocation location = location(parser);
    return new WorkloadEndpointDecodeException(
        problem,
        path(parser.getParsingContext()),
        location.getLineNr(),
        column(location),
        documentIndex,
        null);
  }

  void warn(String problem) {
    JsonLocation location = location(parser);
    warnings.accept(
        new DecodeWarning(
            path(parser.getParsingContext()),
            location.getLineNr(),
            column(location),
            documentIndex,
            problem));
  }

  /**
   * The location of the current token, or of the end of the input once it is reached.
   *
   * @param parser the parser
   * @return the location
   */
  public static JsonLocation location(JsonParser parser) {
    return parser.currentToken() == null ? parser.currentLocation() : parser.currentTokenLocation();
  }

  /**
   * A 1-based column: Jackson reports column 0 at the very start of an empty line or input.
   *
   * @param location the location
   * @return the column, at least 1 when the line is known
   */
  public static int column(JsonLocation location) {
    int column = location.getColumnNr();
    return location.getLineNr() > 0 && column < 1 ? 1 : column;
  }

  /**
   * Renders a parsing context as a JSON path: fields joined with {@code .}, array indexes and the
   * keys of {@code labels} and {@code annotations} in brackets.
   *
   * @param context the innermost context
   * @return the path, {@code ""} at the root
   */
  public static String path(JsonStreamContext context) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(c);
    }
    StringBuilder out = new StringBuilder();
    for (int i = chain.size() - 1; i >= 0; i--) {
      JsonStreamContext c = chain.get(i);
      if (c.inArray()) {
        // Before the first element is read the path is the array itself (Jackson reports
        // index 0 there, so ask for the entry count).
        if (c.getEntryCount() > 0) {
          out.append('[').append(c.getCurrentIndex()).append(']');
        }
        continue;
      }
      String name = c.getCurrentName();
      if (name == null) {
        continue;
      }
      JsonStreamContext parent = c.getParent();
      String parentName = parent != null && parent.inObject() ? parent.getCurrentName() : null;
      boolean mapKey = "labels".equals(parentName) || "annotations".equals(parentName);
      if (mapKey) {
        out.append('[').append(name).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(name);
      }
    }
    return out.toString();
  }
}
