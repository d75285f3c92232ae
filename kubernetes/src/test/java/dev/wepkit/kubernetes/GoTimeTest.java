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
    "2000-02-29T00:00:00Z, 2000-02-29T00:00:00Z",
    "2000-02-29T00:00:00+00:00, 2000-02-29T00:00:00Z",
    "2024-07-31T00:00:00Z, 2024-07-31T00:00:00Z",
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
        "1900-02-29T00:00:00Z",
        "1900-02-29T00:00:00+01:00",
        "2100-02-29T00:00:00Z",
        "2024-06-31T00:00:00Z",
        "2024-00-10T00:00:00Z",
        "2024-05-00T00:00:00Z",
      })
  void rejectsWhatGoRejects(String text) {
    assertThatThrownBy(() -> GoTime.check(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an RFC 3339 time");
  }

  @Test
  void everyCalendarDateIsCheckedAsJavaTimeChecksIt() {
    // The digit-by-digit check of the API server's form against java.time's calendar, and the
    // form with a zero offset, which goes through the general parser, normalised to the same text.
    dev.wepkit.testing.Property.named("GoTime.check agrees with java.time")
        .verify(
            ctx ->
                String.format(
                    "%04d-%02d-%02dT%02d:%02d:%02dZ",
                    ctx.choose(0, 1, 4, 100, 1900, 2000, 2023, 2024, 2100, 9999),
                    ctx.between(0, 13),
                    ctx.between(0, 32),
                    ctx.between(0, 24),
                    ctx.between(0, 60),
                    ctx.between(0, 60)),
            text -> {
              boolean valid;
              try {
                java.time.LocalDateTime.parse(text.substring(0, 19));
                valid = true;
              } catch (java.time.format.DateTimeParseException e) {
                valid = false;
              }
              boolean accepted;
              try {
                GoTime.check(text);
                accepted = true;
              } catch (IllegalArgumentException e) {
                accepted = false;
              }
              assertThat(accepted).as(text).isEqualTo(valid);
              if (valid && !text.equals("0001-01-01T00:00:00Z")) {
                String withOffset = text.substring(0, 19) + "+00:00";
                assertThat(GoTime.normalize(text)).as(text).contains(text);
                assertThat(GoTime.normalize(withOffset)).as(withOffset).contains(text);
              }
            });
  }
}
