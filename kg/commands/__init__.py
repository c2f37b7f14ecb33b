"""Subcommands of the ``kg`` CLI, one module each.

Each module defines ``register(subparsers)`` which adds its parser and sets
``func`` to a function taking the parsed arguments and returning an exit code.
Commands hold no logic of their own: they parse options and call the package.
"""

from __future__ import annotations

from kg.export.report import EXIT_NOTHING_BUILT, EXIT_OK, EXIT_SOME_FAILED

# Order here is the order in ``kg --help``.
COMMAND_MODULES = ("build", "view", "export", "query", "load", "serve")

__all__ = ["COMMAND_MODULES", "EXIT_NOTHING_BUILT", "EXIT_OK", "EXIT_SOME_FAILED"]
