// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.internal.ModelWriter;
import dev.wepkit.codec.internal.ReadContext;
import dev.wepkit.codec.internal.ResourceIterator;
import dev.wepkit.codec.internal.ResourceReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 * Reads and writes WorkloadEndpoints as YAML, the way calicoctl does.
 *
 * <p><b>Reading</b> accepts what {@code calicoctl create -f} accepts: one or more documents
 * separated by {@code ---}, each a single resource, a {@code WorkloadEndpointList}, or a top-level
 * sequence of resources, written in YAML or in JSON (JSON is read as YAML). Empty documents (a
 * trailing {@code ---}, a document of comments) are skipped. Scalars bound to string fields keep
 * their literal text, so {@code containerID: 1337495556942031415926535}, {@code mac:
 * 52:54:00:44:49:56} or a label {@code enabled: on} read back exactly as written. Legacy v1
 * documents ({@code apiVersion: v1}, {@code kind: workloadEndpoint}) are refused as unsupported
 * resources.
 *
 * <p>Any failure is a {@link WorkloadEndpointDecodeException} with the JSON path, the line and
 * column in the whole input, and the 0-based index of the YAML document; no Jackson or SnakeYAML
 * exception escapes. Input is bounded by {@link YamlLimits}; YAML tags never instantiate anything
 * (tags other than the standard ones are refused), aliases are expanded within the limits, and
 * merge keys ({@code <<}) are refused. Streams and readers passed in are never closed.
 *
 * <p><b>Writing</b> prints what {@code calicoctl get -o yaml} prints: keys in go-yaml's order,
 * block style, sequences at their parent's indentation, {@code creationTimestamp: null}, strings
 * plain when that is safe and double-quoted when a YAML 1.1 reader would take them for a number,
 * boolean, null or timestamp ({@code resourceVersion: "1234"}, {@code "on"}, {@code
 * "52:54:00:44:49:56"}). Several documents are separated by {@code ---} lines.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * <pre>{@code
 * WorkloadEndpointYaml yaml = WorkloadEndpointYaml.create();
 * List<ResourceDocument> docs = yaml.readDocuments(text);   // one per YAML document
 * WorkloadEndpoint wep = yaml.read(singleResourceText);
 * String out = yaml.write(wep);                              // as calicoctl prints it
 *
 * // calicoctl apply semantics: unknown fields and duplicate keys are errors
 * WorkloadEndpointYaml strict = WorkloadEndpointYaml.builder().mode(DecodeMode.STRICT).build();
 *
 * // A large stream, one endpoint at a time
 * try (InputStream in = Files.newInputStream(path);
 *     Stream<WorkloadEndpoint> weps = yaml.stream(in)) {
 *   weps.forEach(System.out::println);
 * }
 * }</pre>
 */
public final class WorkloadEndpointYaml {
  private static final Consumer<DecodeWarning> IGNORE = w -> {};
  private static final ModelWriter CALICOCTL_ORDER = ModelWriter.sorted(GoYamlKeyOrder.V2);
  private static final ModelWriter TRANSITIVE_ORDER = ModelWriter.sorted(GoYamlKeyOrder.V3);
  private static final String SEPARATOR = "---\n";

  private final SafeYamlFactory factory;
  private final DecodeMode mode;
  private final Consumer<DecodeWarning> warningListener;
  private final YamlLimits limits;

  private WorkloadEndpointYaml(Builder builder) {
    this.mode = builder.mode;
    this.warningListener = builder.warningListener;
    this.limits = builder.limits;
    this.factory = SafeYamlFactory.create(limits);
  }

  /**
   * Returns a lenient codec with the default limits that ignores warnings.
   *
   * @return the codec
   */
  public static WorkloadEndpointYaml create() {
    return builder().build();
  }

  /**
   * Returns a builder.
   *
   * @return a builder for a lenient codec with the default limits
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

  /**
   * The limits applied while reading.
   *
   * @return the limits
   */
  public YamlLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- reading one resource

  /**
   * Reads the one WorkloadEndpoint of the input. Empty documents around it are allowed.
   *
   * @param yaml the text
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the text is not exactly one v3 WorkloadEndpoint
   */
  public WorkloadEndpoint read(String yaml) {
    return endpointOf(readDocument(yaml));
  }

  /**
   * Reads the one WorkloadEndpoint of UTF-8 bytes.
   *
   * @param yaml the bytes
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the bytes are not exactly one v3 WorkloadEndpoint
   */
  public WorkloadEndpoint read(byte[] yaml) {
    return endpointOf(readDocument(yaml));
  }

  /**
   * Reads the one WorkloadEndpoint of a reader, which is not closed.
   *
   * @param yaml the text
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the text is not exactly one v3 WorkloadEndpoint
   * @throws UncheckedIOException if the reader fails
   */
  public WorkloadEndpoint read(Reader yaml) {
    return endpointOf(readDocument(yaml));
  }

  /**
   * Reads the one WorkloadEndpoint of a UTF-8 stream, which is not closed.
   *
   * @param yaml the bytes
   * @return the endpoint
   * @throws WorkloadEndpointDecodeException if the bytes are not exactly one v3 WorkloadEndpoint
   * @throws UncheckedIOException if the stream fails
   */
  public WorkloadEndpoint read(InputStream yaml) {
    return endpointOf(readDocument(yaml));
  }

  /**
   * Reads the one WorkloadEndpointList of the input.
   *
   * @param yaml the text
   * @return the list
   * @throws WorkloadEndpointDecodeException if the text is not exactly one v3 WorkloadEndpointList
   */
  public WorkloadEndpointList readList(String yaml) {
    return listOf(readDocument(yaml));
  }

  /**
   * Reads the one WorkloadEndpointList of a reader, which is not closed.
   *
   * @param yaml the text
   * @return the list
   * @throws WorkloadEndpointDecodeException if the text is not exactly one v3 WorkloadEndpointList
   * @throws UncheckedIOException if the reader fails
   */
  public WorkloadEndpointList readList(Reader yaml) {
    return listOf(readDocument(yaml));
  }

  /**
   * Reads the one WorkloadEndpointList of a UTF-8 stream, which is not closed.
   *
   * @param yaml the bytes
   * @return the list
   * @throws WorkloadEndpointDecodeException if the bytes are not exactly one v3
   *     WorkloadEndpointList
   * @throws UncheckedIOException if the stream fails
   */
  public WorkloadEndpointList readList(InputStream yaml) {
    return listOf(readDocument(yaml));
  }

  /**
   * Reads the one non-empty document of the input and keeps its shape (endpoint, list or sequence).
   *
   * @param yaml the text
   * @return the document
   * @throws WorkloadEndpointDecodeException if the input is malformed, empty, or holds more than
   *     one document
   */
  public ResourceDocument readDocument(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return single(parse(() -> factory.createParser(yaml), true));
  }

  /**
   * Reads the one non-empty document of UTF-8 bytes and keeps its shape.
   *
   * @param yaml the bytes
   * @return the document
   * @throws WorkloadEndpointDecodeException if the input is malformed, empty, or holds more than
   *     one document
   */
  public ResourceDocument readDocument(byte[] yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return single(parse(() -> factory.createParser(yaml), true));
  }

  /**
   * Reads the one non-empty document of a reader, which is not closed, and keeps its shape.
   *
   * @param yaml the text
   * @return the document
   * @throws WorkloadEndpointDecodeException if the input is malformed, empty, or holds more than
   *     one document
   * @throws UncheckedIOException if the reader fails
   */
  public ResourceDocument readDocument(Reader yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return single(parse(() -> factory.createParser(yaml), true));
  }

  /**
   * Reads the one non-empty document of a UTF-8 stream, which is not closed, and keeps its shape.
   *
   * @param yaml the bytes
   * @return the document
   * @throws WorkloadEndpointDecodeException if the input is malformed, empty, or holds more than
   *     one document
   * @throws UncheckedIOException if the stream fails
   */
  public ResourceDocument readDocument(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return single(parse(() -> factory.createParser(yaml), true));
  }

  // ---------------------------------------------------------------- reading streams

  /**
   * Reads every document of a multi-document input, one {@link ResourceDocument} per non-empty YAML
   * document, in order.
   *
   * @param yaml the text
   * @return the documents; empty if the input holds none
   * @throws WorkloadEndpointDecodeException if any document is malformed or holds something else
   */
  public List<ResourceDocument> readDocuments(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return parse(() -> factory.createParser(yaml), false);
  }

  /**
   * Reads every document of UTF-8 bytes; see {@link #readDocuments(String)}.
   *
   * @param yaml the bytes
   * @return the documents; empty if the input holds none
   * @throws WorkloadEndpointDecodeException if any document is malformed or holds something else
   */
  public List<ResourceDocument> readDocuments(byte[] yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return parse(() -> factory.createParser(yaml), false);
  }

  /**
   * Reads every document of a reader, which is not closed; see {@link #readDocuments(String)}.
   *
   * @param yaml the text
   * @return the documents; empty if the input holds none
   * @throws WorkloadEndpointDecodeException if any document is malformed or holds something else
   * @throws UncheckedIOException if the reader fails
   */
  public List<ResourceDocument> readDocuments(Reader yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return parse(() -> factory.createParser(yaml), false);
  }

  /**
   * Reads every document of a UTF-8 stream, which is not closed; see {@link
   * #readDocuments(String)}.
   *
   * @param yaml the bytes
   * @return the documents; empty if the input holds none
   * @throws WorkloadEndpointDecodeException if any document is malformed or holds something else
   * @throws UncheckedIOException if the stream fails
   */
  public List<ResourceDocument> readDocuments(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return parse(() -> factory.createParser(yaml), false);
  }

  /**
   * Reads every endpoint of every document, lists and sequences flattened, in order.
   *
   * @param yaml the text
   * @return the endpoints; empty if the input holds none
   * @throws WorkloadEndpointDecodeException if any document is malformed or holds something else
   */
  public List<WorkloadEndpoint> readAll(String yaml) {
    return endpointsOf(readDocuments(yaml));
  }

  /**
   * Reads every endpoint of every document of a reader, which is not closed.
   *
   * @param yaml the text
   * @return the endpoints; empty if the input holds none
   * @throws WorkloadEndpointDecodeException if any document is malformed or holds something else
   * @throws UncheckedIOException if the reader fails
   */
  public List<WorkloadEndpoint> readAll(Reader yaml) {
    return endpointsOf(readDocuments(yaml));
  }

  /**
   * Reads every endpoint of every document of a UTF-8 stream, which is not closed.
   *
   * @param yaml the bytes
   * @return the endpoints; empty if the input holds none
   * @throws WorkloadEndpointDecodeException if any document is malformed or holds something else
   * @throws UncheckedIOException if the stream fails
   */
  public List<WorkloadEndpoint> readAll(InputStream yaml) {
    return endpointsOf(readDocuments(yaml));
  }

  /**
   * Streams the endpoints of every document one at a time: documents, a list's {@code items} and a
   * sequence's elements are bound as they are reached, so memory does not grow with their number (a
   * list in one document is still bounded by {@link YamlLimits#maxDocumentCodePoints()}; raise it
   * for very large lists). Close the stream when done (try-with-resources); that closes the parser
   * but not {@code yaml}. A decode failure surfaces from the stream's terminal operation as a
   * {@link WorkloadEndpointDecodeException}.
   *
   * @param yaml the UTF-8 bytes
   * @return a sequential stream of endpoints
   * @throws WorkloadEndpointDecodeException if the input cannot be opened
   */
  public Stream<WorkloadEndpoint> stream(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return stream(open(() -> factory.createParser(yaml)));
  }

  /**
   * Streams the endpoints of every document one at a time; see {@link #stream(InputStream)}.
   *
   * @param yaml the text
   * @return a sequential stream of endpoints
   * @throws WorkloadEndpointDecodeException if the input cannot be opened
   */
  public Stream<WorkloadEndpoint> stream(Reader yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return stream(open(() -> factory.createParser(yaml)));
  }

  /** Streams from a parser this codec created; closing the stream closes the parser. */
  Stream<WorkloadEndpoint> stream(JsonParser parser) {
    ReadContext ctx = new ReadContext(parser, mode, warningListener);
    ResourceIterator iterator = new ResourceIterator(ctx, true, YamlParserErrors.INSTANCE);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> closeQuietly(parser));
  }

  /** The factory, for tests that need a parser of their own. */
  SafeYamlFactory factory() {
    return factory;
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes an endpoint as one YAML document, as {@code calicoctl get -o yaml} prints it.
   *
   * @param wep the endpoint
   * @return the YAML text
   */
  public String write(WorkloadEndpoint wep) {
    return write(ResourceDocument.of(wep));
  }

  /**
   * Writes a list as one {@code WorkloadEndpointList} document.
   *
   * @param list the list
   * @return the YAML text
   */
  public String write(WorkloadEndpointList list) {
    return write(ResourceDocument.of(list));
  }

  /**
   * Writes a document in its own shape: an endpoint, a list, or a top-level sequence.
   *
   * @param document the document
   * @return the YAML text
   */
  public String write(ResourceDocument document) {
    return write(List.of(document));
  }

  /**
   * Writes documents as a multi-document stream, separated by {@code ---} lines.
   *
   * @param documents the documents
   * @return the YAML text; empty for no documents
   */
  public String write(List<ResourceDocument> documents) {
    StringWriter out = new StringWriter(512 * Math.max(1, documents.size()));
    write(documents, out);
    return out.toString();
  }

  /**
   * Writes endpoints as a multi-document stream, one endpoint a document.
   *
   * @param endpoints the endpoints
   * @return the YAML text; empty for no endpoints
   */
  public String writeAll(Iterable<? extends WorkloadEndpoint> endpoints) {
    StringWriter out = new StringWriter();
    writeAll(endpoints, out);
    return out.toString();
  }

  /**
   * Writes endpoints to a writer as a multi-document stream, one endpoint a document, without
   * holding more than one in memory. The writer is flushed but not closed.
   *
   * @param endpoints the endpoints
   * @param out the writer
   * @throws UncheckedIOException if the writer fails
   */
  public void writeAll(Iterable<? extends WorkloadEndpoint> endpoints, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      boolean first = true;
      for (WorkloadEndpoint wep : endpoints) {
        first = writeDocument(ResourceDocument.of(wep), out, first);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a document to a writer, which is flushed but not closed.
   *
   * @param document the document
   * @param out the writer
   * @throws UncheckedIOException if the writer fails
   */
  public void write(ResourceDocument document, Writer out) {
    write(List.of(document), out);
  }

  /**
   * Writes a document as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param document the document
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void write(ResourceDocument document, OutputStream out) {
    write(List.of(document), out);
  }

  /**
   * Writes documents to a writer, separated by {@code ---} lines. The writer is flushed but not
   * closed.
   *
   * @param documents the documents
   * @param out the writer
   * @throws UncheckedIOException if the writer fails
   */
  public void write(List<ResourceDocument> documents, Writer out) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(out, "out");
    try {
      boolean first = true;
      for (ResourceDocument document : documents) {
        first = writeDocument(Objects.requireNonNull(document, "document"), out, first);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes documents as UTF-8 to a stream, separated by {@code ---} lines. The stream is flushed
   * but not closed.
   *
   * @param documents the documents
   * @param out the stream
   * @throws UncheckedIOException if the stream fails
   */
  public void write(List<ResourceDocument> documents, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(documents, writer);
  }

  /** Writes one document, after a separator unless it is the first; returns false. */
  private boolean writeDocument(ResourceDocument document, Writer out, boolean first)
      throws IOException {
    String text;
    try {
      text = render(document, CALICOCTL_ORDER);
    } catch (IllegalArgumentException e) {
      // TimSort found go-yaml v2's key order cyclic for some keys (GoYamlKeyOrder): go-yaml's own
      // output depends on its sort there, so any order is as faithful; use the transitive one.
      text = render(document, TRANSITIVE_ORDER);
    }
    if (!first) {
      out.write(SEPARATOR);
    }
    out.write(text);
    return false;
  }

  /** One generator a document: the separator is ours, exactly as go-yaml prints it. */
  private String render(ResourceDocument document, ModelWriter writer) throws IOException {
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator g = factory.createGenerator(text)) {
      writer.write(g, document);
    }
    return text.toString();
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

  /**
   * Reads every root value of the stream as a document, skipping empty ones. With {@code single}, a
   * second non-empty document is an error.
   */
  private List<ResourceDocument> parse(ParserSource source, boolean single) {
    try (JsonParser parser = open(source)) {
      ReadContext ctx = new ReadContext(parser, mode, warningListener);
      try {
        List<ResourceDocument> documents = new ArrayList<>();
        while (parser.nextToken() != null) {
          ctx.documentIndex(((SafeYamlParser) parser).documentIndex());
          if (parser.currentToken() == JsonToken.VALUE_NULL) {
            // An empty document: nothing between two separators, or only comments.
            continue;
          }
          if (single && !documents.isEmpty()) {
            throw ctx.error(
                "expected one document but found another: use readDocuments, readAll or stream"
                    + " for multi-document input");
          }
          documents.add(ResourceReader.readDocument(ctx));
        }
        return Collections.unmodifiableList(documents);
      } catch (IOException | RuntimeException e) {
        throw YamlParserErrors.INSTANCE.translate(e, ctx);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResourceDocument single(List<ResourceDocument> documents) {
    if (documents.isEmpty()) {
      throw new WorkloadEndpointDecodeException(
          "empty input: expected a WorkloadEndpoint, a WorkloadEndpointList or a list of"
              + " resources",
          "",
          -1,
          -1,
          -1,
          null);
    }
    return documents.get(0);
  }

  private static WorkloadEndpoint endpointOf(ResourceDocument document) {
    if (document.shape() != ResourceDocument.Shape.ENDPOINT) {
      throw new WorkloadEndpointDecodeException(
          "expected one WorkloadEndpoint but found "
              + (document.shape() == ResourceDocument.Shape.LIST
                  ? "a WorkloadEndpointList"
                  : "a list of resources")
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
                  : "a list of resources")
              + ": use readAll or readDocument",
          "",
          -1,
          -1,
          -1,
          null);
    }
    return document.list();
  }

  private static List<WorkloadEndpoint> endpointsOf(List<ResourceDocument> documents) {
    List<WorkloadEndpoint> all = new ArrayList<>();
    for (ResourceDocument document : documents) {
      all.addAll(document.endpoints());
    }
    return Collections.unmodifiableList(all);
  }

  private static void closeQuietly(JsonParser parser) {
    try {
      parser.close();
    } catch (IOException e) {
      // Nothing was written; the caller's stream is theirs to close and report on.
    }
  }

  /** Builds a {@link WorkloadEndpointYaml}. */
  public static final class Builder {
    private DecodeMode mode = DecodeMode.LENIENT;
    private Consumer<DecodeWarning> warningListener = IGNORE;
    private YamlLimits limits = YamlLimits.defaults();

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
     * Sets the safety limits.
     *
     * @param limits the limits; {@link YamlLimits#defaults()} unless set
     * @return this builder
     */
    public Builder limits(YamlLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Builds the codec.
     *
     * @return the codec
     */
    public WorkloadEndpointYaml build() {
      return new WorkloadEndpointYaml(this);
    }
  }
}
