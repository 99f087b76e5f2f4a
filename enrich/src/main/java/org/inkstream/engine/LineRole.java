package org.inkstream.engine;

/**
 * The role of one line in its article, the vocabulary shared by the rendered corpus's gold, the line labeller and the
 * writer that turns labelled lines into articles. Coarser than {@link LineKind}, which is what the structural rules
 * see: the model decides roles, the rules' kinds are among its features.
 */
public enum LineRole {
  /** Part of the headline block: kicker, main title, subtitle. */
  TITLE,
  /** A subhead inside an article's running text. */
  SUBHEAD,
  /** A photo caption, often standing in the middle of a sentence. */
  CAPTION,
  /** A line that is only a byline or a closing credit. */
  BYLINE,
  /** Running text, the dateline's line included. */
  BODY,
  /** A line that is only a page pointer: 下转第二版, 详见第六版. */
  JUMP,
  /** A line of an advertisement, a notice or a table. */
  AD,
  /** A line of no article: banners, page furniture, garbage, a misplaced duplicate. */
  OTHER
}
