// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
/**
 * wepkit cli: the {@code wepkit} command (validate, convert, name, parse, matches, iface, from-pod,
 * schema, get, watch, select, policies). Run it with {@code java -jar cli/target/wepkit.jar}, or
 * {@code java -m dev.wepkit.cli} on the module path.
 */
module dev.wepkit.cli {
  requires dev.wepkit;
  requires dev.wepkit.validation;
  requires dev.wepkit.yaml;
  requires dev.wepkit.kubernetes;
  requires dev.wepkit.policy;
  requires info.picocli;
  // JSON lines and the SARIF report are written with Jackson's generator and trees.
  requires com.fasterxml.jackson.databind;

  exports dev.wepkit.cli;

  // dev.wepkit.cli.internal (plumbing: inputs, messages, reports) is not exported.

  // picocli binds options to the commands' fields by reflection.
  opens dev.wepkit.cli to
      info.picocli;
}
