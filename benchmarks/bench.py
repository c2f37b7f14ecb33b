#!/usr/bin/env python3
"""Benchmark: build the bench corpus and report speed, memory and per-stage time.

Each configuration runs in a fresh subprocess so peak RSS is its own. Figures
are printed as JSON; ``--write`` also replaces the tracked ``benchmarks/results.json``
(the figures the README quotes) and ``--out FILE`` writes them elsewhere. Nothing
here is asserted.

    .venv/bin/python benchmarks/bench.py [--corpus ../shared/corpus/bench] [--sizes 1000,5000,15091]
                                         [--jobs 1,2] [--peer-sample 50] [--write | --out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results.json"  # tracked: the figures the README quotes


def _corpus_files(corpus: Path, n: int) -> list[str]:
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    return files[:n]


def stage_run(files: list[str]) -> dict:
    """One process, one job: time each stage separately (ingest, NLP+rules, extract, graph, serialize)."""
    import resource

    from kg.annotate import annotate
    from kg.export.formats import serialize
    from kg.extract import run_extractors
    from kg.graph.meetings import MeetingIndex, planned_meeting_quads
    from kg.graph.quads import apply_merge_plan, article_quads, observations
    from kg.ingest import Source, read_source
    from kg.lexicon.resources import resources
    from kg.resolve.keys import identity_scope, unit_lineage
    from kg.resolve.meetings import meeting_plan
    from kg.resolve.people import merge_plan

    t0 = time.perf_counter()
    gaz = resources().gazetteer
    t_load = time.perf_counter() - t0
    stages = {"load_resources": t_load, "ingest": 0.0, "annotate": 0.0, "extract": 0.0, "graph": 0.0}
    quads: list = []
    reports = MeetingIndex()
    meetings_read = 0.0
    chars = 0
    built = 0
    for f in files:
        t = time.perf_counter()
        try:
            doc = read_source(Source(Path(f), Path(f).name))
        except Exception:
            continue
        chars += len(doc.text)
        t2 = time.perf_counter()
        ann = annotate(doc)
        t3 = time.perf_counter()
        facts = run_extractors(doc, ann)
        t4 = time.perf_counter()
        article = article_quads(gaz, doc, facts, scope=identity_scope(ann))
        quads.extend(article)
        t5 = time.perf_counter()
        reports.add(article)  # as a build reads them: one article's quads at a time
        meetings_read += time.perf_counter() - t5
        stages["ingest"] += t2 - t
        stages["annotate"] += t3 - t2
        stages["extract"] += t4 - t3
        stages["graph"] += t5 - t4
        built += 1
    t = time.perf_counter()
    unique = set(quads)  # resolve as a build does: the merge plan of the identity observations, applied
    quads = apply_merge_plan(unique, merge_plan(observations(unique), lineage=unit_lineage(gaz)))
    stages["resolve"] = time.perf_counter() - t
    t = time.perf_counter()  # meetings: reports read per article (above), planned, applied
    quads = list(set(planned_meeting_quads(quads, meeting_plan(reports.reports))))
    stages["meetings"] = meetings_read + time.perf_counter() - t
    t = time.perf_counter()
    ttl = serialize("ttl", quads)
    stages["serialize"] = time.perf_counter() - t
    total = sum(stages.values())
    return {"articles": built, "chars": chars, "seconds": total, "stages": stages,
            "quads": len(quads), "turtle_bytes": len(ttl.encode()),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def pipeline_run(files: list[str], jobs: int, out: str) -> dict:
    """End to end as the CLI does it: build(), then write graph.ttl."""
    import resource

    from kg.export.formats import write_formats
    from kg.pipeline import BuildOptions, build

    t = time.perf_counter()
    result = build(files, options=BuildOptions(jobs=jobs))
    write_formats(Path(out), ("ttl",), result.quads)
    secs = time.perf_counter() - t
    usage_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    usage_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"articles": len(result.built), "seconds": secs, "jobs": jobs,
            "peak_rss_mb": max(usage_self, usage_children) / 1024,
            "peak_rss_main_mb": usage_self / 1024, "peak_rss_worker_mb": usage_children / 1024}


def peer_run(files: list[str]) -> dict:
    """The peer approach: underthesea ner() over every sentence of a sample."""
    from underthesea import ner, sent_tokenize

    from kg.ingest import Source, read_source

    t = time.perf_counter()
    n = 0
    for f in files:
        doc = read_source(Source(Path(f), Path(f).name))
        for sent in sent_tokenize(doc.text):
            ner(sent)
        n += 1
    secs = time.perf_counter() - t
    return {"articles": n, "seconds": secs, "articles_per_s": n / secs if secs else None}


def _sub(mode: str, files: list[str], jobs: int = 1) -> dict:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        lst = Path(tmp) / "files.json"
        lst.write_text(json.dumps(files))
        code = (f"import json,sys; sys.path.insert(0, {str(ROOT)!r}); sys.path.insert(0, {str(ROOT / 'benchmarks')!r});"
                f"import bench; files=json.load(open({str(lst)!r}));"
                f"r=bench.{mode}(files{', ' + str(jobs) + ', ' + repr(tmp) if mode == 'pipeline_run' else ''});"
                "print(json.dumps(r))")
        p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
        if p.returncode != 0:
            raise SystemExit(f"{mode} failed:\n{p.stderr[-2000:]}")
        return json.loads(p.stdout.strip().splitlines()[-1])


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bench"))
    ap.add_argument("--sizes", default="1000,5000,15091", help="article counts for the scaling curve")
    ap.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}", help="job counts for the full-size run")
    ap.add_argument("--peer-sample", type=int, default=50, help="articles for the underthesea ner() peer")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--write", action="store_const", const=str(RESULTS), dest="out",
                       help=f"replace the tracked {RESULTS.relative_to(ROOT)} with these figures")
    where.add_argument("--out", default=None, metavar="FILE",
                       help="write the JSON to FILE too (default: print it only)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    a = parse_args(argv)
    corpus = Path(a.corpus)
    sizes = [int(s) for s in a.sizes.split(",")]
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform()},
                     "commit": subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True,
                                              text=True).stdout.strip()}
    largest = _corpus_files(corpus, max(sizes))
    print(f"stages on {len(largest)} articles (1 job)...", file=sys.stderr)
    stage = _sub("stage_run", largest)
    stage["articles_per_s"] = stage["articles"] / stage["seconds"]
    stage["chars_per_s"] = stage["chars"] / stage["seconds"]
    results["stages_1job"] = stage
    results["scaling"] = []
    for n in sizes:
        for jobs in sorted({int(j) for j in a.jobs.split(",")}):
            if n != max(sizes) and jobs != 1:
                continue
            print(f"pipeline: {n} articles, {jobs} job(s)...", file=sys.stderr)
            r = _sub("pipeline_run", _corpus_files(corpus, n), jobs)
            r["articles_per_s"] = r["articles"] / r["seconds"]
            r["size"] = n
            results["scaling"].append(r)
    full = [r for r in results["scaling"] if r["size"] == max(sizes)]
    one = next((r for r in full if r["jobs"] == 1), None)
    for r in full:
        if one and r["jobs"] > 1:
            r["speedup_vs_1job"] = one["seconds"] / r["seconds"]
    if a.peer_sample:
        print(f"peer: underthesea ner() on {a.peer_sample} articles...", file=sys.stderr)
        results["peer_underthesea_ner"] = _sub("peer_run", _corpus_files(corpus, a.peer_sample))
    if a.out:
        Path(a.out).write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {a.out}", file=sys.stderr)
    print(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
