// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.List;

/**
 * Reads every Pod from a manifest that holds one Pod, a {@code PodList} (or a {@code kind: List} of
 * Pods, as {@code kubectl get pods -o json} prints), or an array of any of these.
 *
 * <p>The YAML module and the command line parse YAML into a {@link JsonNode} and hand it to {@link
 * #readAll(JsonNode)}; JSON text can be given directly.
 *
 * <pre>{@code
 * List<PodView> pods = PodViews.readAll(Files.readString(Path.of("pods.json")));
 * List<WorkloadEndpoint> weps = PodConversion.create().toWorkloadEndpoints(pods);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PodViews {
  private PodViews() {}

  /**
   * Reads the Pods of a parsed manifest, in document order.
   *
   * @param document a Pod, a {@code PodList}/{@code List} with {@code items}, or an array of these
   * @return the Pods (unmodifiable)
   * @throws PodConversionException naming the path of the first value that is not a Pod or has a
   *     field of the wrong type, for example {@code items[2].spec.hostNetwork}
   */
  public static List<PodView> readAll(JsonNode document) {
    return PodTrees.readAll(document);
  }

  /**
   * Parses a JSON manifest and reads its Pods, in document order.
   *
   * @param json a Pod, a {@code PodList}/{@code List}, or an array of these, as JSON
   * @return the Pods (unmodifiable)
   * @throws PodConversionException when the text is not JSON (field {@code ""}) or as {@link
   *     #readAll(JsonNode)}
   */
  public static List<PodView> readAll(String json) {
    return PodTrees.readAll(PodTrees.parse(json));
  }

  /**
   * Parses a JSON manifest and reads its Pods, in document order. The stream is not closed.
   *
   * @param json a Pod, a {@code PodList}/{@code List}, or an array of these, as JSON
   * @return the Pods (unmodifiable)
   * @throws PodConversionException when the content is not JSON (field {@code ""}) or as {@link
   *     #readAll(JsonNode)}
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public static List<PodView> readAll(InputStream json) {
    return PodTrees.readAll(PodTrees.parse(json));
  }
}
