// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.policy.internal.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-written cases for the rules of Calico's selector language that the conformance file touches
 * lightly: white space, contextual keywords, string literals, error positions, canonical quoting
 * and ordering, normalisation, label restrictions of corner cases and the label rewrite.
 */
class SelectorTest {
  private static SelectorParseException refusal(String text) {
    SelectorParseException e =
        catchThrowableOfType(SelectorParseException.class, () -> Selector.parse(text));
    assertThat(e).as("refuses %s", text).isNotNull();
    assertThat(Selector.isValid(text)).isFalse();
    return e;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "has == \"x\"",
        "all == \"x\"",
        "global == \"x\"",
        "in in {\"x\"}",
        "contains contains \"x\"",
        "not in {\"x\"}",
        "not not in {\"x\"}",
        "a startswith \"x\"",
        "a endswith \"x\"",
        "a notin {\"x\"}",
        "a not \t in {\"x\"}",
        "a==\"x\"",
        "a in{\"x\"}",
        "a contains\"x\"",
        "a in {\"x\",}",
        "a in {}",
        "a not in {}",
        "-a == \"x\"",
        ". == \"x\"",
        "/ == \"x\"",
        "1 == \"x\"",
        "has(\ta\t)",
        "all(\t)",
        "a == \"\"",
        "a == \"x\ny\"",
        "a == \"\\\"",
        "\t a == 'b' \t",
        " \t ",
        "!!!!has(a)"
      })
  void acceptsWhatCalicoAccepts(String text) {
    assertThat(Selector.isValid(text)).isTrue();
    Selector.parse(text);
  }

  @Test
  void selectorsDenserThanTheTokenEstimateParse() {
    // One token per character, far past the scanner's first guess of one per four characters.
    String negations = "!".repeat(301) + "has(a)";
    assertThat(Selector.parse(negations).toString()).isEqualTo("!has(a)");
    String brackets = "(".repeat(200) + "a=='x'" + ")".repeat(200);
    assertThat(Selector.parse(brackets).toString()).isEqualTo("a == \"x\"");
    assertThat(Selector.parse(brackets).matches(Map.of("a", "x"))).isTrue();
    String sets = "a in {" + "'x',".repeat(150) + "'',}";
    assertThat(Selector.parse(sets).toString()).isEqualTo("a in {\"\", \"x\"}");
  }

  @Test
  void tokenValuesAndPositionsAreWhereTheTextHasThem() {
    assertThat(Tokenizer.tokenize("has( \tk8s/app ) || x not  in {\"\"} && y == ''"))
        .extracting(t -> t.kind() + ":" + t.value() + "@" + t.position())
        .containsExactly(
            "HAS:k8s/app@0",
            "OR:@16",
            "LABEL:x@19",
            "NOT_IN:@21",
            "LBRACE:@29",
            "STRING_LITERAL:@30",
            "RBRACE:@32",
            "AND:@34",
            "LABEL:y@37",
            "EQ:@39",
            "STRING_LITERAL:@42",
            "EOF:@44");
  }

  @Test
  void onlySpaceAndTabAreWhiteSpace() {
    assertRefused("a == 'x'\n", "expected identifier", 8);
    assertRefused("\na == 'x'", "expected identifier", 0);
    assertRefused("a == 'x'\r", "expected identifier", 8);
    assertRefused("a\u00a0== 'x'", "expected operator after label \"a\"", 1);
    assertRefused("has(\na)", "expected identifier", 4);
    assertRefused("a not\nin {}", "expected operator after label \"a\"", 2);
  }

  private static void assertRefused(String text, String reason, int position) {
    SelectorParseException e = refusal(text);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.position()).isEqualTo(position);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        // Functions need the bracket attached; keywords are case-sensitive.
        "has (a) => expected == or != not: TokLParen() => 4",
        "all ( ) => expected == or != not: TokLParen() => 4",
        "HAS(a) => expected == or != not: TokLParen() => 3",
        "a IN {'x'} => expected operator after label \"a\" => 2",
        "a == 'x' AND b == 'y' => expected operator after label \"AND\" => 13",
        "not has(a) => expected operator after label \"not\" => 4",
        // Operators need a word boundary.
        "a containsx 'y' => expected operator after label \"a\" => 2",
        "a inx {'y'} => expected operator after label \"a\" => 2",
        "a not inx {'y'} => expected operator after label \"a\" => 2",
        // Bad operators and operands.
        "a = 'x' => expected == => 2",
        "a === 'x' => expected == => 4",
        "a !== 'x' => expected == => 4",
        "a &&& b => expected && => 4",
        "has(a) &&& has(b) => expected && => 9",
        "a == b => expected string => 5",
        "a == => expected string => 4",
        "a in ('x') => expected set literal => 5",
        "a in 'x' => expected set literal => 5",
        "a in {,} => expected } => 6",
        "a in {'x',,} => expected } => 10",
        "a in {'x' 'y'} => expected } => 10",
        "a in {'x' => expected } => 9",
        "a == '\"'\" => unterminated string => 8",
        "a == \"\\\"\" => unterminated string => 8",
        "(a == 'x' => expected ) => 9",
        "a == 'x') => unexpected content at end of selector [TokRParen() TokEOF()] => 8",
        "has(a)has(b) => unexpected content at end of selector [TokHas(b) TokEOF()] => 6",
        "a == 'x', b == 'y' => unexpected content at end of selector [TokComma() TokLabel(b) TokEq() TokStringLiteral(y) TokEOF()] => 8",
        "== 'x' => unexpected token: TokEq() => 0",
        "&& a => unexpected token: TokAnd() => 0",
        "a == 'x' || => unexpected token: TokEOF() => 11",
        "'x' => unexpected token: TokStringLiteral(x) => 0",
        "{} => unexpected token: TokLBrace() => 0",
        "!a => unexpected end of string looking for op => 2",
        "a == 'x' && b => unexpected end of string looking for op => 13",
        "a é => expected operator after label \"a\" => 2",
        "é == 'x' => expected identifier => 0",
        "has(é) => expected identifier => 4",
        "has() => expected identifier => 4",
        "has(a b) => no closing ')' after has( => 6",
        "all(x) => no closing ')' after all( => 4",
        "global( => no closing ')' after global( => 7",
        "a:b == 'x' => expected operator after label \"a\" => 1"
      })
  void refusesWithCalicosReasonAndThePosition(String text, String reason, int position) {
    SelectorParseException e = refusal(text);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.selector()).isEqualTo(text);
  }

  @Test
  void labelsAreOneTo512Characters() {
    String longest = "k".repeat(512);
    assertThat(Selector.isValid(longest + " == 'x'")).isTrue();
    assertThat(Selector.isValid("has(" + longest + ")")).isTrue();
    SelectorParseException e = refusal(longest + "k == 'x'");
    assertThat(e.reason()).isEqualTo("label too long: " + longest + "k");
    assertThat(e.position()).isZero();
    assertThat(refusal("has( " + longest + "k)").reason()).startsWith("label too long: ");
  }

  @Test
  void theMessageSaysWhatAndWhere() {
    SelectorParseException e = refusal("a == 'x'\n");
    assertThat(e.getMessage())
        .isEqualTo("expected identifier at position 8 of selector \"a == 'x'\\n\"");
  }

  @Test
  void nullIsRefusedByParseAndNotValid() {
    assertThat(Selector.isValid(null)).isFalse();
    assertThatThrownBy(() -> Selector.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "a == 'x' => a == \"x\"",
        "a=='x' => a == \"x\"",
        "a == '\"' => a == '\"'",
        "a != \"'\" => a != \"'\"",
        "a startswith 'x' => a starts with \"x\"",
        "a   ends   with 'x' => a ends with \"x\"",
        "a notin {'y','x','y'} => a not in {\"x\", \"y\"}",
        "a in {'x',} => a in {\"x\"}",
        "a in {} => a in {}",
        "a in {'\"', \"'\"} => a in {'\"', \"'\"}",
        "!(a == 'b') => !a == \"b\"",
        "!(a == 'b' || c == 'd') => !(a == \"b\" || c == \"d\")",
        "!!(a == 'b') => a == \"b\"",
        "!(!has(a)) => !!has(a)",
        "a == 'x' && b == 'y' => (a == \"x\" && b == \"y\")",
        "(a == 'x' && b == 'y') && c == 'z' => ((a == \"x\" && b == \"y\") && c == \"z\")",
        "a == 'x' && b == 'y' && c == 'z' => (a == \"x\" && b == \"y\" && c == \"z\")",
        "a == 'x' || b == 'y' && c == 'z' => (a == \"x\" || (b == \"y\" && c == \"z\"))",
        "!a == 'x' && b == 'y' => (!a == \"x\" && b == \"y\")",
        "a == 'x' || a == 'x' => (a == \"x\" || a == \"x\")",
        "((has(a))) => has(a)",
        "global( ) => global()",
        "all( ) => all()"
      })
  void canonicalForm(String text, String canonical) {
    assertThat(Selector.parse(text).toString()).isEqualTo(canonical);
  }

  @Test
  void setMembersAreInGoOrderNotJavaOrder() {
    // U+FFFD is one UTF-16 unit above the surrogates Java sorts 😀 by, so Java's compareTo puts
    // the emoji first; Go compares UTF-8 bytes (EF BF BD < F0 9F 98 80) and puts U+FFFD first.
    assertThat("\uFFFD".compareTo("😀")).isPositive();
    Selector s = Selector.parse("a in {'😀', '\uFFFD', 'b', 'B'}");
    assertThat(s.toString()).isEqualTo("a in {\"B\", \"b\", \"\uFFFD\", \"😀\"}");
    assertThat(SelectorConformanceTest.members(s)).containsExactly("B", "b", "\uFFFD", "😀");
  }

  @Test
  void absentLabelsMatchOnlyNotEqualsAndNotIn() {
    Map<String, String> none = Map.of();
    assertThat(Selector.parse("a != 'x'").matches(none)).isTrue();
    assertThat(Selector.parse("a not in {'x'}").matches(none)).isTrue();
    assertThat(Selector.parse("a not in {}").matches(none)).isTrue();
    assertThat(Selector.parse("!(a == 'x')").matches(none)).isTrue();
    for (String text :
        List.of(
            "a == 'x'",
            "a == ''",
            "a in {'x'}",
            "a in {}",
            "a contains ''",
            "a starts with ''",
            "a ends with ''",
            "has(a)")) {
      assertThat(Selector.parse(text).matches(none)).as(text).isFalse();
    }
  }

  @Test
  void anEmptyValueIsPresent() {
    Map<String, String> empty = Map.of("a", "");
    assertThat(Selector.parse("has(a)").matches(empty)).isTrue();
    assertThat(Selector.parse("a == ''").matches(empty)).isTrue();
    assertThat(Selector.parse("a != ''").matches(empty)).isFalse();
    assertThat(Selector.parse("a contains ''").matches(empty)).isTrue();
    assertThat(Selector.parse("a in {''}").matches(empty)).isTrue();
    assertThat(Selector.parse("a in {}").matches(empty)).isFalse();
    assertThat(Selector.parse("!has(a)").matches(empty)).isFalse();
  }

  @Test
  void stringTestsAreExactAndCaseSensitive() {
    Map<String, String> labels = Map.of("app", "Web-Server");
    assertThat(Selector.parse("app == 'web-server'").matches(labels)).isFalse();
    assertThat(Selector.parse("app contains 'b-S'").matches(labels)).isTrue();
    assertThat(Selector.parse("app starts with 'Web'").matches(labels)).isTrue();
    assertThat(Selector.parse("app ends with 'Server'").matches(labels)).isTrue();
    assertThat(Selector.parse("app ends with 'server'").matches(labels)).isFalse();
    assertThat(Selector.parse("app == \"a\\b\"").matches(Map.of("app", "a\\b"))).isTrue();
  }

  @Test
  void notNegatesOnePrimaryAndAndBindsTighterThanOr() {
    Selector s = Selector.parse("!a == 'x' && b == 'y'");
    assertThat(s.matches(Map.of("a", "z", "b", "y"))).isTrue();
    assertThat(s.matches(Map.of("a", "z"))).isFalse();
    Selector t = Selector.parse("a == 'x' || b == 'y' && c == 'z'");
    assertThat(t.matches(Map.of("a", "x"))).isTrue();
    assertThat(t.matches(Map.of("b", "y"))).isFalse();
  }

  @Test
  void globalMatchesEverythingAsAnExpression() {
    assertThat(Selector.parse("global()").matches(Map.of())).isTrue();
    assertThat(Selector.parse("!global()").matches(Map.of("a", "b"))).isFalse();
  }

  @Test
  void evaluatesAnEndpointsOwnLabels() {
    WorkloadEndpoint wep =
        WorkloadEndpoint.builder()
            .metadata(ObjectMeta.builder().putLabel("app", "web").build())
            .build();
    assertThat(Selector.parse("app == 'web'").matches(wep)).isTrue();
    assertThat(Selector.parse("has(projectcalico.org/namespace)").matches(wep)).isFalse();
  }

  @Test
  void uniqueIdIsTheHashOfTheCanonicalForm() {
    // Calico's own values (hash of "s:" + canonical, SHA-224, unpadded base64url).
    assertThat(Selector.all().uniqueId()).isEqualTo("s:5y5I3VdRZfDU01O--xXAPx2yxCQQqMf0M6IWug");
    assertThat(Selector.parse("!(has(b) || !has(a))").uniqueId())
        .isEqualTo("s:Iss0uCleLYv1GSv_pNm7hAO58kE9jAx1NKyG3Q");
    assertThat(Selector.parse("a == 'x'").uniqueId())
        .isEqualTo(Selector.parse("a==\"x\"").uniqueId())
        .isNotEqualTo(Selector.parse("a == 'y'").uniqueId())
        .startsWith("s:")
        .hasSize(40);
    // The double-negation corner: same meaning, different spelling, different id.
    assertThat(Selector.parse("!(!has(a))").uniqueId())
        .isNotEqualTo(Selector.parse("has(a)").uniqueId());
  }

  @Test
  void equalityIsByCanonicalForm() {
    assertThat(Selector.parse("a=='x'&&b in {'2','1'}"))
        .isEqualTo(Selector.parse("(a == \"x\" && b in {'1', '2', '1'})"))
        .hasSameHashCodeAs(Selector.parse("(a == \"x\" && b in {'1', '2', '1'})"))
        .isNotEqualTo(Selector.parse("b in {'1','2'} && a == 'x'"));
    assertThat(Selector.parse("")).isEqualTo(Selector.all()).isEqualTo(Selector.parse("all()"));
  }

  @Test
  void normaliseTrimsLikeGoThenCanonicalises() {
    assertThat(Selector.normalise("  a == \"x\"\n")).isEqualTo("a == \"x\"");
    assertThat(Selector.normalise("\u00a0\u2003has(a)\u3000\r\n\u0085")).isEqualTo("has(a)");
    // Not valid: returned trimmed but otherwise as given.
    assertThat(Selector.normalise("a == x")).isEqualTo("a == x");
    assertThat(Selector.normalise(" a == x\t")).isEqualTo("a == x");
    // U+200B is not white space to Go (nor U+FEFF), so it stays, and the text does not parse.
    assertThat(Selector.normalise("\u200bhas(a)")).isEqualTo("\u200bhas(a)");
    assertThat(Selector.normalise("\ufeffhas(a)")).isEqualTo("\ufeffhas(a)");
  }

  @Test
  void normaliseOfEmptyIsAll() {
    assertThat(Selector.normalise("")).isEqualTo("all()");
    assertThat(Selector.normalise(" \n ")).isEqualTo("all()");
  }

  @Test
  void labelRestrictionsOfCornerCases() {
    // An empty set literal holds no set in Calico, so it restricts presence but not the value.
    assertThat(Selector.parse("a in {}").labelRestrictions())
        .isEqualTo(Map.of("a", new LabelRestriction(true, false, null)));
    // A non-empty set that intersects to nothing: no value can match.
    assertThat(Selector.parse("a in {'x'} && a in {'y'}").labelRestrictions())
        .isEqualTo(Map.of("a", new LabelRestriction(true, false, Set.of())));
    // A negated negation is not !has(a): nothing is tracked.
    assertThat(Selector.parse("!(!has(a))").labelRestrictions()).isEmpty();
    // || keeps what every operand requires; labels only later operands mention are dropped.
    assertThat(Selector.parse("a == 'x' || (a == 'y' && b == 'z')").labelRestrictions())
        .isEqualTo(Map.of("a", new LabelRestriction(true, false, Set.of("x", "y"))));
    assertThat(Selector.parse("!has(a) || !has(a)").labelRestrictions())
        .isEqualTo(Map.of("a", new LabelRestriction(false, true, null)));
    assertThat(Selector.parse("!has(a) || has(a)").labelRestrictions()).isEmpty();
    assertThat(Selector.parse("has(a) || a == 'x' || a in {'y'}").labelRestrictions())
        .isEqualTo(Map.of("a", new LabelRestriction(true, false, null)));
    LabelRestriction r = Selector.parse("b == 'v' && a in {'2','1'}").labelRestrictions().get("a");
    assertThat(r.mustHaveOneOfValues()).isEqualTo(Optional.of(Set.of("1", "2")));
    assertThat(new ArrayList<>(r.mustHaveOneOfValues().orElseThrow())).containsExactly("1", "2");
    assertThat(Selector.parse("b == 'v' && a == 'w'").labelRestrictions().keySet())
        .containsExactly("a", "b");
  }

  @Test
  void prefixingRewritesEveryLabelAndNothingElse() {
    Selector s =
        Selector.parse(
            "a == 'a' && b != 'b' || c contains 'c' || d starts with 'd' && e ends with 'e' "
                + "|| has(f) || g in {'g'} || h not in {'h'} || all() || global() || !has(i)");
    assertThat(s.withLabelPrefix("pcns.").toString())
        .isEqualTo(
            "((pcns.a == \"a\" && pcns.b != \"b\") || pcns.c contains \"c\" || (pcns.d starts with"
                + " \"d\" && pcns.e ends with \"e\") || has(pcns.f) || pcns.g in {\"g\"} ||"
                + " pcns.h not in {\"h\"} || all() || global() || !has(pcns.i))");
    assertThat(s.withLabelPrefix("pcns.").matches(Map.of("pcns.f", ""))).isTrue();
    assertThat(s.withLabelsRenamed(String::toUpperCase).toString()).contains("has(F)");
  }

  @Test
  void aPrefixCanPushALabelPastTheLimitAsInCalico() {
    Selector s = Selector.parse("has(" + "k".repeat(510) + ")");
    Selector prefixed = s.withLabelPrefix("pcns.");
    assertThat(prefixed.toString()).isEqualTo("has(pcns." + "k".repeat(510) + ")");
    assertThat(Selector.isValid(prefixed.toString())).isFalse();
  }

  @Test
  void theVisitorSeesTheTreeChildrenFirst() {
    String folded =
        Selector.parse("!(a == 'x' && b in {'2','1'}) || has(c) || all() || global()")
            .accept(
                new SelectorVisitor<String>() {
                  @Override
                  public String comparison(String label, Operator op, String value) {
                    return label + op.name() + value;
                  }

                  @Override
                  public String set(String label, Operator op, List<String> values) {
                    return label + op.name() + values;
                  }

                  @Override
                  public String has(String label) {
                    return "HAS" + label;
                  }

                  @Override
                  public String all() {
                    return "ALL";
                  }

                  @Override
                  public String global() {
                    return "GLOBAL";
                  }

                  @Override
                  public String not(String operand) {
                    return "NOT[" + operand + "]";
                  }

                  @Override
                  public String and(List<String> operands) {
                    return "AND" + operands;
                  }

                  @Override
                  public String or(List<String> operands) {
                    return "OR" + operands;
                  }
                });
    assertThat(folded).isEqualTo("OR[NOT[AND[aEQUALSx, bIN[1, 2]]], HASc, ALL, GLOBAL]");
  }
}
