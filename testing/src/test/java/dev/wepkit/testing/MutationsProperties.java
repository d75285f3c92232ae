// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.wepkit.IPNAT;
import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.testing.CalicoOracle.Violation;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every mutation makes a valid endpoint invalid in exactly the one way it reports. */
class MutationsProperties {
  private static final Gen<WorkloadEndpoint> VALID = WorkloadEndpointGenerators.validEndpoints();

  /** A valid endpoint and what one mutation made of it. */
  record Mutated(Mutation mutation, WorkloadEndpoint original, MutatedEndpoint result) {}

  private static Gen<Mutated> mutatedBy(List<Mutation> mutations) {
    return ctx -> {
      Mutation mutation = ctx.choose(mutations);
      WorkloadEndpoint original = VALID.generate(ctx);
      return new Mutated(mutation, original, mutation.apply(original, ctx));
    };
  }

  /** The least a valid endpoint holds, with these networks and NATs. */
  private static WorkloadEndpoint bare(List<String> networks, List<IPNAT> nats) {
    return WorkloadEndpoint.builder()
        .metadata(ObjectMeta.builder().name("n-k8s-p-eth0").build())
        .spec(
            WorkloadEndpointSpec.builder()
                .node("n")
                .orchestrator("k8s")
                .pod("p")
                .endpoint("eth0")
                .interfaceName("cali0")
                .ipNetworks(networks)
                .ipNATs(nats)
                .build())
        .build();
  }

  @Test
  void eachErrorMutationLeavesExactlyTheReportedError() {
    Property.named("an error mutation leaves exactly one error, at its path and of its type")
        .withTries(Seeds.tries(1000))
        .verify(mutatedBy(Mutations.all()), MutationsProperties::assertOneError);
  }

  @TestFactory
  Stream<DynamicTest> everyErrorMutationOnItsOwn() {
    return Mutations.all().stream()
        .map(
            m ->
                DynamicTest.dynamicTest(
                    m.name(),
                    () ->
                        Property.named(m.name())
                            .withTries(Seeds.tries(60))
                            .verify(mutatedBy(List.of(m)), MutationsProperties::assertOneError)));
  }

  @Test
  void eachWarningMutationLeavesExactlyTheReportedWarning() {
    Property.named("a warning mutation leaves no error and exactly one warning")
        .verify(
            mutatedBy(Mutations.warningMutations()),
            m -> {
              MutatedEndpoint r = m.result();
              assertThat(r.endpoint()).isNotEqualTo(m.original());
              assertThat(CalicoOracle.errors(r.endpoint())).as("errors").isEmpty();
              assertThat(CalicoOracle.warnings(r.endpoint()))
                  .containsExactly(new Violation(r.expectedPath(), r.expectedType()));
              assertThat(EndpointPaths.exists(r.endpoint(), r.expectedPath())).isTrue();
            });
  }

  @Test
  void mutationsApplyToABareEndpoint() {
    // The least a valid endpoint can hold: mutations that need a port, a NAT or a network add one.
    WorkloadEndpoint bare = bare(List.of(), List.of());
    assertThat(CalicoOracle.errors(bare)).isEmpty();
    for (Mutation m : Mutations.all()) {
      for (long seed = 0; seed < 20; seed++) {
        assertOneError(new Mutated(m, bare, m.apply(bare, GenContext.of(seed))));
      }
    }
    for (Mutation m : Mutations.warningMutations()) {
      MutatedEndpoint r = m.apply(bare, GenContext.of(3L));
      assertThat(CalicoOracle.errors(r.endpoint())).isEmpty();
      assertThat(CalicoOracle.warnings(r.endpoint()))
          .containsExactly(new Violation(r.expectedPath(), r.expectedType()));
    }
  }

  @Test
  void mutationsEndOnEndpointsWhoseNetworksCoverAWholeFamily() {
    // invalidEndpoints chains mutations, so one may meet a network another widened to 0.0.0.0/0.
    // "internalIP outside networks" used to draw addresses until one fell outside the networks,
    // and hung the build (CI, seed 5818523204758407422). Every mutation must still end and leave
    // an invalid endpoint, whatever the networks cover.
    for (List<String> networks :
        List.of(
            List.of("0.0.0.0/0", "172.31.10.166/32"),
            List.of("0.0.0.0/1", "128.0.0.0/1", "10.0.0.1"),
            List.of("::/0", "fd00::1"),
            List.of("0.0.0.0/0", "::/0"))) {
      WorkloadEndpoint wide = bare(networks, List.of());
      for (Mutation m : Mutations.all()) {
        for (long seed = 0; seed < 10; seed++) {
          GenContext ctx = GenContext.of(seed);
          MutatedEndpoint result =
              assertTimeoutPreemptively(
                  Duration.ofSeconds(10),
                  () -> m.apply(wide, ctx),
                  () -> m.name() + " on " + networks + " did not end");
          assertThat(CalicoOracle.errors(result.endpoint())).as(m.name()).isNotEmpty();
        }
      }
    }
  }

  @Test
  void uncoveredNatMovesToTheOtherFamilyWhenItsOwnIsCovered() {
    Mutation uncovered =
        Mutations.all().stream()
            .filter(m -> m.name().equals("spec.ipNATs[i].internalIP outside networks"))
            .findFirst()
            .orElseThrow();
    WorkloadEndpoint wide =
        bare(List.of("0.0.0.0/0", "10.0.0.1/32"), List.of(IPNAT.of("10.0.0.1", "192.0.2.1")));
    for (long seed = 0; seed < 20; seed++) {
      IPNAT nat = uncovered.apply(wide, GenContext.of(seed)).endpoint().spec().ipNATs().get(0);
      assertThat(nat.internalIP()).as("seed %d", seed).contains(":");
      assertThat(nat.externalIP()).as("seed %d", seed).contains(":");
    }
  }

  @Test
  void invalidEndpointsAreInvalid() {
    Property.forAll(
        "invalid endpoints have at least one error",
        WorkloadEndpointGenerators.invalidEndpoints(),
        wep -> !CalicoOracle.errors(wep).isEmpty());
  }

  @Test
  void mutatedEndpointsAreReproducible() {
    List<MutatedEndpoint> first =
        Cases.values(WorkloadEndpointGenerators.mutatedEndpoints(), 200, 99L)
            .collect(Collectors.toList());
    List<MutatedEndpoint> second =
        Cases.values(WorkloadEndpointGenerators.mutatedEndpoints(), 200, 99L)
            .collect(Collectors.toList());
    assertThat(second).isEqualTo(first);
    assertThat(
            Cases.values(WorkloadEndpointGenerators.warningEndpoints(), 50, 3L)
                .collect(Collectors.toList()))
        .isEqualTo(
            Cases.values(WorkloadEndpointGenerators.warningEndpoints(), 50, 3L)
                .collect(Collectors.toList()));
  }

  @Test
  void mutationListsCoverEveryViolationType() {
    Set<String> names = new HashSet<>();
    Mutations.all().forEach(m -> assertThat(names.add(m.name())).as(m.name()).isTrue());
    Mutations.warningMutations()
        .forEach(m -> assertThat(names.add(m.name())).as(m.name()).isTrue());
    Set<String> errorTypes =
        Cases.values(WorkloadEndpointGenerators.mutatedEndpoints(), 1000, 5L)
            .map(MutatedEndpoint::expectedType)
            .collect(Collectors.toSet());
    assertThat(errorTypes)
        .containsExactlyInAnyOrder("Required", "Invalid", "NotSupported", "TooLong");
    Set<String> warningTypes =
        Cases.values(WorkloadEndpointGenerators.warningEndpoints(), 200, 5L)
            .map(MutatedEndpoint::expectedType)
            .collect(Collectors.toSet());
    assertThat(warningTypes).containsExactlyInAnyOrder("Duplicate", "Invalid");
    assertThat(Mutations.all()).hasSizeGreaterThanOrEqualTo(39);
  }

  @Test
  void identityMutationsAreFlagged() {
    // metadata.name and the identifiers in the name break the identity check; a k8s workload does
    // not.
    WorkloadEndpoint wep = WorkloadEndpointGenerators.validEndpoints("k8s").sample(11L);
    assertThat(byName("metadata.name invalid").apply(wep, GenContext.of(1L)).namesStillMatch())
        .isFalse();
    assertThat(byName("spec.pod invalid").apply(wep, GenContext.of(1L)).namesStillMatch())
        .isFalse();
    assertThat(byName("spec.workload invalid").apply(wep, GenContext.of(1L)).namesStillMatch())
        .isTrue();
    assertThat(byName("spec.mac invalid").apply(wep, GenContext.of(1L)).namesStillMatch()).isTrue();
  }

  private static Mutation byName(String name) {
    return Mutations.all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  /** Plain checks, not AssertJ: this runs thousands of times and must stay cheap. */
  private static void assertOneError(Mutated m) {
    MutatedEndpoint r = m.result();
    Violation expected = new Violation(r.expectedPath(), r.expectedType());
    List<Violation> errors = CalicoOracle.errors(r.endpoint());
    List<Violation> warnings = CalicoOracle.warnings(r.endpoint());
    String problem = null;
    if (!r.mutation().equals(m.mutation().name())) {
      problem = "reported mutation " + r.mutation() + " is not " + m.mutation().name();
    } else if (r.endpoint().equals(m.original())) {
      problem = "the endpoint did not change";
    } else if (!errors.equals(List.of(expected))) {
      problem = "expected only " + expected + " but the errors are " + errors;
    } else if (!warnings.isEmpty()) {
      problem = "expected no warnings but got " + warnings;
    } else if (!EndpointPaths.exists(r.endpoint(), r.expectedPath())) {
      problem = r.expectedPath() + " does not exist in the endpoint";
    }
    if (problem != null) {
      throw new AssertionError(m.mutation().name() + ": " + problem + "\nin " + r.endpoint());
    }
  }
}
