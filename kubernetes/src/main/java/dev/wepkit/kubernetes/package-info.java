// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * Kubernetes Pods to Calico WorkloadEndpoints: {@link dev.wepkit.kubernetes.PodView} reads the
 * fields Calico uses from a Pod manifest (no Kubernetes client needed), {@link
 * dev.wepkit.kubernetes.PodViews} reads Pod lists, and {@link dev.wepkit.kubernetes.PodConversion}
 * derives the endpoint exactly as Calico's Kubernetes datastore driver does.
 */
package dev.wepkit.kubernetes;
