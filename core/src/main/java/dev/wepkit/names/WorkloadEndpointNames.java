// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.names;

import dev.wepkit.internal.GoStrings;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Derives, parses and matches WorkloadEndpoint names exactly as libcalico-go's {@code names}
 * package does.
 *
 * <p>A name has four segments chosen by the orchestrator: {@code k8s} gives node, orchestrator,
 * pod, endpoint; {@code cni} gives node, orchestrator, containerID, endpoint; {@code libnetwork}
 * gives node, orchestrator, the literal {@code libnetwork}, endpoint; any other orchestrator
 * (including none) gives node, orchestrator, workload, endpoint. Each {@code -} inside a segment is
 * doubled and the segments are joined with a single {@code -}.
 *
 * <pre>{@code
 * WorkloadEndpointIdentifiers ids = WorkloadEndpointIdentifiers.builder()
 *     .node("node-1").orchestrator("k8s").pod("pod-name").endpoint("eth0").build();
 * String name = WorkloadEndpointNames.derive(ids);        // "node--1-k8s-pod--name-eth0"
 * WorkloadEndpointNames.parse(name).pod();                // "pod-name"
 * WorkloadEndpointNames.matches(name, ids);               // true
 * }</pre>
 *
 * <p>All methods are static, allocation-light and thread-safe.
 *
 * @since 0.1.0
 */
public final class WorkloadEndpointNames {
  private static final String K8S = "k8s";
  private static final String CNI = "cni";
  private static final String LIBNETWORK = "libnetwork";

  private static final String NODE = "node";
  private static final String ORCHESTRATOR = "orchestrator";
  private static final String POD = "pod";
  private static final String CONTAINER_ID = "containerID";
  private static final String WORKLOAD = "workload";
  private static final String ENDPOINT = "endpoint";

  // Shared, never handed out: the field names of each layout, in segment order.
  private static final String[] K8S_FIELDS = {NODE, ORCHESTRATOR, POD, ENDPOINT};
  private static final String[] CNI_FIELDS = {NODE, ORCHESTRATOR, CONTAINER_ID, ENDPOINT};
  private static final String[] LIBNETWORK_FIELDS = {NODE, ORCHESTRATOR, ORCHESTRATOR, ENDPOINT};
  private static final String[] OTHER_FIELDS = {NODE, ORCHESTRATOR, WORKLOAD, ENDPOINT};

  private static final int SEGMENTS = 4;

  private static final String V1_KEY_ERROR =
      "not enough information provided to create v1 Workload Endpoint Key";

  private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

  private WorkloadEndpointNames() {}

  /**
   * Derives the full name (Calico's {@code CalculateWorkloadEndpointName(false)}).
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
   * Derives the name in Calico's prefix mode ({@code CalculateWorkloadEndpointName(true)}): the
   * segments up to the first empty one, each followed by {@code -}; the full name (no trailing
   * dash) when every segment is set. Segments after the first empty one are ignored even if set.
   *
   * @param ids the identifiers
   * @return the prefix
   * @throws NameDerivationException when node is empty or a set segment before the first empty one
   *     begins or ends with {@code -}
   */
  public static String derivePrefix(WorkloadEndpointIdentifiers ids) {
    return calculate(ids, true);
  }

  /**
   * Parses a name into identifiers, as Calico's {@code ParseWorkloadEndpointName} does.
   *
   * <p>The name is split on single dashes ({@code --} is an escaped dash; in a run of three dashes
   * the first two are the escaped dash). Part 1 is the node; part 2, if present, the orchestrator,
   * which picks where parts 3 and 4 go: {@code k8s} to pod and endpoint, {@code cni} to containerID
   * and endpoint, {@code libnetwork} to orchestrator (overwriting it) and endpoint, anything else
   * to workload and endpoint. Missing parts leave fields empty. Nothing is validated, so a pod name
   * passed by mistake parses "successfully".
   *
   * @param name the WorkloadEndpoint name
   * @return the identifiers, with fields not in the name set to {@code ""}
   * @throws NameParseException when the name is empty ({@code Cannot parse empty string}) or splits
   *     into more than four parts ({@code Error parsing <name>, verify that WorkloadEndpoint name
   *     is correct})
   */
  public static WorkloadEndpointIdentifiers parse(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new NameParseException(name, "Cannot parse empty string");
    }
    String[] parts = new String[SEGMENTS];
    int count = extractParts(name, parts);
    if (count > SEGMENTS) {
      throw new NameParseException(
          name, "Error parsing " + name + ", verify that WorkloadEndpoint name is correct");
    }
    ImmutableWorkloadEndpointIdentifiers.Builder ids =
        WorkloadEndpointIdentifiers.builder().node(parts[0]);
    if (count > 1) {
      String orchestrator = parts[1];
      ids.orchestrator(orchestrator);
      if (count > 2) {
        String third = parts[2];
        switch (orchestrator) {
          case K8S:
            ids.pod(third);
            break;
          case CNI:
            ids.containerID(third);
            break;
          case LIBNETWORK:
            // Calico assigns part 3 to Orchestrator for libnetwork, overwriting part 2.
            ids.orchestrator(third);
            break;
          default:
            ids.workload(third);
            break;
        }
      }
      if (count > 3) {
        ids.endpoint(parts[3]);
      }
    }
    return ids.build();
  }

  /**
   * Whether a name matches identifiers, as Calico's {@code NameMatches} does; used to filter the
   * results of a name-prefix list, which can return endpoints of other pods ({@code pod} is a
   * prefix of {@code pod-1}).
   *
   * <p>The name must split into exactly four parts (see {@link #splitParts}); each non-empty
   * identifier of the orchestrator's layout must equal its part exactly, and empty identifiers are
   * wildcards. For {@code libnetwork} part 3 must be {@code libnetwork}. Identifiers outside the
   * layout (for example the container ID of a k8s endpoint) are never compared.
   *
   * @param name the name to test
   * @param ids the identifiers
   * @return true when the name matches
   * @throws NameDerivationException on field {@code node} when the node is empty
   */
  public static boolean matches(String name, WorkloadEndpointIdentifiers ids) {
    Objects.requireNonNull(name, "name");
    String[] fields = segmentFields(requireNode(ids).orchestrator());
    String[] parts = new String[SEGMENTS];
    if (!splitInto(name, parts)) {
      return false;
    }
    for (int i = 0; i < SEGMENTS; i++) {
      String value = segmentValue(ids, fields[i]);
      if (!value.isEmpty() && !value.equals(parts[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits a name into exactly {@code n} unescaped parts, as Calico's exported {@code
   * ExtractDashSeparatedParms} does.
   *
   * <p>Returns an empty list when the name is shorter than {@code 2n-1} bytes in UTF-8 (Go counts
   * bytes) or does not split into exactly {@code n} parts. Parts may be empty: {@code a-b-c-} would
   * be four parts, but at six bytes it is too short for four.
   *
   * @param name the name
   * @param n the number of parts wanted
   * @return the {@code n} parts (unmodifiable), or an empty list
   */
  public static List<String> splitParts(String name, int n) {
    Objects.requireNonNull(name, "name");
    if (n <= 0) {
      // extractParts always yields at least one part, so Calico returns nothing here.
      return Collections.emptyList();
    }
    String[] parts = new String[n];
    return splitInto(name, parts)
        ? Collections.unmodifiableList(Arrays.asList(parts))
        : Collections.emptyList();
  }

  /**
   * Converts a v3 key (namespace and name) to Felix's v1 key, as Calico's {@code
   * ConvertWorkloadEndpointV3KeyToV1Key} does: hostname = part 1, orchestratorID = part 2,
   * workloadID = {@code <namespace>/<part 3>}, endpointID = part 4.
   *
   * @param namespace the WorkloadEndpoint's namespace; must not be empty
   * @param name the WorkloadEndpoint's name; must split into exactly four parts
   * @return the v1 key
   * @throws NameParseException ({@code not enough information provided to create v1 Workload
   *     Endpoint Key}) when the name does not split into four parts or the namespace is empty
   */
  public static V1WorkloadEndpointKey v1Key(String namespace, String name) {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    String[] parts = new String[SEGMENTS];
    if (!splitInto(name, parts) || namespace.isEmpty()) {
      throw new NameParseException(name, V1_KEY_ERROR);
    }
    return V1WorkloadEndpointKey.of(parts[0], parts[1], namespace + "/" + parts[2], parts[3]);
  }

  /**
   * The status file name that Felix and the CNI plugin share for an endpoint (Calico's {@code
   * WorkloadEndpointKeyToStatusFilename}): the orchestratorID, workloadID and endpointID, each
   * escaped as Go's {@code url.PathEscape} does, joined by single spaces; for example {@code k8s
   * default%2Ftestpod1 eth0}. The hostname is not part of it.
   *
   * <p>The escaping works on UTF-8 bytes and keeps only {@code A-Z a-z 0-9 - . _ ~} and {@code $ &
   * + : = @}; everything else, including {@code / ; , ?}, space and {@code %}, becomes {@code %XX}
   * with upper-case hex. A lone surrogate is encoded as U+FFFD.
   *
   * @param key the v1 key
   * @return the file name
   */
  public static String statusFilename(V1WorkloadEndpointKey key) {
    Objects.requireNonNull(key, "key");
    String orchestratorId = key.orchestratorID();
    String workloadId = key.workloadID();
    String endpointId = key.endpointID();
    // Usually only the '/' of the workload ID is escaped: leave room for a few escapes up front.
    StringBuilder out =
        new StringBuilder(orchestratorId.length() + workloadId.length() + endpointId.length() + 8);
    appendPathEscaped(out, orchestratorId);
    out.append(' ');
    appendPathEscaped(out, workloadId);
    out.append(' ');
    appendPathEscaped(out, endpointId);
    return out.toString();
  }

  /**
   * The field names of the four segments for this orchestrator, in order.
   *
   * @param orchestrator the orchestrator
   * @return four JSON field names (a shared array: do not modify); for libnetwork the third is
   *     {@code orchestrator} again
   */
  static String[] segmentFields(String orchestrator) {
    switch (orchestrator) {
      case K8S:
        return K8S_FIELDS;
      case CNI:
        return CNI_FIELDS;
      case LIBNETWORK:
        return LIBNETWORK_FIELDS;
      default:
        return OTHER_FIELDS;
    }
  }

  static String segmentValue(WorkloadEndpointIdentifiers ids, String field) {
    switch (field) {
      case NODE:
        return ids.node();
      case ORCHESTRATOR:
        return ids.orchestrator();
      case POD:
        return ids.pod();
      case CONTAINER_ID:
        return ids.containerID();
      case WORKLOAD:
        return ids.workload();
      default:
        return ids.endpoint();
    }
  }

  private static WorkloadEndpointIdentifiers requireNode(WorkloadEndpointIdentifiers ids) {
    Objects.requireNonNull(ids, "ids");
    if (ids.node().isEmpty()) {
      // Calico's node error carries no value, unlike the empty-segment errors.
      throw new NameDerivationException(NODE, null, NameDerivationException.SHOULD_BE_ASSIGNED);
    }
    return ids;
  }

  private static String calculate(WorkloadEndpointIdentifiers ids, boolean allowPrefix) {
    String[] fields = segmentFields(requireNode(ids).orchestrator());
    // Only the third segment depends on the orchestrator; look each value up once.
    String node = ids.node();
    String orchestrator = ids.orchestrator();
    String third = segmentValue(ids, fields[2]);
    String endpoint = ids.endpoint();
    // Room for the worst case (every character a dash, doubled) so the builder never grows:
    // growing copies, and names with many dashes are common (pod names, OpenStack UUIDs).
    StringBuilder name =
        new StringBuilder(
            2 * (node.length() + orchestrator.length() + third.length() + endpoint.length()) + 4);
    if (appendSegment(name, fields[0], node, allowPrefix)
        && appendSegment(name, fields[1], orchestrator, allowPrefix)
        && appendSegment(name, fields[2], third, allowPrefix)
        && appendSegment(name, fields[3], endpoint, allowPrefix)) {
      // A full name has no trailing separator.
      name.setLength(name.length() - 1);
    }
    return name.toString();
  }

  /**
   * Appends one escaped segment and its separator. Returns false when the segment is empty in
   * prefix mode (the prefix ends here, with the separator already written); throws Calico's error
   * when it is empty otherwise, or begins or ends with a dash.
   */
  private static boolean appendSegment(
      StringBuilder name, String field, String value, boolean allowPrefix) {
    if (value.isEmpty()) {
      if (allowPrefix) {
        return false;
      }
      throw new NameDerivationException(field, "", NameDerivationException.SHOULD_BE_ASSIGNED);
    }
    if (value.charAt(0) == '-') {
      throw new NameDerivationException(
          field, value, NameDerivationException.MUST_NOT_BEGIN_WITH_DASH);
    }
    if (value.charAt(value.length() - 1) == '-') {
      throw new NameDerivationException(
          field, value, NameDerivationException.MUST_NOT_END_WITH_DASH);
    }
    appendEscaped(name, value);
    name.append('-');
    return true;
  }

  /**
   * Escapes one segment of a name as Calico does: every {@code -} doubled, so that a single dash
   * can separate the segments. No check is made: {@link #derive} refuses the segments Calico
   * refuses.
   *
   * <pre>{@code
   * WorkloadEndpointNames.escapeSegment("my-nginx-b1337a"); // "my--nginx--b1337a"
   * WorkloadEndpointNames.derivePrefix(ids) + WorkloadEndpointNames.escapeSegment(pod) + "-eth0"
   * }</pre>
   *
   * @param segment a node, orchestrator, workload, pod, container ID or endpoint
   * @return the segment as it appears in a name
   */
  public static String escapeSegment(String segment) {
    if (segment.indexOf('-') < 0) {
      return segment;
    }
    StringBuilder out = new StringBuilder(2 * segment.length());
    appendEscaped(out, segment);
    return out.toString();
  }

  /** Appends {@code value} with every dash doubled, copying the runs between dashes whole. */
  private static void appendEscaped(StringBuilder out, String value) {
    int from = 0;
    for (int dash = value.indexOf('-'); dash >= 0; dash = value.indexOf('-', from)) {
      out.append(value, from, dash + 1).append('-');
      from = dash + 1;
    }
    out.append(value, from, value.length());
  }

  /**
   * Calico's {@code ExtractDashSeparatedParms} into {@code parts}: true, with every slot filled,
   * when the name has at least {@code 2n-1} UTF-8 bytes and exactly {@code n} parts.
   */
  private static boolean splitInto(String name, String[] parts) {
    int minBytes = 2 * parts.length - 1;
    // A Java char is at least one UTF-8 byte, so only short names need their bytes counted.
    if (name.length() < minBytes && GoStrings.utf8Length(name) < minBytes) {
      return false;
    }
    return extractParts(name, parts) == parts.length;
  }

  /**
   * Calico's {@code extractParts}: fills {@code parts} with up to {@code parts.length} unescaped
   * parts and returns how many there are, or {@code parts.length + 1} as soon as there are more.
   *
   * <p>Scanning starts at index 1, so a leading dash stays in the first part. A dash followed by a
   * dash is an escaped pair and both are skipped; any other dash ends a part.
   */
  private static int extractParts(String name, String[] parts) {
    int n = name.length();
    int count = 0;
    int start = 0;
    // True when the current part holds an escaped pair and so needs unescaping.
    boolean escaped = false;
    for (int i = 1; i < n; i++) {
      if (name.charAt(i) != '-') {
        continue;
      }
      if (i < n - 1 && name.charAt(i + 1) == '-') {
        escaped = true;
        i++;
        continue;
      }
      if (count == parts.length) {
        return count + 1;
      }
      parts[count++] = unescape(name, start, i, escaped);
      start = i + 1;
      escaped = false;
    }
    if (count == parts.length) {
      return count + 1;
    }
    parts[count++] = unescape(name, start, n, escaped);
    return count;
  }

  /** Go's {@code strings.Replace(s, "--", "-", -1)} on {@code name[start:end]}. */
  private static String unescape(String name, int start, int end, boolean escaped) {
    if (!escaped) {
      return name.substring(start, end);
    }
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = name.charAt(i);
      out.append(c);
      if (c == '-' && i + 1 < end && name.charAt(i + 1) == '-') {
        i++;
      }
    }
    return out.toString();
  }

  /** Go's {@code url.PathEscape}: percent-encodes every UTF-8 byte that shouldEscape selects. */
  private static void appendPathEscaped(StringBuilder out, String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (isPathSegmentSafe(c)) {
          out.append(c);
        } else {
          appendPercent(out, c);
        }
      } else if (c < 0x800) {
        appendPercent(out, 0xC0 | (c >> 6));
        appendPercent(out, 0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        appendPercent(out, 0xF0 | (cp >> 18));
        appendPercent(out, 0x80 | ((cp >> 12) & 0x3F));
        appendPercent(out, 0x80 | ((cp >> 6) & 0x3F));
        appendPercent(out, 0x80 | (cp & 0x3F));
      } else {
        int cp = Character.isSurrogate(c) ? 0xFFFD : c;
        appendPercent(out, 0xE0 | (cp >> 12));
        appendPercent(out, 0x80 | ((cp >> 6) & 0x3F));
        appendPercent(out, 0x80 | (cp & 0x3F));
      }
    }
  }

  /** Go's {@code !shouldEscape(c, encodePathSegment)} for an ASCII character. */
  private static boolean isPathSegmentSafe(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    switch (c) {
      case '-':
      case '_':
      case '.':
      case '~':
      case '$':
      case '&':
      case '+':
      case ':':
      case '=':
      case '@':
        return true;
      default:
        // Includes '/', ';', ',' and '?', which Go keeps escaped in a path segment.
        return false;
    }
  }

  private static void appendPercent(StringBuilder out, int b) {
    out.append('%').append(UPPER_HEX[(b >> 4) & 0xF]).append(UPPER_HEX[b & 0xF]);
  }
}
