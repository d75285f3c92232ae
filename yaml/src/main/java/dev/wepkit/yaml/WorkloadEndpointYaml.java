// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
 * <p>The operations are those of {@link WorkloadEndpointCodec}, which the JSON codec shares; {@link
 * #decodeAll(String)} reads resource by resource and goes on after one that fails. {@code
 * writePretty} gives the same text as {@code write}: calicoctl's YAML is always block style.
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
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointYaml implements WorkloadEndpointCodec {
  private static final Consumer<DecodeWarning> IGNORE = w -> {};
  private static final ModelWriter CALICOCTL_ORDER = ModelWriter.sorted(GoYamlKeyOrder.V2);
  private static final ModelWriter TRANSITIVE_ORDER = ModelWriter.sorted(GoYamlKeyOrder.V3);
  private static final String SEPARATOR = "---\n";

  private final SafeYamlFactory factory;
  private final YamlLimits limits;
  private final CodecEngine engine;

  private WorkloadEndpointYaml(Builder builder) {
    this.limits = builder.limits;
    this.factory = SafeYamlFactory.create(limits);
    this.engine =
        new CodecEngine(
            builder.mode,
            builder.warningListener,
            true,
            YamlParserErrors.INSTANCE,
            p -> ((SafeYamlParser) p).documentIndex(),
            builder.keepPositions,
            p -> ((SafeYamlParser) p).plainScalar(),
            builder.unquotedScalars);
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

  @Override
  public DecodeMode mode() {
    return engine.mode();
  }

  /**
   * The limits applied while reading.
   *
   * @return the limits
   */
  public YamlLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- reading

  @Override
  public WorkloadEndpoint read(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.read(() -> factory.createParser(yaml));
  }

  @Override
  public WorkloadEndpoint read(byte[] yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.read(() -> factory.createParser(yaml));
  }

  @Override
  public WorkloadEndpoint read(Reader yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.read(() -> factory.createParser(yaml));
  }

  @Override
  public WorkloadEndpoint read(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.read(() -> factory.createParser(yaml));
  }

  @Override
  public WorkloadEndpointList readList(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readList(() -> factory.createParser(yaml));
  }

  @Override
  public WorkloadEndpointList readList(byte[] yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readList(() -> factory.createParser(yaml));
  }

  @Override
  public WorkloadEndpointList readList(Reader yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readList(() -> factory.createParser(yaml));
  }

  @Override
  public WorkloadEndpointList readList(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readList(() -> factory.createParser(yaml));
  }

  @Override
  public List<WorkloadEndpoint> readAll(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readAll(() -> factory.createParser(yaml));
  }

  @Override
  public List<WorkloadEndpoint> readAll(byte[] yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readAll(() -> factory.createParser(yaml));
  }

  @Override
  public List<WorkloadEndpoint> readAll(Reader yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readAll(() -> factory.createParser(yaml));
  }

  @Override
  public List<WorkloadEndpoint> readAll(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readAll(() -> factory.createParser(yaml));
  }

  @Override
  public ResourceDocument readDocument(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readDocument(() -> factory.createParser(yaml));
  }

  @Override
  public ResourceDocument readDocument(byte[] yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readDocument(() -> factory.createParser(yaml));
  }

  @Override
  public ResourceDocument readDocument(Reader yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readDocument(() -> factory.createParser(yaml));
  }

  @Override
  public ResourceDocument readDocument(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readDocument(() -> factory.createParser(yaml));
  }

  @Override
  public List<ResourceDocument> readDocuments(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readDocuments(() -> factory.createParser(yaml));
  }

  @Override
  public List<ResourceDocument> readDocuments(byte[] yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readDocuments(() -> factory.createParser(yaml));
  }

  @Override
  public List<ResourceDocument> readDocuments(Reader yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readDocuments(() -> factory.createParser(yaml));
  }

  @Override
  public List<ResourceDocument> readDocuments(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.readDocuments(() -> factory.createParser(yaml));
  }

  @Override
  public Stream<WorkloadEndpoint> stream(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.stream(() -> factory.createParser(yaml));
  }

  @Override
  public Stream<WorkloadEndpoint> stream(byte[] yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.stream(() -> factory.createParser(yaml));
  }

  @Override
  public Stream<WorkloadEndpoint> stream(Reader yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.stream(() -> factory.createParser(yaml));
  }

  @Override
  public Stream<WorkloadEndpoint> stream(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.stream(() -> factory.createParser(yaml));
  }

  @Override
  public List<DecodedResource> decodeAll(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.decodeAll(() -> factory.createParser(yaml));
  }

  @Override
  public List<DecodedResource> decodeAll(byte[] yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.decodeAll(() -> factory.createParser(yaml));
  }

  @Override
  public List<DecodedResource> decodeAll(Reader yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.decodeAll(() -> factory.createParser(yaml));
  }

  @Override
  public List<DecodedResource> decodeAll(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.decodeAll(() -> factory.createParser(yaml));
  }

  @Override
  public Stream<DecodedResource> decodeEach(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.decodeEach(() -> factory.createParser(yaml));
  }

  @Override
  public Stream<DecodedResource> decodeEach(byte[] yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.decodeEach(() -> factory.createParser(yaml));
  }

  @Override
  public Stream<DecodedResource> decodeEach(Reader yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.decodeEach(() -> factory.createParser(yaml));
  }

  @Override
  public Stream<DecodedResource> decodeEach(InputStream yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return engine.decodeEach(() -> factory.createParser(yaml));
  }

  /** Streams from a parser this codec created; closing the stream closes the parser. */
  Stream<WorkloadEndpoint> stream(JsonParser parser) {
    return engine.stream(() -> parser);
  }

  /** The factory, for tests that need a parser of their own. */
  SafeYamlFactory factory() {
    return factory;
  }

  // ---------------------------------------------------------------- writing

  @Override
  public String write(WorkloadEndpoint wep) {
    return write(ResourceDocument.of(wep));
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
    return write(ResourceDocument.of(list));
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
    return writeDocuments(List.of(document));
  }

  @Override
  public void write(ResourceDocument document, Writer out) {
    writeDocuments(List.of(document), out);
  }

  @Override
  public void write(ResourceDocument document, OutputStream out) {
    writeDocuments(List.of(document), out);
  }

  @Override
  public String writePretty(WorkloadEndpoint wep) {
    return write(wep);
  }

  @Override
  public void writePretty(WorkloadEndpoint wep, Writer out) {
    write(wep, out);
  }

  @Override
  public void writePretty(WorkloadEndpoint wep, OutputStream out) {
    write(wep, out);
  }

  @Override
  public String writePretty(WorkloadEndpointList list) {
    return write(list);
  }

  @Override
  public void writePretty(WorkloadEndpointList list, Writer out) {
    write(list, out);
  }

  @Override
  public void writePretty(WorkloadEndpointList list, OutputStream out) {
    write(list, out);
  }

  @Override
  public String writePretty(ResourceDocument document) {
    return write(document);
  }

  @Override
  public void writePretty(ResourceDocument document, Writer out) {
    write(document, out);
  }

  @Override
  public void writePretty(ResourceDocument document, OutputStream out) {
    write(document, out);
  }

  @Override
  public String writeAll(Iterable<? extends WorkloadEndpoint> endpoints) {
    StringWriter out = new StringWriter();
    writeAll(endpoints, out);
    return out.toString();
  }

  @Override
  public void writeAll(Iterable<? extends WorkloadEndpoint> endpoints, Writer out) {
    Objects.requireNonNull(endpoints, "endpoints");
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

  @Override
  public void writeAll(Iterable<? extends WorkloadEndpoint> endpoints, OutputStream out) {
    Objects.requireNonNull(out, "out");
    writeAll(endpoints, utf8(out));
  }

  @Override
  public String writeDocuments(List<ResourceDocument> documents) {
    StringWriter out = new StringWriter(512 * Math.max(1, documents.size()));
    writeDocuments(documents, out);
    return out.toString();
  }

  @Override
  public void writeDocuments(List<ResourceDocument> documents, Writer out) {
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

  @Override
  public void writeDocuments(List<ResourceDocument> documents, OutputStream out) {
    Objects.requireNonNull(out, "out");
    writeDocuments(documents, utf8(out));
  }

  private static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
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

  /** Builds a {@link WorkloadEndpointYaml}. */
  public static final class Builder {
    private DecodeMode mode = DecodeMode.LENIENT;
    private Consumer<DecodeWarning> warningListener = IGNORE;
    private boolean keepPositions;
    private UnquotedScalars unquotedScalars = UnquotedScalars.LITERAL;
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
