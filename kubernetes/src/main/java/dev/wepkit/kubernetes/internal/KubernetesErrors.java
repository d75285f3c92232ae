// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.kubernetes.internal;

import dev.wepkit.kubernetes.WorkloadEndpointClientException;
import dev.wepkit.kubernetes.WorkloadEndpointConflictException;
import dev.wepkit.kubernetes.WorkloadEndpointForbiddenException;
import dev.wepkit.kubernetes.WorkloadEndpointNotFoundException;
import dev.wepkit.kubernetes.WorkloadEndpointUnauthorizedException;
import dev.wepkit.kubernetes.WorkloadEndpointUnreachableException;
import dev.wepkit.kubernetes.WorkloadEndpointWatchExpiredException;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Turns what fabric8 throws into the library's exceptions, as Calico maps Kubernetes errors to its
 * own (not found, conflict, forbidden and unauthorized, anything else a datastore error naming the
 * object), so that no fabric8 exception reaches a caller.
 */
public final class KubernetesErrors {
  private KubernetesErrors() {}

  /**
   * The library's exception for a failed request.
   *
   * @param failure what fabric8 threw
   * @param verb the RBAC verb of the request
   * @param resource {@code pods} or {@code pods/status}
   * @param namespace the namespace, {@code ""} for all
   * @param name the object asked for (for messages), {@code ""} for a list or watch
   * @param url the API server's URL
   * @param currentResourceVersion reads the object's resourceVersion again after a conflict
   * @return the exception to throw
   */
  public static WorkloadEndpointClientException translate(
      Throwable failure,
      String verb,
      String resource,
      String namespace,
      String name,
      String url,
      Supplier<String> currentResourceVersion) {
    if (failure instanceof WorkloadEndpointClientException) {
      return (WorkloadEndpointClientException) failure;
    }
    int code = code(failure);
    String object = name.isEmpty() ? resource : resource + " " + name;
    String where = where(namespace);
    switch (code) {
      case 401:
        return new WorkloadEndpointUnauthorizedException(url, failure);
      case 403:
        return new WorkloadEndpointForbiddenException(verb, resource, namespace, failure);
      case 404:
        if (!name.isEmpty()) {
          return new WorkloadEndpointNotFoundException(namespace, name, "no such Pod", failure);
        }
        break;
      case 409:
        return new WorkloadEndpointConflictException(
            "conflict: "
                + object
                + " in "
                + where
                + " changed, or is another instance of the Pod;"
                + " read it again and retry",
            currentResourceVersion.get(),
            failure);
      case 410:
        return new WorkloadEndpointWatchExpiredException(
            "expired: the resourceVersion of this "
                + verb
                + " on "
                + resource
                + " in "
                + where
                + " is too old; list again",
            failure);
      default:
        break;
    }
    if (code != 0) {
      return new WorkloadEndpointClientException(
          verb + " " + object + " in " + where + " failed: HTTP " + code + ": " + message(failure),
          failure);
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      // HTTP clients have timeout exceptions of their own (Vert.x's is not a TimeoutException).
      if (cause instanceof TimeoutException
          || cause instanceof java.net.SocketTimeoutException
          || cause.getClass().getSimpleName().contains("Timeout")) {
        return new WorkloadEndpointUnreachableException(
            url, "no answer in time (" + verb + " " + object + ")", failure);
      }
      if (cause instanceof ConnectException) {
        return new WorkloadEndpointUnreachableException(url, "connection refused", failure);
      }
      if (cause instanceof IOException) {
        return new WorkloadEndpointUnreachableException(
            url, String.valueOf(cause.getMessage()), failure);
      }
      if (cause instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        return new WorkloadEndpointClientException(
            verb + " " + object + " was interrupted", failure);
      }
    }
    if (failure instanceof KubernetesClientException
        && ((KubernetesClientException) failure).getCode() < 0) {
      // fabric8's mark for a request that got no answer at all.
      return new WorkloadEndpointUnreachableException(
          url, "no answer: " + message(failure), failure);
    }
    return new WorkloadEndpointClientException(
        verb + " " + object + " in " + where + " failed: " + message(failure), failure);
  }

  /**
   * The library's exception for a response that is not what was asked for (a proxy's error page
   * with status 200, a body cut off, a Pod the Kubernetes decoder would refuse).
   *
   * @param verb the RBAC verb of the request
   * @param resource {@code pods}
   * @param namespace the namespace, {@code ""} for all
   * @param problem what is wrong with the response
   * @return the exception to throw
   */
  public static WorkloadEndpointClientException badResponse(
      String verb, String resource, String namespace, RuntimeException problem) {
    return new WorkloadEndpointClientException(
        verb
            + " "
            + resource
            + " in "
            + where(namespace)
            + " failed: the response does not decode as a PodList: "
            + problem.getMessage(),
        problem);
  }

  private static String where(String namespace) {
    return namespace.isEmpty() ? "all namespaces" : "namespace " + namespace;
  }

  /** The HTTP status, from the first fabric8 exception in the chain that has one (0: none). */
  private static int code(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof KubernetesClientException
          && ((KubernetesClientException) cause).getCode() > 0) {
        return ((KubernetesClientException) cause).getCode();
      }
    }
    return 0;
  }

  private static String message(Throwable failure) {
    if (failure instanceof KubernetesClientException) {
      KubernetesClientException k = (KubernetesClientException) failure;
      if (k.getStatus() != null && k.getStatus().getMessage() != null) {
        return k.getStatus().getMessage();
      }
    }
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
  }
}
