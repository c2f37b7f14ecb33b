"""Command line entry point: ``kg COMMAND ...``. Holds no logic; see :mod:`kg.commands`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from kg import __version__
from kg.commands import COMMAND_MODULES, EXIT_NOTHING_BUILT, safe
from kg.errors import KGError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph (RDF) of officials, posts, localities, meetings and "
        "tasks from Vietnamese local-government news articles.",
        epilog="Exit codes: 0 success; 1 error (nothing built, a bad store or file: the message "
        "says why); 2 usage error (unknown option or command, a bad option value); "
        "3 built, but some inputs were skipped (each reported, and in report.json).",
    )
    p.add_argument("--version", action="version", version=f"vn-gov-kg {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress and details")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"kg.commands.{name}").register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    level = logging.INFO if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="kg: %(levelname)s: %(message)s")
    # libraries that set their own loggers to INFO (Dask's distributed does) still print
    # through this handler only at the level asked for: no INFO flood without -v
    for handler in logging.getLogger().handlers:
        handler.setLevel(level)
    try:
        return int(args.func(args))
    except KGError as exc:
        print(safe(f"kg: error: {exc}"), file=sys.stderr)
        return EXIT_NOTHING_BUILT


if __name__ == "__main__":
    sys.exit(main())
