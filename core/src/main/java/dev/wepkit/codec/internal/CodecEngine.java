// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.UnquotedScalars;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The reading half of both codecs: every read, stream and decode operation, over a parser the
 * format opens. JSON is one document; YAML may hold several, separated by {@code ---}, of which the
 * empty ones are skipped.
 */
public final class CodecEngine {
  /** Opens the parser of one input. */
  @FunctionalInterface
  public interface ParserSource {
    /**
     * Opens the parser.
     *
     * @return the parser
     * @throws IOException when the input cannot be opened
     */
    JsonParser open() throws IOException;
  }

  /**
   * Opens the parser of an input given apart, so that a façade can keep one opener per input type
   * and make no lambda per call.
   *
   * @param <I> the input type
   */
  @FunctionalInterface
  public interface ParserOpener<I> {
    /**
     * Opens the parser.
     *
     * @param input the input
     * @return the parser
     * @throws IOException when the input cannot be opened
     */
    JsonParser open(I input) throws IOException;
  }

  private static final ParserOpener<ParserSource> SOURCE = ParserSource::open;

  private final DecodeMode mode;
  private final Consumer<DecodeWarning> warnings;
  private final boolean multiDocument;
  private final ParserErrors errors;
  private final ToIntFunction<JsonParser> documentIndex;
  private final boolean keepPositions;
  private final ScalarStyle scalarStyle;
  private final UnquotedScalars unquotedScalars;

  /**
   * Creates the engine of a format.
   *
   * @param mode the decode mode
   * @param warnings where warnings go
   * @param multiDocument whether the format holds several documents (YAML)
   * @param errors turns the format's parser failures into the library's exception
   * @param documentIndex the 0-based document a parser is in, for a multi-document format
   * @param keepPositions whether {@link #decodeEach} records where each value of a resource is
   * @param scalarStyle tells the format's plain scalars from its quoted ones
   * @param unquotedScalars what string fields store for plain scalars calicoctl stores otherwise
   */
  public CodecEngine(
      DecodeMode mode,
      Consumer<DecodeWarning> warnings,
      boolean multiDocument,
      ParserErrors errors,
      ToIntFunction<JsonParser> documentIndex,
      boolean keepPositions,
      ScalarStyle scalarStyle,
      UnquotedScalars unquotedScalars) {
    this.mode = mode;
    this.warnings = warnings;
    this.multiDocument = multiDocument;
    this.errors = errors;
    this.documentIndex = documentIndex;
    this.keepPositions = keepPositions;
    this.scalarStyle = scalarStyle;
    this.unquotedScalars = unquotedScalars;
  }

  /**
   * Whether resources read one by one carry the positions of their values.
   *
   * @return true when positions are kept
   */
  public boolean keepsPositions() {
    return keepPositions;
  }

  /**
   * The decode mode.
   *
   * @return the mode
   */
  public DecodeMode mode() {
    return mode;
  }

  // ---------------------------------------------------------------- whole documents

  /**
   * Reads the one non-empty document of the input.
   *
   * @param source the input
   * @return the document
   */
  public ResourceDocument readDocument(ParserSource source) {
    return readDocument(SOURCE, source);
  }

  private <I> ResourceDocument readDocument(ParserOpener<I> opener, I input) {
    return ResourceReader.asDocument(readRoot(opener, input));
  }

  /** The one non-empty document of the input, as {@link ResourceReader#readRoot} gives it. */
  private <I> Object readRoot(ParserOpener<I> opener, I input) {
    Object document = parse(opener, input, null);
    if (document == null) {
      throw new WorkloadEndpointDecodeException(
          Reason.BINDING,
          "empty input: expected a WorkloadEndpoint, a WorkloadEndpointList or a list of"
              + " resources",
          "",
          null,
          -1,
          -1,
          -1,
          null);
    }
    return document;
  }

  /**
   * Reads every non-empty document of the input.
   *
   * @param source the input
   * @return the documents, unmodifiable
   */
  public List<ResourceDocument> readDocuments(ParserSource source) {
    List<ResourceDocument> documents = new ArrayList<>();
    parse(SOURCE, source, documents);
    return Collections.unmodifiableList(documents);
  }

  /**
   * Reads the one WorkloadEndpoint of the input.
   *
   * @param source the input
   * @return the endpoint
   */
  public WorkloadEndpoint read(ParserSource source) {
    return read(SOURCE, source);
  }

  /**
   * Reads the one WorkloadEndpoint of an input.
   *
   * @param opener opens the input's parser
   * @param input the input
   * @param <I> the input type
   * @return the endpoint
   */
  public <I> WorkloadEndpoint read(ParserOpener<I> opener, I input) {
    Object document = readRoot(opener, input);
    if (!(document instanceof WorkloadEndpoint)) {
      throw shapeError(
          "expected one WorkloadEndpoint but found "
              + (document instanceof WorkloadEndpointList
                  ? "a WorkloadEndpointList"
                  : multiDocument ? "a list of resources" : "an array")
              + ": use readAll or readDocument");
    }
    return (WorkloadEndpoint) document;
  }

  /**
   * Reads the one WorkloadEndpointList of the input.
   *
   * @param source the input
   * @return the list
   */
  public WorkloadEndpointList readList(ParserSource source) {
    ResourceDocument document = readDocument(source);
    if (document.shape() != ResourceDocument.Shape.LIST) {
      throw shapeError(
          "expected a WorkloadEndpointList but found "
              + (document.shape() == ResourceDocument.Shape.ENDPOINT
                  ? "a single WorkloadEndpoint"
                  : multiDocument ? "a list of resources" : "an array")
              + ": use readAll or readDocument");
    }
    return document.list();
  }

  /**
   * Reads every endpoint of every document, lists and sequences flattened.
   *
   * @param source the input
   * @return the endpoints, unmodifiable
   */
  public List<WorkloadEndpoint> readAll(ParserSource source) {
    List<WorkloadEndpoint> all = new ArrayList<>();
    for (ResourceDocument document : readDocuments(source)) {
      all.addAll(document.endpoints());
    }
    return Collections.unmodifiableList(all);
  }

  private static WorkloadEndpointDecodeException shapeError(String problem) {
    return new WorkloadEndpointDecodeException(Reason.BINDING, problem, "", null, -1, -1, -1, null);
  }

  /**
   * Reads every root value as a document, skipping empty YAML documents, into {@code all}; with
   * {@code all} null, a second non-empty document is an error (reading one document needs no list).
   *
   * @return the first document as {@link ResourceReader#readRoot} gives it, or null when there is
   *     none
   */
  private <I> Object parse(ParserOpener<I> opener, I input, List<ResourceDocument> all) {
    try (JsonParser parser = open(opener, input)) {
      ReadContext ctx =
          new ReadContext(parser, mode, warnings).scalars(scalarStyle, unquotedScalars);
      try {
        Object first = null;
        while (parser.nextToken() != null) {
          if (!multiDocument) {
            if (first != null) {
              throw ctx.error(Reason.SYNTAX, "unexpected content after the document");
            }
            first = ResourceReader.readRoot(ctx);
            if (first == null) {
              throw ctx.error("expected a resource but found null");
            }
            if (all != null) {
              all.add(ResourceReader.asDocument(first));
            }
            continue;
          }
          ctx.documentIndex(documentIndex.applyAsInt(parser));
          if (parser.currentToken() == JsonToken.VALUE_NULL) {
            // An empty document: nothing between two separators, or only comments.
            continue;
          }
          if (all == null && first != null) {
            throw ctx.error(
                "expected one document but found another: use readDocuments, readAll or stream"
                    + " for multi-document input");
          }
          Object document = ResourceReader.readRoot(ctx);
          if (first == null) {
            first = document;
          }
          if (all != null) {
            all.add(ResourceReader.asDocument(document));
          }
        }
        if (!multiDocument && first == null) {
          throw ctx.error("empty input: expected a WorkloadEndpoint, a list or an array");
        }
        return first;
      } catch (IOException | RuntimeException e) {
        throw errors.translate(e, ctx);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- any documents

  /** Receives each non-empty document of {@link #readTrees}. */
  @FunctionalInterface
  public interface TreeSink {
    /**
     * Takes one document.
     *
     * @param documentIndex its 0-based index among all documents (empty ones counted)
     * @param line the 1-based line where it starts
     * @param column the 1-based column where it starts
     * @param tree the document, numbers exact as written
     */
    void accept(int documentIndex, int line, int column, JsonNode tree);
  }

  /**
   * Reads every non-empty document as a tree, of any kind, through the format's parser and its
   * limits: for inputs that are not WorkloadEndpoints (Pod manifests). Repeated keys keep the last
   * value, as Go does.
   *
   * @param source the input
   * @param sink receives the documents in order
   * @throws WorkloadEndpointDecodeException with reason syntax, limit or I/O
   */
  public void readTrees(ParserSource source, TreeSink sink) {
    try (JsonParser parser = open(source)) {
      ReadContext ctx = new ReadContext(parser, DecodeMode.LENIENT, w -> {});
      try {
        while (parser.nextToken() != null) {
          int index = multiDocument ? documentIndex.applyAsInt(parser) : 0;
          if (multiDocument && parser.currentToken() == JsonToken.VALUE_NULL) {
            continue;
          }
          JsonLocation at = parser.currentTokenLocation();
          JsonNode tree = ModelReader.readTree(ctx);
          sink.accept(index, at.getLineNr(), ReadContext.column(at), tree);
          if (!multiDocument && parser.nextToken() != null) {
            throw ctx.error(Reason.SYNTAX, "unexpected content after the document");
          }
          if (!multiDocument) {
            return;
          }
        }
      } catch (IOException | RuntimeException e) {
        throw errors.translate(e, ctx);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- one resource at a time

  /**
   * Streams the endpoints of the input; the first resource that fails ends the stream with its
   * exception.
   *
   * @param source the input
   * @return a sequential stream; closing it closes the parser
   */
  public Stream<WorkloadEndpoint> stream(ParserSource source) {
    JsonParser parser = open(source);
    ResourceCursor cursor = cursor(parser, false, false);
    Iterator<WorkloadEndpoint> endpoints =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return cursor.hasNext();
          }

          @Override
          public WorkloadEndpoint next() {
            DecodedResource result = cursor.next();
            if (result.isOk()) {
              return result.endpoint().get();
            }
            WorkloadEndpointDecodeException failure = result.failure().get();
            if (failure.reason() == Reason.IO && failure.getCause() instanceof IOException) {
              throw new UncheckedIOException((IOException) failure.getCause());
            }
            throw failure;
          }
        };
    return streamOf(endpoints, parser);
  }

  /**
   * Reads the input resource by resource.
   *
   * @param source the input
   * @return the results, unmodifiable
   */
  public List<DecodedResource> decodeAll(ParserSource source) {
    JsonParser parser;
    try {
      parser = open(source);
    } catch (WorkloadEndpointDecodeException e) {
      return List.of(openFailure(e));
    }
    try (JsonParser p = parser) {
      List<DecodedResource> results = new ArrayList<>();
      cursor(p, true, keepPositions).forEachRemaining(results::add);
      return Collections.unmodifiableList(results);
    } catch (IOException e) {
      // Closing failed after every result was read: nothing is lost.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the input resource by resource, one at a time.
   *
   * @param source the input
   * @return a sequential stream of results; closing it closes the parser
   */
  public Stream<DecodedResource> decodeEach(ParserSource source) {
    JsonParser parser;
    try {
      parser = open(source);
    } catch (WorkloadEndpointDecodeException e) {
      return Stream.of(openFailure(e));
    }
    return streamOf(cursor(parser, true, keepPositions), parser);
  }

  /** A cursor over the resources; streams of endpoints have no use for positions. */
  private ResourceCursor cursor(JsonParser parser, boolean allowGenericList, boolean positions) {
    ReadContext ctx =
        new ReadContext(parser, mode, warnings, positions).scalars(scalarStyle, unquotedScalars);
    return new ResourceCursor(ctx, multiDocument, allowGenericList, errors, documentIndex);
  }

  private static DecodedResource openFailure(WorkloadEndpointDecodeException e) {
    return DecodedResource.failed(0, 0, -1, -1, -1, null, null, e, List.of());
  }

  private static <T> Stream<T> streamOf(Iterator<T> iterator, JsonParser parser) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> closeQuietly(parser));
  }

  private static JsonParser open(ParserSource source) {
    return open(SOURCE, source);
  }

  private static <I> JsonParser open(ParserOpener<I> opener, I input) {
    try {
      return opener.open(input);
    } catch (IOException e) {
      throw new WorkloadEndpointDecodeException(
          Reason.IO, "cannot read the input: " + e.getMessage(), "", null, -1, -1, -1, e);
    }
  }

  private static void closeQuietly(JsonParser parser) {
    try {
      parser.close();
    } catch (IOException e) {
      // Nothing was written; the caller's stream is theirs to close and report on.
    }
  }
}
