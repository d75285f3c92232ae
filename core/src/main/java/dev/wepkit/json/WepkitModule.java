// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.wepkit.ImmutableWorkloadEndpoint;
import dev.wepkit.ImmutableWorkloadEndpointList;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.internal.ModelWriter;
import dev.wepkit.codec.internal.ParserErrors;
import dev.wepkit.codec.internal.ReadContext;
import dev.wepkit.codec.internal.ResourceReader;
import java.io.IOException;
import java.util.Objects;

/**
 * A Jackson {@link com.fasterxml.jackson.databind.Module} that binds {@link WorkloadEndpoint} and
 * {@link WorkloadEndpointList} with your own {@code ObjectMapper}, with the same rules as {@link
 * WorkloadEndpointJson}. It works with any Jackson format whose parser yields the usual tokens
 * (JSON, YAML, Smile, CBOR).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new WepkitModule());
 * WorkloadEndpoint wep = mapper.readValue(json, WorkloadEndpoint.class);
 * String out = mapper.writeValueAsString(wep);
 * }</pre>
 *
 * <p>Decode failures reach the caller as Jackson's {@link JsonMappingException}, whose cause is a
 * {@link WorkloadEndpointDecodeException} with the path, line and column.
 *
 * @since 0.1.0
 */
public final class WepkitModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module for lenient decoding. */
  public WepkitModule() {
    this(DecodeMode.LENIENT);
  }

  /**
   * Creates the module.
   *
   * @param mode the decode mode
   */
  public WepkitModule(DecodeMode mode) {
    super("wepkit", Version.unknownVersion());
    Objects.requireNonNull(mode, "mode");
    ModelWriter writer = ModelWriter.goOrder();
    addSerializer(WorkloadEndpoint.class, new EndpointSerializer(writer));
    addSerializer(WorkloadEndpointList.class, new ListSerializer(writer));
    EndpointDeserializer endpoints = new EndpointDeserializer(mode);
    ListDeserializer lists = new ListDeserializer(mode);
    addDeserializer(WorkloadEndpoint.class, endpoints);
    addDeserializer(ImmutableWorkloadEndpoint.class, widen(endpoints));
    addDeserializer(WorkloadEndpointList.class, lists);
    addDeserializer(ImmutableWorkloadEndpointList.class, widenList(lists));
  }

  @SuppressWarnings("unchecked")
  private static JsonDeserializer<ImmutableWorkloadEndpoint> widen(EndpointDeserializer d) {
    return (JsonDeserializer<ImmutableWorkloadEndpoint>) (JsonDeserializer<?>) d;
  }

  @SuppressWarnings("unchecked")
  private static JsonDeserializer<ImmutableWorkloadEndpointList> widenList(ListDeserializer d) {
    return (JsonDeserializer<ImmutableWorkloadEndpointList>) (JsonDeserializer<?>) d;
  }

  private static ResourceDocument readDocument(JsonParser p, DecodeMode mode)
      throws JsonMappingException {
    ReadContext ctx = new ReadContext(p, mode, w -> {});
    try {
      ResourceDocument document = ResourceReader.readDocument(ctx);
      if (document == null) {
        throw ctx.error("expected a resource but found null");
      }
      return document;
    } catch (IOException | RuntimeException e) {
      RuntimeException failure = ParserErrors.JSON.translate(e, ctx);
      throw JsonMappingException.from(p, failure.getMessage(), failure);
    }
  }

  private static final class EndpointSerializer extends JsonSerializer<WorkloadEndpoint> {
    private final ModelWriter writer;

    EndpointSerializer(ModelWriter writer) {
      this.writer = writer;
    }

    @Override
    public void serialize(WorkloadEndpoint value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      writer.write(g, value);
    }
  }

  private static final class ListSerializer extends JsonSerializer<WorkloadEndpointList> {
    private final ModelWriter writer;

    ListSerializer(ModelWriter writer) {
      this.writer = writer;
    }

    @Override
    public void serialize(WorkloadEndpointList value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      writer.write(g, value);
    }
  }

  private static final class EndpointDeserializer extends JsonDeserializer<WorkloadEndpoint> {
    private final DecodeMode mode;

    EndpointDeserializer(DecodeMode mode) {
      this.mode = mode;
    }

    @Override
    public WorkloadEndpoint deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      ResourceDocument document = readDocument(p, mode);
      if (document.shape() != ResourceDocument.Shape.ENDPOINT) {
        throw JsonMappingException.from(
            p, "expected one WorkloadEndpoint but found a " + document.shape());
      }
      return document.endpoint();
    }
  }

  private static final class ListDeserializer extends JsonDeserializer<WorkloadEndpointList> {
    private final DecodeMode mode;

    ListDeserializer(DecodeMode mode) {
      this.mode = mode;
    }

    @Override
    public WorkloadEndpointList deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      ResourceDocument document = readDocument(p, mode);
      if (document.shape() != ResourceDocument.Shape.LIST) {
        throw JsonMappingException.from(
            p, "expected a WorkloadEndpointList but found a " + document.shape());
      }
      return document.list();
    }
  }
}
