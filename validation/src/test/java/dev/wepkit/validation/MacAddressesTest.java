// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressesTest {
  @ParameterizedTest
  @CsvSource({
    "ca:fe:1d:52:bb:e9, 6",
    "CA-FE-1D-52-BB-E9, 6",
    "cafe.1d52.BBE9, 6",
    "ca:fe:1d:52:bb:e9:00:01, 8",
    "cafe.1d52.bbe9.0001, 8",
    "00:01:02:03:04:05:06:07:08:09:0a:0b:0c:0d:0e:0f:10:11:12:13, 20",
    "00-01-02-03-04-05-06-07-08-09-0a-0b-0c-0d-0e-0f-10-11-12-13, 20",
    "0001.0203.0405.0607.0809.0a0b.0c0d.0e0f.1011.1213, 20",
  })
  void acceptsSixEightAndTwentyOctets(String text, int octets) {
    assertThat(MacAddresses.isValid(text)).isTrue();
    byte[] mac = MacAddresses.parse(text);
    assertThat(mac).hasSize(octets);
    assertThat(mac[0]).isEqualTo(text.toLowerCase().startsWith("ca") ? (byte) 0xca : (byte) 0x00);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "cafe1d52bbe9", // no separators
        "ca.fe.1d.52.bb.e9", // '.' needs four-digit groups
        "cafe:1d52:bbe9", // ':' needs two-digit octets
        "ca:fe:1d:52:bb", // 5 octets
        "ca:fe:1d:52:bb:e9:00", // 7 octets
        "ca:fe:1d:52:bb:e9:00:01:02", // 9 octets
        "ca:fe-1d:52:bb:e9", // mixed separators
        "ca-fe:1d-52-bb-e9",
        "c:fe:1d:52:bb:e9:0", // single-digit octets
        "ca:fe:1d:52:bb:g9",
        " ca:fe:1d:52:bb:e9",
        "ca:fe:1d:52:bb:e9 ",
        "cafe.1d52:bbe9",
        "0000.0000.0000.0000.0000", // 10 octets
        "ca:fe:1d:52:bb:\u00e9",
      })
  void rejectsWhatGoRejects(String text) {
    assertThat(MacAddresses.isValid(text)).isFalse();
    assertThatThrownBy(() -> MacAddresses.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Texts.quote(text));
  }
}
