// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.UnquotedScalars;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.internal.CodecEngine;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Documents of any kind (Pod manifests, Namespaces, policies) read as Jackson trees through the
 * same hardened parser as the WorkloadEndpoint codec: the same safety limits, no type tags turned
 * into objects, numbers exact as written, failures as {@link WorkloadEndpointDecodeException} with
 * their reason and position. JSON is YAML here, as for the codec.
 *
 * <pre>{@code
 * for (YamlTrees.Document d : YamlTrees.create().readAll(in)) {
 *   System.out.println(d.index() + " at line " + d.line() + ": " + d.tree().path("kind").asText());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class YamlTrees {
  /** One non-empty document of the input. */
  public static final class Document {
    private final int index;
    private final int line;
    private final int column;
    private final JsonNode tree;

    Document(int index, int line, int column, JsonNode tree) {
      this.index = index;
      this.line = line;
      this.column = column;
      this.tree = tree;
    }

    /**
     * The 0-based index of the document in the stream, empty documents counted.
     *
     * @return the index
     */
    public int index() {
      return index;
    }

    /**
     * The 1-based line where the document's content starts.
     *
     * @return the line
     */
    public int line() {
      return line;
    }

    /**
     * The 1-based column where the document's content starts.
     *
     * @return the column
     */
    public int column() {
      return column;
    }

    /**
     * The document.
     *
     * @return the tree
     */
    public JsonNode tree() {
      return tree;
    }
  }

  private final SafeYamlFactory factory;
  private final CodecEngine engine;

  private YamlTrees(YamlLimits limits) {
    this.factory = SafeYamlFactory.create(limits);
    this.engine =
        new CodecEngine(
            DecodeMode.LENIENT,
            w -> {},
            true,
            YamlParserErrors.INSTANCE,
            p -> ((SafeYamlParser) p).documentIndex(),
            false,
            p -> ((SafeYamlParser) p).plainScalar(),
            UnquotedScalars.LITERAL);
  }

  /**
   * A reader with the default limits.
   *
   * @return the reader
   */
  public static YamlTrees create() {
    return new YamlTrees(YamlLimits.defaults());
  }

  /**
   * A reader with these limits.
   *
   * @param limits the limits
   * @return the reader
   */
  public static YamlTrees withLimits(YamlLimits limits) {
    return new YamlTrees(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads every non-empty document of the input; the stream is not closed.
   *
   * @param in YAML or JSON, UTF-8 (or UTF-16/32 with a byte order mark)
   * @return the documents in order, unmodifiable
   * @throws WorkloadEndpointDecodeException when the text is not YAML, a limit refuses it, or the
   *     stream fails
   */
  public List<Document> readAll(InputStream in) {
    Objects.requireNonNull(in, "in");
    return read(() -> factory.createParser(in));
  }

  /**
   * Reads every non-empty document of a text.
   *
   * @param text YAML or JSON
   * @return the documents in order, unmodifiable
   * @throws WorkloadEndpointDecodeException when the text is not YAML or a limit refuses it
   */
  public List<Document> readAll(String text) {
    Objects.requireNonNull(text, "text");
    return read(() -> factory.createParser(text));
  }

  private List<Document> read(CodecEngine.ParserSource source) {
    List<Document> documents = new ArrayList<>();
    engine.readTrees(
        source,
        (index, line, column, tree) -> documents.add(new Document(index, line, column, tree)));
    return Collections.unmodifiableList(documents);
  }
}
