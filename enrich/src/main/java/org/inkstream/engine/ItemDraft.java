package org.inkstream.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * An item while the assembler is still collecting its lines. Mutable on purpose and confined to one split call; {@link
 * ArticleWriter} turns it into an immutable article.
 */
final class ItemDraft {

  final List<Line> lines = new ArrayList<>();
  final List<Line> title = new ArrayList<>();
  final List<Line> body = new ArrayList<>();
  final List<Line> subheads = new ArrayList<>();
  final List<Line> captions = new ArrayList<>();
  final List<Line> bylines = new ArrayList<>();
  final List<Line> credits = new ArrayList<>();
  final List<JumpLine> jumps = new ArrayList<>();
  String column;
  String series;
  boolean teaser;
  boolean advertisement;
  /** No more lines join this item in reading order: it ended with a credit, a pointer or its trailing title. */
  boolean closed;

  boolean hasBody() {
    return !body.isEmpty();
  }

  boolean hasTitle() {
    return !title.isEmpty();
  }

  ItemDraft addTitle(List<Line> run) {
    title.addAll(run);
    lines.addAll(run);
    return this;
  }

  void add(List<Line> target, Line line) {
    target.add(line);
    lines.add(line);
  }

  void addAll(List<Line> target, List<Line> run) {
    target.addAll(run);
    lines.addAll(run);
  }
}
