// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code -o} formats of {@code get} and {@code select}, with calicoctl's spellings: {@code
 * table} (calicoctl's {@code ps}), {@code wide}, {@code yaml} (or {@code yml}), {@code json}.
 */
enum OutputFormat {
  TABLE,
  WIDE,
  YAML,
  JSON;

  /** Reads the names in any case, and calicoctl's synonyms. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "table":
        case "ps":
          return TABLE;
        case "wide":
          return WIDE;
        case "yaml":
        case "yml":
          return YAML;
        case "json":
          return JSON;
        default:
          throw new TypeConversionException(
              "unknown output format '" + value + "': expected table, wide, yaml or json");
      }
    }
  }
}
