// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * wepkit validation: Calico-parity validation of WorkloadEndpoints and the public parsers behind it
 * (IP addresses, CIDRs, MACs, port names, protocols, DNS-1123 names, label keys and values).
 */
module dev.wepkit.validation {
  requires transitive dev.wepkit;

  exports dev.wepkit.validation;
}
