// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ResultsTableTest {
  private static String result(
      String benchmark, String sample, double ns, double error, double bytes) {
    String params = sample == null ? "" : "\"params\":{\"sample\":\"" + sample + "\"},";
    return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"dev.wepkit.benchmarks."
        + benchmark
        + "\",\"mode\":\"avgt\",\"forks\":1,\"jdkVersion\":\"17\",\"vmName\":\"VM\","
        + "\"warmupIterations\":2,\"warmupTime\":\"1 s\",\"measurementIterations\":3,"
        + "\"measurementTime\":\"1 s\","
        + params
        + "\"primaryMetric\":{\"score\":"
        + ns
        + ",\"scoreError\":"
        + error
        + ",\"scoreUnit\":\"ns/op\"},\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":"
        + bytes
        + ",\"scoreError\":0,\"scoreUnit\":\"B/op\"}}}";
  }

  @Test
  void scoresInMicrosecondsAndBenchmarksWithoutASample() throws IOException {
    // A 10,000-Pod list is measured in µs/op and has no sample parameter.
    String json =
        "["
            + result("PodListBenchmark.listDeriveFromJson", null, 120, 6, 50)
                .replace("\"ns/op\"", "\"us/op\"")
            + ","
            + result("PodListBenchmark.listDecodeFabric8", null, 100, 4, 40)
                .replace("\"ns/op\"", "\"us/op\"")
            + "]";

    String table = ResultsTable.render(json);

    assertThat(table)
        .contains(
            "| derive a 10,000-Pod list from its JSON | generated | 120.00 µs ± 6.00 µs | fabric8 PodList decode"
                + " (floor) | 100.00 µs ± 4.00 µs | 1.20x |")
        // 114/104 = 1.10 and 126/96 = 1.31.
        .contains(
            "| 10,000-Pod list derived within 1.3x of fabric8 decoding it | generated | 1.20"
                + " (limit 1.30) | 1.10–1.31 | met (within error) |");
  }

  @Test
  void eachSampleOfABenchmarkGetsItsRowAndItsTargetLine() throws IOException {
    String json =
        "["
            + String.join(
                ",",
                result("PodListBenchmark.listDeriveFromJson", "minimal-pods", 140, 5, 50),
                result("PodListBenchmark.listDeriveFromJson", "typical-pods", 150, 5, 60),
                result("PodListBenchmark.listDecodeFabric8", "minimal-pods", 100, 5, 40),
                result("PodListBenchmark.listDecodeFabric8", "typical-pods", 300, 5, 90))
            + "]";

    String table = ResultsTable.render(json);

    assertThat(table)
        .contains("| derive a 10,000-Pod list from its JSON | minimal-pods | 140.0 ns")
        .contains("| derive a 10,000-Pod list from its JSON | typical-pods | 150.0 ns")
        .contains(
            "| 10,000-Pod list derived within 1.3x of fabric8 decoding it | minimal-pods | 1.40"
                + " (limit 1.30) |")
        .contains(
            "| 10,000-Pod list derived within 1.3x of fabric8 decoding it | typical-pods | 0.50"
                + " (limit 1.30) |");
  }

  @Test
  void pairsWepkitWithItsPeersAndJudgesTargets() throws IOException {
    String json =
        "["
            + String.join(
                ",",
                result("JsonDecodeBenchmark.wepkit", "docs", 1100, 10, 3000),
                result("JsonDecodeBenchmark.jacksonPojo", "docs", 1000, 10, 1000),
                result("JsonDecodeBenchmark.fabric8", "docs", 5000, 100, 9000),
                result("StreamBenchmark.jsonWepkit", null, 500, 5, 800),
                result("StreamBenchmark.jsonJacksonPojo", null, 1000, 5, 900))
            + "]";

    String table = ResultsTable.render(json);

    assertThat(table)
        .contains(
            "| JSON decode | docs | 1.10 µs ± 10.0 ns | Jackson POJO | 1.00 µs ± 10.0 ns | 1.10x |"
                + " 3000 B | 1000 B |")
        .contains(
            "| JSON decode | docs | 1.10 µs ± 10.0 ns | fabric8 generic | 5.00 µs ± 100.0 ns |"
                + " 0.22x |")
        .contains(
            "| stream JSON list | 10k list (per endpoint) | 500.0 ns ± 5.0 ns (2.00 M endpoints/s)"
                + " |")
        // No readTree result: that row is left out.
        .doesNotContain("readTree")
        .contains(
            "| typed JSON decode within 1.2x of the POJO | docs | 1.10 (limit 1.20) | 1.08–1.12 |"
                + " met |")
        .contains(
            "| typed JSON decode allocation within 1.5x of the POJO | docs | 3.00 (limit 1.50) |"
                + " 3.00–3.00 | missed |")
        // Neither its input nor its result is known.
        .contains("| name derivation no slower than naive | – | – | – | not measured |");
  }

  @Test
  void targetsAlsoCompareTheFastestQuarterOfEachSidesIterations() throws IOException {
    // Eight iterations a side: the quarter is the two fastest, 10 and 11 against 8 and 9.
    String derive =
        result("PodListBenchmark.listDeriveFromJson", "minimal-pods", 33.25, 1, 50)
            .replace(
                "\"scoreUnit\":\"ns/op\"}",
                "\"scoreUnit\":\"ns/op\",\"rawData\":[[10,40,12],[50,11,60],[13,70]]}");
    String floor =
        result("PodListBenchmark.listDecodeFabric8", "minimal-pods", 37.125, 1, 40)
            .replace(
                "\"scoreUnit\":\"ns/op\"}",
                "\"scoreUnit\":\"ns/op\",\"rawData\":[[8,30],[9,30],[40,50],[60,70]]}");

    String table = ResultsTable.render("[" + derive + "," + floor + "]");

    // 10.5 / 8.5 = 1.235; the score's ratio is 33.25 / 37.125 = 0.90.
    assertThat(table)
        .contains(
            "| 10,000-Pod list derived within 1.3x of fabric8 decoding it | minimal-pods | 0.90"
                + " (limit 1.30) | 0.85–0.95 | met | 1.24 |")
        // Allocation targets have no such ratio, nor do results without iterations.
        .contains(
            "| typed JSON decode allocation within 1.5x of the POJO | – | – | – | not measured | – |");
  }

  @Test
  void fastestQuarterIsAtLeastTheFastestIteration() throws IOException {
    ObjectMapper mapper = new ObjectMapper();

    assertThat(ResultsTable.fastestQuarterMean(mapper.readTree("[[5, 3], [4]]"))).isEqualTo(3);
    assertThat(ResultsTable.fastestQuarterMean(mapper.readTree("[[9, 1, 8, 2, 7, 3, 6, 4]]")))
        .isEqualTo(1.5);
    assertThat(ResultsTable.fastestQuarterMean(mapper.readTree("[]"))).isNaN();
  }

  @Test
  void tieRuleAppliesOnlyToNoSlowerTargets() {
    ResultsTable.Target noSlower = new ResultsTable.Target("t", "a", "b", false, 1.0, true);
    ResultsTable.Target within = new ResultsTable.Target("t", "a", "b", false, 1.2, false);

    assertThat(ResultsTable.verdict(noSlower, 1.2, 1.1, 1.3)).isEqualTo("tie (within 1.3x)");
    assertThat(ResultsTable.verdict(noSlower, 1.4, 1.35, 1.45)).isEqualTo("missed");
    assertThat(ResultsTable.verdict(within, 1.25, 1.15, 1.3)).isEqualTo("missed (within error)");
    assertThat(ResultsTable.verdict(within, 1.1, 1.0, 1.3)).isEqualTo("met (within error)");
    assertThat(ResultsTable.verdict(within, 1.1, 1.0, 1.15)).isEqualTo("met");
  }
}
