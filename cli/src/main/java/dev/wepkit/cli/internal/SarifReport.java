// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.codec.SourcePosition;
import dev.wepkit.validation.Violation;
import dev.wepkit.validation.ViolationType;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * One SARIF 2.1.0 log with one run: a rule per kind of violation, a result per violation (level
 * {@code error} or {@code warning}) with its file, line and column and the path as its logical
 * location. GitHub code scanning and SARIF viewers read it.
 *
 * <p>Rule ids are stable: the violation types' JSON names ({@code Required}, {@code Invalid},
 * {@code NotSupported}, {@code TooLong}, {@code Duplicate}), and {@code Unreadable} for a file that
 * cannot be read or parsed at all.
 *
 * <pre>{@code
 * wepkit validate --format sarif manifests/ > wepkit.sarif
 * }</pre>
 */
final class SarifReport extends ValidationReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String UNREADABLE = "Unreadable";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ViolationType[] TYPES = ViolationType.values();

  private final String version;
  private final ArrayNode results = NODES.arrayNode();

  SarifReport(PrintWriter out, String version) {
    super(out);
    this.version = version;
  }

  @Override
  protected void print(ResourceOutcome outcome) {
    add(outcome, "error", outcome.result().errors());
    add(outcome, "warning", outcome.result().warnings());
  }

  private void add(ResourceOutcome outcome, String level, List<Violation> violations) {
    for (Violation v : violations) {
      ObjectNode result = results.addObject();
      result.put("ruleId", v.type().jsonName());
      result.put("ruleIndex", v.type().ordinal());
      result.put("level", level);
      result.putObject("message").put("text", message(v));
      ObjectNode location = result.putArray("locations").addObject();
      physical(location, outcome.file(), where(outcome, v));
      if (!v.path().isEmpty()) {
        location
            .putArray("logicalLocations")
            .addObject()
            .put("fullyQualifiedName", v.path())
            .put("kind", "member");
      }
      ObjectNode properties = result.putObject("properties");
      properties.put("resourceIndex", outcome.index());
      outcome.name().ifPresent(name -> properties.put("resourceName", name));
    }
  }

  @Override
  protected void unreadable(String file, int line, int column, String problem) {
    ObjectNode result = results.addObject();
    result.put("ruleId", UNREADABLE);
    result.put("ruleIndex", TYPES.length);
    result.put("level", "error");
    result.putObject("message").put("text", problem);
    SourcePosition at = line > 0 ? SourcePosition.of(line, Math.max(1, column)) : null;
    physical(result.putArray("locations").addObject(), file, at);
  }

  private static void physical(ObjectNode location, String file, SourcePosition at) {
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(file));
    if (at != null) {
      physical.putObject("region").put("startLine", at.line()).put("startColumn", at.column());
    }
  }

  /** A file as a relative or absolute URI reference: separators as {@code /}, the rest escaped. */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  @Override
  public void finish() {
    ObjectNode log = NODES.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "wepkit");
    driver.put("version", version);
    driver.put("informationUri", "https://github.com/wepkit/wepkit");
    ArrayNode rules = driver.putArray("rules");
    for (ViolationType type : TYPES) {
      rule(rules, type.jsonName(), "A field has a " + type.phrase() + ".");
    }
    rule(rules, UNREADABLE, "A file cannot be read, parsed, or is refused by a safety limit.");
    run.set("results", results);
    try {
      out.println(MAPPER.writeValueAsString(log));
    } catch (JsonProcessingException e) {
      // Trees of strings and numbers always serialize.
      throw new UncheckedIOException(e);
    }
  }

  private static void rule(ArrayNode rules, String id, String description) {
    ObjectNode rule = rules.addObject();
    rule.put("id", id);
    rule.putObject("shortDescription").put("text", description);
  }
}
