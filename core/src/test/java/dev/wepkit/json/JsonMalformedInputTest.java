// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each malformed input gives one WorkloadEndpointDecodeException with its path and position. */
class JsonMalformedInputTest {
  private static final String HEAD =
      "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\",\n";

  private final WorkloadEndpointJson json = WorkloadEndpointJson.create();

  static Stream<Arguments> malformed() {
    return Stream.of(
        // input, path, line, column, message fragment
        Arguments.of("", "", 1, 1, "empty input"),
        Arguments.of("  \n ", "", 2, 2, "empty input"),
        Arguments.of("null", "", 1, 1, "found null"),
        Arguments.of("\"wep\"", "", 1, 1, "expected a resource (an object) or a list"),
        Arguments.of("[1]", "[0]", 1, 2, "expected a resource (an object) but found 1"),
        Arguments.of("{", "", 1, 2, "malformed input"),
        Arguments.of(HEAD + "\"spec\":{\"node\":\"n\"", "spec.node", 2, 19, "malformed input"),
        Arguments.of(HEAD + "\"spec\":{\"node\":\"n}}", "spec.node", 2, 20, "malformed input"),
        Arguments.of("{} {}", "", 1, 4, "unexpected content after the document"),
        Arguments.of(
            HEAD + "\"spec\":{\"ports\":[{\"port\":80,}]}}",
            "spec.ports[0].port",
            2,
            29,
            "malformed input"),
        Arguments.of(
            HEAD + "\"spec\":{\"ports\":[{\"port\":\"80\"}]}}",
            "spec.ports[0].port",
            2,
            26,
            "expected an integer from 0 to 65535 but found the string \"80\""),
        Arguments.of(
            HEAD + "\"spec\":{\"ports\":[{},{\"hostPort\":70000}]}}",
            "spec.ports[1].hostPort",
            2,
            33,
            "expected an integer from 0 to 65535 but found 70000"),
        Arguments.of(
            HEAD + "\"spec\":{\"ports\":[{\"port\":-1}]}}",
            "spec.ports[0].port",
            2,
            26,
            "found -1"),
        Arguments.of(
            HEAD + "\"spec\":{\"ports\":[{\"port\":80.0}]}}",
            "spec.ports[0].port",
            2,
            26,
            "found 80.0"),
        Arguments.of(
            HEAD + "\"spec\":{\"ports\":[{\"protocol\":256}]}}",
            "spec.ports[0].protocol",
            2,
            30,
            "number from 0 to 255 but found 256"),
        Arguments.of(
            HEAD + "\"spec\":{\"ports\":[{\"protocol\":true}]}}",
            "spec.ports[0].protocol",
            2,
            30,
            "found true"),
        Arguments.of(
            HEAD + "\"spec\":{\"ports\":[5]}}",
            "spec.ports[0]",
            2,
            18,
            "expected a port (an object) but found 5"),
        Arguments.of(
            HEAD + "\"spec\":{\"ports\":{}}}",
            "spec.ports",
            2,
            17,
            "expected a list of ports but found an object"),
        Arguments.of(
            HEAD + "\"spec\":{\"ipNetworks\":\"10.0.0.1/32\"}}",
            "spec.ipNetworks",
            2,
            22,
            "expected a list of strings but found the string \"10.0.0.1/32\""),
        Arguments.of(
            HEAD + "\"spec\":{\"profiles\":[[]]}}",
            "spec.profiles[0]",
            2,
            21,
            "expected a string but found a list"),
        Arguments.of(
            HEAD + "\"spec\":{\"node\":{}}}",
            "spec.node",
            2,
            16,
            "expected a string but found an object"),
        Arguments.of(HEAD + "\"spec\":[]}", "spec", 2, 8, "expected spec (an object)"),
        Arguments.of(HEAD + "\"metadata\":\"x\"}", "metadata", 2, 12, "expected metadata"),
        Arguments.of(
            HEAD + "\"metadata\":{\"labels\":{\"a\":{}}}}",
            "metadata.labels[a]",
            2,
            27,
            "expected a string but found an object"),
        Arguments.of(
            HEAD + "\"metadata\":{\"annotations\":[]}}",
            "metadata.annotations",
            2,
            27,
            "expected a map of strings"),
        Arguments.of(
            HEAD + "\"spec\":{\"qosControls\":{\"ingressBandwidth\":\"1k\"}}}",
            "spec.qosControls.ingressBandwidth",
            2,
            43,
            "expected a 64-bit integer"),
        Arguments.of(
            HEAD + "\"spec\":{\"qosControls\":{\"egressBurst\":1e20}}}",
            "spec.qosControls.egressBurst",
            2,
            38,
            "expected a 64-bit integer"),
        Arguments.of(
            HEAD + "\"spec\":{\"qosControls\":{\"dscp\":300}}}",
            "spec.qosControls.dscp",
            2,
            31,
            "DSCP name or a number from 0 to 255"),
        Arguments.of(
            HEAD + "\"spec\":{\"ipNATs\":[\"1.1.1.1\"]}}",
            "spec.ipNATs[0]",
            2,
            19,
            "expected a NAT mapping (an object)"),
        Arguments.of(HEAD + "\"spec\":{\"node\":NaN}}", "spec.node", 2, 19, "malformed input"),
        Arguments.of(
            HEAD.replace("WorkloadEndpoint\"", "WorkloadEndpointList\"") + "\"items\":5}",
            "items",
            2,
            9,
            "expected a list of WorkloadEndpoints but found 5"),
        Arguments.of(
            "{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\",\n"
                + "\"items\":[{\"spec\":{\"node\":[]}}]}",
            "items[0].spec.node",
            2,
            26,
            "expected a string but found a list"));
  }

  @ParameterizedTest(name = "[{index}] {1}: {4}")
  @MethodSource("malformed")
  void malformedInputGivesOneExceptionWithPathAndPosition(
      String input, String path, int line, int column, String message) {
    assertThatThrownBy(() -> json.readDocument(input))
        .isExactlyInstanceOf(WorkloadEndpointDecodeException.class)
        .satisfies(
            t -> {
              WorkloadEndpointDecodeException e = (WorkloadEndpointDecodeException) t;
              assertThat(e.getMessage()).contains(message);
              assertThat(e.path()).as("path").isEqualTo(path);
              assertThat(e.line()).as("line").isEqualTo(line);
              assertThat(e.column()).as("column").isEqualTo(column);
              assertThat(e.getMessage()).contains("line " + line + ", column " + column);
            });
    // The same failure, whichever way the text comes in.
    byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> json.readDocument(new ByteArrayInputStream(bytes)))
        .isExactlyInstanceOf(WorkloadEndpointDecodeException.class);
    assertThatThrownBy(() -> json.readDocument(bytes))
        .isExactlyInstanceOf(WorkloadEndpointDecodeException.class);
  }

  @Test
  void invalidUtf8IsReportedNotThrownAsJacksonError() {
    byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertThatThrownBy(() -> json.readDocument(bytes))
        .isExactlyInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void deepNestingIsRefusedByASafetyLimit() {
    String deep = HEAD + "\"spec\":{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}";
    assertThatThrownBy(() -> json.readDocument(deep))
        .isExactlyInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining("nesting");
  }

  @Test
  void nullsLeaveGoZeroValues() {
    WorkloadEndpoint wep =
        json.read(
            HEAD
                + "\"metadata\":{\"name\":null,\"labels\":null,\"creationTimestamp\":null},"
                + "\"spec\":{\"node\":null,\"ipNetworks\":[null,\"10.0.0.1\"],\"ports\":[null,"
                + "{\"port\":null,\"protocol\":null}],\"ipNATs\":null,\"qosControls\":null}}");
    assertThat(wep.metadata().name()).isEmpty();
    assertThat(wep.metadata().labels()).isEmpty();
    assertThat(wep.spec().node()).isEmpty();
    assertThat(wep.spec().ipNetworks()).containsExactly("", "10.0.0.1");
    assertThat(wep.spec().ports()).hasSize(2);
    assertThat(wep.spec().ports().get(1).protocol()).isEqualTo(Protocol.NONE);
    assertThat(wep.spec().qosControls()).isEmpty();
    assertThat(json.read(HEAD + "\"metadata\":null,\"spec\":null}").spec().node()).isEmpty();
  }

  @Test
  void scalarsBoundToStringsKeepTheirLiteralText() {
    WorkloadEndpoint wep =
        json.read(
            HEAD
                + "\"spec\":{\"containerID\":1337495556942031415926535,\"workload\":1.10,"
                + "\"pod\":true,\"node\":1e3}}");
    assertThat(wep.spec().containerID()).isEqualTo("1337495556942031415926535");
    assertThat(wep.spec().workload()).isEqualTo("1.10");
    assertThat(wep.spec().pod()).isEqualTo("true");
    assertThat(wep.spec().node()).isEqualTo("1e3");
  }
}
