// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wepkit.Protocol;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Calico's numorstring protocol JSON decoding vectors: every entry of kind ProtocolJSONDecode in
 * every conformance file is decoded as a port's protocol.
 */
class ProtocolJsonConformanceTest {
  private static final String PREFIX =
      "{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"WorkloadEndpoint\","
          + "\"spec\":{\"ports\":[{\"protocol\":";

  @TestFactory
  Stream<DynamicTest> protocolVectors() throws IOException, URISyntaxException {
    List<JsonNode> vectors = new ArrayList<>();
    Path dir = Path.of(getClass().getResource("/conformance").toURI());
    ObjectMapper mapper = new ObjectMapper();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path file : files) {
        for (JsonNode entry : mapper.readTree(file.toFile())) {
          if (entry.path("kind").asText().equals("ProtocolJSONDecode")) {
            vectors.add(entry);
          }
        }
      }
    }
    assertThat(vectors).isNotEmpty();
    WorkloadEndpointJson json = WorkloadEndpointJson.create();
    return vectors.stream()
        .map(
            v ->
                DynamicTest.dynamicTest(
                    v.get("id").asText(),
                    () -> {
                      String text = PREFIX + v.get("json").asText() + "}]}}";
                      JsonNode expected = v.get("expected");
                      if (expected.isTextual() && expected.asText().equals("decode-error")) {
                        assertThatThrownBy(() -> json.read(text))
                            .isInstanceOf(WorkloadEndpointDecodeException.class);
                        return;
                      }
                      Protocol protocol = json.read(text).spec().ports().get(0).protocol();
                      if (expected.get("type").asText().equals("number")) {
                        assertThat(protocol.number()).hasValue(expected.get("value").asInt());
                        // Numbers are written back as JSON numbers.
                        assertThat(json.write(json.read(text)))
                            .contains("\"protocol\":" + expected.get("value").asInt() + ",");
                      } else {
                        assertThat(protocol.isNumber()).isFalse();
                        assertThat(protocol.text()).isEqualTo(expected.get("value").asText());
                      }
                    }));
  }
}
