// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.ImmutableListMeta;
import dev.wepkit.ImmutableWorkloadEndpoint;
import dev.wepkit.ImmutableWorkloadEndpointList;
import dev.wepkit.ListMeta;
import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads whole resources: a WorkloadEndpoint, a WorkloadEndpointList, or a top-level array of them.
 *
 * <p>The fields of a resource object are read in a resumable loop ({@link #readFields}) that stops
 * at the {@code items} array of a list, so that the streaming iterator and the whole-document
 * readers share one implementation.
 */
public final class ResourceReader {
  /**
   * The endpoint with every attribute at its default; decoded endpoints are derived from it with
   * the withers, which allocate less than a builder (no map for unknown fields, no copy of one).
   */
  private static final ImmutableWorkloadEndpoint EMPTY_ENDPOINT =
      WorkloadEndpoint.builder().build();

  private ResourceReader() {}

  /** What has been read so far of one resource object. */
  static final class Parts {
    String apiVersion;
    String kind;
    JsonLocation kindLocation;
    JsonLocation apiVersionLocation;
    JsonLocation start;
    ObjectMeta objectMeta;
    ListMeta listMeta;
    WorkloadEndpointSpec spec;
    Map<String, JsonNode> unknown;
    long seen;
    boolean itemsSeen;
    final boolean allowItems;

    Parts(boolean allowItems) {
      this.allowItems = allowItems;
    }

    boolean isList() {
      return WorkloadEndpointList.KIND.equals(kind) || itemsSeen && kind == null;
    }

    boolean kindSaysList() {
      return WorkloadEndpointList.KIND.equals(kind);
    }
  }

  static Parts begin(ReadContext ctx, boolean allowItems) {
    Parts parts = new Parts(allowItems);
    parts.start = ctx.parser.currentTokenLocation();
    return parts;
  }

  /**
   * Reads fields of a resource object until its {@code items} array starts (returns true, parser on
   * the array's START_ARRAY) or the object ends (returns false, parser on END_OBJECT).
   */
  static boolean readFields(ReadContext ctx, Parts parts) throws IOException {
    JsonParser p = ctx.parser;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      ResourceKey key = ResourceKey.lookup(name);
      boolean itemsHere =
          key == ResourceKey.ITEMS && parts.allowItems && !WorkloadEndpoint.KIND.equals(parts.kind);
      boolean specHere = key == ResourceKey.SPEC && !parts.kindSaysList();
      if (key == null
          || key == ResourceKey.ITEMS && !itemsHere
          || key == ResourceKey.SPEC && !specHere) {
        if (ctx.strict()) {
          throw ctx.error("unknown field \"" + name + "\"");
        }
        if (parts.unknown == null) {
          parts.unknown = new LinkedHashMap<>();
        }
        if (parts.unknown.containsKey(name)) {
          ModelReader.duplicate(ctx, name);
        }
        p.nextToken();
        parts.unknown.put(name, ModelReader.readTree(ctx));
        continue;
      }
      long bit = 1L << key.ordinal();
      if ((parts.seen & bit) != 0) {
        ModelReader.duplicate(ctx, name);
      }
      parts.seen |= bit;
      p.nextToken();
      switch (key) {
        case KIND:
          // A location is only reported for a wrong value (see checkType). "WorkloadEndpoint" is
          // never wrong where it is read (finishList is only reached for another kind), nor is
          // the supported apiVersion, so the common case takes no location. The parser is still
          // on the value's token after readString.
          parts.kind = ModelReader.readString(ctx);
          parts.kindLocation =
              WorkloadEndpoint.KIND.equals(parts.kind) ? null : p.currentTokenLocation();
          break;
        case API_VERSION:
          parts.apiVersion = ModelReader.readString(ctx);
          parts.apiVersionLocation =
              WorkloadEndpoint.API_VERSION.equals(parts.apiVersion)
                  ? null
                  : p.currentTokenLocation();
          break;
        case METADATA:
          if (parts.isList()) {
            parts.listMeta =
                ModelReader.readObject(ctx, ListMetaFields.TYPE, ListMetaFields.TYPE.newTarget());
            parts.objectMeta = null;
          } else {
            parts.objectMeta = ModelReader.readObject(ctx, ObjectMetaFields.TYPE, ctx.metaState());
            parts.listMeta = null;
          }
          break;
        case SPEC:
          parts.spec = ModelReader.readObject(ctx, SpecFields.TYPE, SpecFields.TYPE.newTarget());
          break;
        case ITEMS:
          parts.itemsSeen = true;
          if (p.currentToken() == JsonToken.VALUE_NULL) {
            break;
          }
          if (p.currentToken() != JsonToken.START_ARRAY) {
            throw ctx.error(
                "expected a list of WorkloadEndpoints but found " + ModelReader.describeValue(ctx));
          }
          return true;
      }
    }
    return false;
  }

  /** Reads one list item (parser on its first token) as a WorkloadEndpoint. */
  static WorkloadEndpoint readItem(ReadContext ctx) throws IOException {
    if (ctx.parser.currentToken() != JsonToken.START_OBJECT) {
      throw ctx.error(
          "expected a WorkloadEndpoint (an object) but found " + ModelReader.describeValue(ctx));
    }
    Parts parts = begin(ctx, false);
    readFields(ctx, parts);
    return finishEndpoint(ctx, parts, true);
  }

  static WorkloadEndpoint finishEndpoint(ReadContext ctx, Parts parts, boolean item) {
    checkType(ctx, parts, WorkloadEndpoint.KIND, item);
    ImmutableWorkloadEndpoint wep = EMPTY_ENDPOINT;
    if (parts.objectMeta != null) {
      wep = wep.withMetadata(parts.objectMeta);
    }
    if (parts.spec != null) {
      wep = wep.withSpec(parts.spec);
    }
    if (parts.unknown != null) {
      wep = wep.withUnknownFields(parts.unknown);
    }
    return wep;
  }

  static WorkloadEndpointList finishList(
      ReadContext ctx, Parts parts, ImmutableWorkloadEndpointList.Builder list) {
    checkType(ctx, parts, WorkloadEndpointList.KIND, false);
    if (parts.spec != null) {
      // The spec was bound before the kind said "list"; dropping it silently would lose data.
      throw error(
          ctx,
          join(resourcePath(ctx), "spec"),
          parts.start,
          "a WorkloadEndpointList has no spec: put the endpoints under \"items\"");
    }
    if (parts.listMeta != null) {
      list.metadata(parts.listMeta);
    } else if (parts.objectMeta != null) {
      list.metadata(toListMeta(ctx, parts));
    }
    if (parts.unknown != null) {
      list.unknownFields(parts.unknown);
    }
    return list.build();
  }

  /**
   * Metadata read before the kind said "list" was bound as ObjectMeta: move what a ListMeta holds
   * and keep the rest as unknown fields (an error in strict mode).
   */
  private static ListMeta toListMeta(ReadContext ctx, Parts parts) {
    ObjectMeta meta = parts.objectMeta;
    ImmutableListMeta.Builder list = ListMeta.builder().resourceVersion(meta.resourceVersion());
    Map<String, JsonNode> unknown = new LinkedHashMap<>(meta.unknownFields());
    JsonNode token = unknown.remove("continue");
    if (token != null && token.isTextual()) {
      list.continueToken(token.asText());
    } else if (token != null) {
      unknown.put("continue", token);
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Map<String, JsonNode> moved = new LinkedHashMap<>();
    if (!meta.name().isEmpty()) {
      moved.put("name", nodes.textNode(meta.name()));
    }
    if (!meta.generateName().isEmpty()) {
      moved.put("generateName", nodes.textNode(meta.generateName()));
    }
    if (!meta.uid().isEmpty()) {
      moved.put("uid", nodes.textNode(meta.uid()));
    }
    meta.creationTimestamp().ifPresent(t -> moved.put("creationTimestamp", nodes.textNode(t)));
    if (!meta.labels().isEmpty()) {
      ObjectNode labels = nodes.objectNode();
      meta.labels().forEach(labels::put);
      moved.put("labels", labels);
    }
    if (!meta.annotations().isEmpty()) {
      ObjectNode annotations = nodes.objectNode();
      meta.annotations().forEach(annotations::put);
      moved.put("annotations", annotations);
    }
    for (String name : unknown.keySet()) {
      Field<ListMeta, ?> known = ListMetaFields.TYPE.lookup(name);
      if (known == null || known.kind() != ValueKind.UNTYPED) {
        moved.put(name, unknown.get(name));
      }
    }
    if (ctx.strict() && !moved.isEmpty()) {
      String first = moved.keySet().iterator().next();
      throw error(
          ctx,
          join(resourcePath(ctx), "metadata." + first),
          parts.start,
          "unknown field \"" + first + "\" in list metadata");
    }
    unknown.putAll(moved);
    return list.unknownFields(unknown).build();
  }

  private static void checkType(ReadContext ctx, Parts parts, String expectedKind, boolean item) {
    if (parts.apiVersion == null || parts.apiVersion.isEmpty()) {
      if (ctx.strict() && !item) {
        throw error(
            ctx,
            resourcePath(ctx),
            parts.start,
            "apiVersion is required: use \"" + WorkloadEndpoint.API_VERSION + "\"");
      }
    } else if (!WorkloadEndpoint.API_VERSION.equals(parts.apiVersion)) {
      throw error(
          ctx, join(resourcePath(ctx), "apiVersion"), parts.apiVersionLocation, unsupported(parts));
    }
    if (parts.kind == null || parts.kind.isEmpty()) {
      if (ctx.strict() && !item) {
        throw error(
            ctx, resourcePath(ctx), parts.start, "kind is required: use \"" + expectedKind + "\"");
      }
    } else if (!expectedKind.equals(parts.kind)) {
      if (WorkloadEndpoint.KIND.equals(parts.kind)
          || WorkloadEndpointList.KIND.equals(parts.kind)) {
        throw error(
            ctx,
            join(resourcePath(ctx), "kind"),
            parts.kindLocation,
            "expected kind \"" + expectedKind + "\" but found \"" + parts.kind + "\"");
      }
      throw error(ctx, join(resourcePath(ctx), "kind"), parts.kindLocation, unsupported(parts));
    }
  }

  private static String unsupported(Parts parts) {
    return "unsupported resource (apiVersion \""
        + (parts.apiVersion == null ? "" : parts.apiVersion)
        + "\", kind \""
        + (parts.kind == null ? "" : parts.kind)
        + "\"): wepkit reads apiVersion \""
        + WorkloadEndpoint.API_VERSION
        + "\" with kind \"WorkloadEndpoint\" or \"WorkloadEndpointList\"";
  }

  /**
   * The path of the resource being finished. Only called once its object has ended, when the
   * parser's context is the one the resource sits in ({@code ""}, {@code [2]}, {@code items[2]}),
   * so that no path is built for a resource that has no problem.
   */
  private static String resourcePath(ReadContext ctx) {
    return ReadContext.path(ctx.parser.getParsingContext());
  }

  private static String join(String prefix, String path) {
    return prefix.isEmpty() ? path : prefix + "." + path;
  }

  static WorkloadEndpointDecodeException error(
      ReadContext ctx, String path, JsonLocation location, String problem) {
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    return new WorkloadEndpointDecodeException(
        problem, path, line, column, ctx.documentIndex(), null);
  }

  // ---------------------------------------------------------------- whole documents

  /**
   * Reads one root value (parser on its first token) as a document.
   *
   * @param ctx the context
   * @return the document, or null for an empty document ({@code null})
   * @throws IOException from the parser
   */
  public static ResourceDocument readDocument(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.START_ARRAY) {
      List<ResourceDocument> elements = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw ctx.error(
              "expected a resource (an object) but found " + ModelReader.describeValue(ctx));
        }
        elements.add(readObjectDocument(ctx));
      }
      return ResourceDocument.ofArray(elements);
    }
    if (token != JsonToken.START_OBJECT) {
      throw ctx.error(
          "expected a resource (an object) or a list of resources but found "
              + ModelReader.describeValue(ctx));
    }
    return readObjectDocument(ctx);
  }

  private static ResourceDocument readObjectDocument(ReadContext ctx) throws IOException {
    Parts parts = begin(ctx, true);
    ImmutableWorkloadEndpointList.Builder list = null;
    while (readFields(ctx, parts)) {
      if (list == null) {
        list = WorkloadEndpointList.builder();
      } else {
        // A second "items" array: the last one wins, as for any duplicate key.
        list.items(List.of());
      }
      JsonParser p = ctx.parser;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.addItem(readItem(ctx));
      }
    }
    if (parts.isList()) {
      return ResourceDocument.of(
          finishList(ctx, parts, list == null ? WorkloadEndpointList.builder() : list));
    }
    return ResourceDocument.of(finishEndpoint(ctx, parts, false));
  }
}
