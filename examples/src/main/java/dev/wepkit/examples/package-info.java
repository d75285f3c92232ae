// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * Small runnable programs that show how to embed wepkit; each is run by a test.
 *
 * <pre>{@code
 * java -cp wepkit-examples.jar dev.wepkit.examples.BuildAndNameExample
 * }</pre>
 */
package dev.wepkit.examples;
