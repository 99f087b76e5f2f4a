package org.inkstream.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the engine knows about a page before it decides anything: the cleaned non-blank lines (read in
 * simplified characters), which raw lines are blank, the layout, the structural rules' {@link LineKind}s and their
 * reading of the page (which {@link Assembler} makes), the lines printed twice, and the characters the page printed
 * where its reading differs. The line labeller takes its features from here, and the rules' split is built from the
 * same reading, so the two paths cannot see different pages.
 */
record PageAnalysis(
    boolean[] blank,
    List<Line> lines,
    PageLayout layout,
    List<LineKind> kinds,
    Assembler.Reading reading,
    Set<Line> duplicates,
    PrintedForm printed) {

  /** Lines shorter than this are not worth dropping as duplicates: short phrases repeat legitimately. */
  private static final int MIN_DUPLICATE_WIDTH = 8;

  static PageAnalysis of(String text) {
    String[] raw = Splitter.LINE_BREAK.split(text, -1);
    boolean[] blank = new boolean[raw.length];
    Map<Integer, String> printed = new HashMap<>();
    List<Line> lines = read(raw, blank, printed);
    PageLayout layout = PageLayout.of(lines);
    List<LineKind> kinds = LineClassifier.classify(lines, layout);
    Assembler.Reading reading = Assembler.assemble(Segmenter.segment(lines, kinds));
    return new PageAnalysis(blank, lines, layout, kinds, reading, duplicates(lines),
        printed.isEmpty() ? PrintedForm.NONE : new PrintedForm(printed));
  }

  /**
   * The page's non-blank lines, cleaned and in simplified characters: every rule and feature reads a page in
   * traditional script as its simplified form (本報訊 as 本报讯), one character for one. The printed text of each line
   * that differs goes into {@code printed}, for the writer to put back ({@link PrintedForm}).
   */
  private static List<Line> read(String[] raw, boolean[] blank, Map<Integer, String> printed) {
    List<Line> lines = new ArrayList<>();
    int gap = 0;
    boolean[] doubled = new boolean[1];
    for (int i = 0; i < raw.length; i++) {
      blank[i] = raw[i].strip().isEmpty();
      if (blank[i]) {
        gap++;
        continue;
      }
      String text = LineCleaner.clean(raw[i], doubled);
      String reading = SimplifiedForm.of(text);
      if (!reading.equals(text)) {
        printed.put(i + 1, text);
      }
      lines.add(Line.of(i + 1, reading, gap, doubled[0]));
      gap = 0;
    }
    return lines;
  }

  /**
   * Lines whose text appears again later on the page: extraction sometimes prints a column twice. The earlier copy
   * is the misplaced one more often than not, so it is the one left out of article text (it stays in provenance).
   */
  private static Set<Line> duplicates(List<Line> lines) {
    Map<String, Line> last = new HashMap<>();
    for (Line line : lines) {
      if (line.width() >= MIN_DUPLICATE_WIDTH) {
        last.put(line.text(), line);
      }
    }
    Set<Line> earlier = new HashSet<>();
    for (Line line : lines) {
      Line latest = last.get(line.text());
      if (latest != null && latest != line) {
        earlier.add(line);
      }
    }
    return earlier;
  }

  /** The rules' reading as one label a line: the role each line has in its rule-made item, and where items open. */
  List<LineLabel> ruleLabels() {
    Map<Line, LineLabel> labels = new HashMap<>();
    for (ItemDraft item : reading.items()) {
      Line first = item.lines.stream().min((a, b) -> Integer.compare(a.number(), b.number())).orElse(null);
      // Lines sit in the item's role lists; read each list once (an item may hold most of a huge page).
      Map<Line, LineRole> roles = new HashMap<>();
      item.lines.forEach(line -> roles.put(line, JumpLine.standalone(line.text()).isPresent() ? LineRole.JUMP
          : LineRole.BODY));
      item.body.forEach(line -> roles.put(line, item.advertisement ? LineRole.AD : LineRole.BODY));
      item.bylines.forEach(line -> roles.put(line, LineRole.BYLINE));
      item.credits.forEach(line -> roles.put(line, LineRole.BYLINE));
      item.captions.forEach(line -> roles.put(line, LineRole.CAPTION));
      item.subheads.forEach(line -> roles.put(line, LineRole.SUBHEAD));
      item.title.forEach(line -> roles.put(line, LineRole.TITLE));
      roles.forEach((line, role) -> labels.put(line, new LineLabel(role, line == first)));
    }
    List<LineLabel> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      out.add(labels.getOrDefault(line, LineLabel.OUTSIDE));
    }
    return out;
  }
}
