// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static dev.wepkit.codec.internal.Fields.doc;
import static dev.wepkit.codec.internal.Fields.envelope;
import static dev.wepkit.codec.internal.Fields.envelopeList;
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
                  envelope(ResourceKey.KIND, WorkloadEndpoint::kind)),
              doc(
                  "API group and version of the resource: projectcalico.org/v3.",
                  envelope(ResourceKey.API_VERSION, WorkloadEndpoint::apiVersion)),
              doc(
                  "Name, namespace, labels and annotations of the endpoint.",
                  envelope(
                      ResourceKey.METADATA, ObjectMetaFields.TYPE, WorkloadEndpoint::metadata)),
              required(
                  "The endpoint: its workload, node, interfaces, addresses and ports.",
                  envelope(ResourceKey.SPEC, SpecFields.TYPE, WorkloadEndpoint::spec))));

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
                  envelope(ResourceKey.KIND, WorkloadEndpointList::kind)),
              doc(
                  "API group and version of the resource: projectcalico.org/v3.",
                  envelope(ResourceKey.API_VERSION, WorkloadEndpointList::apiVersion)),
              doc(
                  "Metadata of the list: its version and continue token.",
                  envelope(
                      ResourceKey.METADATA, ListMetaFields.TYPE, WorkloadEndpointList::metadata)),
              doc(
                  "The endpoints of the list. An item may leave out kind and apiVersion.",
                  envelopeList(ResourceKey.ITEMS, ENDPOINT, WorkloadEndpointList::items))));

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
