// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One document of an input, in the shape it had: a single {@link WorkloadEndpoint}, a {@link
 * WorkloadEndpointList}, or a top-level array of those (which calicoctl also accepts).
 *
 * <p>Writing a document back keeps its shape, so converting a list gives a list.
 *
 * <pre>{@code
 * for (ResourceDocument doc : json.readDocuments(text)) {
 *   for (WorkloadEndpoint wep : doc.endpoints()) {
 *     System.out.println(wep.metadata().name());
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ResourceDocument {
  /** The shape of a document. */
  public enum Shape {
    /** One WorkloadEndpoint. */
    ENDPOINT,
    /** A WorkloadEndpointList. */
    LIST,
    /** A top-level array whose elements are endpoints or lists. */
    ARRAY
  }

  private final Shape shape;
  private final WorkloadEndpoint endpoint;
  private final WorkloadEndpointList list;
  private final List<ResourceDocument> elements;

  private ResourceDocument(
      Shape shape,
      WorkloadEndpoint endpoint,
      WorkloadEndpointList list,
      List<ResourceDocument> elements) {
    this.shape = shape;
    this.endpoint = endpoint;
    this.list = list;
    this.elements = elements;
  }

  /**
   * A document holding one endpoint.
   *
   * @param endpoint the endpoint
   * @return the document
   */
  public static ResourceDocument of(WorkloadEndpoint endpoint) {
    return new ResourceDocument(
        Shape.ENDPOINT, Objects.requireNonNull(endpoint, "endpoint"), null, List.of());
  }

  /**
   * A document holding a list.
   *
   * @param list the list
   * @return the document
   */
  public static ResourceDocument of(WorkloadEndpointList list) {
    return new ResourceDocument(Shape.LIST, null, Objects.requireNonNull(list, "list"), List.of());
  }

  /**
   * A document that is a top-level array.
   *
   * @param elements endpoint or list documents (not arrays)
   * @return the document
   * @throws IllegalArgumentException if an element is itself an array
   */
  public static ResourceDocument ofArray(List<ResourceDocument> elements) {
    for (ResourceDocument element : elements) {
      if (element.shape == Shape.ARRAY) {
        throw new IllegalArgumentException("an array document cannot hold another array");
      }
    }
    return new ResourceDocument(Shape.ARRAY, null, null, List.copyOf(elements));
  }

  /**
   * The shape.
   *
   * @return the shape
   */
  public Shape shape() {
    return shape;
  }

  /**
   * The endpoint of an {@link Shape#ENDPOINT} document.
   *
   * @return the endpoint
   * @throws IllegalStateException for another shape
   */
  public WorkloadEndpoint endpoint() {
    if (shape != Shape.ENDPOINT) {
      throw new IllegalStateException("this document is a " + shape + ", not an ENDPOINT");
    }
    return endpoint;
  }

  /**
   * The list of a {@link Shape#LIST} document.
   *
   * @return the list
   * @throws IllegalStateException for another shape
   */
  public WorkloadEndpointList list() {
    if (shape != Shape.LIST) {
      throw new IllegalStateException("this document is a " + shape + ", not a LIST");
    }
    return list;
  }

  /**
   * The elements of an {@link Shape#ARRAY} document.
   *
   * @return the elements; empty for other shapes
   */
  public List<ResourceDocument> elements() {
    return elements;
  }

  /**
   * Every endpoint of the document, in order, lists and arrays flattened.
   *
   * @return the endpoints
   */
  public List<WorkloadEndpoint> endpoints() {
    switch (shape) {
      case ENDPOINT:
        return Collections.singletonList(endpoint);
      case LIST:
        return list.items();
      default:
        List<WorkloadEndpoint> all = new ArrayList<>();
        for (ResourceDocument element : elements) {
          all.addAll(element.endpoints());
        }
        return Collections.unmodifiableList(all);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResourceDocument)) {
      return false;
    }
    ResourceDocument d = (ResourceDocument) o;
    return shape == d.shape
        && Objects.equals(endpoint, d.endpoint)
        && Objects.equals(list, d.list)
        && elements.equals(d.elements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shape, endpoint, list, elements);
  }

  @Override
  public String toString() {
    switch (shape) {
      case ENDPOINT:
        return endpoint.toString();
      case LIST:
        return list.toString();
      default:
        return elements.toString();
    }
  }
}
