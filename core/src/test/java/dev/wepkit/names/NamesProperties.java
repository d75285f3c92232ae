// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the name rules over seeded random identifiers. Replay a failure with {@code
 * -Dwepkit.seed=N}; change the number of cases with {@code -Dwepkit.tries=N} (default 1000).
 */
class NamesProperties {
  private static final long SEED = Long.getLong("wepkit.seed", new SplittableRandom().nextLong());
  private static final int TRIES = Integer.getInteger("wepkit.tries", 1000);

  @Test
  void parseInvertsDerive() {
    forAll(
        "parseInvertsDerive",
        gen -> {
          WorkloadEndpointIdentifiers ids = gen.identifiers();
          String name = WorkloadEndpointNames.derive(ids);
          assertThat(WorkloadEndpointNames.parse(name)).as(name).isEqualTo(layoutOnly(ids));
        });
  }

  @Test
  void aPrefixAndTheEscapedLastSegmentsGiveTheDerivedName() {
    forAll(
        "aPrefixAndTheEscapedLastSegmentsGiveTheDerivedName",
        gen -> {
          ImmutableWorkloadEndpointIdentifiers ids =
              ImmutableWorkloadEndpointIdentifiers.copyOf(gen.identifiers())
                  .withOrchestrator("k8s");
          String prefix = WorkloadEndpointNames.derivePrefix(ids.withPod("").withEndpoint(""));
          String name =
              prefix
                  + WorkloadEndpointNames.escapeSegment(ids.pod())
                  + "-"
                  + WorkloadEndpointNames.escapeSegment(ids.endpoint());
          assertThat(name).isEqualTo(WorkloadEndpointNames.derive(ids));
        });
  }

  @Test
  void derivedNameMatchesItsIdentifiers() {
    forAll(
        "derivedNameMatchesItsIdentifiers",
        gen -> {
          WorkloadEndpointIdentifiers ids = gen.identifiers();
          String name = WorkloadEndpointNames.derive(ids);
          assertThat(WorkloadEndpointNames.matches(name, ids)).as(name).isTrue();
          assertThat(WorkloadEndpointNames.splitParts(name, 4)).as(name).hasSize(4);
        });
  }

  @Test
  void derivationIsInjective() {
    Map<String, WorkloadEndpointIdentifiers> seen = new HashMap<>();
    forAll(
        "derivationIsInjective",
        gen -> {
          WorkloadEndpointIdentifiers ids = layoutOnly(gen.identifiers());
          String name = WorkloadEndpointNames.derive(ids);
          WorkloadEndpointIdentifiers earlier = seen.putIfAbsent(name, ids);
          if (earlier != null) {
            assertThat(ids).as("two identifier sets both named %s", name).isEqualTo(earlier);
          }
        });
  }

  @Test
  void defaultPrefixInterfaceNamesFitIfnamsiz() {
    forAll(
        "defaultPrefixInterfaceNamesFitIfnamsiz",
        gen -> {
          String namespace = gen.segment();
          String pod = gen.segment();
          int index = gen.random.nextInt(10);
          assertThat(InterfaceNames.forPod(namespace, pod)).hasSizeLessThanOrEqualTo(15);
          assertThat(InterfaceNames.forPod(namespace, pod, InterfaceNames.DEFAULT_PREFIX, index))
              .hasSizeLessThanOrEqualTo(15);
        });
  }

  @Test
  void interfaceNamesAreTheHexOfTheSha1OfNamespaceDotPod() {
    // The name is hashed from a reused per-thread buffer when the text is ASCII: compare with the
    // rule computed the plain way, over ASCII, non-ASCII (lone surrogates too), long text that
    // outgrows the buffer, and prefixes of either kind.
    forAll(
        "interfaceNamesAreTheHexOfTheSha1OfNamespaceDotPod",
        gen -> {
          String namespace = gen.text();
          String pod = gen.text();
          String prefix = gen.random.nextInt(4) == 0 ? gen.text() : InterfaceNames.DEFAULT_PREFIX;
          assertThat(InterfaceNames.forPod(namespace, pod, prefix))
              .as("%s / %s / %s", namespace, pod, prefix)
              .isEqualTo(prefix + sha1Hex(namespace + "." + pod).substring(0, 11));
        });
  }

  private static String sha1Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format(Locale.ROOT, "%02x", b & 0xFF));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** The identifiers parse can give back: only the fields of the orchestrator's layout. */
  private static WorkloadEndpointIdentifiers layoutOnly(WorkloadEndpointIdentifiers ids) {
    ImmutableWorkloadEndpointIdentifiers.Builder out =
        WorkloadEndpointIdentifiers.builder()
            .node(ids.node())
            .orchestrator(ids.orchestrator())
            .endpoint(ids.endpoint());
    switch (ids.orchestrator()) {
      case "k8s":
        return out.pod(ids.pod()).build();
      case "cni":
        return out.containerID(ids.containerID()).build();
      case "libnetwork":
        return out.build();
      default:
        return out.workload(ids.workload()).build();
    }
  }

  private interface Property {
    void check(Gen gen);
  }

  private static void forAll(String name, Property property) {
    Gen gen = new Gen(new SplittableRandom(SEED));
    for (int i = 0; i < TRIES; i++) {
      try {
        property.check(gen);
      } catch (AssertionError | RuntimeException e) {
        String replay = name + " failed on try " + i + "; replay with -Dwepkit.seed=" + SEED;
        System.err.println(replay);
        throw new AssertionError(replay + ": " + e.getMessage(), e);
      }
    }
  }

  /** A small generator of identifiers whose segments neither start nor end with '-'. */
  static final class Gen {
    private static final String EDGE =
        "abcdefghijklmnopqrstuvwxyz0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    // Inner characters lean towards '-' so that escaped pairs and runs of dashes are common.
    private static final String INNER = EDGE + "-----_\u00e9";
    private static final String[] ORCHESTRATORS = {"k8s", "cni", "libnetwork", "openstack"};

    final SplittableRandom random;

    Gen(SplittableRandom random) {
      this.random = random;
    }

    WorkloadEndpointIdentifiers identifiers() {
      String orchestrator =
          random.nextInt(4) == 0 ? otherOrchestrator() : ORCHESTRATORS[random.nextInt(3)];
      // Every field is set: those outside the layout must not change the name.
      return WorkloadEndpointIdentifiers.builder()
          .node(segment())
          .orchestrator(orchestrator)
          .pod(segment())
          .containerID(segment())
          .workload(segment())
          .endpoint(segment())
          .build();
    }

    private String otherOrchestrator() {
      String orchestrator = segment();
      boolean special =
          orchestrator.equals("k8s")
              || orchestrator.equals("cni")
              || orchestrator.equals("libnetwork");
      return special ? "openstack" : orchestrator;
    }

    /** Any text: empty, ASCII, or with Latin-1, other BMP, paired or lone surrogate chars. */
    String text() {
      int length = random.nextInt(5) == 0 ? random.nextInt(400) : random.nextInt(16);
      boolean ascii = random.nextBoolean();
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        if (ascii || random.nextInt(3) != 0) {
          s.append((char) random.nextInt(0x80));
        } else {
          switch (random.nextInt(4)) {
            case 0:
              s.append((char) (0x80 + random.nextInt(0x80)));
              break;
            case 1:
              s.append((char) (0x100 + random.nextInt(0xD700)));
              break;
            case 2:
              s.appendCodePoint(0x10000 + random.nextInt(0x100000));
              break;
            default:
              s.append((char) (0xD800 + random.nextInt(0x800)));
              break;
          }
        }
      }
      return s.toString();
    }

    /** A non-empty segment of 1 to 12 characters that neither starts nor ends with '-'. */
    String segment() {
      int length = 1 + random.nextInt(12);
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        String alphabet = i == 0 || i == length - 1 ? EDGE : INNER;
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return s.toString();
    }
  }
}
