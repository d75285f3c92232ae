package dev.wepkit.cli;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.json.DecodeMode;
import dev.wepkit.json.DecodeWarning;
import dev.wepkit.json.ResourceDocument;
import dev.wepkit.json.WorkloadEndpointJson;
import java.io.StringReader;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The codecs the commands use: everything is read through one reader (YAML, which also reads JSON),
 * and written as calicoctl writes it.
 */
final class ResourceCodec {
  /** The longest document read, in characters; longer ones are refused before parsing. */
  static final int MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

  private final WorkloadEndpointJson reader;
  private final WorkloadEndpointJson json = WorkloadEndpointJson.create();

  ResourceCodec(boolean strict, Consumer<DecodeWarning> warnings) {
    this.reader =
        WorkloadEndpointJson.builder()
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

  /** Writes documents as YAML, one per {@code ---} document. */
  void writeYaml(List<ResourceDocument> documents, Writer out) {
    throw new UnsupportedOperationException("YAML output needs the wepkit-yaml module");
  }

  /** Writes one document as indented JSON in Go's field order. */
  void writeJson(ResourceDocument document, Writer out) {
    json.write(document, out, true);
  }
}
