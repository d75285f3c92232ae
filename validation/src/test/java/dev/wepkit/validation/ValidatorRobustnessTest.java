// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.wepkit.Dscp;
import dev.wepkit.IPNAT;
import dev.wepkit.ObjectMeta;
import dev.wepkit.Protocol;
import dev.wepkit.QoSControls;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The validator never throws on any model value, and costs little on a valid endpoint. */
class ValidatorRobustnessTest {
  private static final long SEED = Long.getLong("wepkit.seed", new SplittableRandom().nextLong());

  // Pieces that hit the parsers' edges: separators, digits, hex, dashes, unicode, surrogates.
  private static final String[] PIECES = {
    "",
    "0",
    "1",
    "255",
    "256",
    "00000",
    "ffff",
    "a",
    "Z",
    ".",
    ":",
    "::",
    "/",
    "/32",
    "/128",
    "/0",
    "-",
    "--",
    "_",
    "%",
    " ",
    "\n",
    "\u00e9",
    "\u212a",
    "\ud83d\ude00",
    "\ud800",
    "*",
    "$",
    "tcp",
    "TCP",
    "10.0.0.1",
    "::ffff:",
    "1.2.3.4",
    "fd00::1",
    "k8s",
    "cni",
    "libnetwork",
    "x".repeat(70),
  };

  private static String randomText(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  static WorkloadEndpoint randomEndpoint(SplittableRandom r) {
    var spec =
        WorkloadEndpointSpec.builder()
            .orchestrator(randomText(r))
            .workload(randomText(r))
            .node(randomText(r))
            .containerID(randomText(r))
            .pod(randomText(r))
            .endpoint(randomText(r))
            .serviceAccountName(randomText(r))
            .ipv4Gateway(randomText(r))
            .ipv6Gateway(randomText(r))
            .interfaceName(randomText(r))
            .mac(randomText(r));
    for (int i = r.nextInt(3); i > 0; i--) {
      spec.addIpNetwork(randomText(r))
          .addIpNAT(IPNAT.of(randomText(r), randomText(r)))
          .addProfile(randomText(r))
          .addAllowSpoofedSourcePrefix(randomText(r))
          .addAwsElasticIP(randomText(r))
          .addPort(
              WorkloadEndpointPort.builder()
                  .name(randomText(r))
                  .protocol(
                      r.nextBoolean() ? Protocol.of(r.nextInt(256)) : Protocol.of(randomText(r)))
                  .port(r.nextInt(65536))
                  .hostPort(r.nextInt(3) == 0 ? 0 : r.nextInt(65536))
                  .hostIP(randomText(r))
                  .build());
    }
    if (r.nextBoolean()) {
      spec.qosControls(
          QoSControls.builder()
              .ingressBandwidth(r.nextLong())
              .egressMaxConnections(r.nextLong())
              .dscp(r.nextBoolean() ? Dscp.of(r.nextInt(256)) : Dscp.of(randomText(r)))
              .build());
    }
    var meta =
        ObjectMeta.builder()
            .name(randomText(r))
            .namespace(randomText(r))
            .resourceVersion(randomText(r))
            .uid(randomText(r));
    for (int i = r.nextInt(3); i > 0; i--) {
      meta.putLabel(randomText(r) + i, randomText(r))
          .putAnnotation(randomText(r) + i, randomText(r));
    }
    return WorkloadEndpoint.builder().metadata(meta.build()).spec(spec.build()).build();
  }

  @Test
  void neverThrowsOnRandomContent() {
    SplittableRandom r = new SplittableRandom(SEED);
    WorkloadEndpointValidator plain = WorkloadEndpointValidator.create();
    WorkloadEndpointValidator identity =
        WorkloadEndpointValidator.builder().identityCheck(true).build();
    for (int i = 0; i < 500; i++) {
      WorkloadEndpoint wep = randomEndpoint(r);
      int n = i;
      assertThatCode(
              () -> {
                ValidationResult a = plain.validate(wep);
                ValidationResult b = identity.validate(wep);
                plain.validateForCreate(wep);
                plain.validateForUpdate(wep);
                a.toString();
                b.toString();
                for (Violation v : a.errors()) {
                  assertThat(v.detail()).isNotBlank();
                }
              })
          .as("seed %s (replay with -Dwepkit.seed=%s), case %s: %s", SEED, SEED, n, wep)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void aValidEndpointAllocatesLittle() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    if (!(bean instanceof com.sun.management.ThreadMXBean)) {
      return; // allocation counters are a HotSpot feature
    }
    com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
    WorkloadEndpoint wep = DocsSampleTest.sample("1337495556942031415926535");
    WorkloadEndpointValidator validator = WorkloadEndpointValidator.create();
    for (int i = 0; i < 20_000; i++) {
      validator.validate(wep); // warm up so that the JIT has compiled the hot path
    }
    long tid = Thread.currentThread().getId();
    long before = hotspot.getThreadAllocatedBytes(tid);
    int runs = 10_000;
    for (int i = 0; i < runs; i++) {
      assertThat(validator.validate(wep)).isSameAs(ValidationResult.valid());
    }
    long perRun = (hotspot.getThreadAllocatedBytes(tid) - before) / runs;
    // A checker, a scratch buffer and iterators: well under a kilobyte, with no paths or lists.
    assertThat(perRun).as("bytes allocated per validation").isLessThan(1024);
  }
}
