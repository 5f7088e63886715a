#!/usr/bin/env python3
"""Check the gold TSV files of testdata/unseen (gold/<story>.tsv).

    python3 testdata/unseen/check_gold.py               check every gold/*.tsv
    python3 testdata/unseen/check_gold.py --uncovered   also list numbers no row covers

This reuses testdata/figures-eval/check_gold.py (same README format and rules) and
only changes how an article is read: a page that is not UTF-8 is decoded with the
charset its <meta> declares (flood_de_saechsische_latin1.html is ISO-8859-1).
"""

import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "..", "figures-eval", "check_gold.py")

spec = importlib.util.spec_from_file_location("figures_check_gold", BASE)
cg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cg)

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)


def read_text(path):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        m = _CHARSET.search(raw[:4096])
        enc = m.group(1).decode("ascii") if m else "iso-8859-1"
        return raw.decode(enc)


def visible(path):
    raw = read_text(path)
    ext = os.path.splitext(path)[1].lower()
    if ext in (".html", ".htm"):
        p = cg._Text()
        p.feed(raw)
        p.close()
        return p.body_nodes, p.title_nodes
    lines = raw.splitlines()
    if ext == ".md":
        units = [cg.md_line(ln) for ln in lines if ln.strip() != "---"]
        return [u for u in units if u], []
    return [cg.collapse(ln) for ln in lines if ln.strip()], []


cg.visible = visible


def main(argv):
    uncovered = "--uncovered" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files:
        d = os.path.join(HERE, "gold")
        files = [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".tsv")]
    bad = rows = 0
    for f in files:
        errs = cg.check_file(f, uncovered)
        with open(f, encoding="utf-8") as fh:
            rows += max(0, len(fh.read().strip("\n").split("\n")) - 1)
        for e in errs:
            print(e)
        bad += sum(1 for e in errs if not e.startswith("UNCOVERED"))
    print(f"{len(files)} files, {rows} rows, {bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
