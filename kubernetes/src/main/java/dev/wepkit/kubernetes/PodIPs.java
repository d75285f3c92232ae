// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import dev.wepkit.internal.GoNetwork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Calico's {@code getPodIPs}: the Pod's networks from the first non-empty source, in Calico's
 * order, each remembered with the field it came from.
 */
final class PodIPs {
  /** One network and its source, for error messages. */
  static final class Entry {
    final GoNetwork network;
    private final String text;
    private final String source;
    private final int index;

    Entry(GoNetwork network, String text, String source, int index) {
      this.network = network;
      this.text = text;
      this.source = source;
      this.index = index;
    }

    /**
     * The network as Go prints it, {@code network.toString()}. A bare IPv4 address in dotted
     * decimal (what the API server nearly always reports) is already in Go's form, since the parser
     * refuses leading zeros: its text plus {@code /32} is the answer, without formatting the bytes.
     */
    String networkString() {
      if (network.isBare() && isDottedDecimal(text)) {
        return text + "/32";
      }
      return network.toString();
    }

    /** The field the network came from; built only for an error message. */
    String field() {
      return PodIPs.field(source, index);
    }
  }

  /** Only digits and dots: an IPv4 address as written, not an IPv4-mapped IPv6 one. */
  static boolean isDottedDecimal(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** {@code source}, or {@code source[index]} for an entry of {@code status.podIPs}. */
  private static String field(String source, int index) {
    return index < 0 ? source : source + "[" + index + "]";
  }

  private PodIPs() {}

  /**
   * The networks of {@code status.podIPs}, else {@code status.podIP}, else the {@code podIPs}
   * annotation (comma-separated), else the {@code podIP} annotation, else the AWS {@code pod-ips}
   * annotation (comma-separated); none when all are empty.
   *
   * @throws PodConversionException naming the entry that is neither a CIDR nor an IP
   */
  static List<Entry> of(PodView pod) {
    // A Pod has one IP, or one of each family: a singleton list, or one sized to fit.
    List<String> ips = pod.podIPs();
    if (ips.size() == 1) {
      return Collections.singletonList(parse(ips.get(0), "status.podIPs", 0));
    }
    if (!ips.isEmpty()) {
      List<Entry> out = new ArrayList<>(ips.size());
      for (int i = 0; i < ips.size(); i++) {
        out.add(parse(ips.get(i), "status.podIPs", i));
      }
      return out;
    }
    String podIP = pod.podIP();
    if (!podIP.isEmpty()) {
      return Collections.singletonList(parse(podIP, "status.podIP", -1));
    }
    String calicoIPs = pod.annotations().getOrDefault(PodAnnotations.POD_IPS, "");
    if (!calicoIPs.isEmpty()) {
      return split(calicoIPs, PodAnnotations.POD_IPS);
    }
    String calicoIP = pod.annotations().getOrDefault(PodAnnotations.POD_IP, "");
    if (!calicoIP.isEmpty()) {
      return Collections.singletonList(
          parse(calicoIP, PodConversion.annotationField(PodAnnotations.POD_IP), -1));
    }
    String awsIPs = pod.annotations().getOrDefault(PodAnnotations.AWS_POD_IPS, "");
    if (!awsIPs.isEmpty()) {
      return split(awsIPs, PodAnnotations.AWS_POD_IPS);
    }
    return Collections.emptyList();
  }

  /** Go's {@code strings.Split(value, ",")}: no trimming, and empty entries kept. */
  private static List<Entry> split(String value, String annotation) {
    String field = PodConversion.annotationField(annotation);
    List<Entry> out = new ArrayList<>();
    int start = 0;
    while (true) {
      int comma = value.indexOf(',', start);
      String item = comma < 0 ? value.substring(start) : value.substring(start, comma);
      out.add(parse(item, field, -1));
      if (comma < 0) {
        return out;
      }
      start = comma + 1;
    }
  }

  private static Entry parse(String text, String source, int index) {
    try {
      return new Entry(GoNetwork.parseCidrOrIp(text), text, source, index);
    } catch (IllegalArgumentException e) {
      throw new PodConversionException(
          field(source, index), "'" + text + "' is neither an IP address nor a CIDR", e);
    }
  }
}
