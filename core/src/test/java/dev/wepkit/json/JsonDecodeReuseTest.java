// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static dev.wepkit.json.TestDocuments.wep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.wepkit.IPNAT;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader reuses one builder for the elements of a list, one scratch map for the labels and
 * annotations of every resource it reads, and one spec builder per thread from one decode to the
 * next: nothing may carry over from one element, resource or decode to the next. Also covers where
 * a wrong kind or apiVersion is reported, now that the reader takes their locations only for values
 * that can be wrong.
 */
class JsonDecodeReuseTest {
  private final WorkloadEndpointJson json = WorkloadEndpointJson.create();

  @Test
  void listElementsStartFromTheZeroValue() {
    WorkloadEndpoint wep =
        json.read(
            wep(
                "",
                "\"ports\":[{\"name\":\"a\",\"protocol\":\"UDP\",\"port\":53,\"hostPort\":5353,"
                    + "\"hostIP\":\"10.0.0.1\",\"x\":1},{},null,{\"port\":80}],"
                    + "\"ipNATs\":[{\"internalIP\":\"10.0.0.2\",\"externalIP\":\"1.1.1.1\",\"y\":2},"
                    + "{},{\"externalIP\":\"2.2.2.2\"}]"));
    // Go's encoding/json decodes each element into a fresh zero value.
    WorkloadEndpointPort zero = WorkloadEndpointPort.builder().build();
    assertThat(wep.spec().ports())
        .containsExactly(
            WorkloadEndpointPort.builder()
                .name("a")
                .protocol(Protocol.UDP)
                .port(53)
                .hostPort(5353)
                .hostIP("10.0.0.1")
                .putUnknownField("x", IntNode.valueOf(1))
                .build(),
            zero,
            zero,
            WorkloadEndpointPort.builder().port(80).build());
    assertThat(wep.spec().ports().get(1).unknownFields()).isEmpty();
    assertThat(wep.spec().ports().get(1).protocol()).isEqualTo(Protocol.NONE);
    assertThat(wep.spec().ipNATs())
        .containsExactly(
            IPNAT
                .builder()
                .internalIP("10.0.0.2")
                .externalIP("1.1.1.1")
                .putUnknownField("y", IntNode.valueOf(2))
                .build(),
            IPNAT.of("", ""),
            IPNAT.of("", "2.2.2.2"));
    assertThat(wep.spec().ipNATs().get(1).unknownFields()).isEmpty();
  }

  private static final String FULL_SPEC =
      "\"orchestrator\":\"k8s\",\"workload\":\"w\",\"node\":\"n\",\"containerID\":\"c\","
          + "\"pod\":\"p\",\"endpoint\":\"eth0\",\"serviceAccountName\":\"sa\","
          + "\"ipNetworks\":[\"10.0.0.1/32\",\"fd00::1/128\"],"
          + "\"ipNATs\":[{\"internalIP\":\"10.0.0.1\",\"externalIP\":\"1.1.1.1\"}],"
          + "\"ipv4Gateway\":\"10.0.0.254\",\"ipv6Gateway\":\"fd00::fe\","
          + "\"profiles\":[\"kns.default\"],\"interfaceName\":\"cali0\",\"mac\":\"ee:ee:ee:ee:ee:ee\","
          + "\"ports\":[{\"name\":\"http\",\"port\":80}],"
          + "\"allowSpoofedSourcePrefixes\":[\"10.1.0.0/16\"],"
          + "\"qosControls\":{\"ingressBandwidth\":1000000},"
          + "\"awsElasticIPs\":[\"3.3.3.3\"],\"extra\":1";

  @Test
  void aSpecStartsFromTheZeroValueAfterAnotherOnTheSameThread() {
    WorkloadEndpoint full = json.read(wep("", FULL_SPEC));
    assertThat(full.spec().ipNetworks()).containsExactly("10.0.0.1/32", "fd00::1/128");
    assertThat(full.spec().unknownFields()).containsOnlyKeys("extra");

    // The spec builder of the first decode is cleared and reused by the next ones.
    WorkloadEndpoint empty = json.read(wep("", ""));
    assertThat(empty.spec()).isEqualTo(WorkloadEndpointSpec.builder().build());
    WorkloadEndpoint one = json.read(wep("", "\"node\":\"m\",\"ipNetworks\":[\"10.0.0.9/32\"]"));
    assertThat(one.spec())
        .isEqualTo(WorkloadEndpointSpec.builder().node("m").addIpNetwork("10.0.0.9/32").build());
    // And the values already returned are untouched by the reuse.
    assertThat(full).isEqualTo(json.read(wep("", FULL_SPEC)));
    assertThat(full.spec().ports()).hasSize(1);
  }

  @Test
  void aSpecAfterOneThatFailedOrWasLargeStartsFromTheZeroValue() {
    assertThatThrownBy(() -> json.read(wep("", FULL_SPEC + ",\"ports\":[{\"port\":\"x\"}]")))
        .isInstanceOf(WorkloadEndpointDecodeException.class);
    assertThat(json.read(wep("", "")).spec()).isEqualTo(WorkloadEndpointSpec.builder().build());

    String networks =
        Stream.iterate(0, i -> i + 1)
            .limit(500)
            .map(i -> "\"10.0." + (i / 250) + "." + (i % 250) + "/32\"")
            .collect(Collectors.joining(",", "\"ipNetworks\":[", "]"));
    assertThat(json.read(wep("", networks)).spec().ipNetworks()).hasSize(500);
    assertThat(json.read(wep("", "")).spec()).isEqualTo(WorkloadEndpointSpec.builder().build());
  }

  @Test
  void threadsDecodingAtOnceEachGetTheirOwnSpec() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    String node = "n" + thread + "-" + i;
                    WorkloadEndpoint read =
                        json.read(
                            wep("", "\"node\":\"" + node + "\",\"profiles\":[\"" + node + "\"]"));
                    if (!read.spec()
                        .equals(
                            WorkloadEndpointSpec.builder().node(node).addProfile(node).build())) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void labelsAndAnnotationsOfOneResourceStaySeparate() {
    WorkloadEndpoint wep =
        json.read(wep("\"labels\":{\"a\":\"1\",\"b\":\"2\"},\"annotations\":{\"c\":\"3\"}", ""));
    assertThat(wep.metadata().labels()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertThat(wep.metadata().annotations()).containsExactly(Map.entry("c", "3"));
  }

  @Test
  void aDuplicateLabelKeepsItsFirstPlaceAndTakesTheLastValue() {
    WorkloadEndpoint wep = json.read(wep("\"labels\":{\"b\":\"1\",\"a\":\"2\",\"b\":\"3\"}", ""));
    assertThat(wep.metadata().labels()).containsExactly(Map.entry("b", "3"), Map.entry("a", "2"));
  }

  @Test
  void labelsDoNotCarryOverBetweenItemsOfAListOrAStream() {
    String first =
        wep(
            "\"name\":\"one\",\"labels\":{\"a\":\"1\",\"b\":\"2\"},\"annotations\":{\"n\":\"x\"}",
            "");
    String second = wep("\"name\":\"two\",\"labels\":{\"c\":\"3\"}", "");
    String third = wep("\"name\":\"three\"", "");
    String list =
        "{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\",\"items\":["
            + first
            + ","
            + second
            + ","
            + third
            + "]}";
    WorkloadEndpointList read = json.readList(list);
    assertLabels(read.items());
    try (Stream<WorkloadEndpoint> items =
        json.stream(new StringReader("[" + first + "," + second + "," + third + "]"))) {
      assertLabels(items.collect(Collectors.toList()));
    }
  }

  private static void assertLabels(List<WorkloadEndpoint> items) {
    assertThat(items).hasSize(3);
    assertThat(items.get(0).metadata().labels())
        .containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertThat(items.get(0).metadata().annotations()).containsExactly(Map.entry("n", "x"));
    assertThat(items.get(1).metadata().labels()).containsExactly(Map.entry("c", "3"));
    assertThat(items.get(1).metadata().annotations()).isEmpty();
    assertThat(items.get(2).metadata().labels()).isEmpty();
  }

  @Test
  void aWrongKindIsReportedAtItsValue() {
    assertThatThrownBy(
            () -> json.read("{\"apiVersion\":\"projectcalico.org/v3\",\n  \"kind\": \"Pod\"}"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.path()).isEqualTo("kind");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(11);
            });
  }

  @Test
  void aListKindInsideItemsIsReportedAtItsValue() {
    String text =
        "{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\",\"items\":[\n"
            + "{\"kind\":\"WorkloadEndpoint\"},\n"
            + "{\"kind\":\"WorkloadEndpointList\"}]}";
    assertThatThrownBy(() -> json.readList(text))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.path()).isEqualTo("items[1].kind");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(9);
              assertThat(e.problem())
                  .contains(
                      "expected kind \"WorkloadEndpoint\" but found \"WorkloadEndpointList\"");
            });
  }

  @Test
  void aWrongApiVersionIsReportedAtItsValue() {
    assertThatThrownBy(() -> json.read("{\"kind\":\"WorkloadEndpoint\",\n\"apiVersion\":\"v1\"}"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.path()).isEqualTo("apiVersion");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(14);
            });
  }

  @Test
  void aRepeatedKindIsJudgedByItsLastValue() {
    WorkloadEndpoint wep =
        json.read(
            "{\"kind\":\"Pod\",\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\"}");
    assertThat(wep.kind()).isEqualTo(WorkloadEndpoint.KIND);
    assertThatThrownBy(
            () ->
                json.read(
                    "{\"kind\":\"WorkloadEndpoint\",\n\"kind\":\"Pod\","
                        + "\"apiVersion\":\"projectcalico.org/v3\"}"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(8);
            });
  }
}
