// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.internal.ModelWriter;
import dev.wepkit.codec.internal.ParserErrors;
import dev.wepkit.codec.internal.ReadContext;
import dev.wepkit.codec.internal.ResourceIterator;
import dev.wepkit.codec.internal.ResourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads and writes WorkloadEndpoints as JSON, the way Calico's Go code does.
 *
 * <p>Reading accepts a single resource, a {@code WorkloadEndpointList}, or a top-level array of
 * resources. Writing follows Go: fields in Go struct order, empty fields left out as {@code
 * omitempty} does, ports always with their five fields. Any decode failure is a {@link
 * WorkloadEndpointDecodeException} carrying the JSON path, line and column; no Jackson exception
 * escapes. Streams and readers passed in are never closed by this class.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * WorkloadEndpointJson json = WorkloadEndpointJson.create();
 * WorkloadEndpoint wep = json.read(text);
 * String compact = json.write(wep);
 * String pretty = json.writePretty(wep);   // as calicoctl get -o json prints it
 *
 * // calicoctl apply semantics: unknown fields and duplicate keys are errors
 * WorkloadEndpointJson strict = WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).build();
 * }</pre>
 */
public final class WorkloadEndpointJson {
  private static final Consumer<DecodeWarning> IGNORE = w -> {};
  private static final ModelWriter GO_ORDER = ModelWriter.goOrder();

  private final JsonFactory factory;
  private final DecodeMode mode;
  private final Consumer<DecodeWarning> warningListener;

  private WorkloadEndpointJson(Builder builder) {
    this.mode = builder.mode;
    this.warningListener = builder.warningListener;
    this.factory =
        new JsonFactoryBuilder()
            // Callers own the streams they pass in.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Position information is the point of our errors.
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
  }

  /**
   * Returns a lenient codec that ignores warnings.
   *
   * @return the codec
   */
  public static WorkloadEndpointJson create() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a builder for a lenient codec
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The decode mode.
   *
   * @return the mode
   */
  public DecodeMode mode() {
    return mode;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads one WorkloadEndpoint.
   *
   * @param json the document
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the text is not one valid v3 WorkloadEndpoint
   */
  public WorkloadEndpoint read(String json) {
    return endpointOf(readDocument(json));
  }

  /**
   * Reads one WorkloadEndpoint from UTF-8 (or UTF-16/32, detected) bytes.
   *
   * @param json the document
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the bytes are not one v3 WorkloadEndpoint
   */
  public WorkloadEndpoint read(byte[] json) {
    return endpointOf(readDocument(json));
  }

  /**
   * Reads one WorkloadEndpoint. The reader is not closed.
   *
   * @param json the document
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the text is not one v3 WorkloadEndpoint
   * @throws UncheckedIOException if the reader fails
   */
  public WorkloadEndpoint read(Reader json) {
    return endpointOf(readDocument(json));
  }

  /**
   * Reads one WorkloadEndpoint. The stream is not closed.
   *
   * @param json the document
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the bytes are not one v3 WorkloadEndpoint
   * @throws UncheckedIOException if the stream fails
   */
  public WorkloadEndpoint read(InputStream json) {
    return endpointOf(readDocument(json));
  }

  /**
   * Reads one WorkloadEndpointList.
   *
   * @param json the document
   * @return the list
   * @throws WorkloadEndpointDecodeException if the text is not one v3 WorkloadEndpointList
   */
  public WorkloadEndpointList readList(String json) {
    return listOf(readDocument(json));
  }

  /**
   * Reads one WorkloadEndpointList. The stream is not closed.
   *
   * @param json the document
   * @return the list
   * @throws WorkloadEndpointDecodeException if the bytes are not one v3 WorkloadEndpointList
   */
  public WorkloadEndpointList readList(InputStream json) {
    return listOf(readDocument(json));
  }

  /**
   * Reads every endpoint of a single resource, a list or an array of resources, in order.
   *
   * @param json the document
   * @return the endpoints
   * @throws WorkloadEndpointDecodeException if the text is malformed or holds something else
   */
  public List<WorkloadEndpoint> readAll(String json) {
    return endpointsOf(readDocument(json));
  }

  /**
   * Reads every endpoint of a single resource, a list or an array of resources. The stream is not
   * closed.
   *
   * @param json the document
   * @return the endpoints
   * @throws WorkloadEndpointDecodeException if the bytes are malformed or hold something else
   */
  public List<WorkloadEndpoint> readAll(InputStream json) {
    return endpointsOf(readDocument(json));
  }

  /**
   * Reads a document and keeps its shape (endpoint, list or array).
   *
   * @param json the document
   * @return the document
   * @throws WorkloadEndpointDecodeException if the text is malformed or holds something else
   */
  public ResourceDocument readDocument(String json) {
    Objects.requireNonNull(json, "json");
    return parse(() -> factory.createParser(json));
  }

  /**
   * Reads a document from bytes and keeps its shape.
   *
   * @param json the document
   * @return the document
   * @throws WorkloadEndpointDecodeException if the bytes are malformed or hold something else
   */
  public ResourceDocument readDocument(byte[] json) {
    Objects.requireNonNull(json, "json");
    return parse(() -> factory.createParser(json));
  }

  /**
   * Reads a document and keeps its shape. The reader is not closed.
   *
   * @param json the document
   * @return the document
   * @throws WorkloadEndpointDecodeException if the text is malformed or holds something else
   */
  public ResourceDocument readDocument(Reader json) {
    Objects.requireNonNull(json, "json");
    return parse(() -> factory.createParser(json));
  }

  /**
   * Reads a document and keeps its shape. The stream is not closed.
   *
   * @param json the document
   * @return the document
   * @throws WorkloadEndpointDecodeException if the bytes are malformed or hold something else
   */
  public ResourceDocument readDocument(InputStream json) {
    Objects.requireNonNull(json, "json");
    return parse(() -> factory.createParser(json));
  }

  /**
   * Streams the endpoints of a document one at a time: a list's {@code items} or an array's
   * elements are bound as they are reached, so memory does not grow with their number. Close the
   * stream when done (try-with-resources); that closes the parser but not {@code json}. A decode
   * failure surfaces from the stream's terminal operation as a {@link
   * WorkloadEndpointDecodeException}.
   *
   * <pre>{@code
   * try (InputStream in = Files.newInputStream(path);
   *     Stream<WorkloadEndpoint> weps = json.stream(in)) {
   *   weps.forEach(wep -> System.out.println(wep.metadata().name()));
   * }
   * }</pre>
   *
   * @param json the document
   * @return a sequential stream of endpoints
   */
  public Stream<WorkloadEndpoint> stream(InputStream json) {
    Objects.requireNonNull(json, "json");
    return stream(open(() -> factory.createParser(json)));
  }

  /**
   * Streams the endpoints of a document one at a time; see {@link #stream(InputStream)}.
   *
   * @param json the document
   * @return a sequential stream of endpoints
   */
  public Stream<WorkloadEndpoint> stream(Reader json) {
    Objects.requireNonNull(json, "json");
    return stream(open(() -> factory.createParser(json)));
  }

  private Stream<WorkloadEndpoint> stream(JsonParser parser) {
    ReadContext ctx = new ReadContext(parser, mode, warningListener);
    ResourceIterator iterator = new ResourceIterator(ctx, false, ParserErrors.JSON);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> closeQuietly(parser));
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes an endpoint as compact JSON in Go's field order.
   *
   * @param wep the endpoint
   * @return the JSON text
   */
  public String write(WorkloadEndpoint wep) {
    return write(ResourceDocument.of(wep), false);
  }

  /**
   * Writes an endpoint as JSON indented by two spaces, as {@code calicoctl get -o json} prints.
   *
   * @param wep the endpoint
   * @return the JSON text
   */
  public String writePretty(WorkloadEndpoint wep) {
    return write(ResourceDocument.of(wep), true);
  }

  /**
   * Writes a list as compact JSON.
   *
   * @param list the list
   * @return the JSON text
   */
  public String write(WorkloadEndpointList list) {
    return write(ResourceDocument.of(list), false);
  }

  /**
   * Writes a list as indented JSON.
   *
   * @param list the list
   * @return the JSON text
   */
  public String writePretty(WorkloadEndpointList list) {
    return write(ResourceDocument.of(list), true);
  }

  /**
   * Writes a document in its own shape.
   *
   * @param document the document
   * @param pretty whether to indent
   * @return the JSON text
   */
  public String write(ResourceDocument document, boolean pretty) {
    // As ObjectMapper.writeValueAsString does: segments from Jackson's recycled buffers instead of
    // a StringWriter that grows, copies and copies again in toString().
    BufferRecycler recycler = factory._getBufferRecycler();
    try {
      SegmentedStringWriter out = new SegmentedStringWriter(recycler);
      write(document, out, pretty);
      return out.getAndClear();
    } catch (IOException e) {
      // Cannot happen: the writer is in memory.
      throw new UncheckedIOException(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Writes a document to a writer, which is flushed but not closed.
   *
   * @param document the document
   * @param out the writer
   * @param pretty whether to indent
   * @throws UncheckedIOException if the writer fails
   */
  public void write(ResourceDocument document, Writer out, boolean pretty) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      configure(g, pretty);
      GO_ORDER.write(g, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param document the document
   * @param out the stream
   * @param pretty whether to indent
   * @throws UncheckedIOException if the stream fails
   */
  public void write(ResourceDocument document, OutputStream out, boolean pretty) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      configure(g, pretty);
      GO_ORDER.write(g, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void configure(JsonGenerator g, boolean pretty) {
    if (pretty) {
      g.setPrettyPrinter(goPrettyPrinter());
    }
  }

  /** Go's json.MarshalIndent(v, "", " "): "key": value, arrays one element a line, {} and []. */
  static DefaultPrettyPrinter goPrettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    return printer;
  }

  // ---------------------------------------------------------------- plumbing

  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private static JsonParser open(ParserSource source) {
    try {
      return source.open();
    } catch (IOException e) {
      throw new WorkloadEndpointDecodeException(
          "cannot read the input: " + e.getMessage(), "", -1, -1, -1, e);
    }
  }

  private ResourceDocument parse(ParserSource source) {
    try (JsonParser parser = open(source)) {
      ReadContext ctx = new ReadContext(parser, mode, warningListener);
      try {
        if (parser.nextToken() == null) {
          throw ctx.error("empty input: expected a WorkloadEndpoint, a list or an array");
        }
        ResourceDocument document = ResourceReader.readDocument(ctx);
        if (document == null) {
          throw ctx.error("expected a resource but found null");
        }
        if (parser.nextToken() != null) {
          throw ctx.error("unexpected content after the document");
        }
        return document;
      } catch (IOException | RuntimeException e) {
        throw ParserErrors.JSON.translate(e, ctx);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WorkloadEndpoint endpointOf(ResourceDocument document) {
    if (document.shape() != ResourceDocument.Shape.ENDPOINT) {
      throw new WorkloadEndpointDecodeException(
          "expected one WorkloadEndpoint but found "
              + (document.shape() == ResourceDocument.Shape.LIST
                  ? "a WorkloadEndpointList"
                  : "an array")
              + ": use readAll or readDocument",
          "",
          -1,
          -1,
          -1,
          null);
    }
    return document.endpoint();
  }

  private static WorkloadEndpointList listOf(ResourceDocument document) {
    if (document.shape() != ResourceDocument.Shape.LIST) {
      throw new WorkloadEndpointDecodeException(
          "expected a WorkloadEndpointList but found "
              + (document.shape() == ResourceDocument.Shape.ENDPOINT
                  ? "a single WorkloadEndpoint"
                  : "an array")
              + ": use readAll or readDocument",
          "",
          -1,
          -1,
          -1,
          null);
    }
    return document.list();
  }

  private static List<WorkloadEndpoint> endpointsOf(ResourceDocument document) {
    return Collections.unmodifiableList(new ArrayList<>(document.endpoints()));
  }

  private static void closeQuietly(JsonParser parser) {
    try {
      parser.close();
    } catch (IOException e) {
      // Nothing was written; the caller's stream is theirs to close and report on.
    }
  }

  /** Builds a {@link WorkloadEndpointJson}. */
  public static final class Builder {
    private DecodeMode mode = DecodeMode.LENIENT;
    private Consumer<DecodeWarning> warningListener = IGNORE;

    private Builder() {}

    /**
     * Sets the decode mode.
     *
     * @param mode {@link DecodeMode#LENIENT} (the default) or {@link DecodeMode#STRICT}
     * @return this builder
     */
    public Builder mode(DecodeMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets where warnings go (duplicate keys in lenient mode, for example). The listener is called
     * on the decoding thread and must be thread-safe if the codec is shared.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder warningListener(Consumer<DecodeWarning> listener) {
      this.warningListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the codec.
     *
     * @return the codec
     */
    public WorkloadEndpointJson build() {
      return new WorkloadEndpointJson(this);
    }
  }
}
