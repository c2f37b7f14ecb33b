"""The check and JSON form every blind-round gold file shares (``python3 roundN_x.py ARTICLES``).

Each ``roundN_x.py`` holds ``GOLD`` (posts and tasks as tuples) and calls :func:`main`, which checks
that every task key is an exact substring of its article and prints the JSON that ``score.py`` reads.
"""

import json
import pathlib
import sys


def main(gold: dict, articles: pathlib.Path) -> None:
    folder = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else articles
    out = {}
    for name, g in gold.items():
        text = (folder / name).read_text(encoding="utf-8")
        for _assignee, key in g["tasks"]:
            if key.lstrip("?") not in text:
                sys.exit(f"{name}: task key not in the article: {key!r}")
        out[name] = {
            "officials": {p: [{"role": r, "organization": o} for r, o in posts] for p, posts in g["officials"].items()},
            "meetings": g["meetings"],
            "localities": g["localities"],
            "tasks": [{"assignee": a, "key": k} for a, k in g["tasks"]],
        }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
