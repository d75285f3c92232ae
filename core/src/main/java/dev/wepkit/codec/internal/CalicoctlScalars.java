// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import java.util.Optional;

/**
 * What calicoctl stores when an unquoted, untagged YAML scalar is bound to a Go string.
 *
 * <p>calicoctl reads YAML with {@code sigs.k8s.io/yaml}: go-yaml v2 first resolves each plain
 * scalar ({@link GoYamlScalar}), and before the result is turned into JSON, a boolean or number
 * whose Go target is a string (a string field, a value of a {@code map[string]string} such as
 * {@code labels} or {@code annotations}, an item of a {@code []string} such as {@code ipNetworks}
 * or {@code profiles}) is replaced by Go's text for it:
 *
 * <ul>
 *   <li>booleans: {@code true} or {@code false} ({@code yes}, {@code on}, {@code Y} and {@code
 *       True} are all {@code true});
 *   <li>integers: decimal ({@code 010} is {@code 8}, {@code 0x1F} is {@code 31}, {@code +1} is
 *       {@code 1}, {@code 1_000} is {@code 1000}, {@code -0} is {@code 0}), unsigned up to {@code
 *       18446744073709551615};
 *   <li>floats, including integers too large for 64 bits: {@code strconv.FormatFloat(f, 'g', -1,
 *       32)}, the shortest text of the nearest {@code float32} ({@link GoFloatFormat}): {@code 1.0}
 *       is {@code 1}, {@code 1.10} is {@code 1.1}, {@code 1337495556942031415926535} is {@code
 *       1.3374956e+24}, {@code 1e300} is {@code +Inf}, {@code -1e-50} is {@code -0}, {@code .nan}
 *       is {@code NaN};
 *   <li>null ({@code ~}, {@code null}, {@code Null}, {@code NULL}): JSON {@code null}, which leaves
 *       a string field empty and makes a map value or a list item the empty string.
 * </ul>
 *
 * <p>Map keys are converted the same way for every map, with two differences: a float key that is
 * infinite or NaN becomes {@code .inf}, {@code -.inf} or {@code .nan}, and calicoctl refuses the
 * whole document for a null key or one above {@code int64}'s range ({@link #refusedKey}).
 *
 * <p>Only targets that are strings are converted: in a top-level YAML sequence of resources (whose
 * items calicoctl's converter sees untyped) and in {@code kind} and {@code apiVersion} (fields of
 * an inlined struct), a number or boolean stays one and the JSON decoder then refuses it.
 *
 * <pre>{@code
 * CalicoctlScalars.storedValue("1.10");   // Optional["1.1"]
 * CalicoctlScalars.storedValue("yes");    // Optional["true"]
 * CalicoctlScalars.storedValue("eth0");   // Optional.empty(): stored as written
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CalicoctlScalars {
  private CalicoctlScalars() {}

  /**
   * What calicoctl stores for a plain scalar bound to a Go string, when it is not the text as
   * written.
   *
   * @param plainScalarText the scalar's text, written without quotes and without a tag
   * @return the stored text, or empty when calicoctl stores {@code plainScalarText} itself; for
   *     null scalars the empty string (except for the empty text, which is stored as itself)
   */
  public static Optional<String> storedValue(String plainScalarText) {
    return differing(plainScalarText, valueText(GoYamlScalar.resolve(plainScalarText)));
  }

  /**
   * What calicoctl uses as a map key written as a plain scalar, when it is not the text as written.
   * Call {@link #refusedKey} first: a refused key has no stored form.
   *
   * @param plainKeyText the key's text, written without quotes and without a tag
   * @return the key calicoctl uses, or empty when it uses {@code plainKeyText} itself or refuses
   *     the key
   */
  public static Optional<String> storedKey(String plainKeyText) {
    GoYamlScalar scalar = GoYamlScalar.resolve(plainKeyText);
    switch (scalar.kind()) {
      case NULL:
      case UINT:
        return Optional.empty();
      case FLOAT:
        // Go's text for the float32, with YAML's names for the three values that are not numbers
        // (a float64 too large for a float32 is infinite only once formatted).
        String text = GoFloatFormat.formatG(scalar.floatValue(), 32);
        text = "+Inf".equals(text) ? ".inf" : "-Inf".equals(text) ? "-.inf" : text;
        text = "NaN".equals(text) ? ".nan" : text;
        return differing(plainKeyText, text);
      default:
        return differing(plainKeyText, valueText(scalar));
    }
  }

  /**
   * Why calicoctl refuses a map key written as a plain scalar, if it does. It refuses null keys and
   * integer keys above {@code 9223372036854775807} (go-yaml reads them as {@code uint64}, which the
   * converter has no case for), and {@code <<}, which go-yaml reads as a merge key that needs a map
   * as its value.
   *
   * @param plainKeyText the key's text, written without quotes and without a tag
   * @return the reason, or empty when calicoctl accepts the key
   */
  public static Optional<String> refusedKey(String plainKeyText) {
    if ("<<".equals(plainKeyText)) {
      return Optional.of("calicoctl reads an unquoted << key as a YAML merge key");
    }
    GoYamlScalar scalar = GoYamlScalar.resolve(plainKeyText);
    switch (scalar.kind()) {
      case NULL:
        return Optional.of(
            "calicoctl refuses a null map key (unquoted '" + plainKeyText + "'): quote it");
      case UINT:
        return Optional.of(
            "calicoctl refuses an unquoted integer map key above 9223372036854775807: quote it");
      default:
        return Optional.empty();
    }
  }

  /** Go's text for a resolved scalar bound to a string. */
  private static String valueText(GoYamlScalar scalar) {
    switch (scalar.kind()) {
      case NULL:
        return "";
      case BOOL:
        return scalar.bool() ? "true" : "false";
      case INT:
        return Long.toString(scalar.integer());
      case UINT:
        return Long.toUnsignedString(scalar.integer());
      case FLOAT:
        return GoFloatFormat.formatG(scalar.floatValue(), 32);
      default:
        return null;
    }
  }

  private static Optional<String> differing(String written, String stored) {
    return stored == null || stored.equals(written) ? Optional.empty() : Optional.of(stored);
  }
}
