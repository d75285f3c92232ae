// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.testing;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.names.NameDerivationException;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.util.Objects;

/**
 * The result of a {@link Mutation}: an endpoint with exactly one problem, and the one violation a
 * validator must report for it, as a JSON path ({@code spec.ports[1].protocol}) and a type ({@code
 * Invalid}, {@code Required}, ...).
 *
 * <pre>{@code
 * MutatedEndpoint m = WorkloadEndpointGenerators.mutatedEndpoints().sample(42L);
 * ValidationResult r = validator.validate(m.endpoint());
 * assertThat(r.errors()).singleElement().satisfies(v -> {
 *   assertThat(v.path()).isEqualTo(m.expectedPath());
 *   assertThat(v.type().jsonName()).isEqualTo(m.expectedType());
 * });
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MutatedEndpoint {
  /** The violation type for a missing value. */
  public static final String REQUIRED = "Required";

  /** The violation type for a value of the wrong form. */
  public static final String INVALID = "Invalid";

  /** The violation type for a value outside the supported set. */
  public static final String NOT_SUPPORTED = "NotSupported";

  /** The violation type for a value over its length limit. */
  public static final String TOO_LONG = "TooLong";

  /** The violation type for a value that must be unique and is not. */
  public static final String DUPLICATE = "Duplicate";

  private final String mutation;
  private final WorkloadEndpoint endpoint;
  private final String expectedPath;
  private final String expectedType;

  private MutatedEndpoint(
      String mutation, WorkloadEndpoint endpoint, String expectedPath, String expectedType) {
    this.mutation = Objects.requireNonNull(mutation, "mutation");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.expectedPath = Objects.requireNonNull(expectedPath, "expectedPath");
    this.expectedType = Objects.requireNonNull(expectedType, "expectedType");
  }

  /**
   * Returns a mutated endpoint.
   *
   * @param mutation the name of the mutation that made it
   * @param endpoint the endpoint with one problem
   * @param expectedPath the JSON path of the one expected violation
   * @param expectedType the type of the one expected violation, one of the constants of this class
   * @return the mutated endpoint
   */
  public static MutatedEndpoint of(
      String mutation, WorkloadEndpoint endpoint, String expectedPath, String expectedType) {
    return new MutatedEndpoint(mutation, endpoint, expectedPath, expectedType);
  }

  /**
   * The name of the mutation that made this endpoint ({@link Mutation#name()}).
   *
   * @return the mutation's name
   */
  public String mutation() {
    return mutation;
  }

  /**
   * The endpoint with one problem.
   *
   * @return the endpoint
   */
  public WorkloadEndpoint endpoint() {
    return endpoint;
  }

  /**
   * The JSON path of the one violation a validator must report, for example {@code
   * spec.ipNATs[0].externalIP} or {@code metadata.labels[app.kubernetes.io/name]}.
   *
   * @return the path
   */
  public String expectedPath() {
    return expectedPath;
  }

  /**
   * The type of the one violation: {@value #REQUIRED}, {@value #INVALID}, {@value #NOT_SUPPORTED},
   * {@value #TOO_LONG} or {@value #DUPLICATE}.
   *
   * @return the type
   */
  public String expectedType() {
    return expectedType;
  }

  /**
   * Tells whether {@code metadata.name} still equals the name derived from the spec. When it does
   * not (the mutation changed the name or one of the identifiers it is derived from), a validator
   * with the opt-in identity check also reports that mismatch; without it, the one expected
   * violation is all there is.
   *
   * @return true when the name still matches the spec
   */
  public boolean namesStillMatch() {
    try {
      return endpoint
          .metadata()
          .name()
          .equals(WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(endpoint.spec())));
    } catch (NameDerivationException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MutatedEndpoint)) {
      return false;
    }
    MutatedEndpoint that = (MutatedEndpoint) other;
    return mutation.equals(that.mutation)
        && endpoint.equals(that.endpoint)
        && expectedPath.equals(that.expectedPath)
        && expectedType.equals(that.expectedType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mutation, endpoint, expectedPath, expectedType);
  }

  /** Returns the mutation, the expected violation and the endpoint. */
  @Override
  public String toString() {
    return "MutatedEndpoint{"
        + mutation
        + ": expect "
        + expectedType
        + " at "
        + expectedPath
        + ", endpoint="
        + endpoint
        + "}";
  }
}
