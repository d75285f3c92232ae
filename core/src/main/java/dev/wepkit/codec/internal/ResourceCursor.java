// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.SourcePositions;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.ToIntFunction;

/**
 * Pulls resources one at a time from any mix of root values (single resources, lists with their
 * {@code items} streamed, top-level arrays), each as a {@link DecodedResource}: the endpoint, or
 * its failure. A resource that cannot be bound is skipped to its end and reading goes on with the
 * next one; only a failure of the text itself (syntax, a limit, the stream) ends the input, as its
 * last result. Memory does not grow with the number of items: each one is bound, handed out and
 * forgotten.
 */
public final class ResourceCursor implements Iterator<DecodedResource> {
  private enum State {
    ROOT,
    ARRAY,
    OBJECT,
    ITEMS,
    DONE
  }

  private final ReadContext ctx;
  private final boolean multipleRoots;
  private final boolean allowGenericList;
  private final ParserErrors errors;
  private final ToIntFunction<JsonParser> documentIndex;
  private State state = State.ROOT;
  private int roots;
  private int count;
  private int document;
  private int elementIndex;
  private int itemIndex;
  private ResourceReader.Parts parts;
  private DecodedResource next;

  /**
   * Creates a cursor.
   *
   * @param ctx the decode context; its parser must not have been advanced yet
   * @param multipleRoots whether several root values (YAML documents) may follow each other
   * @param allowGenericList whether a Kubernetes {@code List} is read item by item, each item by
   *     its own kind (otherwise it is an unsupported resource)
   * @param errors turns parser failures into the library's exception
   * @param documentIndex the 0-based document the parser is in (YAML), for multiple roots
   */
  public ResourceCursor(
      ReadContext ctx,
      boolean multipleRoots,
      boolean allowGenericList,
      ParserErrors errors,
      ToIntFunction<JsonParser> documentIndex) {
    this.ctx = ctx;
    this.multipleRoots = multipleRoots;
    this.allowGenericList = allowGenericList;
    this.errors = errors;
    this.documentIndex = documentIndex;
  }

  @Override
  public boolean hasNext() {
    if (next == null && state != State.DONE) {
      try {
        next = advance();
      } catch (WorkloadEndpointDecodeException e) {
        next = fatal(e);
      } catch (IOException | RuntimeException e) {
        RuntimeException translated = errors.translate(e, ctx);
        next =
            fatal(
                translated instanceof WorkloadEndpointDecodeException
                    ? (WorkloadEndpointDecodeException) translated
                    : ioFailure(translated));
      }
    }
    return next != null;
  }

  @Override
  public DecodedResource next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    DecodedResource result = next;
    next = null;
    return result;
  }

  private DecodedResource advance() throws IOException {
    JsonParser p = ctx.parser;
    while (true) {
      switch (state) {
        case ROOT:
          {
            JsonToken token = p.nextToken();
            if (token == null) {
              state = State.DONE;
              return null;
            }
            if (roots > 0 && !multipleRoots) {
              state = State.DONE;
              return failedAt(
                  -1, ctx.error(Reason.SYNTAX, "unexpected content after the document"));
            }
            if (multipleRoots) {
              document = documentIndex.applyAsInt(p);
              ctx.documentIndex(document);
            }
            roots++;
            elementIndex = -1;
            if (token == JsonToken.START_OBJECT) {
              parts = ResourceReader.begin(ctx, ResourceReader.Place.ROOT, allowGenericList);
              state = State.OBJECT;
            } else if (token == JsonToken.START_ARRAY) {
              state = State.ARRAY;
              ctx.inTopLevelSequence(true);
            } else if (token == JsonToken.VALUE_NULL) {
              if (!multipleRoots) {
                return failedAt(-1, ctx.error("expected a resource but found null"));
              }
              // An empty YAML document: nothing between two separators, or only comments.
            } else {
              return failedAt(
                  -1,
                  ctx.error(
                      "expected a resource (an object) or a list of resources but found "
                          + ModelReader.describeValue(ctx)));
            }
            break;
          }
        case ARRAY:
          {
            JsonToken token = p.nextToken();
            if (token == JsonToken.END_ARRAY) {
              state = State.ROOT;
              ctx.inTopLevelSequence(false);
              break;
            }
            elementIndex++;
            if (token == JsonToken.START_OBJECT) {
              parts = ResourceReader.begin(ctx, ResourceReader.Place.ROOT, allowGenericList);
              state = State.OBJECT;
              break;
            }
            WorkloadEndpointDecodeException e =
                ctx.error(
                    "expected a resource (an object) but found " + ModelReader.describeValue(ctx));
            p.skipChildren();
            return failedAt(elementIndex, e);
          }
        case OBJECT:
          {
            ResourceReader.Parts resource = parts;
            try {
              if (ResourceReader.readFields(ctx, resource)) {
                state = State.ITEMS;
                itemIndex = -1;
                break;
              }
            } catch (WorkloadEndpointDecodeException e) {
              if (!e.reason().isRecoverable()) {
                throw e;
              }
              ctx.skipToEndOfValue(resource.outerDepth);
              ctx.closeScope(resource);
              state = afterObject();
              return failed(elementIndex, resource, null, e);
            }
            state = afterObject();
            if (resource.isList()) {
              try {
                // Items were already handed out; this checks the list's own fields.
                ResourceReader.finishList(ctx, resource, WorkloadEndpointList.builder());
              } catch (WorkloadEndpointDecodeException e) {
                return failed(elementIndex, resource, null, e);
              }
              if (resource.hasProblems()) {
                return failed(
                    elementIndex,
                    resource,
                    null,
                    WorkloadEndpointDecodeException.of(resource.problems()));
              }
              break;
            }
            return finished(elementIndex, resource);
          }
        case ITEMS:
          {
            if (p.nextToken() == JsonToken.END_ARRAY) {
              state = State.OBJECT;
              break;
            }
            itemIndex++;
            ResourceReader.Parts item;
            try {
              item = ResourceReader.readItem(ctx, parts.itemPlace(), false);
            } catch (WorkloadEndpointDecodeException e) {
              if (!e.reason().isRecoverable()) {
                throw e;
              }
              return failedAt(itemIndex, e);
            }
            return finished(itemIndex, item);
          }
        default:
          return null;
      }
    }
  }

  /** Where reading goes once a root object or array element has ended. */
  private State afterObject() {
    return elementIndex >= 0 ? State.ARRAY : State.ROOT;
  }

  /** The result of a resource object whose fields have all been read. */
  private DecodedResource finished(int index, ResourceReader.Parts resource) {
    WorkloadEndpoint wep;
    try {
      wep = ResourceReader.finishEndpoint(ctx, resource);
    } catch (WorkloadEndpointDecodeException e) {
      return failed(index, resource, null, e);
    }
    if (resource.hasProblems()) {
      return failed(index, resource, wep, WorkloadEndpointDecodeException.of(resource.problems()));
    }
    int line = ReadContext.line(resource.start);
    return DecodedResource.ok(
            count++,
            documentIndex(),
            index,
            line,
            ReadContext.column(line, ReadContext.rawColumn(resource.start)),
            wep,
            resource.warnings())
        .withPositions(resource.positions());
  }

  private DecodedResource failed(
      int index,
      ResourceReader.Parts resource,
      WorkloadEndpoint partial,
      WorkloadEndpointDecodeException failure) {
    int line = resource == null ? failure.line() : ReadContext.line(resource.start);
    return DecodedResource.failed(
            count++,
            documentIndex(),
            index,
            line,
            resource == null
                ? failure.column()
                : ReadContext.column(line, ReadContext.rawColumn(resource.start)),
            resource == null ? null : resource.name(),
            partial,
            failure,
            resource == null ? List.of() : resource.warnings())
        .withPositions(resource == null ? SourcePositions.none() : resource.positions());
  }

  /** A value that is not a resource at all, placed where the failure is. */
  private DecodedResource failedAt(int index, WorkloadEndpointDecodeException failure) {
    return DecodedResource.failed(
        count++,
        documentIndex(),
        index,
        failure.line(),
        failure.column(),
        null,
        null,
        failure,
        List.of());
  }

  /** The last result: the text cannot be read on. */
  private DecodedResource fatal(WorkloadEndpointDecodeException failure) {
    state = State.DONE;
    return DecodedResource.failed(
        count++,
        Math.max(0, failure.documentIndex()),
        -1,
        failure.line(),
        failure.column(),
        null,
        null,
        failure,
        List.of());
  }

  private WorkloadEndpointDecodeException ioFailure(RuntimeException e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    return new WorkloadEndpointDecodeException(
        Reason.IO,
        "cannot read the input: " + cause.getMessage(),
        "",
        null,
        -1,
        -1,
        ctx.documentIndex(),
        cause);
  }

  private int documentIndex() {
    return multipleRoots ? Math.max(0, document) : 0;
  }
}
