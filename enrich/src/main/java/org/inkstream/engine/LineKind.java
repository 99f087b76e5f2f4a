package org.inkstream.engine;

/** What a line is on its page, as {@link LineClassifier} decides it from the line and its neighbours. */
enum LineKind {
  /** Part of a headline block (kicker, title, subtitle) or of a subhead: short, no full stop. */
  TITLE,
  /** Running text. */
  BODY,
  /** Running text that opens with a dateline (本报讯...): a report begins here. */
  DATELINE,
  /** A line that is only a byline (本报记者 周萱). */
  BYLINE,
  /** A closing credit: (记者 杜培清 通讯员 徐世江), （原载…《光明日报》）. */
  CREDIT,
  /** A title-like line standing in the middle of a sentence: a photo caption the extraction put there. */
  CAPTION,
  /** A pointer to another page: 详见第六版, （下转第二版）. */
  JUMP,
  /** The name of a commentary column: 香城时评. */
  COLUMN,
  /** A series label: 聚焦…系列报道 ①. */
  SERIES,
  /** Part of an advertisement, a public notice or a table. */
  AD,
  /** Page furniture that belongs to no item: editor credits, the masthead date, a page number. */
  FURNITURE,
  /** Nothing readable is left once private-use glyphs are gone. */
  GARBAGE
}
