package org.inkstream.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The teaching loop on a toy corpus: {@code topics labels} maps corpus labels onto topics, {@code topics train} fits a
 * model on them, {@code topics eval} scores it against the taxonomy; a malformed labels file is a clear error.
 */
class TopicsCommandTest {

  private static final String[] SPORTS = {"男篮主场大胜对手", "女排联赛首轮告捷", "马拉松赛鸣枪开跑", "足球联赛争冠进入关键阶段"};
  private static final String[] HEALTH = {"医院开展义诊活动", "流感疫苗接种开始预约", "医保报销范围扩大", "社区医生上门随访"};

  @Test
  void labelsTrainAndEvalMakeAModelTheEnricherCanLoad(@TempDir Path dir) throws Exception {
    Path corpora = Files.createDirectories(dir.resolve("corpora"));
    StringBuilder corpus = new StringBuilder();
    for (int copy = 0; copy < 30; copy++) {
      for (String headline : SPORTS) {
        corpus.append("{\"source\": \"toutiao\", \"text\": \"").append(headline).append(copy)
            .append("\", \"label\": \"news_sports\"}\n");
      }
      for (String headline : HEALTH) {
        corpus.append("{\"source\": \"nlpcc2017\", \"text\": \"").append(headline).append(copy)
            .append("\", \"label\": \"regimen\"}\n");
      }
    }
    Files.writeString(corpora.resolve("toy.jsonl"), corpus);
    Path labels = dir.resolve("labels.jsonl");
    Path model = dir.resolve("model.gz");

    assertThat(run("topics", "labels", "--corpora", corpora.toString(), "--split", "train", "--out", labels.toString()))
        .contains("sports=").contains("health=");
    assertThat(run("topics", "train", "--labels", labels.toString(), "--out", model.toString(),
        "--min-topic-examples", "10", "--min-feature-count", "1")).contains("[health, sports]");
    Path dev = dir.resolve("dev.jsonl");
    Files.writeString(dev, """
        {"headline": "女排联赛首轮告捷", "text": "", "topic": "sports", "type": "news"}
        {"headline": "医院开展义诊活动", "text": "", "topic": "health"}
        """);
    // threshold 0: a model of 2 topics leaves the other 13 a uniform share each, so its best topic is never likely
    String scores = run("topics", "eval", "--labels", dev.toString(), "--topic-model", model.toString(),
        "--min-probability", "0");

    assertThat(scores).contains("model     topic accuracy 1.000 over 2").contains("combined gold\\pred")
        .contains("expected calibration error");

    // A paper's headline lists, weak-labelled by that model and their neighbours on the page
    Path lists = Files.createDirectories(dir.resolve("lists"));
    StringBuilder month = new StringBuilder("### 1997年06月\n");
    for (int day = 1; day <= 9; day++) {
      for (String headline : SPORTS) {
        month.append("1997-06-0").append(day).append(' ').append(headline).append(day).append('\n');
      }
      for (String headline : HEALTH) {
        month.append("1997-06-0").append(day).append(' ').append(headline).append(day).append('\n');
      }
    }
    Files.writeString(lists.resolve("1997-06.md"), month);
    Path weak = dir.resolve("weak.jsonl");

    assertThat(run("topics", "paper-labels", "--lists", lists.toString(), "--topic-model", model.toString(),
        "--out", weak.toString(), "--min-probability", "0.5")).contains("weak-labelled headlines").contains("sports=");
    assertThat(Files.readString(weak)).contains("\"topic\":\"sports\"").contains("\"topic\":\"health\"");
  }

  @Test
  void aMalformedLabelsFileNamesItsLine(@TempDir Path dir) throws Exception {
    Path labels = dir.resolve("bad.jsonl");
    Files.writeString(labels, "{\"text\": \"甲\", \"topic\": \"sports\"}\n{\"text\": \"乙\", \"topic\": \"weather\"}\n");
    StringWriter err = new StringWriter();
    CommandLine command = Inkstream.commandLine();
    command.setOut(new PrintWriter(new StringWriter(), true));
    command.setErr(new PrintWriter(err, true));

    int exit = command.execute("topics", "train", "--labels", labels.toString(), "--out",
        dir.resolve("m.gz").toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("bad.jsonl line 2").contains("unknown topic 'weather'");
    assertThat(dir.resolve("m.gz")).doesNotExist();
  }

  /** Runs the command line as a user would, its output returned; a non-zero exit fails with its error output. */
  static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Inkstream.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int exit = command.execute(args);
    assertThat(exit).as(err.toString()).isZero();
    return out.toString();
  }
}
