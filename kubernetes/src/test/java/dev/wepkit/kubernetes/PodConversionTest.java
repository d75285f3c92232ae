// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.IPNAT;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.names.CalicoLabels;
import dev.wepkit.names.CalicoProfiles;
import dev.wepkit.names.ServiceAccountRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per rule of Calico's {@code podToDefaultWorkloadEndpoint}. Expected values come from
 * Calico's conversion_test.go and workloadendpoint_test.go where a test exists, otherwise from the
 * rule of Calico's pod-to-endpoint conversion (and Go's net package for address text).
 */
class PodConversionTest {
  private static final PodConversion CONVERSION = PodConversion.create();

  /** A scheduled pod like Calico's test podA, without IPs. */
  private static ImmutablePodView.Builder podA() {
    return PodView.builder().namespace("default").name("podA").nodeName("nodeA");
  }

  private static WorkloadEndpoint convert(PodView pod) {
    return CONVERSION.toWorkloadEndpoint(pod).orElseThrow();
  }

  private static WorkloadEndpoint convert(ImmutablePodView.Builder pod) {
    return convert(pod.build());
  }

  private static PodConversionException failure(ImmutablePodView.Builder pod) {
    PodView view = pod.build();
    return org.junit.jupiter.api.Assertions.assertThrows(
        PodConversionException.class, () -> CONVERSION.toWorkloadEndpoint(view));
  }

  @Nested
  class Identity {
    @Test
    void nameIsNodeK8sPodEth0() {
      WorkloadEndpoint wep = convert(podA());

      assertThat(wep.metadata().name()).isEqualTo("nodeA-k8s-podA-eth0");
      assertThat(wep.metadata().namespace()).isEqualTo("default");
      assertThat(wep.spec().orchestrator()).isEqualTo("k8s");
      assertThat(wep.spec().node()).isEqualTo("nodeA");
      assertThat(wep.spec().pod()).isEqualTo("podA");
      assertThat(wep.spec().endpoint()).isEqualTo("eth0");
      assertThat(wep.spec().workload()).isEmpty();
      assertThat(wep.spec().mac()).isEmpty();
    }

    @Test
    void dashesInNodeAndPodAreEscaped() {
      // From the KDD List test: node test-node, pod simplePod.
      WorkloadEndpoint wep =
          convert(
              PodView.builder().namespace("testNamespace").name("simplePod").nodeName("test-node"));

      assertThat(wep.metadata().name()).isEqualTo("test--node-k8s-simplePod-eth0");
    }

    @Test
    void hostNetworkedPodHasNoEndpoint() {
      PodView pod = podA().hostNetwork(true).podIP("10.0.0.1").build();

      assertThat(CONVERSION.toWorkloadEndpoint(pod)).isEmpty();
    }

    @Test
    void hostNetworkedPodWithoutNodeHasNoEndpointEither() {
      // Calico filters host-networked pods before converting, so the missing node never matters.
      assertThat(CONVERSION.toWorkloadEndpoint(podA().nodeName("").hostNetwork(true).build()))
          .isEmpty();
    }

    @Test
    void missingNodeNameFailsOnSpecNodeName() {
      PodConversionException e = failure(podA().nodeName("").podIP("192.168.0.1"));

      assertThat(e.field()).isEqualTo("spec.nodeName");
      assertThat(e.pod()).isEqualTo("default/podA");
      assertThat(e.getMessage()).contains("pod default/podA: spec.nodeName: ");
      assertThat(e.getMessage()).contains("error with field node (field should be assigned)");
    }

    @Test
    void podNameThatEndsWithADashFailsOnMetadataName() {
      PodConversionException e = failure(podA().name("pod-"));

      assertThat(e.field()).isEqualTo("metadata.name");
      assertThat(e.reason()).contains("field must not end with a '-'");
    }

    @Test
    void nodeNameThatBeginsWithADashFailsOnSpecNodeName() {
      assertThat(failure(podA().nodeName("-node")).field()).isEqualTo("spec.nodeName");
    }

    @Test
    void metadataIsCopiedFromThePod() {
      WorkloadEndpoint wep =
          convert(
              podA()
                  .uid("a3f1b2c4-0000-4000-8000-000000000001")
                  .resourceVersion("1234")
                  .generateName("generatedname")
                  .creationTimestamp("2024-05-01T12:00:00Z"));

      assertThat(wep.metadata().uid()).isEqualTo("a3f1b2c4-0000-4000-8000-000000000001");
      assertThat(wep.metadata().resourceVersion()).isEqualTo("1234");
      assertThat(wep.metadata().generateName()).isEqualTo("generatedname");
      assertThat(wep.metadata().creationTimestamp()).contains("2024-05-01T12:00:00Z");
    }

    @Test
    void creationTimestampIsWrittenInUtcWholeSeconds() {
      // metav1.Time marshals t.UTC().Format(time.RFC3339).
      WorkloadEndpoint wep = convert(podA().creationTimestamp("2024-05-01T12:00:00.987654+02:00"));

      assertThat(wep.metadata().creationTimestamp()).contains("2024-05-01T10:00:00Z");
    }

    @Test
    void zeroCreationTimestampIsWrittenAsNull() {
      WorkloadEndpoint wep = convert(podA().creationTimestamp("0001-01-01T00:00:00Z"));

      assertThat(wep.metadata().creationTimestamp()).isEmpty();
    }

    @Test
    void containerIdComesFromTheCniAnnotation() {
      WorkloadEndpoint wep =
          convert(podA().putAnnotation(PodAnnotations.CONTAINER_ID, "abc123def456"));

      assertThat(wep.spec().containerID()).isEqualTo("abc123def456");
      assertThat(convert(podA()).spec().containerID()).isEmpty();
    }

    @Test
    void onlyTheNetworkStatusAnnotationIsCopied() {
      String status = "[{\"name\": \"k8s-pod-network\", \"ips\": [\"172.16.166.191\"]}]";
      WorkloadEndpoint wep =
          convert(
              podA()
                  .putAnnotation("arbitrary", "annotation")
                  .putAnnotation(PodAnnotations.CONTAINER_ID, "abc")
                  .putAnnotation(PodAnnotations.NETWORK_STATUS, status));

      assertThat(wep.metadata().annotations())
          .containsExactly(Map.entry(PodAnnotations.NETWORK_STATUS, status));
      assertThat(convert(podA().putAnnotation("arbitrary", "x")).metadata().annotations())
          .isEmpty();
    }
  }

  @Nested
  class InterfaceNameRules {
    @ParameterizedTest
    @CsvSource({
      // Calico conversion_test.go and workloadendpoint_test.go.
      "default, podA, cali7f94ce7c295",
      "default, podB, cali92cf1f5e9f6",
      "testNamespace, simplePod, caliedff4356bd6",
      "testNamespace, simplePod2, cali4274eb44391",
      "testNamespace, termPod, calidfce31fd9be",
      "testNamespace, termPod2, cali9591578421e",
    })
    void hashOfNamespaceAndPod(String namespace, String pod, String expected) {
      WorkloadEndpoint wep =
          convert(PodView.builder().namespace(namespace).name(pod).nodeName("nodeA"));

      assertThat(wep.spec().interfaceName()).isEqualTo(expected);
    }

    @Test
    void felixInterfacePrefixTakesTheFirstListItem() {
      // Calico: FELIX_INTERFACEPREFIX=eni,veth,foo, namespace/podname -> eni82111e10a96.
      PodConversion eni = PodConversion.builder().felixInterfacePrefix("eni,veth,foo").build();

      assertThat(eni.interfacePrefix()).isEqualTo("eni");
      assertThat(
              eni.toWorkloadEndpoint(
                      PodView.builder()
                          .namespace("namespace")
                          .name("podname")
                          .nodeName("n")
                          .build())
                  .orElseThrow()
                  .spec()
                  .interfaceName())
          .isEqualTo("eni82111e10a96");
    }

    @Test
    void unsetFelixSettingMeansCali() {
      assertThat(PodConversion.builder().felixInterfacePrefix(null).build().interfacePrefix())
          .isEqualTo("cali");
      assertThat(PodConversion.builder().felixInterfacePrefix("").build())
          .isSameAs(PodConversion.create());
      assertThat(PodConversion.builder().interfacePrefix("tap").build().interfacePrefix())
          .isEqualTo("tap");
    }
  }

  @Nested
  class LabelsAndProfiles {
    @Test
    void podLabelsPlusNamespaceAndOrchestrator() {
      WorkloadEndpoint wep =
          convert(podA().putLabel("labelA", "valueA").putLabel("labelB", "valueB"));

      assertThat(wep.metadata().labels())
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "labelA", "valueA",
                  "labelB", "valueB",
                  "projectcalico.org/namespace", "default",
                  "projectcalico.org/orchestrator", "k8s"));
      assertThat(wep.spec().profiles()).containsExactly("kns.default");
      assertThat(wep.spec().serviceAccountName()).isEmpty();
    }

    @Test
    void calicoLabelsOverwritePodLabels() {
      WorkloadEndpoint wep =
          convert(
              podA()
                  .serviceAccountName("sa-test")
                  .putLabel(CalicoLabels.NAMESPACE, "spoofed")
                  .putLabel(CalicoLabels.ORCHESTRATOR, "spoofed")
                  .putLabel(CalicoLabels.SERVICE_ACCOUNT, "spoofed"));

      assertThat(wep.metadata().labels())
          .containsEntry(CalicoLabels.NAMESPACE, "default")
          .containsEntry(CalicoLabels.ORCHESTRATOR, "k8s")
          .containsEntry(CalicoLabels.SERVICE_ACCOUNT, "sa-test");
    }

    @Test
    void serviceAccountGivesLabelProfileAndField() {
      // Calico: 'should parse a Pod with serviceaccount'.
      WorkloadEndpoint wep = convert(podA().serviceAccountName("sa-test"));

      assertThat(wep.metadata().labels()).containsEntry(CalicoLabels.SERVICE_ACCOUNT, "sa-test");
      assertThat(wep.spec().profiles()).containsExactly("kns.default", "ksa.default.sa-test");
      assertThat(wep.spec().serviceAccountName()).isEqualTo("sa-test");
    }

    @Test
    void longServiceAccountGetsNoLabelButKeepsProfileAndField() {
      // Calico: 'should parse a Pod with long serviceaccount'.
      String longName =
          "serviceaccount-name-that-is-too-long-to-be-used-as-a-kubernetes-label"
              + "-because-it-exceeds-the-character-limit";
      WorkloadEndpoint wep = convert(podA().serviceAccountName(longName));

      assertThat(wep.metadata().labels()).doesNotContainKey(CalicoLabels.SERVICE_ACCOUNT);
      assertThat(wep.spec().profiles()).containsExactly("kns.default", "ksa.default." + longName);
      assertThat(wep.spec().serviceAccountName()).isEqualTo(longName);
    }

    @Test
    void sixtyThreeCharacterServiceAccountGetsNoLabel() {
      // len < 63 is required, so a 63-character name (a valid label value) is left out.
      String sa63 = "s".repeat(63);
      String sa62 = "s".repeat(62);

      WorkloadEndpoint wep63 = convert(podA().serviceAccountName(sa63));
      assertThat(wep63.metadata().labels()).doesNotContainKey(CalicoLabels.SERVICE_ACCOUNT);
      assertThat(wep63.spec().profiles()).containsExactly("kns.default", "ksa.default." + sa63);
      assertThat(wep63.spec().serviceAccountName()).isEqualTo(sa63);

      assertThat(convert(podA().serviceAccountName(sa62)).metadata().labels())
          .containsEntry(CalicoLabels.SERVICE_ACCOUNT, sa62);
    }

    @Test
    void podsOwnServiceAccountLabelSurvivesWhenTheNameIsTooLong() {
      // Pod labels are copied first and the service-account label is then simply not set.
      WorkloadEndpoint wep =
          convert(
              podA()
                  .serviceAccountName("s".repeat(63))
                  .putLabel(CalicoLabels.SERVICE_ACCOUNT, "from-the-pod"));

      assertThat(wep.metadata().labels())
          .containsEntry(CalicoLabels.SERVICE_ACCOUNT, "from-the-pod");
    }

    @Test
    void serviceAccountWithDotsSplitsBackAtTheSecondDot() {
      // Calico: ksa.default.test.foo -> namespace default, service account test.foo.
      WorkloadEndpoint wep = convert(podA().serviceAccountName("test.foo"));

      assertThat(wep.spec().profiles()).containsExactly("kns.default", "ksa.default.test.foo");
      assertThat(CalicoProfiles.serviceAccountOf(wep.spec().profiles().get(1)))
          .contains(ServiceAccountRef.of("default", "test.foo"));
    }

    @Test
    void emptyNamespaceIsKeptButDefaultsInTheServiceAccountProfile() {
      WorkloadEndpoint wep =
          convert(PodView.builder().name("p").nodeName("n").serviceAccountName("sa"));

      assertThat(wep.metadata().namespace()).isEmpty();
      assertThat(wep.metadata().labels()).containsEntry(CalicoLabels.NAMESPACE, "");
      assertThat(wep.spec().profiles()).containsExactly("kns.", "ksa.default.sa");
    }
  }

  @Nested
  class IpNetworks {
    @Test
    void statusPodIpBecomesSlash32() {
      assertThat(convert(podA().podIP("192.168.0.1")).spec().ipNetworks())
          .containsExactly("192.168.0.1/32");
    }

    @Test
    void dualStackStatusPodIPsKeepTheirOrder() {
      // Calico: 'should parse a Pod with dual stack IPs to a WorkloadEndpoint'.
      WorkloadEndpoint wep =
          convert(podA().podIP("192.168.0.1").addPodIPs("192.168.0.1", "fd5f:8067::1"));

      assertThat(wep.spec().ipNetworks()).containsExactly("192.168.0.1/32", "fd5f:8067::1/128");
    }

    @Test
    void statusWinsOverTheCalicoAnnotation() {
      // Calico: 'should prioritise PodIP over the calico annotation for the IP'.
      WorkloadEndpoint wep =
          convert(podA().podIP("192.168.0.2").putAnnotation(PodAnnotations.POD_IP, "192.168.0.1"));

      assertThat(wep.spec().ipNetworks()).containsExactly("192.168.0.2/32");
    }

    @Test
    void podIPsListWinsOverPodIP() {
      WorkloadEndpoint wep = convert(podA().podIP("10.0.0.1").addPodIPs("10.0.0.2"));

      assertThat(wep.spec().ipNetworks()).containsExactly("10.0.0.2/32");
    }

    @Test
    void pluralCalicoAnnotationWinsOverSingular() {
      // Calico: 'should look in the dual stack calico annotation for the IPs'.
      WorkloadEndpoint wep =
          convert(
              podA()
                  .putAnnotation(PodAnnotations.POD_IP, "192.168.0.1")
                  .putAnnotation(PodAnnotations.POD_IPS, "192.168.0.1,fd5f:8067::1"));

      assertThat(wep.spec().ipNetworks()).containsExactly("192.168.0.1/32", "fd5f:8067::1/128");
    }

    @Test
    void singularCalicoAnnotation() {
      // Calico: 'should look in the calico annotation for the IP'.
      assertThat(
              convert(podA().putAnnotation(PodAnnotations.POD_IP, "192.168.0.1"))
                  .spec()
                  .ipNetworks())
          .containsExactly("192.168.0.1/32");
    }

    @Test
    void awsAnnotationIsTheLastResort() {
      // Calico: 'should look for the AWS VPC CNI annotation for pod IPs'.
      assertThat(
              convert(podA().putAnnotation(PodAnnotations.AWS_POD_IPS, "192.168.0.1,192.168.0.2"))
                  .spec()
                  .ipNetworks())
          .containsExactly("192.168.0.1/32", "192.168.0.2/32");
      assertThat(
              convert(
                      podA()
                          .putAnnotation(PodAnnotations.POD_IP, "10.0.0.1")
                          .putAnnotation(PodAnnotations.AWS_POD_IPS, "192.168.0.1"))
                  .spec()
                  .ipNetworks())
          .containsExactly("10.0.0.1/32");
    }

    @Test
    void annotationsWithPrefixLengths() {
      // Calico: 'should handle IP annotations with /32 and /128'.
      WorkloadEndpoint wep =
          convert(
              podA()
                  .putAnnotation(PodAnnotations.POD_IP, "192.168.0.1/32")
                  .putAnnotation(PodAnnotations.POD_IPS, "192.168.0.1/32,fd5f:8067::1/128"));

      assertThat(wep.spec().ipNetworks()).containsExactly("192.168.0.1/32", "fd5f:8067::1/128");
    }

    @Test
    void noIpAtAllGivesAnEndpointWithoutNetworks() {
      // Calico: 'should return a value for a missing pod IP'.
      assertThat(convert(podA()).spec().ipNetworks()).isEmpty();
    }

    @Test
    void cidrWithHostBitsIsMaskedToItsNetwork() {
      WorkloadEndpoint wep =
          convert(podA().putAnnotation(PodAnnotations.POD_IPS, "192.168.0.1/24,fd5f:8067::1/64"));

      assertThat(wep.spec().ipNetworks()).containsExactly("192.168.0.0/24", "fd5f:8067::/64");
    }

    @Test
    void ipv4MappedAddressIsWrittenAsIPv4() {
      // Go: To4() is non-nil, so the network is 4 bytes with a /32 mask.
      assertThat(convert(podA().podIP("::ffff:192.168.0.1")).spec().ipNetworks())
          .containsExactly("192.168.0.1/32");
      // A mapped CIDR keeps its 128-bit mask, and IPNet.String prints its last 32 bits.
      assertThat(convert(podA().podIP("::ffff:192.168.0.1/120")).spec().ipNetworks())
          .containsExactly("192.168.0.0/24");
    }

    @Test
    void ipv6IsWrittenInGoCanonicalForm() {
      WorkloadEndpoint wep =
          convert(
              podA()
                  .addPodIPs(
                      "FD5F:8067:0000:0000:0000:0000:0000:0001",
                      "2001:db8:0:0:1:0:0:1",
                      "2001:0db8:0000:0001:0000:0001:0000:0001"));

      assertThat(wep.spec().ipNetworks())
          .containsExactly("fd5f:8067::1/128", "2001:db8::1:0:0:1/128", "2001:db8:0:1:0:1:0:1/128");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"foobar", "010.0.0.1", "1.2.3.4.5", "fe80::1%eth0", "10.0.0.1/33", " 10.0.0.1"})
    void unparsableStatusIpFailsOnItsField(String ip) {
      PodConversionException e = failure(podA().podIP(ip));

      assertThat(e.field()).isEqualTo("status.podIP");
      assertThat(e.reason()).contains("'" + ip + "'");
    }

    @Test
    void badEntryInPodIPsNamesItsIndex() {
      assertThat(failure(podA().addPodIPs("10.0.0.1", "fd00::g")).field())
          .isEqualTo("status.podIPs[1]");
    }

    @Test
    void badAnnotationIpNamesTheAnnotation() {
      // Calico: 'should return an error for a bad pod IP' and '... bad podIPs annotation'.
      assertThat(failure(podA().putAnnotation(PodAnnotations.POD_IP, "foobar")).field())
          .isEqualTo("metadata.annotations[cni.projectcalico.org/podIP]");
      assertThat(failure(podA().putAnnotation(PodAnnotations.POD_IPS, "foobar")).field())
          .isEqualTo("metadata.annotations[cni.projectcalico.org/podIPs]");
      // strings.Split does not trim.
      assertThat(
              failure(podA().putAnnotation(PodAnnotations.AWS_POD_IPS, "10.0.0.1, 10.0.0.2"))
                  .field())
          .isEqualTo("metadata.annotations[vpc.amazonaws.com/pod-ips]");
    }

    @Test
    void emptyListEntryBecomesGoNilNetwork() {
      // net.IP.UnmarshalText("") succeeds with a nil IP, which IPNet.String prints as <nil>.
      WorkloadEndpoint wep = convert(podA().putAnnotation(PodAnnotations.POD_IPS, "10.0.0.1,"));

      assertThat(wep.spec().ipNetworks()).containsExactly("10.0.0.1/32", "<nil>");
    }

    @Test
    void badIpFailsEvenForAFinishedPod() {
      // Calico parses the IPs before it checks whether the pod has finished.
      assertThat(failure(podA().podIP("foobar").phase("Succeeded")).field())
          .isEqualTo("status.podIP");
    }
  }

  @Nested
  class FinishedPods {
    @ParameterizedTest
    @CsvSource({
      // Calico: 'PodToDefaultWorkloadEndpoint reject/accept phase tests'.
      "Pending, 1",
      "Running, 1",
      "Unknown, 1",
      "Succeeded, 0",
      "Failed, 0",
      "Completed, 0",
    })
    void phaseDecidesWhetherTheIpsAreKept(String phase, int networks) {
      WorkloadEndpoint wep =
          convert(
              podA()
                  .phase(phase)
                  .podIP("192.168.0.1")
                  .putAnnotation(PodAnnotations.POD_IP, "192.168.0.1"));

      assertThat(wep.spec().ipNetworks()).hasSize(networks);
      assertThat(wep.metadata().name()).isEqualTo("nodeA-k8s-podA-eth0");
    }

    @Test
    void deletedPodWithEmptyPodIpAnnotationHasReleasedItsIps() {
      // Calico: 'should treat running pod with empty podIP with a deletion timestamp as finished'
      // and the termPod2 watch test.
      WorkloadEndpoint wep =
          convert(
              PodView.builder()
                  .namespace("testNamespace")
                  .name("termPod2")
                  .nodeName("test-node")
                  .deletionTimestamp("2024-05-01T12:01:00Z")
                  .putAnnotation(PodAnnotations.POD_IP, "")
                  .putAnnotation(PodAnnotations.POD_IPS, "")
                  .podIP("192.168.91.115")
                  .phase("Running"));

      assertThat(wep.spec().ipNetworks()).isEmpty();
      assertThat(wep.spec().interfaceName()).isEqualTo("cali9591578421e");
    }

    @Test
    void deletedPodWithEmptyAwsAnnotationHasReleasedItsIps() {
      WorkloadEndpoint wep =
          convert(
              podA()
                  .deletionTimestamp("2024-05-01T12:01:00Z")
                  .putAnnotation(PodAnnotations.AWS_POD_IPS, "")
                  .podIP("192.168.0.1"));

      assertThat(wep.spec().ipNetworks()).isEmpty();
    }

    @Test
    void deletedPodWithoutTheAnnotationKeepsItsIps() {
      // Calico: '... no podIP annotation with a deletion timestamp as running'.
      WorkloadEndpoint wep =
          convert(
              podA()
                  .deletionTimestamp("2024-05-01T12:01:00Z")
                  .putAnnotation("arbitrary", "annotation")
                  .podIP("192.168.0.1")
                  .phase("Running"));

      assertThat(wep.spec().ipNetworks()).containsExactly("192.168.0.1/32");
    }

    @Test
    void deletedPodWithAStillSetAnnotationKeepsItsIps() {
      // The termPod watch test: the CNI plugin has not released the IP yet.
      WorkloadEndpoint wep =
          convert(
              podA()
                  .deletionTimestamp("2024-05-01T12:01:00Z")
                  .putAnnotation(PodAnnotations.POD_IP, "192.168.91.114")
                  .podIP("192.168.91.114"));

      assertThat(wep.spec().ipNetworks()).containsExactly("192.168.91.114/32");
    }

    @Test
    void emptyAnnotationWithoutDeletionIsNotFinished() {
      // Calico: '... empty podIP annotation and no deletion timestamp as Running'.
      WorkloadEndpoint wep =
          convert(podA().putAnnotation(PodAnnotations.POD_IP, "").podIP("192.168.0.1"));

      assertThat(wep.spec().ipNetworks()).containsExactly("192.168.0.1/32");
    }

    @Test
    void finishedPodGetsNoNats() {
      WorkloadEndpoint wep =
          convert(
              podA()
                  .phase("Succeeded")
                  .podIP("192.168.0.1")
                  .putAnnotation(PodAnnotations.FLOATING_IPS, "[\"1.1.1.1\"]"));

      assertThat(wep.spec().ipNATs()).isEmpty();
    }
  }

  @Nested
  class FloatingIPs {
    @Test
    void singleFloatingIp() {
      // Calico: 'should look in the calico annotation for a floating IP'.
      WorkloadEndpoint wep =
          convert(
              podA()
                  .putAnnotation(PodAnnotations.POD_IP, "192.168.0.1")
                  .putAnnotation(PodAnnotations.FLOATING_IPS, "[\"1.1.1.1\"]"));

      assertThat(wep.spec().ipNATs()).containsExactly(IPNAT.of("192.168.0.1", "1.1.1.1"));
    }

    @Test
    void dualStackPairsEachExternalIpWithItsFamily() {
      WorkloadEndpoint wep =
          convert(
              podA()
                  .addPodIPs("fd5f:8067::1", "192.168.0.1")
                  .putAnnotation(
                      PodAnnotations.FLOATING_IPS,
                      "[\"fd80:100:100::10\", \"1.1.1.1\", \"2.2.2.2\"]"));

      assertThat(wep.spec().ipNATs())
          .containsExactly(
              IPNAT.of("fd5f:8067::1", "fd80:100:100::10"),
              IPNAT.of("192.168.0.1", "1.1.1.1"),
              IPNAT.of("192.168.0.1", "2.2.2.2"));
    }

    @Test
    void externalIpWithoutAPodIpOfItsFamilyIsSkipped() {
      WorkloadEndpoint wep =
          convert(
              podA()
                  .podIP("fd5f:8067::1")
                  .putAnnotation(PodAnnotations.FLOATING_IPS, "[\"1.1.1.1\", \"fd80::10\"]"));

      assertThat(wep.spec().ipNATs()).containsExactly(IPNAT.of("fd5f:8067::1", "fd80::10"));
    }

    @Test
    void familyIsChosenByTheColonOnlyAndExternalIpsAreNotChecked() {
      WorkloadEndpoint wep =
          convert(
              podA()
                  .addPodIPs("192.168.0.1", "fd5f:8067::1")
                  .putAnnotation(PodAnnotations.FLOATING_IPS, "[\"not-an-ip\", \"a:b\", null]"));

      assertThat(wep.spec().ipNATs())
          .containsExactly(
              IPNAT.of("192.168.0.1", "not-an-ip"),
              IPNAT.of("fd5f:8067::1", "a:b"),
              IPNAT.of("192.168.0.1", ""));
    }

    @Test
    void lastPodIpOfAFamilyWins() {
      WorkloadEndpoint wep =
          convert(
              podA()
                  .addPodIPs("192.168.0.1", "192.168.0.2")
                  .putAnnotation(PodAnnotations.FLOATING_IPS, "[\"1.1.1.1\"]"));

      assertThat(wep.spec().ipNATs()).containsExactly(IPNAT.of("192.168.0.2", "1.1.1.1"));
    }

    @Test
    void withoutPodIpsTheAnnotationIsNotEvenParsed() {
      assertThat(
              convert(podA().putAnnotation(PodAnnotations.FLOATING_IPS, "garbage")).spec().ipNATs())
          .isEmpty();
    }

    @Test
    void nullAnnotationMeansNoNats() {
      assertThat(
              convert(podA().podIP("10.0.0.1").putAnnotation(PodAnnotations.FLOATING_IPS, "null"))
                  .spec()
                  .ipNATs())
          .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "garbage",
          "\"1.1.1.1\"",
          "[1]",
          "[\"1.1.1.1\",]",
          "{}",
          "[\"1.1.1.1\"] x",
          "[[\"1.1.1.1\"]]"
        })
    void malformedAnnotationFailsWhenThePodHasIps(String annotation) {
      PodConversionException e =
          failure(podA().podIP("10.0.0.1").putAnnotation(PodAnnotations.FLOATING_IPS, annotation));

      assertThat(e.field()).isEqualTo("metadata.annotations[cni.projectcalico.org/floatingIPs]");
      assertThat(e.reason()).startsWith("failed to parse '" + annotation + "' as JSON: ");
    }

    @Test
    void podIpWiderThanOneAddressFails() {
      PodConversionException e =
          failure(
              podA()
                  .podIP("192.168.0.1/24")
                  .putAnnotation(PodAnnotations.FLOATING_IPS, "[\"1.1.1.1\"]"));

      assertThat(e.field()).isEqualTo("status.podIP");
      assertThat(e.reason())
          .startsWith("PodIP 192.168.0.0/24 is not a valid IPv4: Mask size is 24, not 32");
    }

    @Test
    void anyWidePodIpFailsEvenIfNoExternalIpUsesItsFamily() {
      PodConversionException e =
          failure(
              podA()
                  .addPodIPs("192.168.0.1", "fd00::/64")
                  .putAnnotation(PodAnnotations.FLOATING_IPS, "[]"));

      assertThat(e.field()).isEqualTo("status.podIPs[1]");
      assertThat(e.reason()).startsWith("PodIP fd00::/64 is not a valid IPv6: Mask size is 64");
    }

    @Test
    void ipv4MappedCidrKeepsItsIpv6MaskSoFails() {
      // Go: To4() != nil, but Mask.Size() of the 16-byte mask is 128, not 32.
      PodConversionException e =
          failure(
              podA()
                  .podIP("::ffff:192.168.0.1/128")
                  .putAnnotation(PodAnnotations.FLOATING_IPS, "[\"1.1.1.1\"]"));

      assertThat(e.reason()).contains("Mask size is 128, not 32");
    }
  }

  @Nested
  class AllowedSourcePrefixes {
    private WorkloadEndpoint withPrefixes(String annotation) {
      return convert(
          podA()
              .putAnnotation(PodAnnotations.POD_IP, "192.168.0.1")
              .putAnnotation(PodAnnotations.ALLOWED_SOURCE_PREFIXES, annotation));
    }

    @Test
    void prefixesAreKeptInOrder() {
      // Calico: 'should look at the source spoofing disabling annotation'.
      assertThat(
              withPrefixes("[\"8.8.8.8/32\",\"1.1.1.0/24\"]").spec().allowSpoofedSourcePrefixes())
          .containsExactly("8.8.8.8/32", "1.1.1.0/24");
    }

    @Test
    void prefixesAreNormalisedToTheirNetwork() {
      // Calico: 'should normalize CIDRs in the source spoofing disabling annotation'.
      assertThat(withPrefixes("[\"1.1.1.1/16\"]").spec().allowSpoofedSourcePrefixes())
          .containsExactly("1.1.0.0/16");
      assertThat(withPrefixes("[\"FD00::1/64\"]").spec().allowSpoofedSourcePrefixes())
          .containsExactly("fd00::/64");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "[\"\"]",
          "[\"gumbo\"]",
          "[\"1.1.1.1\"]",
          "[null]",
          "nope",
          "[\"1.1.1.0/24\", 5]"
        })
    void invalidEntryFails(String annotation) {
      // Calico: 'should error on empty string ...' and '... invalid CIDR ...'; bare IPs are not
      // CIDRs.
      PodView pod =
          podA()
              .putAnnotation(PodAnnotations.POD_IP, "192.168.0.1")
              .putAnnotation(PodAnnotations.ALLOWED_SOURCE_PREFIXES, annotation)
              .build();

      assertThatThrownBy(() -> CONVERSION.toWorkloadEndpoint(pod))
          .isInstanceOfSatisfying(
              PodConversionException.class,
              e ->
                  assertThat(e.field())
                      .isEqualTo(
                          "metadata.annotations[cni.projectcalico.org/allowedSourcePrefixes]"));
    }

    @Test
    void emptyAnnotationIsIgnored() {
      // Calico only parses the annotation when it is non-empty.
      assertThat(withPrefixes("").spec().allowSpoofedSourcePrefixes()).isEmpty();
      assertThat(withPrefixes("null").spec().allowSpoofedSourcePrefixes()).isEmpty();
    }

    @Test
    void prefixesDoNotNeedPodIps() {
      WorkloadEndpoint wep =
          convert(podA().putAnnotation(PodAnnotations.ALLOWED_SOURCE_PREFIXES, "[\"10.0.0.0/8\"]"));

      assertThat(wep.spec().allowSpoofedSourcePrefixes()).containsExactly("10.0.0.0/8");
    }
  }

  @Nested
  class Ports {
    private List<WorkloadEndpointPort> portsOf(ContainerPortView... ports) {
      return convert(podA().addContainers(ContainerView.of(ports))).spec().ports();
    }

    private ImmutableContainerPortView.Builder port() {
      return ContainerPortView.builder();
    }

    @Test
    void namedPortIsIncluded() {
      assertThat(portsOf(port().name("http").containerPort(8080).build()))
          .containsExactly(
              WorkloadEndpointPort.builder()
                  .name("http")
                  .protocol(Protocol.TCP)
                  .port(8080)
                  .build());
    }

    @Test
    void unnamedPortWithHostPortIsIncluded() {
      assertThat(portsOf(port().containerPort(500).hostPort(5000).protocol("TCP").build()))
          .containsExactly(
              WorkloadEndpointPort.builder()
                  .protocol(Protocol.TCP)
                  .port(500)
                  .hostPort(5000)
                  .build());
    }

    @Test
    void unnamedPortWithoutHostPortIsLeftOut() {
      assertThat(portsOf(port().containerPort(5678).build())).isEmpty();
    }

    @Test
    void portWithoutContainerPortIsLeftOut() {
      assertThat(portsOf(port().name("http").hostPort(80).build())).isEmpty();
    }

    @Test
    void hostIpIsPassedThrough() {
      assertThat(
              portsOf(
                  port()
                      .name("h")
                      .containerPort(8081)
                      .hostPort(6789)
                      .hostIP("1.2.3.4")
                      .protocol("TCP")
                      .build()))
          .containsExactly(
              WorkloadEndpointPort.builder()
                  .name("h")
                  .protocol(Protocol.TCP)
                  .port(8081)
                  .hostPort(6789)
                  .hostIP("1.2.3.4")
                  .build());
    }

    @ParameterizedTest
    @CsvSource({"TCP, TCP", "'', TCP", "UDP, UDP", "SCTP, SCTP"})
    void protocolMapping(String kubernetes, String calico) {
      assertThat(portsOf(port().name("p").containerPort(1).protocol(kubernetes).build()))
          .extracting(WorkloadEndpointPort::protocol)
          .containsExactly(Protocol.of(calico));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "udp", "tcp", "Sctp", "ICMP", "6"})
    void otherProtocolsAreSkipped(String kubernetes) {
      // Calico switches on the Kubernetes constants, which are upper case.
      assertThat(portsOf(port().name("p").containerPort(1).protocol(kubernetes).build())).isEmpty();
    }

    @Test
    void containersComeBeforeInitContainers() {
      WorkloadEndpoint wep =
          convert(
              podA()
                  .addInitContainers(ContainerView.of(port().name("init").containerPort(1).build()))
                  .addContainers(
                      ContainerView.of(port().name("a").containerPort(2).build()),
                      ContainerView.of(
                          port().name("b").containerPort(3).build(),
                          port().name("c").containerPort(4).protocol("UDP").build())));

      assertThat(wep.spec().ports())
          .extracting(WorkloadEndpointPort::name)
          .containsExactly("a", "b", "c", "init");
    }

    @Test
    void portsAreTruncatedToSixteenBitsLikeGo() {
      // uint16(containerPort): 70000 - 65536 = 4464; 65536 is included (non-zero) and becomes 0.
      assertThat(
              portsOf(
                  port().name("big").containerPort(70000).hostPort(65537).build(),
                  port().name("wrap").containerPort(65536).build()))
          .extracting(WorkloadEndpointPort::port, WorkloadEndpointPort::hostPort)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(4464, 1),
              org.assertj.core.groups.Tuple.tuple(0, 0));
    }
  }

  @Nested
  class Lists {
    @Test
    void unscheduledAndHostNetworkedPodsAreSkipped() {
      List<WorkloadEndpoint> weps =
          CONVERSION.toWorkloadEndpoints(
              List.of(
                  podA().build(),
                  podA().name("pending").nodeName("").build(),
                  podA().name("host").hostNetwork(true).build(),
                  podA().name("podB").build()));

      assertThat(weps)
          .extracting(w -> w.metadata().name())
          .containsExactly("nodeA-k8s-podA-eth0", "nodeA-k8s-podB-eth0");
    }

    @Test
    void failureNamesThePod() {
      List<PodView> pods = List.of(podA().build(), podA().name("bad").podIP("x").build());

      assertThatThrownBy(() -> CONVERSION.toWorkloadEndpoints(pods))
          .isInstanceOfSatisfying(
              PodConversionException.class,
              e -> {
                assertThat(e.pod()).isEqualTo("default/bad");
                assertThat(e.field()).isEqualTo("status.podIP");
              });
    }
  }
}
