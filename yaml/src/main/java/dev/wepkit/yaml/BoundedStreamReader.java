// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader, replaced for two reasons.
 *
 * <ul>
 *   <li>SnakeYAML's own reader copies its whole look-ahead window on every 1,024 characters it
 *       reads. A long token (a 10 MB scalar on one line) therefore costs quadratic time before any
 *       limit is checked: minutes for input calicoctl would accept. This reader grows its window
 *       geometrically and reads in linear time.
 *   <li>SnakeYAML checks its document size limit only between tokens, after a huge token has been
 *       read into memory. This reader checks the document size and the token size as characters
 *       arrive, so hostile input is refused after reading little more than the limit.
 * </ul>
 *
 * <p>It also passes the input through {@link FlowIndentTabs}, so that tab-indented JSON reads as it
 * does in calicoctl.
 *
 * <p>Everything else (the characters YAML allows, line and column counting, the end-of-input {@code
 * 0}) behaves exactly as {@link StreamReader} in SnakeYAML 2.5 does. The superclass's own state is
 * never used.
 */
final class BoundedStreamReader extends StreamReader {
  private static final String NAME = "reader";
  private static final int CHUNK = 1024;

  /**
   * The scanner looks ahead over one token at a time (a scalar, or a run of blanks), so an
   * unconsumed window longer than the scalar limit means a token that long. Escapes make the raw
   * text of a quoted scalar longer than its value, so the raw window may reach this many times the
   * limit; the exact value length is checked per scalar once it is read (SafeYamlParser).
   */
  private static final int RAW_SCALAR_FACTOR = 2;

  private static final int RAW_SCALAR_SLACK = 4096;

  private final Reader in;
  private final long maxDocument;
  private final int maxScalar;
  private final long maxLookahead;
  private final char[] chunk = new char[CHUNK + 1];
  private final FlowIndentTabs tabs = new FlowIndentTabs();
  private int[] window = new int[2 * CHUNK];
  private int length;
  private int pointer;
  private boolean eof;
  private int index;
  private long documentIndex;
  private int line;
  private int column;

  BoundedStreamReader(Reader in, YamlLimits limits) {
    // The superclass only keeps the reader; nothing of it is used.
    super(new StringReader(""));
    this.in = in;
    this.maxDocument = limits.maxDocumentCodePoints();
    this.maxScalar = limits.maxScalarLength();
    this.maxLookahead = (long) maxScalar * RAW_SCALAR_FACTOR + RAW_SCALAR_SLACK;
  }

  @Override
  public Mark getMark() {
    // The Mark keeps the window for its error snippet; the window is only ever appended to or
    // replaced by a new array, so an old Mark still shows the text it was taken at.
    return new Mark(NAME, index, line, column, window, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int count) {
    for (int i = 0; i < count && ensure(0); i++) {
      int c = window[pointer++];
      index++;
      if (++documentIndex > maxDocument) {
        throw documentTooLong(pointer - 1);
      }
      if (Constant.LINEBR.has(c) || c == '\r' && ensure(0) && window[pointer] != '\n') {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return ensure(0) ? window[pointer] : 0;
  }

  @Override
  public int peek(int offset) {
    return ensure(offset) ? window[pointer + offset] : 0;
  }

  @Override
  public String prefix(int count) {
    if (count == 0) {
      return "";
    }
    if (ensure(count)) {
      return new String(window, pointer, count);
    }
    return new String(window, pointer, Math.min(count, length - pointer));
  }

  @Override
  public String prefixForward(int count) {
    String prefix = prefix(count);
    // As in SnakeYAML: callers only forward this way over text without line breaks.
    pointer += count;
    index += count;
    documentIndex += count;
    column += count;
    if (documentIndex > maxDocument) {
      throw documentTooLong(pointer - 1);
    }
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }

  /** Whether the character at {@code pointer + offset} exists, reading until it does. */
  private boolean ensure(int offset) {
    while (!eof && pointer + offset >= length) {
      fill();
    }
    return pointer + offset < length;
  }

  /**
   * The decoder's sentence without its offsets, which count from the start of its buffer rather
   * than of the input (the position is given as line and column instead), and without its advice.
   */
  static String decoderProblem(String message) {
    if (message == null) {
      return "a byte sequence that is not UTF-8";
    }
    String problem = message;
    int offsets = problem.indexOf(" (at char #");
    if (offsets >= 0) {
      problem = problem.substring(0, offsets);
    }
    int advice = problem.indexOf(": check content encoding");
    if (advice >= 0) {
      problem = problem.substring(0, advice);
    }
    return problem;
  }

  private void fill() {
    int read;
    try {
      read = in.read(chunk, 0, CHUNK);
      if (read > 0 && Character.isHighSurrogate(chunk[read - 1])) {
        if (in.read(chunk, read, 1) == -1) {
          throw error(length, "the input ends inside a UTF-16 surrogate pair", false);
        }
        read++;
      }
    } catch (CharConversionException e) {
      throw new YamlInputException(
          "the input is not valid UTF-8: " + decoderProblem(e.getMessage()),
          positionLine(length),
          positionColumn(length),
          false,
          e);
    } catch (IOException e) {
      throw new YamlInputException.Io(e);
    }
    if (read <= 0) {
      eof = true;
      return;
    }
    tabs.apply(chunk, read);
    makeRoom(read);
    int at = length;
    for (int i = 0; i < read; ) {
      char ch = chunk[i];
      if (ch >= ' ' && ch <= '~' || ch == '\n') {
        // Printable ASCII and line feeds, nearly all of any input: no surrogate, always allowed.
        window[at++] = ch;
        i++;
        continue;
      }
      int c = Character.codePointAt(chunk, i, read);
      if (!StreamReader.isPrintable(c)) {
        length = at;
        throw error(
            at,
            String.format(
                "the character U+%04X is not allowed in YAML (binary data or the wrong encoding?)",
                c),
            false);
      }
      window[at++] = c;
      i += Character.charCount(c);
    }
    length = at;
    checkLimits();
  }

  private void makeRoom(int count) {
    if (length + count <= window.length) {
      return;
    }
    int live = length - pointer;
    int capacity = Math.max(2 * CHUNK, 2 * (live + count));
    int[] grown = new int[capacity];
    System.arraycopy(window, pointer, grown, 0, live);
    // A new array, not an in-place move: Marks handed out keep the old one for their snippets.
    window = grown;
    length = live;
    pointer = 0;
  }

  private void checkLimits() {
    long buffered = length - pointer;
    if (buffered > maxLookahead) {
      throw error(
          pointer,
          "a YAML scalar (or run of blanks) is longer than the limit of "
              + maxScalar
              + " characters (YamlLimits.maxScalarLength)",
          true);
    }
  }

  /**
   * The document limit, checked where characters are consumed: the read-ahead may already hold the
   * next document, which must not count against this one. The read-ahead itself is bounded by the
   * scalar limit above.
   */
  private YamlInputException documentTooLong(int at) {
    return error(
        at,
        "the YAML document is longer than the limit of "
            + maxDocument
            + " characters (YamlLimits.maxDocumentCodePoints)",
        true);
  }

  private YamlInputException error(int at, String problem, boolean limit) {
    return new YamlInputException(problem, positionLine(at), positionColumn(at), limit, null);
  }

  /** The 1-based line of the buffered character at window index {@code at}. */
  private int positionLine(int at) {
    int l = line;
    for (int i = pointer; i < at && i < length; i++) {
      if (breaksLine(i)) {
        l++;
      }
    }
    return l + 1;
  }

  /** The 1-based column of the buffered character at window index {@code at}. */
  private int positionColumn(int at) {
    int c = column;
    for (int i = pointer; i < at && i < length; i++) {
      if (breaksLine(i)) {
        c = 0;
      } else if (window[i] != 0xFEFF) {
        c++;
      }
    }
    return c + 1;
  }

  private boolean breaksLine(int i) {
    int c = window[i];
    return Constant.LINEBR.has(c) || c == '\r' && i + 1 < length && window[i + 1] != '\n';
  }
}
