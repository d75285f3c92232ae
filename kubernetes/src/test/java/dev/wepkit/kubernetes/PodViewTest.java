// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the Calico-relevant fields of a Pod manifest, with the Kubernetes decoder's typing. */
class PodViewTest {
  /** Trimmed from 'kubectl get pod -o json' of a real pod: every field Calico ignores stays in. */
  private static final String KUBECTL_POD =
      "{\n"
          + "  \"apiVersion\": \"v1\",\n"
          + "  \"kind\": \"Pod\",\n"
          + "  \"metadata\": {\n"
          + "    \"annotations\": {\"cni.projectcalico.org/containerID\": \"c0ffee\",\n"
          + "                    \"cni.projectcalico.org/podIP\": \"10.244.1.5/32\"},\n"
          + "    \"creationTimestamp\": \"2024-05-01T12:00:00Z\",\n"
          + "    \"generateName\": \"web-7d4b9c8f6d-\",\n"
          + "    \"labels\": {\"app\": \"web\", \"pod-template-hash\": \"7d4b9c8f6d\"},\n"
          + "    \"name\": \"web-7d4b9c8f6d-x2x9k\",\n"
          + "    \"namespace\": \"shop\",\n"
          + "    \"ownerReferences\": [{\"kind\": \"ReplicaSet\", \"name\": \"web-7d4b9c8f6d\"}],\n"
          + "    \"resourceVersion\": \"48211\",\n"
          + "    \"uid\": \"5f0c1c1e-3a55-4c9b-9a55-0c1c1e3a554c\"\n"
          + "  },\n"
          + "  \"spec\": {\n"
          + "    \"containers\": [{\n"
          + "      \"image\": \"nginx:1.25\",\n"
          + "      \"name\": \"nginx\",\n"
          + "      \"ports\": [{\"containerPort\": 80, \"name\": \"http\", \"protocol\":"
          + " \"TCP\"}],\n"
          + "      \"resources\": {}\n"
          + "    }],\n"
          + "    \"dnsPolicy\": \"ClusterFirst\",\n"
          + "    \"nodeName\": \"worker-1\",\n"
          + "    \"serviceAccount\": \"web\",\n"
          + "    \"serviceAccountName\": \"web\",\n"
          + "    \"tolerations\": [{\"effect\": \"NoExecute\", \"operator\": \"Exists\"}]\n"
          + "  },\n"
          + "  \"status\": {\n"
          + "    \"conditions\": [{\"status\": \"True\", \"type\": \"Ready\"}],\n"
          + "    \"hostIP\": \"172.18.0.3\",\n"
          + "    \"phase\": \"Running\",\n"
          + "    \"podIP\": \"10.244.1.5\",\n"
          + "    \"podIPs\": [{\"ip\": \"10.244.1.5\"}, {\"ip\": \"fd00:10:244:1::5\"}],\n"
          + "    \"qosClass\": \"BestEffort\"\n"
          + "  }\n"
          + "}\n";

  @Test
  void readsTheCalicoFieldsOfAKubectlPod() {
    PodView pod = PodView.fromJson(KUBECTL_POD);

    PodView expected =
        PodView.builder()
            .namespace("shop")
            .name("web-7d4b9c8f6d-x2x9k")
            .uid("5f0c1c1e-3a55-4c9b-9a55-0c1c1e3a554c")
            .resourceVersion("48211")
            .creationTimestamp("2024-05-01T12:00:00Z")
            .generateName("web-7d4b9c8f6d-")
            .putLabel("app", "web")
            .putLabel("pod-template-hash", "7d4b9c8f6d")
            .putAnnotation("cni.projectcalico.org/containerID", "c0ffee")
            .putAnnotation("cni.projectcalico.org/podIP", "10.244.1.5/32")
            .nodeName("worker-1")
            .serviceAccountName("web")
            .addContainers(
                ContainerView.builder()
                    .name("nginx")
                    .addPort(
                        ContainerPortView.builder()
                            .name("http")
                            .containerPort(80)
                            .protocol("TCP")
                            .build())
                    .build())
            .phase("Running")
            .podIP("10.244.1.5")
            .addPodIPs("10.244.1.5", "fd00:10:244:1::5")
            .build();
    assertThat(pod).isEqualTo(expected);
    assertThat(pod.hostNetwork()).isFalse();
    assertThat(pod.deletionTimestamp()).isEmpty();
    assertThat(pod.initContainers()).isEmpty();
  }

  @Test
  void readsHostNetworkDeletionAndInitContainers() {
    PodView pod =
        PodView.fromJson(
            "{\"metadata\": {\"deletionTimestamp\": \"2024-05-01T12:00:30Z\"}, \"spec\":"
                + " {\"hostNetwork\": true, \"initContainers\": [{\"ports\": [{\"containerPort\":"
                + " 9, \"hostPort\": 90, \"hostIP\": \"0.0.0.0\", \"protocol\": \"UDP\"}]}]}}");

    assertThat(pod.hostNetwork()).isTrue();
    assertThat(pod.deletionTimestamp()).contains("2024-05-01T12:00:30Z");
    assertThat(pod.initContainers())
        .containsExactly(
            ContainerView.of(
                ContainerPortView.builder()
                    .containerPort(9)
                    .hostPort(90)
                    .hostIP("0.0.0.0")
                    .protocol("UDP")
                    .build()));
  }

  @Test
  void nullMeansUnsetAsInGo() {
    PodView pod =
        PodView.fromJson(
            "{\"metadata\": {\"name\": null, \"labels\": {\"a\": null}, \"annotations\": null,"
                + " \"creationTimestamp\": null},"
                + " \"spec\": {\"hostNetwork\": null, \"containers\": [null, {\"ports\": [null]}]},"
                + " \"status\": {\"podIPs\": [{}, {\"ip\": null}, null]}}");

    assertThat(pod.name()).isEmpty();
    assertThat(pod.labels()).containsEntry("a", "");
    assertThat(pod.annotations()).isEmpty();
    assertThat(pod.creationTimestamp()).isEmpty();
    assertThat(pod.containers())
        .containsExactly(ContainerView.of(), ContainerView.of(ContainerPortView.builder().build()));
    assertThat(pod.podIPs()).containsExactly("", "", "");
  }

  @Test
  void emptyObjectIsAnEmptyPod() {
    assertThat(PodView.fromJson("{}")).isEqualTo(PodView.builder().build());
  }

  @Test
  void fieldNamesAreCaseSensitive() {
    PodView pod = PodView.fromJson("{\"spec\": {\"NodeName\": \"n\", \"nodename\": \"m\"}}");

    assertThat(pod.nodeName()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"metadata\": {\"name\": 5}}| metadata.name| the number 5",
        "{\"metadata\": []}| metadata| an array",
        "{\"metadata\": {\"labels\": {\"app\": 1}}}| metadata.labels[app]| the number 1",
        "{\"metadata\": {\"annotations\": {\"x/y\": true}}}| metadata.annotations[x/y]| the boolean"
            + " true",
        "{\"metadata\": {\"labels\": [\"a\"]}}| metadata.labels| an array",
        "{\"metadata\": {\"resourceVersion\": 1234}}| metadata.resourceVersion| the number 1234",
        "{\"spec\": {\"hostNetwork\": \"true\"}}| spec.hostNetwork| the string \"true\"",
        "{\"spec\": {\"containers\": {}}}| spec.containers| an object",
        "{\"spec\": {\"containers\": [5]}}| spec.containers[0]| the number 5",
        "{\"spec\": {\"containers\": [{}, {\"ports\": [{\"containerPort\": 80.5}]}]}}"
            + "| spec.containers[1].ports[0].containerPort| the number 80.5",
        "{\"spec\": {\"initContainers\": [{\"ports\": [{}, {\"hostPort\": 2147483648}]}]}}"
            + "| spec.initContainers[0].ports[1].hostPort| the number 2147483648",
        "{\"spec\": {\"containers\": [{\"ports\": [{\"containerPort\": \"80\"}]}]}}"
            + "| spec.containers[0].ports[0].containerPort| the string \"80\"",
        "{\"spec\": {\"containers\": [{\"ports\": [{\"protocol\": 6}]}]}}"
            + "| spec.containers[0].ports[0].protocol| the number 6",
        "{\"status\": {\"podIPs\": [\"10.0.0.1\"]}}| status.podIPs[0]| the string \"10.0.0.1\"",
        "{\"status\": {\"podIPs\": [{\"ip\": \"a\"}, {\"ip\": 1}]}}| status.podIPs[1].ip| the"
            + " number 1",
        "{\"status\": {\"phase\": false}}| status.phase| the boolean false",
        "{\"kind\": \"Service\"}| kind| Service",
        "{\"kind\": 1}| kind| the number 1",
        "{\"apiVersion\": \"v2\", \"kind\": \"Pod\"}| apiVersion| v2",
        "[]| ''| an array",
        "\"pod\"| ''| the string \"pod\"",
      })
  void wrongTypesNameTheirPath(String json, String field, String detail) {
    assertThatThrownBy(() -> PodView.fromJson(json))
        .isInstanceOfSatisfying(
            PodConversionException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.reason()).contains(detail);
              assertThat(e.pod()).isEmpty();
            });
  }

  @Test
  void timestampsMustBeRfc3339() {
    assertThatThrownBy(
            () -> PodView.fromJson("{\"metadata\": {\"creationTimestamp\": \"yesterday\"}}"))
        .isInstanceOfSatisfying(
            PodConversionException.class,
            e -> assertThat(e.field()).isEqualTo("metadata.creationTimestamp"));
    assertThatThrownBy(
            () -> PodView.fromJson("{\"metadata\": {\"deletionTimestamp\": \"2024-05-01\"}}"))
        .isInstanceOfSatisfying(
            PodConversionException.class,
            e -> assertThat(e.field()).isEqualTo("metadata.deletionTimestamp"));
    // A view built by hand is held to the same rule.
    assertThatThrownBy(() -> PodView.builder().creationTimestamp("2024-05-01 12:00").build())
        .isInstanceOfSatisfying(
            PodConversionException.class,
            e -> assertThat(e.field()).isEqualTo("metadata.creationTimestamp"));
  }

  @Test
  void malformedJsonIsAnErrorOnTheWholeDocument() {
    assertThatThrownBy(() -> PodView.fromJson("{\"metadata\": {\"name\": \"p\",}}"))
        .isInstanceOfSatisfying(
            PodConversionException.class,
            e -> {
              assertThat(e.field()).isEmpty();
              assertThat(e.reason()).startsWith("malformed JSON at line 1, column ");
            });
    assertThatThrownBy(() -> PodView.fromJson("{} {}")).isInstanceOf(PodConversionException.class);
    assertThatThrownBy(() -> PodView.fromJson(""))
        .isInstanceOfSatisfying(
            PodConversionException.class, e -> assertThat(e.reason()).contains("got nothing"));
  }

  @Test
  void readsAStreamWithoutClosingIt() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(KUBECTL_POD.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed.set(true);
          }
        };

    assertThat(PodView.fromJson(in).name()).isEqualTo("web-7d4b9c8f6d-x2x9k");
    assertThat(closed).isFalse();
  }

  @Test
  void kubectlPodConvertsEndToEnd() {
    dev.wepkit.WorkloadEndpoint wep =
        PodConversion.create().toWorkloadEndpoint(PodView.fromJson(KUBECTL_POD)).orElseThrow();

    assertThat(wep.metadata().name()).isEqualTo("worker--1-k8s-web--7d4b9c8f6d--x2x9k-eth0");
    assertThat(wep.spec().ipNetworks()).containsExactly("10.244.1.5/32", "fd00:10:244:1::5/128");
    assertThat(wep.spec().containerID()).isEqualTo("c0ffee");
    assertThat(wep.spec().profiles()).containsExactly("kns.shop", "ksa.shop.web");
    assertThat(wep.metadata().labels())
        .containsEntry("app", "web")
        .containsEntry("projectcalico.org/serviceaccount", "web");
  }
}
