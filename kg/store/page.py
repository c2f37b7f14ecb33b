"""The query page ``kg serve`` shows at ``/``: an editor, the shipped queries as examples, a results table.

One self-contained HTML document (``page.html``, package data): inline CSS and
JavaScript, no CDN, no request anywhere but the endpoint on the same origin.
The shipped queries are embedded as a JSON data block with ``<`` written as
``\\u003c`` so no query text can close the script element. The page is sent
with a Content-Security-Policy that allows only its own inline style and
script (by hash) and requests to the same origin.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.store.query import shipped_queries

_INLINE = re.compile(r"<(script|style)>(.*?)</\1>", re.DOTALL)


@dataclass(frozen=True)
class Page:
    """The rendered page and the Content-Security-Policy that goes with it."""

    html: str
    csp: str


@cache
def query_page() -> Page:
    """Return the query page (built once per process)."""
    template = resources.files("kg.store").joinpath("page.html").read_text(encoding="utf-8")
    examples = [{"name": q.name, "description": q.description, "text": q.text} for q in shipped_queries()]
    data = (json.dumps(examples, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    html = template.replace("{{QUERIES}}", data)
    hashes: dict[str, list[str]] = {"script": [], "style": []}
    for kind, body in _INLINE.findall(html):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        hashes[kind].append(f"'sha256-{digest}'")
    csp = ("default-src 'none'; connect-src 'self'; img-src 'self'; form-action 'none'; "
           f"frame-ancestors 'none'; base-uri 'none'; script-src {' '.join(hashes['script'])}; "
           f"style-src {' '.join(hashes['style'])}")
    return Page(html, csp)
