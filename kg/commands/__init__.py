"""Subcommands of the ``kg`` CLI, one module each.

Each module defines ``register(subparsers)`` which adds its parser and sets
``func`` to a function taking the parsed arguments and returning an exit code.
Commands hold no logic of their own: they parse options and call the package.
"""

from __future__ import annotations

import re

from kg.export.report import EXIT_NOTHING_BUILT, EXIT_OK, EXIT_SOME_FAILED

# C0 and C1 control characters and DEL: a file name or an article can hold terminal escape
# sequences (clear the screen, retitle the window, fake a prompt); messages show them escaped
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: str) -> str:
    """``text`` with control characters shown as ``\\xNN``, fit to print on a terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)

# Order here is the order in ``kg --help``.
COMMAND_MODULES = ("build", "view", "export", "query", "ask", "load", "serve", "stats")

__all__ = ["COMMAND_MODULES", "EXIT_NOTHING_BUILT", "EXIT_OK", "EXIT_SOME_FAILED", "safe"]
