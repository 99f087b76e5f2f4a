package org.inkstream.corpus;

import java.util.ArrayList;
import java.util.List;
import org.inkstream.engine.LineRole;

/**
 * One item of a page being rendered, before layout: its pieces in print order and what the gold says of it. Mutable
 * and confined to one {@link PageRenderer#render} call.
 */
final class RenderItem {

  /**
   * A unit the layout turns into lines: a paragraph is wrapped at the column width, every other piece keeps its own
   * line (a long headline may break in two).
   *
   * @param midSentence for a caption: it stands inside the paragraph before it, between two of its lines
   */
  record Piece(LineRole role, String text, boolean midSentence) {

    static Piece of(LineRole role, String text) {
      return new Piece(role, text, false);
    }
  }

  final String type;
  final List<Piece> pieces = new ArrayList<>();
  final List<String> topics = new ArrayList<>();
  final List<String> reporters = new ArrayList<>();
  final List<String> correspondents = new ArrayList<>();
  final List<String> authors = new ArrayList<>();
  final List<String> phenomena = new ArrayList<>();
  String source;

  RenderItem(String type) {
    this.type = type;
  }

  RenderItem add(LineRole role, String text) {
    pieces.add(Piece.of(role, text));
    return this;
  }

  /** Moves the headline lines behind everything else: the extraction read the body column before the title box. */
  void titlesLast() {
    List<Piece> titles = pieces.stream().filter(p -> p.role() == LineRole.TITLE).toList();
    if (titles.isEmpty() || titles.size() == pieces.size()) {
      return;
    }
    pieces.removeAll(titles);
    pieces.addAll(titles);
  }

  boolean hasTitle() {
    return pieces.stream().anyMatch(p -> p.role() == LineRole.TITLE);
  }
}
