// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit;

import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;

/**
 * The fourteen limits of {@link QoSControls}, in Go struct order: wire name, unit and the range
 * Calico documents for each.
 *
 * <p>This is the one list of QoS limits: the codecs, the validation module's range warnings, the
 * Pod annotation conversion and the test generators all read it. Calico's validator checks none of
 * the ranges; Calico clamps values taken from Pod annotations into them. 0 always means "no limit"
 * and is outside every range on purpose.
 *
 * <pre>{@code
 * QoSControls qos = QoSControls.builder().ingressBandwidth(500L).build();
 * for (QoSLimit limit : QoSLimit.values()) {
 *   long value = limit.get(qos);
 *   if (value != 0 && !limit.inRange(value)) {
 *     System.out.println(limit.wireName() + " outside " + limit.min() + " to " + limit.max()
 *         + " " + limit.unit());   // ingressBandwidth outside 1000 to 1000000000000000000 ...
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public enum QoSLimit {
  /** Ingress bandwidth: 1k to 1P bits per second. */
  INGRESS_BANDWIDTH(
      "ingressBandwidth",
      "Bandwidth limit of traffic into the workload",
      "bits per second",
      Ranges.MIN_BANDWIDTH,
      Ranges.MAX_BANDWIDTH,
      QoSControls::ingressBandwidth,
      ImmutableQoSControls.Builder::ingressBandwidth),
  /** Ingress burst: 1k to (2^32 - 1) * 8 bits. */
  INGRESS_BURST(
      "ingressBurst",
      "Burst size of traffic into the workload",
      "bits",
      Ranges.MIN_BURST,
      Ranges.MAX_BURST,
      QoSControls::ingressBurst,
      ImmutableQoSControls.Builder::ingressBurst),
  /** Ingress peak rate: 1.01k to 1.01P bits per second. */
  INGRESS_PEAKRATE(
      "ingressPeakrate",
      "Peak rate of traffic into the workload",
      "bits per second",
      Ranges.MIN_PEAKRATE,
      Ranges.MAX_PEAKRATE,
      QoSControls::ingressPeakrate,
      ImmutableQoSControls.Builder::ingressPeakrate),
  /** Ingress minimum burst: 1k to 100M bytes. */
  INGRESS_MINBURST(
      "ingressMinburst",
      "Minimum burst, at the peak rate, of traffic into the workload",
      "bytes",
      Ranges.MIN_MINBURST,
      Ranges.MAX_MINBURST,
      QoSControls::ingressMinburst,
      ImmutableQoSControls.Builder::ingressMinburst),
  /** Egress bandwidth: 1k to 1P bits per second. */
  EGRESS_BANDWIDTH(
      "egressBandwidth",
      "Bandwidth limit of traffic out of the workload",
      "bits per second",
      Ranges.MIN_BANDWIDTH,
      Ranges.MAX_BANDWIDTH,
      QoSControls::egressBandwidth,
      ImmutableQoSControls.Builder::egressBandwidth),
  /** Egress burst: 1k to (2^32 - 1) * 8 bits. */
  EGRESS_BURST(
      "egressBurst",
      "Burst size of traffic out of the workload",
      "bits",
      Ranges.MIN_BURST,
      Ranges.MAX_BURST,
      QoSControls::egressBurst,
      ImmutableQoSControls.Builder::egressBurst),
  /** Egress peak rate: 1.01k to 1.01P bits per second. */
  EGRESS_PEAKRATE(
      "egressPeakrate",
      "Peak rate of traffic out of the workload",
      "bits per second",
      Ranges.MIN_PEAKRATE,
      Ranges.MAX_PEAKRATE,
      QoSControls::egressPeakrate,
      ImmutableQoSControls.Builder::egressPeakrate),
  /** Egress minimum burst: 1k to 100M bytes. */
  EGRESS_MINBURST(
      "egressMinburst",
      "Minimum burst, at the peak rate, of traffic out of the workload",
      "bytes",
      Ranges.MIN_MINBURST,
      Ranges.MAX_MINBURST,
      QoSControls::egressMinburst,
      ImmutableQoSControls.Builder::egressMinburst),
  /** Ingress packet rate: 1 to 10k packets per second. */
  INGRESS_PACKET_RATE(
      "ingressPacketRate",
      "Packet rate limit of traffic into the workload",
      "packets per second",
      Ranges.MIN_PACKETS,
      Ranges.MAX_PACKETS,
      QoSControls::ingressPacketRate,
      ImmutableQoSControls.Builder::ingressPacketRate),
  /** Ingress packet burst: 1 to 10k packets. */
  INGRESS_PACKET_BURST(
      "ingressPacketBurst",
      "Packet burst of traffic into the workload",
      "packets",
      Ranges.MIN_PACKETS,
      Ranges.MAX_PACKETS,
      QoSControls::ingressPacketBurst,
      ImmutableQoSControls.Builder::ingressPacketBurst),
  /** Egress packet rate: 1 to 10k packets per second. */
  EGRESS_PACKET_RATE(
      "egressPacketRate",
      "Packet rate limit of traffic out of the workload",
      "packets per second",
      Ranges.MIN_PACKETS,
      Ranges.MAX_PACKETS,
      QoSControls::egressPacketRate,
      ImmutableQoSControls.Builder::egressPacketRate),
  /** Egress packet burst: 1 to 10k packets. */
  EGRESS_PACKET_BURST(
      "egressPacketBurst",
      "Packet burst of traffic out of the workload",
      "packets",
      Ranges.MIN_PACKETS,
      Ranges.MAX_PACKETS,
      QoSControls::egressPacketBurst,
      ImmutableQoSControls.Builder::egressPacketBurst),
  /** Maximum ingress connections: 1 to 2^32 - 1. */
  INGRESS_MAX_CONNECTIONS(
      "ingressMaxConnections",
      "Most connections into the workload at once",
      "connections",
      Ranges.MIN_CONNECTIONS,
      Ranges.MAX_CONNECTIONS,
      QoSControls::ingressMaxConnections,
      ImmutableQoSControls.Builder::ingressMaxConnections),
  /** Maximum egress connections: 1 to 2^32 - 1. */
  EGRESS_MAX_CONNECTIONS(
      "egressMaxConnections",
      "Most connections out of the workload at once",
      "connections",
      Ranges.MIN_CONNECTIONS,
      Ranges.MAX_CONNECTIONS,
      QoSControls::egressMaxConnections,
      ImmutableQoSControls.Builder::egressMaxConnections);

  /** The documented bounds, as Kubernetes quantities give them ({@code k} is 1000). */
  private static final class Ranges {
    static final long MIN_BANDWIDTH = 1_000L; // 1k
    static final long MAX_BANDWIDTH = 1_000_000_000_000_000L; // 1P
    static final long MIN_BURST = 1_000L; // 1k
    static final long MAX_BURST = 4_294_967_295L * 8; // the largest uint32, in bytes, as bits
    static final long MIN_PEAKRATE = 1_010L; // 1.01k
    static final long MAX_PEAKRATE = 1_010_000_000_000_000L; // 1.01P
    static final long MIN_MINBURST = 1_000L; // 1k
    static final long MAX_MINBURST = 100_000_000L; // 100M
    static final long MIN_PACKETS = 1L;
    static final long MAX_PACKETS = 10_000L; // 10k
    static final long MIN_CONNECTIONS = 1L;
    static final long MAX_CONNECTIONS = 4_294_967_295L; // the largest uint32

    private Ranges() {}
  }

  // values() copies its array on every call; the lookups below run on codec paths.
  private static final QoSLimit[] ALL = values();

  private final String wireName;
  private final String description;
  private final String unit;
  private final long min;
  private final long max;
  private final ToLongFunction<QoSControls> getter;
  private final ObjLongConsumer<ImmutableQoSControls.Builder> setter;

  QoSLimit(
      String wireName,
      String description,
      String unit,
      long min,
      long max,
      ToLongFunction<QoSControls> getter,
      ObjLongConsumer<ImmutableQoSControls.Builder> setter) {
    this.wireName = wireName;
    this.description = description;
    this.unit = unit;
    this.min = min;
    this.max = max;
    this.getter = getter;
    this.setter = setter;
  }

  /**
   * The JSON field name, such as {@code ingressBandwidth}.
   *
   * @return the name Calico's Go type gives the field
   */
  public String wireName() {
    return wireName;
  }

  /**
   * What the limit is, in words, without its unit: {@code "Bandwidth limit of traffic into the
   * workload"} (ingress is traffic into the workload, egress out of it).
   *
   * @return a short phrase
   */
  public String description() {
    return description;
  }

  /**
   * The unit of the value, in words: {@code "bits per second"}, {@code "bits"}, {@code "bytes"},
   * {@code "packets per second"}, {@code "packets"} or {@code "connections"}.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * The smallest documented value other than 0 (unset).
   *
   * @return the lower bound, inclusive
   */
  public long min() {
    return min;
  }

  /**
   * The largest documented value.
   *
   * @return the upper bound, inclusive
   */
  public long max() {
    return max;
  }

  /**
   * Whether a value lies in the documented range. 0, which means unset, does not.
   *
   * @param value a limit
   * @return {@code min() <= value <= max()}
   */
  public boolean inRange(long value) {
    return value >= min && value <= max;
  }

  /**
   * Clamps a value into the documented range, as Calico does with values from Pod annotations.
   *
   * @param value a limit other than 0
   * @return the value, or the nearer bound when it is outside the range
   */
  public long clamp(long value) {
    return Math.max(min, Math.min(max, value));
  }

  /**
   * Reads this limit of a {@link QoSControls}.
   *
   * @param qos the controls
   * @return the value, 0 when unset
   */
  public long get(QoSControls qos) {
    return getter.applyAsLong(qos);
  }

  /**
   * Sets this limit on a builder.
   *
   * @param builder the builder
   * @param value the value, 0 to unset
   * @return the builder
   */
  public ImmutableQoSControls.Builder set(ImmutableQoSControls.Builder builder, long value) {
    setter.accept(builder, value);
    return builder;
  }

  /**
   * The limit with a wire name, matched exactly.
   *
   * @param wireName a JSON field name such as {@code egressBurst}
   * @return the limit
   * @throws IllegalArgumentException naming the input when no limit has that name
   */
  public static QoSLimit forWireName(String wireName) {
    QoSLimit limit = named(wireName);
    if (limit == null) {
      throw new IllegalArgumentException("not a QoS limit: \"" + wireName + "\"");
    }
    return limit;
  }

  /**
   * Tells whether a JSON field name is one of the fourteen limits, matched exactly; {@code dscp} is
   * not a limit.
   *
   * @param wireName a JSON field name, may be null
   * @return true when {@link #forWireName} would find a limit
   */
  public static boolean isWireName(String wireName) {
    return named(wireName) != null;
  }

  private static QoSLimit named(String wireName) {
    for (QoSLimit limit : ALL) {
      if (limit.wireName.equals(wireName)) {
        return limit;
      }
    }
    return null;
  }
}
