"""The run report of a build: ``DIR/report.json`` and the summary lines on stderr.

The report is deterministic (same inputs → byte-identical file): no
timestamps, no timings, no absolute paths; sources are named as the build
names them (relative to the input folder, ``dump.jsonl:7`` for a JSON line).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.graph.terms import unescape
from kg.ingest.base import InputWarning, Limits
from kg.model import BuildProblem

# exit codes of a build (and of the kg CLI): everything built, nothing built (or an error),
# some inputs skipped; 2 is argparse's usage error, so "some skipped" is 3
EXIT_OK, EXIT_NOTHING_BUILT, EXIT_SOME_FAILED = 0, 1, 3
EXIT_USAGE = 2
REPORT_NAME = "report.json"
REPORT_VERSION = 1


@dataclass
class RunReport:
    """What one ``kg build`` did, in the terms the user needs to act on it."""

    exit_code: int
    limits: Limits
    strict: bool = False
    sources: int = 0
    built: list[str] = field(default_factory=list)
    skipped: list[BuildProblem] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)
    facts: int = 0
    triples: int = 0
    outputs: list[str] = field(default_factory=list)  # file names inside DIR
    stopped: str | None = None  # why a --strict build stopped early
    conflicts: list[dict[str, object]] = field(default_factory=list)  # ConflictCollector.entries()

    def to_json(self) -> str:
        """Return the report as sorted, indented JSON (UTF-8 text, one final newline)."""
        data = {
            "version": REPORT_VERSION,
            "exit_code": self.exit_code,
            "strict": self.strict,
            "stopped": self.stopped,
            "limits": {"max_file_bytes": self.limits.max_file_bytes,
                       "max_article_chars": self.limits.max_article_chars},
            "counts": {"sources": self.sources, "built": len(self.built),
                       "skipped": len(self.skipped), "warnings": len(self.warnings),
                       "facts": self.facts, "triples": self.triples,
                       "tenure_conflicts": len(self.conflicts)},
            "built": list(self.built),
            "skipped": [{"source": p.source, "reason": p.reason} for p in self.skipped],
            "warnings": [{"source": w.source, "message": w.message} for w in self.warnings],
            "outputs": sorted(self.outputs),
            "tenure_conflicts": self.conflicts,
        }
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    def write(self, out_dir: Path) -> Path:
        """Write ``out_dir/report.json`` and return its path."""
        path = out_dir / REPORT_NAME
        path.write_text(self.to_json(), encoding="utf-8")
        return path

    def problem_lines(self) -> Iterable[str]:
        """Yield one stderr line per skipped source and per warning, in input order."""
        for problem in self.skipped:
            yield f"kg: skipped {problem.source}: {problem.reason}"
        for warning in self.warnings:
            yield f"kg: warning: {warning.source}: {warning.message}"

    def summary_line(self, seconds: float, written: Iterable[Path]) -> str:
        """Return the closing line: what was built, what was skipped, where it went."""
        parts = [f"kg: built {len(self.built)} article(s), {self.facts} facts, "
                 f"{self.triples} triples in {seconds:.1f}s"]
        if self.skipped:
            parts.append(f"skipped {len(self.skipped)}")
        if self.warnings:
            parts.append(f"{len(self.warnings)} warning(s)")
        return "; ".join(parts) + " -> " + ", ".join(str(p) for p in written)


_KG = "https://w3id.org/vn-gov-kg/ontology#"
_CONFLICT_FIELDS = {  # report key -> (predicate, one value or a sorted list)
    "post": (f"<{_KG}conflictPost>", False), "since": (f"<{_KG}overlapBegin>", False),
    "until": (f"<{_KG}overlapEnd>", False), "holders": (f"<{_KG}conflictHolder>", True),
    "tenures": (f"<{_KG}conflictingTenure>", True), "evidence": (f"<{_KG}conflictEvidence>", True),
    "label": ("<http://www.w3.org/2000/01/rdf-schema#label>", False),
}


class ConflictCollector:
    """The tenure conflicts of a graph (``kg:TenureConflict``, :mod:`kg.graph.tenure`), picked
    from its quads as they are written: report.json lists them, each with its evidence."""

    def __init__(self) -> None:
        self._fields: dict[str, dict[str, set[str]]] = {}

    def watch(self, quads: Iterable[tuple[str, str, str, str]]) -> Iterator[tuple[str, str, str, str]]:
        """Yield ``quads`` unchanged, keeping those of conflict nodes (IRIs ``…/conflict/…``)."""
        for q in quads:
            if "/conflict/" in q[0]:
                self._fields.setdefault(q[0], {}).setdefault(q[1], set()).add(q[2])
            yield q

    def entries(self) -> list[dict[str, object]]:
        """One entry per conflict, sorted by its IRI: post, overlap, holders, tenures, evidence (IRIs)."""
        out: list[dict[str, object]] = []
        for node in sorted(self._fields):
            fields = self._fields[node]
            entry: dict[str, object] = {"conflict": node[1:-1]}
            for key, (pred, many) in _CONFLICT_FIELDS.items():
                values = sorted(_plain(v) for v in fields.get(pred, ()))
                entry[key] = values if many else (values[0] if values else None)
            out.append(entry)
        return out


def _plain(term: str) -> str:
    """An IRI without its brackets, a literal's text."""
    if term.startswith("<"):
        return term[1:-1]
    return unescape(term[1:term.rfind('"')])
