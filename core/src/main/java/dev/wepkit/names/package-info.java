// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * Calico's naming rules for WorkloadEndpoints: deriving, parsing and matching names ({@link
 * dev.wepkit.names.WorkloadEndpointNames}), host-side interface names ({@link
 * dev.wepkit.names.InterfaceNames}), the {@code projectcalico.org/*} labels ({@link
 * dev.wepkit.names.CalicoLabels}) and the {@code kns.}/{@code ksa.} profiles ({@link
 * dev.wepkit.names.CalicoProfiles}), all following libcalico-go exactly.
 */
package dev.wepkit.names;
