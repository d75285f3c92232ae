// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file ({@code -rf json}) into the Markdown comparison table of {@code
 * benchmarks/RESULTS.md}: each wepkit operation next to its peers from the same run, with error
 * bars, the time ratio and the allocation per operation, followed by the project's targets marked
 * met or missed (on the scores' ratio), each also with the ratio of the two sides' fastest quarters
 * of iterations, which a host that changes speed during a run does not skew.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.wepkit.benchmarks.ResultsTable result.json
 * }</pre>
 */
public final class ResultsTable {
  private static final String PREFIX = "dev.wepkit.benchmarks.";
  private static final String ALLOC = "gc.alloc.rate.norm";
  private static final String LIST = "10k list";

  /** The input of a benchmark that generates its own (a Pod list, policies and endpoints). */
  private static final String GENERATED = "generated";

  /**
   * Ratios closer than this are ties unless the error bars are tight: a ratio is only reported as a
   * win or a loss when it is.
   */
  static final double TIE = 1.3;

  /** One line of the table: a wepkit benchmark and the peer it is compared with. */
  record Row(String operation, String wepkit, String peerLabel, String peer, boolean perEndpoint) {}

  /** One target: {@code a / b} (time or allocation) must be at most {@code limit}. */
  record Target(String text, String a, String b, boolean alloc, double limit, boolean tieRule) {}

  /** A measured score with its 99.9% error. */
  record Score(double value, double error) {}

  static final List<Row> ROWS =
      List.of(
          new Row(
              "JSON decode",
              "JsonDecodeBenchmark.wepkit",
              "Jackson readTree (floor)",
              "JsonDecodeBenchmark.jacksonTree",
              false),
          new Row(
              "JSON decode",
              "JsonDecodeBenchmark.wepkit",
              "Jackson POJO",
              "JsonDecodeBenchmark.jacksonPojo",
              false),
          new Row(
              "JSON decode",
              "JsonDecodeBenchmark.wepkit",
              "fabric8 generic",
              "JsonDecodeBenchmark.fabric8",
              false),
          new Row(
              "JSON decode + validate",
              "JsonDecodeBenchmark.wepkitValidate",
              "Jackson POJO decode",
              "JsonDecodeBenchmark.jacksonPojo",
              false),
          new Row(
              "validate alone",
              "ValidateBenchmark.wepkit",
              "wepkit JSON decode",
              "JsonDecodeBenchmark.wepkit",
              false),
          new Row(
              "JSON encode",
              "JsonEncodeBenchmark.wepkit",
              "Jackson POJO",
              "JsonEncodeBenchmark.jacksonPojo",
              false),
          new Row(
              "JSON encode",
              "JsonEncodeBenchmark.wepkit",
              "Jackson POJO, maps sorted (same bytes)",
              "JsonEncodeBenchmark.jacksonPojoSortedMaps",
              false),
          new Row(
              "JSON encode",
              "JsonEncodeBenchmark.wepkit",
              "fabric8 asJson",
              "JsonEncodeBenchmark.fabric8",
              false),
          new Row(
              "YAML decode",
              "YamlDecodeBenchmark.wepkit",
              "Jackson YAML readTree (floor)",
              "YamlDecodeBenchmark.jacksonTree",
              false),
          new Row(
              "YAML decode",
              "YamlDecodeBenchmark.wepkit",
              "Jackson YAML POJO",
              "YamlDecodeBenchmark.jacksonPojo",
              false),
          new Row(
              "YAML decode",
              "YamlDecodeBenchmark.wepkit",
              "fabric8 generic",
              "YamlDecodeBenchmark.fabric8",
              false),
          new Row(
              "YAML encode",
              "YamlEncodeBenchmark.wepkit",
              "Jackson YAML POJO",
              "YamlEncodeBenchmark.jacksonPojo",
              false),
          new Row(
              "YAML encode",
              "YamlEncodeBenchmark.wepkit",
              "fabric8 asYaml",
              "YamlEncodeBenchmark.fabric8",
              false),
          new Row(
              "name derive",
              "NamesBenchmark.derive",
              "naive join",
              "NamesBenchmark.naiveDerive",
              false),
          new Row(
              "name parse",
              "NamesBenchmark.parse",
              "naive split",
              "NamesBenchmark.naiveParse",
              false),
          new Row(
              "stream JSON list",
              "StreamBenchmark.jsonWepkit",
              "Jackson POJO per item",
              "StreamBenchmark.jsonJacksonPojo",
              true),
          new Row(
              "stream JSON list",
              "StreamBenchmark.jsonWepkit",
              "fabric8 whole list",
              "StreamBenchmark.jsonFabric8",
              true),
          new Row(
              "stream YAML list",
              "StreamBenchmark.yamlWepkit",
              "Jackson YAML POJO per item",
              "StreamBenchmark.yamlJacksonPojo",
              true),
          new Row(
              "derive a 10,000-Pod list from its JSON",
              "PodListBenchmark.listDeriveFromJson",
              "fabric8 PodList decode (floor)",
              "PodListBenchmark.listDecodeFabric8",
              false),
          new Row(
              "derive it paged, 500 Pods a response",
              "PodListBenchmark.pagesDeriveFromJson",
              "fabric8 decode of the pages",
              "PodListBenchmark.pagesDecodeFabric8",
              false),
          new Row(
              "fabric8 decode, then derive",
              "PodListBenchmark.listDecodeFabric8ThenDerive",
              "fabric8 PodList decode (floor)",
              "PodListBenchmark.listDecodeFabric8",
              false),
          new Row(
              "derive a decoded 10,000-Pod list",
              "PodListBenchmark.listDerive",
              "fabric8 PodList decode (floor)",
              "PodListBenchmark.listDecodeFabric8",
              false),
          new Row(
              "convert one fabric8 Pod",
              "PodListBenchmark.podConvert",
              "fabric8 Pod decode",
              "PodListBenchmark.podDecodeFabric8",
              false),
          new Row(
              "policiesFor, 1,000 policies",
              "PolicyIndexBenchmark.indexed",
              "every policy evaluated",
              "PolicyIndexBenchmark.allPairs",
              false));

  static final List<Target> TARGETS =
      List.of(
          new Target(
              "typed JSON decode within 1.2x of the POJO",
              "JsonDecodeBenchmark.wepkit",
              "JsonDecodeBenchmark.jacksonPojo",
              false,
              1.2,
              false),
          new Target(
              "typed JSON decode allocation within 1.5x of the POJO",
              "JsonDecodeBenchmark.wepkit",
              "JsonDecodeBenchmark.jacksonPojo",
              true,
              1.5,
              false),
          new Target(
              "decode + validate within 2x of POJO decode",
              "JsonDecodeBenchmark.wepkitValidate",
              "JsonDecodeBenchmark.jacksonPojo",
              false,
              2.0,
              false),
          new Target(
              "validation alone cheaper than decoding",
              "ValidateBenchmark.wepkit",
              "JsonDecodeBenchmark.wepkit",
              false,
              1.0,
              false),
          new Target(
              "JSON decode at least 1.8x faster than fabric8 (docs sample)",
              "JsonDecodeBenchmark.wepkit",
              "JsonDecodeBenchmark.fabric8",
              false,
              1 / 1.8,
              false),
          new Target(
              "JSON decode no slower than fabric8 (large sample)",
              "JsonDecodeBenchmark.wepkit",
              "JsonDecodeBenchmark.fabric8",
              false,
              1.0,
              true),
          new Target(
              "YAML decode within 1.2x of Jackson's YAML POJO",
              "YamlDecodeBenchmark.wepkit",
              "YamlDecodeBenchmark.jacksonPojo",
              false,
              1.2,
              false),
          new Target(
              "YAML decode at least 2x faster than fabric8",
              "YamlDecodeBenchmark.wepkit",
              "YamlDecodeBenchmark.fabric8",
              false,
              0.5,
              false),
          new Target(
              "JSON encode at most 1.0x the POJO",
              "JsonEncodeBenchmark.wepkit",
              "JsonEncodeBenchmark.jacksonPojo",
              false,
              1.0,
              false),
          new Target(
              "JSON encode allocation at most 1.2x the POJO",
              "JsonEncodeBenchmark.wepkit",
              "JsonEncodeBenchmark.jacksonPojo",
              true,
              1.2,
              false),
          new Target(
              "10,000-Pod list derived within 1.3x of fabric8 decoding it",
              "PodListBenchmark.listDeriveFromJson",
              "PodListBenchmark.listDecodeFabric8",
              false,
              1.3,
              false),
          new Target(
              "one Pod converted in at most 0.3x of decoding it",
              "PodListBenchmark.podConvert",
              "PodListBenchmark.podDecodeFabric8",
              false,
              0.3,
              false),
          new Target(
              "policiesFor through the index at least 10x faster than all pairs",
              "PolicyIndexBenchmark.indexed",
              "PolicyIndexBenchmark.allPairs",
              false,
              0.1,
              false),
          new Target(
              "name derivation no slower than naive",
              "NamesBenchmark.derive",
              "NamesBenchmark.naiveDerive",
              false,
              1.0,
              true));

  private final Map<String, Score> times = new HashMap<>();
  // Each benchmark's sample parameters, in the order of the results (JMH's order of @Param values).
  private final Map<String, List<String>> samples = new HashMap<>();
  private final Map<String, Score> allocs = new HashMap<>();
  // Each benchmark's mean over its fastest quarter of iterations, in nanoseconds.
  private final Map<String, Double> fastest = new HashMap<>();
  private final JsonNode first;

  private ResultsTable(JsonNode results) {
    first = results.size() > 0 ? results.get(0) : null;
    for (JsonNode result : results) {
      String benchmark = result.path("benchmark").asText();
      String sample = result.path("params").path("sample").asText("");
      samples.computeIfAbsent(key(benchmark, ""), k -> new ArrayList<>()).add(sample);
      String key = key(benchmark, sample);
      JsonNode primary = result.path("primaryMetric");
      double toNanos = nanosPer(primary.path("scoreUnit").asText("ns/op"));
      times.put(
          key, new Score(primary.path("score").asDouble() * toNanos, error(primary) * toNanos));
      double fastQuarter = fastestQuarterMean(primary.path("rawData"));
      if (!Double.isNaN(fastQuarter)) {
        fastest.put(key, fastQuarter * toNanos);
      }
      JsonNode alloc = result.path("secondaryMetrics").path(ALLOC);
      if (!alloc.isMissingNode()) {
        allocs.put(key, new Score(alloc.path("score").asDouble(), error(alloc)));
      }
    }
  }

  /**
   * Prints the table for a JMH JSON result file.
   *
   * @param args the path of the result file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ResultsTable <jmh-result.json>");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(render(Files.readString(Path.of(args[0]))));
  }

  /**
   * Renders the Markdown for a JMH JSON result.
   *
   * @param jmhJson the content of a {@code -rf json} file
   * @return the Markdown text
   * @throws IOException if the text is not JSON
   */
  public static String render(String jmhJson) throws IOException {
    return new ResultsTable(new ObjectMapper().readTree(jmhJson)).render();
  }

  private String render() {
    StringBuilder out = new StringBuilder();
    if (first != null) {
      out.append(
          String.format(
              Locale.ROOT,
              "JMH %s, %s %s; %d fork(s), %d x %s warm-up, %d x %s measurement; ± is JMH's 99.9%%"
                  + " error.%n%n",
              first.path("jmhVersion").asText(),
              first.path("vmName").asText(),
              first.path("jdkVersion").asText(),
              first.path("forks").asInt(),
              first.path("warmupIterations").asInt(),
              first.path("warmupTime").asText(),
              first.path("measurementIterations").asInt(),
              first.path("measurementTime").asText()));
    }
    out.append(
        "| operation | input | wepkit | peer | peer time | ratio (wepkit/peer) | wepkit alloc/op |"
            + " peer alloc/op |\n");
    out.append("|---|---|---:|---|---:|---:|---:|---:|\n");
    for (Row row : ROWS) {
      for (String input : inputs(row)) {
        Score a = times.get(key(row.wepkit(), input));
        Score b = times.get(key(row.peer(), input));
        if (a == null || b == null) {
          continue;
        }
        out.append("| ")
            .append(row.operation())
            .append(" | ")
            .append(
                row.perEndpoint() ? LIST + " (per endpoint)" : input.isEmpty() ? GENERATED : input)
            .append(" | ")
            .append(time(a, row.perEndpoint()))
            .append(" | ")
            .append(row.peerLabel())
            .append(" | ")
            .append(time(b, row.perEndpoint()))
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.2fx", a.value() / b.value()))
            .append(" | ")
            .append(bytes(allocs.get(key(row.wepkit(), input))))
            .append(" | ")
            .append(bytes(allocs.get(key(row.peer(), input))))
            .append(" |\n");
      }
    }
    out.append(
        "\n| target | input | ratio | range from error bars | result | ratio of the fastest"
            + " quarters |\n");
    out.append("|---|---|---:|---:|---|---:|\n");
    for (Target target : TARGETS) {
      for (String input : targetInputs(target)) {
        Map<String, Score> scores = target.alloc() ? allocs : times;
        Score a = scores.get(key(target.a(), input));
        Score b = scores.get(key(target.b(), input));
        out.append("| ").append(target.text()).append(" | ");
        if (a == null || b == null) {
          out.append("– | – | – | not measured | – |\n");
          continue;
        }
        out.append(input.isEmpty() ? GENERATED : input).append(" | ");
        double ratio = a.value() / b.value();
        double low = Math.max(0, a.value() - a.error()) / (b.value() + b.error());
        double high =
            b.value() > b.error()
                ? (a.value() + a.error()) / (b.value() - b.error())
                : Double.POSITIVE_INFINITY;
        out.append(String.format(Locale.ROOT, "%.2f (limit %.2f)", ratio, target.limit()))
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.2f–", low))
            .append(Double.isInfinite(high) ? "∞" : String.format(Locale.ROOT, "%.2f", high))
            .append(" | ")
            .append(verdict(target, ratio, low, high))
            .append(" | ")
            .append(fastestRatio(target, input))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  /**
   * The ratio of the two sides' fastest quarters of iterations, or a dash for allocation targets
   * and results without iterations. Interference from the rest of a shared host only ever adds
   * time, and on a host that moves between speed levels during a run the JMH score of each side
   * depends on how long it spent on the slow one; the fastest quarter of each side compares the
   * code at the same (undisturbed) level. It is shown beside the score's ratio, not instead of it.
   */
  private String fastestRatio(Target target, String input) {
    Double a = fastest.get(key(target.a(), input));
    Double b = fastest.get(key(target.b(), input));
    if (target.alloc() || a == null || b == null || b == 0) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.2f", a / b);
  }

  /**
   * The mean of the fastest quarter (at least one) of all measured iterations of all forks, from
   * JMH's {@code rawData} (one array of iteration scores per fork); NaN when there are none.
   */
  static double fastestQuarterMean(JsonNode rawData) {
    List<Double> scores = new ArrayList<>();
    for (JsonNode fork : rawData) {
      for (JsonNode iteration : fork) {
        scores.add(iteration.asDouble());
      }
    }
    if (scores.isEmpty()) {
      return Double.NaN;
    }
    scores.sort(null);
    int count = Math.max(1, scores.size() / 4);
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += scores.get(i);
    }
    return sum / count;
  }

  /** Met, missed, or a tie/too-close-to-call, following the issue's 1.3x rule. */
  static String verdict(Target target, double ratio, double low, double high) {
    if (ratio <= target.limit()) {
      return high <= target.limit() ? "met" : "met (within error)";
    }
    if (target.tieRule() && ratio < target.limit() * TIE) {
      return "tie (within 1.3x)";
    }
    return low <= target.limit() ? "missed (within error)" : "missed";
  }

  /** The samples of a row: those the results have for its wepkit benchmark. */
  private List<String> inputs(Row row) {
    return row.perEndpoint() ? List.of("") : samplesOf(row.wepkit());
  }

  private List<String> targetInputs(Target target) {
    if (target.text().contains("(docs sample)")) {
      return List.of(Samples.DOCS);
    }
    if (target.text().contains("(large sample)")) {
      return List.of(Samples.LARGE);
    }
    List<String> measured = samplesOf(target.a());
    // A target with no result still gets its line, saying so.
    return measured.isEmpty() ? List.of("") : measured;
  }

  private List<String> samplesOf(String benchmark) {
    return samples.getOrDefault(key(benchmark, ""), List.of());
  }

  private static String key(String benchmark, String sample) {
    String name = benchmark.startsWith(PREFIX) ? benchmark.substring(PREFIX.length()) : benchmark;
    return name + "@" + sample;
  }

  /** Nanoseconds per unit of a time score: benchmarks of long operations report µs or ms. */
  static double nanosPer(String scoreUnit) {
    switch (scoreUnit) {
      case "us/op":
        return 1e3;
      case "ms/op":
        return 1e6;
      case "s/op":
        return 1e9;
      default:
        return 1;
    }
  }

  private static double error(JsonNode metric) {
    // JMH writes "NaN" when it cannot compute an error (one iteration).
    double error = metric.path("scoreError").asDouble(0);
    return Double.isNaN(error) ? 0 : error;
  }

  /** Formats nanoseconds; for streams also endpoints per second. */
  static String time(Score score, boolean perEndpoint) {
    // A single measured iteration has no error bar.
    String error = score.error() > 0 ? " ± " + nanos(score.error()) : " ± n/a";
    String text = nanos(score.value()) + error;
    if (perEndpoint && score.value() > 0) {
      text += String.format(Locale.ROOT, " (%s endpoints/s)", count(1e9 / score.value()));
    }
    return text;
  }

  static String nanos(double ns) {
    if (ns < 1_000) {
      return String.format(Locale.ROOT, "%.1f ns", ns);
    }
    if (ns < 1_000_000) {
      return String.format(Locale.ROOT, "%.2f µs", ns / 1e3);
    }
    return String.format(Locale.ROOT, "%.2f ms", ns / 1e6);
  }

  static String bytes(Score score) {
    if (score == null) {
      return "–";
    }
    double b = score.value();
    if (b < 10_000) {
      return String.format(Locale.ROOT, "%.0f B", b);
    }
    if (b < 10_000_000) {
      return String.format(Locale.ROOT, "%.1f KB", b / 1024);
    }
    return String.format(Locale.ROOT, "%.1f MB", b / (1024 * 1024));
  }

  private static String count(double perSecond) {
    if (perSecond >= 1e6) {
      return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
    }
    return String.format(Locale.ROOT, "%.0f k", perSecond / 1e3);
  }
}
