// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.validation;

import dev.wepkit.IPNAT;
import dev.wepkit.ObjectMeta;
import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.WorkloadEndpointPort;
import dev.wepkit.WorkloadEndpointSpec;
import dev.wepkit.names.NameDerivationException;
import dev.wepkit.names.WorkloadEndpointIdentifiers;
import dev.wepkit.names.WorkloadEndpointNames;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates WorkloadEndpoints with Calico's rules and reports every violation.
 *
 * <p>Errors are exactly Calico's validator rules ({@code libcalico-go/lib/validator/v3}): the same
 * input is accepted or rejected. Where Calico's Go code panics (an unparsable {@code ipNetworks}
 * entry, gateway or NAT address) an error is reported instead. Warnings are rules the Calico
 * documentation states but Calico does not enforce: unique port names and the documented QoS
 * ranges. Invalid input never throws; {@link ValidationResult#throwIfInvalid()} is there for
 * callers who want an exception.
 *
 * <p>Calico's <em>client</em> adds rules of its own, which are separate here:
 *
 * <ul>
 *   <li>The identity check ({@link Builder#identityCheck(boolean)}, off by default) applies the
 *       client's name rules in {@link #validate(WorkloadEndpoint)}: {@code metadata.name} must be
 *       empty (Calico fills it in) or equal the name derived from the spec's node, orchestrator,
 *       pod, workload, container ID and endpoint, and {@code metadata.namespace} must be set. The
 *       namespace rule matters for endpoints built in code and handed to Calico's client, which
 *       refuses an empty namespace; it cannot fail for a document read by the codecs, which read a
 *       missing or empty namespace as {@code default}, as calicoctl does.
 *   <li>{@link #validateForCreate} and {@link #validateForUpdate} apply what Calico's {@code
 *       Create} and {@code Update} check: the identity rules, then the validator, then the rules on
 *       {@code resourceVersion}, {@code uid} and {@code creationTimestamp}.
 * </ul>
 *
 * <p>Without the identity check an empty {@code metadata.name} is an error, because Calico's
 * validator checks the name against its pattern and an empty name does not match it; Calico's
 * client only avoids that error by filling in the derived name before validating.
 *
 * <p>Paths: {@link #validate(WorkloadEndpoint)} and {@link #validate(ObjectMeta)} report {@code
 * metadata.}..., {@link #validate(WorkloadEndpointSpec)} reports {@code spec.}...; {@link
 * #validateLabels} and {@link #validateProfiles} use the paths those values have in an endpoint
 * ({@code metadata.labels[key]}, {@code spec.profiles[i]}); {@link #validatePort} and {@link
 * #validate(IPNAT)} report paths relative to the value ({@code protocol}, {@code internalIP}).
 *
 * <h2>Differences from Calico</h2>
 *
 * <ul>
 *   <li>Where Calico's Go code panics (an unparsable {@code ipNetworks} entry, gateway, NAT
 *       address), an {@code Invalid} violation is reported at that field.
 *   <li>Every NAT whose internalIP lies outside {@code ipNetworks} is reported; Calico stops at the
 *       first one. Acceptance is the same.
 *   <li>Each offending value gets one violation: an {@code ipNetworks} entry that is not strictly
 *       masked <em>and</em> covers several addresses is one violation naming both reasons, where
 *       Calico reports two errors; a port without a protocol is one {@code Required} violation, not
 *       Calico's two.
 *   <li>Errors come in a fixed order (Calico's label and annotation errors follow Go's random map
 *       order).
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * WorkloadEndpointValidator validator = WorkloadEndpointValidator.create();
 * ValidationResult result = validator.validate(wep);
 * for (Violation v : result.errors()) {
 *   System.err.println(v);   // spec.interfaceName: required value: an interface name is required...
 * }
 *
 * WorkloadEndpointValidator strict =
 *     WorkloadEndpointValidator.builder().identityCheck(true).build();
 * strict.validate(wep).throwIfInvalid();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointValidator {
  private static final WorkloadEndpointValidator DEFAULT = new WorkloadEndpointValidator(false);

  private final boolean identityCheck;

  private WorkloadEndpointValidator(boolean identityCheck) {
    this.identityCheck = identityCheck;
  }

  /**
   * Returns the validator with default settings (no identity check).
   *
   * @return the shared default validator
   */
  public static WorkloadEndpointValidator create() {
    return DEFAULT;
  }

  /**
   * Returns a builder for a validator with other settings.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether {@link #validate(WorkloadEndpoint)} applies the identity check.
   *
   * @return true when enabled
   */
  public boolean identityCheck() {
    return identityCheck;
  }

  /**
   * Validates a whole endpoint: metadata, spec, and (when enabled) the identity check.
   *
   * @param wep the endpoint
   * @return the result; never throws for invalid content
   * @throws NullPointerException if {@code wep} is null
   */
  public ValidationResult validate(WorkloadEndpoint wep) {
    return run(wep, identityCheck ? Checker.Mode.IDENTITY : Checker.Mode.PLAIN);
  }

  /**
   * Validates an endpoint as Calico's client does before creating it: the identity check (an empty
   * name is filled in with the derived one, a set name must match it, the namespace must be set),
   * the validator, and an empty {@code metadata.resourceVersion}.
   *
   * @param wep the endpoint to create
   * @return the result; never throws for invalid content
   * @throws NullPointerException if {@code wep} is null
   */
  public ValidationResult validateForCreate(WorkloadEndpoint wep) {
    return run(wep, Checker.Mode.CREATE);
  }

  /**
   * Validates an endpoint as Calico's client does before updating it: the identity check, the
   * validator, and {@code metadata.resourceVersion}, {@code uid} and {@code creationTimestamp} set
   * (those of the stored object).
   *
   * @param wep the new state of the endpoint
   * @return the result; never throws for invalid content
   * @throws NullPointerException if {@code wep} is null
   */
  public ValidationResult validateForUpdate(WorkloadEndpoint wep) {
    return run(wep, Checker.Mode.UPDATE);
  }

  private static ValidationResult run(WorkloadEndpoint wep, Checker.Mode mode) {
    Objects.requireNonNull(wep, "wep");
    Checker checker = new Checker();
    String derived = null;
    NameDerivationException failure = null;
    if (mode != Checker.Mode.PLAIN) {
      try {
        derived = WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.of(wep.spec()));
      } catch (NameDerivationException e) {
        failure = e;
      }
    }
    checker.metadata(wep.metadata(), mode, derived);
    checker.spec(wep.spec(), Checker.SPEC);
    if (failure != null) {
      checker.derivationFailure(failure, Checker.SPEC);
    }
    return checker.result();
  }

  /**
   * Validates a spec on its own; paths start with {@code spec.}. The identity check does not apply
   * (it needs the metadata).
   *
   * @param spec the spec
   * @return the result
   * @throws NullPointerException if {@code spec} is null
   */
  public ValidationResult validate(WorkloadEndpointSpec spec) {
    Objects.requireNonNull(spec, "spec");
    Checker checker = new Checker();
    checker.spec(spec, Checker.SPEC);
    return checker.result();
  }

  /**
   * Validates metadata on its own as Calico's {@code validateObjectMeta} does: the name (which must
   * be set), labels and annotations; paths start with {@code metadata.}. The namespace is not
   * checked: Calico does not check its format.
   *
   * @param meta the metadata
   * @return the result
   * @throws NullPointerException if {@code meta} is null
   */
  public ValidationResult validate(ObjectMeta meta) {
    Objects.requireNonNull(meta, "meta");
    Checker checker = new Checker();
    checker.metadata(meta, Checker.Mode.PLAIN, null);
    return checker.result();
  }

  /**
   * Validates one port on its own; paths are relative to the port ({@code name}, {@code protocol},
   * {@code port}, {@code hostIP}).
   *
   * @param port the port
   * @return the result
   * @throws NullPointerException if {@code port} is null
   */
  public ValidationResult validatePort(WorkloadEndpointPort port) {
    Objects.requireNonNull(port, "port");
    Checker checker = new Checker();
    checker.port(port, null, null, 0);
    return checker.result();
  }

  /**
   * Validates one NAT mapping on its own: each address a plain IP when set, both of one IP version.
   * Paths are relative ({@code internalIP}, {@code externalIP}). Whether the internal address
   * belongs to the endpoint needs the spec, so {@link #validate(WorkloadEndpointSpec)} checks that.
   *
   * @param nat the mapping
   * @return the result
   * @throws NullPointerException if {@code nat} is null
   */
  public ValidationResult validate(IPNAT nat) {
    Objects.requireNonNull(nat, "nat");
    Checker checker = new Checker();
    checker.ipnat(nat, null, null, 0);
    return checker.result();
  }

  /**
   * Validates labels as Calico validates {@code metadata.labels}; paths are {@code
   * metadata.labels[<key>]}, in sorted key order.
   *
   * @param labels the labels
   * @return the result
   * @throws NullPointerException if {@code labels} or a key or value is null
   */
  public ValidationResult validateLabels(Map<String, String> labels) {
    Objects.requireNonNull(labels, "labels");
    for (Map.Entry<String, String> e : labels.entrySet()) {
      Objects.requireNonNull(e.getKey(), "label key");
      Objects.requireNonNull(e.getValue(), "label value");
    }
    Checker checker = new Checker();
    checker.labels(labels);
    return checker.result();
  }

  /**
   * Validates profile names as Calico validates {@code spec.profiles}; paths are {@code
   * spec.profiles[<i>]}.
   *
   * @param profiles the profile names
   * @return the result
   * @throws NullPointerException if {@code profiles} or an element is null
   */
  public ValidationResult validateProfiles(List<String> profiles) {
    Objects.requireNonNull(profiles, "profiles");
    for (String p : profiles) {
      Objects.requireNonNull(p, "profile");
    }
    Checker checker = new Checker();
    checker.profiles(profiles, Checker.SPEC);
    return checker.result();
  }

  /**
   * Returns the settings, for example {@code WorkloadEndpointValidator{identityCheck=false}}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "WorkloadEndpointValidator{identityCheck=" + identityCheck + "}";
  }

  /** Builds a {@link WorkloadEndpointValidator}. */
  public static final class Builder {
    private boolean identityCheck;

    private Builder() {}

    /**
     * Turns Calico's client-side identity rules on or off for {@link
     * WorkloadEndpointValidator#validate(WorkloadEndpoint)}. Off by default.
     *
     * @param enabled whether to check that metadata.name matches the spec and that
     *     metadata.namespace is set
     * @return this builder
     */
    public Builder identityCheck(boolean enabled) {
      this.identityCheck = enabled;
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return a new immutable validator
     */
    public WorkloadEndpointValidator build() {
      return identityCheck ? new WorkloadEndpointValidator(true) : DEFAULT;
    }
  }
}
