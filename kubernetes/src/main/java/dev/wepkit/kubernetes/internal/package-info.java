// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * Plumbing of the live-cluster client: fabric8 error translation, the CNI plugin's patch bodies,
 * field selectors and the watch machinery. Not exported; not part of the API.
 */
package dev.wepkit.kubernetes.internal;
