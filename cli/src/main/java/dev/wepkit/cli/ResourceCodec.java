// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import dev.wepkit.yaml.YamlLimits;
import java.io.StringReader;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The codecs the commands use: everything is read through the YAML codec (which also reads JSON,
 * and applies the YAML safety limits), and written as calicoctl writes it.
 */
final class ResourceCodec {
  /**
   * The longest document read, in characters: the YAML codec's own limit, applied while the
   * document is still being split off the input so that it is never held in memory whole.
   */
  static final int MAX_DOCUMENT_CHARS = YamlLimits.defaults().maxDocumentCodePoints();

  private final WorkloadEndpointYaml reader;
  private final WorkloadEndpointYaml yaml = WorkloadEndpointYaml.create();
  private final WorkloadEndpointJson json = WorkloadEndpointJson.create();

  ResourceCodec(boolean strict, Consumer<DecodeWarning> warnings) {
    this.reader =
        WorkloadEndpointYaml.builder()
            .mode(strict ? DecodeMode.STRICT : DecodeMode.LENIENT)
            .warningListener(warnings)
            .build();
  }

  /** Streams the endpoints of one document, binding each as it is reached. */
  Stream<WorkloadEndpoint> stream(String document) {
    return reader.stream(new StringReader(document));
  }

  /** Reads one document in its shape. */
  ResourceDocument read(String document) {
    return reader.readDocument(document);
  }

  /** Writes documents as YAML, one {@code ---} document each, keys sorted as calicoctl does. */
  void writeYaml(List<ResourceDocument> documents, Writer out) {
    yaml.writeDocuments(documents, out);
  }

  /** Writes one document as indented JSON in Go's field order. */
  void writeJson(ResourceDocument document, Writer out) {
    json.writePretty(document, out);
  }
}
