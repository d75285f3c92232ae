// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wepkit.IPNAT;
import dev.wepkit.WorkloadEndpointSpec;
import java.util.SplittableRandom;
import org.apache.commons.net.util.SubnetUtils;
import org.junit.jupiter.api.Test;

/**
 * NAT containment agrees with Apache Commons Net's {@link SubnetUtils} for IPv4, on random prefixes
 * and addresses.
 *
 * <p>Seeded: {@code -Dwepkit.seed=N} replays a run, {@code -Dwepkit.tries=N} sets the number of
 * cases (default 2000). A failure names the seed and the case.
 */
class Ipv4ContainmentProperties {
  private static final long SEED = Long.getLong("wepkit.seed", new SplittableRandom().nextLong());
  private static final int TRIES = Integer.getInteger("wepkit.tries", 2000);

  @Test
  void containmentAgreesWithCommonsNet() {
    SplittableRandom random = new SplittableRandom(SEED);
    WorkloadEndpointValidator validator = WorkloadEndpointValidator.create();
    int inside = 0;
    for (int i = 0; i < TRIES; i++) {
      int network = random.nextInt();
      // SubnetUtils gets /0 wrong (its range arithmetic overflows); /0 is checked on its own below.
      int prefix = 1 + random.nextInt(32);
      int address = near(random, network, prefix);
      String cidrText = dotted(network) + "/" + prefix;
      String ipText = dotted(address);

      SubnetUtils subnet = new SubnetUtils(cidrText);
      subnet.setInclusiveHostCount(true);
      boolean expected = subnet.getInfo().isInRange(ipText);
      String replay =
          "seed "
              + SEED
              + " (replay with -Dwepkit.seed="
              + SEED
              + "), case "
              + i
              + ": "
              + ipText
              + " in "
              + cidrText;

      assertThat(Cidrs.parse(cidrText).contains(IpAddresses.parse(ipText)))
          .as(replay)
          .isEqualTo(expected);
      // The validator's own NAT coverage rule must agree too (the network entry itself is
      // reported as too wide unless it is a /32; only the NAT verdict matters here).
      ValidationResult result =
          validator.validate(
              WorkloadEndpointSpec.builder()
                  .interfaceName("cali0")
                  .addIpNetwork(cidrText)
                  .addIpNAT(IPNAT.of(ipText, "192.0.2.1"))
                  .build());
      boolean uncovered =
          result.errors().stream().anyMatch(v -> v.path().equals("spec.ipNATs[0].internalIP"));
      assertThat(uncovered).as(replay).isEqualTo(!expected);
      if (expected) {
        inside++;
      }
    }
    // The generator aims at the network often enough for both outcomes to be exercised.
    assertThat(inside).as("seed %s", SEED).isBetween(TRIES / 10, TRIES - TRIES / 10);
  }

  @Test
  void slashZeroContainsEveryIpv4AddressAndNoIpv6Address() {
    SplittableRandom random = new SplittableRandom(SEED);
    Cidr all = Cidrs.parse(dotted(random.nextInt()) + "/0");
    for (int i = 0; i < 100; i++) {
      String ip = dotted(random.nextInt());
      assertThat(all.contains(IpAddresses.parse(ip))).as("seed %s: %s", SEED, ip).isTrue();
    }
    assertThat(all.contains(IpAddresses.parse("::1"))).isFalse();
    // Commons Net's answer for the same question, which is why the property above avoids /0.
    SubnetUtils subnet = new SubnetUtils("0.0.0.0/0");
    subnet.setInclusiveHostCount(true);
    assertThat(subnet.getInfo().isInRange("0.0.0.0")).isFalse();
  }

  /** An address inside the prefix about half of the time, otherwise one nearby or random. */
  private static int near(SplittableRandom random, int network, int prefix) {
    int hostMask = prefix == 0 ? -1 : (int) ((1L << (32 - prefix)) - 1);
    int base = network & ~hostMask;
    switch (random.nextInt(4)) {
      case 0:
      case 1:
        return base | (random.nextInt() & hostMask);
      case 2:
        // Just outside either edge.
        return random.nextBoolean() ? base - 1 : (base | hostMask) + 1;
      default:
        return random.nextInt();
    }
  }

  private static String dotted(int v) {
    return (v >>> 24) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
  }
}
