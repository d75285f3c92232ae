// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * The {@code wepkit} command's plumbing: input files, one-line messages, JSON lines written with
 * Jackson's generator, and the reports of {@code validate} in each output format. Not exported:
 * only the commands in {@code dev.wepkit.cli} use it, and it may change in any release.
 */
package dev.wepkit.cli.internal;
