// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** metav1.Time: Go's time.Parse(time.RFC3339) fast path in, t.UTC().Format(RFC3339) out. */
class GoTimeTest {
  @ParameterizedTest
  @CsvSource({
    "2024-05-01T12:00:00Z, 2024-05-01T12:00:00Z",
    "2024-05-01T12:00:00.123456789Z, 2024-05-01T12:00:00Z",
    "2024-05-01T12:00:00.1234567891234Z, 2024-05-01T12:00:00Z",
    "2024-05-01T12:00:00+02:00, 2024-05-01T10:00:00Z",
    "2024-05-01T00:30:00+01:00, 2024-04-30T23:30:00Z",
    "2024-05-01T23:30:00-00:45, 2024-05-02T00:15:00Z",
    "2024-02-29T00:00:00Z, 2024-02-29T00:00:00Z",
    "0000-02-29T00:00:00Z, 0000-02-29T00:00:00Z",
    "0000-01-01T00:00:00+01:00, -0001-12-31T23:00:00Z",
    "9999-12-31T23:00:00-02:00, 10000-01-01T01:00:00Z",
    "0001-01-01T00:00:00.5Z, 0001-01-01T00:00:00Z",
    "1999-12-31T23:59:59Z, 1999-12-31T23:59:59Z",
    "0001-01-01T00:00:01Z, 0001-01-01T00:00:01Z",
  })
  void normalisesToUtcSeconds(String in, String out) {
    assertThat(GoTime.normalize(in)).contains(out);
  }

  @Test
  void goZeroTimeIsNull() {
    assertThat(GoTime.normalize("0001-01-01T00:00:00Z")).isEmpty();
    assertThat(GoTime.normalize("0001-01-01T01:00:00+01:00")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2024-05-01",
        "2024-05-01T12:00:00",
        "2024-05-01 12:00:00Z",
        "2024-05-01t12:00:00Z",
        "2024-05-01T12:00:00z",
        "2024-5-01T12:00:00Z",
        "2024-13-01T12:00:00Z",
        "2023-02-29T12:00:00Z",
        "2024-04-31T12:00:00Z",
        "2024-05-01T24:00:00Z",
        "2024-05-01T12:60:00Z",
        "2024-05-01T12:00:60Z",
        "2024-05-01T12:00:00.Z",
        "2024-05-01T12:00:00+2:00",
        "2024-05-01T12:00:00+0200",
        "2024-05-01T12:00:00+24:00",
        "2024-05-01T12:00:00+02:60",
        "2024-05-01T12:00:00Z ",
        "+024-05-01T12:00:00Z",
        "2024-05-01T12:00:00X",
        "2024-05-01T12:00:00.5",
        "2024-05-01T12:00:00+02:00Z",
        "2024-05-01T12:00:00+02:0x",
      })
  void rejectsWhatGoRejects(String text) {
    assertThatThrownBy(() -> GoTime.check(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an RFC 3339 time");
  }
}
