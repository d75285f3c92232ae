// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import dev.wepkit.IPNAT;
import dev.wepkit.ImmutableObjectMeta;
import dev.wepkit.ImmutableWorkloadEndpoint;
import dev.wepkit.ImmutableWorkloadEndpointSpec;
import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.internal.GoNet;
import dev.wepkit.testing.internal.Ips;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Ready-made {@link Shrinker}s: strings get shorter, lists lose elements, and WorkloadEndpoints
 * lose labels, annotations and list entries one at a time while staying valid.
 *
 * <pre>{@code
 * Property.named("no endpoint has three ports")
 *     .check(WorkloadEndpointGenerators.validEndpoints(), Shrinkers.workloadEndpoints(),
 *         wep -> wep.spec().ports().size() != 3);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Shrinkers {
  private static final int MAX_CHAR_DROPS = 64;

  private Shrinkers() {}

  /**
   * Returns a shrinker that proposes nothing.
   *
   * @param <T> the value type
   * @return the shrinker
   */
  public static <T> Shrinker<T> none() {
    return value -> Stream.empty();
  }

  /**
   * Returns a shrinker that shortens strings: the empty string, the first half, then the string
   * without one character.
   *
   * @return the shrinker
   */
  public static Shrinker<String> strings() {
    return s -> {
      if (s.isEmpty()) {
        return Stream.empty();
      }
      Stream<String> halves =
          s.length() > 1 ? Stream.of("", s.substring(0, s.length() / 2)) : Stream.of("");
      Stream<String> drops =
          IntStream.range(0, Math.min(s.length(), MAX_CHAR_DROPS))
              .map(i -> s.length() - 1 - i)
              .mapToObj(i -> s.substring(0, i) + s.substring(i + 1));
      return Stream.concat(halves, drops).distinct();
    };
  }

  /**
   * Returns a shrinker that removes list elements: everything, either half, then one element at a
   * time.
   *
   * @param <E> the element type
   * @return the shrinker
   */
  public static <E> Shrinker<List<E>> lists() {
    return list -> {
      int n = list.size();
      if (n == 0) {
        return Stream.empty();
      }
      Stream<List<E>> halves =
          n > 1
              ? Stream.of(List.<E>of(), list.subList(0, n / 2), list.subList(n / 2, n))
              : Stream.of(List.<E>of());
      Stream<List<E>> drops = IntStream.range(0, n).mapToObj(i -> without(list, i));
      return Stream.concat(halves, drops);
    };
  }

  /**
   * Returns a shrinker for WorkloadEndpoints that drops one label, annotation, port, NAT, network,
   * profile, spoofed-source prefix or elastic IP at a time, and clears the QoS controls, the MAC
   * and the gateways. A network is dropped only when every NAT stays inside the remaining networks,
   * so a valid endpoint stays valid.
   *
   * @return the shrinker
   */
  public static Shrinker<WorkloadEndpoint> workloadEndpoints() {
    return Shrinkers::endpointCandidates;
  }

  /**
   * Returns a shrinker that picks by the failing value's run-time type: {@link
   * #workloadEndpoints()} for a WorkloadEndpoint, {@link #strings()} for a String, {@link #lists()}
   * for a List and {@link #none()} for anything else.
   *
   * @param <T> the value type
   * @return the shrinker
   */
  @SuppressWarnings("unchecked")
  public static <T> Shrinker<T> auto() {
    return value -> {
      if (value instanceof WorkloadEndpoint) {
        return (Stream<T>) endpointCandidates((WorkloadEndpoint) value);
      }
      if (value instanceof String) {
        return (Stream<T>) strings().candidates((String) value);
      }
      if (value instanceof List) {
        return (Stream<T>) Shrinkers.<Object>lists().candidates((List<Object>) value);
      }
      return Stream.empty();
    };
  }

  private static Stream<WorkloadEndpoint> endpointCandidates(WorkloadEndpoint wep) {
    ObjectMeta meta = wep.metadata();
    WorkloadEndpointSpec spec = wep.spec();
    List<Supplier<Stream<WorkloadEndpoint>>> parts = new ArrayList<>();
    parts.add(
        () ->
            meta.labels().keySet().stream()
                .map(
                    k ->
                        withMeta(
                            wep,
                            ImmutableObjectMeta.copyOf(meta)
                                .withLabels(without(meta.labels(), k)))));
    parts.add(
        () ->
            meta.annotations().keySet().stream()
                .map(
                    k ->
                        withMeta(
                            wep,
                            ImmutableObjectMeta.copyOf(meta)
                                .withAnnotations(without(meta.annotations(), k)))));
    parts.add(() -> drops(spec.ports(), l -> withSpec(wep, copy(spec).withPorts(l))));
    parts.add(() -> drops(spec.ipNATs(), l -> withSpec(wep, copy(spec).withIpNATs(l))));
    parts.add(
        () ->
            IntStream.range(0, spec.ipNetworks().size())
                .mapToObj(i -> without(spec.ipNetworks(), i))
                .filter(nets -> natsCovered(spec.ipNATs(), nets))
                .map(l -> withSpec(wep, copy(spec).withIpNetworks(l))));
    parts.add(() -> drops(spec.profiles(), l -> withSpec(wep, copy(spec).withProfiles(l))));
    parts.add(
        () ->
            drops(
                spec.allowSpoofedSourcePrefixes(),
                l -> withSpec(wep, copy(spec).withAllowSpoofedSourcePrefixes(l))));
    parts.add(
        () -> drops(spec.awsElasticIPs(), l -> withSpec(wep, copy(spec).withAwsElasticIPs(l))));
    parts.add(
        () ->
            spec.qosControls().isPresent()
                ? Stream.of(withSpec(wep, copy(spec).withQosControls(java.util.Optional.empty())))
                : Stream.empty());
    parts.add(
        () ->
            spec.mac().isEmpty()
                ? Stream.empty()
                : Stream.of(withSpec(wep, copy(spec).withMac(""))));
    parts.add(
        () ->
            spec.ipv4Gateway().isEmpty()
                ? Stream.empty()
                : Stream.of(withSpec(wep, copy(spec).withIpv4Gateway(""))));
    parts.add(
        () ->
            spec.ipv6Gateway().isEmpty()
                ? Stream.empty()
                : Stream.of(withSpec(wep, copy(spec).withIpv6Gateway(""))));
    return parts.stream().flatMap(Supplier::get);
  }

  private static boolean natsCovered(List<IPNAT> nats, List<String> networks) {
    for (IPNAT nat : nats) {
      byte[] ip = GoNet.parseIp(nat.internalIP());
      // An unparsable NAT is not ours to fix.
      if (ip != null && !Ips.anyContains(networks, ip)) {
        return false;
      }
    }
    return true;
  }

  private static <E> Stream<WorkloadEndpoint> drops(
      List<E> list, Function<List<E>, WorkloadEndpoint> rebuild) {
    return IntStream.range(0, list.size()).mapToObj(i -> rebuild.apply(without(list, i)));
  }

  private static ImmutableWorkloadEndpointSpec copy(WorkloadEndpointSpec spec) {
    return ImmutableWorkloadEndpointSpec.copyOf(spec);
  }

  private static WorkloadEndpoint withSpec(WorkloadEndpoint wep, WorkloadEndpointSpec spec) {
    return ImmutableWorkloadEndpoint.copyOf(wep).withSpec(spec);
  }

  private static WorkloadEndpoint withMeta(WorkloadEndpoint wep, ObjectMeta meta) {
    return ImmutableWorkloadEndpoint.copyOf(wep).withMetadata(meta);
  }

  private static <E> List<E> without(List<E> list, int index) {
    List<E> out = new ArrayList<>(list);
    out.remove(index);
    return out;
  }

  private static Map<String, String> without(Map<String, String> map, String key) {
    Map<String, String> out = new LinkedHashMap<>(map);
    out.remove(key);
    return out;
  }
}
