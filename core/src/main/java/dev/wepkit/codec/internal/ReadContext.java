// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.json.JsonParserBase;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.SourcePositions;
import dev.wepkit.codec.UnquotedScalars;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.internal.StringPairs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  private final boolean keepPositions;
  private ScalarStyle scalarStyle = ScalarStyle.JSON;
  private UnquotedScalars unquotedScalars = UnquotedScalars.LITERAL;
  private boolean inTopLevelSequence;
  private int documentIndex = -1;
  private StringPairs labels;
  private StringPairs annotations;
  private ObjectMetaFields.State metaState;

  /**
   * The scope of the resource being read; null outside any resource until something is recorded
   * there, so that a clean read allocates no scope for the root.
   */
  private Scope scope;

  /**
   * Set while a resource's metadata is read before its kind says what the resource is: strict mode
   * still records every unknown field there, but keeps its value, so that a list's metadata can
   * take back the fields a ListMeta knows ({@code continue}, {@code remainingItemCount}).
   */
  boolean keepUnknownValues;

  /**
   * What went wrong in the resource being read, and what was warned about. A value that cannot be
   * bound, an unknown field or a duplicate key (in strict mode) is recorded here and reading goes
   * on with the next field, so that one pass finds every problem of a resource; the resource fails
   * at its end, with all of them. A resource's {@link ResourceReader.Parts} is its scope (one
   * object per resource, not two).
   */
  static class Scope {
    /** The scope this one was opened in, set by {@link #openScope}. */
    Scope outer;

    List<WorkloadEndpointDecodeException> problems;
    List<DecodeWarning> warnings;

    /** Where the resource's values are, or null when the codec keeps no positions. */
    final PositionTrail trail;

    Scope(boolean keepPositions) {
      this.trail = keepPositions ? new PositionTrail() : null;
    }

    SourcePositions positions() {
      return trail == null ? SourcePositions.none() : trail.positions();
    }

    boolean hasProblems() {
      return problems != null;
    }

    List<WorkloadEndpointDecodeException> problems() {
      return problems == null ? List.of() : problems;
    }

    List<DecodeWarning> warnings() {
      return warnings == null ? List.of() : warnings;
    }
  }

  /**
   * Creates a context.
   *
   * @param parser the parser, JSON or YAML
   * @param mode the decode mode
   * @param warnings where warnings go
   */
  public ReadContext(JsonParser parser, DecodeMode mode, Consumer<DecodeWarning> warnings) {
    this(parser, mode, warnings, false);
  }

  /**
   * Creates a context that may keep the position of every value it reads.
   *
   * @param parser the parser, JSON or YAML
   * @param mode the decode mode
   * @param warnings where warnings go
   * @param keepPositions whether each resource records where its values are
   */
  public ReadContext(
      JsonParser parser, DecodeMode mode, Consumer<DecodeWarning> warnings, boolean keepPositions) {
    this.parser = parser;
    this.mode = mode;
    this.warnings = warnings;
    this.keepPositions = keepPositions;
  }

  /**
   * Sets how unquoted scalars in string fields are told apart and stored.
   *
   * @param style tells plain scalars from quoted ones
   * @param unquoted what to store when calicoctl stores other text
   * @return this context
   */
  public ReadContext scalars(ScalarStyle style, UnquotedScalars unquoted) {
    this.scalarStyle = style;
    this.unquotedScalars = unquoted;
    return this;
  }

  /**
   * Marks the resources read from now on as elements of a top-level sequence (or not): calicoctl
   * binds those untyped and converts none of their unquoted scalars.
   *
   * @param inSequence whether the parser is in a top-level sequence of resources
   */
  public void inTopLevelSequence(boolean inSequence) {
    this.inTopLevelSequence = inSequence;
  }

  /**
   * The text a string field stores for the scalar the parser is on: the literal text, unless the
   * scalar was written plain and calicoctl stores other text, which is warned about (and stored,
   * with {@link UnquotedScalars#AS_CALICOCTL}).
   *
   * @param text the scalar's literal text
   * @return the text to store
   */
  String stringValue(String text) {
    if (!scalarStyle.isPlain(parser)) {
      return text;
    }
    if (inTopLevelSequence) {
      refuseInSequence(text, "value");
      return text;
    }
    Optional<String> stored = CalicoctlScalars.storedValue(text);
    if (stored.isEmpty()) {
      return text;
    }
    warn(
        DecodeWarning.Kind.UNQUOTED_SCALAR,
        "calicoctl stores the unquoted value "
            + text
            + " as \""
            + stored.get()
            + "\": quote it to keep \""
            + text
            + "\"");
    return unquotedScalars == UnquotedScalars.AS_CALICOCTL ? stored.get() : text;
  }

  /**
   * The key a string map stores for the key the parser is on, by the same rules as {@link
   * #stringValue}; a key calicoctl refuses fails the resource when storing as calicoctl does.
   *
   * @param key the key's literal text
   * @return the key to store
   */
  String mapKey(String key) {
    if (!scalarStyle.isPlain(parser)) {
      return key;
    }
    if (inTopLevelSequence) {
      refuseInSequence(key, "key");
      return key;
    }
    Optional<String> refused = CalicoctlScalars.refusedKey(key);
    if (refused.isPresent()) {
      if (unquotedScalars == UnquotedScalars.AS_CALICOCTL) {
        record(error(refused.get()));
      } else {
        warn(DecodeWarning.Kind.UNQUOTED_SCALAR, refused.get());
      }
      return key;
    }
    Optional<String> stored = CalicoctlScalars.storedKey(key);
    if (stored.isEmpty()) {
      return key;
    }
    warn(
        DecodeWarning.Kind.UNQUOTED_SCALAR,
        "calicoctl reads the unquoted key "
            + key
            + " as \""
            + stored.get()
            + "\": quote it to keep \""
            + key
            + "\"");
    return unquotedScalars == UnquotedScalars.AS_CALICOCTL ? stored.get() : key;
  }

  /**
   * In a top-level sequence calicoctl binds resources untyped, so an unquoted boolean or number
   * reaches a string field as such and its JSON decoder refuses the resource.
   */
  private void refuseInSequence(String text, String what) {
    GoYamlScalar.Kind kind = GoYamlScalar.resolve(text).kind();
    if (kind == GoYamlScalar.Kind.STRING || kind == GoYamlScalar.Kind.NULL) {
      return;
    }
    String problem =
        "calicoctl refuses the unquoted "
            + what
            + " "
            + text
            + " here (in a top-level list of resources it is a "
            + (kind == GoYamlScalar.Kind.BOOL ? "boolean" : "number")
            + ", not a string): quote it";
    if (unquotedScalars == UnquotedScalars.AS_CALICOCTL) {
      record(error(problem));
    } else {
      warn(DecodeWarning.Kind.UNQUOTED_SCALAR, problem);
    }
  }

  /**
   * The position trail of the resource being read.
   *
   * @return the trail, or null when no positions are kept
   */
  PositionTrail trail() {
    return scope == null ? null : scope.trail;
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

  /** The current scope; outside any resource, the root one, made when first needed. */
  private Scope current() {
    if (scope == null) {
      scope = new Scope(false);
    }
    return scope;
  }

  /** Starts a resource: its problems and warnings are kept apart from its container's. */
  void openScope(Scope resource) {
    resource.outer = scope;
    scope = resource;
  }

  /**
   * Whether the resources read record the positions of their values.
   *
   * @return true when positions are kept
   */
  boolean keepsPositions() {
    return keepPositions;
  }

  /** Ends the resource of {@link #openScope}; the container's scope is current again. */
  void closeScope(Scope resource) {
    scope = resource.outer;
  }

  /**
   * Records a problem of the resource being read, so that reading goes on.
   *
   * @param problem the problem
   */
  void record(WorkloadEndpointDecodeException problem) {
    Scope current = current();
    if (current.problems == null) {
      current.problems = new ArrayList<>(2);
    }
    current.problems.add(problem);
  }

  /**
   * Records a problem met while reading a value that starts in the object at {@code depth}, and
   * moves the parser to the end of that value so the next field can be read; a problem reading
   * cannot go on after (malformed text, a limit) is thrown again.
   *
   * @param problem what the value's reader threw
   * @param depth the nesting depth of the object holding the value
   * @throws IOException from the parser
   */
  void recover(WorkloadEndpointDecodeException problem, int depth) throws IOException {
    if (!problem.reason().isRecoverable()) {
      throw problem;
    }
    record(problem);
    skipToEndOfValue(depth);
  }

  /**
   * Moves the parser to the last token of the value being read in the object (or array) at {@code
   * depth}: nothing to do for a scalar, else on to the value's closing bracket.
   */
  void skipToEndOfValue(int depth) throws IOException {
    while (true) {
      JsonToken token = parser.currentToken();
      if (token == null) {
        return;
      }
      if (parser.getParsingContext().getNestingDepth() == depth
          && (token.isScalarValue() || token.isStructEnd())) {
        return;
      }
      if (parser.nextToken() == null) {
        return;
      }
    }
  }

  /**
   * The nesting depth of the object or array the parser is in.
   *
   * @return the depth, 0 at the root
   */
  int depth() {
    return parser.getParsingContext().getNestingDepth();
  }

  boolean strict() {
    return mode == DecodeMode.STRICT;
  }

  /**
   * Returns an exception for a value that cannot be bound at the current token.
   *
   * @param problem what is wrong
   * @return the exception, to throw
   */
  public WorkloadEndpointDecodeException error(String problem) {
    return error(WorkloadEndpointDecodeException.Reason.BINDING, problem);
  }

  /**
   * Returns an exception for a problem at the current token, with the token's text as the value
   * when it is a scalar.
   *
   * @param reason why the decode fails
   * @param problem what is wrong
   * @return the exception, to throw
   */
  public WorkloadEndpointDecodeException error(
      WorkloadEndpointDecodeException.Reason reason, String problem) {
    JsonLocation location = location(parser);
    return new WorkloadEndpointDecodeException(
        reason,
        problem,
        path(parser.getParsingContext()),
        scalarText(),
        location.getLineNr(),
        column(location),
        documentIndex,
        null);
  }

  /** The current token's text when it is a scalar other than null, else null. */
  private String scalarText() {
    JsonToken token = parser.currentToken();
    if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
      return null;
    }
    try {
      return parser.getText();
    } catch (IOException e) {
      return null;
    }
  }

  void warn(String problem) {
    warn(DecodeWarning.Kind.DUPLICATE_KEY, problem);
  }

  void warn(DecodeWarning.Kind kind, String problem) {
    JsonLocation location = location(parser);
    DecodeWarning warning =
        new DecodeWarning(
            kind,
            path(parser.getParsingContext()),
            location.getLineNr(),
            column(location),
            documentIndex,
            problem);
    Scope current = current();
    if (current.warnings == null) {
      current.warnings = new ArrayList<>(2);
    }
    current.warnings.add(warning);
    warnings.accept(warning);
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
    return column(location.getLineNr(), location.getColumnNr());
  }

  /**
   * As {@link #column(JsonLocation)}, for a location's line and column as Jackson reports them.
   *
   * @param line the line
   * @param column the column
   * @return the column, at least 1 when the line is known
   */
  public static int column(int line, int column) {
    return line > 0 && column < 1 ? 1 : column;
  }

  /**
   * Where the current token (not a field name) starts, as {@link JsonParser#currentTokenLocation}
   * reports it: the line in the high 32 bits, the column in the low ones. Jackson's JSON parsers
   * hold the same numbers in their token getters (whose column counts one more, which a test pins),
   * so no location is made for them: every resource records where it starts, and a clean read never
   * needs it.
   *
   * @return the packed line and column
   */
  long tokenStart() {
    if (parser instanceof JsonParserBase && parser.currentToken() != JsonToken.FIELD_NAME) {
      ParserBase json = (ParserBase) parser;
      int column = json.getTokenColumnNr();
      if (column > 0) {
        return pack(json.getTokenLineNr(), column - 1);
      }
    }
    JsonLocation at = parser.currentTokenLocation();
    return pack(at.getLineNr(), at.getColumnNr());
  }

  private static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  /** The line of a {@link #tokenStart}. */
  static int line(long start) {
    return (int) (start >>> 32);
  }

  /** The column of a {@link #tokenStart}, as Jackson reports it. */
  static int rawColumn(long start) {
    return (int) start;
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
