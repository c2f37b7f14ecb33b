#!/usr/bin/env python3
"""Candidate gold items for the tenure gold: sentences of the bench corpus that name a post's holder.

For each post of ``posts.tsv`` (graph label, tab, the regular expression of its surface forms),
every sentence writing ``<post> <Name>`` or ``<Name>, <post>`` (not after ``nguyên``, ``cựu``
or ``Phó``) in an article whose lead (first 900 characters) names a day (``ngày/sáng/chiều
D/M[/YYYY]``; the year written, else 2017 when the article writes 2017). It reads the corpus
with its own patterns, not the builder's, and prints the candidates per post; gold.json is the
reviewed subset (README.md says how). Nothing is scored here.

    python benchmarks/tenure/candidates.py [--corpus ../shared/corpus/bench] [--per-post 3]
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = r"((?:[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*)(?: [A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*){1,3})"
DATE = re.compile(r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)(?: ngày)? (\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?")
LEAD = 900


def candidates(corpus: Path, posts: list[tuple[str, str]]) -> dict[str, list[tuple[str, str, str, str]]]:
    """Post label -> (date, name, article file, sentence excerpt), sorted."""
    out: dict[str, list[tuple[str, str, str, str]]] = collections.defaultdict(list)
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = DATE.search(text[:LEAD])
        year = (m.group(3) or ("2017" if "2017" in text else None)) if m else None
        if m is None or year is None:
            continue
        date = f"{year}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
        for label, surface in posts:
            found = list(re.finditer(rf"(?<!nguyên )(?<!cựu )(?<!Phó )(?:{surface}) {NAME}", text))
            found += list(re.finditer(rf"{NAME}(?:,| -| –) (?:Ủy viên [^,]{{0,40}}, )?(?:{surface})", text))
            for mm in found:
                start = text.rfind(". ", 0, mm.start()) + 2
                excerpt = text[max(start, mm.start() - 80):mm.end() + 40].replace("\n", " ")
                out[label].append((date, mm.group(1), path.name, excerpt))
    return {k: sorted(set(v)) for k, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=HERE.parent.parent.parent / "shared" / "corpus" / "bench")
    ap.add_argument("--posts", type=Path, default=HERE / "posts.tsv")
    ap.add_argument("--per-post", type=int, default=3)
    args = ap.parse_args()
    posts = [tuple(line.split("\t")) for line in args.posts.read_text(encoding="utf-8").splitlines() if line]
    for label, rows in candidates(args.corpus, posts).items():  # type: ignore[arg-type]
        print("##", label, dict(collections.Counter(r[1] for r in rows).most_common(6)))
        for date, name, article, excerpt in rows[: args.per_post]:
            print("  ", date, name, article, "|", excerpt[:160])


if __name__ == "__main__":
    main()
