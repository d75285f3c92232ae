// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * Calico-parity validation of WorkloadEndpoints, and the parsers behind it.
 *
 * <p>{@link dev.wepkit.validation.WorkloadEndpointValidator} checks a resource with Calico's rules
 * and returns a {@link dev.wepkit.validation.ValidationResult} listing every {@link
 * dev.wepkit.validation.Violation}. The parsers it uses are public for callers' own fields: {@link
 * dev.wepkit.validation.IpAddresses}, {@link dev.wepkit.validation.Cidrs}, {@link
 * dev.wepkit.validation.MacAddresses}, and the name rules ({@link dev.wepkit.validation.DnsNames},
 * {@link dev.wepkit.validation.LabelKeys}, {@link dev.wepkit.validation.LabelValues}, {@link
 * dev.wepkit.validation.PortNames}, {@link dev.wepkit.validation.ContainerIds}, {@link
 * dev.wepkit.validation.InterfaceNameRule}, {@link dev.wepkit.validation.Protocols}). Each offers
 * {@code isValid}, which never throws and never touches DNS, and a {@code parse} or {@code
 * checkValid} that throws {@link java.lang.IllegalArgumentException} naming the bad input.
 */
package dev.wepkit.validation;
