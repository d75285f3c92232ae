// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static dev.wepkit.json.TestDocuments.wep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDecodeModesTest {
  private final List<DecodeWarning> warnings = new ArrayList<>();
  private final WorkloadEndpointJson lenient =
      WorkloadEndpointJson.builder().warningListener(warnings::add).build();
  private final WorkloadEndpointJson strict =
      WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).build();

  @Test
  void unknownFieldsAreKeptAtEveryLevelAndWrittenBack() {
    String text =
        "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\",\"status\":{\"a\":1},"
            + "\"metadata\":{\"name\":\"n\",\"ownerReferences\":[{\"kind\":\"Pod\"}],\"x\":true},"
            + "\"spec\":{\"interfaceName\":\"cali0\",\"extra\":[1,2.50,\"s\",null],"
            + "\"ipNATs\":[{\"internalIP\":\"10.0.0.1\",\"externalIP\":\"1.1.1.1\",\"n\":1}],"
            + "\"ports\":[{\"name\":\"p\",\"protocol\":\"TCP\",\"port\":80,\"hostPort\":0,"
            + "\"hostIP\":\"\",\"p\":12345678901234567890}],"
            + "\"qosControls\":{\"ingressBandwidth\":1000,\"q\":\"z\"}}}";
    WorkloadEndpoint wep = lenient.read(text);
    assertThat(wep.unknownFields()).containsOnlyKeys("status");
    assertThat(wep.metadata().unknownFields()).containsOnlyKeys("ownerReferences", "x");
    assertThat(wep.spec().unknownFields()).containsOnlyKeys("extra");
    assertThat(wep.spec().ipNATs().get(0).unknownFields()).containsOnlyKeys("n");
    assertThat(wep.spec().ports().get(0).unknownFields().get("p").bigIntegerValue())
        .hasToString("12345678901234567890");
    assertThat(wep.spec().qosControls().get().unknownFields()).containsOnlyKeys("q");
    String written = lenient.write(wep);
    assertThat(written).contains("\"extra\":[1,2.50,\"s\",null]");
    assertThat(written).contains("\"p\":12345678901234567890");
    assertThat(lenient.read(written)).isEqualTo(wep);
    assertThat(warnings).isEmpty();
  }

  @Test
  void strictModeRejectsUnknownFieldsWithTheirPath() {
    assertStrictFailure(wep("\"name\":\"n\",\"x\":1", "\"interfaceName\":\"c\""), "metadata.x");
    assertStrictFailure(
        wep("", "\"ports\":[{\"name\":\"a\",\"port\":1},{\"name\":\"b\",\"bogus\":1}]"),
        "spec.ports[1].bogus");
    assertStrictFailure(
        wep("", "\"ipNATs\":[{\"internalIP\":\"1.1.1.1\",\"weird\":\"\"}]"),
        "spec.ipNATs[0].weird");
    assertStrictFailure(wep("", "\"qosControls\":{\"q\":1}"), "spec.qosControls.q");
    assertStrictFailure(
        "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\",\"status\":{}}",
        "status");
  }

  @Test
  void strictModeAcceptsKubernetesMetadataFieldsCalicoIgnores() {
    WorkloadEndpoint wep =
        strict.read(
            wep(
                "\"name\":\"n\",\"finalizers\":[\"a\"],\"generation\":3",
                "\"interfaceName\":\"c\""));
    assertThat(wep.metadata().unknownFields()).containsOnlyKeys("finalizers", "generation");
    assertThat(strict.write(wep)).contains("\"generation\":3,\"creationTimestamp\":null");
  }

  @Test
  void duplicateKeyTakesTheLastValueWithAWarningInLenientMode() {
    String text = wep("", "\"endpoint\":\"eth0\",\n\"endpoint\":\"eth1\"");
    WorkloadEndpoint wep = lenient.read(text);
    assertThat(wep.spec().endpoint()).isEqualTo("eth1");
    assertThat(warnings).hasSize(1);
    DecodeWarning warning = warnings.get(0);
    assertThat(warning.path()).isEqualTo("spec.endpoint");
    assertThat(warning.line()).isEqualTo(2);
    assertThat(warning.column()).isEqualTo(1);
    assertThat(warning.message()).contains("duplicate field \"endpoint\"");
  }

  @Test
  void duplicateKeysInMapsListsAndUnknownValuesAreSeenToo() {
    lenient.read(wep("\"labels\":{\"a\":\"1\",\"a\":\"2\"}", "\"x\":{\"k\":1,\"k\":2}"));
    assertThat(warnings)
        .extracting(DecodeWarning::path)
        .containsExactly("metadata.labels[a]", "spec.x.k");
    assertStrictFailure(wep("\"labels\":{\"a\":\"1\",\"a\":\"2\"}", ""), "metadata.labels[a]");
    assertStrictFailure(
        wep("", "\"ipNetworks\":[\"1.1.1.1/32\"],\"ipNetworks\":[]"), "spec.ipNetworks");
  }

  @Test
  void keysBindCaseInsensitivelyAsGoDoes() {
    WorkloadEndpoint wep =
        strict.read(
            "{\"KIND\":\"WorkloadEndpoint\",\"ApiVersion\":\"projectcalico.org/v3\","
                + "\"Metadata\":{\"NAME\":\"n\"},\"spec\":{\"InterfaceName\":\"cali1\","
                + "\"IPNETWORKS\":[\"10.0.0.1/32\"]}}");
    assertThat(wep.metadata().name()).isEqualTo("n");
    assertThat(wep.spec().interfaceName()).isEqualTo("cali1");
    assertThat(wep.spec().ipNetworks()).containsExactly("10.0.0.1/32");
  }

  @Test
  void twoSpellingsOfOneFieldWarnButAreNotAnError() {
    WorkloadEndpoint wep = strict.read(wep("", "\"interfaceName\":\"a\",\"InterfaceName\":\"b\""));
    assertThat(wep.spec().interfaceName()).isEqualTo("b");
  }

  @Test
  void missingNamespaceReadsAsDefault() {
    assertThat(lenient.read(wep("\"name\":\"n\"", "")).metadata().namespace())
        .isEqualTo(ObjectMeta.DEFAULT_NAMESPACE);
    assertThat(lenient.read(wep("\"namespace\":\"\"", "")).metadata().namespace())
        .isEqualTo("default");
    assertThat(lenient.read(wep("\"namespace\":\"prod\"", "")).metadata().namespace())
        .isEqualTo("prod");
  }

  @Test
  void missingApiVersionAndKindAreFilledInLenientModeAndRequiredInStrictMode() {
    WorkloadEndpoint wep = lenient.read("{\"spec\":{\"node\":\"n\"}}");
    assertThat(wep.apiVersion()).isEqualTo("projectcalico.org/v3");
    assertThat(wep.kind()).isEqualTo("WorkloadEndpoint");
    assertThatThrownBy(() -> strict.read("{\"kind\":\"WorkloadEndpoint\",\"spec\":{}}"))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining("apiVersion is required");
  }

  @Test
  void otherResourcesAreRefused() {
    assertThatThrownBy(() -> lenient.read("{\"apiVersion\":\"v1\",\"kind\":\"workloadEndpoint\"}"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.path()).isEqualTo("apiVersion");
              assertThat(e.getMessage()).contains("unsupported resource").contains("\"v1\"");
            });
    assertThatThrownBy(
            () -> lenient.read("{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"Profile\"}"))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining("kind \"Profile\"");
  }

  @Test
  void listsAndArraysAreRead() {
    String list =
        "{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\","
            + "\"metadata\":{\"resourceVersion\":\"7\",\"continue\":\"tok\"},"
            + "\"items\":["
            + wep("\"name\":\"a\"", "")
            + ","
            + wep("\"name\":\"b\"", "")
            + "]}";
    WorkloadEndpointList read = lenient.readList(list);
    assertThat(read.metadata().resourceVersion()).isEqualTo("7");
    assertThat(read.metadata().continueToken()).isEqualTo("tok");
    assertThat(read.items()).extracting(w -> w.metadata().name()).containsExactly("a", "b");
    assertThat(lenient.readList(lenient.write(read))).isEqualTo(read);
    String array = "[" + wep("\"name\":\"a\"", "") + "," + list + "]";
    assertThat(lenient.readAll(array))
        .extracting(w -> w.metadata().name())
        .containsExactly("a", "a", "b");
    ResourceDocument doc = lenient.readDocument(array);
    assertThat(doc.shape()).isEqualTo(ResourceDocument.Shape.ARRAY);
    assertThat(lenient.readDocument(lenient.write(doc))).isEqualTo(doc);
  }

  @Test
  void emptyListStillPrintsMetadataAndItems() {
    assertThat(lenient.write(WorkloadEndpointList.builder().build()))
        .isEqualTo(
            "{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\","
                + "\"metadata\":{},\"items\":[]}");
  }

  @Test
  void listMetadataBeforeTheKindIsStillListMetadata() {
    WorkloadEndpointList list =
        lenient.readList(
            "{\"metadata\":{\"resourceVersion\":\"9\"},\"items\":[],"
                + "\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\"}");
    assertThat(list.metadata().resourceVersion()).isEqualTo("9");
  }

  @Test
  void strictListMetadataBeforeTheKindKeepsItsListFields() {
    // calicoctl knows the type before it decodes, so continue is list metadata in any key order.
    String tail =
        "\"items\":[],\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\"}";
    WorkloadEndpointList list =
        strict.readList("{\"metadata\":{\"resourceVersion\":\"9\",\"continue\":\"tok\"}," + tail);
    assertThat(list.metadata().resourceVersion()).isEqualTo("9");
    assertThat(list.metadata().continueToken()).isEqualTo("tok");
    // A field of neither ObjectMeta nor ListMeta is still the one problem, at its own place.
    assertThatThrownBy(
            () -> strict.readList("{\"metadata\":{\"continue\":\"tok\",\"bogus\":\"x\"}," + tail))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(WorkloadEndpointDecodeException::path)
                  .containsExactly("metadata.bogus");
              // In {"metadata":{"continue":"tok","bogus":... the key "bogus" starts at column 31.
              assertThat(e.problems().get(0).column()).isEqualTo(31);
            });
    // An endpoint's metadata has no continue, before or after the kind.
    assertThatThrownBy(
            () ->
                strict.read(
                    "{\"metadata\":{\"name\":\"a\",\"continue\":\"tok\"},\"kind\":\"WorkloadEndpoint\","
                        + "\"apiVersion\":\"projectcalico.org/v3\"}"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(WorkloadEndpointDecodeException::path)
                    .containsExactly("metadata.continue"));
  }

  @Test
  void readingTheWrongShapeSaysWhatToUse() {
    String list =
        "{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\",\"items\":[]}";
    assertThatThrownBy(() -> lenient.read(list))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining("found a WorkloadEndpointList: use readAll");
    assertThatThrownBy(() -> lenient.readList(wep("", "")))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining("expected a WorkloadEndpointList");
  }

  private void assertStrictFailure(String text, String path) {
    assertThatThrownBy(() -> strict.readDocument(text))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.column())
                  .isEqualTo(text.lastIndexOf("\"" + lastSegment(path) + "\"") + 1);
            });
    // The same document is accepted in lenient mode, unknown or duplicate field kept.
    assertThat(lenient.readDocument(text)).isNotNull();
  }

  private static String lastSegment(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    int bracket = last.lastIndexOf('[');
    return bracket >= 0 && last.endsWith("]") && path.contains("labels[")
        ? last.substring(bracket + 1, last.length() - 1)
        : last.replaceAll("\\[\\d+]$", "");
  }
}
