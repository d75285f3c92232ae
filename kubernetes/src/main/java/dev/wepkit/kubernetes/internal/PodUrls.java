// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The API server URLs of the requests the client sends itself rather than through fabric8's typed
 * operations: a page of Pods, and a Pod's {@code status} subresource.
 *
 * <pre>{@code
 * PodUrls.list("https://k8s:6443/", "ns", Optional.empty(), Optional.of("app=web"), 500, "")
 *     // https://k8s:6443/api/v1/namespaces/ns/pods?labelSelector=app%3Dweb&limit=500
 * }</pre>
 */
public final class PodUrls {
  private PodUrls() {}

  /**
   * A list of Pods. The query parameters are in the order fabric8 writes them (alphabetical), so
   * that the requests look the same to a server or proxy that logs them.
   *
   * @param master the API server's URL
   * @param namespace the namespace, {@code ""} for all
   * @param fieldSelector the field selector, if any
   * @param labelSelector the label selector, if any
   * @param limit the page size, 0 for everything in one response
   * @param continueToken the continue token of the previous page, {@code ""} for the first
   * @return the URL
   */
  public static String list(
      String master,
      String namespace,
      Optional<String> fieldSelector,
      Optional<String> labelSelector,
      int limit,
      String continueToken) {
    StringBuilder url = new StringBuilder(base(master)).append("api/v1/");
    if (!namespace.isEmpty()) {
      url.append("namespaces/").append(PathSegments.encode(namespace)).append('/');
    }
    url.append("pods");
    char separator = '?';
    if (!continueToken.isEmpty()) {
      url.append(separator).append("continue=").append(query(continueToken));
      separator = '&';
    }
    if (fieldSelector.isPresent()) {
      url.append(separator).append("fieldSelector=").append(query(fieldSelector.get()));
      separator = '&';
    }
    if (labelSelector.isPresent()) {
      url.append(separator).append("labelSelector=").append(query(labelSelector.get()));
      separator = '&';
    }
    if (limit > 0) {
      url.append(separator).append("limit=").append(limit);
    }
    return url.toString();
  }

  /**
   * A Pod's {@code status} subresource.
   *
   * @param master the API server's URL
   * @param namespace the namespace
   * @param pod the Pod's name
   * @return the URL
   */
  public static String status(String master, String namespace, String pod) {
    return base(master)
        + "api/v1/namespaces/"
        + PathSegments.encode(namespace)
        + "/pods/"
        + PathSegments.encode(pod)
        + "/status";
  }

  private static String base(String master) {
    return master.endsWith("/") ? master : master + "/";
  }

  /** A query value as the API server (Go's {@code url.ParseQuery}) reads it back. */
  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
