// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists whose type is known only part way through: the keys of a JSON object come in any order, so
 * metadata or a spec may be read before {@code kind} says "list", and items may come before or
 * after {@code kind} and {@code apiVersion}. calicoctl refuses a list type it does not know (a
 * {@code PodList}, a {@code List} of another apiVersion than {@code v1}) and a list with a spec;
 * metadata read as an endpoint's is moved to the list's, and what a ListMeta has no field for is
 * kept as unknown fields (each an error in strict mode).
 */
class JsonListShapesTest {
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();
  private static final WorkloadEndpointJson STRICT =
      WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).build();
  private static final String ITEM =
      "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\","
          + "\"metadata\":{\"name\":\"a\",\"namespace\":\"ns\"},\"spec\":{\"node\":\"n\"}}";

  private static WorkloadEndpointDecodeException failure(String text) {
    try {
      JSON.readList(text);
    } catch (WorkloadEndpointDecodeException e) {
      return e;
    }
    throw new AssertionError("read: " + text);
  }

  @Test
  void metadataBeforeTheKindBecomesTheListsMetadata() {
    String text =
        "{\"metadata\":{\"resourceVersion\":\"7\",\"continue\":\"t\",\"name\":\"n\","
            + "\"generateName\":\"g\",\"uid\":\"u\",\"creationTimestamp\":\"2026-01-01T00:00:00Z\","
            + "\"labels\":{\"a\":\"1\"},\"annotations\":{\"b\":\"2\"},\"zzz\":1},"
            + "\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\","
            + "\"items\":["
            + ITEM
            + "]}";
    WorkloadEndpointList list = JSON.readList(text);
    assertThat(list.items()).hasSize(1);
    assertThat(list.metadata().resourceVersion()).isEqualTo("7");
    assertThat(list.metadata().continueToken()).isEqualTo("t");
    assertThat(list.metadata().unknownFields())
        .containsOnlyKeys(
            "zzz", "name", "generateName", "uid", "creationTimestamp", "labels", "annotations");
    assertThat(list.metadata().unknownFields().get("name").textValue()).isEqualTo("n");
    assertThat(list.metadata().unknownFields().get("labels").get("a").textValue()).isEqualTo("1");
    assertThat(list.metadata().unknownFields().get("annotations").get("b").textValue())
        .isEqualTo("2");
    assertThat(list.metadata().unknownFields().get("creationTimestamp").textValue())
        .isEqualTo("2026-01-01T00:00:00Z");

    assertThatThrownBy(() -> STRICT.readList(text))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .satisfies(
            e -> {
              WorkloadEndpointDecodeException d = (WorkloadEndpointDecodeException) e;
              assertThat(d.problems())
                  .extracting(WorkloadEndpointDecodeException::reason)
                  .containsOnly(Reason.UNKNOWN_FIELD);
              // Every field a ListMeta has no place for is one problem. (The strict decode also
              // reports metadata.continue here, read as an endpoint's before the kind said
              // "list": see NOTES-h-pit.md, not pinned.)
              assertThat(d.problems())
                  .extracting(WorkloadEndpointDecodeException::path)
                  .contains(
                      "metadata.name",
                      "metadata.generateName",
                      "metadata.uid",
                      "metadata.creationTimestamp",
                      "metadata.labels",
                      "metadata.annotations",
                      "metadata.zzz")
                  .doesNotContain("metadata.resourceVersion");
              assertThat(d.problems())
                  .extracting(WorkloadEndpointDecodeException::problem)
                  .contains("unknown field \"uid\" in list metadata");
            });
  }

  @Test
  void aContinueThatIsNoStringStaysUnknown() {
    WorkloadEndpointList list =
        JSON.readList(
            "{\"metadata\":{\"continue\":5},\"kind\":\"WorkloadEndpointList\",\"items\":[]}");
    assertThat(list.metadata().continueToken()).isEmpty();
    assertThat(list.metadata().unknownFields()).containsOnlyKeys("continue");
    assertThat(list.metadata().unknownFields().get("continue").intValue()).isEqualTo(5);
    WorkloadEndpointList empty =
        JSON.readList("{\"metadata\":{},\"kind\":\"WorkloadEndpointList\",\"items\":[]}");
    assertThat(empty.metadata().unknownFields()).isEmpty();
  }

  @Test
  void aListHasNoSpec() {
    WorkloadEndpointDecodeException e =
        failure("{\"spec\":{\"node\":\"n\"},\"kind\":\"WorkloadEndpointList\",\"items\":[]}");
    assertThat(e.reason()).isEqualTo(Reason.BINDING);
    assertThat(e.path()).isEqualTo("spec");
    assertThat(e.problem())
        .isEqualTo("a WorkloadEndpointList has no spec: put the endpoints under \"items\"");
  }

  @Test
  void anUnknownListTypeIsRefusedWhereverItsTypeComes() {
    // Type first: refused at the items.
    WorkloadEndpointDecodeException podList =
        failure(
            "{\"kind\":\"PodList\",\"apiVersion\":\"projectcalico.org/v3\",\"items\":["
                + ITEM
                + "]}");
    assertThat(podList.reason()).isEqualTo(Reason.UNSUPPORTED_RESOURCE);
    assertThat(podList.value()).isEqualTo("PodList");
    WorkloadEndpointDecodeException oldVersion =
        failure("{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"v1\",\"items\":[]}");
    assertThat(oldVersion.reason()).isEqualTo(Reason.UNSUPPORTED_RESOURCE);
    assertThat(oldVersion.value()).isEqualTo("v1");
    // Type last: refused when the list ends.
    WorkloadEndpointDecodeException podListLast =
        failure("{\"items\":[],\"kind\":\"PodList\",\"apiVersion\":\"projectcalico.org/v3\"}");
    assertThat(podListLast.reason()).isEqualTo(Reason.UNSUPPORTED_RESOURCE);
    assertThat(podListLast.value()).isEqualTo("PodList");
  }

  @Test
  void aRefusedListInAnArrayIsOneFailedResultAtItsPlace() {
    String text =
        "["
            + ITEM
            + ",{\"kind\":\"List\",\"apiVersion\":\"v2\",\"items\":["
            + ITEM
            + "]},{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\","
            + "\"items\":["
            + ITEM
            + ","
            + ITEM
            + "]}]";
    List<DecodedResource> decoded = JSON.decodeAll(text);
    assertThat(decoded).extracting(DecodedResource::isOk).containsExactly(true, false, true, true);
    assertThat(decoded).extracting(DecodedResource::index).containsExactly(0, 1, 2, 3);
    WorkloadEndpointDecodeException refused = decoded.get(1).failure().orElseThrow();
    assertThat(refused.reason()).isEqualTo(Reason.UNSUPPORTED_RESOURCE);
    assertThat(refused.path()).startsWith("[1]");
    assertThat(decoded.get(2).itemIndex()).isEqualTo(0);
    assertThat(decoded.get(3).itemIndex()).isEqualTo(1);
  }

  // A YamlDecodeFuzzTest finding: under "kind": "List" the metadata was read as a list's, and a
  // repeated kind that made the resource an endpoint left it without metadata.
  @Test
  void aRepeatedKindDecidesWhatTheMetadataIs() {
    String text = "{\"kind\":\"List\",\"metadata\":{\"name\":\"w\",\"x\":1},\"kind\":null}";
    dev.wepkit.WorkloadEndpoint read = JSON.read(text);
    assertThat(read.metadata().name()).isEqualTo("w");
    assertThat(read.metadata().unknownFields()).containsOnlyKeys("x");
    List<DecodedResource> each = JSON.decodeAll(text);
    assertThat(each).hasSize(1);
    assertThat(each.get(0).endpoint()).hasValue(read);

    // A WorkloadEndpointList's metadata cannot become an endpoint's: refused, not dropped.
    assertThat(
            failure(
                    "{\"kind\":\"WorkloadEndpointList\",\"metadata\":{\"resourceVersion\":\"7\"},"
                        + "\"kind\":\"WorkloadEndpoint\"}")
                .problems())
        .anyMatch(p -> p.problem().contains("kind is given more than once"));
  }
}
