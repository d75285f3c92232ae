// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.DecodeMode;
import dev.wepkit.codec.DecodeWarning;
import dev.wepkit.codec.DecodedResource;
import dev.wepkit.codec.UnquotedScalars;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import dev.wepkit.codec.WorkloadEndpointDecodeException.Reason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's handling of plain (unquoted) scalars, driven through JSON syntax with a scalar style
 * that calls every scalar and key plain, as YAML's parser does for unquoted text. The rules are
 * calicoctl's: a plain key go-yaml reads as another type is stored as that type's text ({@code on}
 * becomes {@code "true"}), a null key is refused, and in a top-level list of resources calicoctl
 * binds untyped, so an unquoted boolean or number reaching a string field fails the resource. (A
 * plain {@code n} would be go-yaml's boolean false: the node here is {@code node1}.)
 */
class CodecEnginePlainScalarsTest {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ScalarStyle ALL_PLAIN = p -> true;

  private final List<DecodeWarning> warnings = new ArrayList<>();

  private CodecEngine engine(UnquotedScalars unquoted) {
    return new CodecEngine(
        DecodeMode.LENIENT,
        warnings::add,
        false,
        ParserErrors.JSON,
        p -> 0,
        false,
        ALL_PLAIN,
        unquoted);
  }

  private static String wep(String labels, String node) {
    return "{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\","
        + "\"metadata\":{\"name\":\"w\",\"labels\":{"
        + labels
        + "}},\"spec\":{\"node\":"
        + node
        + "}}";
  }

  @Test
  void aPlainKeyOfAnotherTypeIsWarnedAboutAndStoredAsCalicoctlStoresIt() {
    String text = wep("\"on\":\"a\",\"app\":\"b\"", "\"node1\"");
    WorkloadEndpoint literal =
        engine(UnquotedScalars.LITERAL).read(() -> FACTORY.createParser(text));
    assertThat(literal.metadata().labels()).containsOnlyKeys("on", "app");
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).kind()).isEqualTo(DecodeWarning.Kind.UNQUOTED_SCALAR);
    assertThat(warnings.get(0).path()).isEqualTo("metadata.labels[on]");
    assertThat(warnings.get(0).message())
        .isEqualTo("calicoctl reads the unquoted key on as \"true\": quote it to keep \"on\"");

    warnings.clear();
    WorkloadEndpoint asCalicoctl =
        engine(UnquotedScalars.AS_CALICOCTL).read(() -> FACTORY.createParser(text));
    assertThat(asCalicoctl.metadata().labels()).containsOnlyKeys("true", "app");
    assertThat(warnings).hasSize(1);
  }

  @Test
  void aPlainNullKeyIsRefusedWhenStoringAsCalicoctlDoes() {
    String text = wep("\"~\":\"a\"", "\"node1\"");
    WorkloadEndpoint literal =
        engine(UnquotedScalars.LITERAL).read(() -> FACTORY.createParser(text));
    assertThat(literal.metadata().labels()).containsOnlyKeys("~");
    assertThat(warnings)
        .extracting(DecodeWarning::kind)
        .containsExactly(DecodeWarning.Kind.UNQUOTED_SCALAR);

    assertThatThrownBy(
            () -> engine(UnquotedScalars.AS_CALICOCTL).read(() -> FACTORY.createParser(text)))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .satisfies(
            e -> {
              WorkloadEndpointDecodeException d = (WorkloadEndpointDecodeException) e;
              assertThat(d.reason()).isEqualTo(Reason.BINDING);
              assertThat(d.path()).isEqualTo("metadata.labels[~]");
            });
  }

  @Test
  void aPlainBooleanInATopLevelListIsRefusedByCalicoctl() {
    String text =
        "["
            + wep("", "true")
            + ","
            + wep("", "\"node1\"")
            + ","
            + wep("\"7\":\"x\"", "\"node1\"")
            + "]";
    List<DecodedResource> literal =
        engine(UnquotedScalars.LITERAL).decodeAll(() -> FACTORY.createParser(text));
    assertThat(literal).allSatisfy(r -> assertThat(r.isOk()).isTrue());
    assertThat(literal.get(0).endpoint().orElseThrow().spec().node()).isEqualTo("true");
    assertThat(literal.get(0).warnings())
        .extracting(DecodeWarning::message)
        .containsExactly(
            "calicoctl refuses the unquoted value true here (in a top-level list of resources it"
                + " is a boolean, not a string): quote it");
    assertThat(literal.get(2).warnings())
        .extracting(DecodeWarning::message)
        .containsExactly(
            "calicoctl refuses the unquoted key 7 here (in a top-level list of resources it is a"
                + " number, not a string): quote it");
    // A plain string is a string everywhere.
    assertThat(literal.get(1).warnings()).isEmpty();

    List<DecodedResource> asCalicoctl =
        engine(UnquotedScalars.AS_CALICOCTL).decodeAll(() -> FACTORY.createParser(text));
    assertThat(asCalicoctl).extracting(DecodedResource::isOk).containsExactly(false, true, false);
    assertThat(asCalicoctl.get(0).failure().orElseThrow().path()).isEqualTo("[0].spec.node");
  }

  @Test
  void readTreesHandsOverTheOneDocumentAndItsPlace() {
    List<String> seen = new ArrayList<>();
    engine(UnquotedScalars.LITERAL)
        .readTrees(
            () -> FACTORY.createParser("  {\"a\": [1, 2.50, \"x\", null, true]}"),
            (index, line, column, tree) ->
                seen.add(index + "@" + line + ":" + column + " " + tree));
    assertThat(seen).containsExactly("0@1:3 {\"a\":[1,2.50,\"x\",null,true]}");

    assertThatThrownBy(
            () ->
                engine(UnquotedScalars.LITERAL)
                    .readTrees(() -> FACTORY.createParser("{} {}"), (i, l, c, t) -> {}))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .satisfies(
            e -> {
              WorkloadEndpointDecodeException d = (WorkloadEndpointDecodeException) e;
              assertThat(d.reason()).isEqualTo(Reason.SYNTAX);
              assertThat(d.problem()).isEqualTo("unexpected content after the document");
            });
    assertThatThrownBy(
            () ->
                engine(UnquotedScalars.LITERAL)
                    .readTrees(() -> FACTORY.createParser("{\"a\":"), (i, l, c, t) -> {}))
        .isInstanceOf(WorkloadEndpointDecodeException.class)
        .extracting(e -> ((WorkloadEndpointDecodeException) e).reason())
        .isEqualTo(Reason.SYNTAX);
    List<JsonNode> trees = new ArrayList<>();
    engine(UnquotedScalars.LITERAL)
        .readTrees(() -> FACTORY.createParser("[]"), (i, l, c, t) -> trees.add(t));
    assertThat(trees).containsExactly(new ObjectMapper().createArrayNode());
  }
}
