"""People's Daily headline lists for the topic model's paper labels (`inkstream topics paper-labels`).

Reads `dir/YYYY年MM月.md` of fangj/rmrb at COMMIT from a clone's git dir and writes, for each month below, the first
lines of the month (the first ten to twenty days) as the shipped model was trained on them, one `YYYY-MM.md` file a
month in OUT_DIR. The repository is about 1 GB; a blobless clone fetches only the files read:

    git clone --filter=blob:none --no-checkout https://github.com/fangj/rmrb.git /tmp/rmrb
    python3 extract_rmrb_headlines.py /tmp/rmrb/.git ~/inkstream-data/rmrb

Never a month of 1946 or 1998 (held out), nor a month of the hand-labelled dev sets (docs/data.md).
"""
import hashlib
import os
import subprocess
import sys

COMMIT = "362bda34396c9c0ea15df763352d80d06f5dc5fa"
# month, lines kept (the "### " title included), first 16 hex digits of the kept file's SHA-256
MONTHS = [
    ("1951-06", 867, "76a33790b789e4c5"), ("1954-03", 893, "e9887333173a265a"),
    ("1957-09", 946, "cb92e43b9df837d8"), ("1962-05", 929, "3f9db0d1d2695baf"),
    ("1974-06", 844, "a730d41925fec89b"), ("1979-08", 946, "d70633371480b73d"),
    ("1981-04", 1043, "2d63241b31dea81a"), ("1984-10", 1014, "591a928c6d7bab7f"),
    ("1991-10", 1060, "3fddfe8ca7ea0aac"), ("1993-04", 1101, "4c7adc3de204d293"),
    ("1995-08", 1153, "977ed449931aeb49"), ("1996-11", 1148, "e59064135ae943d0"),
    ("1997-06", 1163, "4655190d7cb79bd9"), ("1999-06", 1111, "fcc4213fcbf3103a"),
    ("2000-03", 1074, "eb9c1302a750b198"), ("2003-01", 1117, "180744da0b11a30b"),
]


def main(git_dir, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for month, lines, digest in MONTHS:
        year, number = month.split("-")
        path = "dir/%s年%s月.md" % (year, number)
        raw = subprocess.run(["git", "--git-dir", git_dir, "show", COMMIT + ":" + path],
                             check=True, capture_output=True).stdout.decode("utf-8")
        kept = raw.replace("\r\n", "\n").split("\n")[:lines]
        text = "\n".join(kept) + "\n"
        target = os.path.join(out_dir, month + ".md")
        with open(target, "w", encoding="utf-8") as out:
            out.write(text)
        got = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        note = "" if got == digest else "  (differs from the copy the shipped model was trained on: %s)" % digest
        print("%s: %d lines%s" % (target, len(kept), note))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: extract_rmrb_headlines.py CLONE/.git OUT_DIR")
    main(sys.argv[1], sys.argv[2])
