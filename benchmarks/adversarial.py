#!/usr/bin/env python3
"""Benchmark: CPU seconds of extraction on adversarial articles, per pattern and size.

Each pattern is one article body built to hit an extractor where it used to be quadratic
(issue 30): a long run of spaces, repeated dates, names one a line, ``ông``/``bà`` lists,
chains of tasks, repeated titles, an article naming thousands of people. Each (pattern,
size) runs in a fresh subprocess that reads, annotates, extracts and makes the quads of the
article (what a build does per article, without the length limit of ``--max-chars``), and
reports its CPU seconds; a run past ``--timeout`` CPU seconds is reported as such. Nothing
here is asserted.

    .venv/bin/python benchmarks/adversarial.py [--sizes 10K,100K,1M] [--patterns spaces,dates]
                                               [--timeout 600] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAD = ("UBND huyện Đắk Song họp phiên thường kỳ tháng 3/2023\n"
        "15/03/2023 10:00\n"
        "Sáng 15/3, UBND huyện Đắk Song tổ chức phiên họp thường kỳ tháng 3/2023. "
        "Đồng chí Lê Văn Hòa, Chủ tịch UBND huyện chủ trì hội nghị.\n")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý")
MIDDLES = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Công")
GIVENS = ("An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Mai", "Nam",
          "Phong", "Quang", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Vinh")


def names() -> Iterator[str]:
    """Distinct Vietnamese names, endlessly (four syllables once three run out)."""
    for given in itertools.chain(((g,) for g in GIVENS), itertools.product(GIVENS, GIVENS)):
        for middle in MIDDLES:
            for surname in SURNAMES:
                yield " ".join((surname, middle, *given))


def _repeat(unit: Callable[[int], str], size: int) -> str:
    parts, total = [], 0
    for i in itertools.count():
        piece = unit(i)
        parts.append(piece)
        total += len(piece)
        if total >= size:
            return "".join(parts)
    raise AssertionError("unreachable")


def _named(template: str, size: int) -> str:
    gen = names()
    return _repeat(lambda i: template.format(name=next(gen)), size)


PATTERNS: dict[str, Callable[[int], str]] = {
    # trim() in extract/tasks/clauses.py searched a trailing-punctuation pattern from every space
    "spaces": lambda n: "Đồng chí Chủ tịch yêu cầu các phòng, ban" + " " * n + "triển khai kế hoạch.\n",
    # one paragraph of dates: the overlap scan of find_dates
    "dates": lambda n: _repeat(lambda i: f"ngày {i % 28 + 1}/{i % 12 + 1}/20{10 + i % 15}, ", n) + "\n",
    # one name a line: is_covered in annotate/people.py
    "name-lines": lambda n: _named("{name}\n", n),
    # ông/bà lists in one paragraph: _corefer_names
    "ong-ba": lambda n: "Tham dự có " + _named("ông {name}, bà {name} Thị, ", n) + "cùng các đại biểu.\n",
    # one directive after another, each giving a body a task
    "task-chain": lambda n: "Chủ tịch UBND huyện yêu cầu: " + _repeat(
        lambda i: f"giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với UBND xã {i} rà soát hồ sơ đất đai; ", n)
    + "\n",
    # a title written again and again
    "titles": lambda n: _repeat(lambda i: "Phó Chủ tịch UBND huyện Đắk Song, ", n) + "phát biểu.\n",
    # thousands of officials, each with a post
    "people": lambda n: _named("Đồng chí {name}, Phó Chủ tịch UBND xã Nam Bình phát biểu ý kiến. ", n) + "\n",
    # an honorific again and again: each one walked the whole run after it
    "honorifics": lambda n: "ông " * (n // 4) + "\n",
    # one clause of directive verbs: each looked for a modal to the clause's end
    "verbs": lambda n: "yêu cầu " * (n // 8) + "\n",
    # still superlinear (the time budget bounds them): verbs with objects, each looking for a
    # second directive to the clause's end; titles before names; quotes; a long delegate list
    "verb-objects": lambda n: _repeat(lambda i: "giao UBND xã ", n) + "\n",
    "title-names": lambda n: _named("Phó Chủ tịch UBND huyện {name} ", n) + "\n",
    "quotes": lambda n: _repeat(lambda i: "“Đồng chí Chủ tịch yêu cầu triển khai” ", n) + "\n",
    "delegates": lambda n: "Đoàn ĐBQH tỉnh gồm các đại biểu: " + _named("{name}; ", n) + "\n",
}


def extract_cpu(text: str) -> dict[str, float | int]:
    """Read, annotate, extract and make the quads of one article; its CPU seconds and counts."""
    from kg.annotate import annotate
    from kg.extract import run_extractors
    from kg.graph.quads import article_quads
    from kg.ingest.text import parse_text
    from kg.lexicon.resources import resources
    from kg.resolve.keys import identity_scope

    gaz = resources().gazetteer
    annotate(parse_text(HEAD, "warm.txt"))  # tables loaded before the clock starts
    started = time.process_time()
    doc = parse_text(text, "adversarial.txt")
    ann = annotate(doc)
    facts = tuple(run_extractors(doc, ann))
    quads = tuple(article_quads(gaz, doc, facts, scope=identity_scope(ann)))
    return {"cpu_s": round(time.process_time() - started, 3), "chars": len(text), "facts": len(facts),
            "quads": len(quads)}


def _size(text: str) -> int:
    text = text.strip().upper()
    unit = {"K": 1_000, "M": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("KM")) * unit)


def _child(pattern: str, size: int, timeout: float) -> dict[str, object]:
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); import adversarial as a; "
            "t = a.HEAD + a.PATTERNS[sys.argv[2]](int(sys.argv[3])); print(json.dumps(a.extract_cpu(t)))")

    def limit() -> None:  # CPU seconds, not wall: a shared machine does not inflate the figure
        resource.setrlimit(resource.RLIMIT_CPU, (int(timeout) + 1, int(timeout) + 2))

    done = subprocess.run([sys.executable, "-c", code, str(ROOT / "benchmarks"), pattern, str(size)],
                          capture_output=True, text=True, preexec_fn=limit, cwd=ROOT)
    if done.returncode != 0:
        return {"cpu_s": None, "error": f"over {timeout:.0f} CPU s" if done.returncode < 0
                else done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10K,100K,1M")
    ap.add_argument("--patterns", default=",".join(PATTERNS))
    ap.add_argument("--timeout", type=float, default=600.0, help="CPU seconds per run before it is stopped")
    ap.add_argument("--out", help="also write the figures to this JSON file")
    args = ap.parse_args()
    sizes = [_size(s) for s in args.sizes.split(",")]
    rows = []
    print(f"{'pattern':<12}" + "".join(f"{s:>12,}" for s in sizes) + "   (CPU seconds per article, chars)")
    for pattern in args.patterns.split(","):
        cells = []
        for size in sizes:
            got = _child(pattern, size, args.timeout)
            rows.append({"pattern": pattern, "size": size, **got})
            over = ">" + str(int(args.timeout))
            cells.append(f"{got['cpu_s']:>12.2f}" if got["cpu_s"] is not None else f"{over:>12}")
        print(f"{pattern:<12}" + "".join(cells), flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
