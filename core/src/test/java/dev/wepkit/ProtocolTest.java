// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProtocolTest {
  @Test
  void numericTextFrom0To255IsANumber() {
    assertThat(Protocol.of("6")).isEqualTo(Protocol.of(6));
    assertThat(Protocol.of("0")).isSameAs(Protocol.NONE);
    assertThat(Protocol.of("255").number()).hasValue(255);
    assertThat(Protocol.of("006").number()).hasValue(6);
  }

  @Test
  void otherTextIsKeptVerbatim() {
    assertThat(Protocol.of("256").isNumber()).isFalse();
    assertThat(Protocol.of("256").text()).isEqualTo("256");
    assertThat(Protocol.of("tcp").text()).isEqualTo("tcp");
    assertThat(Protocol.of("tcp")).isNotEqualTo(Protocol.TCP);
    assertThat(Protocol.of("TCP")).isSameAs(Protocol.TCP);
    assertThat(Protocol.of("-1").isNumber()).isFalse();
    assertThat(Protocol.of(" 6").isNumber()).isFalse();
    assertThat(Protocol.of("").isNumber()).isFalse();
  }

  @Test
  void numbersOutsideUint8AreRejected() {
    assertThatThrownBy(() -> Protocol.of(256))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("256");
    assertThatThrownBy(() -> Protocol.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dscpFollowsTheSameTextRule() {
    assertThat(Dscp.of("46")).isEqualTo(Dscp.of(46));
    assertThat(Dscp.of("EF").text()).isEqualTo("EF");
    assertThat(Dscp.of("ef")).isNotEqualTo(Dscp.of("EF"));
    assertThatThrownBy(() -> Dscp.of(300)).isInstanceOf(IllegalArgumentException.class);
  }
}
