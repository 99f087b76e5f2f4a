package org.inkstream.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.inkstream.alerts.AlertRule;
import org.inkstream.alerts.InvalidRuleException;
import org.inkstream.alerts.RuleFile;
import org.inkstream.alerts.RuleMatcher;
import org.inkstream.core.Alert;
import org.inkstream.core.Article;
import org.inkstream.core.Json;
import org.inkstream.core.Page;
import org.inkstream.engine.EngineException;
import org.inkstream.ingest.BadPageException;
import org.inkstream.ingest.PageFiles;
import org.inkstream.ingest.PageReader;
import org.inkstream.core.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code inkstream rules}: alert rules. {@code rules test} tries a rule file on page files offline, with the engine and
 * the matcher the pipeline runs, so that a team can see what a rule would raise before deploying it; {@code put},
 * {@code list} and {@code delete} manage the rules the running pipeline applies (the rules topic).
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Alert rules: Lucene-syntax queries that raise an alert when an article matches.",
    subcommands = {RulesCommand.Test.class, RulesCommand.Put.class, RulesCommand.ListRules.class,
        RulesCommand.Delete.class})
final class RulesCommand implements Runnable {

  @Spec CommandSpec spec;

  /** Without a subcommand there is nothing to do: say which ones exist (usage error, exit code 2). */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: test, put, list or delete");
  }

  /** {@code inkstream rules test RULES.yaml PAGE...}: one JSON alert per line on stdout, a summary on stderr. */
  @Command(name = "test", mixinStandardHelpOptions = true,
      description = {
          "Match the articles of page files against a rule file and print one JSON alert per line "
              + "(no Kafka, no Elasticsearch).",
          "Exit code 1 when the rule file is invalid or a page cannot be read."})
  static final class Test implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RULES.yaml", description = "The rule file (see deploy/rules.example.yaml).")
    Path rulesFile;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PAGE", description = "Page files or folders of them.")
    List<Path> pages;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      RuleMatcher matcher;
      try {
        matcher = RuleMatcher.compile(RuleFile.read(rulesFile));
      } catch (InvalidRuleException e) {
        // Compilation errors name the rule but not the file; file errors start with the file already.
        err.println("inkstream rules test: " + (e.getMessage().startsWith(rulesFile.toString()) ? "" : rulesFile + ": ")
            + e.getMessage());
        return 1;
      } catch (IOException e) {
        err.println("inkstream rules test: cannot read " + rulesFile + ": " + e.getMessage());
        return 1;
      }
      Summary summary = matchPages(matcher, out, err);
      out.flush();
      long enabled = matcher.rules().stream().filter(AlertRule::enabled).count();
      err.printf("%d alerts from %d articles of %d pages, %d enabled rules of %d%n", summary.alerts(),
          summary.articles(), summary.pages(), enabled, matcher.rules().size());
      return summary.failedPages() == 0 ? 0 : 1;
    }

    private Summary matchPages(RuleMatcher matcher, PrintWriter out, PrintWriter err) {
      PageFiles pageFiles = new PageFiles(new PageReader());
      Engine engine = Engine.create();
      Instant now = Instant.now();
      Summary summary = new Summary(0, 0, 0, 0);
      for (Path file : PageFiles.expand(pages)) {
        try {
          Page page = pageFiles.read(file);
          List<Article> articles = engine.apply(page).articles();
          int alerts = 0;
          for (Article article : articles) {
            for (Alert alert : matcher.match(article, now)) {
              out.println(Json.write(alert));
              alerts++;
            }
          }
          summary = summary.plus(1, articles.size(), alerts, 0);
        } catch (BadPageException | EngineException e) {
          err.println("inkstream rules test: " + e.getMessage());
          summary = summary.plus(0, 0, 0, 1);
        } catch (IOException e) {
          err.println("inkstream rules test: cannot read " + file + ": " + e);
          summary = summary.plus(0, 0, 0, 1);
        }
      }
      return summary;
    }
  }

  /** {@code inkstream rules put RULES.yaml}: checks every rule, then writes them all to the rules topic. */
  @Command(name = "put", mixinStandardHelpOptions = true,
      description = "Check the rules of a file and put them on the rules topic: the pipeline applies them at once.")
  static final class Put implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RULES.yaml", description = "The rule file (see deploy/rules.example.yaml).")
    Path rulesFile;

    @Mixin KafkaOptions kafka;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
      List<AlertRule> rules;
      try {
        rules = RuleMatcher.compile(RuleFile.read(rulesFile)).rules(); // refuse a file with any bad rule
      } catch (InvalidRuleException e) {
        spec.commandLine().getErr().println("inkstream rules put: " + rulesFile + ": " + e.getMessage());
        return 1;
      }
      store(kafka).put(rules);
      spec.commandLine().getOut().printf("put %d rules on %s%n", rules.size(), Topics.defaults().rules());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** {@code inkstream rules list}: the rules the pipeline applies now, one JSON object per line. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the rules the pipeline applies now.")
  static final class ListRules implements Callable<Integer> {

    @Mixin KafkaOptions kafka;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      store(kafka).list().forEach(rule -> out.println(Json.write(rule)));
      out.flush();
      return 0;
    }
  }

  /** {@code inkstream rules delete ID...}: removes rules from the pipeline. */
  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete rules by id.")
  static final class Delete implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the rules to delete.")
    List<String> ids;

    @Mixin KafkaOptions kafka;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
      store(kafka).delete(ids);
      spec.commandLine().getOut().printf("deleted %d rules%n", ids.size());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  private static RuleStore store(KafkaOptions kafka) {
    return new RuleStore(kafka.requireBootstrapServers(), kafka.clientProperties(), Topics.defaults().rules());
  }

  /** Counts of one {@code rules test} run. */
  private record Summary(int pages, int articles, int alerts, int failedPages) {

    Summary plus(int morePages, int moreArticles, int moreAlerts, int moreFailed) {
      return new Summary(pages + morePages, articles + moreArticles, alerts + moreAlerts, failedPages + moreFailed);
    }
  }
}
