"""Extract CCTV 新闻联播 transcripts from a fetch of github.com/yuekcc/cctv_news.

Usage: python3 extract_cctv_xwlb.py <bare git dir> <out.jsonl>
Each news/YYYYMMDD.md holds a summary section (skipped) and a '## 详细新闻' section with
one '### <title>' per item, the body between <!--repaste.body.begin/end--> markers and a
'[查看原文](url)' link. One record per item; paragraphs are the markdown blank-line blocks.
"""
import re
import sys

from common import Writer, git_ls, git_show

BOLD = re.compile(r"\*\*(.*?)\*\*")
LINK = re.compile(r"^\[查看原文\]\((.*?)\)\s*$")


def clean(line):
    line = re.sub(r"<!--.*?-->", "", line)
    line = re.sub(r"<[^>]+>", "", line)
    line = BOLD.sub(r"\1", line)
    line = line.replace("&nbsp;", " ").strip()
    return line


def main(git_dir, out):
    w = Writer(out, "cctv_xwlb")
    for path in sorted(git_ls(git_dir, "news/")):
        m = re.match(r"news/(\d{8})\.md$", path)
        if not m:
            continue
        ymd = m.group(1)
        date = f"{ymd[:4]}-{ymd[4:6]}-{ymd[6:]}"
        text = git_show(git_dir, path).decode("utf-8", "replace")
        if "## 详细新闻" not in text:
            continue
        detail = text.split("## 详细新闻", 1)[1]
        items = re.split(r"^### ", detail, flags=re.M)[1:]
        for k, item in enumerate(items):
            title, _, body = item.partition("\n")
            title = clean(title)
            url = None
            paras = []
            for line in body.split("\n"):
                lm = LINK.match(line.strip())
                if lm:
                    url = lm.group(1)
                    continue
                c = clean(line)
                if c:
                    paras.append(c)
            w.add(url or f"{ymd}-{k:02d}", title, paras, date=date)
    w.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
