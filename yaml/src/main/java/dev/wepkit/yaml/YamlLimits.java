// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import java.util.Objects;

/**
 * The safety limits a {@link WorkloadEndpointYaml} applies while reading, so that hostile input
 * (alias bombs, deep nesting, huge scalars or documents) fails quickly with a {@link
 * dev.wepkit.codec.WorkloadEndpointDecodeException} and bounded memory instead of exhausting the
 * JVM.
 *
 * <p>The defaults are far above anything a real WorkloadEndpoint needs and match calicoctl where
 * calicoctl has a limit:
 *
 * <table>
 *   <caption>Limits and defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@link #maxDocumentCodePoints()}</td><td>10,485,760 (10 Mi)</td>
 *       <td>characters in one YAML document, comments included (calicoctl reads at most 10 MB a
 *       document). A multi-document stream may be longer: each document is counted from its
 *       {@code ---} line.</td></tr>
 *   <tr><td>{@link #maxScalarLength()}</td><td>1,048,576 (1 Mi)</td>
 *       <td>characters in one scalar (a key or a value); Kubernetes caps all annotations of an
 *       object together at 256 KiB</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>100</td>
 *       <td>nested mappings and sequences; a WorkloadEndpointList needs 6</td></tr>
 *   <tr><td>{@link #maxAliases()}</td><td>100</td>
 *       <td>alias references ({@code *name}) in one document; 0 refuses every alias</td></tr>
 *   <tr><td>{@link #maxAliasExpansion()}</td><td>10,000</td>
 *       <td>YAML events (scalars, starts and ends of mappings and sequences) that aliases may add
 *       to one document, which stops "billion laughs" expansion; also the events kept for anchored
 *       nodes</td></tr>
 * </table>
 *
 * <p>The document limit, and a first check of the scalar limit, apply as characters arrive, so a
 * 100 MB scalar is refused after reading about twice the scalar limit and a 50 MB document after
 * reading the document limit: memory stays bounded by the limits, whatever the input.
 *
 * <pre>{@code
 * // Stream a WorkloadEndpointList far larger than one default document.
 * YamlLimits big = YamlLimits.builder().maxDocumentCodePoints(Integer.MAX_VALUE).build();
 * WorkloadEndpointYaml yaml = WorkloadEndpointYaml.builder().limits(big).build();
 * }</pre>
 *
 * <p>Instances are immutable.
 *
 * @since 0.1.0
 */
public final class YamlLimits {
  /** The default of {@link #maxDocumentCodePoints()}: 10 Mi characters, calicoctl's 10 MB. */
  public static final int DEFAULT_MAX_DOCUMENT_CODE_POINTS = 10 * 1024 * 1024;

  /** The default of {@link #maxScalarLength()}: 1 Mi characters. */
  public static final int DEFAULT_MAX_SCALAR_LENGTH = 1024 * 1024;

  /** The default of {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 100;

  /** The default of {@link #maxAliases()}. */
  public static final int DEFAULT_MAX_ALIASES = 100;

  /** The default of {@link #maxAliasExpansion()}. */
  public static final int DEFAULT_MAX_ALIAS_EXPANSION = 10_000;

  private static final YamlLimits DEFAULTS = builder().build();

  private final int maxDocumentCodePoints;
  private final int maxScalarLength;
  private final int maxNestingDepth;
  private final int maxAliases;
  private final int maxAliasExpansion;

  private YamlLimits(Builder builder) {
    this.maxDocumentCodePoints = builder.maxDocumentCodePoints;
    this.maxScalarLength = builder.maxScalarLength;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxAliases = builder.maxAliases;
    this.maxAliasExpansion = builder.maxAliasExpansion;
  }

  /**
   * The default limits.
   *
   * @return the defaults
   */
  public static YamlLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder holding the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these limits, to change some of them.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxDocumentCodePoints = maxDocumentCodePoints;
    builder.maxScalarLength = maxScalarLength;
    builder.maxNestingDepth = maxNestingDepth;
    builder.maxAliases = maxAliases;
    builder.maxAliasExpansion = maxAliasExpansion;
    return builder;
  }

  /**
   * The most characters (Unicode code points) one document may hold, counted from its {@code ---}
   * line (or the start of the input), comments and whitespace included.
   *
   * @return the limit
   */
  public int maxDocumentCodePoints() {
    return maxDocumentCodePoints;
  }

  /**
   * The most characters one scalar (a mapping key or a value) may hold.
   *
   * @return the limit
   */
  public int maxScalarLength() {
    return maxScalarLength;
  }

  /**
   * The deepest nesting of mappings and sequences.
   *
   * @return the limit
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The most alias references ({@code *name}) one document may hold; 0 refuses aliases.
   *
   * @return the limit
   */
  public int maxAliases() {
    return maxAliases;
  }

  /**
   * The most YAML events aliases may add to one document by expansion. It also bounds the events
   * kept for the anchored nodes of a document, all together, so an alias may only refer to a node
   * among the first that many events of anchored content.
   *
   * @return the limit
   */
  public int maxAliasExpansion() {
    return maxAliasExpansion;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof YamlLimits)) {
      return false;
    }
    YamlLimits l = (YamlLimits) o;
    return maxDocumentCodePoints == l.maxDocumentCodePoints
        && maxScalarLength == l.maxScalarLength
        && maxNestingDepth == l.maxNestingDepth
        && maxAliases == l.maxAliases
        && maxAliasExpansion == l.maxAliasExpansion;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxDocumentCodePoints, maxScalarLength, maxNestingDepth, maxAliases, maxAliasExpansion);
  }

  @Override
  public String toString() {
    return "YamlLimits{maxDocumentCodePoints="
        + maxDocumentCodePoints
        + ", maxScalarLength="
        + maxScalarLength
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxAliases="
        + maxAliases
        + ", maxAliasExpansion="
        + maxAliasExpansion
        + "}";
  }

  /** Builds {@link YamlLimits}; starts from the defaults. */
  public static final class Builder {
    private int maxDocumentCodePoints = DEFAULT_MAX_DOCUMENT_CODE_POINTS;
    private int maxScalarLength = DEFAULT_MAX_SCALAR_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxAliases = DEFAULT_MAX_ALIASES;
    private int maxAliasExpansion = DEFAULT_MAX_ALIAS_EXPANSION;

    private Builder() {}

    /**
     * Sets {@link YamlLimits#maxDocumentCodePoints()}; {@link Integer#MAX_VALUE} lifts it.
     *
     * @param limit at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    public Builder maxDocumentCodePoints(int limit) {
      this.maxDocumentCodePoints = atLeast(1, limit, "maxDocumentCodePoints");
      return this;
    }

    /**
     * Sets {@link YamlLimits#maxScalarLength()}.
     *
     * @param limit at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    public Builder maxScalarLength(int limit) {
      this.maxScalarLength = atLeast(1, limit, "maxScalarLength");
      return this;
    }

    /**
     * Sets {@link YamlLimits#maxNestingDepth()}.
     *
     * @param limit at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    public Builder maxNestingDepth(int limit) {
      this.maxNestingDepth = atLeast(1, limit, "maxNestingDepth");
      return this;
    }

    /**
     * Sets {@link YamlLimits#maxAliases()}.
     *
     * @param limit at least 0; 0 refuses every alias
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    public Builder maxAliases(int limit) {
      this.maxAliases = atLeast(0, limit, "maxAliases");
      return this;
    }

    /**
     * Sets {@link YamlLimits#maxAliasExpansion()}.
     *
     * @param limit at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} is below 1
     */
    public Builder maxAliasExpansion(int limit) {
      this.maxAliasExpansion = atLeast(1, limit, "maxAliasExpansion");
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     */
    public YamlLimits build() {
      return new YamlLimits(this);
    }

    private static int atLeast(int min, int value, String name) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
      }
      return value;
    }
  }
}
