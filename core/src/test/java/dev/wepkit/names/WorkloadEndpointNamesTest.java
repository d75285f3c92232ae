// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.WorkloadEndpointSpec;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Focused checks of each naming rule. Expected values come from Calico's tests
 * (libcalico-go/lib/names/*_test.go and others, cited) or from libcalico-go's naming rules, stated
 * with each case.
 */
class WorkloadEndpointNamesTest {

  private static ImmutableWorkloadEndpointIdentifiers.Builder ids() {
    return WorkloadEndpointIdentifiers.builder();
  }

  @Nested
  class Derive {
    @Test
    void escapesDashesInEverySegment() {
      // workloadendpoint_test.go "Valid k8s endpoint" and "Valid libnetwork endpoint".
      assertThat(
              WorkloadEndpointNames.derive(
                  ids()
                      .node("node-1")
                      .orchestrator("k8s")
                      .pod("pod-name")
                      .endpoint("eth0")
                      .build()))
          .isEqualTo("node--1-k8s-pod--name-eth0");
      assertThat(
              WorkloadEndpointNames.derive(
                  ids().node("node-1").orchestrator("libnetwork").endpoint("abcdefgh").build()))
          .isEqualTo("node--1-libnetwork-libnetwork-abcdefgh");
      assertThat(
              WorkloadEndpointNames.derive(
                  ids()
                      .node("node-1")
                      .orchestrator("foo")
                      .workload("foo-foo")
                      .endpoint("abcdefgh")
                      .build()))
          .isEqualTo("node--1-foo-foo--foo-abcdefgh");
    }

    @Test
    void ignoresFieldsOutsideTheLayout() {
      // node_e2e_test.go: Workload is ignored for k8s; ContainerID likewise.
      assertThat(
              WorkloadEndpointNames.derive(
                  ids()
                      .node("node-1")
                      .orchestrator("k8s")
                      .pod("mypod")
                      .workload("default.fakepod")
                      .containerID("a12345a")
                      .endpoint("mywep")
                      .build()))
          .isEqualTo("node--1-k8s-mypod-mywep");
    }

    @Test
    void orchestratorIsCaseSensitive() {
      // "K8s" is an "other" orchestrator, so the workload, not the pod, is required.
      assertThatThrownBy(
              () ->
                  WorkloadEndpointNames.derive(
                      ids().node("n").orchestrator("K8s").pod("p").endpoint("e").build()))
          .isInstanceOfSatisfying(
              NameDerivationException.class, e -> assertThat(e.field()).isEqualTo("workload"));
    }

    @Test
    void missingNodeHasNoValueInTheMessage() {
      assertThatThrownBy(
              () -> WorkloadEndpointNames.derive(ids().orchestrator("k8s").pod("p").build()))
          .isInstanceOfSatisfying(
              NameDerivationException.class,
              e -> {
                assertThat(e.field()).isEqualTo("node");
                assertThat(e.value()).isNull();
                assertThat(e.reason()).isEqualTo(NameDerivationException.SHOULD_BE_ASSIGNED);
                assertThat(e).hasMessage("error with field node (field should be assigned)");
              });
    }

    @Test
    void emptySegmentCarriesTheEmptyValue() {
      assertThatThrownBy(
              () ->
                  WorkloadEndpointNames.derive(
                      ids().node("node-1").orchestrator("k8s").endpoint("eth0").build()))
          .isInstanceOfSatisfying(
              NameDerivationException.class,
              e -> {
                assertThat(e.field()).isEqualTo("pod");
                assertThat(e).hasMessage("error with field pod = '' (field should be assigned)");
              });
    }

    @Test
    void rejectsLeadingAndTrailingDashes() {
      assertThatThrownBy(
              () ->
                  WorkloadEndpointNames.derive(
                      ids()
                          .node("node-1")
                          .orchestrator("cni")
                          .containerID("-abc")
                          .endpoint("eth0")
                          .build()))
          .isInstanceOfSatisfying(
              NameDerivationException.class,
              e -> {
                assertThat(e.field()).isEqualTo("containerID");
                assertThat(e.value()).isEqualTo("-abc");
                assertThat(e.reason()).isEqualTo("field must not begin with a '-'");
              });
      assertThatThrownBy(
              () ->
                  WorkloadEndpointNames.derive(
                      ids().node("node-").orchestrator("k8s").pod("p").endpoint("e").build()))
          .isInstanceOfSatisfying(
              NameDerivationException.class,
              e -> {
                assertThat(e.field()).isEqualTo("node");
                assertThat(e.reason()).isEqualTo("field must not end with a '-'");
              });
    }

    @Test
    void segmentsOfVeryDifferentLengths() {
      String longName = "x".repeat(40);
      assertThat(
              WorkloadEndpointNames.derive(
                  ids()
                      .node("n")
                      .orchestrator("orch-" + longName)
                      .workload("w")
                      .endpoint("e")
                      .build()))
          .isEqualTo("n-orch--" + longName + "-w-e");
      assertThat(
              WorkloadEndpointNames.derive(
                  ids().node("n").orchestrator("k8s").pod(longName).endpoint("e").build()))
          .isEqualTo("n-k8s-" + longName + "-e");
      assertThat(
              WorkloadEndpointNames.derive(
                  ids().node("n").orchestrator("k8s").pod("p").endpoint(longName).build()))
          .isEqualTo("n-k8s-p-" + longName);
      assertThat(
              WorkloadEndpointNames.derive(
                  ids().node(longName).orchestrator("k").workload("w").endpoint("e").build()))
          .isEqualTo(longName + "-k-w-e");
    }

    @Test
    void takesIdentifiersFromASpec() {
      WorkloadEndpointSpec spec =
          WorkloadEndpointSpec.builder()
              .node("rack1-host1")
              .orchestrator("k8s")
              .pod("frontend-5gs43")
              .endpoint("eth0")
              .build();
      // calicoctl convert expected output.
      assertThat(WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(spec)))
          .isEqualTo("rack1--host1-k8s-frontend--5gs43-eth0");
    }
  }

  @Nested
  class DerivePrefix {
    @Test
    void stopsAtTheFirstEmptySegment() {
      assertThat(
              WorkloadEndpointNames.derivePrefix(
                  ids().node("node-1").orchestrator("k8s").endpoint("eth0").build()))
          .isEqualTo("node--1-k8s-");
      assertThat(
              WorkloadEndpointNames.derivePrefix(
                  ids().node("node-1").pod("pod-name").endpoint("eth0").build()))
          .isEqualTo("node--1-");
    }

    @Test
    void ignoresInvalidSegmentsAfterTheGap() {
      // Calico returns at the first empty segment, before looking at later ones.
      assertThat(
              WorkloadEndpointNames.derivePrefix(
                  ids().node("n").orchestrator("k8s").endpoint("-bad-").build()))
          .isEqualTo("n-k8s-");
    }

    @Test
    void completeIdentifiersGiveTheFullName() {
      assertThat(
              WorkloadEndpointNames.derivePrefix(
                  ids()
                      .node("node-1")
                      .orchestrator("cni")
                      .containerID("abc")
                      .endpoint("eth0")
                      .build()))
          .isEqualTo("node--1-cni-abc-eth0");
    }

    @Test
    void aOneCharacterNodeAloneIsAPrefix() {
      assertThat(WorkloadEndpointNames.derivePrefix(ids().node("n").build())).isEqualTo("n-");
    }

    @Test
    void stillRequiresTheNode() {
      assertThatThrownBy(() -> WorkloadEndpointNames.derivePrefix(ids().build()))
          .isInstanceOfSatisfying(
              NameDerivationException.class, e -> assertThat(e.field()).isEqualTo("node"));
    }
  }

  @Nested
  class Parse {
    @Test
    void picksTheLayoutFromTheOrchestrator() {
      assertThat(WorkloadEndpointNames.parse("node-k8s-pod--name-eth0"))
          .isEqualTo(
              ids().node("node").orchestrator("k8s").pod("pod-name").endpoint("eth0").build());
      assertThat(WorkloadEndpointNames.parse("node-cni-xyz-eth0"))
          .isEqualTo(
              ids().node("node").orchestrator("cni").containerID("xyz").endpoint("eth0").build());
      assertThat(WorkloadEndpointNames.parse("node-foo--orch-workload-eth0"))
          .isEqualTo(
              ids()
                  .node("node")
                  .orchestrator("foo-orch")
                  .workload("workload")
                  .endpoint("eth0")
                  .build());
    }

    @Test
    void libnetworkPartThreeOverwritesTheOrchestrator() {
      assertThat(WorkloadEndpointNames.parse("node-libnetwork-libnetwork-eth0"))
          .isEqualTo(ids().node("node").orchestrator("libnetwork").endpoint("eth0").build());
      assertThat(WorkloadEndpointNames.parse("node-libnetwork-other-eth0"))
          .isEqualTo(ids().node("node").orchestrator("other").endpoint("eth0").build());
    }

    @Test
    void fewerPartsLeaveFieldsEmpty() {
      assertThat(WorkloadEndpointNames.parse("test--node-k8s"))
          .isEqualTo(ids().node("test-node").orchestrator("k8s").build());
      assertThat(WorkloadEndpointNames.parse("node-")).isEqualTo(ids().node("node").build());
      assertThat(WorkloadEndpointNames.parse("node")).isEqualTo(ids().node("node").build());
      assertThat(WorkloadEndpointNames.parse("node-k8s-pod--name-"))
          .isEqualTo(ids().node("node").orchestrator("k8s").pod("pod-name").build());
    }

    @Test
    void threeDashesAreAnEscapedDashThenASeparator() {
      assertThat(WorkloadEndpointNames.parse("node---x-eth0"))
          .isEqualTo(ids().node("node-").orchestrator("x").workload("eth0").build());
    }

    @Test
    void leadingDashStaysInTheFirstPart() {
      assertThat(WorkloadEndpointNames.parse("-a-k8s-p-e"))
          .isEqualTo(ids().node("-a").orchestrator("k8s").pod("p").endpoint("e").build());
      // Index 0 is never a separator; index 1 is a lone dash here, so it separates.
      assertThat(WorkloadEndpointNames.parse("--a"))
          .isEqualTo(ids().node("-").orchestrator("a").build());
    }

    @Test
    void aPodNameParsesWithoutComplaint() {
      assertThat(WorkloadEndpointNames.parse("coredns-668d6bf9bc-bxhr6"))
          .isEqualTo(ids().node("coredns").orchestrator("668d6bf9bc").workload("bxhr6").build());
    }

    @Test
    void emptyNameIsAnError() {
      assertThatThrownBy(() -> WorkloadEndpointNames.parse(""))
          .isInstanceOf(NameParseException.class)
          .hasMessage("Cannot parse empty string");
    }

    @Test
    void moreThanFourPartsIsAnError() {
      assertThatThrownBy(() -> WorkloadEndpointNames.parse("a---b-k8s-p-e"))
          .isInstanceOfSatisfying(
              NameParseException.class,
              e -> {
                assertThat(e.name()).isEqualTo("a---b-k8s-p-e");
                assertThat(e)
                    .hasMessage(
                        "Error parsing a---b-k8s-p-e, verify that WorkloadEndpoint name is"
                            + " correct");
              });
      assertThatThrownBy(() -> WorkloadEndpointNames.parse("a-b-c-d-"))
          .isInstanceOf(NameParseException.class);
    }

    @Test
    void tooManyPartsFailsWhereverTheExtraSeparatorsAre() {
      // Six parts: the scan stops at the fifth separator rather than at the end of the name.
      assertThatThrownBy(() -> WorkloadEndpointNames.parse("a-b-c-d-e-f"))
          .isInstanceOf(NameParseException.class)
          .hasMessage("Error parsing a-b-c-d-e-f, verify that WorkloadEndpoint name is correct");
    }
  }

  @Nested
  class Matches {
    private final WorkloadEndpointIdentifiers nodePod =
        ids().node("node-1").orchestrator("k8s").pod("pod").build();

    @Test
    void emptyIdentifiersAreWildcards() {
      assertThat(WorkloadEndpointNames.matches("node--1-k8s-pod-eth1", nodePod)).isTrue();
      assertThat(WorkloadEndpointNames.matches("node--1-k8s-pod-eth0", nodePod)).isTrue();
    }

    @Test
    void rejectsAPrefixNeighbour() {
      // The etcd prefix "node--1-k8s-pod-" also lists pod "pod-1".
      assertThat(WorkloadEndpointNames.matches("node--1-k8s-pod--1-eth0", nodePod)).isFalse();
    }

    @Test
    void needsExactlyFourParts() {
      WorkloadEndpointIdentifiers full =
          ids().node("node-1").orchestrator("k8s").pod("pod").endpoint("eth0").build();
      assertThat(WorkloadEndpointNames.matches("node--1-k8s-pod-eth0", full)).isTrue();
      assertThat(WorkloadEndpointNames.matches("node--1-k8s-pod-eth0-extra", full)).isFalse();
      assertThat(WorkloadEndpointNames.matches("node--1-k8s-", full)).isFalse();
      assertThat(WorkloadEndpointNames.matches("", ids().node("n").build())).isFalse();
    }

    @Test
    void appliesTheLengthCheckBeforeSplitting() {
      // "n-k-p-" splits into four parts, but is shorter than 2*4-1 = 7 bytes.
      WorkloadEndpointIdentifiers node = ids().node("n").build();
      assertThat(WorkloadEndpointNames.matches("n-k-p-", node)).isFalse();
      assertThat(WorkloadEndpointNames.matches("n-k-p-e", node)).isTrue();
    }

    @Test
    void libnetworkNeedsTheLiteralInPartThree() {
      WorkloadEndpointIdentifiers lib = ids().node("node").orchestrator("libnetwork").build();
      assertThat(WorkloadEndpointNames.matches("node-libnetwork-libnetwork-eth0", lib)).isTrue();
      assertThat(WorkloadEndpointNames.matches("node-libnetwork-other-eth0", lib)).isFalse();
    }

    @Test
    void neverComparesTheContainerIdOfAK8sEndpoint() {
      WorkloadEndpointIdentifiers withContainer =
          ids().node("node1").orchestrator("k8s").pod("abcd").containerID("container1234").build();
      assertThat(WorkloadEndpointNames.matches("node1-k8s-abcd-eth0", withContainer)).isTrue();
    }

    @Test
    void anIdentifierWithALeadingDashNeverMatches() {
      WorkloadEndpointIdentifiers bad = ids().node("node").orchestrator("k8s").pod("-abc").build();
      assertThat(WorkloadEndpointNames.matches("node-k8s--abc-eth0", bad)).isFalse();
    }

    @Test
    void everySegmentOfTheLayoutIsCompared() {
      String name = "node1-k8s-pod1-eth0";
      ImmutableWorkloadEndpointIdentifiers full =
          ids().node("node1").orchestrator("k8s").pod("pod1").endpoint("eth0").build();
      assertThat(WorkloadEndpointNames.matches(name, full)).isTrue();
      assertThat(WorkloadEndpointNames.matches(name, full.withNode("node2"))).isFalse();
      assertThat(WorkloadEndpointNames.matches(name, full.withOrchestrator("cni"))).isFalse();
      assertThat(WorkloadEndpointNames.matches(name, full.withPod("pod2"))).isFalse();
      assertThat(WorkloadEndpointNames.matches(name, full.withEndpoint("eth1"))).isFalse();
      WorkloadEndpointIdentifiers cni =
          ids().node("node1").orchestrator("cni").containerID("abc").endpoint("eth0").build();
      assertThat(WorkloadEndpointNames.matches("node1-cni-abc-eth0", cni)).isTrue();
      assertThat(WorkloadEndpointNames.matches("node1-cni-abd-eth0", cni)).isFalse();
      WorkloadEndpointIdentifiers other =
          ids().node("node1").orchestrator("mesos").workload("w1").endpoint("eth0").build();
      assertThat(WorkloadEndpointNames.matches("node1-mesos-w1-eth0", other)).isTrue();
      assertThat(WorkloadEndpointNames.matches("node1-mesos-w2-eth0", other)).isFalse();
    }

    @Test
    void missingNodeIsAnErrorWhateverTheName() {
      assertThatThrownBy(
              () ->
                  WorkloadEndpointNames.matches(
                      "node--1-k8s-pod--name-eth0",
                      ids().orchestrator("k8s").pod("pod-name").endpoint("eth0").build()))
          .isInstanceOfSatisfying(
              NameDerivationException.class, e -> assertThat(e.field()).isEqualTo("node"));
    }
  }

  @Nested
  class SplitParts {
    @Test
    void unescapesEachPart() {
      assertThat(WorkloadEndpointNames.splitParts("node--1-k8s-pod--name-eth0", 4))
          .containsExactly("node-1", "k8s", "pod-name", "eth0");
      assertThat(WorkloadEndpointNames.splitParts("node---x-eth0", 3))
          .containsExactly("node-", "x", "eth0");
    }

    @Test
    void returnsNothingForTheWrongCount() {
      assertThat(WorkloadEndpointNames.splitParts("a-b-c-d", 3)).isEmpty();
      assertThat(WorkloadEndpointNames.splitParts("a-b-c-d", 5)).isEmpty();
      assertThat(WorkloadEndpointNames.splitParts("a-b", 0)).isEmpty();
    }

    @Test
    void countsLengthInUtf8Bytes() {
      // Six characters: too short for four parts. With 'é' (2 bytes) it is seven bytes: long
      // enough.
      assertThat(WorkloadEndpointNames.splitParts("a-b-c-", 4)).isEmpty();
      assertThat(WorkloadEndpointNames.splitParts("\u00e9-b-c-", 4))
          .containsExactly("\u00e9", "b", "c", "");
    }

    @Test
    void keepsEmptyParts() {
      assertThat(WorkloadEndpointNames.splitParts("node-k8s--", 3))
          .as("a trailing '--' is an escaped dash")
          .isEmpty();
      assertThat(WorkloadEndpointNames.splitParts("node-k8s-pod-", 4))
          .containsExactly("node", "k8s", "pod", "");
    }

    @Test
    void onePartMeansNoSeparator() {
      assertThat(WorkloadEndpointNames.splitParts("abc", 1)).containsExactly("abc");
      assertThat(WorkloadEndpointNames.splitParts("a--b", 1)).containsExactly("a-b");
      assertThat(WorkloadEndpointNames.splitParts("a-b", 1)).isEmpty();
      assertThat(WorkloadEndpointNames.splitParts("a-b-c", 1)).isEmpty();
    }

    @Test
    void resultIsUnmodifiable() {
      List<String> parts = WorkloadEndpointNames.splitParts("a-b-c-d", 4);
      assertThatThrownBy(() -> parts.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class V1Keys {
    @Test
    void convertsAV3Key() {
      // workloadendpointstatus_test.go "Valid, FV endpoint (kubernetes datastore)".
      assertThat(
              WorkloadEndpointNames.v1Key(
                  "default",
                  "felix--0--821432--9--felixfv-k8s-workload--endpoint--status--tests--0--idx3-eth0"))
          .isEqualTo(
              V1WorkloadEndpointKey.of(
                  "felix-0-821432-9-felixfv",
                  "k8s",
                  "default/workload-endpoint-status-tests-0-idx3",
                  "eth0"));
      // "Valid, FV endpoint (etcd datastore)".
      assertThat(
              WorkloadEndpointNames.v1Key(
                  "default",
                  "felix--0--821432--15--felixfv-felixfv-workload--endpoint--status--tests--0--idx7-"
                      + "workload--endpoint--status--tests--0--idx7"))
          .isEqualTo(
              V1WorkloadEndpointKey.of(
                  "felix-0-821432-15-felixfv",
                  "felixfv",
                  "default/workload-endpoint-status-tests-0-idx7",
                  "workload-endpoint-status-tests-0-idx7"));
    }

    @Test
    void needsFourPartsAndANamespace() {
      assertThatThrownBy(() -> WorkloadEndpointNames.v1Key("", "node-k8s-pod-eth0"))
          .isInstanceOf(NameParseException.class)
          .hasMessage("not enough information provided to create v1 Workload Endpoint Key");
      assertThatThrownBy(() -> WorkloadEndpointNames.v1Key("default", "node-k8s-pod"))
          .isInstanceOf(NameParseException.class);
      assertThatThrownBy(() -> WorkloadEndpointNames.v1Key("default", "a-b-c-d-e"))
          .isInstanceOf(NameParseException.class);
    }
  }

  @Nested
  class StatusFilenames {
    @Test
    void matchesCalicoTests() {
      // workloadendpointstatus_test.go "WorkloadEndpointKey to endpoint-status filename".
      assertThat(
              WorkloadEndpointNames.statusFilename(
                  V1WorkloadEndpointKey.of("cluster-node-0", "k8s", "default/testpod1", "eth0")))
          .isEqualTo("k8s default%2Ftestpod1 eth0");
      assertThat(
              WorkloadEndpointNames.statusFilename(
                  V1WorkloadEndpointKey.of(
                      "cl///uster-node-0", "k8/s", "defaul/t/testp/od1", "eth/0")))
          .isEqualTo("k8%2Fs defaul%2Ft%2Ftestp%2Fod1 eth%2F0");
      assertThat(
              WorkloadEndpointNames.statusFilename(
                  V1WorkloadEndpointKey.of("cluster-node-0", "k8s", "default/t est pod1", "eth0")))
          .isEqualTo("k8s default%2Ft%20est%20pod1 eth0");
    }

    @Test
    void oneLongIdentifierAndShortOthers() {
      String longId = "x".repeat(40);
      assertThat(
              WorkloadEndpointNames.statusFilename(
                  V1WorkloadEndpointKey.of("h", longId, "ns/p", "e")))
          .isEqualTo(longId + " ns%2Fp e");
      assertThat(
              WorkloadEndpointNames.statusFilename(
                  V1WorkloadEndpointKey.of("h", "k", "ns/" + longId, "e")))
          .isEqualTo("k ns%2F" + longId + " e");
      assertThat(
              WorkloadEndpointNames.statusFilename(V1WorkloadEndpointKey.of("h", "k", "w", longId)))
          .isEqualTo("k w " + longId);
    }

    @Test
    void escapesAsGoPathEscapeDoes() {
      // Go's shouldEscape(encodePathSegment): unreserved and $ & + : = @ stay; / ; , ? are escaped.
      assertThat(escape("AZaz09-._~$&+:=@")).isEqualTo("AZaz09-._~$&+:=@");
      assertThat(escape("/;,?")).isEqualTo("%2F%3B%2C%3F");
      assertThat(escape("%#[]!*'()\"<>\\^`{|} "))
          .isEqualTo("%25%23%5B%5D%21%2A%27%28%29%22%3C%3E%5C%5E%60%7B%7C%7D%20");
      assertThat(escape("\t\u007f")).isEqualTo("%09%7F");
    }

    @Test
    void escapesUtf8BytesInUpperCaseHex() {
      assertThat(escape("\u00e9")).isEqualTo("%C3%A9");
      assertThat(escape("\u20ac")).isEqualTo("%E2%82%AC");
      assertThat(escape("\ud83d\ude00")).isEqualTo("%F0%9F%98%80");
      // A lone surrogate cannot be UTF-8; it is written as U+FFFD.
      assertThat(escape("\ud83d")).isEqualTo("%EF%BF%BD");
    }

    @Test
    void encodesEachUtf8LengthUpToItsLastCodePoint() {
      // One byte up to U+007F, two up to U+07FF, three up to U+FFFF, four beyond.
      assertThat(escape("\u0080")).isEqualTo("%C2%80");
      assertThat(escape("\u07ff")).isEqualTo("%DF%BF");
      assertThat(escape("\u0800")).isEqualTo("%E0%A0%80");
      assertThat(escape("\uffff")).isEqualTo("%EF%BF%BF");
      assertThat(escape("\ud800\udc00")).isEqualTo("%F0%90%80%80"); // U+10000
      assertThat(escape("\udb40\udc41")).isEqualTo("%F3%A0%81%81"); // U+E0041
      assertThat(escape("\udbff\udfff")).isEqualTo("%F4%8F%BF%BF"); // U+10FFFF
    }

    private String escape(String s) {
      // The orchestrator ID is the first field of the file name.
      String filename =
          WorkloadEndpointNames.statusFilename(V1WorkloadEndpointKey.of("h", s, "", ""));
      return filename.substring(0, filename.length() - 2);
    }
  }
}
