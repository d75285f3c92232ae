// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wepkit.policy.internal.SyntaxError;
import dev.wepkit.policy.internal.Token;
import dev.wepkit.policy.internal.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every record of every section of {@code conformance/selectors.json} (Calico's own selector test
 * tables, replayed against Calico's code) as one test: matches, refusals, canonical forms and
 * unique ids, tokens, the prefix visitor, label restrictions, string sets, the benchmark selectors
 * and the policy translations. {@link #everyRecordOfEverySectionIsATest()} checks that each section
 * has the size the file and the reference page give, and that each becomes that many tests.
 */
class SelectorConformanceTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNode ROOT = load();

  /** The section sizes of the reference page's table, written out here, not read from the file. */
  private static final Map<String, Integer> EXPECTED_COUNTS =
      Map.of(
          "match", 98,
          "invalid", 42,
          "canonical", 17,
          "tokens", 33,
          "visitor", 11,
          "label_restrictions", 63,
          "stringset", 11,
          "valid", 2,
          "policy_translation", 32);

  private static JsonNode load() {
    try (InputStream in =
        SelectorConformanceTest.class.getResourceAsStream("/conformance/selectors.json")) {
      assertThat(in).as("conformance/selectors.json on the test class path").isNotNull();
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Map<String, Function<JsonNode, DynamicTest>> SECTIONS = new HashMap<>();

  static {
    SECTIONS.put("match", SelectorConformanceTest::matchCase);
    SECTIONS.put("invalid", SelectorConformanceTest::invalidCase);
    SECTIONS.put("canonical", SelectorConformanceTest::canonicalCase);
    SECTIONS.put("tokens", SelectorConformanceTest::tokensCase);
    SECTIONS.put("visitor", SelectorConformanceTest::visitorCase);
    SECTIONS.put("label_restrictions", SelectorConformanceTest::restrictionsCase);
    SECTIONS.put("stringset", SelectorConformanceTest::stringSetCase);
    SECTIONS.put("valid", SelectorConformanceTest::validCase);
  }

  private static List<DynamicTest> section(String name) {
    if (name.equals("policy_translation")) {
      return PolicyTranslationCases.all(ROOT.get("policy_translation"));
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode record : ROOT.get(name)) {
      tests.add(SECTIONS.get(name).apply(record));
    }
    return tests;
  }

  @Test
  void everyRecordOfEverySectionIsATest() {
    Set<String> sections = new LinkedHashSet<>();
    ROOT.fieldNames().forEachRemaining(sections::add);
    sections.remove("source");
    sections.remove("counts");
    assertThat(sections).containsExactlyInAnyOrderElementsOf(EXPECTED_COUNTS.keySet());
    JsonNode counts = ROOT.get("counts");
    for (String name : sections) {
      int expected = EXPECTED_COUNTS.get(name);
      JsonNode declared = counts.get(name);
      int declaredTotal = 0;
      if (declared.isObject()) {
        for (JsonNode n : declared) {
          declaredTotal += n.asInt();
        }
      } else {
        declaredTotal = declared.asInt();
      }
      assertThat(declaredTotal).as("counts.%s in the file", name).isEqualTo(expected);
      assertThat(section(name)).as("tests made from section %s", name).hasSize(expected);
    }
  }

  @TestFactory
  List<DynamicTest> match() {
    return section("match");
  }

  @TestFactory
  List<DynamicTest> invalid() {
    return section("invalid");
  }

  @TestFactory
  List<DynamicTest> canonical() {
    return section("canonical");
  }

  @TestFactory
  List<DynamicTest> tokens() {
    return section("tokens");
  }

  @TestFactory
  List<DynamicTest> visitor() {
    return section("visitor");
  }

  @TestFactory
  List<DynamicTest> labelRestrictions() {
    return section("label_restrictions");
  }

  @TestFactory
  List<DynamicTest> stringSet() {
    return section("stringset");
  }

  @TestFactory
  List<DynamicTest> valid() {
    return section("valid");
  }

  @TestFactory
  List<DynamicTest> policyTranslation() {
    return section("policy_translation");
  }

  private static String name(JsonNode record, String text) {
    return record.path("source").asText() + " " + text;
  }

  private static DynamicTest matchCase(JsonNode r) {
    String text = r.get("selector").asText();
    Map<String, String> labels = strings(r.get("labels"));
    boolean expected = r.get("matches").asBoolean();
    return DynamicTest.dynamicTest(
        name(r, text + " on " + labels),
        () -> {
          Selector s = Selector.parse(text);
          assertThat(s.matches(labels)).isEqualTo(expected);
          assertThat(s.matches(Labels.of(labels))).isEqualTo(expected);
          // Calico's test also re-parses the canonical form and checks the same labels.
          assertThat(Selector.parse(s.toString()).matches(labels)).isEqualTo(expected);
        });
  }

  private static DynamicTest invalidCase(JsonNode r) {
    String text = r.get("selector").asText();
    String reason = r.get("error_at_commit").asText();
    boolean tokenizerRow = r.get("asserted_by").asText().startsWith("tokenizer");
    return DynamicTest.dynamicTest(
        name(r, text),
        () -> {
          assertThat(Selector.isValid(text)).isFalse();
          SelectorParseException e =
              catchThrowableOfType(SelectorParseException.class, () -> Selector.parse(text));
          assertThat(e).as("parse refuses %s", text).isNotNull();
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.selector()).isEqualTo(text);
          assertThat(e.position()).isBetween(0, text.length());
          assertThat(e.getMessage()).startsWith(reason + " at position " + e.position());
          if (tokenizerRow) {
            SyntaxError t = catchThrowableOfType(SyntaxError.class, () -> Tokenizer.tokenize(text));
            assertThat(t).as("the tokenizer refuses %s", text).isNotNull();
            assertThat(t.reason()).isEqualTo(reason);
          }
        });
  }

  private static DynamicTest canonicalCase(JsonNode r) {
    String text = r.get("selector").asText();
    String canonical = r.get("canonical").asText();
    String id = r.path("unique_id").asText(null);
    return DynamicTest.dynamicTest(
        name(r, text),
        () -> {
          Selector s = Selector.parse(text);
          assertThat(s.toString()).isEqualTo(canonical);
          assertThat(Selector.normalise(text)).isEqualTo(canonical);
          assertThat(Selector.parse(canonical)).isEqualTo(s);
          if (id != null) {
            assertThat(s.uniqueId()).isEqualTo(id);
          }
        });
  }

  private static DynamicTest tokensCase(JsonNode r) {
    String input = r.get("input").asText();
    List<String> expected = new ArrayList<>();
    for (JsonNode t : r.get("tokens")) {
      expected.add(t.get("kind").asText() + "(" + t.get("value").asText() + ")");
    }
    return DynamicTest.dynamicTest(
        name(r, input),
        () -> {
          List<String> actual =
              Tokenizer.tokenize(input).stream().map(Token::toString).collect(Collectors.toList());
          assertThat(actual).containsExactlyElementsOf(expected);
        });
  }

  private static DynamicTest visitorCase(JsonNode r) {
    String text = r.get("selector").asText();
    String prefix = r.get("prefix").asText();
    String expected = r.get("canonical_after_prefix").asText();
    return DynamicTest.dynamicTest(
        name(r, r.get("description").asText()),
        () -> {
          Selector s = Selector.parse(text);
          Selector visited = s.withLabelPrefix(prefix);
          assertThat(visited.toString()).isEqualTo(expected);
          assertThat(visited.uniqueId()).isEqualTo(Selector.parse(expected).uniqueId());
          // The original is unchanged: selectors are immutable.
          assertThat(s.toString()).isEqualTo(Selector.parse(text).toString());
        });
  }

  private static DynamicTest restrictionsCase(JsonNode r) {
    String text = r.get("selector").asText();
    JsonNode res = r.get("restrictions");
    Map<String, LabelRestriction> expected = new HashMap<>();
    if (!res.isNull()) {
      res.fields()
          .forEachRemaining(
              e -> {
                JsonNode v = e.getValue();
                JsonNode values = v.get("MustHaveOneOfValues");
                expected.put(
                    e.getKey(),
                    new LabelRestriction(
                        v.get("MustBePresent").asBoolean(),
                        v.get("MustBeAbsent").asBoolean(),
                        values.isNull() ? null : new LinkedHashSet<>(stringList(values))));
              });
    }
    return DynamicTest.dynamicTest(
        name(r, text),
        () -> {
          Selector s = Selector.parse(text);
          assertThat(s.labelRestrictions()).isEqualTo(expected);
          // A second call gives the same answer (Calico's test checks this too).
          assertThat(s.labelRestrictions()).isEqualTo(expected);
        });
  }

  private static DynamicTest stringSetCase(JsonNode r) {
    List<String> input = r.get("input").isNull() ? List.of() : stringList(r.get("input"));
    JsonNode expectedNode = r.get("expected");
    return DynamicTest.dynamicTest(
        name(r, r.get("table").asText() + ": " + r.get("entry").asText()),
        () -> {
          StringBuilder text = new StringBuilder("k in {");
          for (int i = 0; i < input.size(); i++) {
            text.append(i == 0 ? "'" : ", '").append(input.get(i)).append("'");
          }
          Selector s = Selector.parse(text.append("}").toString());
          for (String member : input) {
            assertThat(s.matches(Map.of("k", member))).as("contains %s", member).isTrue();
          }
          for (String other : List.of("", "e", "fo", "fooo", "zzz")) {
            assertThat(s.matches(Map.of("k", other)))
                .as("contains %s", other)
                .isEqualTo(input.contains(other));
          }
          if (expectedNode != null) {
            assertThat(members(s)).containsExactlyElementsOf(stringList(expectedNode));
          }
        });
  }

  private static DynamicTest validCase(JsonNode r) {
    String text = r.get("selector").asText();
    return DynamicTest.dynamicTest(
        name(r, text),
        () -> {
          assertThat(Selector.isValid(text)).isTrue();
          assertThat(Selector.parse(text).toString())
              .isEqualTo("(!(a == \"b\" && !c != \"d\") || !(a == \"b\" && !c != \"d\"))");
        });
  }

  /** The members of the selector's one set test, as the visitor hands them over. */
  static List<String> members(Selector s) {
    List<String> out = new ArrayList<>();
    s.accept(
        new SelectorVisitorAdapter<Void>() {
          @Override
          public Void set(String label, SelectorVisitor.Operator op, List<String> values) {
            out.addAll(values);
            return null;
          }
        });
    return out;
  }

  static Map<String, String> strings(JsonNode object) {
    Map<String, String> out = new HashMap<>();
    object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  static List<String> stringList(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
