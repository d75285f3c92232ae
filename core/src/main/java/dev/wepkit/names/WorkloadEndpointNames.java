package dev.wepkit.names;

/**
 * Derives WorkloadEndpoint names exactly as libcalico-go's {@code names} package does.
 *
 * <p>A name has four segments chosen by the orchestrator: {@code k8s} gives node, orchestrator,
 * pod, endpoint; {@code cni} gives node, orchestrator, containerID, endpoint; {@code libnetwork}
 * gives node, orchestrator, the literal {@code libnetwork}, endpoint; any other orchestrator
 * (including none) gives node, orchestrator, workload, endpoint. Each {@code -} inside a segment is
 * doubled and the segments are joined with a single {@code -}.
 *
 * <pre>{@code
 * WorkloadEndpointNames.derive(WorkloadEndpointIdentifiers.builder()
 *     .node("node-1").orchestrator("k8s").pod("pod-name").endpoint("eth0").build());
 * // "node--1-k8s-pod--name-eth0"
 * }</pre>
 */
public final class WorkloadEndpointNames {
  private static final String K8S = "k8s";
  private static final String CNI = "cni";
  private static final String LIBNETWORK = "libnetwork";

  private WorkloadEndpointNames() {}

  /**
   * Derives the full name.
   *
   * @param ids the identifiers
   * @return the name
   * @throws NameDerivationException naming the field when node or a segment of the orchestrator's
   *     layout is empty, or a segment begins or ends with {@code -}
   */
  public static String derive(WorkloadEndpointIdentifiers ids) {
    return calculate(ids, false);
  }

  /**
   * Derives the name in Calico's prefix mode: the segments up to the first empty one, each
   * followed by {@code -}; the full name (no trailing dash) when every segment is set.
   *
   * @param ids the identifiers
   * @return the prefix
   * @throws NameDerivationException when node is empty or a set segment begins or ends with
   *     {@code -}
   */
  public static String derivePrefix(WorkloadEndpointIdentifiers ids) {
    return calculate(ids, true);
  }

  /**
   * The field names of the four segments for this orchestrator, in order.
   *
   * @param orchestrator the orchestrator
   * @return four JSON field names; for libnetwork the third is {@code orchestrator} again
   */
  static String[] segmentFields(String orchestrator) {
    switch (orchestrator) {
      case K8S:
        return new String[] {"node", "orchestrator", "pod", "endpoint"};
      case CNI:
        return new String[] {"node", "orchestrator", "containerID", "endpoint"};
      case LIBNETWORK:
        return new String[] {"node", "orchestrator", "orchestrator", "endpoint"};
      default:
        return new String[] {"node", "orchestrator", "workload", "endpoint"};
    }
  }

  static String segmentValue(WorkloadEndpointIdentifiers ids, String field) {
    switch (field) {
      case "node":
        return ids.node();
      case "orchestrator":
        return ids.orchestrator();
      case "pod":
        return ids.pod();
      case "containerID":
        return ids.containerID();
      case "workload":
        return ids.workload();
      default:
        return ids.endpoint();
    }
  }

  private static String calculate(WorkloadEndpointIdentifiers ids, boolean allowPrefix) {
    if (ids.node().isEmpty()) {
      throw new NameDerivationException("node", null, NameDerivationException.SHOULD_BE_ASSIGNED);
    }
    String[] fields = segmentFields(ids.orchestrator());
    // Every segment is written once and each dash at most twice: size for the worst case once.
    int capacity = 3;
    for (String field : fields) {
      capacity += segmentValue(ids, field).length() * 2;
    }
    StringBuilder name = new StringBuilder(capacity);
    for (int i = 0; i < fields.length; i++) {
      String value = segmentValue(ids, fields[i]);
      if (value.isEmpty()) {
        if (allowPrefix) {
          return name.toString();
        }
        throw new NameDerivationException(fields[i], "", NameDerivationException.SHOULD_BE_ASSIGNED);
      }
      if (value.charAt(0) == '-') {
        throw new NameDerivationException(
            fields[i], value, NameDerivationException.MUST_NOT_BEGIN_WITH_DASH);
      }
      if (value.charAt(value.length() - 1) == '-') {
        throw new NameDerivationException(
            fields[i], value, NameDerivationException.MUST_NOT_END_WITH_DASH);
      }
      appendEscaped(name, value);
      if (i < fields.length - 1) {
        name.append('-');
      }
    }
    return name.toString();
  }

  private static void appendEscaped(StringBuilder out, String value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      out.append(c);
      if (c == '-') {
        out.append('-');
      }
    }
  }
}
