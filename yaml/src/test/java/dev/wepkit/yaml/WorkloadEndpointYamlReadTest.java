// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import dev.wepkit.Protocol;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.ResourceDocument;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkloadEndpointYamlReadTest {
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();

  private static String wep(String name) {
    return "apiVersion: projectcalico.org/v3\n"
        + "kind: WorkloadEndpoint\n"
        + "metadata:\n"
        + "  name: "
        + name
        + "\n"
        + "  namespace: default\n";
  }

  // ---------------------------------------------------------------- numbers JSON cannot hold

  @Test
  void aNonFiniteNumberWithoutAGoTypeIsRefusedAsCalicoctlRefusesIt() {
    // calicoctl converts the YAML to JSON first, and Go's JSON encoder has no NaN or infinity.
    for (String number : List.of(".nan", ".NaN", ".inf", "-.Inf", "+.INF")) {
      String text = wep("a") + "spec:\n  node: n\n  extra: [1, {deep: " + number + "}]\n";
      assertThatThrownBy(() -> YAML.read(text))
          .as(number)
          .isInstanceOfSatisfying(
              WorkloadEndpointDecodeException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(WorkloadEndpointDecodeException.Reason.BINDING);
                assertThat(e.path()).isEqualTo("spec.extra[1].deep");
                assertThat(e.line()).isEqualTo(8);
                assertThat(e.column()).isEqualTo(21);
                assertThat(e.problem())
                    .contains("calicoctl cannot convert " + number + " to JSON")
                    .contains(
                        "json: unsupported value: "
                            + (number.contains("n") && !number.contains("nf")
                                    || number.contains("N") && !number.contains("NF")
                                ? "NaN"
                                : number.startsWith("-") ? "-Inf" : "+Inf"));
              });
    }
    // A string field takes the scalar as text (as written by default, see UnquotedScalars);
    // quoted, it is a string anywhere.
    assertThat(YAML.read(wep("a") + "spec:\n  mac: .nan\n").spec().mac()).isEqualTo(".nan");
    assertThat(
            YAML.read(wep("a") + "spec:\n  extra: '.nan'\n")
                .spec()
                .unknownFields()
                .get("extra")
                .textValue())
        .isEqualTo(".nan");
  }

  @Test
  void jsonWithAKeyLongerThanYamlAllowsIsNotYaml() {
    // YAML, and go-yaml with it, takes an implicit key of at most 1,024 characters: JSON with a
    // longer key is no YAML, while the YAML codec writes such a key explicitly and reads it back.
    String key = "k".repeat(1100);
    String json =
        "{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"WorkloadEndpoint\","
            + "\"metadata\":{\"name\":\"a\"},\"spec\":{\""
            + key
            + "\":1}}";
    assertThatThrownBy(() -> YAML.read(json))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> assertThat(e.getMessage()).contains("malformed YAML"));
    WorkloadEndpoint wep = dev.wepkit.json.WorkloadEndpointJson.create().read(json);
    assertThat(YAML.read(YAML.write(wep))).isEqualTo(wep);
  }

  // ---------------------------------------------------------------- documents

  @Test
  void readsDocumentsSeparatedByDashes() {
    List<ResourceDocument> docs =
        YAML.readDocuments(wep("a") + "---\n" + wep("b") + "--- \n" + wep("c"));
    assertThat(docs).extracting(d -> d.endpoint().metadata().name()).containsExactly("a", "b", "c");
  }

  @Test
  void skipsEmptyDocumentsAndATrailingSeparator() {
    String text =
        "---\n---\n# only a comment\n---\n" + wep("a") + "---\n\n---\n" + wep("b") + "---\n";
    assertThat(YAML.readAll(text)).extracting(w -> w.metadata().name()).containsExactly("a", "b");
    assertThat(YAML.readDocuments("# nothing here\n")).isEmpty();
    assertThat(YAML.readDocuments("")).isEmpty();
    assertThat(YAML.read("---\n" + wep("a") + "---\n").metadata().name()).isEqualTo("a");
  }

  @Test
  void readsAListASequenceAndJsonDocumentsInOneStream() {
    String list =
        "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpointList\nmetadata: {}\nitems:\n- "
            + wep("l1").replace("\n", "\n  ").trim()
            + "\n";
    String sequence = "- " + wep("s1").replace("\n", "\n  ").trim() + "\n";
    String json =
        "{\"kind\": \"WorkloadEndpoint\", \"apiVersion\": \"projectcalico.org/v3\","
            + " \"metadata\": {\"name\": \"j1\"}}\n";
    List<ResourceDocument> docs =
        YAML.readDocuments(list + "---\n" + sequence + "---\n" + json + "---\n" + wep("y1"));
    assertThat(docs)
        .extracting(ResourceDocument::shape)
        .containsExactly(
            ResourceDocument.Shape.LIST,
            ResourceDocument.Shape.ARRAY,
            ResourceDocument.Shape.ENDPOINT,
            ResourceDocument.Shape.ENDPOINT);
    assertThat(docs.stream().flatMap(d -> d.endpoints().stream()))
        .extracting(w -> w.metadata().name())
        .containsExactly("l1", "s1", "j1", "y1");
  }

  @Test
  void readsJsonIndentedWithTabsAsCalicoctlDoes() {
    // Go's json.MarshalIndent(v, "", "\t").
    String json =
        "{\n\t\"kind\": \"WorkloadEndpoint\",\n\t\"apiVersion\": \"projectcalico.org/v3\",\n"
            + "\t\"metadata\": {\n\t\t\"name\": \"tabbed\",\n\t\t\"labels\": {\n"
            + "\t\t\t\"tab\": \"a\\tb\"\n\t\t}\n\t},\n\t\"spec\": {\n\t\t\"ipNetworks\": [\n"
            + "\t\t\t\"10.0.0.1/32\"\n\t\t]\n\t}\n}\n";
    WorkloadEndpoint wep = YAML.read(json);
    assertThat(wep.metadata().name()).isEqualTo("tabbed");
    assertThat(wep.metadata().labels()).containsEntry("tab", "a\tb");
    assertThat(wep.spec().ipNetworks()).containsExactly("10.0.0.1/32");
    // The second document of a stream too, after a block one.
    assertThat(YAML.readAll(wep("a") + "---\n" + json)).hasSize(2);
  }

  @Test
  void skipsAByteOrderMark() {
    byte[] bytes = ("\uFEFF" + wep("a")).getBytes(StandardCharsets.UTF_8);
    assertThat(YAML.read(bytes).metadata().name()).isEqualTo("a");
    assertThat(YAML.read(new ByteArrayInputStream(bytes)).metadata().name()).isEqualTo("a");
    assertThat(
            YAML.read("\uFEFF{\"kind\": \"WorkloadEndpoint\", \"metadata\": {\"name\": \"b\"}}")
                .metadata()
                .name())
        .isEqualTo("b");
  }

  @Test
  void stillRefusesBlockYamlIndentedWithTabs() {
    assertThatThrownBy(() -> YAML.read(wep("a") + "spec:\n\tnode: n1\n"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.problem()).startsWith("malformed YAML:").contains("TAB");
              assertThat(e.line()).isEqualTo(7);
              assertThat(e.column()).isEqualTo(1);
            });
  }

  @Test
  void readOfASingleResourceRefusesASecondDocument() {
    assertThatThrownBy(() -> YAML.read(wep("a") + "---\n" + wep("b")))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.problem()).contains("expected one document but found another");
              assertThat(e.documentIndex()).isEqualTo(1);
              assertThat(e.line()).isEqualTo(7);
            });
    assertThatThrownBy(() -> YAML.read("# just a comment\n"))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining("empty input");
    assertThatThrownBy(() -> YAML.readList(wep("a")))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining(
            "expected a WorkloadEndpointList but found a single WorkloadEndpoint");
    assertThatThrownBy(() -> YAML.read("- " + wep("a").replace("\n", "\n  ").trim()))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining("expected one WorkloadEndpoint but found a list of resources");
  }

  @Test
  void refusesALegacyV1Document() {
    String v1 = "apiVersion: v1\nkind: workloadEndpoint\nmetadata:\n  name: endpoint1\n";
    assertThatThrownBy(() -> YAML.readAll(wep("a") + "---\n" + v1))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.problem()).contains("unsupported resource (apiVersion \"v1\"");
              assertThat(e.documentIndex()).isEqualTo(1);
              assertThat(e.line()).isEqualTo(7);
              assertThat(e.column()).isEqualTo(13);
            });
  }

  // ---------------------------------------------------------------- positions

  @Test
  void errorsCarryTheDocumentIndexAndTheLineOfTheWholeInput() {
    String bad = wep("c") + "spec:\n  ports:\n  - name: p\n    port: 70000\n";
    String text = wep("a") + "---\n" + wep("b") + "---\n\n" + bad;
    assertThatThrownBy(() -> YAML.readAll(text))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.documentIndex()).isEqualTo(2);
              assertThat(e.path()).isEqualTo("spec.ports[0].port");
              // 5 + 1 + 5 + 1 + 1 blank + 5 + 3 lines before it.
              assertThat(e.line()).isEqualTo(22);
              assertThat(e.column()).isEqualTo(11);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "spec.ports[0].port: expected an integer from 0 to 65535 but found 70000"
                          + " (document 2, line 22, column 11)");
            });
  }

  @Test
  void syntaxErrorsCarryTheDocumentIndexAndSnakeYamlsPosition() {
    String text = wep("a") + "---\n" + wep("b") + "spec:\n  node: \"unterminated\n";
    assertThatThrownBy(() -> YAML.readAll(text))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.documentIndex()).isEqualTo(1);
              assertThat(e.problem())
                  .isEqualTo(
                      "malformed YAML: found unexpected end of stream while scanning a quoted"
                          + " scalar that starts at line 13, column 9");
              assertThat(e.line()).isEqualTo(14);
              assertThat(e.path()).isEqualTo("spec.node");
            });
    // In the stream, the same.
    try (Stream<WorkloadEndpoint> weps = YAML.stream(new StringReader(text))) {
      assertThatThrownBy(() -> weps.collect(Collectors.toList()))
          .isInstanceOfSatisfying(
              WorkloadEndpointDecodeException.class,
              e -> assertThat(e.documentIndex()).isEqualTo(1));
    }
  }

  @Test
  void warningsCarryTheDocumentIndex() {
    List<DecodeWarning> warnings = new ArrayList<>();
    WorkloadEndpointYaml yaml =
        WorkloadEndpointYaml.builder().warningListener(warnings::add).build();
    yaml.readAll(wep("a") + "---\n" + wep("b") + "spec:\n  node: x\n  node: y\n");
    // The unquoted y is also warned about (calicoctl stores "true"); the duplicate is the subject.
    assertThat(warnings)
        .filteredOn(w -> w.kind() == DecodeWarning.Kind.DUPLICATE_KEY)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.documentIndex()).isEqualTo(1);
              assertThat(w.line()).isEqualTo(14);
              assertThat(w.column()).isEqualTo(3);
              assertThat(w.path()).isEqualTo("spec.node");
            });
  }

  // ---------------------------------------------------------------- YAML 1.1 traps

  @Test
  void stringFieldsKeepTheLiteralTextOfEveryScalar() {
    String text =
        wep("a")
            + "  labels:\n"
            + "    a: on\n    b: yes\n    c: no\n    d: 0x1F\n    e: 010\n    f: 1e3\n"
            + "    g: 1.10\n    h: 1337495556942031415926535\n    i: 52:54:00:44:49:56\n"
            + "    j: y\n    k: ~\n    l: ''\n    m: 1_000\n    n: .inf\n    o: 2024-01-02\n"
            + "    p: true\n    q: 0o17\n    r: +12\n"
            + "  annotations:\n    on: off\n    123: 456\n"
            + "spec:\n"
            + "  containerID: 1337495556942031415926535\n"
            + "  mac: 11:22:33:44:55:66\n"
            + "  node: yes\n"
            + "  pod: 010\n"
            + "  endpoint: 1.10\n"
            + "  interfaceName: 0x1F\n"
            + "  profiles: [on, 1e3]\n";
    WorkloadEndpoint wep = YAML.read(text);
    assertThat(wep.metadata().labels())
        .containsEntry("a", "on")
        .containsEntry("b", "yes")
        .containsEntry("c", "no")
        .containsEntry("d", "0x1F")
        .containsEntry("e", "010")
        .containsEntry("f", "1e3")
        .containsEntry("g", "1.10")
        .containsEntry("h", "1337495556942031415926535")
        .containsEntry("i", "52:54:00:44:49:56")
        .containsEntry("j", "y")
        // ~ is null, and a null string is Go's zero value.
        .containsEntry("k", "")
        .containsEntry("l", "")
        .containsEntry("m", "1_000")
        .containsEntry("n", ".inf")
        .containsEntry("o", "2024-01-02")
        .containsEntry("p", "true")
        .containsEntry("q", "0o17")
        .containsEntry("r", "+12");
    assertThat(wep.metadata().annotations()).containsEntry("on", "off").containsEntry("123", "456");
    assertThat(wep.spec().containerID()).isEqualTo("1337495556942031415926535");
    assertThat(wep.spec().mac()).isEqualTo("11:22:33:44:55:66");
    assertThat(wep.spec().node()).isEqualTo("yes");
    assertThat(wep.spec().pod()).isEqualTo("010");
    assertThat(wep.spec().endpoint()).isEqualTo("1.10");
    assertThat(wep.spec().interfaceName()).isEqualTo("0x1F");
    assertThat(wep.spec().profiles()).containsExactly("on", "1e3");
    // Written back, every one of them is quoted and reads back the same.
    assertThat(YAML.read(YAML.write(wep))).isEqualTo(wep);
  }

  @Test
  void numbersBoundToIntegersFollowYaml11() {
    // go-yaml v2 reads 0x50 as 80 and 010 as octal 8, as SnakeYAML does.
    WorkloadEndpoint wep =
        YAML.read(
            wep("a") + "spec:\n  ports:\n  - port: 0x50\n    hostPort: 010\n    protocol: 6\n");
    assertThat(wep.spec().ports().get(0).port()).isEqualTo(80);
    assertThat(wep.spec().ports().get(0).hostPort()).isEqualTo(8);
    assertThat(wep.spec().ports().get(0).protocol()).isEqualTo(Protocol.of(6));
  }

  // ---------------------------------------------------------------- aliases and tags

  @Test
  void expandsAliasesAsGoYamlDoes() {
    String text =
        wep("a")
            + "  labels: &common\n    app: web\n    tier: &tier front\n"
            + "  annotations: *common\n"
            + "spec:\n  node: *tier\n  profiles: &p [p1, p2]\n  ipNetworks: [10.0.0.1/32]\n"
            + "  extra: [*p, *p]\n";
    WorkloadEndpoint wep = YAML.read(text);
    assertThat(wep.metadata().annotations()).isEqualTo(wep.metadata().labels());
    assertThat(wep.metadata().labels()).containsEntry("app", "web").containsEntry("tier", "front");
    assertThat(wep.spec().node()).isEqualTo("front");
    assertThat(wep.spec().unknownFields().get("extra").toString())
        .isEqualTo("[[\"p1\",\"p2\"],[\"p1\",\"p2\"]]");
  }

  @Test
  void refusesAnAliasWithoutAnAnchor() {
    assertThatThrownBy(() -> YAML.read(wep("a") + "spec:\n  node: *nowhere\n"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.problem()).contains("alias *nowhere has no anchor &nowhere");
              assertThat(e.line()).isEqualTo(7);
              assertThat(e.column()).isEqualTo(9);
            });
  }

  @Test
  void refusesMergeKeys() {
    String text = wep("a") + "  labels: &l {a: b}\n  annotations:\n    <<: *l\n";
    assertThatThrownBy(() -> YAML.read(text))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .hasMessageContaining("merge keys (<<) are not supported");
    // A quoted "<<" is an ordinary key.
    assertThat(YAML.read(wep("a") + "  labels:\n    \"<<\": x\n").metadata().labels())
        .containsEntry("<<", "x");
  }

  // ---------------------------------------------------------------- strict mode

  @Test
  void strictModeRefusesUnknownFieldsWithTheirPosition() {
    WorkloadEndpointYaml strict = WorkloadEndpointYaml.builder().mode(DecodeMode.STRICT).build();
    assertThatThrownBy(() -> strict.read(wep("a") + "spec:\n  nodee: n1\n"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.problem()).isEqualTo("unknown field \"nodee\"");
              assertThat(e.line()).isEqualTo(7);
              assertThat(e.column()).isEqualTo(3);
            });
  }

  // ---------------------------------------------------------------- streams

  @Test
  void streamsEndpointsAcrossDocumentsListsAndSequences() {
    String list =
        "kind: WorkloadEndpointList\napiVersion: projectcalico.org/v3\nitems:\n- "
            + wep("l1").replace("\n", "\n  ").trim()
            + "\n- "
            + wep("l2").replace("\n", "\n  ").trim()
            + "\n";
    String text =
        wep("a") + "---\n" + list + "---\n---\n- " + wep("s").replace("\n", "\n  ").trim();
    try (Stream<WorkloadEndpoint> weps = YAML.stream(new StringReader(text))) {
      assertThat(weps.map(w -> w.metadata().name())).containsExactly("a", "l1", "l2", "s");
    }
  }

  @Test
  void neverClosesTheStreamsItIsGiven() {
    String text = wep("a") + "---\n" + wep("b");
    CloseRecordingInputStream in = new CloseRecordingInputStream(text);
    assertThat(YAML.readAll(in)).hasSize(2);
    assertThat(in.closed).isFalse();

    CloseRecordingInputStream first = new CloseRecordingInputStream(wep("a"));
    YAML.read(first);
    assertThat(first.closed).isFalse();

    CloseRecordingReader reader = new CloseRecordingReader(text);
    try (Stream<WorkloadEndpoint> weps = YAML.stream(reader)) {
      assertThat(weps.count()).isEqualTo(2);
    }
    assertThat(reader.closed).isFalse();

    CloseRecordingInputStream failing = new CloseRecordingInputStream(wep("a") + "spec: [\n");
    assertThatThrownBy(() -> YAML.readDocuments(failing))
        .isInstanceOf(WorkloadEndpointDecodeException.class);
    assertThat(failing.closed).isFalse();
  }

  @Test
  void closingAStreamClosesTheParserItOpened() throws IOException {
    String text = wep("a") + "---\n" + wep("b") + "---\n" + wep("c");
    JsonParser parser = YAML.factory().createParser(new StringReader(text));
    Stream<WorkloadEndpoint> weps = YAML.stream(parser);
    // Stop early: the parser is still open until the stream is closed.
    assertThat(weps.limit(1).count()).isEqualTo(1);
    assertThat(parser.isClosed()).isFalse();
    weps.close();
    assertThat(parser.isClosed()).isTrue();
  }

  @Test
  void aFailingInputIsAnIoErrorNotADecodeError() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    assertThatThrownBy(() -> YAML.readAll(broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
  }

  private static final class CloseRecordingInputStream extends FilterInputStream {
    boolean closed;

    CloseRecordingInputStream(String text) {
      super(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  private static final class CloseRecordingReader extends FilterReader {
    boolean closed;

    CloseRecordingReader(String text) {
      super(new StringReader(text));
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  void unknownFieldsKeepExactDecimalsButNotInfinityOrNotANumber() {
    WorkloadEndpointYaml yaml = WorkloadEndpointYaml.create();
    WorkloadEndpoint wep =
        yaml.read(
            "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nspec:\n  exact: 1.10\n");
    assertThat(wep.spec().unknownFields().get("exact").decimalValue()).hasToString("1.10");
    // A RoundTripFuzzTest finding: kept, .inf and .nan came back from JSON as strings. calicoctl
    // refuses them (its YAML goes through JSON, which has no such numbers), and so does the codec.
    assertThatThrownBy(
            () ->
                yaml.read(
                    "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nspec:\n"
                        + "  big: .inf\n  odd: .nan\n"))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.path()).isEqualTo("spec.big");
              assertThat(e.problems()).hasSize(2);
            });
  }

  // The YAML side of a JsonDecodeFuzzTest finding: a decimal beyond a double's range was written
  // back as .inf.
  @Test
  void unknownDecimalBeyondADoublesRangeIsNoInfinity() {
    WorkloadEndpointYaml yaml = WorkloadEndpointYaml.create();
    WorkloadEndpoint wep =
        yaml.read(
            "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nspec:\n"
                + "  future: 9.5e99999\n");

    String written = yaml.write(wep);

    assertThat(written).contains("future: 9.5E+99999\n").doesNotContain(".inf");
    assertThat(yaml.read(written)).isEqualTo(wep);
  }

  // Found by YamlDecodeFuzzTest (YamlDecodeFuzzTestInputs/decode/crash-fcf5cabc...): YAML's 8.
  // is a float with no fraction, which was written as the integer 8.
  @Test
  void unknownFloatWithoutAFractionIsWrittenAsAFloat() {
    WorkloadEndpointYaml yaml = WorkloadEndpointYaml.create();
    WorkloadEndpoint wep =
        yaml.read("apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nspec:\n  x: -08.\n");

    String written = yaml.write(wep);

    assertThat(written).contains("  x: -8.0\n");
    assertThat(yaml.read(written).spec().unknownFields().get("x").isBigDecimal()).isTrue();
    assertThat(yaml.read(written)).isEqualTo(wep);
  }
}
