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
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads whole resources: a WorkloadEndpoint, a WorkloadEndpointList, or a top-level array of them.
 *
 * <p>The fields of a resource object are read in a resumable loop ({@link #readFields}) that stops
 * at the {@code items} array of a list, so that the streaming readers ({@link ResourceCursor}) and
 * the whole-document reader share one implementation. Problems that leave the text readable (a
 * value that cannot be bound, an unknown field or a duplicate key in strict mode) are recorded in
 * the resource's {@link ReadContext.Scope} and reading goes on; the resource fails at its end with
 * all of them. An apiVersion or kind that is not a v3 WorkloadEndpoint is reported before them,
 * alone: the rest of such a document means nothing to this reader.
 */
public final class ResourceReader {
  /** Kubernetes' generic list ({@code apiVersion: v1}), whose items carry their own kind. */
  static final String GENERIC_LIST_KIND = "List";

  static final String GENERIC_LIST_API_VERSION = "v1";

  /**
   * The endpoint with every attribute at its default; decoded endpoints are derived from it with
   * the withers, which allocate less than a builder (no map for unknown fields, no copy of one).
   */
  private static final ImmutableWorkloadEndpoint EMPTY_ENDPOINT =
      WorkloadEndpoint.builder().build();

  private ResourceReader() {}

  /** Where a resource object sits, which decides what its apiVersion and kind must be. */
  enum Place {
    /** A document, or an element of a top-level sequence: a WorkloadEndpoint or a list. */
    ROOT,
    /** An item of a WorkloadEndpointList: a WorkloadEndpoint, apiVersion and kind optional. */
    ENDPOINT_LIST_ITEM,
    /** An item of a Kubernetes {@code List}: it must say it is a WorkloadEndpoint. */
    GENERIC_LIST_ITEM
  }

  /** What has been read so far of one resource object. */
  static final class Parts extends ReadContext.Scope {
    final Place place;
    final boolean allowGenericList;
    String apiVersion;
    String kind;
    JsonLocation kindLocation;
    JsonLocation apiVersionLocation;

    /** Where the resource's object starts ({@link ReadContext#tokenStart}). */
    long start;

    /** The depth of the object holding this resource (the resource ends back at it). */
    int outerDepth;

    ObjectMeta objectMeta;
    ListMeta listMeta;
    WorkloadEndpointSpec spec;
    Map<String, JsonNode> unknown;

    /** The keys read, one bit per {@link ResourceKey} (five fit in a byte). */
    byte seen;

    boolean itemsSeen;

    /** Whether an {@code items} array has been read (and, when streaming, handed out). */
    boolean itemsRead;

    Parts(Place place, boolean allowGenericList, boolean keepPositions) {
      super(keepPositions);
      this.place = place;
      this.allowGenericList = allowGenericList;
    }

    boolean allowItems() {
      return place == Place.ROOT;
    }

    boolean isGenericList() {
      return allowGenericList && GENERIC_LIST_KIND.equals(kind);
    }

    boolean isList() {
      return WorkloadEndpointList.KIND.equals(kind) || itemsSeen && kind == null || isGenericList();
    }

    boolean kindSaysList() {
      return WorkloadEndpointList.KIND.equals(kind) || isGenericList();
    }

    /** The items' place, once {@link #readFields} has stopped at them. */
    Place itemPlace() {
      return isGenericList() ? Place.GENERIC_LIST_ITEM : Place.ENDPOINT_LIST_ITEM;
    }

    String name() {
      return objectMeta == null ? null : objectMeta.name();
    }
  }

  /**
   * Starts a resource object (parser on its START_OBJECT).
   *
   * @param allowGenericList whether a Kubernetes {@code List} is read item by item (otherwise it is
   *     an unsupported resource)
   */
  static Parts begin(ReadContext ctx, Place place, boolean allowGenericList) {
    Parts parts = new Parts(place, allowGenericList, ctx.keepsPositions());
    ctx.openScope(parts);
    parts.start = ctx.tokenStart();
    parts.outerDepth = ctx.depth() - 1;
    PositionTrail trail = ctx.trail();
    if (trail != null) {
      trail.mark(ReadContext.line(parts.start), ReadContext.rawColumn(parts.start));
    }
    return parts;
  }

  /**
   * Reads fields of a resource object until its {@code items} array starts (returns true, parser on
   * the array's START_ARRAY) or the object ends (returns false, parser on END_OBJECT).
   *
   * @throws WorkloadEndpointDecodeException with {@link Reason#UNSUPPORTED_RESOURCE} when items
   *     start in a resource whose apiVersion or kind is already known to be another one's
   */
  static boolean readFields(ReadContext ctx, Parts parts) throws IOException {
    JsonParser p = ctx.parser;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      ResourceKey key = ResourceKey.lookup(name);
      boolean itemsHere =
          key == ResourceKey.ITEMS
              && parts.allowItems()
              && !WorkloadEndpoint.KIND.equals(parts.kind);
      boolean specHere = key == ResourceKey.SPEC && !parts.kindSaysList();
      if (key == null
          || key == ResourceKey.ITEMS && !itemsHere
          || key == ResourceKey.SPEC && !specHere) {
        if (ctx.strict()) {
          ctx.record(ctx.error(Reason.UNKNOWN_FIELD, "unknown field \"" + name + "\""));
          p.nextToken();
          p.skipChildren();
          continue;
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
      int bit = 1 << key.ordinal();
      if ((parts.seen & bit) != 0) {
        ModelReader.duplicate(ctx, name);
      }
      parts.seen = (byte) (parts.seen | bit);
      int depth = ctx.depth();
      p.nextToken();
      if (key == ResourceKey.ITEMS) {
        parts.itemsSeen = true;
        if (p.currentToken() == JsonToken.VALUE_NULL) {
          continue;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
          ctx.recover(
              ctx.error(
                  "expected a list of WorkloadEndpoints but found "
                      + ModelReader.describeValue(ctx)),
              depth);
          continue;
        }
        if (parts.itemsRead) {
          // Items are handed out one by one as they are read, so a later "items" cannot replace
          // them as the last value of a duplicate key would: refused in every mode, and by every
          // way of reading, so that reading at once and item by item agree.
          throw ctx.error(
              Reason.DUPLICATE_KEY,
              "duplicate field \"items\": a list may have only one list of items");
        }
        checkListTypeBeforeItems(ctx, parts);
        parts.itemsRead = true;
        return true;
      }
      PositionTrail trail = ctx.trail();
      int back = 0;
      if (trail != null) {
        back = trail.enterField(key.wireName);
        trail.mark(p.currentTokenLocation());
      }
      try {
        readField(ctx, parts, key);
      } catch (WorkloadEndpointDecodeException e) {
        ctx.recover(e, depth);
      }
      if (trail != null) {
        trail.leave(back);
      }
    }
    return false;
  }

  private static void readField(ReadContext ctx, Parts parts, ResourceKey key) throws IOException {
    JsonParser p = ctx.parser;
    switch (key) {
      case KIND:
        // A location is only kept for a wrong value (see checkType): the common case takes none.
        // The parser is still on the value's token after readString.
        parts.kind = ModelReader.readTypeName(ctx);
        parts.kindLocation =
            WorkloadEndpoint.KIND.equals(parts.kind) ? null : p.currentTokenLocation();
        break;
      case API_VERSION:
        parts.apiVersion = ModelReader.readTypeName(ctx);
        parts.apiVersionLocation =
            WorkloadEndpoint.API_VERSION.equals(parts.apiVersion) ? null : p.currentTokenLocation();
        break;
      case METADATA:
        // A Kubernetes List's metadata is read as an endpoint's and converted at its end, like
        // metadata before any kind: only the last of repeated kinds says what the resource is, and
        // a List that turns out to be an endpoint must keep the metadata it has.
        if (parts.isList() && !parts.isGenericList()) {
          parts.listMeta =
              ModelReader.readObject(ctx, ListMetaFields.TYPE, ListMetaFields.TYPE.newTarget());
          parts.objectMeta = null;
        } else {
          // Before the kind, this may still be a list's metadata (see toListMeta).
          ctx.keepUnknownValues = (parts.kind == null || parts.isGenericList()) && ctx.strict();
          try {
            parts.objectMeta = ModelReader.readObject(ctx, ObjectMetaFields.TYPE, ctx.metaState());
          } finally {
            ctx.keepUnknownValues = false;
          }
          parts.listMeta = null;
        }
        break;
      case SPEC:
        parts.spec = ModelReader.readObject(ctx, SpecFields.TYPE, SpecFields.TYPE.newTarget());
        break;
      default:
        throw new IllegalStateException("items are read by the caller");
    }
  }

  /**
   * Items of a list whose kind or apiVersion already says it is not a WorkloadEndpointList (a
   * {@code PodList}, a legacy v1 list) are not read as endpoints: the list is refused once, as
   * calicoctl refuses a resource type it does not know.
   */
  private static void checkListTypeBeforeItems(ReadContext ctx, Parts parts) {
    if (parts.isGenericList()) {
      if (parts.apiVersion != null
          && !parts.apiVersion.isEmpty()
          && !GENERIC_LIST_API_VERSION.equals(parts.apiVersion)) {
        throw unsupported(ctx, parts, true);
      }
      return;
    }
    boolean kindOk = parts.kind == null || WorkloadEndpointList.KIND.equals(parts.kind);
    boolean versionOk =
        parts.apiVersion == null || WorkloadEndpoint.API_VERSION.equals(parts.apiVersion);
    if (!kindOk || !versionOk) {
      throw unsupported(ctx, parts, !versionOk);
    }
  }

  /**
   * Reads one list item (parser on its first token) as a WorkloadEndpoint, problems recorded in its
   * own scope.
   *
   * @throws WorkloadEndpointDecodeException (recoverable) when the item is not an object, or not a
   *     WorkloadEndpoint
   */
  static Parts readItem(ReadContext ctx, Place place, boolean allowGenericList) throws IOException {
    if (ctx.parser.currentToken() != JsonToken.START_OBJECT) {
      WorkloadEndpointDecodeException e =
          ctx.error(
              "expected a WorkloadEndpoint (an object) but found "
                  + ModelReader.describeValue(ctx));
      ctx.parser.skipChildren();
      throw e;
    }
    Parts parts = begin(ctx, place, allowGenericList);
    readFields(ctx, parts);
    return parts;
  }

  /**
   * Finishes an endpoint whose object has ended. Its problems stay in its scope ({@link
   * #throwProblems}); the scope is closed.
   *
   * @return the endpoint, every field that failed at its zero value
   * @throws WorkloadEndpointDecodeException (recoverable) when it is not a v3 WorkloadEndpoint
   */
  static WorkloadEndpoint finishEndpoint(ReadContext ctx, Parts parts) {
    try {
      if (parts.itemsRead) {
        // Its items came before its kind and were read as a list's: refused rather than dropped.
        ctx.record(
            ctx.error(
                "this WorkloadEndpoint has an \"items\" field before its kind, read as the items"
                    + " of a WorkloadEndpointList: a WorkloadEndpoint has no items (write kind"
                    + " first to keep them as an unknown field)"));
      }
      if (parts.listMeta != null) {
        // Read as a list's metadata under an earlier kind that a repeated kind then replaced.
        ctx.record(
            ctx.error(
                "kind is given more than once: the metadata was read as a"
                    + " WorkloadEndpointList's, but the last kind makes this a WorkloadEndpoint"));
      }
      checkType(ctx, parts, WorkloadEndpoint.KIND);
    } finally {
      ctx.closeScope(parts);
    }
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

  /**
   * Finishes a list whose object has ended (its items already read); the scope is closed.
   *
   * @throws WorkloadEndpointDecodeException (recoverable) when it is not a v3 WorkloadEndpointList
   */
  static WorkloadEndpointList finishList(
      ReadContext ctx, Parts parts, ImmutableWorkloadEndpointList.Builder list) {
    try {
      if (parts.isGenericList()) {
        if (parts.apiVersion != null
            && !parts.apiVersion.isEmpty()
            && !GENERIC_LIST_API_VERSION.equals(parts.apiVersion)) {
          throw unsupported(ctx, parts, true);
        }
      } else {
        checkType(ctx, parts, WorkloadEndpointList.KIND);
      }
      if (parts.spec != null) {
        // The spec was bound before the kind said "list"; dropping it silently would lose data.
        ctx.record(
            error(
                ctx,
                Reason.BINDING,
                join(resourcePath(ctx), "spec"),
                null,
                parts.start,
                "a WorkloadEndpointList has no spec: put the endpoints under \"items\""));
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
    } finally {
      ctx.closeScope(parts);
    }
  }

  /** Throws every problem recorded in a finished resource's scope, as one exception. */
  static void throwProblems(Parts parts) {
    if (parts.hasProblems()) {
      throw WorkloadEndpointDecodeException.of(parts.problems());
    }
  }

  /**
   * Metadata read before the kind said "list" was bound as ObjectMeta: move what a ListMeta holds
   * and keep the rest as unknown fields (each an error in strict mode).
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
    if (ctx.strict()) {
      // Read as ObjectMeta, every unknown field was recorded as unknown, at its own position; the
      // fields a ListMeta knows are not unknown after all.
      String metadata = join(resourcePath(ctx), "metadata.");
      if (parts.problems != null) {
        parts.problems.removeIf(
            p -> {
              if (p.reason() != Reason.UNKNOWN_FIELD
                  || p.path() == null
                  || !p.path().startsWith(metadata)) {
                return false;
              }
              String name = p.path().substring(metadata.length());
              return meta.unknownFields().containsKey(name) && !moved.containsKey(name);
            });
        if (parts.problems.isEmpty()) {
          parts.problems = null;
        }
      }
      for (String name : moved.keySet()) {
        if (meta.unknownFields().containsKey(name)) {
          // Unknown to ObjectMeta and to ListMeta: recorded when it was read.
          continue;
        }
        ctx.record(
            error(
                ctx,
                Reason.UNKNOWN_FIELD,
                join(resourcePath(ctx), "metadata." + name),
                null,
                parts.start,
                "unknown field \"" + name + "\" in list metadata"));
      }
    }
    unknown.putAll(moved);
    return list.unknownFields(unknown).build();
  }

  /**
   * Checks apiVersion and kind. Missing ones are recorded problems in strict mode at the top level
   * (an item of a WorkloadEndpointList may leave them out; an item of a generic List must say what
   * it is); a wrong one is thrown at once.
   */
  private static void checkType(ReadContext ctx, Parts parts, String expectedKind) {
    boolean needed = ctx.strict() && parts.place == Place.ROOT;
    if (parts.place == Place.GENERIC_LIST_ITEM && (parts.kind == null || parts.kind.isEmpty())) {
      throw error(
          ctx,
          Reason.UNSUPPORTED_RESOURCE,
          resourcePath(ctx),
          null,
          parts.start,
          "an item of a List needs a kind: wepkit reads items of kind \"WorkloadEndpoint\" with"
              + " apiVersion \""
              + WorkloadEndpoint.API_VERSION
              + "\"");
    }
    if (parts.apiVersion == null || parts.apiVersion.isEmpty()) {
      if (needed) {
        ctx.record(
            error(
                ctx,
                Reason.BINDING,
                resourcePath(ctx),
                null,
                parts.start,
                "apiVersion is required: use \"" + WorkloadEndpoint.API_VERSION + "\""));
      }
    } else if (!WorkloadEndpoint.API_VERSION.equals(parts.apiVersion)) {
      throw unsupported(ctx, parts, true);
    }
    if (parts.kind == null || parts.kind.isEmpty()) {
      if (needed) {
        ctx.record(
            error(
                ctx,
                Reason.BINDING,
                resourcePath(ctx),
                null,
                parts.start,
                "kind is required: use \"" + expectedKind + "\""));
      }
    } else if (!expectedKind.equals(parts.kind)) {
      if (WorkloadEndpoint.KIND.equals(parts.kind)
          || WorkloadEndpointList.KIND.equals(parts.kind)) {
        throw error(
            ctx,
            Reason.UNSUPPORTED_RESOURCE,
            join(resourcePath(ctx), "kind"),
            parts.kind,
            parts.kindLocation,
            "expected kind \"" + expectedKind + "\" but found \"" + parts.kind + "\"");
      }
      throw unsupported(ctx, parts, false);
    }
  }

  /** The resource is another kind of resource, named by the apiVersion (or the kind). */
  private static WorkloadEndpointDecodeException unsupported(
      ReadContext ctx, Parts parts, boolean atApiVersion) {
    String problem =
        "unsupported resource (apiVersion \""
            + (parts.apiVersion == null ? "" : parts.apiVersion)
            + "\", kind \""
            + (parts.kind == null ? "" : parts.kind)
            + "\"): wepkit reads apiVersion \""
            + WorkloadEndpoint.API_VERSION
            + "\" with kind \"WorkloadEndpoint\" or \"WorkloadEndpointList\"";
    return atApiVersion
        ? error(
            ctx,
            Reason.UNSUPPORTED_RESOURCE,
            join(resourcePath(ctx), "apiVersion"),
            parts.apiVersion,
            parts.apiVersionLocation,
            problem)
        : error(
            ctx,
            Reason.UNSUPPORTED_RESOURCE,
            join(resourcePath(ctx), "kind"),
            parts.kind,
            parts.kindLocation,
            problem);
  }

  /**
   * The path of the resource being finished. Only called once its object has ended (or at its
   * items), when the parser's context is the one the resource sits in ({@code ""}, {@code [2]},
   * {@code items[2]}), so that no path is built for a resource that has no problem.
   */
  private static String resourcePath(ReadContext ctx) {
    JsonParser p = ctx.parser;
    String path = ReadContext.path(p.getParsingContext());
    if (p.currentToken() == JsonToken.START_ARRAY) {
      // At a list's items: the context is the items array; the resource is its parent.
      int items = path.lastIndexOf("items");
      return items <= 0 ? "" : path.substring(0, items - 1);
    }
    return path;
  }

  private static String join(String prefix, String path) {
    return prefix.isEmpty() ? path : prefix + "." + path;
  }

  static WorkloadEndpointDecodeException error(
      ReadContext ctx,
      Reason reason,
      String path,
      String value,
      JsonLocation location,
      String problem) {
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    return new WorkloadEndpointDecodeException(
        reason, problem, path, value, line, column, ctx.documentIndex(), null);
  }

  /** As the other {@code error}, placed at a {@link ReadContext#tokenStart}. */
  static WorkloadEndpointDecodeException error(
      ReadContext ctx, Reason reason, String path, String value, long start, String problem) {
    return new WorkloadEndpointDecodeException(
        reason,
        problem,
        path,
        value,
        ReadContext.line(start),
        ReadContext.rawColumn(start),
        ctx.documentIndex(),
        null);
  }

  // ---------------------------------------------------------------- whole documents

  /**
   * Reads one root value (parser on its first token) as a document; any problem of any resource in
   * it is thrown.
   *
   * @param ctx the context
   * @return the document, or null for an empty document ({@code null})
   * @throws IOException from the parser
   */
  public static ResourceDocument readDocument(ReadContext ctx) throws IOException {
    return asDocument(readRoot(ctx));
  }

  /**
   * What {@link #readRoot} read, as a document.
   *
   * @param root an endpoint, a list, a document or null
   * @return the document, or null
   */
  static ResourceDocument asDocument(Object root) {
    if (root instanceof WorkloadEndpoint) {
      return ResourceDocument.of((WorkloadEndpoint) root);
    }
    if (root instanceof WorkloadEndpointList) {
      return ResourceDocument.of((WorkloadEndpointList) root);
    }
    return (ResourceDocument) root;
  }

  /**
   * Reads one root value as {@link #readDocument} does, but gives an object's resource as itself:
   * reading one endpoint then makes no document around it.
   *
   * @return the {@link WorkloadEndpoint} or {@link WorkloadEndpointList} of an object, the document
   *     of an array, or null for an empty document
   */
  static Object readRoot(ReadContext ctx) throws IOException {
    JsonParser p = ctx.parser;
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.START_ARRAY) {
      List<ResourceDocument> elements = new ArrayList<>();
      ctx.inTopLevelSequence(true);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw ctx.error(
              "expected a resource (an object) but found " + ModelReader.describeValue(ctx));
        }
        elements.add(asDocument(readObjectDocument(ctx)));
      }
      ctx.inTopLevelSequence(false);
      return ResourceDocument.ofArray(elements);
    }
    if (token != JsonToken.START_OBJECT) {
      throw ctx.error(
          "expected a resource (an object) or a list of resources but found "
              + ModelReader.describeValue(ctx));
    }
    return readObjectDocument(ctx);
  }

  /** Reads a root object: its WorkloadEndpoint or WorkloadEndpointList. */
  private static Object readObjectDocument(ReadContext ctx) throws IOException {
    Parts parts = begin(ctx, Place.ROOT, false);
    ImmutableWorkloadEndpointList.Builder list = null;
    while (readFields(ctx, parts)) {
      // readFields refuses a second "items" array.
      list = WorkloadEndpointList.builder();
      JsonParser p = ctx.parser;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Parts item = readItem(ctx, Place.ENDPOINT_LIST_ITEM, false);
        WorkloadEndpoint wep = finishEndpoint(ctx, item);
        throwProblems(item);
        list.addItem(wep);
      }
    }
    if (parts.isList()) {
      WorkloadEndpointList done =
          finishList(ctx, parts, list == null ? WorkloadEndpointList.builder() : list);
      throwProblems(parts);
      return done;
    }
    WorkloadEndpoint wep = finishEndpoint(ctx, parts);
    throwProblems(parts);
    return wep;
  }
}
