// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * The format-neutral streaming engine both codecs are façades over: the field descriptors of each
 * model type, the reader and writer that loop over them, the per-decode context. Not exported
 * except to the YAML module; it may change in any release.
 */
package dev.wepkit.codec.internal;
