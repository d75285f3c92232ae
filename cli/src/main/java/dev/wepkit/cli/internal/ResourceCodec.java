// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.json.WorkloadEndpointJson;
import dev.wepkit.yaml.WorkloadEndpointYaml;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;

/**
 * The codecs the commands use: everything is read through the YAML codec (which also reads JSON,
 * and applies the YAML safety limits), and written as calicoctl writes it.
 */
public final class ResourceCodec {
  private final WorkloadEndpointYaml reader;
  private final WorkloadEndpointYaml yaml = WorkloadEndpointYaml.create();
  private final WorkloadEndpointJson json = WorkloadEndpointJson.create();

  public ResourceCodec(boolean strict, Consumer<DecodeWarning> warnings) {
    this.reader =
        WorkloadEndpointYaml.builder()
            .mode(strict ? DecodeMode.STRICT : DecodeMode.LENIENT)
            .warningListener(warnings)
            .build();
  }

  /** Reads every document of an input in its shape; the stream is not closed. */
  public List<ResourceDocument> readDocuments(InputStream in) {
    return reader.readDocuments(in);
  }

  /** Writes documents as YAML, one {@code ---} document each, keys sorted as calicoctl does. */
  public void writeYaml(List<ResourceDocument> documents, Writer out) {
    yaml.writeDocuments(documents, out);
  }

  /** Writes one document as indented JSON in Go's field order. */
  public void writeJson(ResourceDocument document, Writer out) {
    json.writePretty(document, out);
  }
}
