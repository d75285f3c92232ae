// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.UnquotedScalars;
import dev.wepkit.json.WorkloadEndpointJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What calicoctl stores from unquoted scalars, through the codecs: literal text by default with a
 * warning naming both texts, calicoctl's text on request. Expected values follow go-yaml v2's
 * resolver and sigs.k8s.io/yaml's string targets, worked out by hand.
 */
class UnquotedScalarsTest {
  private static String endpoint(String metadataExtra, String specExtra) {
    return "apiVersion: projectcalico.org/v3\n"
        + "kind: WorkloadEndpoint\n"
        + "metadata:\n"
        + "  name: node1-k8s-pod-eth0\n"
        + metadataExtra
        + "spec:\n"
        + "  node: node1\n"
        + specExtra;
  }

  private static final class Run {
    final List<DecodeWarning> warnings = new ArrayList<>();
    final WorkloadEndpoint wep;

    Run(String text, UnquotedScalars mode) {
      wep =
          WorkloadEndpointYaml.builder()
              .unquotedScalars(mode)
              .warningListener(warnings::add)
              .build()
              .read(text);
    }
  }

  @Test
  void aLabelValueKeepsItsTextByDefaultWithAWarningNamingCalicoctlsText() {
    Run run = new Run(endpoint("  labels:\n    version: 1.10\n", ""), UnquotedScalars.LITERAL);
    assertThat(run.wep.metadata().labels()).containsEntry("version", "1.10");
    assertThat(run.warnings).hasSize(1);
    DecodeWarning w = run.warnings.get(0);
    assertThat(w.kind()).isEqualTo(DecodeWarning.Kind.UNQUOTED_SCALAR);
    assertThat(w.path()).isEqualTo("metadata.labels[version]");
    assertThat(w.line()).isEqualTo(6);
    assertThat(w.message())
        .isEqualTo(
            "calicoctl stores the unquoted value 1.10 as \"1.1\": quote it to keep \"1.10\"");
  }

  @Test
  void asCalicoctlStoresWhatCalicoctlStores() {
    Run run =
        new Run(
            endpoint(
                "  labels:\n    a: 1.0\n    b: 010\n    c: yes\n    d: 0x1F\n    e: 1_000\n"
                    + "    f: \"1.0\"\n    g: !!str 010\n    h: eth0\n    i: Yes\n",
                "  endpoint: 1e3\n"),
            UnquotedScalars.AS_CALICOCTL);
    assertThat(run.wep.metadata().labels())
        .containsEntry("a", "1")
        .containsEntry("b", "8")
        .containsEntry("c", "true")
        .containsEntry("d", "31")
        .containsEntry("e", "1000")
        .containsEntry("f", "1.0")
        .containsEntry("g", "010")
        .containsEntry("h", "eth0")
        .containsEntry("i", "true");
    assertThat(run.wep.spec().endpoint()).isEqualTo("1000");
    // a, b, c, d, e, i and the endpoint; not the quoted, tagged or plain-text ones.
    assertThat(run.warnings).hasSize(7);
  }

  @Test
  void theLongContainerIdBecomesAFloatThatCalicosRuleRejects() {
    String text = endpoint("", "  containerID: 1337495556942031415926535\n");
    assertThat(new Run(text, UnquotedScalars.LITERAL).wep.spec().containerID())
        .isEqualTo("1337495556942031415926535");
    assertThat(new Run(text, UnquotedScalars.AS_CALICOCTL).wep.spec().containerID())
        .isEqualTo("1.3374956e+24");
  }

  @Test
  void listItemsAndMapKeysAreConvertedToo() {
    Run run =
        new Run(
            endpoint("  labels:\n    1.0: a\n    true: b\n", "  profiles:\n  - 010\n  - kns.x\n"),
            UnquotedScalars.AS_CALICOCTL);
    assertThat(run.wep.metadata().labels()).containsEntry("1", "a").containsEntry("true", "b");
    assertThat(run.wep.spec().profiles()).containsExactly("8", "kns.x");
  }

  @Test
  void aNullKeyIsRefusedByCalicoctlAndOnlyWarnedAboutByDefault() {
    String text = endpoint("  labels:\n    ~: a\n", "");
    Run literal = new Run(text, UnquotedScalars.LITERAL);
    assertThat(literal.warnings)
        .extracting(DecodeWarning::message)
        .anyMatch(m -> m.contains("null map key"));
    List<DecodedResource> strictly =
        WorkloadEndpointYaml.builder()
            .unquotedScalars(UnquotedScalars.AS_CALICOCTL)
            .build()
            .decodeAll(text);
    assertThat(strictly.get(0).isOk()).isFalse();
    assertThat(strictly.get(0).failure().get().problem()).contains("null map key");
  }

  @Test
  void inATopLevelSequenceCalicoctlConvertsNothingAndRefusesNumbersInStringFields() {
    String seq =
        "- " + endpoint("", "  endpoint: 1.10\n").replace("\n", "\n  ").stripTrailing() + "\n";
    List<DecodedResource> asCalicoctl =
        WorkloadEndpointYaml.builder()
            .unquotedScalars(UnquotedScalars.AS_CALICOCTL)
            .build()
            .decodeAll(seq);
    assertThat(asCalicoctl.get(0).isOk()).isFalse();
    assertThat(asCalicoctl.get(0).failure().get().problem())
        .startsWith("calicoctl refuses the unquoted value 1.10 here");
    List<DecodedResource> literal = WorkloadEndpointYaml.create().decodeAll(seq);
    assertThat(literal.get(0).endpoint().get().spec().endpoint()).isEqualTo("1.10");
    assertThat(literal.get(0).warnings())
        .extracting(DecodeWarning::message)
        .anyMatch(m -> m.startsWith("calicoctl refuses the unquoted value 1.10 here"));
    // The same document on its own (or in a WorkloadEndpointList) is converted as usual.
    assertThat(
            new Run(endpoint("", "  endpoint: 1.10\n"), UnquotedScalars.AS_CALICOCTL)
                .wep
                .spec()
                .endpoint())
        .isEqualTo("1.1");
  }

  @Test
  void kindAndApiVersionAreNeverConverted() {
    List<DecodeWarning> warnings = new ArrayList<>();
    WorkloadEndpointYaml.builder()
        .unquotedScalars(UnquotedScalars.AS_CALICOCTL)
        .warningListener(warnings::add)
        .build()
        .decodeAll("apiVersion: 1.0\nkind: WorkloadEndpoint\n");
    assertThat(warnings).isEmpty();
  }

  @Test
  void jsonNumbersAndBooleansInStringFieldsAreConvertedAsCalicoctlReadsJsonAsYaml() {
    String json =
        "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\","
            + "\"metadata\":{\"name\":\"n\",\"labels\":{\"a\":1.0,\"b\":true,\"c\":\"1.0\",\"d\":123}}}";
    List<DecodeWarning> warnings = new ArrayList<>();
    WorkloadEndpoint wep =
        WorkloadEndpointJson.builder()
            .unquotedScalars(UnquotedScalars.AS_CALICOCTL)
            .warningListener(warnings::add)
            .build()
            .read(json);
    assertThat(wep.metadata().labels())
        .containsEntry("a", "1")
        .containsEntry("b", "true")
        .containsEntry("c", "1.0")
        .containsEntry("d", "123");
    // Only a: true and 123 are stored as written.
    assertThat(warnings).hasSize(1);
  }
}
