package org.inkstream.training;

import java.util.List;
import java.util.function.Function;
import org.inkstream.eval.Confusion;

/**
 * Scores a topic or type decision on labelled articles: the confusion matrix of gold against predicted values, over
 * the articles that carry the label ({@code topic} or {@code type}). Accuracy is the matrix's diagonal share.
 */
public final class LabelledScoring {

  private LabelledScoring() {}

  /** Gold topic against {@code filer}'s topic (null: no topic), over the articles whose topic is labelled. */
  public static Confusion topics(List<LabelledArticle> articles, Function<LabelledArticle, String> filer) {
    return score(articles.stream().filter(LabelledArticle::topicLabelled).toList(), LabelledArticle::topic, filer);
  }

  /** Gold type against {@code typer}'s type key, over the articles with a gold type. */
  public static Confusion types(List<LabelledArticle> articles, Function<LabelledArticle, String> typer) {
    return score(articles.stream().filter(a -> a.type() != null).toList(), LabelledArticle::type, typer);
  }

  private static Confusion score(List<LabelledArticle> articles, Function<LabelledArticle, String> gold,
      Function<LabelledArticle, String> predicted) {
    Confusion confusion = Confusion.empty();
    for (LabelledArticle article : articles) {
      confusion = confusion.with(gold.apply(article), predicted.apply(article));
    }
    return confusion;
  }
}
