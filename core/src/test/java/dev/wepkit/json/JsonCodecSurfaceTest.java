// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.SourcePosition;
import dev.wepkit.codec.UnquotedScalars;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every way in and out of the JSON codec: a String, bytes, a Reader and an InputStream read the
 * same, a String, a Writer and an OutputStream receive the same text, and that text is the one Go's
 * encoding/json gives for Calico's structs (kind and apiVersion first, struct order, empty fields
 * left out, {@code creationTimestamp: null} for a zero time, {@code metadata: {}} for an empty
 * ListMeta), written out here by hand. Streams passed in are never closed.
 */
class JsonCodecSurfaceTest {
  private static final WorkloadEndpointJson JSON = WorkloadEndpointJson.create();

  private static final String A =
      "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\","
          + "\"metadata\":{\"name\":\"n1-k8s-a-eth0\",\"namespace\":\"ns\","
          + "\"creationTimestamp\":null},"
          + "\"spec\":{\"orchestrator\":\"k8s\",\"node\":\"n1\",\"pod\":\"a\",\"endpoint\":\"eth0\","
          + "\"interfaceName\":\"cali1\"}}";
  private static final String B =
      "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\","
          + "\"metadata\":{\"name\":\"n1-k8s-b-eth0\",\"namespace\":\"ns\","
          + "\"creationTimestamp\":null},"
          + "\"spec\":{\"orchestrator\":\"k8s\",\"node\":\"n1\",\"pod\":\"b\",\"endpoint\":\"eth0\","
          + "\"interfaceName\":\"cali2\"}}";
  private static final String LIST =
      "{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\","
          + "\"metadata\":{},\"items\":["
          + A
          + ","
          + B
          + "]}";
  private static final String PRETTY_A =
      "{\n"
          + "  \"kind\": \"WorkloadEndpoint\",\n"
          + "  \"apiVersion\": \"projectcalico.org/v3\",\n"
          + "  \"metadata\": {\n"
          + "    \"name\": \"n1-k8s-a-eth0\",\n"
          + "    \"namespace\": \"ns\",\n"
          + "    \"creationTimestamp\": null\n"
          + "  },\n"
          + "  \"spec\": {\n"
          + "    \"orchestrator\": \"k8s\",\n"
          + "    \"node\": \"n1\",\n"
          + "    \"pod\": \"a\",\n"
          + "    \"endpoint\": \"eth0\",\n"
          + "    \"interfaceName\": \"cali1\"\n"
          + "  }\n"
          + "}";

  private static final WorkloadEndpoint WEP_A = wep("a", "cali1");
  private static final WorkloadEndpoint WEP_B = wep("b", "cali2");
  private static final WorkloadEndpointList WEP_LIST =
      WorkloadEndpointList.of(List.of(WEP_A, WEP_B));

  private static WorkloadEndpoint wep(String pod, String iface) {
    return WorkloadEndpoint.builder()
        .metadata(ObjectMeta.builder().name("n1-k8s-" + pod + "-eth0").namespace("ns").build())
        .spec(
            WorkloadEndpointSpec.builder()
                .orchestrator("k8s")
                .node("n1")
                .pod(pod)
                .endpoint("eth0")
                .interfaceName(iface)
                .build())
        .build();
  }

  /** The four sources of the same text. */
  private static <T> List<T> fromEverySource(
      String text,
      Function<String, T> string,
      Function<byte[], T> bytes,
      Function<Reader, T> reader,
      Function<InputStream, T> stream) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return List.of(
        string.apply(text),
        bytes.apply(utf8),
        reader.apply(new StringReader(text)),
        stream.apply(new ByteArrayInputStream(utf8)));
  }

  @Test
  void everySourceReadsTheSameEndpoint() {
    assertThat(fromEverySource(A, JSON::read, JSON::read, JSON::read, JSON::read))
        .containsExactly(WEP_A, WEP_A, WEP_A, WEP_A);
  }

  @Test
  void everySourceReadsTheSameList() {
    assertThat(
            fromEverySource(LIST, JSON::readList, JSON::readList, JSON::readList, JSON::readList))
        .containsOnly(WEP_LIST)
        .hasSize(4);
  }

  @Test
  void everySourceReadsAllEndpointsOfAnArray() {
    String array = "[" + A + "," + LIST + "]";
    assertThat(fromEverySource(array, JSON::readAll, JSON::readAll, JSON::readAll, JSON::readAll))
        .containsOnly(List.of(WEP_A, WEP_A, WEP_B))
        .hasSize(4);
  }

  @Test
  void everySourceReadsTheSameDocument() {
    ResourceDocument expected = ResourceDocument.of(WEP_LIST);
    assertThat(
            fromEverySource(
                LIST,
                JSON::readDocument,
                JSON::readDocument,
                JSON::readDocument,
                JSON::readDocument))
        .containsOnly(expected)
        .hasSize(4);
  }

  @Test
  void everySourceReadsTheSameDocuments() {
    // JSON has one document per text; an array is one ARRAY document.
    String array = "[" + A + "," + B + "]";
    List<ResourceDocument> expected =
        List.of(
            ResourceDocument.ofArray(
                List.of(ResourceDocument.of(WEP_A), ResourceDocument.of(WEP_B))));
    assertThat(
            fromEverySource(
                array,
                JSON::readDocuments,
                JSON::readDocuments,
                JSON::readDocuments,
                JSON::readDocuments))
        .containsOnly(expected)
        .hasSize(4);
  }

  @Test
  void everySourceStreamsTheEndpointsInOrder() {
    assertThat(
            fromEverySource(
                LIST,
                s -> toList(JSON.stream(s)),
                b -> toList(JSON.stream(b)),
                r -> toList(JSON.stream(r)),
                i -> toList(JSON.stream(i))))
        .containsOnly(List.of(WEP_A, WEP_B))
        .hasSize(4);
  }

  @Test
  void everySourceDecodesEachResourceAndGoesOnAfterOneThatFails() {
    String bad = A.replace("\"pod\":\"a\"", "\"pod\":[7]");
    String array = "[" + bad + "," + B + "]";
    for (List<DecodedResource> decoded :
        fromEverySource(
            array, JSON::decodeAll, JSON::decodeAll, JSON::decodeAll, JSON::decodeAll)) {
      assertDecoded(decoded, bad.length());
    }
    for (List<DecodedResource> decoded :
        fromEverySource(
            array,
            s -> JSON.decodeEach(s).collect(Collectors.toList()),
            b -> JSON.decodeEach(b).collect(Collectors.toList()),
            r -> JSON.decodeEach(r).collect(Collectors.toList()),
            i -> JSON.decodeEach(i).collect(Collectors.toList()))) {
      assertDecoded(decoded, bad.length());
    }
  }

  private static void assertDecoded(List<DecodedResource> decoded, int firstLength) {
    assertThat(decoded).hasSize(2);
    DecodedResource first = decoded.get(0);
    assertThat(first.isOk()).isFalse();
    assertThat(first.index()).isEqualTo(0);
    assertThat(first.itemIndex()).isEqualTo(0);
    assertThat(first.documentIndex()).isEqualTo(0);
    assertThat(first.name()).contains("n1-k8s-a-eth0");
    // The path is from the root of the text: the first element of the array.
    assertThat(first.failure().orElseThrow().path()).isEqualTo("[0].spec.pod");
    assertThat(first.failure().orElseThrow().reason())
        .isEqualTo(WorkloadEndpointDecodeException.Reason.BINDING);
    // What could be bound is kept, the field that failed at its zero value.
    assertThat(first.partialEndpoint().orElseThrow().spec().pod()).isEmpty();
    assertThat(first.partialEndpoint().orElseThrow().spec().interfaceName()).isEqualTo("cali1");
    DecodedResource second = decoded.get(1);
    assertThat(second.isOk()).isTrue();
    assertThat(second.index()).isEqualTo(1);
    assertThat(second.itemIndex()).isEqualTo(1);
    assertThat(second.endpoint()).contains(WEP_B);
    assertThat(second.line()).isEqualTo(1);
    assertThat(second.column()).isEqualTo(firstLength + 3);
  }

  private static <T> List<T> toList(Stream<T> stream) {
    try (stream) {
      return stream.collect(Collectors.toList());
    }
  }

  @Test
  void writesTheTextGoWrites() {
    assertThat(JSON.write(WEP_A)).isEqualTo(A);
    assertThat(JSON.write(WEP_LIST)).isEqualTo(LIST);
    assertThat(JSON.write(ResourceDocument.of(WEP_A))).isEqualTo(A);
    assertThat(
            JSON.write(
                ResourceDocument.ofArray(
                    List.of(ResourceDocument.of(WEP_A), ResourceDocument.of(WEP_LIST)))))
        .isEqualTo("[" + A + "," + LIST + "]");
    assertThat(JSON.writeAll(List.of(WEP_A, WEP_B))).isEqualTo("[" + A + "," + B + "]");
    assertThat(JSON.writeAll(List.of())).isEqualTo("[]");
  }

  @Test
  void writesPrettyAsCalicoctlPrints() {
    assertThat(JSON.writePretty(WEP_A)).isEqualTo(PRETTY_A);
    assertThat(JSON.writePretty(ResourceDocument.of(WEP_A))).isEqualTo(PRETTY_A);
    String list = JSON.writePretty(WEP_LIST);
    assertThat(list)
        .startsWith(
            "{\n  \"kind\": \"WorkloadEndpointList\",\n  \"apiVersion\": \"projectcalico.org/v3\","
                + "\n  \"metadata\": {},\n  \"items\": [\n    {\n      \"kind\": \"WorkloadEndpoint\",")
        .endsWith("\n      }\n    }\n  ]\n}");
    assertThat(JSON.readList(list)).isEqualTo(WEP_LIST);
  }

  @Test
  void writersAndStreamsReceiveTheSameTextAndStayOpen() {
    assertThat(toWriter(w -> JSON.write(WEP_A, w))).isEqualTo(A);
    assertThat(toStream(o -> JSON.write(WEP_A, o))).isEqualTo(A);
    assertThat(toWriter(w -> JSON.write(WEP_LIST, w))).isEqualTo(LIST);
    assertThat(toStream(o -> JSON.write(WEP_LIST, o))).isEqualTo(LIST);
    assertThat(toWriter(w -> JSON.write(ResourceDocument.of(WEP_B), w))).isEqualTo(B);
    assertThat(toStream(o -> JSON.write(ResourceDocument.of(WEP_B), o))).isEqualTo(B);
    assertThat(toWriter(w -> JSON.writePretty(WEP_A, w))).isEqualTo(PRETTY_A);
    assertThat(toStream(o -> JSON.writePretty(WEP_A, o))).isEqualTo(PRETTY_A);
    String prettyList = JSON.writePretty(WEP_LIST);
    assertThat(toWriter(w -> JSON.writePretty(WEP_LIST, w))).isEqualTo(prettyList);
    assertThat(toStream(o -> JSON.writePretty(WEP_LIST, o))).isEqualTo(prettyList);
    assertThat(toWriter(w -> JSON.writePretty(ResourceDocument.of(WEP_A), w))).isEqualTo(PRETTY_A);
    assertThat(toStream(o -> JSON.writePretty(ResourceDocument.of(WEP_A), o))).isEqualTo(PRETTY_A);
    String all = "[" + A + "," + B + "]";
    assertThat(toWriter(w -> JSON.writeAll(List.of(WEP_A, WEP_B), w))).isEqualTo(all);
    assertThat(toStream(o -> JSON.writeAll(List.of(WEP_A, WEP_B), o))).isEqualTo(all);
  }

  @Test
  void severalDocumentsAreOneArrayAndOneDocumentIsItself() {
    List<ResourceDocument> one = List.of(ResourceDocument.of(WEP_A));
    List<ResourceDocument> two = List.of(ResourceDocument.of(WEP_A), ResourceDocument.of(WEP_B));
    String both = "[" + A + "," + B + "]";
    assertThat(JSON.writeDocuments(one)).isEqualTo(A);
    assertThat(JSON.writeDocuments(two)).isEqualTo(both);
    assertThat(toWriter(w -> JSON.writeDocuments(one, w))).isEqualTo(A);
    assertThat(toStream(o -> JSON.writeDocuments(two, o))).isEqualTo(both);
    assertThat(toWriter(w -> JSON.writeDocuments(two, w))).isEqualTo(both);
    assertThat(JSON.writeDocuments(List.of())).isEqualTo("[]");
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> JSON.read((String) null)).hasMessage("json");
    assertThatThrownBy(() -> JSON.writeAll(null)).hasMessage("endpoints");
    assertThatThrownBy(() -> JSON.writeAll(List.of(WEP_A), (Writer) null)).hasMessage("out");
    assertThatThrownBy(() -> JSON.writeAll(null, new StringWriter())).hasMessage("endpoints");
    assertThatThrownBy(() -> JSON.writeAll(null, new ByteArrayOutputStream()))
        .hasMessage("endpoints");
    assertThatThrownBy(() -> JSON.writeAll(List.of(WEP_A), (OutputStream) null)).hasMessage("out");
    List<WorkloadEndpoint> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> JSON.writeAll(withNull)).hasMessage("endpoint");
    assertThatThrownBy(() -> JSON.write((ResourceDocument) null)).hasMessage("document");
    assertThatThrownBy(() -> JSON.write(ResourceDocument.of(WEP_A), (Writer) null))
        .hasMessage("out");
    assertThatThrownBy(() -> JSON.write((ResourceDocument) null, new StringWriter()))
        .hasMessage("document");
    assertThatThrownBy(() -> JSON.write(ResourceDocument.of(WEP_A), (OutputStream) null))
        .hasMessage("out");
    assertThatThrownBy(() -> JSON.write((ResourceDocument) null, new ByteArrayOutputStream()))
        .hasMessage("document");
    assertThatThrownBy(() -> JSON.writeDocuments(null)).hasMessage("documents");
    assertThatThrownBy(() -> WorkloadEndpointJson.builder().mode(null)).hasMessage("mode");
    assertThatThrownBy(() -> WorkloadEndpointJson.builder().warningListener(null))
        .hasMessage("listener");
    assertThatThrownBy(() -> WorkloadEndpointJson.builder().unquotedScalars(null))
        .hasMessage("unquoted");
  }

  @Test
  void theBuilderSetsModeListenerPositionsAndUnquotedScalars() {
    assertThat(JSON.mode()).isEqualTo(DecodeMode.LENIENT);
    WorkloadEndpointJson strict = WorkloadEndpointJson.builder().mode(DecodeMode.STRICT).build();
    assertThat(strict.mode()).isEqualTo(DecodeMode.STRICT);
    String unknown = A.replace("\"pod\":\"a\"", "\"pod\":\"a\",\"extra\":1");
    assertThatThrownBy(() -> strict.read(unknown))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .extracting(e -> ((WorkloadEndpointDecodeException) e).path())
        .isEqualTo("spec.extra");

    List<DecodeWarning> warnings = new ArrayList<>();
    WorkloadEndpointJson listening =
        WorkloadEndpointJson.builder().warningListener(warnings::add).build();
    listening.read(A.replace("\"pod\":\"a\"", "\"pod\":\"x\",\"pod\":\"a\""));
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).kind()).isEqualTo(DecodeWarning.Kind.DUPLICATE_KEY);
    assertThat(warnings.get(0).path()).isEqualTo("spec.pod");

    // Without keepPositions nothing is recorded; with it, each value's line and column.
    assertThat(JSON.decodeAll(A).get(0).positions().isEmpty()).isTrue();
    WorkloadEndpointJson positions = WorkloadEndpointJson.builder().keepPositions(true).build();
    String pretty = PRETTY_A;
    assertThat(positions.decodeAll(pretty).get(0).positions().get("spec.node"))
        .contains(SourcePosition.of(11, 13));
    assertThat(WorkloadEndpointJson.builder().keepPositions(false).build().decodeAll(pretty))
        .allSatisfy(r -> assertThat(r.positions().isEmpty()).isTrue());

    // In JSON a quoted string is never an unquoted scalar: both settings read it as written.
    WorkloadEndpointJson asCalicoctl =
        WorkloadEndpointJson.builder().unquotedScalars(UnquotedScalars.AS_CALICOCTL).build();
    assertThat(asCalicoctl.read(A)).isEqualTo(WEP_A);
  }

  private static String toWriter(java.util.function.Consumer<Writer> write) {
    ClosingWatchWriter out = new ClosingWatchWriter();
    write.accept(out);
    assertThat(out.closed).as("the writer was closed").isFalse();
    return out.toString();
  }

  private static String toStream(java.util.function.Consumer<OutputStream> write) {
    ClosingWatchStream out = new ClosingWatchStream();
    write.accept(out);
    assertThat(out.closed).as("the stream was closed").isFalse();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final class ClosingWatchWriter extends StringWriter {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class ClosingWatchStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
