// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static dev.wepkit.codec.internal.Fields.doc;
import static dev.wepkit.codec.internal.Fields.string;
import static dev.wepkit.codec.internal.Fields.untyped;

import dev.wepkit.ImmutableListMeta;
import dev.wepkit.ListMeta;
import java.util.List;

/** The fields of Kubernetes' {@code ListMeta}, in Go struct order. */
public final class ListMetaFields {
  private ListMetaFields() {}

  /** The type. */
  public static final ModelType<ListMeta, ImmutableListMeta.Builder> TYPE =
      ModelType.of(
          "ListMeta",
          ListMeta.class,
          "list metadata",
          ListMeta::builder,
          (b, unknown) -> (unknown == null ? b : b.unknownFields(unknown)).build(),
          ListMeta::unknownFields,
          null,
          List.of(
              doc("Kept as written; Calico ignores it.", untyped("selfLink")),
              doc(
                  "Version of the list as it was read.",
                  string(
                      "resourceVersion",
                      ListMeta::resourceVersion,
                      ImmutableListMeta.Builder::resourceVersion)),
              // "continue" is a Java keyword.
              doc(
                  "Token to read the next page of a long list.",
                  string(
                          "continue",
                          ListMeta::continueToken,
                          ImmutableListMeta.Builder::continueToken)
                      .storedIn("continueToken")),
              doc("Kept as written; Calico ignores it.", untyped("remainingItemCount"))));
}
