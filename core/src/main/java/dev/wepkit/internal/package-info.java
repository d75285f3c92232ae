// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * Go's rules the model and the modules share: the address engine (net and netip parsing and
 * printing), Go's string helpers, the number-or-name type, and the project's Immutables style. Not
 * exported except to wepkit's own modules; it may change in any release.
 */
package dev.wepkit.internal;
