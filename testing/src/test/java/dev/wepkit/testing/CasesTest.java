// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.wepkit.WorkloadEndpoint;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CasesTest {
  private static final Gen<WorkloadEndpoint> VALID = WorkloadEndpointGenerators.validEndpoints();

  @Test
  void sameSeedSameCases() {
    List<Case<WorkloadEndpoint>> first = Cases.list(VALID, 1000, 123L);
    List<Case<WorkloadEndpoint>> second = Cases.list(VALID, 1000, 123L);
    assertThat(second).isEqualTo(first);
    List<WorkloadEndpoint> other = Cases.values(VALID, 1000, 124L).collect(Collectors.toList());
    assertThat(other).isNotEqualTo(first.stream().map(Case::value).collect(Collectors.toList()));
  }

  @Test
  void aCaseCanBeRegeneratedAlone() {
    List<Case<WorkloadEndpoint>> all = Cases.list(VALID, 300, 8L);
    assertThat(Cases.generate(VALID, 8L, 217, 300)).isEqualTo(all.get(217));
    // Later cases do not depend on earlier draws: order of generation does not matter.
    assertThat(Cases.stream(VALID, 300, 8L).skip(100).findFirst()).contains(all.get(100));
  }

  @Test
  void casesCarryTheirSeedIndexAndGrowingSize() {
    List<Case<Integer>> cases = Cases.list(GenContext::size, 101, 77L);
    for (int i = 0; i < cases.size(); i++) {
      Case<Integer> c = cases.get(i);
      assertThat(c.index()).isEqualTo(i);
      assertThat(c.seed()).isEqualTo(77L);
      assertThat(c.size()).isEqualTo(i).isEqualTo(c.value());
    }
    Case<Integer> c = cases.get(5);
    assertThat(c).hasToString("#5 (seed 77, size 5)");
    assertThat(c.replayHint()).isEqualTo("-Dwepkit.seed=77");
    assertThat(c.describe()).contains("#5", "seed 77", "-Dwepkit.seed=77", ": 5");
  }

  @Test
  void triesMustBePositive() {
    assertThatIllegalArgumentException().isThrownBy(() -> Cases.stream(VALID, 0, 1L));
  }

  @Test
  void genCombinatorsAreDeterministic() {
    Gen<List<String>> gen =
        Gen.<String>elements("a", "b")
            .flatMap(s -> Gen.oneOf(Gen.constant(s), Gen.constant(s + s)))
            .map(String::toUpperCase)
            .list(0, 5);
    assertThat(Cases.values(gen, 200, 4L).collect(Collectors.toList()))
        .isEqualTo(Cases.values(gen, 200, 4L).collect(Collectors.toList()))
        .allSatisfy(
            l ->
                assertThat(l)
                    .hasSizeLessThanOrEqualTo(5)
                    .allSatisfy(s -> assertThat(s).isIn("A", "B", "AA", "BB")));
    assertThat(gen.sample(4L)).isEqualTo(gen.sample(4L));
    assertThatIllegalArgumentException().isThrownBy(() -> Gen.elements(List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> Gen.constant(1).list(3, 2));
  }
}
