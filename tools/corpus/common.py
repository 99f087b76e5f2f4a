"""Shared helpers for the news extraction scripts (stdlib only).

Output record: {"source","id","title","paragraphs","date","label"}; UTF-8 JSON lines.
Articles whose body is shorter than MIN_CHARS characters are dropped, and exact
duplicates (same title + body) are dropped.
"""
import hashlib
import json
import subprocess

MIN_CHARS = 60


def git_show(git_dir, path):
    """Return the bytes of HEAD:path from a bare git dir."""
    return subprocess.run(["git", "--git-dir", git_dir, "show", "HEAD:" + path],
                          check=True, capture_output=True).stdout


def git_ls(git_dir, prefix=""):
    out = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", "HEAD"],
                         check=True, capture_output=True, text=True).stdout
    return [p for p in out.splitlines() if p.startswith(prefix)]


def git_head(git_dir):
    return subprocess.run(["git", "--git-dir", git_dir, "rev-parse", "HEAD"],
                          check=True, capture_output=True, text=True).stdout.strip()


class Writer:
    def __init__(self, path, source):
        self.f = open(path, "w", encoding="utf-8")
        self.source = source
        self.seen = set()
        self.n = 0
        self.dropped_short = 0
        self.dropped_dup = 0

    def add(self, id_, title, paragraphs, date=None, label=None):
        paragraphs = [p.strip() for p in paragraphs if p and p.strip()]
        body = "\n".join(paragraphs)
        if len(body) < MIN_CHARS:
            self.dropped_short += 1
            return False
        h = hashlib.sha1(((title or "") + "\x00" + body).encode("utf-8")).hexdigest()
        if h in self.seen:
            self.dropped_dup += 1
            return False
        self.seen.add(h)
        rec = {"source": self.source, "id": id_, "title": title, "paragraphs": paragraphs,
               "date": date, "label": label}
        self.f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        self.n += 1
        return True

    def close(self):
        self.f.close()
        print(f"{self.source}: wrote {self.n}, dropped short {self.dropped_short}, dup {self.dropped_dup}")


def git_blobs(git_dir, rev, prefix=""):
    """Yield (path, bytes) for every blob under prefix at rev, via one cat-file --batch process."""
    out = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "-z", rev],
                         check=True, capture_output=True).stdout
    entries = []
    for rec in out.split(b"\0"):
        if not rec:
            continue
        meta, path = rec.split(b"\t", 1)
        mode, typ, sha = meta.split()
        path = path.decode("utf-8", "replace")
        if typ == b"blob" and path.startswith(prefix):
            entries.append((path, sha))
    p = subprocess.Popen(["git", "--git-dir", git_dir, "cat-file", "--batch"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    for path, sha in entries:
        p.stdin.write(sha + b"\n")
        p.stdin.flush()
        header = p.stdout.readline().split()
        size = int(header[2])
        data = p.stdout.read(size)
        p.stdout.read(1)
        yield path, data
    p.stdin.close()
    p.wait()
