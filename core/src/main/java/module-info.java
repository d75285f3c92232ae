// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * wepkit core: the WorkloadEndpoint model, the name helpers, the format-neutral codec engine and
 * the JSON codec.
 *
 * <p>Packages: {@code dev.wepkit} (the model), {@code dev.wepkit.names} (Calico's names, interface
 * names, labels and profiles), {@code dev.wepkit.codec} (what the JSON and YAML codecs share:
 * decode modes, warnings, documents and the decode exception), {@code dev.wepkit.json} (the JSON
 * codec and the Jackson module).
 */
module dev.wepkit {
  // The model exposes Jackson trees for unknown fields, so users need databind too.
  requires transitive com.fasterxml.jackson.databind;
  // Immutables' annotations are needed to compile, never at run time.
  requires static org.immutables.value.annotations;

  exports dev.wepkit;
  exports dev.wepkit.codec;
  exports dev.wepkit.json;
  exports dev.wepkit.names;
  // The project's Immutables style and Go's address engine, shared with wepkit's own modules.
  exports dev.wepkit.internal to
      dev.wepkit.validation,
      dev.wepkit.kubernetes,
      dev.wepkit.testing;
  // The streaming engine both formats are thin façades over.
  exports dev.wepkit.codec.internal to
      dev.wepkit.yaml;
}
