// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Generates a {@code WorkloadEndpointList} of Kubernetes-style endpoints, deterministically: the
 * same size and seed always give the same bytes.
 *
 * <p>Items look like what Calico synthesises from pods: a derived name, a namespace and the Calico
 * labels plus a few application labels, one IPv4 network (and an IPv6 one for every other item),
 * the namespace and service-account profiles, and zero to three named ports. The YAML form is the
 * same tree written by Jackson with minimal quoting, as {@code calicoctl get -o yaml} would print
 * it.
 *
 * <pre>{@code
 * byte[] json = EndpointListGenerator.json(10_000, EndpointListGenerator.SEED);
 * }</pre>
 */
public final class EndpointListGenerator {
  /** The number of items the streaming benchmarks read. */
  public static final int SIZE = 10_000;

  /** The seed the benchmarks use. */
  public static final long SEED = 20_260_314L;

  private static final String[] APPS = {
    "frontend",
    "checkout",
    "cart",
    "catalog",
    "search",
    "payments",
    "shipping",
    "auth",
    "ledger",
    "recommender"
  };
  private static final String[] NAMESPACES = {"default", "shop", "payments", "platform", "batch"};
  private static final String[] PROTOCOLS = {"TCP", "TCP", "TCP", "UDP", "SCTP"};
  private static final String HEX = "0123456789abcdef";

  private EndpointListGenerator() {}

  /**
   * Generates the list as compact UTF-8 JSON.
   *
   * @param size the number of items
   * @param seed the random seed
   * @return the JSON bytes
   */
  public static byte[] json(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder out = new StringBuilder(size * 900);
    out.append("{\"kind\":\"WorkloadEndpointList\",\"apiVersion\":\"projectcalico.org/v3\",")
        .append("\"metadata\":{\"resourceVersion\":\"")
        .append(1_000_000 + size)
        .append("\"},\"items\":[");
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        out.append(',');
      }
      item(out, i, random);
    }
    out.append("]}");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Generates the same list as {@link #json} as YAML.
   *
   * @param size the number of items
   * @param seed the random seed
   * @return the YAML bytes (UTF-8)
   */
  public static byte[] yaml(int size, long seed) {
    try {
      JsonNode tree = new ObjectMapper().readTree(json(size, seed));
      YAMLMapper yaml =
          YAMLMapper.builder()
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .build();
      return yaml.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void item(StringBuilder out, int i, SplittableRandom random) {
    String app = APPS[random.nextInt(APPS.length)];
    String namespace = NAMESPACES[random.nextInt(NAMESPACES.length)];
    String node = String.format("node-%03d", random.nextInt(200));
    String hash = hex(random, 9);
    String pod = app + "-" + hash + "-" + hex(random, 5);
    String name = escape(node) + "-k8s-" + escape(pod) + "-eth0";
    String serviceAccount = app + "-sa";
    int ip = 0x0A_F4_00_00 + i + 2;

    out.append("{\"kind\":\"WorkloadEndpoint\",\"apiVersion\":\"projectcalico.org/v3\",");
    out.append("\"metadata\":{");
    field(out, "name", name).append(',');
    field(out, "namespace", namespace).append(',');
    field(
            out,
            "uid",
            hex(random, 8)
                + "-"
                + hex(random, 4)
                + "-"
                + hex(random, 4)
                + "-"
                + hex(random, 4)
                + "-"
                + hex(random, 12))
        .append(',');
    field(out, "resourceVersion", Integer.toString(100_000 + i)).append(',');
    field(
            out,
            "creationTimestamp",
            "2026-03-"
                + (10 + random.nextInt(18))
                + "T0"
                + random.nextInt(10)
                + ":1"
                + random.nextInt(10)
                + ":2"
                + random.nextInt(10)
                + "Z")
        .append(',');
    out.append("\"labels\":{");
    field(out, "app", app).append(',');
    field(out, "app.kubernetes.io/name", app).append(',');
    field(out, "app.kubernetes.io/instance", app + "-" + namespace).append(',');
    field(out, "pod-template-hash", hash).append(',');
    field(out, "tier", random.nextBoolean() ? "backend" : "frontend").append(',');
    field(out, "projectcalico.org/namespace", namespace).append(',');
    field(out, "projectcalico.org/orchestrator", "k8s").append(',');
    field(out, "projectcalico.org/serviceaccount", serviceAccount);
    out.append("}},");

    out.append("\"spec\":{");
    field(out, "orchestrator", "k8s").append(',');
    field(out, "node", node).append(',');
    field(out, "pod", pod).append(',');
    field(out, "endpoint", "eth0").append(',');
    field(out, "serviceAccountName", serviceAccount).append(',');
    out.append("\"ipNetworks\":[\"")
        .append(ip >>> 24)
        .append('.')
        .append((ip >>> 16) & 0xFF)
        .append('.')
        .append((ip >>> 8) & 0xFF)
        .append('.')
        .append(ip & 0xFF)
        .append("/32\"");
    if (i % 2 == 0) {
      out.append(",\"fd00:10:244::").append(Integer.toHexString(i + 2)).append("/128\"");
    }
    out.append("],");
    out.append("\"profiles\":[\"kns.")
        .append(namespace)
        .append("\",\"ksa.")
        .append(namespace)
        .append('.')
        .append(serviceAccount)
        .append("\"],");
    field(out, "interfaceName", "cali" + hex(random, 11));
    int ports = random.nextInt(4);
    if (ports > 0) {
      out.append(",\"ports\":[");
      for (int p = 0; p < ports; p++) {
        if (p > 0) {
          out.append(',');
        }
        out.append("{\"name\":\"port-")
            .append(p)
            .append("\",\"protocol\":\"")
            .append(PROTOCOLS[random.nextInt(PROTOCOLS.length)])
            .append("\",\"port\":")
            .append(8000 + random.nextInt(2000))
            .append(",\"hostPort\":0,\"hostIP\":\"\"}");
      }
      out.append(']');
    }
    out.append("}}");
  }

  private static StringBuilder field(StringBuilder out, String name, String value) {
    // Generated values never need JSON escaping.
    return out.append('"').append(name).append("\":\"").append(value).append('"');
  }

  private static String escape(String segment) {
    return segment.replace("-", "--");
  }

  private static String hex(SplittableRandom random, int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = HEX.charAt(random.nextInt(16));
    }
    return new String(chars);
  }
}
