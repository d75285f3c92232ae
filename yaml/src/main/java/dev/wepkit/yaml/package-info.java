// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * The YAML codec for WorkloadEndpoints: {@link dev.wepkit.yaml.WorkloadEndpointYaml} reads what
 * {@code calicoctl create -f} reads (multi-document streams, lists, sequences, YAML or JSON) and
 * writes what {@code calicoctl get -o yaml} prints, within the safety limits of {@link
 * dev.wepkit.yaml.YamlLimits}.
 *
 * <p>The shared types ({@link dev.wepkit.codec.ResourceDocument}, {@link
 * dev.wepkit.codec.DecodeMode}, {@link dev.wepkit.codec.DecodeWarning} and {@link
 * dev.wepkit.codec.WorkloadEndpointDecodeException}) live with the JSON codec in the core module.
 */
package dev.wepkit.yaml;
