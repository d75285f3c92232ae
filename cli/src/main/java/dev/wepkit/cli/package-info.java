// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * The {@code wepkit} command: picocli commands for validate, convert, from-pod, schema and the name
 * helpers. Run it as {@code java -jar wepkit.jar validate FILE}; the command line is the contract,
 * not these classes.
 *
 * @since 0.1.0
 */
package dev.wepkit.cli;
