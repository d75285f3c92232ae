// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static dev.wepkit.codec.internal.Fields.required;
import static dev.wepkit.codec.internal.Fields.string;

import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableIPNAT;
import java.util.Collections;
import java.util.List;

/** The fields of Calico's {@code IPNAT}. Neither has {@code omitempty}. */
public final class IpNatFields {
  private IpNatFields() {}

  /** The type. */
  public static final ModelType<IPNAT, ImmutableIPNAT.Builder> TYPE =
      ModelType.of(
          "IPNAT",
          IPNAT.class,
          "a NAT mapping",
          IPNAT::builder,
          (b, unknown) -> (unknown == null ? b : b.unknownFields(unknown)).build(),
          IPNAT::unknownFields,
          b -> b.internalIP("").externalIP("").unknownFields(Collections.emptyMap()),
          List.of(
              required(
                  "IP of the endpoint, one of ipNetworks. The schema does not check the address form: wepkit validate does.",
                  string("internalIP", IPNAT::internalIP, ImmutableIPNAT.Builder::internalIP)
                      .always()),
              required(
                  "IP the internal IP is reached at, of the same IP version. The schema does not check the address form: wepkit validate does.",
                  string("externalIP", IPNAT::externalIP, ImmutableIPNAT.Builder::externalIP)
                      .always())));
}
