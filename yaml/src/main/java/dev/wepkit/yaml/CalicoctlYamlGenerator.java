// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.Writer;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Jackson's YAML generator with two corrections for string values: multi-line text holding a
 * character a literal block would not keep exactly (a YAML 1.1 line break such as NEL, a control
 * character) is double-quoted with escapes instead of written as a literal block; and a lone UTF-16
 * surrogate, which no UTF-8 document can hold, is written as U+FFFD, as Go's encoding/json does.
 */
final class CalicoctlYamlGenerator extends YAMLGenerator {
  CalicoctlYamlGenerator(
      IOContext ctxt,
      int jsonFeatures,
      int yamlFeatures,
      StringQuotingChecker quotingChecker,
      ObjectCodec codec,
      Writer out,
      DumperOptions.Version version)
      throws IOException {
    super(ctxt, jsonFeatures, yamlFeatures, quotingChecker, codec, out, version);
  }

  @Override
  public void writeString(String value) throws IOException {
    String text = value == null ? null : replaceLoneSurrogates(value);
    if (text != null && text.indexOf('\n') >= 0 && YamlQuoting.hasSpecialCharacters(text, true)) {
      _verifyValueWrite("write String value");
      _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
      return;
    }
    super.writeString(text);
  }

  static String replaceLoneSurrogates(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lone;
      if (Character.isHighSurrogate(c)) {
        lone = i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!lone) {
          if (out != null) {
            out.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        lone = Character.isLowSurrogate(c);
      }
      if (lone && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(lone ? '\uFFFD' : c);
      }
    }
    return out == null ? s : out.toString();
  }
}
