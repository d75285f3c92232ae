// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * What the JSON and YAML codecs share: the codec interface, decode modes, warnings, documents,
 * per-resource results, positions, and the decode exception with its reason.
 *
 * <pre>{@code
 * for (DecodedResource r : WorkloadEndpointYaml.create().decodeAll(text)) {
 *   r.failure().ifPresent(e -> System.err.println(e.reason() + ": " + e.getMessage()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
package dev.wepkit.codec;
