"""Extract the 2018 Sina news articles once committed to github.com/Patrick233/Cluster-Chinese-news-Article.

Usage: python3 extract_sina2018.py <bare git dir> <out.jsonl> [commit]
The articles are NOT in HEAD: they were added in commit d1badb63249cccb481287bd4abd6d25c7d5f04a2
("add downloaded files") and removed later, so the default rev is that commit.
Layout: <Category>/<title>.txt, one article per file, UTF-8. Category folders
(Entertainment, SportNews, TechNews, testEdu, testFashion, testHealth, testSport, testTech) give
the label. Paragraphs: lines, and runs of full-width spaces (the Sina '　　' paragraph indent).
"""
import re
import sys

from common import Writer, git_blobs

LABELS = {"Entertainment": "entertainment", "SportNews": "sports", "testSport": "sports",
          "TechNews": "tech", "testTech": "tech", "testEdu": "education",
          "testFashion": "fashion", "testHealth": "health"}


def paragraphs(text):
    text = text.replace("\r", "").replace("\xa0", " ")
    out = []
    for line in text.split("\n"):
        for part in re.split(r"[\u3000]{2,}", line):
            part = part.strip(" \t\u3000")
            if part:
                out.append(part)
    return out


def main(git_dir, out, rev="d1badb63249cccb481287bd4abd6d25c7d5f04a2"):
    w = Writer(out, "sina2018")
    for path, data in git_blobs(git_dir, rev):
        if not path.endswith(".txt") or "/" not in path:
            continue
        folder, name = path.split("/", 1)
        if folder not in LABELS:
            continue
        title = name[:-4].strip()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("gb18030", "replace")
        paras = paragraphs(text)
        # the scraped body often repeats the title as its first line
        if paras and paras[0] == title:
            paras = paras[1:]
        w.add(f"{folder}/{name}", title, paras, date=None, label=LABELS[folder])
    w.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
