// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wepkit.names.NameDerivationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code --batch} mode shared by {@code name}, {@code parse}, {@code matches} and {@code
 * iface}: one JSON object per input line, one JSON object per output line, in order.
 *
 * <p>It streams: each line is answered as soon as it is read, and the output is flushed whenever no
 * further input is waiting, so a caller can talk to it line by line through a pipe while a large
 * file goes through in big writes. A line that is not a JSON object, or that holds a wrong field,
 * gets an {@code {"error": {"reason": ...}}} line of its own and the loop goes on.
 */
public final class BatchLoop {
  /** Answers one request object with one line of JSON. */
  public interface Handler {
    String answer(ObjectNode request);
  }

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  private BatchLoop() {}

  /**
   * Runs the loop until the end of the input.
   *
   * @param stdin the requests
   * @param out where the answers go
   * @param handler answers one request
   * @return the exit code: 0, or 2 if the input could not be read
   */
  public static int run(InputStream stdin, PrintWriter out, PrintWriter err, Handler handler) {
    LineReader lines = new LineReader(stdin, false);
    try {
      while (true) {
        String answer;
        try {
          String line = lines.readLine();
          if (line == null) {
            break;
          }
          answer = answer(line, handler);
        } catch (LineReader.BadBytesException e) {
          answer = error("line " + e.line() + " is not UTF-8 text");
        }
        out.write(answer);
        out.write('\n');
        if (!lines.ready()) {
          out.flush();
          if (out.checkError()) {
            // The reader went away (a closed pipe): nobody is left to answer.
            return ExitCodes.OK;
          }
        }
      }
    } catch (IOException e) {
      out.flush();
      err.println("-: cannot read: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    out.flush();
    return ExitCodes.OK;
  }

  public static String answer(String line, Handler handler) {
    ObjectNode request;
    try {
      request = parse(line);
    } catch (BatchException e) {
      return error(e.getMessage());
    }
    try {
      return handler.answer(request);
    } catch (NameDerivationException e) {
      return JsonLines.line(
          g -> {
            g.writeObjectFieldStart("error");
            g.writeStringField("field", e.field());
            g.writeStringField("reason", e.reason());
            g.writeEndObject();
          });
    } catch (BatchException | IllegalArgumentException e) {
      return error(e.getMessage());
    } catch (RuntimeException e) {
      return error("internal error: " + e);
    }
  }

  /** An {@code {"error": {"reason": ...}}} line. */
  public static String error(String reason) {
    return JsonLines.line(
        g -> {
          g.writeObjectFieldStart("error");
          g.writeStringField("reason", reason);
          g.writeEndObject();
        });
  }

  private static ObjectNode parse(String line) throws BatchException {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BatchException("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw new BatchException("empty line: expected a JSON object");
    }
    if (!node.isObject()) {
      throw new BatchException("expected a JSON object but found " + kind(node));
    }
    return (ObjectNode) node;
  }

  /**
   * Checks that an object has only the given fields.
   *
   * @throws BatchException naming the first unknown field
   */
  public static void onlyFields(ObjectNode request, List<String> allowed) {
    Iterator<String> names = request.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new BatchException(
            "unknown field \"" + name + "\": expected " + String.join(", ", allowed));
      }
    }
  }

  /**
   * A string field: {@code ""} when absent or null.
   *
   * @throws BatchException when the value is not a string
   */
  public static String text(ObjectNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      throw new BatchException("field \"" + field + "\" must be a string but is " + kind(value));
    }
    return value.textValue();
  }

  /**
   * A boolean field: false when absent or null.
   *
   * @throws BatchException when the value is not a boolean
   */
  public static boolean bool(ObjectNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new BatchException(
          "field \"" + field + "\" must be true or false but is " + kind(value));
    }
    return value.booleanValue();
  }

  public static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "the number " + node.asText();
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A request the command cannot answer, reported as that line's error. */
  public static final class BatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BatchException(String reason) {
      super(reason);
    }
  }
}
