// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

import dev.wepkit.codec.internal.JsonSchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of a {@code WorkloadEndpoint}, a {@code WorkloadEndpointList} or
 * an array of them, for editors and other validators. It ships in the core jar and is generated
 * from the same field list as the codecs, so that it names the same fields with the same types.
 *
 * <p>The schema accepts every document Calico accepts. It checks field names and types, the port
 * protocols, number ranges and the fields Calico requires; unknown fields are allowed, as the
 * {@link DecodeMode#LENIENT lenient} decoder keeps them ({@link DecodeMode#STRICT strict} decoding
 * refuses them). The rules inside strings (names, IP addresses and CIDRs, MACs, label keys) and
 * across fields are left to wepkit's validator: JSON Schema's {@code ipv4} and {@code ipv6} formats
 * do not describe Calico's IP-or-CIDR values.
 *
 * <pre>{@code
 * Files.writeString(Path.of("workloadendpoint.schema.json"), WorkloadEndpointSchema.json());
 * URI id = WorkloadEndpointSchema.uri();   // the schema's $id
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointSchema {
  private static final String TEXT = load();

  private WorkloadEndpointSchema() {}

  /**
   * The schema's text, as JSON.
   *
   * @return the schema
   */
  public static String json() {
    return TEXT;
  }

  /**
   * The schema's {@code $id}: the address of the published file, for {@code $schema} references.
   *
   * @return the URI
   */
  public static URI uri() {
    return URI.create(JsonSchemaGenerator.ID);
  }

  private static String load() {
    try (InputStream in =
        WorkloadEndpointSchema.class.getResourceAsStream(JsonSchemaGenerator.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the core jar has no " + JsonSchemaGenerator.RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
