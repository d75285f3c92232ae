// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * wepkit kubernetes: Calico's Kubernetes datastore for WorkloadEndpoints, the endpoints Calico
 * derives from Kubernetes Pods.
 */
module dev.wepkit.kubernetes {
  requires transitive dev.wepkit;
  // Pod manifests are read as Jackson trees.
  requires transitive com.fasterxml.jackson.databind;
  // Live clusters: fabric8 kubernetes-client and its Pod model (part of this module's API). The
  // jars carry no module names, so these are the names derived from their file names.
  requires transitive kubernetes.client.api;
  requires transitive kubernetes.model.core;
  requires transitive kubernetes.model.common;
  // Immutables' annotations are needed to compile, never at run time.
  requires static org.immutables.value.annotations;

  exports dev.wepkit.kubernetes;
}
