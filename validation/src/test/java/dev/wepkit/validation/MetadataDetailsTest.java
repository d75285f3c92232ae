// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ImmutableWorkloadEndpoint;
import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sentence of every metadata violation: object names (length in UTF-8 bytes, the pattern, the
 * name the identity check derives), labels, annotations (checked in lower case), the namespace, the
 * client's create and update rules and the derivation failures reported at spec fields.
 */
class MetadataDetailsTest {
  private static final WorkloadEndpointValidator PLAIN = WorkloadEndpointValidator.create();
  private static final WorkloadEndpointValidator IDENTITY =
      WorkloadEndpointValidator.builder().identityCheck(true).build();

  private static final String NAME_HINT =
      " (a name is a lower-case DNS subdomain: letters, digits, '-' and '.')";
  private static final String LABEL_KEY_HINT =
      " (a label key is an optional lower-case DNS prefix and '/', then a name of up to 63"
          + " characters)";
  private static final String LABEL_VALUE_HINT =
      " (a label value is empty, or up to 63 letters, digits, '-', '_' and '.')";
  private static final String ANNOTATION_HINT =
      " (annotation keys are checked in lower case, with the rules of label keys)";

  // node1 / k8s / pod1 / eth0 derive to this name.
  private static final String NAME = "node1-k8s-pod1-eth0";

  private static ImmutableObjectMeta meta(String name) {
    return ObjectMeta.builder().name(name).namespace("ns1").build();
  }

  private static ImmutableWorkloadEndpoint wep(ObjectMeta meta) {
    return WorkloadEndpoint.builder().metadata(meta).spec(SpecRulesTest.BASE).build();
  }

  private static Arguments name(String name, ViolationType type, String detail) {
    return arguments(name, Violation.of("metadata.name", type, name, detail));
  }

  static Stream<Arguments> objectNames() {
    String e = "\u00e9"; // two bytes in UTF-8
    return Stream.of(
        name(
            "test$set",
            ViolationType.INVALID,
            "contains '$': use only lower-case letters, digits, '-' and '.'" + NAME_HINT),
        name(
            "Node1-k8s",
            ViolationType.INVALID,
            "contains the upper-case letter 'N': use lower case" + NAME_HINT),
        name(
            "",
            ViolationType.INVALID,
            "a name is required: set the name Calico derives from the spec, or validate with the"
                + " identity check, which derives it as Calico's client does"),
        name(
            "x".repeat(254),
            ViolationType.TOO_LONG,
            "is too long by 1 bytes: a name has at most 253"),
        name(
            "X".repeat(300),
            ViolationType.TOO_LONG,
            "is too long by 47 bytes: a name has at most 253"),
        // 127 characters, 254 bytes: too long as Go counts.
        name(
            e.repeat(127),
            ViolationType.TOO_LONG,
            "is too long by 1 bytes: a name has at most 253"),
        name(
            "\u0080".repeat(127),
            ViolationType.TOO_LONG,
            "is too long by 1 bytes: a name has at most 253"),
        // 253 bytes: the length is fine, the characters are not.
        name(
            e.repeat(126) + "a",
            ViolationType.INVALID,
            "contains the non-ASCII character U+00E9: use only lower-case letters, digits, '-'"
                + " and '.'"
                + NAME_HINT));
  }

  @ParameterizedTest
  @MethodSource("objectNames")
  void objectNameSentences(String name, Violation expected) {
    assertThat(PLAIN.validate(meta(name)).errors()).containsExactly(expected);
  }

  @Test
  void theNameTheIdentityCheckDerivesIsCheckedAndSaysSo() {
    ValidationResult upper =
        IDENTITY.validate(wep(meta("")).withSpec(SpecRulesTest.BASE.withNode("Node1")));
    assertThat(upper.errors().get(0))
        .isEqualTo(
            Violation.of(
                "metadata.name",
                ViolationType.INVALID,
                "Node1-k8s-pod1-eth0",
                "the name derived from the spec contains the upper-case letter 'N': use lower"
                    + " case"
                    + NAME_HINT));

    // node1- (6) + k8s- (4) + 250 + -eth0 (5) = 265 bytes.
    String pod = "p".repeat(250);
    ValidationResult tooLong =
        IDENTITY.validate(wep(meta("")).withSpec(SpecRulesTest.BASE.withPod(pod)));
    assertThat(tooLong.errors()).hasSize(1);
    Violation v = tooLong.errors().get(0);
    assertThat(v.path()).isEqualTo("metadata.name");
    assertThat(v.type()).isEqualTo(ViolationType.TOO_LONG);
    assertThat(v.detail())
        .isEqualTo(
            "the name derived from the spec is too long by 12 bytes: a name has at most 253");
  }

  @Test
  void identityAndClientSentences() {
    assertThat(IDENTITY.validate(wep(meta(NAME).withNamespace(""))).errors())
        .containsExactly(
            Violation.of(
                "metadata.namespace",
                ViolationType.REQUIRED,
                null,
                "namespace is not specified on namespaced resource: WorkloadEndpoints live in a"
                    + " namespace"));
    assertThat(PLAIN.validateForUpdate(wep(meta(NAME))).errors())
        .containsExactly(
            Violation.of(
                "metadata.resourceVersion",
                ViolationType.REQUIRED,
                null,
                "field must be set for an Update request: use the resourceVersion of the stored"
                    + " object"),
            Violation.of(
                "metadata.uid",
                ViolationType.REQUIRED,
                null,
                "field must be set for an Update request: use the uid of the stored object"),
            Violation.of(
                "metadata.creationTimestamp",
                ViolationType.REQUIRED,
                null,
                "field must be set for an Update request: use the creationTimestamp of the stored"
                    + " object"));
  }

  @Test
  void derivationFailuresAreReportedAtTheSpecFieldWithoutAValue() {
    assertThat(IDENTITY.validate(wep(meta("")).withSpec(SpecRulesTest.BASE.withPod(""))).errors())
        .containsExactly(
            Violation.of(
                "spec.pod",
                ViolationType.REQUIRED,
                null,
                "field should be assigned: Calico derives the endpoint name from it"));
    assertThat(
            IDENTITY
                .validate(wep(meta(NAME)).withSpec(SpecRulesTest.BASE.withEndpoint("")))
                .errors())
        .containsExactly(
            Violation.of(
                "spec.endpoint",
                ViolationType.REQUIRED,
                null,
                "field should be assigned: Calico derives the endpoint name from it"));
  }

  private static Arguments label(
      String key, String value, ViolationType type, String shown, String detail) {
    return arguments(key, value, Violation.of("metadata.labels[" + key + "]", type, shown, detail));
  }

  static Stream<Arguments> labels() {
    String e = "\u00e9";
    return Stream.of(
        label(
            "b/c/d",
            "x",
            ViolationType.INVALID,
            "b/c/d",
            "the key has more than one '/'" + LABEL_KEY_HINT),
        label(
            "Calico.org/x",
            "x",
            ViolationType.INVALID,
            "Calico.org/x",
            "the prefix \"Calico.org\" must be a lower-case DNS subdomain: it contains the"
                + " upper-case letter 'C': use lower case"
                + LABEL_KEY_HINT),
        label(
            "app",
            "-",
            ViolationType.INVALID,
            "-",
            "the value must start with a letter or digit, not '-'" + LABEL_VALUE_HINT),
        label(
            "app",
            "y".repeat(64),
            ViolationType.TOO_LONG,
            "y".repeat(64),
            "the value is 64 bytes long; the limit is 63" + LABEL_VALUE_HINT),
        // 63 characters: the length is fine.
        label(
            "app",
            "-" + "a".repeat(62),
            ViolationType.INVALID,
            "-" + "a".repeat(62),
            "the value must start with a letter or digit, not '-'" + LABEL_VALUE_HINT),
        // 32 characters, 64 bytes.
        label(
            "app",
            e.repeat(32),
            ViolationType.TOO_LONG,
            e.repeat(32),
            "the value is 64 bytes long; the limit is 63" + LABEL_VALUE_HINT),
        // 32 characters, 63 bytes: the length is fine, the characters are not.
        label(
            "app",
            e.repeat(31) + "a",
            ViolationType.INVALID,
            e.repeat(31) + "a",
            "the value contains the non-ASCII character U+00E9: use only letters, digits, '-', '_'"
                + " and '.'"
                + LABEL_VALUE_HINT));
  }

  @ParameterizedTest
  @MethodSource("labels")
  void labelSentences(String key, String value, Violation expected) {
    assertThat(PLAIN.validate(meta("a").withLabels(Map.of(key, value))).errors())
        .containsExactly(expected);
    assertThat(PLAIN.validateLabels(Map.of(key, value)).errors()).containsExactly(expected);
  }

  @Test
  void aLabelWithABadKeyAndABadValueGetsBothKeyFirst() {
    assertThat(PLAIN.validateLabels(Map.of("a/b/c", "-")).errors())
        .containsExactly(
            Violation.of(
                "metadata.labels[a/b/c]",
                ViolationType.INVALID,
                "a/b/c",
                "the key has more than one '/'" + LABEL_KEY_HINT),
            Violation.of(
                "metadata.labels[a/b/c]",
                ViolationType.INVALID,
                "-",
                "the value must start with a letter or digit, not '-'" + LABEL_VALUE_HINT));
  }

  private static Arguments annotation(String key, String detail) {
    return arguments(
        key,
        Violation.of(
            "metadata.annotations[" + key + "]",
            ViolationType.INVALID,
            key,
            detail + ANNOTATION_HINT));
  }

  static Stream<Arguments> annotations() {
    return Stream.of(
        // Already lower case: the key as it is.
        annotation(
            "projectcalico.org$label",
            "the name contains '$': use only letters, digits, '-', '_' and '.'"),
        annotation("z/y/x", "the key has more than one '/'"),
        annotation("", "the name must not be empty"),
        // The sentence is about the lower-cased key, so upper case itself is never the problem.
        annotation(
            "Bad_Prefix.io/x",
            "the prefix \"bad_prefix.io\" must be a lower-case DNS subdomain: it contains '_': use"
                + " only lower-case letters, digits, '-' and '.'"),
        annotation(
            "A.b_c/x",
            "the prefix \"a.b_c\" must be a lower-case DNS subdomain: it contains '_': use only"
                + " lower-case letters, digits, '-' and '.'"),
        annotation(
            "Z.b_c/x",
            "the prefix \"z.b_c\" must be a lower-case DNS subdomain: it contains '_': use only"
                + " lower-case letters, digits, '-' and '.'"),
        annotation(
            "x.B_C/x",
            "the prefix \"x.b_c\" must be a lower-case DNS subdomain: it contains '_': use only"
                + " lower-case letters, digits, '-' and '.'"),
        // Non-ASCII letters are lowered too, as Go's strings.ToLower does.
        annotation(
            "\u00c9_x/y",
            "the prefix \"\u00e9_x\" must be a lower-case DNS subdomain: it contains the non-ASCII"
                + " character U+00E9: use only lower-case letters, digits, '-' and '.'"));
  }

  @ParameterizedTest
  @MethodSource("annotations")
  void annotationSentences(String key, Violation expected) {
    assertThat(PLAIN.validate(meta("a").withAnnotations(Map.of(key, "v"))).errors())
        .containsExactly(expected);
  }

  @Test
  void theAnnotationSizeLimitSaysByHowMuch() {
    // 1 + 262144 bytes.
    String value = "x".repeat(256 * 1024);
    assertThat(PLAIN.validate(meta("a").withAnnotations(Map.of("k", value))).errors())
        .containsExactly(
            Violation.of(
                "metadata.annotations",
                ViolationType.TOO_LONG,
                null,
                "total size of annotations is too large by 1 bytes: keys and values together may"
                    + " hold at most 262144 bytes"));
  }
}
