package org.inkstream.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups classified lines into {@link Segment}s. Adjacent title lines form one run unless two or more blank lines
 * part them; a run is cut before a short line ending in a colon (the kicker of the next title: 湖北荆州：), and a bare
 * name closing a run is the author's byline, not part of the title (让干部更好服务群众 / 邓昌炉).
 */
final class Segmenter {

  private Segmenter() {}

  static List<Segment> segment(List<Line> lines, List<LineKind> kinds) {
    List<Segment> segments = new ArrayList<>();
    List<Line> run = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (kinds.get(i) == LineKind.TITLE) {
        if (!run.isEmpty() && startsNewRun(line)) {
          flush(run, segments);
        }
        run.add(line);
      } else {
        flush(run, segments);
        segments.add(new Segment(kinds.get(i), List.of(line)));
      }
    }
    flush(run, segments);
    return segments;
  }

  private static boolean startsNewRun(Line line) {
    return line.gapBefore() >= 2 || (Punctuation.endsWithColon(line.bare()) && line.width() <= 12);
  }

  private static void flush(List<Line> run, List<Segment> segments) {
    if (run.isEmpty()) {
      return;
    }
    Line last = run.get(run.size() - 1);
    if (run.size() >= 2 && BylineParser.isNamesOnly(last.bare())) {
      segments.add(new Segment(LineKind.TITLE, run.subList(0, run.size() - 1)));
      segments.add(new Segment(LineKind.BYLINE, List.of(last)));
    } else {
      segments.add(new Segment(LineKind.TITLE, run));
    }
    run.clear();
  }
}
