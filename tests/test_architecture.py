"""The import structure of ``kg`` (docs/architecture.md), checked on the source with ast.

Two rules, on every ``import`` statement of every module:

* **Layers** — a module may import from its own package and from the layers below its own,
  never upward (``ingest → annotate → extract → resolve → graph → export/store``, with
  ``errors``/``model`` and ``lexicon`` at the bottom).
* **No circles** — no chain of modules imports back to where it started.

Every import statement counts, wherever it stands: at module level, under
``if TYPE_CHECKING:`` (an annotation-only import still says the module knows the other
one; the model used to name annotate's ``TitleContext`` that way) and inside a function
(a lazy import only defers the dependency; it is still one). What does not count: the
parent packages Python initialises on the way (``from kg.extract.dates import …`` names
``kg.extract.dates``, not ``kg.extract``), and modules loaded by name at run time
(``importlib.import_module``: the extractor registry's discovery of ``kg.extract``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]

# lower layers first; a package (or flat module) may import only from layers before it
LAYERS: list[set[str]] = [
    {"kg.errors", "kg.model", "kg.progress", "kg.budget"},  # progress imports nothing of kg: any long step may report
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


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Every module of the ``kg`` package under ``root``: dotted name -> file."""
    return {".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__"): p
            for p in sorted((root / "kg").rglob("*.py"))}


def imports(path: Path, known: set[str]) -> list[tuple[str, int]]:
    """The kg modules one file imports, with the line of each import statement (every statement counts).

    ``from A import b`` names the module ``A.b`` when there is one, else ``A``.
    """
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            subs = [f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in known]
            named = subs if len(subs) == len(node.names) else [node.module, *subs]
            out.extend((m, node.lineno) for m in named)
        elif isinstance(node, ast.Import):
            out.extend((a.name, node.lineno) for a in node.names)
    return [(m, line) for m, line in out if m == "kg" or m.startswith("kg.")]


def violations(root: Path = ROOT) -> list[str]:
    """Every import that goes up the layers, or to a module in no layer."""
    found = []
    known = modules(root)
    for module, path in known.items():
        here = unit_of(module)
        for target, line in imports(path, set(known)):
            there = unit_of(target)
            if there == here or (here, there) in SIDEWAYS:
                continue
            if here not in RANK or there not in RANK:
                found.append(f"{module}:{line}: {target} (layer of {here if here not in RANK else there} unknown)")
            elif RANK[there] >= RANK[here]:
                found.append(f"{module}:{line} imports {target}: {there} is not below {here}")
    return found


def circles(root: Path = ROOT) -> list[list[str]]:
    """Every import circle between modules, each listed from its smallest name, sorted."""
    found = modules(root)
    g: nx.DiGraph = nx.DiGraph()
    for module, path in found.items():
        for target, _line in imports(path, set(found)):
            if target in found and target != module:
                g.add_edge(module, target)
    out = []
    for cycle in nx.simple_cycles(g):
        i = cycle.index(min(cycle))
        out.append(cycle[i:] + cycle[:i])
    return sorted(out)


def test_imports_go_down_the_layers() -> None:
    assert violations() == []


def test_no_import_circle() -> None:
    assert circles() == []


def test_every_module_belongs_to_a_layer() -> None:
    units = {unit_of(m) for m in modules()}
    assert units <= RANK.keys(), sorted(units - RANK.keys())


# -- the checks can fail: synthetic packages ------------------------------------------------

def _package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_check_catches_an_upward_import_also_under_type_checking(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "kg/__init__.py": "",
        "kg/lexicon/__init__.py": "",
        "kg/lexicon/bad.py": "from kg.graph.iris import slug\n",
        "kg/model.py": ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                        "    from kg.annotate.context import TitleContext\n"),
        "kg/errors.py": "def f():\n    import kg.cli\n",
    })
    assert violations(root) == [
        "kg.errors:2 imports kg.cli: kg.cli is not below kg.errors",
        "kg.lexicon.bad:1 imports kg.graph.iris: kg.graph is not below kg.lexicon",
        "kg.model:3 imports kg.annotate.context: kg.annotate is not below kg.model",
    ]


def test_the_check_catches_a_circle_however_it_is_closed(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "kg/__init__.py": "",
        "kg/annotate/__init__.py": "",
        # module level both ways
        "kg/annotate/a.py": "from kg.annotate.b import B\n",
        "kg/annotate/b.py": "from kg.annotate import a\nB = 1\n",
        # closed by an annotation-only import
        "kg/annotate/c.py": "from kg.annotate.d import D\n",
        "kg/annotate/d.py": ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                             "    from kg.annotate.e import E\nD = 1\n"),
        "kg/annotate/e.py": "import kg.annotate.c\nE = 1\n",
        # closed by a function-level import
        "kg/annotate/f.py": "from kg.annotate.g import G\n",
        "kg/annotate/g.py": "def G():\n    from kg.annotate.f import x\n",
        # no circle: h -> i, and h's package is not counted for i
        "kg/annotate/h.py": "from kg.annotate.i import I\n",
        "kg/annotate/i.py": "I = 1\n",
    })
    assert circles(root) == [
        ["kg.annotate.a", "kg.annotate.b"],
        ["kg.annotate.c", "kg.annotate.d", "kg.annotate.e"],
        ["kg.annotate.f", "kg.annotate.g"],
    ]
    assert violations(root) == []
