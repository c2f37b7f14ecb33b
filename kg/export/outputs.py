"""The contract outputs of a build, written into one folder: graph.ttl (and the other formats),
graph.html, report.html and report.json. Used by :func:`kg.pipeline.write_build` and the CLI alike.

Outputs are never overwritten in place: the whole set is written into a hidden staging
folder inside ``out`` and only then renamed over the previous files, so a build that is
killed or fails while writing (a full disk, a read-only folder) leaves the previous set as
it was. :func:`out_lock` keeps two builds from writing into one folder at once.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import KGError
from kg.export.formats import FORMATS, write_graph_files
from kg.export.report import EXIT_OK, EXIT_SOME_FAILED, RunReport
from kg.export.runs import DEFAULT_MAX_MEMORY
from kg.export.viewgraph import ViewGraph
from kg.graph.quads import Quad

LOCK_NAME = ".kg-build.lock"
_STAGING_PREFIX = ".kg-staging-"


def check_out_dir(out: Path) -> None:
    """Create ``out`` if missing; raise :class:`KGError` when it cannot hold the outputs."""
    if out.exists() and not out.is_dir():
        raise KGError(f"--out {out}: is a file, not a folder; choose a folder for the outputs")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KGError(f"--out {out}: cannot create the folder ({exc.strerror})") from exc
    if not os.access(out, os.W_OK | os.X_OK):
        raise KGError(f"--out {out}: the folder is not writable; choose another --out")


@contextlib.contextmanager
def out_lock(out: Path) -> Iterator[None]:
    """Hold ``out`` for one build; a second build into the same folder gets a :class:`KGError`."""
    import fcntl

    check_out_dir(out)
    path = out / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise KGError(f"--out {out}: cannot create the lock file ({exc.strerror})") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise KGError(f"--out {out}: another kg build is writing into this folder; wait for "
                          "it to finish or choose another --out") from exc
        # stale staging folders of a killed build are ours to remove once we hold the lock
        for stale in out.glob(_STAGING_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)
        yield
    finally:
        os.close(fd)


def write_outputs(out: Path, quads: Iterable[Quad], report: RunReport, *, formats: tuple[str, ...],
                  html: bool = True, prefixes: dict[str, str] | None = None,
                  on_stage: Callable[[str], None] | None = None,
                  max_memory: int = DEFAULT_MAX_MEMORY, temp_dir: str | None = None,
                  report_html: bool = True) -> list[Path]:
    """Write the graph files, graph.html (unless ``html`` is false), report.html (unless
    ``report_html`` is false) and report.json into ``out``.

    ``graph.ttl`` is always written (it is the contract other tools rely on). The report
    gets its exit code, triple count and output names here. report.html is drawn from the
    counts taken while graph.ttl is written (:mod:`kg.export.summary`), not from a second
    reading of the graph. Returns every file written, report.json last. All files are
    replaced together; see the module docstring.
    """
    if "ttl" not in formats:
        formats = ("ttl", *formats)

    def say(what: str) -> None:
        if on_stage is not None:
            on_stage(what)

    def write(stage: Path) -> list[Path]:
        say("writing " + ", ".join(FORMATS[fmt] for fmt in formats))
        # quads may be a re-iterable stream (a build's spool): files are written in bounded memory
        summary = None
        if report_html:
            from kg.export.summary import Summary
            from kg.graph.vocab import PREFIXES

            summary = Summary(prefixes or {p: str(ns) for p, ns in PREFIXES.items()})
        written, triples = write_graph_files(stage, formats, quads, prefixes, max_memory=max_memory,
                                             temp_dir=temp_dir, summary=summary)
        if html:
            from kg.export.html import write_html  # networkx: only when the view is written

            say("writing graph.html")
            # a compact read-only graph (no rdflib store of the whole build)
            write_html(ViewGraph(quads), stage / "graph.html", progress=on_stage is not None)
            written.append(stage / "graph.html")
        report.exit_code = EXIT_SOME_FAILED if report.skipped else EXIT_OK
        report.triples = triples
        if summary is not None:
            from kg.export.report_page import REPORT_HTML, write_report_html  # matplotlib: only here

            say("writing report.html")
            written.append(write_report_html(stage / REPORT_HTML, report, summary))
        report.outputs = [p.name for p in written]
        written.append(report.write(stage))
        return written

    return write_together(out, write)


def write_together(out: Path, write: Callable[[Path], list[Path]]) -> list[Path]:
    """Run ``write(stage)`` (which writes files into ``stage`` and returns them), then move them into ``out``.

    On any error the staging folder is removed and a :class:`KGError` says that the
    previous outputs in ``out`` are left unchanged.
    """
    check_out_dir(out)
    try:
        stage = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=out))
    except OSError as exc:
        raise KGError(f"--out {out}: cannot write there ({exc.strerror}); "
                      "the previous outputs are left unchanged") from exc
    try:
        try:
            files = write(stage)
            for f in files:
                _fsync(f)
        except OSError as exc:
            raise KGError(f"--out {out}: writing the outputs failed ({exc.strerror or exc}); "
                          "nothing was replaced, the previous outputs are left unchanged") from exc
        except KGError as exc:  # a writer that already named the file and the reason
            raise KGError(f"{exc}; nothing was replaced in --out {out}, "
                          "the previous outputs are left unchanged") from exc
        final = []
        for f in files:
            target = out / f.name
            os.replace(f, target)
            final.append(target)
        _fsync(out)
        return final
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
