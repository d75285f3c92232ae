// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Jackson's YAML parser with the checks YAML needs and Jackson lacks, applied to SnakeYAML's events
 * before Jackson turns them into tokens.
 *
 * <ul>
 *   <li><b>Aliases</b> are expanded, as go-yaml does (Jackson would return the anchor's name as a
 *       string), within {@link YamlLimits#maxAliases()} and {@link YamlLimits#maxAliasExpansion()}.
 *   <li><b>Tags</b> other than YAML's standard scalar and collection tags are refused: no tag ever
 *       names a Java class or produces binary data.
 *   <li><b>Merge keys</b> ({@code <<}) are refused rather than kept as an odd field.
 *   <li><b>Nesting</b> and <b>scalar length</b> are bounded.
 *   <li>The <b>document index</b> is counted, so errors anywhere in a stream name their document.
 * </ul>
 */
final class SafeYamlParser extends YAMLParser {
  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final Set<String> STANDARD_TAGS =
      Set.of("str", "int", "float", "bool", "null", "timestamp", "map", "seq");

  /** The text of the light Marks kept with recorded events: none. */
  private static final int[] NO_TEXT = new int[0];

  private final YamlLimits limits;
  private int documentIndex = -1;

  /** Whether the last scalar read (a key or a value) was written unquoted and untagged. */
  private boolean plainScalar;

  private int depth;

  /** Per open collection: whether it is a mapping, and whether its next node is a key. */
  private boolean[] mapping = new boolean[16];

  private boolean[] expectKey = new boolean[16];
  private final Map<String, List<Event>> anchors = new HashMap<>();
  private final List<Recording> recordings = new ArrayList<>();
  private int aliases;
  private long expanded;

  /** Events held for anchors in this document, all recordings together. */
  private long recorded;

  /** An anchored node was not kept because {@code recorded} reached the limit. */
  private boolean anchorsDropped;

  private Iterator<Event> replay;

  SafeYamlParser(
      IOContext ctxt,
      int parserFeatures,
      int formatFeatures,
      ObjectCodec codec,
      Reader reader,
      ParserImpl yamlParser,
      YamlLimits limits) {
    super(ctxt, parserFeatures, formatFeatures, codec, reader, yamlParser);
    this.limits = limits;
  }

  /**
   * The 0-based index of the YAML document being read.
   *
   * @return the index, or -1 before the first document
   */
  int documentIndex() {
    return documentIndex;
  }

  /**
   * Whether the scalar the parser is on (a value, or the key of a field name) was written plain:
   * without quotes, block style or tag, so that a YAML 1.1 reader resolves it to a boolean, number
   * or null when it looks like one.
   *
   * @return true when plain and untagged
   */
  boolean plainScalar() {
    return plainScalar;
  }

  /**
   * Jackson's scalar typing, with the resolver's regular expressions skipped where they cannot
   * match (see {@link ImplicitStrings}): the same token, a tenth less time per document.
   */
  @Override
  protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
    // Jackson keeps the text, then asks the resolver, which types an untagged scalar that is
    // quoted, or plain but matched by none of its patterns, as a string.
    if (scalar.getTag() == null) {
      String value = scalar.getValue();
      boolean plain = scalar.getImplicit().canOmitTagInPlainScalar();
      if (!plain || ImplicitStrings.certainlyString(value)) {
        _textValue = value;
        _cleanedTextValue = null;
        return JsonToken.VALUE_STRING;
      }
    }
    return super._decodeScalar(scalar);
  }

  @Override
  protected Event getEvent() throws IOException {
    while (true) {
      Event event;
      boolean replayed = replay != null;
      if (replayed) {
        event = replay.next();
        if (!replay.hasNext()) {
          replay = null;
        }
      } else {
        event = super.getEvent();
        if (event == null) {
          return null;
        }
        if (event instanceof AliasEvent) {
          startReplay((AliasEvent) event);
          continue;
        }
      }
      inspect(event, replayed);
      return event;
    }
  }

  private void inspect(Event event, boolean replayed) {
    switch (event.getEventId()) {
      case DocumentStart:
        documentIndex++;
        startDocument();
        break;
      case DocumentEnd:
        startDocument();
        break;
      case Scalar:
        {
          ScalarEvent scalar = (ScalarEvent) event;
          plainScalar = scalar.isPlain() && scalar.getTag() == null;
          if (!replayed) {
            checkTag(scalar.getTag(), event);
          }
          if (scalar.getValue().length() > limits.maxScalarLength()) {
            throw limit(
                event,
                "a YAML scalar is longer than the limit of "
                    + limits.maxScalarLength()
                    + " characters (YamlLimits.maxScalarLength)");
          }
          if (depth > 0 && mapping[depth - 1] && expectKey[depth - 1]) {
            if (scalar.isPlain() && "<<".equals(scalar.getValue())) {
              throw problem(
                  event, "YAML merge keys (<<) are not supported: write the merged fields out");
            }
          }
          record(event);
          if (!replayed && scalar.getAnchor() != null) {
            boolean room = recorded < limits.maxAliasExpansion();
            keep(scalar.getAnchor(), room ? List.of(light(event)) : null);
            recorded++;
          }
          nodeDone();
          break;
        }
      case MappingStart:
      case SequenceStart:
        {
          CollectionStartEvent start = (CollectionStartEvent) event;
          if (!replayed) {
            checkTag(start.getTag(), event);
          }
          if (depth >= limits.maxNestingDepth()) {
            throw limit(
                event,
                "the YAML nests mappings and sequences deeper than the limit of "
                    + limits.maxNestingDepth()
                    + " (YamlLimits.maxNestingDepth)");
          }
          record(event);
          push(event.getEventId() == Event.ID.MappingStart);
          if (!replayed && start.getAnchor() != null) {
            Recording recording = new Recording(start.getAnchor(), depth);
            recordings.add(recording);
            add(recording, event);
          }
          break;
        }
      case MappingEnd:
      case SequenceEnd:
        record(event);
        finishRecordings();
        depth--;
        nodeDone();
        break;
      default:
        break;
    }
  }

  private void startDocument() {
    anchors.clear();
    recordings.clear();
    aliases = 0;
    expanded = 0;
    recorded = 0;
    anchorsDropped = false;
    replay = null;
    depth = 0;
  }

  private void push(boolean isMapping) {
    if (depth == mapping.length) {
      mapping = Arrays.copyOf(mapping, depth * 2);
      expectKey = Arrays.copyOf(expectKey, depth * 2);
    }
    mapping[depth] = isMapping;
    expectKey[depth] = true;
    depth++;
  }

  /** A key or a value of the enclosing mapping is complete. */
  private void nodeDone() {
    if (depth > 0 && mapping[depth - 1]) {
      expectKey[depth - 1] = !expectKey[depth - 1];
    }
  }

  // ---------------------------------------------------------------- aliases

  private void record(Event event) {
    for (int i = 0; i < recordings.size(); i++) {
      add(recordings.get(i), event);
    }
  }

  /**
   * Adds an event to a recording. All recordings of a document together hold at most {@link
   * YamlLimits#maxAliasExpansion()} events (no alias could replay more), so hostile anchors cannot
   * make memory grow beyond that.
   */
  private void add(Recording recording, Event event) {
    if (recording.events == null) {
      return;
    }
    if (recorded >= limits.maxAliasExpansion()) {
      recording.events = null;
      return;
    }
    recording.events.add(light(event));
    recorded++;
  }

  private void finishRecordings() {
    for (int i = recordings.size() - 1; i >= 0; i--) {
      Recording recording = recordings.get(i);
      if (recording.depth == depth) {
        keep(recording.anchor, recording.events);
        recordings.remove(i);
      }
    }
  }

  /** Registers an anchored node, or forgets the name if the node was too big to keep. */
  private void keep(String anchor, List<Event> events) {
    if (events == null) {
      // A later definition of the same name replaces an earlier one, even one not kept.
      anchors.remove(anchor);
      anchorsDropped = true;
    } else {
      anchors.put(anchor, events);
    }
  }

  private void startReplay(AliasEvent alias) {
    String name = alias.getAnchor();
    if (++aliases > limits.maxAliases()) {
      throw limit(
          alias,
          limits.maxAliases() == 0
              ? "YAML aliases are not allowed (YamlLimits.maxAliases is 0)"
              : "the YAML document has more than "
                  + limits.maxAliases()
                  + " aliases (YamlLimits.maxAliases)");
    }
    List<Event> events = anchors.get(name);
    if (events == null && anchorsDropped) {
      throw limit(
          alias,
          "the alias *"
              + name
              + " refers to a node that was not kept: the anchored nodes of this document hold"
              + " more than "
              + limits.maxAliasExpansion()
              + " YAML events (YamlLimits.maxAliasExpansion)");
    }
    if (events == null) {
      throw problem(
          alias,
          "the alias *" + name + " has no anchor &" + name + " before it in the same document");
    }
    expanded += events.size();
    if (expanded > limits.maxAliasExpansion()) {
      throw limit(
          alias,
          "aliases expand to more than "
              + limits.maxAliasExpansion()
              + " YAML events in one document (YamlLimits.maxAliasExpansion)");
    }
    replay = events.iterator();
  }

  /**
   * A copy of an event whose Marks keep their position but not the reader's text window, which a
   * Mark otherwise holds on to (kilobytes per event).
   */
  private static Event light(Event event) {
    Mark start = light(event.getStartMark());
    Mark end = light(event.getEndMark());
    switch (event.getEventId()) {
      case Scalar:
        {
          ScalarEvent e = (ScalarEvent) event;
          return new ScalarEvent(
              e.getAnchor(),
              e.getTag(),
              e.getImplicit(),
              e.getValue(),
              start,
              end,
              e.getScalarStyle());
        }
      case MappingStart:
        {
          MappingStartEvent e = (MappingStartEvent) event;
          return new MappingStartEvent(
              e.getAnchor(), e.getTag(), e.getImplicit(), start, end, e.getFlowStyle());
        }
      case SequenceStart:
        {
          SequenceStartEvent e = (SequenceStartEvent) event;
          return new SequenceStartEvent(
              e.getAnchor(), e.getTag(), e.getImplicit(), start, end, e.getFlowStyle());
        }
      case MappingEnd:
        return new MappingEndEvent(start, end);
      case SequenceEnd:
        return new SequenceEndEvent(start, end);
      default:
        return event;
    }
  }

  private static Mark light(Mark mark) {
    return mark == null
        ? null
        : new Mark(mark.getName(), mark.getIndex(), mark.getLine(), mark.getColumn(), NO_TEXT, 0);
  }

  /** The events of an anchored collection, recorded as they pass; null once too many. */
  private static final class Recording {
    final String anchor;
    final int depth;
    List<Event> events = new ArrayList<>();

    Recording(String anchor, int depth) {
      this.anchor = anchor;
      this.depth = depth;
    }
  }

  // ---------------------------------------------------------------- checks

  private static void checkTag(String tag, Event event) {
    if (tag == null || tag.equals("!")) {
      return;
    }
    if (tag.startsWith(YAML_TAG_PREFIX)
        && STANDARD_TAGS.contains(tag.substring(YAML_TAG_PREFIX.length()))) {
      return;
    }
    String shown =
        tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag;
    throw problem(
        event,
        "unsupported YAML tag "
            + shown
            + ": only the standard tags !!str, !!int, !!float, !!bool, !!null, !!timestamp, !!map"
            + " and !!seq are read");
  }

  private static YamlInputException limit(Event event, String problem) {
    Mark mark = event.getStartMark();
    return new YamlInputException(problem, line(mark), column(mark), true, null);
  }

  private static YamlInputException problem(Event event, String problem) {
    Mark mark = event.getStartMark();
    return new YamlInputException(problem, line(mark), column(mark), false, null);
  }

  private static int line(Mark mark) {
    return mark == null ? -1 : mark.getLine() + 1;
  }

  private static int column(Mark mark) {
    return mark == null ? -1 : mark.getColumn() + 1;
  }
}
