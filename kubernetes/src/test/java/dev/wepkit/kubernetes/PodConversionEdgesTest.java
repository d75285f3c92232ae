// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.Dscp;
import dev.wepkit.QoSControls;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The edges of the Pod conversion's Go rules: RFC 3339 times at the end of the text, JSON string
 * arrays with Go's type names in their errors and lone surrogates replaced, {@code strings.Split}
 * with empty entries, peak rates and minimum bursts that depend on another limit, Go's white space,
 * and the paths of values a manifest gets wrong.
 */
class PodConversionEdgesTest {
  private static final long DEFAULT_BURST = 4_294_967_296L;

  @Test
  void aTimeEndsWithItsZoneAndAFractionHasDigits() {
    // A fraction of zeros is still Go's zero time, written as null.
    assertThat(GoTime.normalize("0001-01-01T00:00:00.0Z")).isEmpty();
    assertThat(GoTime.normalize("0001-01-01T00:00:00.000Z")).isEmpty();
    assertThat(GoTime.normalize("0001-01-01T00:00:00.000000001Z")).contains("0001-01-01T00:00:00Z");
    for (String bad :
        List.of(
            "2024-05-01T12:00:00",
            "2024-05-01T12:00:00.",
            "2024-05-01T12:00:00.5",
            "2024-05-01T12:00:00.5+01",
            "2024-05-01T12:00:0Z")) {
      assertThatThrownBy(() -> GoTime.check(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'" + bad + "' is not an RFC 3339 time (like 2006-01-02T15:04:05Z)");
    }
  }

  @Test
  void aStringArrayNamesGoTypesInItsErrors() {
    assertThatThrownBy(() -> GoStringArray.parse("[true]"))
        .hasMessage("cannot unmarshal bool into a Go value of type string");
    assertThatThrownBy(() -> GoStringArray.parse("[1.5]"))
        .hasMessage("cannot unmarshal number into a Go value of type string");
    assertThatThrownBy(() -> GoStringArray.parse("[[]]"))
        .hasMessage("cannot unmarshal array into a Go value of type string");
    assertThatThrownBy(() -> GoStringArray.parse("[{}]"))
        .hasMessage("cannot unmarshal object into a Go value of type string");
    assertThatThrownBy(() -> GoStringArray.parse("\"a\""))
        .hasMessage("cannot unmarshal string into a Go value of type []string");
    assertThatThrownBy(() -> GoStringArray.parse("{}"))
        .hasMessage("cannot unmarshal object into a Go value of type []string");
    assertThatThrownBy(() -> GoStringArray.parse("false"))
        .hasMessage("cannot unmarshal bool into a Go value of type []string");
    // The first type error is the one reported; a syntax error after it still wins, as Go
    // checks the whole text first.
    assertThatThrownBy(() -> GoStringArray.parse("[1, true]"))
        .hasMessage("cannot unmarshal number into a Go value of type string");
    assertThatThrownBy(() -> GoStringArray.parse("[] []"))
        .hasMessage("invalid character after top-level value");
  }

  @Test
  void surrogatePairsStayAndLoneOnesAreReplaced() {
    assertThat(GoStringArray.parse("[\"\\ud83d\\ude00\"]")).containsExactly("\uD83D\uDE00");
    assertThat(GoStringArray.parse("[\"a\\ud800\"]")).containsExactly("a\uFFFD");
    assertThat(GoStringArray.parse("[\"\\udc00\\ud83d\\ude00b\"]"))
        .containsExactly("\uFFFD\uD83D\uDE00b");
    assertThat(GoStringArray.parse("[\"\\ud800\\ud800\"]")).containsExactly("\uFFFD\uFFFD");
  }

  private static PodView withPodIps(String annotation) {
    return PodView.builder()
        .namespace("ns")
        .name("p")
        .nodeName("n")
        .putAnnotation(PodAnnotations.POD_IPS, annotation)
        .build();
  }

  @Test
  void podIpsSplitOnEveryCommaAndKeepEmptyEntries() {
    // strings.Split keeps empty entries, and Calico's ParseCIDROrIP accepts "" (a nil IP, as
    // net.IP.UnmarshalText does), so an empty entry is an entry, not an error.
    assertThat(PodIPs.of(withPodIps(",10.0.0.1"))).hasSize(2);
    assertThat(PodIPs.of(withPodIps("10.0.0.1,"))).hasSize(2);
    assertThat(PodIPs.of(withPodIps("10.0.0.1,,fd00::1"))).hasSize(3);
    assertThat(PodIPs.of(withPodIps("10.0.0.1"))).hasSize(1);
    assertThatThrownBy(() -> PodIPs.of(withPodIps("10.0.0.1,x")))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("'x' is neither an IP address nor a CIDR");
    assertThatThrownBy(() -> PodIPs.of(withPodIps(" 10.0.0.1")))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("' 10.0.0.1' is neither an IP address nor a CIDR");
  }

  private static Optional<QoSControls> qos(String... keysAndValues) {
    ImmutablePodView.Builder pod = PodView.builder().namespace("default").name("p").nodeName("n");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      pod.putAnnotation(keysAndValues[i], keysAndValues[i + 1]);
    }
    return PodConversion.create()
        .toWorkloadEndpoint(pod.build())
        .orElseThrow()
        .spec()
        .qosControls();
  }

  @Test
  void aPeakRateNeedsALowerBandwidthAndAMinimumBurstAPeakRate() {
    // Kept: bandwidth below the peak rate, minimum burst with a peak rate.
    assertThat(
            qos(
                PodAnnotations.QOS_INGRESS_BANDWIDTH, "10M",
                PodAnnotations.QOS_INGRESS_PEAKRATE, "20M",
                PodAnnotations.QOS_INGRESS_MINBURST, "1M",
                PodAnnotations.QOS_EGRESS_BANDWIDTH, "10M",
                PodAnnotations.QOS_EGRESS_PEAKRATE, "20M",
                PodAnnotations.QOS_EGRESS_MINBURST, "1M"))
        .contains(
            QoSControls.builder()
                .ingressBandwidth(10_000_000L)
                .ingressBurst(DEFAULT_BURST)
                .ingressPeakrate(20_000_000L)
                .ingressMinburst(1_000_000L)
                .egressBandwidth(10_000_000L)
                .egressBurst(DEFAULT_BURST)
                .egressPeakrate(20_000_000L)
                .egressMinburst(1_000_000L)
                .build());
    // Dropped: a peak rate equal to the bandwidth, and with it the minimum burst.
    assertThat(
            qos(
                PodAnnotations.QOS_INGRESS_BANDWIDTH, "10M",
                PodAnnotations.QOS_INGRESS_PEAKRATE, "10M",
                PodAnnotations.QOS_INGRESS_MINBURST, "1M",
                PodAnnotations.QOS_EGRESS_BANDWIDTH, "20M",
                PodAnnotations.QOS_EGRESS_PEAKRATE, "20M",
                PodAnnotations.QOS_EGRESS_MINBURST, "1M"))
        .contains(
            QoSControls.builder()
                .ingressBandwidth(10_000_000L)
                .ingressBurst(DEFAULT_BURST)
                .egressBandwidth(20_000_000L)
                .egressBurst(DEFAULT_BURST)
                .build());
    // Dropped: a peak rate without a bandwidth leaves nothing.
    assertThat(
            qos(
                PodAnnotations.QOS_INGRESS_PEAKRATE, "20M",
                PodAnnotations.QOS_EGRESS_PEAKRATE, "20M",
                PodAnnotations.QOS_INGRESS_MINBURST, "1M"))
        .isEmpty();
  }

  @Test
  void aDscpNameMayCarryGoWhiteSpace() {
    // Validate trims Go's white space (a tab is its first character) and the text is kept.
    assertThat(PodQoS.dscp("\tAF11")).contains(Dscp.of("\tAF11"));
    assertThat(PodQoS.dscp("AF11\u0085")).contains(Dscp.of("AF11\u0085"));
    assertThat(PodQoS.dscp("\u00A0ef ")).contains(Dscp.of("\u00A0ef "));
    assertThat(PodQoS.dscp("x AF11")).isEmpty();
  }

  @Test
  void aManifestNamesThePathOfABadValue() {
    String list =
        "{\"kind\":\"List\",\"items\":[{\"metadata\":{\"name\":\"a\"}},"
            + "{\"metadata\":{\"name\":\"b\",\"creationTimestamp\":\"yesterday\"}}]}";
    assertThatThrownBy(() -> PodViews.readAll(list))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("items[1].metadata.creationTimestamp");
    assertThat(PodViews.readAll("{\"spec\":{\"hostNetwork\":false}}").get(0).hostNetwork())
        .isFalse();
    assertThat(PodViews.readAll("{\"spec\":{\"hostNetwork\":true}}").get(0).hostNetwork()).isTrue();
    assertThatThrownBy(
            () -> PodView.builder().deletionTimestamp(Optional.of("2024-05-01 12:00:00")).build())
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("metadata.deletionTimestamp");
  }
}
