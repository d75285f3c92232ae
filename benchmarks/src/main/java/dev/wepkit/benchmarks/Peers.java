// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The peers wepkit is measured against, configured once and shared, as an application would.
 *
 * <p>Jackson readers and writers are pre-bound to the POJO type ({@link ObjectReader}, {@link
 * ObjectWriter}), the fastest way to use Jackson, so the peers are at their best.
 */
public final class Peers {
  /** A default Jackson JSON mapper. */
  public static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A Jackson YAML mapper. Reading: defaults, except that SnakeYAML's 3 MB document limit is raised
   * to 64 MB, since the streamed list is one 10 MB document. Writing: like calicoctl and wepkit, no
   * {@code ---} line and plain scalars where safe (numbers-as-strings still quoted).
   */
  public static final YAMLMapper YAML = yamlMapper();

  /** Jackson JSON bound to the hand-written POJO. */
  public static final ObjectReader JSON_POJO_READER = JSON.readerFor(PojoWorkloadEndpoint.class);

  /** Jackson JSON writing the hand-written POJO. */
  public static final ObjectWriter JSON_POJO_WRITER = JSON.writerFor(PojoWorkloadEndpoint.class);

  /**
   * Jackson JSON writing the hand-written POJO with its maps in key order, as Go's encoding/json
   * writes them: the same bytes as wepkit's writer, so the same work (the plain POJO writer keeps
   * the maps in the order they were read).
   */
  public static final ObjectWriter JSON_POJO_SORTED_WRITER =
      JSON.writer(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .forType(PojoWorkloadEndpoint.class);

  /** Jackson YAML bound to the hand-written POJO. */
  public static final ObjectReader YAML_POJO_READER = YAML.readerFor(PojoWorkloadEndpoint.class);

  /** Jackson YAML writing the hand-written POJO. */
  public static final ObjectWriter YAML_POJO_WRITER = YAML.writerFor(PojoWorkloadEndpoint.class);

  /** fabric8's serialization utility, as the Kubernetes client uses it. */
  public static final KubernetesSerialization FABRIC8 = new KubernetesSerialization();

  private Peers() {}

  private static YAMLMapper yamlMapper() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    return new YAMLMapper(
        YAMLFactory.builder()
            .loaderOptions(options)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());
  }

  /**
   * Derives a name the naive way: each part's dashes doubled, joined with dashes. No checks.
   *
   * @param parts the segments (node, orchestrator, pod or workload, endpoint)
   * @return the name
   */
  public static String naiveDerive(String... parts) {
    String[] escaped = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      escaped[i] = parts[i].replace("-", "--");
    }
    return String.join("-", escaped);
  }

  /**
   * Splits a name the naive way: doubled dashes hidden, split on single dashes, dashes restored. No
   * checks, and wrong for runs of three dashes.
   *
   * @param name the name
   * @return the segments
   */
  public static String[] naiveParse(String name) {
    String[] parts = name.replace("--", "\u0000").split("-");
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].replace('\u0000', '-');
    }
    return parts;
  }
}
