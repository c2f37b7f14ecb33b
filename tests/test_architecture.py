"""The import direction of the layers (docs/architecture.md), checked on the source with ast.

A module may import from its own package and from the layers below its own; never
upward. Imports under ``if TYPE_CHECKING:`` are type annotations only and are not
counted (the model names the annotate stage's TitleContext that way).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# lower layers first; a package (or flat module) may import only from layers before it
LAYERS: list[set[str]] = [
    {"kg.errors", "kg.model", "kg.progress"},  # progress imports nothing of kg: any long step may report
    {"kg"},  # the package root: its version and KGError
    {"kg.lexicon"},
    {"kg.ingest"},
    {"kg.annotate"},
    {"kg.extract"},
    {"kg.resolve"},
    {"kg.graph"},
    {"kg.export", "kg.store"},
    {"kg.executors"},
    {"kg.pipeline"},
    {"kg.commands"},
    {"kg.cli"},
]
RANK = {unit: i for i, layer in enumerate(LAYERS) for unit in layer}
# same-layer packages that may use each other, in this direction only
SIDEWAYS = {("kg.store", "kg.export")}


def unit_of(module: str) -> str:
    """The layer unit of a module name: ``kg.extract.tasks.cues`` -> ``kg.extract``."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else parts[0]


def _runtime_imports(tree: ast.Module) -> list[str]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append(node.module)
        elif isinstance(node, ast.Import):
            out.extend(alias.name for alias in node.names)
    return [m for m in out if m == "kg" or m.startswith("kg.")]


def violations(root: Path = ROOT) -> list[str]:
    found = []
    for path in sorted((root / "kg").rglob("*.py")):
        module = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        here = unit_of(module)
        for target in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            there = unit_of(target)
            if there == here or (here, there) in SIDEWAYS:
                continue
            if here not in RANK or there not in RANK:
                found.append(f"{module}: {target} (layer of {here if here not in RANK else there} unknown)")
            elif RANK[there] >= RANK[here]:
                found.append(f"{module} imports {target}: {there} is not below {here}")
    return found


def test_imports_go_down_the_layers() -> None:
    assert violations() == []


def test_the_check_catches_an_upward_import(tmp_path: Path) -> None:
    (tmp_path / "kg" / "lexicon").mkdir(parents=True)
    (tmp_path / "kg" / "lexicon" / "bad.py").write_text("from kg.graph.iris import slug\n", encoding="utf-8")
    (tmp_path / "kg" / "model.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kg.annotate.context import TitleContext\n",
        encoding="utf-8")
    assert violations(tmp_path) == ["kg.lexicon.bad imports kg.graph.iris: kg.graph is not below kg.lexicon"]


def test_every_module_belongs_to_a_layer() -> None:
    units = {unit_of(".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"))
             for p in (ROOT / "kg").rglob("*.py")}
    assert units <= RANK.keys(), sorted(units - RANK.keys())
