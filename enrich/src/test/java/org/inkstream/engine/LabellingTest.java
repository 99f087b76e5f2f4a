package org.inkstream.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.crf.CRFModel;
import org.tribuo.classification.sgd.crf.Chunk;
import org.tribuo.sequence.SequenceExample;

/** How sure the shipped labeller is of its labels: what lets it override the rules (see {@link Splitter}). */
class LabellingTest {

  private static final String TWO_REPORTS = """
      全市部署防汛抗旱工作

      本报讯（记者 王明）市政府昨日召开防汛工作会议，部署全市防汛抗旱工作。会议要求各地做好准备。
      会议指出，今年汛期降雨偏多，防汛抗旱形势严峻，各部门要压实责任，确保安全度汛。

      高新区新建学校今秋开学

      本报讯（记者 李华）高新区新建学校今秋开学，可提供学位三千个，缓解片区入学压力。
      新建学校配备了现代化的教学设施，教师队伍已经到位，开学准备工作基本完成。
      """;

  private final LineLabeller labeller = LineLabeller.shipped().orElseThrow();

  @Test
  void eachLabelsSurenessIsAProbability() {
    PageAnalysis page = PageAnalysis.of(TWO_REPORTS);
    Labelling labelling = labeller.labelling(LineFeatures.of(page));

    for (int i = 0; i < page.lines().size(); i++) {
      assertThat(labelling.meanSureness(List.of(i))).as("line %d", i).isGreaterThan(0).isLessThanOrEqualTo(1.0 + 1e-9);
    }
  }

  @Test
  void aPlainPageIsReadWithConfidenceAndItsOpeningsAreRight() {
    PageAnalysis page = PageAnalysis.of(TWO_REPORTS);
    Labelling labelling = labeller.labelling(LineFeatures.of(page));

    assertThat(labelling.labels()).extracting(LineLabel::begins).containsExactly(true, false, false, true, false, false);
    List<Integer> every = IntStream.range(0, page.lines().size()).boxed().toList();
    assertThat(labelling.meanSureness(every)).isGreaterThan(Splitter.SURE);
  }

  @Test
  void surenessIsTheMarginalTribuosConstrainedForwardBackwardGives() {
    PageAnalysis page = PageAnalysis.of(TWO_REPORTS);
    List<List<String>> features = LineFeatures.of(page);
    Labelling labelling = labeller.labelling(features);
    CRFModel second = (CRFModel) labeller.stages().get(1);
    SequenceExample<Label> example = LineLabeller.example(
        LineFeatures.secondStage(features, LineLabeller.predict(labeller.stages().get(0), features)), null);

    // Tribuo 4.3.2 scores a chunk at the first line 1 whatever the marginal; every other line must agree
    for (int i = 1; i < page.lines().size(); i++) {
      int label = second.getOutputIDInfo().getID(new Label(labelling.labels().get(i).key()));
      double constrained = second.scoreChunks(example, List.of(new Chunk(i, new int[] {label}))).get(0);
      assertThat(labelling.meanSureness(List.of(i))).as("line %d", i).isCloseTo(constrained, within(1e-6));
    }
  }

  @Test
  void noLinesMeansNoCertainty() {
    Labelling labelling = labeller.labelling(LineFeatures.of(PageAnalysis.of(TWO_REPORTS)));

    assertThat(labelling.meanSureness(List.of())).isZero();
  }
}
