// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
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
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.UnquotedScalars;
import dev.wepkit.codec.WorkloadEndpointCodec;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.internal.CodecEngine;
import dev.wepkit.codec.internal.ModelWriter;
import dev.wepkit.codec.internal.ParserErrors;
import dev.wepkit.codec.internal.ScalarStyle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads and writes WorkloadEndpoints as JSON, the way Calico's Go code does.
 *
 * <p>Reading accepts a single resource, a {@code WorkloadEndpointList}, or a top-level array of
 * resources. Writing follows Go: fields in Go struct order, empty fields left out as {@code
 * omitempty} does, ports always with their five fields; {@code writePretty} indents as {@code
 * calicoctl get -o json} prints. Any decode failure is a {@link WorkloadEndpointDecodeException}
 * carrying its {@link WorkloadEndpointDecodeException.Reason reason}, the JSON path, line and
 * column; no Jackson exception escapes. {@link #decodeAll(String)} reads resource by resource and
 * goes on after one that fails. Streams and readers passed in are never closed by this class. The
 * operations are those of {@link WorkloadEndpointCodec}, which the YAML codec shares.
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
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointJson implements WorkloadEndpointCodec {
  private static final Consumer<DecodeWarning> IGNORE = w -> {};
  private static final ModelWriter GO_ORDER = ModelWriter.goOrder();

  /** Go's json.MarshalIndent(v, "", " "), copied for each generator (it keeps the depth). */
  private static final DefaultPrettyPrinter GO_PRETTY = goPrettyPrinter();

  private final JsonFactory factory;
  private final CodecEngine engine;

  // One opener per input type, made once: reading one endpoint makes no lambda per call.
  private final CodecEngine.ParserOpener<String> stringOpener;
  private final CodecEngine.ParserOpener<byte[]> bytesOpener;

  private WorkloadEndpointJson(Builder builder) {
    this.factory =
        new JsonFactoryBuilder()
            // Callers own the streams they pass in.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Position information is the point of our errors.
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    this.stringOpener = factory::createParser;
    this.bytesOpener = factory::createParser;
    this.engine =
        new CodecEngine(
            builder.mode,
            builder.warningListener,
            false,
            ParserErrors.JSON,
            p -> 0,
            builder.keepPositions,
            ScalarStyle.JSON,
            builder.unquotedScalars);
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

  @Override
  public DecodeMode mode() {
    return engine.mode();
  }

  // ---------------------------------------------------------------- reading

  @Override
  public WorkloadEndpoint read(String json) {
    Objects.requireNonNull(json, "json");
    return engine.read(stringOpener, json);
  }

  @Override
  public WorkloadEndpoint read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return engine.read(bytesOpener, json);
  }

  @Override
  public WorkloadEndpoint read(Reader json) {
    Objects.requireNonNull(json, "json");
    return engine.read(() -> factory.createParser(json));
  }

  @Override
  public WorkloadEndpoint read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return engine.read(() -> factory.createParser(json));
  }

  @Override
  public WorkloadEndpointList readList(String json) {
    Objects.requireNonNull(json, "json");
    return engine.readList(() -> factory.createParser(json));
  }

  @Override
  public WorkloadEndpointList readList(byte[] json) {
    Objects.requireNonNull(json, "json");
    return engine.readList(() -> factory.createParser(json));
  }

  @Override
  public WorkloadEndpointList readList(Reader json) {
    Objects.requireNonNull(json, "json");
    return engine.readList(() -> factory.createParser(json));
  }

  @Override
  public WorkloadEndpointList readList(InputStream json) {
    Objects.requireNonNull(json, "json");
    return engine.readList(() -> factory.createParser(json));
  }

  @Override
  public List<WorkloadEndpoint> readAll(String json) {
    Objects.requireNonNull(json, "json");
    return engine.readAll(() -> factory.createParser(json));
  }

  @Override
  public List<WorkloadEndpoint> readAll(byte[] json) {
    Objects.requireNonNull(json, "json");
    return engine.readAll(() -> factory.createParser(json));
  }

  @Override
  public List<WorkloadEndpoint> readAll(Reader json) {
    Objects.requireNonNull(json, "json");
    return engine.readAll(() -> factory.createParser(json));
  }

  @Override
  public List<WorkloadEndpoint> readAll(InputStream json) {
    Objects.requireNonNull(json, "json");
    return engine.readAll(() -> factory.createParser(json));
  }

  @Override
  public ResourceDocument readDocument(String json) {
    Objects.requireNonNull(json, "json");
    return engine.readDocument(() -> factory.createParser(json));
  }

  @Override
  public ResourceDocument readDocument(byte[] json) {
    Objects.requireNonNull(json, "json");
    return engine.readDocument(() -> factory.createParser(json));
  }

  @Override
  public ResourceDocument readDocument(Reader json) {
    Objects.requireNonNull(json, "json");
    return engine.readDocument(() -> factory.createParser(json));
  }

  @Override
  public ResourceDocument readDocument(InputStream json) {
    Objects.requireNonNull(json, "json");
    return engine.readDocument(() -> factory.createParser(json));
  }

  @Override
  public List<ResourceDocument> readDocuments(String json) {
    Objects.requireNonNull(json, "json");
    return engine.readDocuments(() -> factory.createParser(json));
  }

  @Override
  public List<ResourceDocument> readDocuments(byte[] json) {
    Objects.requireNonNull(json, "json");
    return engine.readDocuments(() -> factory.createParser(json));
  }

  @Override
  public List<ResourceDocument> readDocuments(Reader json) {
    Objects.requireNonNull(json, "json");
    return engine.readDocuments(() -> factory.createParser(json));
  }

  @Override
  public List<ResourceDocument> readDocuments(InputStream json) {
    Objects.requireNonNull(json, "json");
    return engine.readDocuments(() -> factory.createParser(json));
  }

  @Override
  public Stream<WorkloadEndpoint> stream(String json) {
    Objects.requireNonNull(json, "json");
    return engine.stream(() -> factory.createParser(json));
  }

  @Override
  public Stream<WorkloadEndpoint> stream(byte[] json) {
    Objects.requireNonNull(json, "json");
    return engine.stream(() -> factory.createParser(json));
  }

  @Override
  public Stream<WorkloadEndpoint> stream(Reader json) {
    Objects.requireNonNull(json, "json");
    return engine.stream(() -> factory.createParser(json));
  }

  @Override
  public Stream<WorkloadEndpoint> stream(InputStream json) {
    Objects.requireNonNull(json, "json");
    return engine.stream(() -> factory.createParser(json));
  }

  @Override
  public List<DecodedResource> decodeAll(String json) {
    Objects.requireNonNull(json, "json");
    return engine.decodeAll(() -> factory.createParser(json));
  }

  @Override
  public List<DecodedResource> decodeAll(byte[] json) {
    Objects.requireNonNull(json, "json");
    return engine.decodeAll(() -> factory.createParser(json));
  }

  @Override
  public List<DecodedResource> decodeAll(Reader json) {
    Objects.requireNonNull(json, "json");
    return engine.decodeAll(() -> factory.createParser(json));
  }

  @Override
  public List<DecodedResource> decodeAll(InputStream json) {
    Objects.requireNonNull(json, "json");
    return engine.decodeAll(() -> factory.createParser(json));
  }

  @Override
  public Stream<DecodedResource> decodeEach(String json) {
    Objects.requireNonNull(json, "json");
    return engine.decodeEach(() -> factory.createParser(json));
  }

  @Override
  public Stream<DecodedResource> decodeEach(byte[] json) {
    Objects.requireNonNull(json, "json");
    return engine.decodeEach(() -> factory.createParser(json));
  }

  @Override
  public Stream<DecodedResource> decodeEach(Reader json) {
    Objects.requireNonNull(json, "json");
    return engine.decodeEach(() -> factory.createParser(json));
  }

  @Override
  public Stream<DecodedResource> decodeEach(InputStream json) {
    Objects.requireNonNull(json, "json");
    return engine.decodeEach(() -> factory.createParser(json));
  }

  // ---------------------------------------------------------------- writing

  @Override
  public String write(WorkloadEndpoint wep) {
    // The most common call writes the endpoint directly, without a document around it.
    Objects.requireNonNull(wep, "endpoint");
    return text(false, g -> GO_ORDER.write(g, wep));
  }

  @Override
  public void write(WorkloadEndpoint wep, Writer out) {
    write(ResourceDocument.of(wep), out);
  }

  @Override
  public void write(WorkloadEndpoint wep, OutputStream out) {
    write(ResourceDocument.of(wep), out);
  }

  @Override
  public String write(WorkloadEndpointList list) {
    return toText(ResourceDocument.of(list), false);
  }

  @Override
  public void write(WorkloadEndpointList list, Writer out) {
    write(ResourceDocument.of(list), out);
  }

  @Override
  public void write(WorkloadEndpointList list, OutputStream out) {
    write(ResourceDocument.of(list), out);
  }

  @Override
  public String write(ResourceDocument document) {
    return toText(document, false);
  }

  @Override
  public void write(ResourceDocument document, Writer out) {
    writeTo(document, out, false);
  }

  @Override
  public void write(ResourceDocument document, OutputStream out) {
    writeTo(document, out, false);
  }

  @Override
  public String writePretty(WorkloadEndpoint wep) {
    return toText(ResourceDocument.of(wep), true);
  }

  @Override
  public void writePretty(WorkloadEndpoint wep, Writer out) {
    writePretty(ResourceDocument.of(wep), out);
  }

  @Override
  public void writePretty(WorkloadEndpoint wep, OutputStream out) {
    writePretty(ResourceDocument.of(wep), out);
  }

  @Override
  public String writePretty(WorkloadEndpointList list) {
    return toText(ResourceDocument.of(list), true);
  }

  @Override
  public void writePretty(WorkloadEndpointList list, Writer out) {
    writePretty(ResourceDocument.of(list), out);
  }

  @Override
  public void writePretty(WorkloadEndpointList list, OutputStream out) {
    writePretty(ResourceDocument.of(list), out);
  }

  @Override
  public String writePretty(ResourceDocument document) {
    return toText(document, true);
  }

  @Override
  public void writePretty(ResourceDocument document, Writer out) {
    writeTo(document, out, true);
  }

  @Override
  public void writePretty(ResourceDocument document, OutputStream out) {
    writeTo(document, out, true);
  }

  @Override
  public String writeAll(Iterable<? extends WorkloadEndpoint> endpoints) {
    Objects.requireNonNull(endpoints, "endpoints");
    return text(g -> writeArray(g, endpoints));
  }

  @Override
  public void writeAll(Iterable<? extends WorkloadEndpoint> endpoints, Writer out) {
    Objects.requireNonNull(endpoints, "endpoints");
    Objects.requireNonNull(out, "out");
    withGenerator(() -> factory.createGenerator(out), false, g -> writeArray(g, endpoints));
  }

  @Override
  public void writeAll(Iterable<? extends WorkloadEndpoint> endpoints, OutputStream out) {
    Objects.requireNonNull(endpoints, "endpoints");
    Objects.requireNonNull(out, "out");
    withGenerator(() -> factory.createGenerator(out), false, g -> writeArray(g, endpoints));
  }

  @Override
  public String writeDocuments(List<ResourceDocument> documents) {
    return toText(asOne(documents), false);
  }

  @Override
  public void writeDocuments(List<ResourceDocument> documents, Writer out) {
    writeTo(asOne(documents), out, false);
  }

  @Override
  public void writeDocuments(List<ResourceDocument> documents, OutputStream out) {
    writeTo(asOne(documents), out, false);
  }

  /** Several documents as one JSON value: the document itself, or an array of them. */
  private static ResourceDocument asOne(List<ResourceDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    return documents.size() == 1 ? documents.get(0) : ResourceDocument.ofArray(documents);
  }

  private static void writeArray(JsonGenerator g, Iterable<? extends WorkloadEndpoint> endpoints)
      throws IOException {
    g.writeStartArray();
    for (WorkloadEndpoint wep : endpoints) {
      GO_ORDER.write(g, Objects.requireNonNull(wep, "endpoint"));
    }
    g.writeEndArray();
  }

  /** What to write with a generator. */
  private interface GeneratorWork {
    void run(JsonGenerator g) throws IOException;
  }

  private interface GeneratorSource {
    JsonGenerator open() throws IOException;
  }

  private String toText(ResourceDocument document, boolean pretty) {
    Objects.requireNonNull(document, "document");
    return text(pretty, g -> GO_ORDER.write(g, document));
  }

  private String text(GeneratorWork work) {
    return text(false, work);
  }

  private String text(boolean pretty, GeneratorWork work) {
    // As ObjectMapper.writeValueAsString does: segments from Jackson's recycled buffers instead of
    // a StringWriter that grows, copies and copies again in toString().
    BufferRecycler recycler = factory._getBufferRecycler();
    try {
      SegmentedStringWriter out = new SegmentedStringWriter(recycler);
      try (JsonGenerator g = factory.createGenerator(out)) {
        if (pretty) {
          g.setPrettyPrinter(GO_PRETTY.createInstance());
        }
        work.run(g);
      }
      return out.getAndClear();
    } catch (IOException e) {
      // Cannot happen: the writer is in memory.
      throw new UncheckedIOException(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  private void writeTo(ResourceDocument document, Writer out, boolean pretty) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    withGenerator(() -> factory.createGenerator(out), pretty, g -> GO_ORDER.write(g, document));
  }

  private void writeTo(ResourceDocument document, OutputStream out, boolean pretty) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(out, "out");
    withGenerator(() -> factory.createGenerator(out), pretty, g -> GO_ORDER.write(g, document));
  }

  /** Closing the generator flushes it; the target is not closed (AUTO_CLOSE_TARGET is off). */
  private static void withGenerator(GeneratorSource source, boolean pretty, GeneratorWork work) {
    try (JsonGenerator g = source.open()) {
      if (pretty) {
        g.setPrettyPrinter(GO_PRETTY.createInstance());
      }
      work.run(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  /** Builds a {@link WorkloadEndpointJson}. */
  public static final class Builder {
    private DecodeMode mode = DecodeMode.LENIENT;
    private Consumer<DecodeWarning> warningListener = IGNORE;
    private boolean keepPositions;
    private UnquotedScalars unquotedScalars = UnquotedScalars.LITERAL;

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
     * Whether {@code decodeAll} and {@code decodeEach} record where each value of a resource is,
     * for {@link dev.wepkit.codec.DecodedResource#positions()} (off by default: a decode without
     * them records nothing).
     *
     * <pre>{@code
     * builder().keepPositions(true).build().decodeAll(text).get(0).positions().find("spec.node");
     * }</pre>
     *
     * @param keep true to keep positions
     * @return this builder
     */
    public Builder keepPositions(boolean keep) {
      this.keepPositions = keep;
      return this;
    }

    /**
     * What string fields store for an unquoted scalar that calicoctl stores as other text ({@code
     * version: 1.10} is {@code "1.1"} to calicoctl). Either way such a value is warned about.
     *
     * <pre>{@code
     * builder().unquotedScalars(UnquotedScalars.AS_CALICOCTL).build(); // store what calicoctl stores
     * }</pre>
     *
     * @param unquoted {@link UnquotedScalars#LITERAL} (the default) or {@link
     *     UnquotedScalars#AS_CALICOCTL}
     * @return this builder
     */
    public Builder unquotedScalars(UnquotedScalars unquoted) {
      this.unquotedScalars = Objects.requireNonNull(unquoted, "unquoted");
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
