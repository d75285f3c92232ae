// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * The WorkloadEndpoint model: immutable value types with builders, as Calico's Go types define
 * them.
 *
 * <pre>{@code
 * WorkloadEndpoint wep = WorkloadEndpoint.builder()
 *     .metadata(ObjectMeta.builder().name("node1-k8s-web-eth0").build())
 *     .spec(WorkloadEndpointSpec.builder().node("node1").interfaceName("cali0123456789a").build())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
package dev.wepkit;
