"""Topic-labelled Chinese news headlines/articles -> /work/data/topics/<source>.jsonl ({"source","text","label"}).

Usage:
  python3 extract_topics.py nlpcc2017 <git dir of FudanNLP/nlpcc2017_news_headline_categorization> <out>
  python3 extract_topics.py toutiao   <git dir of moon-hotel/BertWithPretrained> <out>
  python3 extract_topics.py sina2018  <news/sina2018.jsonl> <out>
"""
import json
import re
import sys

from common import git_show

# toutiao_test.txt holds remapped ids 0..14 (see data/SingleSentenceClassification/format.py:
# label_map 100->0, 101->1, ..., 116->14); names from the original toutiao dataset README.
TOUTIAO = ["news_story", "news_culture", "news_entertainment", "news_sports", "news_finance",
           "news_house", "news_car", "news_edu", "news_tech", "news_military", "news_travel",
           "news_world", "stock", "news_agriculture", "news_game"]


def dechar(s):
    # test.char separates every character (also each Latin letter) by one space: join them all.
    # Real spaces between Latin words are lost (rare in these headlines).
    return "".join(s.split())


def main(kind, src, out):
    seen = set()
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        def put(text, label):
            nonlocal n
            key = (text, label)
            if not text or key in seen:
                return
            seen.add(key)
            f.write(json.dumps({"source": kind, "text": text, "label": label}, ensure_ascii=False) + "\n")
            n += 1
        if kind == "nlpcc2017":
            for line in git_show(src, "test.full/test.char").decode("utf-8").splitlines():
                label, _, text = line.partition("\t")
                put(dechar(text.strip()), label.strip())
        elif kind == "toutiao":
            data = git_show(src, "data/SingleSentenceClassification/toutiao_test.txt").decode("utf-8")
            for line in data.splitlines():
                text, _, lab = line.rpartition("_!_")
                put(text.strip(), TOUTIAO[int(lab)])
        elif kind == "sina2018":
            for line in open(src, encoding="utf-8"):
                r = json.loads(line)
                put(r["title"] + "\n" + "\n".join(r["paragraphs"]), r["label"])
    print(kind, n)


if __name__ == "__main__":
    main(*sys.argv[1:])
