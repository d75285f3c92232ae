// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.WorkloadEndpoint;
import org.junit.jupiter.api.Test;

/** Numbers in unknown fields are written back as they were read, whatever their size. */
class JsonUnknownNumbersTest {
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();

  // Found by JsonDecodeFuzzTest (JsonDecodeFuzzTestInputs/decode/crash-9258a182...): a decimal
  // beyond a double's range was written as the string "Infinity".
  @Test
  void decimalBeyondADoublesRangeStaysANumber() {
    WorkloadEndpoint wep =
        JSON.read(
            "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\","
                + "\"spec\":{\"qosControls\":{\"future\":9e99999,\"tiny\":-1e-99999}}}");

    String written = JSON.write(wep);

    assertThat(written).contains("\"future\":9E+99999").contains("\"tiny\":-1E-99999");
    assertThat(JSON.read(written)).isEqualTo(wep);
  }

  // Found by YamlDecodeFuzzTest (YamlDecodeFuzzTestInputs/decode/crash-fcf5cabc...): a decimal
  // with no fraction was written as an integer and read back as one.
  @Test
  void decimalWithoutAFractionStaysADecimal() {
    WorkloadEndpoint wep =
        JSON.read("{\"kind\":\"WorkloadEndpoint\",\"spec\":{\"five\":5e0,\"big\":-12E0}}");

    String written = JSON.write(wep);

    assertThat(written).contains("\"five\":5.0,\"big\":-12.0");
    assertThat(JSON.read(written).spec().unknownFields().get("five").isBigDecimal()).isTrue();
    assertThat(JSON.read(written)).isEqualTo(wep);
  }
}
