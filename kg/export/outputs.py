"""The contract outputs of a build, written into one folder: graph.ttl (and the other formats),
graph.html, report.html and report.json. Used by :func:`kg.pipeline.write_build` and the CLI alike.

Outputs are never overwritten in place: the whole set is written into a hidden staging
folder inside ``out`` and only then renamed over the previous files, so a build that is
killed or fails while writing (a full disk, a read-only folder) leaves the previous set as
it was. Before the renames a journal (``.kg-outputs.json``) names the staged files and the
outputs of earlier runs the new set does not have (a graph.nq when only ttl is asked now):
a run killed between two renames is finished by the next one that takes :func:`out_lock`,
so the folder never stays a mix of two runs, nor keeps files of an older run. :func:`out_lock`
keeps two builds from writing into one folder at once.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import KGError
from kg.export.formats import FORMATS, write_graph_files
from kg.export.report import EXIT_OK, EXIT_SOME_FAILED, REPORT_NAME, ConflictCollector, RunReport
from kg.export.runs import DEFAULT_MAX_MEMORY
from kg.export.viewgraph import ViewGraph
from kg.graph.quads import Quad

LOCK_NAME = ".kg-build.lock"
_STAGING_PREFIX = ".kg-staging-"
_JOURNAL = ".kg-outputs.json"
OUTPUT_NAMES = frozenset({*FORMATS.values(), "graph.html", REPORT_NAME, "report.html", "graph.graphml", "graph.gexf",
                          "graph-nodes.csv", "graph-edges.csv"})
"""Every file ``kg build`` and ``kg export`` write into ``--out``: a run removes those it did not write."""


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
    try:  # never through a symbolic link: it would create or lock a file outside --out
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        if path.is_symlink():
            raise KGError(f"--out {out}: the lock file {LOCK_NAME} is a symbolic link; remove it "
                          "(kg never follows it out of the folder)") from exc
        raise KGError(f"--out {out}: cannot create the lock file ({exc.strerror})") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise KGError(f"--out {out}: another kg build is writing into this folder; wait for "
                          "it to finish or choose another --out") from exc
        _finish_interrupted(out)  # a run killed between its renames: its set is complete, finish it
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
        conflicts = ConflictCollector()
        written, triples = write_graph_files(stage, formats, _Watched(quads, conflicts), prefixes,
                                             max_memory=max_memory, temp_dir=temp_dir, summary=summary)
        report.conflicts = conflicts.entries()
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


class _Watched:
    """A re-iterable stream of quads whose every pass goes by ``collector`` (passes add nothing new)."""

    def __init__(self, quads: Iterable[Quad], collector: ConflictCollector) -> None:
        self.quads, self.collector = quads, collector

    def __iter__(self) -> Iterator[Quad]:
        return self.collector.watch(self.quads)


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
        names = [f.name for f in files]
        stale = sorted(n for n in OUTPUT_NAMES - set(names) if os.path.lexists(out / n))
        _write_journal(out, stage.name, names, stale)
        _apply(out, stage.name, names, stale)
        return [out / n for n in names]
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _write_journal(out: Path, stage: str, names: list[str], stale: list[str]) -> None:
    """Record the renames about to be made (written whole: a temporary file renamed into place)."""
    tmp = out / (_JOURNAL + ".tmp")
    tmp.write_text(json.dumps({"stage": stage, "files": names, "remove": stale}), encoding="utf-8")
    _fsync(tmp)
    os.replace(tmp, out / _JOURNAL)
    _fsync(out)


def _apply(out: Path, stage: str, names: list[str], stale: list[str]) -> None:
    """Make the renames and removals a journal records (again, after a kill: each step is idempotent)."""
    for name in names:
        with contextlib.suppress(FileNotFoundError):  # moved already, before the kill
            os.replace(out / stage / name, out / name)
    for name in stale:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(out / name)
    _fsync(out)
    (out / _JOURNAL).unlink()
    _fsync(out)


def _finish_interrupted(out: Path) -> None:
    """Finish the renames of a run killed while making them (see the module docstring)."""
    path = out / _JOURNAL
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
        stage, names, stale = journal["stage"], list(journal["files"]), list(journal["remove"])
    except FileNotFoundError:
        return
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KGError(f"--out {out}: {_JOURNAL} (the record of an interrupted run) cannot be read "
                      f"({exc}); remove it and build again") from exc
    if (not isinstance(stage, str) or not stage.startswith(_STAGING_PREFIX) or "/" in stage
            or not set(names) | set(stale) <= OUTPUT_NAMES):
        raise KGError(f"--out {out}: {_JOURNAL} names files kg does not write; remove it and build again")
    _apply(out, stage, names, stale)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
