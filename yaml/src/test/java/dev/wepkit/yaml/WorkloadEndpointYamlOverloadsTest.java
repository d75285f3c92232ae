// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.ListMeta;
import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointList;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every overload of the façade, each fed the same small hand-written documents through a String,
 * UTF-8 bytes, a Reader and an InputStream, with the endpoints they hold written out by hand; and
 * every writing overload against the text calicoctl prints for them.
 */
class WorkloadEndpointYamlOverloadsTest {
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();

  private static final String A =
      "apiVersion: projectcalico.org/v3\n"
          + "kind: WorkloadEndpoint\n"
          + "metadata:\n"
          + "  name: a\n"
          + "  namespace: ns1\n"
          + "spec:\n"
          + "  node: n1\n";

  /** A WorkloadEndpointList of b and c, with a resourceVersion; 17 lines. */
  private static final String LIST =
      "apiVersion: projectcalico.org/v3\n"
          + "kind: WorkloadEndpointList\n"
          + "metadata:\n"
          + "  resourceVersion: \"7\"\n"
          + "items:\n"
          + "- apiVersion: projectcalico.org/v3\n"
          + "  kind: WorkloadEndpoint\n"
          + "  metadata:\n"
          + "    name: b\n"
          + "    namespace: ns1\n"
          + "- apiVersion: projectcalico.org/v3\n"
          + "  kind: WorkloadEndpoint\n"
          + "  metadata:\n"
          + "    name: c\n"
          + "    namespace: ns2\n"
          + "  spec:\n"
          + "    pod: p-c\n";

  /** A, then the list, then a top-level sequence holding d: three documents, four endpoints. */
  private static final String STREAM =
      A
          + "---\n"
          + LIST
          + "---\n"
          + "- apiVersion: projectcalico.org/v3\n"
          + "  kind: WorkloadEndpoint\n"
          + "  metadata:\n"
          + "    name: d\n";

  /** b is fine; c has a port out of range (document 0, line 15, column 13); then d. */
  private static final String ONE_BAD =
      "apiVersion: projectcalico.org/v3\n"
          + "kind: WorkloadEndpointList\n"
          + "items:\n"
          + "- apiVersion: projectcalico.org/v3\n"
          + "  kind: WorkloadEndpoint\n"
          + "  metadata:\n"
          + "    name: b\n"
          + "- apiVersion: projectcalico.org/v3\n"
          + "  kind: WorkloadEndpoint\n"
          + "  metadata:\n"
          + "    name: c\n"
          + "  spec:\n"
          + "    ports:\n"
          + "    - name: p\n"
          + "      port: 70000\n"
          + "---\n"
          + "apiVersion: projectcalico.org/v3\n"
          + "kind: WorkloadEndpoint\n"
          + "metadata:\n"
          + "  name: d\n";

  private static final WorkloadEndpoint EP_A =
      WorkloadEndpoint.builder()
          .metadata(ObjectMeta.builder().name("a").namespace("ns1").build())
          .spec(WorkloadEndpointSpec.builder().node("n1").build())
          .build();
  private static final WorkloadEndpoint EP_B =
      WorkloadEndpoint.builder()
          .metadata(ObjectMeta.builder().name("b").namespace("ns1").build())
          .build();
  private static final WorkloadEndpoint EP_C =
      WorkloadEndpoint.builder()
          .metadata(ObjectMeta.builder().name("c").namespace("ns2").build())
          .spec(WorkloadEndpointSpec.builder().pod("p-c").build())
          .build();
  private static final WorkloadEndpoint EP_D =
      WorkloadEndpoint.builder().metadata(ObjectMeta.builder().name("d").build()).build();
  private static final WorkloadEndpointList LIST_BC =
      WorkloadEndpointList.builder()
          .metadata(ListMeta.builder().resourceVersion("7").build())
          .addItem(EP_B)
          .addItem(EP_C)
          .build();

  /** What calicoctl get -o yaml prints for EP_A. */
  private static final String A_WRITTEN =
      "apiVersion: projectcalico.org/v3\n"
          + "kind: WorkloadEndpoint\n"
          + "metadata:\n"
          + "  creationTimestamp: null\n"
          + "  name: a\n"
          + "  namespace: ns1\n"
          + "spec:\n"
          + "  node: n1\n";

  /** What calicoctl get -o yaml prints for a list of EP_A alone with resourceVersion 7. */
  private static final String LIST_A_WRITTEN =
      "apiVersion: projectcalico.org/v3\n"
          + "items:\n"
          + "- apiVersion: projectcalico.org/v3\n"
          + "  kind: WorkloadEndpoint\n"
          + "  metadata:\n"
          + "    creationTimestamp: null\n"
          + "    name: a\n"
          + "    namespace: ns1\n"
          + "  spec:\n"
          + "    node: n1\n"
          + "kind: WorkloadEndpointList\n"
          + "metadata:\n"
          + "  resourceVersion: \"7\"\n";

  private static final WorkloadEndpointList LIST_A =
      WorkloadEndpointList.builder()
          .metadata(ListMeta.builder().resourceVersion("7").build())
          .addItem(EP_A)
          .build();

  /** The four kinds of input every read overload takes. */
  enum Source {
    STRING,
    BYTES,
    READER,
    STREAM
  }

  /** One input of one kind, remembering whether the codec closed it. */
  private static final class Input {
    private final Source source;
    private final String text;
    private ClosingReader reader;
    private ClosingInputStream stream;

    Input(Source source, String text) {
      this.source = source;
      this.text = text;
    }

    <T> T apply(
        Function<String, T> string,
        Function<byte[], T> bytes,
        Function<Reader, T> chars,
        Function<InputStream, T> in) {
      switch (source) {
        case STRING:
          return string.apply(text);
        case BYTES:
          return bytes.apply(text.getBytes(StandardCharsets.UTF_8));
        case READER:
          reader = new ClosingReader(new StringReader(text));
          return chars.apply(reader);
        default:
          stream =
              new ClosingInputStream(
                  new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
          return in.apply(stream);
      }
    }

    /** The Reader or InputStream given to the codec, if any, is still open. */
    void assertNotClosed() {
      if (reader != null) {
        assertThat(reader.closed).as("reader closed").isFalse();
      }
      if (stream != null) {
        assertThat(stream.closed).as("stream closed").isFalse();
      }
    }
  }

  // ---------------------------------------------------------------- reading

  @ParameterizedTest
  @EnumSource(Source.class)
  void readGivesTheOneEndpoint(Source source) {
    Input input = new Input(source, A);
    WorkloadEndpoint wep = input.apply(YAML::read, YAML::read, YAML::read, YAML::read);
    assertThat(wep).isEqualTo(EP_A);
    input.assertNotClosed();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void readRefusesASecondDocument(Source source) {
    Input input = new Input(source, A + "---\n" + A);
    assertThatThrownBy(() -> input.apply(YAML::read, YAML::read, YAML::read, YAML::read))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.documentIndex()).isEqualTo(1);
              assertThat(e.problem()).contains("expected one document but found another");
            });
    input.assertNotClosed();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void readListGivesTheList(Source source) {
    Input input = new Input(source, LIST);
    WorkloadEndpointList list =
        input.apply(YAML::readList, YAML::readList, YAML::readList, YAML::readList);
    assertThat(list).isEqualTo(LIST_BC);
    assertThat(list.metadata().resourceVersion()).isEqualTo("7");
    assertThat(list.items()).extracting(w -> w.metadata().name()).containsExactly("b", "c");
    input.assertNotClosed();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void readListRefusesASingleEndpoint(Source source) {
    Input input = new Input(source, A);
    assertThatThrownBy(
            () -> input.apply(YAML::readList, YAML::readList, YAML::readList, YAML::readList))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining(
            "expected a WorkloadEndpointList but found a single WorkloadEndpoint");
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void readAllGivesEveryEndpointInOrder(Source source) {
    Input input = new Input(source, STREAM);
    List<WorkloadEndpoint> all =
        input.apply(YAML::readAll, YAML::readAll, YAML::readAll, YAML::readAll);
    assertThat(all).containsExactly(EP_A, EP_B, EP_C, EP_D);
    assertThatThrownBy(() -> all.add(EP_A)).isInstanceOf(UnsupportedOperationException.class);
    input.assertNotClosed();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void readAllThrowsAtTheFirstBadResource(Source source) {
    Input input = new Input(source, ONE_BAD);
    assertThatThrownBy(
            () -> input.apply(YAML::readAll, YAML::readAll, YAML::readAll, YAML::readAll))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.path()).isEqualTo("items[1].spec.ports[0].port");
              assertThat(e.documentIndex()).isEqualTo(0);
              assertThat(e.line()).isEqualTo(15);
              assertThat(e.column()).isEqualTo(13);
            });
    input.assertNotClosed();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void readDocumentKeepsTheShape(Source source) {
    Input input = new Input(source, LIST);
    ResourceDocument document =
        input.apply(YAML::readDocument, YAML::readDocument, YAML::readDocument, YAML::readDocument);
    assertThat(document.shape()).isEqualTo(ResourceDocument.Shape.LIST);
    assertThat(document).isEqualTo(ResourceDocument.of(LIST_BC));
    input.assertNotClosed();

    Input sequence = new Input(source, "- " + A.replace("\n", "\n  ").trim() + "\n");
    ResourceDocument array =
        sequence.apply(
            YAML::readDocument, YAML::readDocument, YAML::readDocument, YAML::readDocument);
    assertThat(array.shape()).isEqualTo(ResourceDocument.Shape.ARRAY);
    assertThat(array.endpoints()).containsExactly(EP_A);
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void readDocumentRefusesEmptyInput(Source source) {
    Input input = new Input(source, "# nothing\n---\n");
    assertThatThrownBy(
            () ->
                input.apply(
                    YAML::readDocument, YAML::readDocument, YAML::readDocument, YAML::readDocument))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining("empty input");
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void readDocumentsGivesOnePerNonEmptyDocument(Source source) {
    Input input = new Input(source, "---\n" + STREAM + "---\n");
    List<ResourceDocument> documents =
        input.apply(
            YAML::readDocuments, YAML::readDocuments, YAML::readDocuments, YAML::readDocuments);
    assertThat(documents)
        .containsExactly(
            ResourceDocument.of(EP_A),
            ResourceDocument.of(LIST_BC),
            ResourceDocument.ofArray(List.of(ResourceDocument.of(EP_D))));
    input.assertNotClosed();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void streamGivesTheEndpointsOneAtATime(Source source) {
    Input input = new Input(source, STREAM);
    try (Stream<WorkloadEndpoint> weps =
        input.apply(YAML::stream, YAML::stream, YAML::stream, YAML::stream)) {
      assertThat(weps.collect(Collectors.toList())).containsExactly(EP_A, EP_B, EP_C, EP_D);
    }
    input.assertNotClosed();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void aStreamFailsInItsTerminalOperation(Source source) {
    Input input = new Input(source, ONE_BAD);
    try (Stream<WorkloadEndpoint> weps =
        input.apply(YAML::stream, YAML::stream, YAML::stream, YAML::stream)) {
      assertThatThrownBy(() -> weps.collect(Collectors.toList()))
          .isInstanceOfSatisfying(
              WorkloadEndpointDecodeException.class,
              e -> assertThat(e.path()).isEqualTo("items[1].spec.ports[0].port"));
    }
    input.assertNotClosed();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void decodeAllGoesOnAfterABadResource(Source source) {
    Input input = new Input(source, ONE_BAD);
    List<DecodedResource> results =
        input.apply(YAML::decodeAll, YAML::decodeAll, YAML::decodeAll, YAML::decodeAll);
    assertDecodedOneBad(results);
    assertThatThrownBy(() -> results.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    input.assertNotClosed();
  }

  @ParameterizedTest
  @EnumSource(Source.class)
  void decodeEachGoesOnAfterABadResource(Source source) {
    Input input = new Input(source, ONE_BAD);
    try (Stream<DecodedResource> results =
        input.apply(YAML::decodeEach, YAML::decodeEach, YAML::decodeEach, YAML::decodeEach)) {
      assertDecodedOneBad(results.collect(Collectors.toList()));
    }
    input.assertNotClosed();
  }

  private static void assertDecodedOneBad(List<DecodedResource> results) {
    assertThat(results).hasSize(3);
    DecodedResource b = results.get(0);
    assertThat(b.isOk()).isTrue();
    assertThat(b.endpoint())
        .hasValueSatisfying(w -> assertThat(w.metadata().name()).isEqualTo("b"));
    assertThat(b.index()).isEqualTo(0);
    assertThat(b.documentIndex()).isEqualTo(0);
    assertThat(b.itemIndex()).isEqualTo(0);

    DecodedResource c = results.get(1);
    assertThat(c.isOk()).isFalse();
    assertThat(c.name()).contains("c");
    assertThat(c.index()).isEqualTo(1);
    assertThat(c.itemIndex()).isEqualTo(1);
    assertThat(c.failure())
        .hasValueSatisfying(
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.BINDING);
              assertThat(e.path()).isEqualTo("items[1].spec.ports[0].port");
              assertThat(e.line()).isEqualTo(15);
            });

    DecodedResource d = results.get(2);
    assertThat(d.endpoint())
        .hasValueSatisfying(w -> assertThat(w.metadata().name()).isEqualTo("d"));
    assertThat(d.index()).isEqualTo(2);
    assertThat(d.documentIndex()).isEqualTo(1);
    assertThat(d.itemIndex()).isEqualTo(-1);
    assertThat(d.line()).isEqualTo(17);
    assertThat(d.column()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- failures of the source

  /** A reader whose every read fails. */
  private static final class BrokenReader extends Reader {
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      throw new IOException("disk on fire");
    }

    @Override
    public void close() {}
  }

  /** A stream whose every read fails. */
  private static final class BrokenInputStream extends InputStream {
    @Override
    public int read() throws IOException {
      throw new IOException("disk on fire");
    }
  }

  @Test
  void aFailingReaderOrStreamIsAnUncheckedIoException() {
    List<Function<Reader, ?>> readers =
        List.of(
            YAML::read,
            YAML::readList,
            YAML::readAll,
            YAML::readDocument,
            YAML::readDocuments,
            r -> YAML.stream(r).collect(Collectors.toList()));
    for (Function<Reader, ?> read : readers) {
      assertThatThrownBy(() -> read.apply(new BrokenReader()))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk on fire");
    }
    List<Function<InputStream, ?>> streams =
        List.of(
            YAML::read,
            YAML::readList,
            YAML::readAll,
            YAML::readDocument,
            YAML::readDocuments,
            in -> YAML.stream(in).collect(Collectors.toList()));
    for (Function<InputStream, ?> read : streams) {
      assertThatThrownBy(() -> read.apply(new BrokenInputStream()))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk on fire");
    }
  }

  @Test
  void decodeAllReportsAFailingSourceAsItsLastResult() {
    for (List<DecodedResource> results :
        List.of(YAML.decodeAll(new BrokenReader()), YAML.decodeAll(new BrokenInputStream()))) {
      assertThat(results)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.isOk()).isFalse();
                assertThat(r.failure().orElseThrow().reason()).isEqualTo(Reason.IO);
              });
    }
  }

  @Test
  void aDocumentOverTheLimitIsRefusedWhateverTheInput() {
    YamlLimits limits = YamlLimits.builder().maxDocumentCodePoints(60).build();
    WorkloadEndpointYaml small = WorkloadEndpointYaml.builder().limits(limits).build();
    assertThat(small.limits()).isEqualTo(limits);
    // A is 110 characters: over 60, whichever way it comes.
    for (Source source : Source.values()) {
      Input input = new Input(source, A);
      assertThatThrownBy(() -> input.apply(small::read, small::read, small::read, small::read))
          .as(source.name())
          .isInstanceOfSatisfying(
              WorkloadEndpointDecodeException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.LIMIT);
                assertThat(e.problem())
                    .endsWith(
                        "the YAML document is longer than the limit of 60 characters"
                            + " (YamlLimits.maxDocumentCodePoints)");
              });
      input.assertNotClosed();
    }
  }

  @Test
  void theModeIsTheOneBuilt() {
    assertThat(YAML.mode()).isEqualTo(DecodeMode.LENIENT);
    assertThat(WorkloadEndpointYaml.builder().mode(DecodeMode.STRICT).build().mode())
        .isEqualTo(DecodeMode.STRICT);
    assertThat(YAML.limits()).isEqualTo(YamlLimits.defaults());
  }

  // ---------------------------------------------------------------- writing

  @Test
  void everyWriteOfAnEndpointPrintsCalicoctlsText() {
    assertThat(YAML.write(EP_A)).isEqualTo(A_WRITTEN);
    assertThat(YAML.writePretty(EP_A)).isEqualTo(A_WRITTEN);
    assertThat(YAML.write(ResourceDocument.of(EP_A))).isEqualTo(A_WRITTEN);
    assertThat(YAML.writePretty(ResourceDocument.of(EP_A))).isEqualTo(A_WRITTEN);
    assertWrites(A_WRITTEN, YAML::write, EP_A);
    assertWrites(A_WRITTEN, YAML::writePretty, EP_A);
    assertWritesBytes(A_WRITTEN, YAML::write, EP_A);
    assertWritesBytes(A_WRITTEN, YAML::writePretty, EP_A);
    assertWrites(A_WRITTEN, YAML::write, ResourceDocument.of(EP_A));
    assertWrites(A_WRITTEN, YAML::writePretty, ResourceDocument.of(EP_A));
    assertWritesBytes(A_WRITTEN, YAML::write, ResourceDocument.of(EP_A));
    assertWritesBytes(A_WRITTEN, YAML::writePretty, ResourceDocument.of(EP_A));
  }

  @Test
  void everyWriteOfAListPrintsCalicoctlsText() {
    assertThat(YAML.write(LIST_A)).isEqualTo(LIST_A_WRITTEN);
    assertThat(YAML.writePretty(LIST_A)).isEqualTo(LIST_A_WRITTEN);
    assertWrites(LIST_A_WRITTEN, YAML::write, LIST_A);
    assertWrites(LIST_A_WRITTEN, YAML::writePretty, LIST_A);
    assertWritesBytes(LIST_A_WRITTEN, YAML::write, LIST_A);
    assertWritesBytes(LIST_A_WRITTEN, YAML::writePretty, LIST_A);
    assertWrites(LIST_A_WRITTEN, YAML::write, ResourceDocument.of(LIST_A));
    assertWritesBytes(LIST_A_WRITTEN, YAML::writePretty, ResourceDocument.of(LIST_A));
  }

  @Test
  void writeAllSeparatesTheEndpointsWithDashes() {
    String expected = A_WRITTEN + "---\n" + A_WRITTEN.replace("name: a", "name: d");
    WorkloadEndpoint d =
        WorkloadEndpoint.builder()
            .metadata(ObjectMeta.builder().name("d").namespace("ns1").build())
            .spec(WorkloadEndpointSpec.builder().node("n1").build())
            .build();
    assertThat(YAML.writeAll(List.of(EP_A, d))).isEqualTo(expected);
    assertWrites(expected, YAML::writeAll, List.of(EP_A, d));
    assertWritesBytes(expected, YAML::writeAll, List.of(EP_A, d));
    assertThat(YAML.writeAll(List.of())).isEmpty();

    String documents = A_WRITTEN + "---\n" + LIST_A_WRITTEN;
    List<ResourceDocument> both = List.of(ResourceDocument.of(EP_A), ResourceDocument.of(LIST_A));
    assertThat(YAML.writeDocuments(both)).isEqualTo(documents);
    assertWrites(documents, YAML::writeDocuments, both);
    assertWritesBytes(documents, YAML::writeDocuments, both);
  }

  @Test
  void aFailingWriterIsAnUncheckedIoException() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> YAML.write(EP_A, broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
    assertThatThrownBy(() -> YAML.writeAll(List.of(EP_A), broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
    OutputStream brokenStream =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> YAML.write(LIST_A, brokenStream))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  /**
   * Writes to a writer that keeps what it is given until flushed and records a close: the text must
   * be complete once the call returns (flushed), and the writer left open.
   */
  private static <T> void assertWrites(String expected, BiConsumer<T, Writer> write, T value) {
    FlushRecordingWriter out = new FlushRecordingWriter();
    write.accept(value, out);
    assertThat(out.flushed.toString()).isEqualTo(expected);
    assertThat(out.closed).isFalse();
  }

  /** The same for a stream: UTF-8, flushed, not closed. */
  private static <T> void assertWritesBytes(
      String expected, BiConsumer<T, OutputStream> write, T value) {
    ClosingOutputStream out = new ClosingOutputStream();
    write.accept(value, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(out.closed).isFalse();
  }

  /** Holds written text back until flush(), as a buffered writer does. */
  private static final class FlushRecordingWriter extends Writer {
    final StringWriter flushed = new StringWriter();
    private final StringBuilder pending = new StringBuilder();
    boolean closed;

    @Override
    public void write(char[] buffer, int offset, int length) {
      pending.append(buffer, offset, length);
    }

    @Override
    public void flush() {
      flushed.append(pending);
      pending.setLength(0);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class ClosingOutputStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  private static final class ClosingReader extends FilterReader {
    boolean closed;

    ClosingReader(Reader in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  private static final class ClosingInputStream extends FilterInputStream {
    boolean closed;

    ClosingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
