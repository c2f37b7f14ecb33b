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


LANGUAGES = ("vi", "en")
"""The page's languages; the first is the view's, and the default when a browser states neither."""
COOKIE = "kg_lang"
"""The cookie that remembers the language a user chose (``?lang=``)."""


@cache
def page_texts() -> dict[str, dict]:
    """The page's words in each language (``page_text.json``, package data)."""
    return json.loads(resources.files("kg.store").joinpath("page_text.json").read_text(encoding="utf-8"))


def choose_language(asked: str | None, cookie: str | None, accept_language: str | None) -> str:
    """Return the page language: ``?lang=``, else the remembered choice, else the first of
    :data:`LANGUAGES` the browser's ``Accept-Language`` prefers (by q), else Vietnamese."""
    for choice in (asked, cookie):
        if choice in LANGUAGES:
            return choice  # type: ignore[return-value]
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        base = tag.strip().lower().split("-")[0]
        if base in LANGUAGES and q > 0:
            ranked.append((-q, i, base))
    return min(ranked)[2] if ranked else LANGUAGES[0]


def _json_block(value: object) -> str:
    """JSON for a ``<script type="application/json">`` element: nothing in it can close the element."""
    return (json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@cache
def query_page(lang: str = "en") -> Page:
    """Return the query page in ``lang`` (one of :data:`LANGUAGES`; built once per process)."""
    texts = page_texts()[lang if lang in LANGUAGES else "en"]
    template = resources.files("kg.store").joinpath("page.html").read_text(encoding="utf-8")
    examples = [{"name": q.name, "description": q.description, "text": q.text} for q in shipped_queries()]
    html = template.replace("{{QUERIES}}", _json_block(examples)).replace("{{TEXTS}}", _json_block(texts["js"]))
    html = html.replace("{{LANG}}", lang)
    html = re.sub(r"\{\{t:(\w+)\}\}", lambda m: texts[m[1]], html)
    hashes: dict[str, list[str]] = {"script": [], "style": []}
    for kind, body in _INLINE.findall(html):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii")
        hashes[kind].append(f"'sha256-{digest}'")
    csp = ("default-src 'none'; connect-src 'self'; img-src 'self'; form-action 'none'; "
           f"frame-ancestors 'none'; base-uri 'none'; script-src {' '.join(hashes['script'])}; "
           f"style-src {' '.join(hashes['style'])}")
    return Page(html, csp)
