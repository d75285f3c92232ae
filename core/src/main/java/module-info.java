// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * wepkit core: the WorkloadEndpoint model, the name helpers and the JSON codec.
 *
 * <p>Packages: {@code dev.wepkit} (the model), {@code dev.wepkit.names} (Calico's names, interface
 * names, labels and profiles), {@code dev.wepkit.json} (the JSON codec and the Jackson module), {@code dev.wepkit.kubernetes}
 * (the WorkloadEndpoint Calico derives from a Kubernetes Pod).
 */
module dev.wepkit {
  // The model exposes Jackson trees for unknown fields, so users need databind too.
  requires transitive com.fasterxml.jackson.databind;
  // Immutables' annotations are needed to compile, never at run time.
  requires static org.immutables.value.annotations;

  exports dev.wepkit;
  exports dev.wepkit.json;
  exports dev.wepkit.names;
  exports dev.wepkit.kubernetes;
  // Go's address parsing, shared by the Pod conversion and the validation module.
  exports dev.wepkit.internal to
      dev.wepkit.validation;
  // The streaming reader and writer, shared with the YAML codec only.
  exports dev.wepkit.json.internal to
      dev.wepkit.yaml;
}
