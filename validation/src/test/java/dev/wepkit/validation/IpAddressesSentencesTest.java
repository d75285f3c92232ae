// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sentence {@link IpAddresses#parse} gives for each reason Go rejects an address, and how the
 * rejected input is shown in it: {@code not an IP address: "<input>" (<reason>)}, the input quoted
 * with its control characters, quotes and backslashes escaped and cut after 100 characters.
 */
class IpAddressesSentencesTest {
  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # input        | why Go rejects it
          ''             | empty
          10.0.0.1/32    | a plain address is required, without a prefix length
          /32            | a plain address is required, without a prefix length
          fe80::/64      | a plain address is required, without a prefix length
          fe80::1%eth0   | zones such as %eth0 are not allowed
          %1             | zones such as %eth0 are not allowed
          ' 1.2.3.4'     | surrounding spaces are not allowed
          '1.2.3.4 '     | surrounding spaces are not allowed
          ' ::1'         | surrounding spaces are not allowed
          01.2.3.4       | IPv4 needs four decimal octets from 0 to 255, without leading zeros
          256.1.1.1      | IPv4 needs four decimal octets from 0 to 255, without leading zeros
          1.2.3          | IPv4 needs four decimal octets from 0 to 255, without leading zeros
          .1.2.3         | IPv4 needs four decimal octets from 0 to 255, without leading zeros
          0x1.2.3.4      | IPv4 needs four decimal octets from 0 to 255, without leading zeros
          garbage        | not an IPv4 or IPv6 address
          1::2::3        | not an IPv4 or IPv6 address
          12345::1       | not an IPv4 or IPv6 address
          ::ffff:1.2.3   | not an IPv4 or IPv6 address
          1:2:3:4:5:1.2.3.4 | not an IPv4 or IPv6 address
          """)
  void eachReasonHasItsSentence(String input, String reason) {
    assertThatThrownBy(() -> IpAddresses.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an IP address: \"" + input + "\" (" + reason + ")");
  }

  @Test
  void aPrefixLengthIsNamedBeforeAZoneOrSpaces() {
    // The first rule that applies wins, in the order prefix, zone, spaces.
    assertThatThrownBy(() -> IpAddresses.parse(" fe80::1%eth0/64"))
        .hasMessage(
            "not an IP address: \" fe80::1%eth0/64\" (a plain address is required, without a"
                + " prefix length)");
    assertThatThrownBy(() -> IpAddresses.parse(" fe80::1%eth0"))
        .hasMessage("not an IP address: \" fe80::1%eth0\" (zones such as %eth0 are not allowed)");
  }

  static Stream<Arguments> escapedInputs() {
    return Stream.of(
        Arguments.of("1.2.3.4\t", "\"1.2.3.4\\t\"", "surrounding spaces are not allowed"),
        Arguments.of("\n1.2.3.4", "\"\\n1.2.3.4\"", "surrounding spaces are not allowed"),
        Arguments.of("\r", "\"\\r\"", "surrounding spaces are not allowed"),
        Arguments.of("a\"b", "\"a\\\"b\"", "not an IPv4 or IPv6 address"),
        Arguments.of("a\\b", "\"a\\\\b\"", "not an IPv4 or IPv6 address"),
        Arguments.of("1\u0001", "\"1\\u0001\"", "not an IPv4 or IPv6 address"),
        Arguments.of("1\u001f2", "\"1\\u001f2\"", "not an IPv4 or IPv6 address"),
        Arguments.of("1\u007f2", "\"1\\u007f2\"", "not an IPv4 or IPv6 address"),
        // A space and printable non-ASCII text are shown as they are.
        Arguments.of("1 2", "\"1 2\"", "not an IPv4 or IPv6 address"),
        Arguments.of("caf\u00e9", "\"caf\u00e9\"", "not an IPv4 or IPv6 address"),
        Arguments.of("~", "\"~\"", "not an IPv4 or IPv6 address"));
  }

  @ParameterizedTest
  @MethodSource("escapedInputs")
  void theInputIsQuotedWithItsControlCharactersEscaped(String input, String shown, String reason) {
    assertThatThrownBy(() -> IpAddresses.parse(input))
        .hasMessage("not an IP address: " + shown + " (" + reason + ")");
  }

  @Test
  void aLongInputIsCutAfterOneHundredCharacters() {
    String input = "x".repeat(150);
    assertThatThrownBy(() -> IpAddresses.parse(input))
        .hasMessage(
            "not an IP address: \"" + "x".repeat(100) + "...\" (not an IPv4 or IPv6 address)");
  }

  @Test
  void nullHasNoReason() {
    assertThatThrownBy(() -> IpAddresses.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an IP address: null");
  }
}
