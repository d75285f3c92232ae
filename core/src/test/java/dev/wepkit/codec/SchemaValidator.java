// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** wepkit's schema loaded into networknt's validator, an implementation independent of ours. */
final class SchemaValidator {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Problems are named by JSON path ({@code $.spec.ports[0].port}), as wepkit names them. */
  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).build()));

  static final Schema SCHEMA = REGISTRY.getSchema(WorkloadEndpointSchema.json(), InputFormat.JSON);

  /** The draft 2020-12 meta-schema, which the validator ships. */
  static final Schema META_SCHEMA =
      REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  private SchemaValidator() {}

  /** The problems the schema finds in a JSON document, one line each; empty when it is valid. */
  static List<String> problems(String json) {
    return problems(tree(json), false);
  }

  /** The same, with {@code format} asserted (2020-12 makes it an annotation by default). */
  static List<String> problemsAssertingFormats(String json) {
    return problems(tree(json), true);
  }

  static List<String> problems(JsonNode document, boolean assertFormats) {
    List<Error> errors =
        SCHEMA.validate(
            document,
            context -> context.executionConfig(c -> c.formatAssertionsEnabled(assertFormats)));
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
