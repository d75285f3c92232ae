// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * wepkit YAML: the YAML codec for WorkloadEndpoints (multi-document streams, lists, constant-memory
 * streaming, safety limits, calicoctl-style output).
 */
module dev.wepkit.yaml {
  requires transitive dev.wepkit;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;

  exports dev.wepkit.yaml;
}
