// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The wepkit developers
package dev.wepkit.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wepkit.WorkloadEndpoint;
import dev.wepkit.codec.WorkloadEndpointDecodeException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * The tab filter, fed in pieces as the reader feeds it, including the lines it skips to their end
 * once nothing on them can matter.
 */
class FlowIndentTabsTest {
  private static final WorkloadEndpointYaml YAML = WorkloadEndpointYaml.create();

  /** Runs the filter over the text split into pieces of the given lengths, then the rest. */
  private static String filter(String text, int... pieces) {
    FlowIndentTabs tabs = new FlowIndentTabs();
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int piece : pieces) {
      out.append(apply(tabs, text.substring(at, at + piece)));
      at += piece;
    }
    return out.append(apply(tabs, text.substring(at))).toString();
  }

  private static String apply(FlowIndentTabs tabs, String piece) {
    char[] chars = piece.toCharArray();
    tabs.apply(chars, chars.length);
    return new String(chars);
  }

  @Test
  void turnsOnlyTheIndentingTabsOfAFlowDocumentIntoSpaces() {
    assertThat(filter("{\n\t\"a\":\t\"x\\ty\",\n\t\t\"b\": [\t1]\n}\n"))
        .isEqualTo("{\n \"a\":\t\"x\\ty\",\n  \"b\": [\t1]\n}\n");
    assertThat(filter("[\r\n\t1,\r\n\t2\r\n]")).isEqualTo("[\r\n 1,\r\n 2\r\n]");
  }

  @Test
  void leavesEveryTabOfABlockDocument() {
    String block = "kind: WorkloadEndpoint\n\tspec: x\t# c\t\nmetadata:\n\t\tname: a\t\n";
    assertThat(filter(block)).isEqualTo(block);
    assertThat(filter(block, 3, 20, 1)).isEqualTo(block);
  }

  @Test
  void aTabOnlyInALaterPieceOfAFlowDocument() {
    String json = "{\n  \"a\": 1,\n\t\t\"b\": 2\n}\n";
    String expected = "{\n  \"a\": 1,\n  \"b\": 2\n}\n";
    // Split before the tabs, between them, and just after the line break that ends the line.
    assertThat(filter(json, 12)).isEqualTo(expected);
    assertThat(filter(json, 13)).isEqualTo(expected);
    assertThat(filter(json, 9, 2)).isEqualTo(expected);
    for (int split = 0; split <= json.length(); split++) {
      assertThat(filter(json, split)).as("split at %d", split).isEqualTo(expected);
    }
  }

  @Test
  void aDocumentMarkerStartsANewDocumentAfterABlockOne() {
    String stream = "a: b\t\n---\n{\n\t\"c\": 1\n}\n--- \t{\n\t\"d\": 2}\n...\nx:\n\ty\n";
    String expected = "a: b\t\n---\n{\n \"c\": 1\n}\n--- \t{\n \"d\": 2}\n...\nx:\n\ty\n";
    for (int split = 0; split <= stream.length(); split++) {
      assertThat(filter(stream, split)).as("split at %d", split).isEqualTo(expected);
    }
  }

  @Test
  void aLineThatOnlyLooksLikeAMarkerStartsNothing() {
    // "---x" and "----" are content, "-- " is not a marker: the block document goes on.
    String block = "a: b\n---x\n\tc\n----\n\td\n-- {\n\te\n";
    assertThat(filter(block)).isEqualTo(block);
  }

  @Test
  void commentsAndDirectivesBeforeAFlowDocumentKeepTheirTabs() {
    // So does the blank before the "{": the document is not known to be flow style until then.
    assertThat(filter("# a\tcomment\n%YAML 1.2\t\n---\n\t{\n\t\"a\": 1}\n"))
        .isEqualTo("# a\tcomment\n%YAML 1.2\t\n---\n\t{\n \"a\": 1}\n");
  }

  @Test
  void readsTabIndentedJsonWhoseFirstTabComesAfterTheFirstRead() {
    // The reader reads 1,024 characters at a time: the first tab here is well past that.
    String padding = "x".repeat(1500);
    String json =
        "{\n  \"kind\": \"WorkloadEndpoint\",\n  \"apiVersion\": \"projectcalico.org/v3\",\n"
            + "  \"metadata\": {\n    \"name\": \"late-tabs\",\n    \"annotations\": {\"pad\": \""
            + padding
            + "\"},\n\t\t\"labels\": {\n\t\t\t\"t\": \"a\\tb\"\n\t\t}\n\t},\n\t\"spec\": {\n"
            + "\t\t\"ipNetworks\": [\n\t\t\t\"10.0.0.1/32\"\n\t\t]\n\t}\n}\n";
    for (WorkloadEndpoint wep :
        new WorkloadEndpoint[] {YAML.read(json), YAML.read(new StringReader(json))}) {
      assertThat(wep.metadata().name()).isEqualTo("late-tabs");
      assertThat(wep.metadata().annotations()).containsEntry("pad", padding);
      assertThat(wep.metadata().labels()).containsEntry("t", "a\tb");
      assertThat(wep.spec().ipNetworks()).containsExactly("10.0.0.1/32");
    }
  }

  @Test
  void refusesATabIndentedBlockLineThatComesAfterTheFirstRead() {
    // As calicoctl does: YAML never allows a tab to indent a block line. Line 7 is the tab's.
    String yaml =
        "apiVersion: projectcalico.org/v3\nkind: WorkloadEndpoint\nmetadata:\n  name: a\n"
            + "  annotations:\n    pad: "
            + "y".repeat(1500)
            + "\n\tnode: n1\n";
    assertThatThrownBy(() -> YAML.read(yaml))
        .isInstanceOfSatisfying(
            WorkloadEndpointDecodeException.class,
            e -> {
              assertThat(e.problem()).startsWith("malformed YAML:").contains("TAB");
              assertThat(e.line()).isEqualTo(7);
              assertThat(e.column()).isEqualTo(1);
            });
  }
}
