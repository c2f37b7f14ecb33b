"""What a request to the endpoint must look like before it is served: pure checks, no I/O.

Each check returns None when the request may go on, else the (status, reason) to
answer with; the connection is then closed (:mod:`kg.store.serve`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from http import HTTPStatus
from urllib.parse import urlsplit

MAX_REQUEST_BYTES = 1_000_000
"""Largest accepted request body (a query, not data)."""
# SPARQL Update operations; a request whose first keyword after the prologue is
# one of these is refused as an update rather than reported as a syntax error.
_UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY",
                    "WITH")
_PROLOGUE = re.compile(r"\s*(?:#[^\n]*\n|PREFIX\s+[^:\s]*:\s*<[^>]*>|BASE\s*<[^>]*>)",
                       re.IGNORECASE)

Refusal = tuple[HTTPStatus, str]


def is_update(text: str) -> bool:
    """Return whether ``text`` is a SPARQL Update request (judged by its first keyword)."""
    pos = 0
    while m := _PROLOGUE.match(text, pos):
        pos = m.end()
    word = re.match(r"\s*([A-Za-z]+)", text[pos:])
    return word is not None and word[1].upper() in _UPDATE_KEYWORDS


def target_refusal(command: str, path: str, hosts: Sequence[str], allowed: Collection[str]) -> Refusal | None:
    """Refuse a request that does not name this server (DNS rebinding, smuggled targets).

    Exactly one ``Host`` header, naming an allowed host; a target in absolute form
    (``GET http://name/sparql``) must be ``http://`` and name an allowed host too.
    """
    if len(hosts) != 1:
        return HTTPStatus.BAD_REQUEST, f"expected exactly one Host header, got {len(hosts)}"
    names = [hosts[0].strip().lower()]
    if not path.startswith("/") and not (command == "OPTIONS" and path == "*"):
        target = urlsplit(path)
        if target.scheme.lower() != "http" or not target.netloc:
            return HTTPStatus.BAD_REQUEST, f"request target {path[:100]!r} is neither a path nor an http:// URL"
        names.append(target.netloc.lower())
    for host in names:
        if host not in allowed:
            return (HTTPStatus.MISDIRECTED_REQUEST, f"Host {host[:100]!r} is not this server; allowed: "
                    f"{', '.join(sorted(allowed))} (add names with --allow-host)")
    return None


def body_length(lengths: Sequence[str], transfer_encoding: str | None) -> int | Refusal:
    """Return the body's length in bytes from the ``Content-Length`` headers, or the refusal."""
    if transfer_encoding:
        return HTTPStatus.LENGTH_REQUIRED, "send the body with a Content-Length, not chunked"
    if len(lengths) > 1:
        return HTTPStatus.BAD_REQUEST, "more than one Content-Length header"
    raw = (lengths[0] if lengths else "0").strip()
    if not raw.isdigit() or not raw.isascii():
        return HTTPStatus.BAD_REQUEST, f"Content-Length {raw[:40]!r} is not a number of bytes"
    length = int(raw)
    if length > MAX_REQUEST_BYTES:
        return (HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                f"request body of {length} bytes; at most {MAX_REQUEST_BYTES} accepted")
    return length
