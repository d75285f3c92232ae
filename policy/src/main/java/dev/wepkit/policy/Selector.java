// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.policy;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.policy.internal.GoText;
import dev.wepkit.policy.internal.Node;
import dev.wepkit.policy.internal.Parser;
import dev.wepkit.policy.internal.Restriction;
import dev.wepkit.policy.internal.SyntaxError;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A Calico label selector, parsed exactly as Calico parses it: the same texts accepted and refused,
 * the same matches, the same canonical form and the same unique id.
 *
 * <p>The language: {@code k == "v"}, {@code k != "v"}, {@code k contains "v"}, {@code k starts with
 * "v"}, {@code k ends with "v"}, {@code k in {"a", "b"}}, {@code k not in {…}}, {@code has(k)},
 * {@code all()}, {@code global()}, {@code !}, {@code &&}, {@code ||} and parentheses; the empty
 * selector is {@code all()}. An absent label satisfies {@code !=} and {@code not in} and nothing
 * else; {@code has(k)} tests presence only. Only space and tab are white space: a selector with a
 * newline (a YAML block scalar's, say) is refused, as Calico refuses it.
 *
 * <p>Selectors are immutable, thread-safe and equal when their canonical forms are equal.
 *
 * <pre>{@code
 * Selector s = Selector.parse("app == 'web' && tier in {'frontend', 'edge'}");
 * s.matches(Map.of("app", "web", "tier", "edge"));   // true
 * s.toString();     // (app == "web" && tier in {"edge", "frontend"})
 * s.uniqueId();     // s: followed by 38 base64url characters
 * s.withLabelPrefix("pcns.").toString();
 *                   // (pcns.app == "web" && pcns.tier in {"edge", "frontend"})
 * Selector.isValid("app = 'web'");                     // false
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Selector {
  private static final Selector ALL = new Selector(Node.All.INSTANCE);

  private final Node root;
  private final String canonical;
  private volatile String uniqueId;
  private volatile Map<String, LabelRestriction> restrictions;

  private Selector(Node root) {
    this(root, 32);
  }

  private Selector(Node root, int sizeHint) {
    this.root = root;
    StringBuilder out = new StringBuilder(sizeHint);
    root.appendTo(out);
    this.canonical = out.toString();
  }

  /**
   * Parses a selector.
   *
   * @param text the selector; empty (or only spaces and tabs) means {@code all()}
   * @return the selector
   * @throws SelectorParseException when Calico would refuse the text, with Calico's reason and the
   *     position of the problem
   * @throws NullPointerException if {@code text} is null
   */
  public static Selector parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return new Selector(Parser.parse(text), text.length() + 16);
    } catch (SyntaxError e) {
      throw new SelectorParseException(text, e.reason(), e.position());
    }
  }

  /**
   * Whether Calico accepts the text as a selector (its {@code Validate}). Never throws.
   *
   * @param text the selector, or null (not valid)
   * @return true when {@link #parse(String)} would succeed
   */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    try {
      Parser.parse(text);
      return true;
    } catch (SyntaxError e) {
      return false;
    }
  }

  /**
   * Calico's {@code Normalise}: trims surrounding white space the way Go's {@code
   * strings.TrimSpace} does (newlines included, unlike the parser), then returns the canonical
   * form, or the trimmed text unchanged when it does not parse. So it is more lenient than {@link
   * #parse(String)}: {@code normalise("a == 'x'\n")} is {@code a == "x"}.
   *
   * @param text the selector
   * @return the canonical form, or the trimmed text
   * @throws NullPointerException if {@code text} is null
   */
  public static String normalise(String text) {
    String trimmed = GoText.trimSpace(Objects.requireNonNull(text, "text"));
    try {
      return new Selector(Parser.parse(trimmed)).canonical;
    } catch (SyntaxError e) {
      return trimmed;
    }
  }

  /**
   * The selector {@code all()}, which matches everything.
   *
   * @return the selector
   */
  public static Selector all() {
    return ALL;
  }

  /**
   * Evaluates the selector against a label map; a key mapped to null counts as absent.
   *
   * @param labels the labels
   * @return whether they match
   */
  public boolean matches(Map<String, String> labels) {
    Objects.requireNonNull(labels, "labels");
    return root.matches(labels);
  }

  /**
   * Evaluates the selector against labels given as a lookup, for example an endpoint's {@link
   * EffectiveLabels}.
   *
   * @param labels the labels
   * @return whether they match
   */
  public boolean matches(Labels labels) {
    Objects.requireNonNull(labels, "labels");
    return root.matches(labels);
  }

  /**
   * Evaluates the selector against an endpoint's own {@code metadata.labels}, as stored. For the
   * labels Felix matches (the Calico labels and the profiles' labels added) use {@link
   * EffectiveLabels}.
   *
   * @param endpoint the endpoint
   * @return whether its labels match
   */
  public boolean matches(WorkloadEndpoint endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    return matches(endpoint.metadata().labels());
  }

  /**
   * Calico's unique id of the selector: {@code s:} and the unpadded base64url encoding of the
   * SHA-224 hash of {@code s:} followed by the canonical form's UTF-8 bytes. Felix names IP sets
   * after it.
   *
   * @return the id, for example {@code s:5y5I3VdRZfDU01O--xXAPx2yxCQQqMf0M6IWug} for {@code all()}
   */
  public String uniqueId() {
    String id = uniqueId;
    if (id == null) {
      id = "s:" + base64Sha224(GoText.utf8("s:" + canonical));
      uniqueId = id;
    }
    return id;
  }

  private static String base64Sha224(byte[] data) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-224").digest(data);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-224 (java.security.MessageDigest's list).
      throw new AssertionError("SHA-224 is missing from this Java runtime", e);
    }
  }

  /**
   * What the selector requires of each label, as Calico computes it for its selector index: a label
   * that must be present, must be absent, or must have one of some values. Labels with no
   * restriction are left out; a selector with none (such as {@code all()} or {@code a != 'x'})
   * gives an empty map.
   *
   * @return the restrictions by label key, in Go order of the keys (unmodifiable)
   */
  public Map<String, LabelRestriction> labelRestrictions() {
    Map<String, LabelRestriction> out = restrictions;
    if (out == null) {
      Map<String, Restriction> raw = root.restrictions();
      if (raw == null || raw.isEmpty()) {
        out = Collections.emptyMap();
      } else {
        List<String> keys = new ArrayList<>(raw.keySet());
        keys.sort(GoText.UTF8_ORDER);
        Map<String, LabelRestriction> sorted = new LinkedHashMap<>();
        for (String key : keys) {
          Restriction r = raw.get(key);
          sorted.put(key, new LabelRestriction(r.mustBePresent(), r.mustBeAbsent(), r.values()));
        }
        out = Collections.unmodifiableMap(sorted);
      }
      restrictions = out;
    }
    return out;
  }

  /**
   * Folds the syntax tree with a visitor, children first.
   *
   * @param <R> the visitor's result type
   * @param visitor the visitor
   * @return its result for the root
   */
  public <R> R accept(SelectorVisitor<R> visitor) {
    Objects.requireNonNull(visitor, "visitor");
    return root.accept(visitor);
  }

  /**
   * A copy with {@code prefix} put before every label key (Calico's {@code PrefixVisitor}, which it
   * uses to turn a namespace selector into one over {@code pcns.} labels). Nothing is checked: a
   * key pushed past 512 characters gives a canonical form that no longer parses, as in Calico.
   *
   * @param prefix the prefix, for example {@code pcns.}
   * @return the rewritten selector
   */
  public Selector withLabelPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    return withLabelsRenamed(label -> prefix + label);
  }

  /**
   * A copy with every label key replaced by {@code rename}'s answer.
   *
   * @param rename gives the new key for each key; must not return null
   * @return the rewritten selector
   */
  public Selector withLabelsRenamed(UnaryOperator<String> rename) {
    Objects.requireNonNull(rename, "rename");
    return new Selector(
        root.renameLabels(
            label -> Objects.requireNonNull(rename.apply(label), "renamed label of " + label)));
  }

  /**
   * The canonical form, Calico's {@code String()}: single spaces around operators, double quotes
   * (single ones when the value holds a double quote), set members sorted in Go order and
   * de-duplicated, every {@code &&}/{@code ||} group in parentheses and {@code !} written directly
   * before its operand. Parsing it gives an equal selector, except where a {@code !} stood before a
   * parenthesised negation ({@code !(!has(a))} prints {@code !!has(a)}, which parses to {@code
   * has(a)}) and where a label prefix made a key too long.
   *
   * @return the canonical form
   */
  @Override
  public String toString() {
    return canonical;
  }

  /** Selectors are equal when their canonical forms are (Calico compares unique ids). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Selector && ((Selector) o).canonical.equals(canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }
}
