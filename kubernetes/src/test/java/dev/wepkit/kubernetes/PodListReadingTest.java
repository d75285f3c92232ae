// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.testing.Gen;
import dev.wepkit.testing.GenContext;
import dev.wepkit.testing.Seeds;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PodConversion#toWorkloadEndpointList}: a PodList's JSON read once, each Pod converted as
 * it is read, against fabric8 decoding the same bytes and the in-place view of its Pods (an
 * independent reading of the same fields).
 */
class PodListReadingTest {
  private static final KubernetesSerialization JSON = new KubernetesSerialization();
  private static final PodConversion CONVERSION = PodConversion.create();

  private static InputStream bytes(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static WorkloadEndpointList read(String json, List<PodConversionException> skipped) {
    return CONVERSION.toWorkloadEndpointList(bytes(json), skipped::add);
  }

  private static String pod(String name, String extra) {
    return "{\"metadata\":{\"namespace\":\"ns\",\"name\":\""
        + name
        + "\"},\"spec\":{\"nodeName\":\"node1\""
        + extra
        + "},\"status\":{\"podIP\":\"10.0.0.1\"}}";
  }

  @Test
  void generatedPodListsGiveWhatFabric8sPodsGive() {
    long seed = Seeds.seed();
    System.out.println("PodListReadingTest " + Seeds.replayHint(seed));
    GenContext ctx = GenContext.of(seed);
    List<String> namespaces = List.of("default", "team-a", "kube-system");
    List<String> nodes = List.of("node1", "node-2.zone.example", "n3");
    Gen<Pod> generator = Fabric8Pods.pods(namespaces, nodes);
    PodList previous = new PodList();
    for (int round = 0; round < Seeds.tries(40); round++) {
      List<Pod> pods = new ArrayList<>();
      int size = ctx.nextInt(60);
      for (int i = 0; i < size; i++) {
        pods.add(generator.generate(ctx));
      }
      PodList list =
          new PodListBuilder()
              .withNewMetadata()
              .withResourceVersion("rv-" + round)
              .withContinue(round % 2 == 0 ? "token-" + round : null)
              .endMetadata()
              .withItems(pods)
              .build();
      String json = JSON.asJson(list);
      PodList decoded = JSON.unmarshal(json, PodList.class);
      List<WorkloadEndpoint> expected = new ArrayList<>();
      int failures = 0;
      for (Pod pod : decoded.getItems()) {
        PodView view = Fabric8PodViews.inPlace(pod);
        if (view.nodeName().isEmpty() || view.hostNetwork()) {
          continue;
        }
        try {
          CONVERSION.toWorkloadEndpoint(view).ifPresent(expected::add);
        } catch (PodConversionException e) {
          failures++;
        }
      }
      List<PodConversionException> skipped = new ArrayList<>();

      WorkloadEndpointList read = read(json, skipped);

      assertThat(read.items()).as("round %d: %s", round, json).isEqualTo(expected);
      assertThat(skipped).hasSize(failures);
      assertThat(read.metadata().resourceVersion()).isEqualTo("rv-" + round);
      assertThat(read.metadata().continueToken()).isEqualTo(round % 2 == 0 ? "token-" + round : "");
      // One reader for the pages of a list: what it derived for earlier pages (names, profiles,
      // ports) must not change what it derives for the next.
      PodConversion.ListReader pages = CONVERSION.listReader();
      for (int page = 0; page < 3; page++) {
        assertThat(pages.read(bytes(json), e -> {}).items())
            .as("page %d of round %d", page, round)
            .isEqualTo(expected);
      }
      assertThat(pages.read(bytes(JSON.asJson(previous)), e -> {}).items())
          .as("round %d's reader on the previous round's list", round)
          .isEqualTo(
              CONVERSION.toWorkloadEndpointList(bytes(JSON.asJson(previous)), e -> {}).items());
      previous = list;
    }
  }

  @Test
  void aPodOfTheWrongShapeFailsTheListNamingIt() {
    // The Kubernetes decoder fails the whole list; the error names the Pod's field, however deep
    // the value of the wrong type goes.
    String json =
        "{\"kind\":\"PodList\",\"items\":["
            + pod("a", "")
            + ","
            + pod("b", ",\"hostNetwork\":{\"deep\":[1,[2,{\"x\":3}]]},\"more\":[{}]")
            + "]}";

    assertThatThrownBy(() -> read(json, new ArrayList<>()))
        .isInstanceOfSatisfying(
            PodConversionException.class,
            e -> {
              assertThat(e.field()).isEqualTo("items[1].spec.hostNetwork");
              assertThat(e.reason()).isEqualTo("expected a boolean, got an object");
            });
    assertThatThrownBy(
            () -> read("{\"items\":[{\"metadata\":{\"labels\":[\"no\"]}}]}", new ArrayList<>()))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("items[0].metadata.labels")
        .hasMessageContaining("expected an object, got an array");
  }

  @Test
  void theListsMetadataIsReadWhereverItIs() {
    String json =
        "{\"items\":["
            + pod("a", "")
            + "],\"metadata\":{\"resourceVersion\":\"12\",\"continue\":\"next\",\"remainingItemCount\":5}}";

    WorkloadEndpointList list = read(json, new ArrayList<>());

    assertThat(list.items()).hasSize(1);
    assertThat(list.metadata().resourceVersion()).isEqualTo("12");
    assertThat(list.metadata().continueToken()).isEqualTo("next");
  }

  @Test
  void aPodThatCannotBeConvertedNamesItself() {
    String json = "{\"items\":[" + pod("-bad", "") + "," + pod("good", "") + "]}";
    List<PodConversionException> skipped = new ArrayList<>();

    WorkloadEndpointList list = read(json, skipped);

    assertThat(list.items()).extracting(w -> w.spec().pod()).containsExactly("good");
    assertThat(skipped).singleElement().satisfies(e -> assertThat(e.pod()).isEqualTo("ns/-bad"));
  }

  @Test
  void skippedMayStopTheList() {
    String json = "{\"items\":[" + pod("a-", "") + "," + pod("b", "") + "]}";

    assertThatThrownBy(
            () ->
                CONVERSION.toWorkloadEndpointList(
                    bytes(json),
                    e -> {
                      throw e;
                    }))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("ns/a-");
  }

  @Test
  void unscheduledAndHostNetworkedPodsHaveNoEndpointAndAreNotErrors() {
    String json =
        "{\"items\":["
            + "{\"metadata\":{\"namespace\":\"ns\",\"name\":\"pending\"}},"
            + pod("host", ",\"hostNetwork\":true")
            + ","
            + pod("web", "")
            + "]}";
    List<PodConversionException> skipped = new ArrayList<>();

    assertThat(read(json, skipped).items()).extracting(w -> w.spec().pod()).containsExactly("web");
    assertThat(skipped).isEmpty();
  }

  @Test
  void fieldsCalicoDoesNotReadAreSkippedUnread() {
    String managed =
        ",\"managedFields\":[{\"manager\":\"kubelet\",\"fieldsV1\":{\"f:status\":{\"f:podIP\":{},"
            + "\"k:{\\\"ip\\\":\\\"10.0.0.1\\\"}\":{\".\":{}}}},\"time\":12.5e3,\"ok\":true}]";
    String json =
        "{\"apiVersion\":\"v1\",\"kind\":\"List\",\"items\":[{\"kind\":\"Pod\",\"apiVersion\":\"v1\","
            + "\"metadata\":{\"namespace\":\"ns\",\"name\":\"a\""
            + managed
            + ",\"labels\":{\"app\":\"web\",\"empty\":null}},\"spec\":{\"nodeName\":\"node1\","
            + "\"volumes\":[{\"name\":\"v\",\"emptyDir\":{}}],\"containers\":[{\"name\":\"c\","
            + "\"image\":\"x\",\"env\":[{\"name\":\"A\",\"value\":\"1\"}],\"ports\":[{\"name\":\"http\","
            + "\"containerPort\":8080,\"protocol\":\"TCP\"}]}]},\"status\":{\"podIP\":\"10.0.0.1\","
            + "\"conditions\":[{\"type\":\"Ready\"}],\"podIPs\":[{\"ip\":\"10.0.0.1\"}]}}],"
            + "\"metadata\":{\"remainingItemCount\":3}}";

    WorkloadEndpoint wep = read(json, new ArrayList<>()).items().get(0);

    assertThat(wep.metadata().labels())
        .containsEntry("app", "web")
        .containsEntry("empty", "")
        .containsEntry("projectcalico.org/namespace", "ns");
    assertThat(wep.spec().ports())
        .singleElement()
        .satisfies(p -> assertThat(p.port()).isEqualTo(8080));
    assertThat(wep.spec().ipNetworks()).containsExactly("10.0.0.1/32");
    assertThat(wep).isEqualTo(CONVERSION.toWorkloadEndpoints(PodViews.readAll(json)).get(0));
  }

  @Test
  void aRepeatedFieldIsReadAsGoReadsIt() {
    // Go adds a second map to the first and replaces a list; the API server never repeats a key,
    // but a proxy or a hand-written list might.
    String json =
        "{\"items\":[{\"metadata\":{\"namespace\":\"ns\",\"name\":\"a\",\"labels\":{\"x\":\"1\"},"
            + "\"labels\":{\"y\":\"2\"}},\"spec\":{\"nodeName\":\"n\",\"containers\":[{"
            + "\"ports\":[{\"name\":\"a\",\"containerPort\":1}],"
            + "\"ports\":[{\"name\":\"b\",\"containerPort\":2}]}]},\"status\":{"
            + "\"podIPs\":[{\"ip\":\"10.0.0.1\"}],\"podIPs\":[{\"ip\":\"10.0.0.2\"}]}}]}";

    WorkloadEndpoint wep = read(json, new ArrayList<>()).items().get(0);

    assertThat(wep.metadata().labels()).containsEntry("x", "1").containsEntry("y", "2");
    assertThat(wep.spec().ipNetworks()).containsExactly("10.0.0.2/32");
    assertThat(wep.spec().ports())
        .singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("b"));
  }

  @Test
  void theNextPodStartsFromNothing() {
    // One view is reused from Pod to Pod: nothing of a Pod may show in the next.
    String json =
        "{\"items\":[{\"metadata\":{\"namespace\":\"ns\",\"name\":\"a\",\"uid\":\"u\","
            + "\"labels\":{\"x\":\"1\"},\"annotations\":{\"cni.projectcalico.org/containerID\":\"c\"}},"
            + "\"spec\":{\"nodeName\":\"n\",\"serviceAccountName\":\"sa\",\"containers\":[{\"ports\":"
            + "[{\"name\":\"p\",\"containerPort\":1}]}]},\"status\":{\"podIPs\":[{\"ip\":\"10.0.0.1\"}]}},"
            + "{\"metadata\":{\"namespace\":\"ns\",\"name\":\"b\"},\"spec\":{\"nodeName\":\"n\"}}]}";

    List<WorkloadEndpoint> weps = read(json, new ArrayList<>()).items();

    assertThat(weps.get(1))
        .isEqualTo(
            CONVERSION
                .toWorkloadEndpoint(
                    PodView.builder().namespace("ns").name("b").nodeName("n").build())
                .orElseThrow());
  }

  @Test
  void badJsonIsOneErrorWithItsLineAndColumn() {
    assertThatThrownBy(() -> read("{\"items\":[\n" + pod("a", "") + ",\n{\"metadata\":", List.of()))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("malformed JSON at line 3, column");
    assertThatThrownBy(() -> read("{\"items\":[]} {}", List.of()))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("line 1, column 14")
        .hasMessageContaining("more content after the PodList");
    assertThatThrownBy(() -> read("[]", List.of()))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("expected a PodList object, got an array");
    assertThatThrownBy(() -> read("{\"kind\":\"Status\",\"code\":500}", List.of()))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("kind")
        .hasMessageContaining("expected PodList, got Status");
    assertThatThrownBy(() -> read("", List.of()))
        .isInstanceOf(PodConversionException.class)
        .hasMessageContaining("expected a PodList object, got nothing");
  }

  @Test
  void anyUnicodeEncodingJsonAllowsIsRead() {
    String json = "{\"items\":[" + pod("a", "") + "]}";
    for (Charset charset :
        List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, Charset.forName("UTF-32"))) {
      WorkloadEndpointList list =
          CONVERSION.toWorkloadEndpointList(
              new ByteArrayInputStream(json.getBytes(charset)),
              e -> {
                throw e;
              });
      assertThat(list.items()).as(charset.name()).hasSize(1);
    }
  }
}
