#!/usr/bin/env python3
"""Check the gold files of the entities evaluation set.

For dev/gold.tsv and holdout/gold.tsv this verifies that
  - the header and every row have the six columns of README.md,
  - check, article and type hold allowed values,
  - every FOUND/NOT `a` occurs verbatim in the visible text of its article,
  - every SAME/DIFF `a` and `b` occur verbatim in the visible text of the
    articles of that part (holdout checks may also use names from dev
    articles, but a pair whose two names both occur in dev belongs to dev).

Visible text: .txt and .md files as they are; .html files rendered, i.e.
the text of <body> without <script>, <style>, <noscript> and <template>,
with character references decoded. Whitespace runs count as one space.
A name must occur on word boundaries and with the same case.

Usage: python3 check_gold.py            (checks both parts, exit 1 on error)
"""
import collections
import html.parser
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ["check", "article", "a", "b", "type", "note"]
KINDS = ("FOUND", "SAME", "DIFF", "NOT")
TYPES = ("person", "place", "org")


class _Text(html.parser.HTMLParser):
    HIDDEN = {"script", "style", "noscript", "template", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        self.out.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.out.append(data)


def visible_text(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith((".html", ".htm")):
        p = _Text()
        p.feed(raw)
        p.close()
        raw = "".join(p.out)
    return re.sub(r"\s+", " ", raw)


def occurs(name, text):
    name = re.sub(r"\s+", " ", name.strip())
    pat = re.escape(name)
    if re.match(r"\w", name):
        pat = r"(?<!\w)" + pat
    if re.search(r"\w$", name):
        pat = pat + r"(?!\w)"
    return re.search(pat, text) is not None


def load_articles(part):
    d = os.path.join(HERE, part, "articles")
    return {n: visible_text(os.path.join(d, n)) for n in sorted(os.listdir(d))}


def check_part(part, arts, dev_arts):
    errors = []
    path = os.path.join(HERE, part, "gold.tsv")
    counts = collections.Counter()
    per_article = collections.Counter()
    seen = set()
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != COLUMNS:
        errors.append(f"{part}: header must be {'TAB'.join(COLUMNS)}")
    pool = dict(arts)
    if part != "dev":
        pool.update({"dev/" + k: v for k, v in dev_arts.items()})
    for no, line in enumerate(lines[1:], start=2):
        where = f"{part}/gold.tsv:{no}"
        cols = line.split("\t")
        if len(cols) != len(COLUMNS):
            errors.append(f"{where}: {len(cols)} columns, want {len(COLUMNS)}: {line!r}")
            continue
        check, article, a, b, typ, note = cols
        if any(c != c.strip() or c == "" for c in cols[:5]):
            errors.append(f"{where}: empty column or stray blanks")
        if check not in KINDS:
            errors.append(f"{where}: unknown check {check!r}")
            continue
        key = (check, article, a, b)
        if key in seen or (check in ("SAME", "DIFF") and (check, article, b, a) in seen):
            errors.append(f"{where}: duplicate check")
        seen.add(key)
        counts[check] += 1
        if check in ("FOUND", "NOT"):
            if article not in arts:
                errors.append(f"{where}: no article {article!r} in {part}/articles")
                continue
            per_article[article] += 1
            if b != "-":
                errors.append(f"{where}: b must be '-'")
            if check == "FOUND" and typ not in TYPES:
                errors.append(f"{where}: FOUND type must be one of {TYPES}")
            if check == "NOT" and typ != "-":
                errors.append(f"{where}: NOT type must be '-'")
            if not occurs(a, arts[article]):
                errors.append(f"{where}: {a!r} not in visible text of {article}")
        else:
            if article != "*":
                errors.append(f"{where}: SAME/DIFF article must be '*'")
            if typ != "-":
                errors.append(f"{where}: SAME/DIFF type must be '-'")
            if a == "-" or b == "-" or a == b:
                errors.append(f"{where}: SAME/DIFF needs two different names")
                continue
            for n in (a, b):
                if not any(occurs(n, t) for t in pool.values()):
                    errors.append(f"{where}: {n!r} occurs in no article of {part}")
            if part != "dev":
                in_dev = [any(occurs(n, t) for t in dev_arts.values()) for n in (a, b)]
                if all(in_dev):
                    errors.append(f"{where}: both names occur in dev articles, check belongs in dev/gold.tsv")
                if not any(any(occurs(n, t) for t in arts.values()) for n in (a, b)):
                    errors.append(f"{where}: neither name occurs in a {part} article")
    # FOUND and NOT must not contradict each other
    found = {(r[1], r[2]) for r in seen if r[0] == "FOUND"}
    for r in seen:
        if r[0] == "NOT" and (r[1], r[2]) in found:
            errors.append(f"{part}: {r[2]!r} in {r[1]} is both FOUND and NOT")
    for art in arts:
        if per_article[art] == 0:
            errors.append(f"{part}: article {art} has no FOUND/NOT checks")
    return errors, counts, per_article


def main():
    dev = load_articles("dev")
    hold = load_articles("holdout")
    all_errors = []
    for part, arts in (("dev", dev), ("holdout", hold)):
        errors, counts, per_article = check_part(part, arts, dev)
        all_errors += errors
        total = sum(counts.values())
        print(f"{part}: {len(arts)} articles, {total} checks "
              f"({', '.join(f'{k} {counts[k]}' for k in KINDS)}), "
              f"{total / max(len(arts), 1):.1f} per article")
    for e in all_errors:
        print("ERROR", e)
    if all_errors:
        print(f"{len(all_errors)} error(s)")
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
