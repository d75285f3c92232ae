// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * The YAML factory of a codec: parsers are {@link SafeYamlParser}s reading through a {@link
 * BoundedStreamReader}, generators write calicoctl's style.
 */
final class SafeYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  private final transient YamlLimits limits;

  private SafeYamlFactory(YAMLFactoryBuilder builder, YamlLimits limits) {
    super(builder);
    this.limits = limits;
  }

  static SafeYamlFactory create(YamlLimits limits) {
    LoaderOptions loader = new LoaderOptions();
    // A backstop only: BoundedStreamReader refuses a long document first, as it is read.
    loader.setCodePointLimit(limits.maxDocumentCodePoints());
    // Jackson's own depth check, kept just above ours so that ours (with its message) fires first.
    int jacksonDepth =
        limits.maxNestingDepth() == Integer.MAX_VALUE
            ? Integer.MAX_VALUE
            : Math.max(limits.maxNestingDepth() + 1, StreamReadConstraints.DEFAULT_MAX_DEPTH);
    YAMLFactoryBuilder builder =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(jacksonDepth).build())
            // An empty plain scalar is null, as YAML says; '' stays an empty string.
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            // Callers own the streams they pass in.
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // calicoctl's output style: no "---" before a single document, plain scalars where
            // safe, quotes where a YAML 1.1 reader would see another type, no folded lines,
            // sequences at their parent's indentation, literal blocks for multi-line text.
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.INDENT_ARRAYS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .stringQuotingChecker(YamlQuoting.INSTANCE);
    return new SafeYamlFactory(builder, limits);
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
    return parser(ctxt, _createReader(in, null, ctxt));
  }

  @Override
  protected YAMLParser _createParser(Reader r, IOContext ctxt) {
    return parser(ctxt, r);
  }

  @Override
  protected YAMLParser _createParser(
      char[] data, int offset, int len, IOContext ctxt, boolean recyclable) {
    return parser(ctxt, new CharArrayReader(data, offset, len));
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt)
      throws IOException {
    return parser(ctxt, _createReader(data, offset, len, null, ctxt));
  }

  @Override
  protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
    return new CalicoctlYamlGenerator(
        ctxt,
        _generatorFeatures,
        _yamlGeneratorFeatures,
        _quotingChecker,
        _objectCodec,
        out,
        _version);
  }

  private YAMLParser parser(IOContext ctxt, Reader reader) {
    ParserImpl events = new ParserImpl(new BoundedStreamReader(reader, limits), _loaderOptions);
    return new SafeYamlParser(
        ctxt, _parserFeatures, _yamlParserFeatures, _objectCodec, reader, events, limits);
  }
}
