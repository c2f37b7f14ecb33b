"""The contract outputs of a build, written into one folder: graph.ttl (and the other formats),
graph.html and report.json. Used by :func:`kg.pipeline.write_build` and the CLI alike."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.export.formats import write_graph_files
from kg.export.report import EXIT_OK, EXIT_SOME_FAILED, RunReport
from kg.export.runs import DEFAULT_MAX_MEMORY
from kg.graph.quads import Quad, to_union


def write_outputs(out: Path, quads: Iterable[Quad], report: RunReport, *, formats: tuple[str, ...],
                  html: bool = True, prefixes: dict[str, str] | None = None,
                  max_memory: int = DEFAULT_MAX_MEMORY, temp_dir: str | None = None) -> list[Path]:
    """Write the graph files, graph.html (unless ``html`` is false) and report.json into ``out``.

    ``graph.ttl`` is always written (it is the contract other tools rely on). The report
    gets its exit code, triple count and output names here. Returns every file written,
    report.json last.
    """
    from kg.export.html import write_html

    if "ttl" not in formats:
        formats = ("ttl", *formats)
    out.mkdir(parents=True, exist_ok=True)
    # quads may be a re-iterable stream (a build's spool): files are written in bounded memory
    written, triples = write_graph_files(out, formats, quads, prefixes, max_memory=max_memory,
                                         temp_dir=temp_dir)
    if html:
        write_html(to_union(quads), out / "graph.html")
        written.append(out / "graph.html")
    report.exit_code = EXIT_SOME_FAILED if report.skipped else EXIT_OK
    report.triples = triples
    report.outputs = [p.name for p in written]
    written.append(report.write(out))
    return written
