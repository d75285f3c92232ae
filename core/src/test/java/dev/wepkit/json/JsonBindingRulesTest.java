// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static dev.wepkit.json.TestDocuments.wep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How each kind of field binds, at the edges of its Go type: {@code uint16} ports take 0 to 65535,
 * {@code int64} limits take the 64-bit range, protocols and DSCP values a name or a number from 0
 * to 255 (a Go {@code uint8}); a value outside is a {@link Reason#BINDING} failure at its path that
 * names what was expected and what was found. Duplicate keys, two spellings of one key, unknown
 * fields, the resource's type and the list's metadata follow Calico's readers.
 */
class JsonBindingRulesTest {
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();
  private static final WorkloadEndpointJson STRICT =
      WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).build();

  private static WorkloadEndpointDecodeException failure(String text) {
    try {
      JSON.read(text);
    } catch (WorkloadEndpointDecodeException e) {
      return e;
    }
    throw new AssertionError("read: " + text);
  }

  private static String port(String members) {
    return wep("\"name\":\"w\"", "\"ports\":[{\"name\":\"a\",\"port\":1},{" + members + "}]");
  }

  @Test
  void aPortIsAnUnsignedSixteenBitInteger() {
    assertThat(JSON.read(port("\"port\":65535")).spec().ports().get(1).port()).isEqualTo(65535);
    assertThat(JSON.read(port("\"port\":0")).spec().ports().get(1).port()).isZero();
    assertThat(JSON.read(port("\"port\":null")).spec().ports().get(1).port()).isZero();
    assertThat(JSON.read(port("\"hostPort\":8080")).spec().ports().get(1).hostPort())
        .isEqualTo(8080);

    WorkloadEndpointDecodeException above = failure(port("\"port\":65536"));
    assertThat(above.reason()).isEqualTo(Reason.BINDING);
    assertThat(above.path()).isEqualTo("spec.ports[1].port");
    assertThat(above.problem()).isEqualTo("expected an integer from 0 to 65535 but found 65536");
    assertThat(above.value()).isEqualTo("65536");
    assertThat(failure(port("\"port\":-1")).problem())
        .isEqualTo("expected an integer from 0 to 65535 but found -1");
    assertThat(failure(port("\"hostPort\":1.5")).problem())
        .isEqualTo("expected an integer from 0 to 65535 but found 1.5");
    assertThat(failure(port("\"port\":\"80\"")).problem())
        .isEqualTo("expected an integer from 0 to 65535 but found the string \"80\"");
    assertThat(failure(port("\"port\":[80]")).problem())
        .isEqualTo("expected an integer from 0 to 65535 but found a list");
    assertThat(failure(port("\"port\":4294967296")).problem())
        .isEqualTo("expected an integer from 0 to 65535 but found 4294967296");
  }

  @Test
  void aLongValueIsCutInTheMessage() {
    String long70 = "x".repeat(70);
    // 61 characters and an ellipsis: at most 64.
    assertThat(failure(port("\"port\":\"" + long70 + "\"")).problem())
        .isEqualTo(
            "expected an integer from 0 to 65535 but found the string \""
                + "x".repeat(61)
                + "...\"");
    String long64 = "y".repeat(64);
    assertThat(failure(port("\"port\":\"" + long64 + "\"")).problem())
        .isEqualTo("expected an integer from 0 to 65535 but found the string \"" + long64 + "\"");
  }

  @Test
  void aProtocolIsANameOrAnEightBitNumber() {
    assertThat(JSON.read(port("\"protocol\":255")).spec().ports().get(1).protocol().number())
        .hasValue(255);
    assertThat(JSON.read(port("\"protocol\":0")).spec().ports().get(1).protocol().number())
        .hasValue(0);
    assertThat(JSON.read(port("\"protocol\":\"TCP\"")).spec().ports().get(1).protocol().text())
        .isEqualTo("TCP");
    assertThat(failure(port("\"protocol\":256")).problem())
        .isEqualTo("expected a protocol name or a number from 0 to 255 but found 256");
    assertThat(failure(port("\"protocol\":-1")).problem())
        .isEqualTo("expected a protocol name or a number from 0 to 255 but found -1");
    assertThat(failure(port("\"protocol\":true")).problem())
        .isEqualTo("expected a protocol name or a number from 0 to 255 but found true");
    assertThat(failure(port("\"protocol\":{}")).problem())
        .isEqualTo("expected a protocol name or a number from 0 to 255 but found an object");
  }

  private static String qos(String members) {
    return wep("\"name\":\"w\"", "\"qosControls\":{" + members + "}");
  }

  @Test
  void aLimitIsASixtyFourBitInteger() {
    assertThat(
            JSON.read(qos("\"ingressBandwidth\":9223372036854775807"))
                .spec()
                .qosControls()
                .orElseThrow()
                .ingressBandwidth())
        .isEqualTo(Long.MAX_VALUE);
    assertThat(
            JSON.read(qos("\"egressBurst\":-9223372036854775808"))
                .spec()
                .qosControls()
                .orElseThrow()
                .egressBurst())
        .isEqualTo(Long.MIN_VALUE);
    assertThat(
            JSON.read(qos("\"egressBurst\":12")).spec().qosControls().orElseThrow().egressBurst())
        .isEqualTo(12);
    assertThat(
            JSON.read(qos("\"egressBurst\":null")).spec().qosControls().orElseThrow().egressBurst())
        .isZero();
    WorkloadEndpointDecodeException big = failure(qos("\"ingressBandwidth\":9223372036854775808"));
    assertThat(big.path()).isEqualTo("spec.qosControls.ingressBandwidth");
    assertThat(big.problem()).isEqualTo("expected a 64-bit integer but found 9223372036854775808");
    assertThat(failure(qos("\"ingressBandwidth\":1e3")).problem())
        .isEqualTo("expected a 64-bit integer but found 1e3");
    assertThat(failure(qos("\"ingressBandwidth\":\"1M\"")).problem())
        .isEqualTo("expected a 64-bit integer but found the string \"1M\"");
  }

  @Test
  void aDscpIsANameOrAnEightBitNumberAndIsWrittenAsItWasGiven() {
    WorkloadEndpoint number = JSON.read(qos("\"dscp\":255"));
    assertThat(number.spec().qosControls().orElseThrow().dscp().orElseThrow().number())
        .hasValue(255);
    assertThat(JSON.write(number)).contains("\"qosControls\":{\"dscp\":255}");
    WorkloadEndpoint zero = JSON.read(qos("\"dscp\":0"));
    assertThat(JSON.write(zero)).contains("\"qosControls\":{\"dscp\":0}");
    WorkloadEndpoint name = JSON.read(qos("\"dscp\":\"AF11\""));
    assertThat(name.spec().qosControls().orElseThrow().dscp().orElseThrow().text())
        .isEqualTo("AF11");
    assertThat(JSON.write(name)).contains("\"qosControls\":{\"dscp\":\"AF11\"}");
    // *numorstring.DSCP: null leaves the pointer nil, and nil is not written.
    WorkloadEndpoint unset = JSON.read(qos("\"dscp\":null"));
    assertThat(unset.spec().qosControls().orElseThrow().dscp()).isEmpty();
    assertThat(JSON.write(unset)).doesNotContain("dscp");

    assertThat(failure(qos("\"dscp\":256")).problem())
        .isEqualTo("expected a DSCP name or a number from 0 to 255 but found 256");
    assertThat(failure(qos("\"dscp\":-1")).problem())
        .isEqualTo("expected a DSCP name or a number from 0 to 255 but found -1");
    assertThat(failure(qos("\"dscp\":2.5")).problem())
        .isEqualTo("expected a DSCP name or a number from 0 to 255 but found 2.5");
    assertThat(failure(qos("\"dscp\":[]")).problem())
        .isEqualTo("expected a DSCP name or a number from 0 to 255 but found a list");
  }

  @Test
  void timestampsAreWrittenAsReadAndAZeroTimeAsNull() {
    WorkloadEndpoint wep =
        JSON.read(
            wep(
                "\"name\":\"w\",\"creationTimestamp\":\"2026-01-02T03:04:05Z\","
                    + "\"deletionTimestamp\":\"2026-02-03T04:05:06Z\"",
                "\"node\":\"n\""));
    assertThat(wep.metadata().creationTimestamp()).contains("2026-01-02T03:04:05Z");
    assertThat(JSON.write(wep))
        .contains(
            "\"creationTimestamp\":\"2026-01-02T03:04:05Z\","
                + "\"deletionTimestamp\":\"2026-02-03T04:05:06Z\"");
    WorkloadEndpoint zero = JSON.read(wep("\"name\":\"w\",\"creationTimestamp\":null", ""));
    assertThat(zero.metadata().creationTimestamp()).isEmpty();
    assertThat(JSON.write(zero)).contains("\"creationTimestamp\":null");
    // deletionTimestamp is a pointer: nil is left out.
    assertThat(JSON.write(zero)).doesNotContain("deletionTimestamp");
  }

  @Test
  void aStringFieldRefusesStructure() {
    WorkloadEndpointDecodeException object = failure(wep("\"name\":{}", ""));
    assertThat(object.path()).isEqualTo("metadata.name");
    assertThat(object.problem()).isEqualTo("expected a string but found an object");
    assertThat(failure(wep("", "\"node\":[\"n\"]")).problem())
        .isEqualTo("expected a string but found a list");
    assertThat(failure(wep("", "\"profiles\":[{}]")).path()).isEqualTo("spec.profiles[0]");
    assertThat(failure(wep("", "\"profiles\":\"p\"")).path()).isEqualTo("spec.profiles");
    assertThat(failure(wep("\"labels\":{\"a\":[]}", "")).path()).isEqualTo("metadata.labels[a]");
    assertThat(failure(wep("\"labels\":[]", "")).path()).isEqualTo("metadata.labels");
    assertThat(failure(wep("", "\"ports\":[1]")).path()).isEqualTo("spec.ports[0]");
    assertThat(failure(wep("", "\"qosControls\":[]")).path()).isEqualTo("spec.qosControls");
    assertThat(failure("{\"kind\":\"WorkloadEndpoint\",\"metadata\":\"m\"}").path())
        .isEqualTo("metadata");
  }

  @Test
  void nullsLeaveTheZeroValue() {
    WorkloadEndpoint wep =
        JSON.read(
            wep(
                "\"name\":\"w\",\"labels\":null,\"annotations\":{\"a\":null}",
                "\"node\":null,\"profiles\":null,\"ports\":null,\"ipNetworks\":[null,\"10.0.0.1/32\"]"));
    assertThat(wep.metadata().labels()).isEmpty();
    assertThat(wep.metadata().annotations()).containsExactly(java.util.Map.entry("a", ""));
    assertThat(wep.spec().node()).isEmpty();
    assertThat(wep.spec().profiles()).isEmpty();
    assertThat(wep.spec().ports()).isEmpty();
    assertThat(wep.spec().ipNetworks()).containsExactly("", "10.0.0.1/32");
  }

  @Test
  void aRepeatedKeyWarnsInLenientModeAndFailsInStrictMode() {
    List<DecodeWarning> warnings = new ArrayList<>();
    WorkloadEndpointJson listening =
        WorkloadEndpointJson.builder().warningListener(warnings::add).build();
    // Fields late in their struct, to tell one field's seen-bits from another's.
    String text =
        wep(
            "\"name\":\"w\",\"annotations\":{},\"annotations\":{\"b\":\"2\"}",
            "\"node\":\"n\",\"mac\":\"x\",\"awsElasticIPs\":[],\"mac\":\"ee:ee:ee:ee:ee:ee\"");
    WorkloadEndpoint wep = listening.read(text);
    assertThat(wep.spec().mac()).isEqualTo("ee:ee:ee:ee:ee:ee");
    assertThat(wep.metadata().annotations()).containsExactly(java.util.Map.entry("b", "2"));
    assertThat(warnings)
        .extracting(DecodeWarning::path, DecodeWarning::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "metadata.annotations", "duplicate field \"annotations\": the last value is used"),
            org.assertj.core.groups.Tuple.tuple(
                "spec.mac", "duplicate field \"mac\": the last value is used"));
    assertThat(warnings)
        .allSatisfy(w -> assertThat(w.kind()).isEqualTo(DecodeWarning.Kind.DUPLICATE_KEY));

    assertThatThrownBy(() -> STRICT.read(text))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .satisfies(
            e -> {
              WorkloadEndpointDecodeException d = (WorkloadEndpointDecodeException) e;
              assertThat(d.reason()).isEqualTo(Reason.DUPLICATE_KEY);
              assertThat(d.problems())
                  .extracting(WorkloadEndpointDecodeException::path)
                  .containsExactly("metadata.annotations", "spec.mac");
              assertThat(d.problems())
                  .extracting(WorkloadEndpointDecodeException::problem)
                  .containsExactly("duplicate field \"annotations\"", "duplicate field \"mac\"");
            });
    // Different fields once each are no duplicates, however many there are.
    warnings.clear();
    listening.read(
        wep(
            "\"name\":\"w\",\"namespace\":\"ns\",\"uid\":\"u\",\"labels\":{},\"annotations\":{}",
            "\"orchestrator\":\"k8s\",\"workload\":\"\",\"node\":\"n\",\"containerID\":\"c\","
                + "\"pod\":\"p\",\"endpoint\":\"eth0\",\"serviceAccountName\":\"sa\","
                + "\"ipNetworks\":[],\"ipNATs\":[],\"profiles\":[],\"interfaceName\":\"i\","
                + "\"mac\":\"\",\"ports\":[],\"allowSpoofedSourcePrefixes\":[],"
                + "\"awsElasticIPs\":[]"));
    assertThat(warnings).isEmpty();
    STRICT.read(wep("\"name\":\"w\",\"namespace\":\"ns\"", "\"node\":\"n\",\"mac\":\"\""));
  }

  @Test
  void twoSpellingsOfOneKeyWarnAndTheLastWins() {
    List<DecodeWarning> warnings = new ArrayList<>();
    WorkloadEndpointJson listening =
        WorkloadEndpointJson.builder().warningListener(warnings::add).build();
    // Go's encoding/json matches keys without regard to case; the last one read wins.
    WorkloadEndpoint wep = listening.read(wep("\"name\":\"w\"", "\"node\":\"a\",\"Node\":\"b\""));
    assertThat(wep.spec().node()).isEqualTo("b");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).kind()).isEqualTo(DecodeWarning.Kind.LETTER_CASE);
    assertThat(warnings.get(0).message())
        .isEqualTo(
            "field \"node\" is set more than once with different letter case: the last value is"
                + " used");
    // One spelling alone is no warning.
    warnings.clear();
    assertThat(listening.read(wep("\"name\":\"w\"", "\"NODE\":\"c\"")).spec().node())
        .isEqualTo("c");
    assertThat(warnings).isEmpty();
  }

  @Test
  void theTypeMustBeAWorkloadEndpointOfProjectcalicoV3() {
    WorkloadEndpointDecodeException kind =
        failure("{\"kind\":\"Pod\",\"apiVersion\":\"projectcalico.org/v3\"}");
    assertThat(kind.reason()).isEqualTo(Reason.UNSUPPORTED_RESOURCE);
    assertThat(kind.path()).isEqualTo("kind");
    assertThat(kind.value()).isEqualTo("Pod");
    WorkloadEndpointDecodeException version =
        failure("{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"v1\"}");
    assertThat(version.reason()).isEqualTo(Reason.UNSUPPORTED_RESOURCE);
    assertThat(version.path()).isEqualTo("apiVersion");
    assertThat(version.value()).isEqualTo("v1");
    assertThatThrownBy(() -> JSON.readList("{\"kind\":\"WorkloadEndpoint\",\"items\":[]}"))
        .isInstanceOf(WorkloadEndpointDecodeException.class);
    assertThatThrownBy(() -> JSON.read("{\"kind\":\"WorkloadEndpointList\",\"items\":[]}"))
        .isInstanceOf(WorkloadEndpointDecodeException.class);
  }

  @Test
  void aListKeepsItsMetadata() {
    String text =
        "{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\","
            + "\"metadata\":{\"selfLink\":\"/l\",\"resourceVersion\":\"7\",\"continue\":\"t\","
            + "\"remainingItemCount\":3,\"future\":true},\"items\":[]}";
    var list = JSON.readList(text);
    assertThat(list.metadata().resourceVersion()).isEqualTo("7");
    assertThat(list.metadata().continueToken()).isEqualTo("t");
    assertThat(list.items()).isEmpty();
    assertThat(JSON.write(list))
        .isEqualTo(
            "{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\","
                + "\"metadata\":{\"selfLink\":\"/l\",\"resourceVersion\":\"7\",\"continue\":\"t\","
                + "\"remainingItemCount\":3,\"future\":true},\"items\":[]}");
    assertThatThrownBy(
            () ->
                STRICT.readList(
                    "{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\","
                        + "\"metadata\":{\"future\":true},\"items\":[]}"))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .extracting(e -> ((WorkloadEndpointDecodeException) e).path())
        .isEqualTo("metadata.future");
  }

  @Test
  void aReaderThatFailsIsAnUncheckedIoExceptionOrAnIoResult() {
    // The codec contract: bad input is a WorkloadEndpointDecodeException, a stream that cannot be
    // read an UncheckedIOException carrying the stream's own exception.
    IOException gone = new IOException("disk gone");
    Reader broken =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw gone;
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> JSON.read(broken))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasCause(gone);
    // decodeAll never throws for its input: the stream failing is its last result, of reason IO.
    List<DecodedResource> decoded = JSON.decodeAll(broken);
    assertThat(decoded).hasSize(1);
    WorkloadEndpointDecodeException io = decoded.get(0).failure().orElseThrow();
    assertThat(io.reason()).isEqualTo(Reason.IO);
    assertThat(io.problem()).isEqualTo("cannot read the input: disk gone");
    assertThat(io.path()).isEmpty();
    assertThat(decoded.get(0).index()).isZero();
  }

  @Test
  void brokenTextEndsDecodeAllWithOneFatalResult() {
    String text = "[" + wep("\"name\":\"a\"", "") + "," + wep("\"name\":\"b\"", "") + ",{\"kind\":";
    List<DecodedResource> decoded = JSON.decodeAll(text);
    assertThat(decoded).hasSize(3);
    assertThat(decoded.get(0).isOk()).isTrue();
    assertThat(decoded.get(1).isOk()).isTrue();
    assertThat(decoded.get(1).index()).isEqualTo(1);
    DecodedResource last = decoded.get(2);
    assertThat(last.isOk()).isFalse();
    assertThat(last.index()).isEqualTo(2);
    assertThat(last.failure().orElseThrow().reason()).isEqualTo(Reason.SYNTAX);
    assertThat(last.failure().orElseThrow().reason().isRecoverable()).isFalse();
  }
}
