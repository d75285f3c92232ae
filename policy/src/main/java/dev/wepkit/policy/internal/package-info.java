// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * The selector engine behind {@link dev.wepkit.policy.Selector}: tokenizer, parser and syntax tree.
 * Not part of the public API: it may change in any release.
 */
package dev.wepkit.policy.internal;
