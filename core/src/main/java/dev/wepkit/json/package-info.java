// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * The JSON codec ({@link dev.wepkit.json.WorkloadEndpointJson}) and a Jackson module binding the
 * model with your own {@code ObjectMapper}.
 *
 * <pre>{@code
 * WorkloadEndpoint wep = WorkloadEndpointJson.create().read(json);
 * String out = WorkloadEndpointJson.create().write(wep);
 * }</pre>
 *
 * @since 0.1.0
 */
package dev.wepkit.json;
