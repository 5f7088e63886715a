#!/usr/bin/env python3
"""Check the gold TSV files of the figures evaluation set (see README.md).

    python3 check_gold.py                 check every dev/gold/*.tsv and holdout/gold/*.tsv
    python3 check_gold.py FILE.tsv ...    check only these
    python3 check_gold.py --uncovered     also list numbers in the articles that no row covers

For every row it checks: 15 columns in README order; the article exists in the
articles/ folder next to the gold/ folder and belongs to the story of the TSV;
`context` has 3 to 12 words, occurs exactly once in the article's visible text and
does not cross a line break (.txt, .md) or an element boundary (.html); `number`
occurs inside `context`; status, qualifier, kind and measure are known words;
value/low/high are plain decimals that fit the qualifier; the concept is
`<story>:<slug>`.

Visible text: .html is parsed with html.parser (entities decoded, script/style/
template content dropped, whitespace collapsed to single spaces). The <title> in
<head> is checked both ways: a context must occur exactly once in the body text and
must not occur again in the title. .md and .txt are read line by line; in .md,
heading marks, list bullets, emphasis (* _ `) and link syntax are dropped; YAML
front matter lines count as text (a context must not repeat the front-matter title).
Exit status 1 when an error was found.
"""

import html.parser
import os
import re
import sys

COLUMNS = ["article", "context", "number", "status", "value", "low", "high",
           "qualifier", "kind", "concept", "measure", "actor", "thing",
           "attribution", "note"]
STATUSES = {"figure", "optional", "not"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "range", "vague"}
KINDS = {"count", "percent", "money", "measure", "duration"}
MEASURES = {"present", "sent", "participating", "killed", "wounded", "casualties",
            "missing", "captured", "released", "evacuated", "sheltered", "affected",
            "cancelled", "damaged", "destroyed", "cost", "paid", "demanded",
            "offered", "delivered", "measured", "share", "other"}

HERE = os.path.dirname(os.path.abspath(__file__))
WS = re.compile(r"\s+")


def collapse(s):
    return WS.sub(" ", s).strip()


class _Text(html.parser.HTMLParser):
    SKIP = {"script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.body_nodes = []   # text nodes outside <head>
        self.title_nodes = []  # text nodes inside <head> (the <title>)
        self.skip = 0
        self.in_head = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "head":
            self.in_head = True

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "head":
            self.in_head = False

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_data(self, data):
        if self.skip:
            return
        t = collapse(data)
        if not t:
            return
        (self.title_nodes if self.in_head else self.body_nodes).append(t)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*|`)")
_MD_LEAD = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+(?=\S)|\d+\.\s+(?=\S))")


def md_line(line):
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_LEAD.sub("", line)
    line = _MD_EMPH.sub("", line)
    # _emphasis_ only at word boundaries, so snake_case survives
    line = re.sub(r"(?<!\w)_(\S(?:.*?\S)?)_(?!\w)", r"\1", line)
    return collapse(line)


def visible(path):
    """Return (units, extra): units are the text pieces a context must fit in
    (lines or text nodes); extra are pieces where it must not occur again
    (the HTML title)."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    ext = os.path.splitext(path)[1].lower()
    if ext in (".html", ".htm"):
        p = _Text()
        p.feed(raw)
        p.close()
        return p.body_nodes, p.title_nodes
    lines = raw.splitlines()
    if ext == ".md":
        units = []
        for ln in lines:
            if ln.strip() == "---":
                continue
            units.append(md_line(ln))
        return [u for u in units if u], []
    return [collapse(ln) for ln in lines if ln.strip()], []


def is_num(s):
    return re.fullmatch(r"-?\d+(\.\d+)?", s) is not None


def check_values(r, err):
    q = r["qualifier"]
    v, lo, hi = r["value"], r["low"], r["high"]
    for name, x in (("value", v), ("low", lo), ("high", hi)):
        if x != "" and not is_num(x):
            err(f"{name} {x!r} is not a plain decimal")
            return
    f = lambda x: float(x) if x != "" else None
    v, lo, hi = f(v), f(lo), f(hi)
    if q in ("exact", "approx"):
        if v is None or lo != v or hi != v:
            err(f"{q}: value, low and high must be set and equal")
    elif q == "at_least":
        if v is None or lo != v or hi is not None:
            err("at_least: low = value, high empty")
    elif q == "at_most":
        if v is None or hi != v or lo is not None:
            err("at_most: high = value, low empty")
    elif q == "range":
        if v is None or lo is None or hi is None or not lo < hi or abs(v - (lo + hi) / 2) > 1e-6 * max(1, abs(v)):
            err("range: low < high and value = midpoint")
    elif q == "vague":
        if lo is None or hi is None or lo > hi:
            err("vague: low and high (the implied bounds) must be set, low <= high")
        elif v is not None and not lo <= v <= hi:
            err("vague: value outside low..high")


NUM_RE = re.compile(r"(?<![\w])\d+(?:[.,'’ ]\d+)*(?:[.,]\d+)?")
NUM_WORDS = re.compile(
    r"\b(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|"
    r"hundert|tausend|\w+tausend|\w+hundert|dutzend\w*|hunderte\w*|tausende\w*|zehntausende\w*|"
    r"hunderttausende\w*|million\w*|milliard\w*|billion\w*|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"hundreds?|thousands?|dozens?|half|third|quarter)\b", re.IGNORECASE)


def check_file(tsv, uncovered=False):
    errors = []
    split_dir = os.path.dirname(os.path.dirname(os.path.abspath(tsv)))
    art_dir = os.path.join(split_dir, "articles")
    story = os.path.splitext(os.path.basename(tsv))[0]
    with open(tsv, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != COLUMNS:
        errors.append(f"{tsv}:1: header must be: " + "\t".join(COLUMNS))
        return errors
    cache = {}
    seen = {}
    covered = {}
    for no, line in enumerate(lines[1:], start=2):
        where = f"{tsv}:{no}"
        err = lambda m, where=where: errors.append(f"{where}: {m}")
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            err(f"{len(cells)} columns, want {len(COLUMNS)}")
            continue
        r = dict(zip(COLUMNS, cells))
        for k, v in r.items():
            if v != v.strip():
                err(f"{k} has leading/trailing spaces")
        art = r["article"]
        if not art.startswith(story + "_"):
            err(f"article {art} does not belong to story {story}")
        path = os.path.join(art_dir, art)
        if not os.path.isfile(path):
            err(f"no article {path}")
            continue
        if art not in cache:
            cache[art] = visible(path)
        units, extra = cache[art]
        ctx, num = r["context"], r["number"]
        nwords = len(ctx.split())
        if not 3 <= nwords <= 12:
            err(f"context has {nwords} words (3..12): {ctx!r}")
        if ctx != collapse(ctx):
            err(f"context has doubled or odd whitespace: {ctx!r}")
        if num not in ctx:
            err(f"number {num!r} not in context {ctx!r}")
        else:
            i, j = ctx.find(num), ctx.find(num) + len(num)
            before = ctx[max(0, i - 2):i]   # up to two characters before the number
            after = ctx[j:j + 2]            # and after it
            def glued(two, at_end):
                # a digit right next to the number, or a separator and then a digit
                if not two:
                    return False
                near, far = (two[-1], two[:-1]) if at_end else (two[0], two[1:])
                return near.isdigit() or (near in ".,'" and far[:1].isdigit())
            if (num[0].isdigit() and glued(before, True)) or (num[-1].isdigit() and glued(after, False)):
                err(f"first {num!r} in context is part of a longer number: {ctx!r}")
        inside = [i for i, u in enumerate(units) if ctx in u]
        total = sum(u.count(ctx) for u in units)
        joined = " ".join(units)
        if not inside:
            if ctx in joined:
                err(f"context crosses a line break or element boundary: {ctx!r}")
            else:
                err(f"context not in visible text of {art}: {ctx!r}")
        elif total != 1 or joined.count(ctx) != 1:
            err(f"context occurs {joined.count(ctx)} times in {art}: {ctx!r}")
        if any(ctx in e for e in extra):
            err(f"context also occurs in the <title> of {art}: {ctx!r}")
        key = (art, ctx, num)
        if key in seen:
            err(f"same article/context/number as line {seen[key]}")
        seen[key] = no
        if inside and num in ctx:
            u = inside[0]
            pos = units[u].find(ctx) + ctx.find(num)
            covered.setdefault(art, []).append((u, pos, pos + len(num)))
        st = r["status"]
        if st not in STATUSES:
            err(f"status {st!r}")
            continue
        if st == "not":
            for k in COLUMNS[4:14]:
                if r[k] not in ("", "-"):
                    err(f"not row: {k} should be - or empty, is {r[k]!r}")
            continue
        if r["qualifier"] not in QUALIFIERS:
            err(f"qualifier {r['qualifier']!r}")
        else:
            check_values(r, err)
        if r["kind"] not in KINDS:
            err(f"kind {r['kind']!r}")
        if r["measure"] not in MEASURES:
            err(f"measure {r['measure']!r}")
        if not re.fullmatch(re.escape(story) + r":[a-z0-9][a-z0-9-]*", r["concept"]):
            err(f"concept {r['concept']!r} is not {story}:slug (lower case, digits, -)")
        for k in ("actor", "thing", "attribution"):
            if r[k] == "":
                err(f"{k} empty (use - for none)")
    if uncovered:
        for art, (units, _) in sorted(cache.items()):
            spans = covered.get(art, [])
            for u, text in enumerate(units):
                for m in list(NUM_RE.finditer(text)) + list(NUM_WORDS.finditer(text)):
                    a, b = m.span()
                    if any(cu == u and a < ce and cs < b for cu, cs, ce in spans):
                        continue
                    lo, hi = max(0, a - 40), min(len(text), b + 40)
                    errors.append(f"UNCOVERED {art}: {m.group(0)!r} in ...{text[lo:hi]}...")
        for art in sorted(os.listdir(art_dir)):
            if art.startswith(story + "_") and art not in cache:
                errors.append(f"UNCOVERED {art}: no rows at all")
    return errors


def main(argv):
    uncovered = "--uncovered" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files:
        for split in ("dev", "holdout"):
            d = os.path.join(HERE, split, "gold")
            if os.path.isdir(d):
                files += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".tsv")]
    bad = 0
    rows = 0
    for f in files:
        errs = check_file(f, uncovered)
        with open(f, encoding="utf-8") as fh:
            rows += max(0, len(fh.read().strip("\n").split("\n")) - 1)
        for e in errs:
            print(e)
        bad += sum(1 for e in errs if not e.startswith("UNCOVERED"))
    print(f"{len(files)} files, {rows} rows, {bad} errors")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
