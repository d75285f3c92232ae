// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import dev.wepkit.ImmutableQoSControls;
import dev.wepkit.QoSControls;
import dev.wepkit.QoSLimit;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of Calico's {@code QoSControls}: the limits of {@link QoSLimit}, in its order, then
 * {@code dscp}; all {@code omitempty}.
 */
public final class QosFields {
  private QosFields() {}

  /** The type. */
  public static final ModelType<QoSControls, ImmutableQoSControls.Builder> TYPE =
      ModelType.of(
          "QoSControls",
          QoSControls.class,
          "qosControls",
          QoSControls::builder,
          (b, unknown) -> (unknown == null ? b : b.unknownFields(unknown)).build(),
          QoSControls::unknownFields,
          null,
          fields());

  private static List<Field<QoSControls, ImmutableQoSControls.Builder>> fields() {
    List<Field<QoSControls, ImmutableQoSControls.Builder>> fields = new ArrayList<>();
    for (QoSLimit limit : QoSLimit.values()) {
      fields.add(
          Fields.doc(describe(limit), Fields.int64(limit.wireName(), limit::get, limit::set)));
    }
    fields.add(
        Fields.doc(
            "DSCP value the workload's traffic is marked with: a number from 0 to 63 or a name"
                + " (DF, EF, AF11 to AF43, CS0 to CS6). Calico's validator does not check it:"
                + " wepkit validate warns.",
            Fields.dscp("dscp", QoSControls::dscp, ImmutableQoSControls.Builder::dscp)));
    return fields;
  }

  /** The limit's meaning, unit and documented range, which Calico does not enforce. */
  private static String describe(QoSLimit limit) {
    return limit.description()
        + ", in "
        + limit.unit()
        + "; 0 or absent when not set. Calico documents "
        + limit.min()
        + " to "
        + limit.max()
        + " but its validator does not check the range: wepkit validate warns.";
  }
}
