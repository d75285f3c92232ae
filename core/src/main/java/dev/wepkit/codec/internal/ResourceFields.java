// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static dev.wepkit.codec.internal.Fields.doc;
import static dev.wepkit.codec.internal.Fields.envelope;
import static dev.wepkit.codec.internal.Fields.required;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import java.util.List;

/**
 * The two resource types, {@code WorkloadEndpoint} and {@code WorkloadEndpointList}: their fields
 * in Go order, none {@code omitempty} ({@code metadata} and {@code spec} are structs in Go, and a
 * list always prints its {@code items}). They are written by {@link ModelWriter} like any type but
 * read by {@link ResourceReader}, which streams a list's items.
 */
public final class ResourceFields {
  private ResourceFields() {}

  /** {@code WorkloadEndpoint}. */
  public static final ModelType<WorkloadEndpoint, Void> ENDPOINT =
      ModelType.of(
          "WorkloadEndpoint",
          WorkloadEndpoint.class,
          "a WorkloadEndpoint",
          () -> null,
          (b, unknown) -> {
            throw new IllegalStateException("resources are read by ResourceReader");
          },
          WorkloadEndpoint::unknownFields,
          null,
          List.of(
              doc(
                  "Type of the resource: WorkloadEndpoint.",
                  envelope(
                      ResourceKey.KIND,
                      ValueKind.STRING,
                      null,
                      (g, v, w) -> g.writeString(v.kind()))),
              doc(
                  "API group and version of the resource: projectcalico.org/v3.",
                  envelope(
                      ResourceKey.API_VERSION,
                      ValueKind.STRING,
                      null,
                      (g, v, w) -> g.writeString(v.apiVersion()))),
              doc(
                  "Name, namespace, labels and annotations of the endpoint.",
                  envelope(
                      ResourceKey.METADATA,
                      ValueKind.OBJECT,
                      ObjectMetaFields.TYPE,
                      (g, v, w) -> w.writeObject(g, ObjectMetaFields.TYPE, v.metadata()))),
              required(
                  "The endpoint: its workload, node, interfaces, addresses and ports.",
                  envelope(
                      ResourceKey.SPEC,
                      ValueKind.OBJECT,
                      SpecFields.TYPE,
                      (g, v, w) -> w.writeObject(g, SpecFields.TYPE, v.spec())))));

  /** {@code WorkloadEndpointList}. */
  public static final ModelType<WorkloadEndpointList, Void> LIST =
      ModelType.of(
          "WorkloadEndpointList",
          WorkloadEndpointList.class,
          "a WorkloadEndpointList",
          () -> null,
          (b, unknown) -> {
            throw new IllegalStateException("resources are read by ResourceReader");
          },
          WorkloadEndpointList::unknownFields,
          null,
          List.of(
              doc(
                  "Type of the resource: WorkloadEndpointList.",
                  envelope(
                      ResourceKey.KIND,
                      ValueKind.STRING,
                      null,
                      (g, v, w) -> g.writeString(v.kind()))),
              doc(
                  "API group and version of the resource: projectcalico.org/v3.",
                  envelope(
                      ResourceKey.API_VERSION,
                      ValueKind.STRING,
                      null,
                      (g, v, w) -> g.writeString(v.apiVersion()))),
              doc(
                  "Metadata of the list: its version and continue token.",
                  envelope(
                      ResourceKey.METADATA,
                      ValueKind.OBJECT,
                      ListMetaFields.TYPE,
                      (g, v, w) -> w.writeObject(g, ListMetaFields.TYPE, v.metadata()))),
              doc(
                  "The endpoints of the list. An item may leave out kind and apiVersion.",
                  envelope(
                      ResourceKey.ITEMS,
                      ValueKind.OBJECT_LIST,
                      ENDPOINT,
                      (g, v, w) -> w.writeObjectList(g, ENDPOINT, v.items())))));

  /**
   * Every model type, the resources first, each once.
   *
   * @return the types
   */
  public static List<ModelType<?, ?>> allTypes() {
    return List.of(
        ENDPOINT,
        LIST,
        ObjectMetaFields.TYPE,
        ListMetaFields.TYPE,
        SpecFields.TYPE,
        IpNatFields.TYPE,
        PortFields.TYPE,
        QosFields.TYPE);
  }
}
