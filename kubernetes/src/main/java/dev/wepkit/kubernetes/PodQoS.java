// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.Dscp;
import dev.wepkit.ImmutableQoSControls;
import dev.wepkit.QoSControls;
import dev.wepkit.QoSLimit;
import dev.wepkit.internal.Uint8OrString;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calico's {@code handleQoSControlsAnnotations}: the QoS controls of a Pod's annotations.
 *
 * <p>Calico never fails a conversion over them. A value it cannot parse counts as 0 (unset); a
 * value out of range is clamped to the range; settings that need another one (a burst without a
 * bandwidth, a peak rate not above the bandwidth, a minimum burst without a peak rate, a packet
 * burst without a packet rate) are dropped; a bandwidth without a burst gets the 4Gi default burst
 * and a packet rate without a packet burst gets 5. An invalid DSCP is ignored. Calico logs these
 * problems and carries on, and so does this class, silently.
 */
final class PodQoS {
  // The defaults Calico fills in; the ranges values are clamped to are QoSLimit's.
  private static final long DEFAULT_BURST = 4L << 30; // 4Gi
  private static final long DEFAULT_PACKET_BURST = 5L;

  private static final String[] DSCP_NAMES = {
    "DF", "EF", "AF11", "AF12", "AF13", "AF21", "AF22", "AF23", "AF31", "AF32", "AF33", "AF41",
    "AF42", "AF43", "CS0", "CS1", "CS2", "CS3", "CS4", "CS5", "CS6"
  };

  /** Every annotation {@link #compute} reads; a Pod with none of them has no QoS controls. */
  static final Set<String> ANNOTATIONS =
      Set.of(
          PodAnnotations.K8S_INGRESS_BANDWIDTH,
          PodAnnotations.K8S_EGRESS_BANDWIDTH,
          PodAnnotations.QOS_INGRESS_BANDWIDTH,
          PodAnnotations.QOS_EGRESS_BANDWIDTH,
          PodAnnotations.QOS_INGRESS_BURST,
          PodAnnotations.QOS_EGRESS_BURST,
          PodAnnotations.QOS_INGRESS_PEAKRATE,
          PodAnnotations.QOS_EGRESS_PEAKRATE,
          PodAnnotations.QOS_INGRESS_MINBURST,
          PodAnnotations.QOS_EGRESS_MINBURST,
          PodAnnotations.QOS_INGRESS_PACKET_RATE,
          PodAnnotations.QOS_EGRESS_PACKET_RATE,
          PodAnnotations.QOS_INGRESS_PACKET_BURST,
          PodAnnotations.QOS_EGRESS_PACKET_BURST,
          PodAnnotations.QOS_INGRESS_MAX_CONNECTIONS,
          PodAnnotations.QOS_EGRESS_MAX_CONNECTIONS,
          PodAnnotations.QOS_DSCP);

  private PodQoS() {}

  static Optional<QoSControls> of(Map<String, String> annotations) {
    // Most Pods set none of them: answer without building (and comparing) two QoSControls.
    for (String key : annotations.keySet()) {
      if (key != null && ANNOTATIONS.contains(key)) {
        return compute(annotations);
      }
    }
    return Optional.empty();
  }

  /** Calico's QoS controls of the annotations, read in full. */
  static Optional<QoSControls> compute(Map<String, String> annotations) {
    long ingressBandwidth = 0;
    long egressBandwidth = 0;
    // The Kubernetes bandwidth annotations first; Calico's own override them.
    ingressBandwidth =
        limit(
            annotations,
            PodAnnotations.K8S_INGRESS_BANDWIDTH,
            QoSLimit.INGRESS_BANDWIDTH,
            ingressBandwidth);
    egressBandwidth =
        limit(
            annotations,
            PodAnnotations.K8S_EGRESS_BANDWIDTH,
            QoSLimit.EGRESS_BANDWIDTH,
            egressBandwidth);
    ingressBandwidth =
        limit(
            annotations,
            PodAnnotations.QOS_INGRESS_BANDWIDTH,
            QoSLimit.INGRESS_BANDWIDTH,
            ingressBandwidth);
    egressBandwidth =
        limit(
            annotations,
            PodAnnotations.QOS_EGRESS_BANDWIDTH,
            QoSLimit.EGRESS_BANDWIDTH,
            egressBandwidth);
    long ingressBurst =
        limit(annotations, PodAnnotations.QOS_INGRESS_BURST, QoSLimit.INGRESS_BURST, 0);
    long egressBurst =
        limit(annotations, PodAnnotations.QOS_EGRESS_BURST, QoSLimit.EGRESS_BURST, 0);
    long ingressPeakrate =
        limit(annotations, PodAnnotations.QOS_INGRESS_PEAKRATE, QoSLimit.INGRESS_PEAKRATE, 0);
    long egressPeakrate =
        limit(annotations, PodAnnotations.QOS_EGRESS_PEAKRATE, QoSLimit.EGRESS_PEAKRATE, 0);
    long ingressMinburst =
        limit(annotations, PodAnnotations.QOS_INGRESS_MINBURST, QoSLimit.INGRESS_MINBURST, 0);
    long egressMinburst =
        limit(annotations, PodAnnotations.QOS_EGRESS_MINBURST, QoSLimit.EGRESS_MINBURST, 0);
    long ingressPacketRate =
        limit(annotations, PodAnnotations.QOS_INGRESS_PACKET_RATE, QoSLimit.INGRESS_PACKET_RATE, 0);
    long egressPacketRate =
        limit(annotations, PodAnnotations.QOS_EGRESS_PACKET_RATE, QoSLimit.EGRESS_PACKET_RATE, 0);
    long ingressPacketBurst =
        limit(
            annotations, PodAnnotations.QOS_INGRESS_PACKET_BURST, QoSLimit.INGRESS_PACKET_BURST, 0);
    long egressPacketBurst =
        limit(annotations, PodAnnotations.QOS_EGRESS_PACKET_BURST, QoSLimit.EGRESS_PACKET_BURST, 0);
    long ingressMaxConnections =
        limit(
            annotations,
            PodAnnotations.QOS_INGRESS_MAX_CONNECTIONS,
            QoSLimit.INGRESS_MAX_CONNECTIONS,
            0);
    long egressMaxConnections =
        limit(
            annotations,
            PodAnnotations.QOS_EGRESS_MAX_CONNECTIONS,
            QoSLimit.EGRESS_MAX_CONNECTIONS,
            0);

    // Settings that depend on another, in Calico's order.
    if (ingressBurst != 0 && ingressBandwidth == 0) {
      ingressBurst = 0;
    }
    if (egressBurst != 0 && egressBandwidth == 0) {
      egressBurst = 0;
    }
    if (ingressPeakrate != 0 && (ingressBandwidth == 0 || ingressBandwidth >= ingressPeakrate)) {
      ingressPeakrate = 0;
    }
    if (egressPeakrate != 0 && (egressBandwidth == 0 || egressBandwidth >= egressPeakrate)) {
      egressPeakrate = 0;
    }
    if (ingressMinburst != 0 && ingressPeakrate == 0) {
      ingressMinburst = 0;
    }
    if (egressMinburst != 0 && egressPeakrate == 0) {
      egressMinburst = 0;
    }
    if (ingressPacketBurst != 0 && ingressPacketRate == 0) {
      ingressPacketBurst = 0;
    }
    if (egressPacketBurst != 0 && egressPacketRate == 0) {
      egressPacketBurst = 0;
    }
    if (ingressBandwidth != 0 && ingressBurst == 0) {
      ingressBurst = DEFAULT_BURST;
    }
    if (egressBandwidth != 0 && egressBurst == 0) {
      egressBurst = DEFAULT_BURST;
    }
    if (ingressPacketRate != 0 && ingressPacketBurst == 0) {
      ingressPacketBurst = DEFAULT_PACKET_BURST;
    }
    if (egressPacketRate != 0 && egressPacketBurst == 0) {
      egressPacketBurst = DEFAULT_PACKET_BURST;
    }
    Optional<Dscp> dscp = dscp(annotations.get(PodAnnotations.QOS_DSCP));

    ImmutableQoSControls qos =
        QoSControls.builder()
            .ingressBandwidth(ingressBandwidth)
            .egressBandwidth(egressBandwidth)
            .ingressBurst(ingressBurst)
            .egressBurst(egressBurst)
            .ingressPeakrate(ingressPeakrate)
            .egressPeakrate(egressPeakrate)
            .ingressMinburst(ingressMinburst)
            .egressMinburst(egressMinburst)
            .ingressPacketRate(ingressPacketRate)
            .egressPacketRate(egressPacketRate)
            .ingressPacketBurst(ingressPacketBurst)
            .egressPacketBurst(egressPacketBurst)
            .ingressMaxConnections(ingressMaxConnections)
            .egressMaxConnections(egressMaxConnections)
            .dscp(dscp)
            .build();
    // Calico returns nil when nothing is configured.
    return qos.equals(QoSControls.builder().build()) ? Optional.empty() : Optional.of(qos);
  }

  /**
   * Calico's {@code parseAndValidateQty}, applied only when the annotation is present: a parse
   * error gives 0, a value out of range the nearest bound of the limit's documented range.
   */
  private static long limit(
      Map<String, String> annotations, String key, QoSLimit limit, long unset) {
    String text = annotations.get(key);
    if (text == null) {
      return unset;
    }
    try {
      return limit.clamp(GoQuantity.value(text));
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  /** {@code numorstring.DSCPFromString} then {@code Validate()}; invalid values are ignored. */
  static Optional<Dscp> dscp(String text) {
    if (text == null) {
      return Optional.empty();
    }
    // Validate: a string that ParseUint reads as 0 to 255 is a number, and must be at most 63.
    int number = Uint8OrString.parseUint8(text);
    if (number >= 0) {
      return number <= 63 ? Optional.of(Dscp.of(number)) : Optional.empty();
    }
    String trimmedUpper = trimSpace(text).toUpperCase(Locale.ROOT);
    for (String name : DSCP_NAMES) {
      if (name.equalsIgnoreCase(text)) {
        // DSCPFromString stores the canonical name when the text matches one exactly.
        return Optional.of(Dscp.of(name));
      }
    }
    for (String name : DSCP_NAMES) {
      if (name.equals(trimmedUpper)) {
        // Validate trims and upper-cases; the stored value keeps the original text.
        return Optional.of(Dscp.of(text));
      }
    }
    return Optional.empty();
  }

  /** Go's {@code strings.TrimSpace}: Unicode white space, which includes U+0085 and U+00A0. */
  private static String trimSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isGoSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isGoSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isGoSpace(char c) {
    return "\t\n\u000B\f\r\u0085".indexOf(c) >= 0 || Character.isSpaceChar(c);
  }
}
