// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Whether the scalar (or key) the parser is on was written plain: unquoted and untagged, the
 * scalars go-yaml resolves to booleans, numbers or null before calicoctl binds them. JSON's only
 * plain scalars are its numbers and booleans; YAML's parser remembers each scalar's style.
 */
@FunctionalInterface
public interface ScalarStyle {
  /** JSON: numbers and booleans are plain, strings and keys are quoted. */
  ScalarStyle JSON =
      p -> {
        JsonToken token = p.currentToken();
        return token == JsonToken.VALUE_NUMBER_INT
            || token == JsonToken.VALUE_NUMBER_FLOAT
            || token == JsonToken.VALUE_TRUE
            || token == JsonToken.VALUE_FALSE;
      };

  /**
   * Whether the current scalar token or field name was written plain.
   *
   * @param parser the parser, on a scalar or a field name
   * @return true when unquoted and untagged
   */
  boolean isPlain(JsonParser parser);
}
