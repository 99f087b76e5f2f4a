package org.inkstream.eval;

import java.util.List;
import org.inkstream.core.LineRange;

/**
 * One hand-annotated item of a gold page, as the gold JSON spells it (snake_case). Only the fields the metrics use are
 * required; the others document the annotation.
 *
 * @param id the annotator's id (a1, t1...)
 * @param type the expected type key (news, feature...)
 * @param topics the primary topic first, then acceptable alternates; may be empty
 * @param titleLines the 1-based lines of the headline block; empty when the headline is not in the text
 * @param lines every line of the item, as inclusive ranges
 * @param subheadLines lines that are subheads
 * @param captionLines lines that are photo captions
 * @param source the dateline's sender (本报讯, 新华社...) or null
 * @param reporters the reporters credited; empty when none
 * @param correspondents the correspondents credited
 * @param authors the authors credited
 * @param bylineLines lines that are only a byline or a closing credit (本报记者 周萱, （记者 杜培清）); the seed gold
 *     leaves them out and counts them as body, the rendered corpus names them so that a model can learn them
 * @param jumpLines lines that are only a page pointer (下转第二版, 详见第六版); named by the rendered corpus only
 */
public record GoldItem(
    String id,
    String type,
    List<String> topics,
    List<Integer> titleLines,
    List<LineRange> lines,
    List<Integer> subheadLines,
    List<Integer> captionLines,
    String source,
    List<String> reporters,
    List<String> correspondents,
    List<String> authors,
    List<Integer> bylineLines,
    List<Integer> jumpLines) {

  public GoldItem {
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("gold item " + id + " has no type");
    }
    if (lines == null || lines.isEmpty()) {
      throw new IllegalArgumentException("gold item " + id + " has no lines");
    }
    topics = topics == null ? List.of() : List.copyOf(topics);
    titleLines = titleLines == null ? List.of() : List.copyOf(titleLines);
    lines = List.copyOf(lines);
    subheadLines = subheadLines == null ? List.of() : List.copyOf(subheadLines);
    captionLines = captionLines == null ? List.of() : List.copyOf(captionLines);
    reporters = reporters == null ? List.of() : List.copyOf(reporters);
    correspondents = correspondents == null ? List.of() : List.copyOf(correspondents);
    authors = authors == null ? List.of() : List.copyOf(authors);
    bylineLines = bylineLines == null ? List.of() : List.copyOf(bylineLines);
    jumpLines = jumpLines == null ? List.of() : List.copyOf(jumpLines);
  }

  /** The primary topic, or null when the annotator gave none. */
  public String primaryTopic() {
    return topics.isEmpty() ? null : topics.get(0);
  }
}
