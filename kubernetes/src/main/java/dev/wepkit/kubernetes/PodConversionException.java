// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import java.util.Objects;

/**
 * A Pod manifest that cannot be read, or a Pod that Calico cannot convert to a WorkloadEndpoint.
 *
 * <p>{@link #field()} names the Pod field at fault in JSON form, for example {@code spec.nodeName},
 * {@code status.podIPs[1]}, {@code metadata.annotations[cni.projectcalico.org/floatingIPs]} or
 * {@code spec.containers[0].ports[2].containerPort}; inside a list it starts with the item's
 * position ({@code items[3].spec.nodeName}, {@code [0].metadata.name}).
 *
 * <pre>{@code
 * try {
 *   conversion.toWorkloadEndpoint(pod);
 * } catch (PodConversionException e) {
 *   System.err.println(e.field() + ": " + e.reason());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PodConversionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The Pod field at fault, in JSON form; {@code ""} for the whole document. */
  private final String field;

  /** What is wrong with the field. */
  private final String reason;

  /** The Pod as {@code <namespace>/<name>}, or {@code ""}. */
  private final String pod;

  /**
   * Creates an exception about one field of a Pod.
   *
   * @param field the field in JSON form, or {@code ""} for the document as a whole
   * @param reason what is wrong, as a sentence fragment
   */
  public PodConversionException(String field, String reason) {
    this(field, reason, "", null);
  }

  /**
   * Creates an exception about one field of a Pod, with its cause.
   *
   * @param field the field in JSON form, or {@code ""} for the document as a whole
   * @param reason what is wrong, as a sentence fragment
   * @param cause the underlying failure, or null
   */
  public PodConversionException(String field, String reason, Throwable cause) {
    this(field, reason, "", cause);
  }

  PodConversionException(String field, String reason, String pod, Throwable cause) {
    super(message(field, reason, pod), cause);
    this.field = Objects.requireNonNull(field, "field");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.pod = Objects.requireNonNull(pod, "pod");
  }

  /**
   * The Pod field at fault, in JSON form.
   *
   * @return the field, for example {@code status.podIPs[1]}, or {@code ""} for the whole document
   */
  public String field() {
    return field;
  }

  /**
   * What is wrong with the field.
   *
   * @return the reason, without the field name
   */
  public String reason() {
    return reason;
  }

  /**
   * The Pod being converted, as {@code <namespace>/<name>}.
   *
   * @return the Pod, or {@code ""} when the error was found while reading a manifest
   */
  public String pod() {
    return pod;
  }

  /** The same failure, reported against the given Pod. */
  PodConversionException forPod(String podRef) {
    return new PodConversionException(field, reason, podRef, getCause());
  }

  /** Appends a field name or an index to a path. */
  static String join(String prefix, String field) {
    if (prefix.isEmpty()) {
      return field;
    }
    return field.startsWith("[") ? prefix + field : prefix + "." + field;
  }

  private static String message(String field, String reason, String pod) {
    StringBuilder out = new StringBuilder();
    if (pod != null && !pod.isEmpty()) {
      out.append("pod ").append(pod).append(": ");
    }
    if (field != null && !field.isEmpty()) {
      out.append(field).append(": ");
    }
    return out.append(reason).toString();
  }
}
