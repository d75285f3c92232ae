// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Pulls WorkloadEndpoints one at a time from any mix of root values: single resources, lists (their
 * {@code items} streamed) and top-level arrays. Memory does not grow with the number of items: each
 * one is bound, handed out and forgotten.
 */
public final class ResourceIterator implements Iterator<WorkloadEndpoint> {
  private enum State {
    ROOT,
    ARRAY,
    OBJECT,
    ITEMS,
    DONE
  }

  private final ReadContext ctx;
  private final boolean multipleRoots;
  private final ParserErrors errors;
  private State state = State.ROOT;
  private boolean inArray;
  private int roots;
  private ResourceReader.Parts parts;
  private WorkloadEndpoint next;

  /**
   * Creates an iterator.
   *
   * @param ctx the decode context; its parser must not have been advanced yet
   * @param multipleRoots whether several root values (YAML documents) may follow each other
   * @param errors turns parser failures into the library's exception
   */
  public ResourceIterator(ReadContext ctx, boolean multipleRoots, ParserErrors errors) {
    this.ctx = ctx;
    this.multipleRoots = multipleRoots;
    this.errors = errors;
  }

  @Override
  public boolean hasNext() {
    if (next == null && state != State.DONE) {
      try {
        next = advance();
      } catch (WorkloadEndpointDecodeException e) {
        state = State.DONE;
        throw e;
      } catch (IOException | RuntimeException e) {
        state = State.DONE;
        throw errors.translate(e, ctx);
      }
    }
    return next != null;
  }

  @Override
  public WorkloadEndpoint next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    WorkloadEndpoint result = next;
    next = null;
    return result;
  }

  private WorkloadEndpoint advance() throws IOException {
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
              throw ctx.error("unexpected content after the document");
            }
            if (multipleRoots) {
              ctx.documentIndex(roots);
            }
            roots++;
            if (token == JsonToken.START_OBJECT) {
              parts = ResourceReader.begin(ctx, true);
              inArray = false;
              state = State.OBJECT;
            } else if (token == JsonToken.START_ARRAY) {
              state = State.ARRAY;
            } else if (token != JsonToken.VALUE_NULL) {
              throw ctx.error(
                  "expected a resource (an object) or a list of resources but found "
                      + ModelReader.describeValue(ctx));
            }
            break;
          }
        case ARRAY:
          {
            JsonToken token = p.nextToken();
            if (token == JsonToken.END_ARRAY) {
              state = State.ROOT;
            } else if (token == JsonToken.START_OBJECT) {
              parts = ResourceReader.begin(ctx, true);
              inArray = true;
              state = State.OBJECT;
            } else {
              throw ctx.error(
                  "expected a resource (an object) but found " + ModelReader.describeValue(ctx));
            }
            break;
          }
        case OBJECT:
          if (ResourceReader.readFields(ctx, parts)) {
            state = State.ITEMS;
            break;
          }
          state = inArray ? State.ARRAY : State.ROOT;
          if (parts.isList()) {
            // Items were already handed out; this checks kind and apiVersion.
            ResourceReader.finishList(ctx, parts, WorkloadEndpointList.builder());
            break;
          }
          return ResourceReader.finishEndpoint(ctx, parts, false);
        case ITEMS:
          if (p.nextToken() == JsonToken.END_ARRAY) {
            state = State.OBJECT;
            break;
          }
          return ResourceReader.readItem(ctx);
        default:
          return null;
      }
    }
  }
}
