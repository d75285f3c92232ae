// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/** Helpers of the testing module. Not part of the public API: they may change in any release. */
package dev.wepkit.testing.internal;
