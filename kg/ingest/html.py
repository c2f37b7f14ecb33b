"""Saved article pages (``.html``/``.htm``): the main text and metadata, without the portal.

trafilatura finds the article in the page and drops menus, side bars, footers
and visitor counters; it also reads the title, the publication date and the
author from the page's metadata. The extracted text (headline first) is what
the Document holds, so every evidence offset points into it; the line rules of
:mod:`kg.ingest.text` then read the dateline and byline the text itself carries
and drop any portal line trafilatura kept.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace
from typing import Any

from kg.errors import MalformedInputError
from kg.ingest.base import InputWarning, Limits, Reading, check_article, check_length
from kg.ingest.encoding import decode_bytes

# <meta charset="windows-1258"> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
# Dates as htmldate returns them with the output format below.
_DATE_FORMAT = "%Y-%m-%dT%H:%M"
# libxml2's HTML parser is quadratic in the attributes of one tag (200,000 of them took
# minutes): tags with more are cut to this many before extraction, and the cut is reported.
MAX_ATTRIBUTES_PER_TAG = 64
_TAG_START = re.compile(r"<([A-Za-z][\w:.-]*)")
# One attribute as an HTML tokenizer reads it: a name runs to a space, '/', '>' or '=' (a '<'
# or a quote is part of it), a quoted value to its closing quote (or the end of the page: a
# tag never closed), an unquoted one to a space or '>'. A tag ends only at a '>' outside quotes.
_ATTRIBUTE = re.compile(r"""[^\s/>][^\s/>=]*(?:\s*=\s*(?:"[^"]*"?|'[^']*'?|[^\s>]*))?""")
_SPACE_OR_SLASH = re.compile(r"[\s/]*")
# trafilatura joins several authors with "; "
_AUTHOR_SEP = re.compile(r"\s*[;|]\s*")


def parse_html(data: bytes, source: str, limits: Limits) -> Reading:
    """Return the article of a saved page; raise an InputError when the page holds none."""
    from kg.ingest.text import parse_decoded

    found = _DECLARED_CHARSET.search(data[:8192])
    declared = found.group(1).decode("ascii", "replace") if found else None
    decoded = decode_bytes(data, source, declared=declared)
    warnings = [InputWarning(source, w) for w in decoded.warnings]
    truncated = _truncation(decoded.text)
    if truncated:
        warnings.append(InputWarning(source, f"HTML page is truncated ({truncated}); "
                                     "built from the text before the cut"))
    html, dropped = cap_attributes(decoded.text)
    if dropped:
        warnings.append(InputWarning(source, f"{dropped:,} attributes dropped from tags with more "
                                     f"than {MAX_ATTRIBUTES_PER_TAG} before extraction (a page "
                                     "built to be slow to parse?)"))
    meta = _extract(html)
    text = meta.get("text") or ""
    if not text.strip():
        why = f" (the page is truncated: {truncated})" if truncated else ""
        raise MalformedInputError(source, "no article text found in the HTML page"
                                  f"{why}; expected a saved article page")
    title = " ".join((meta.get("title") or "").split())
    lines = text.split("\n")
    if title and lines and " ".join(lines[0].split()) == title:
        lines = lines[1:]  # the page's <h1> is already the title
    raw = (title + "\n\n" if title else "") + "\n".join(lines)
    check_length(raw, source, limits)
    doc = parse_decoded(raw, source)
    authors = tuple(a for a in _AUTHOR_SEP.split(meta.get("author") or "") if a)
    doc = replace(
        doc,
        dateline=doc.dateline or _to_datetime(meta.get("date")),
        authors=authors or doc.authors,
        url=meta.get("url") or None,
    )
    return Reading((check_article(doc, source, limits),), (), tuple(warnings))


def cap_attributes(html: str) -> tuple[str, int]:
    """Cut every tag to its first :data:`MAX_ATTRIBUTES_PER_TAG` attributes; return the page
    and how many attributes were dropped.

    Tags are read as the HTML tokenizer reads them (quotes may hold '<' and '>'), each
    character once: linear time whatever the page holds.
    """
    parts: list[str] = []
    dropped = kept_to = pos = 0
    while m := _TAG_START.search(html, pos):
        i = m.end()
        close = html.find(">", i)
        if close < 0:
            break
        if close - i < 2 * MAX_ATTRIBUTES_PER_TAG and "\"" not in html[i:close] and "'" not in html[i:close]:
            pos = close + 1  # too short to hold the cap's worth of attributes, no quote to hide a '>'
            continue
        count, cut, end = 0, -1, len(html)
        j = i
        while j < len(html):
            j = _SPACE_OR_SLASH.match(html, j).end()  # type: ignore[union-attr]
            if j >= len(html):
                break
            if html[j] == ">":
                end = j + 1
                break
            j = _ATTRIBUTE.match(html, j).end()  # type: ignore[union-attr]
            count += 1
            if count == MAX_ATTRIBUTES_PER_TAG:
                cut = j
        if count > MAX_ATTRIBUTES_PER_TAG:
            dropped += count - MAX_ATTRIBUTES_PER_TAG
            parts += [html[kept_to:cut], ">"]
            kept_to = end
        pos = end
    if not dropped:
        return html, 0
    parts.append(html[kept_to:])
    return "".join(parts), dropped


def _extract(html: str) -> dict[str, Any]:
    """Return trafilatura's text and metadata of ``html`` (offline: nothing is fetched)."""
    import trafilatura

    quiet = logging.getLogger("trafilatura")
    if quiet.level == logging.NOTSET:
        # it logs "discarding data" for an empty page without naming it; the reader
        # reports that itself, once, with the file name
        quiet.setLevel(logging.ERROR)
    result = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        # only the page's own markup and metadata: a date guessed from the text would
        # override the article's dateline rules with a date the article merely mentions
        date_extraction_params={"extensive_search": False, "original_date": True,
                                "outputformat": _DATE_FORMAT},
    )
    if result is None:
        return {}
    return dict(result.as_dict() if hasattr(result, "as_dict") else result)


def _to_datetime(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.strptime(value, _DATE_FORMAT)
    except ValueError:
        try:
            return dt.datetime.strptime(value[:10], "%Y-%m-%d")
        except ValueError:
            return None


def _truncation(html: str) -> str:
    """Return how the page looks cut short (``""`` when it looks complete)."""
    tail = html.rstrip()
    if tail.rfind("<") > tail.rfind(">"):
        return "it ends inside a tag"
    low_head = tail[:4096].lower()
    if "<html" in low_head and "</html>" not in tail[-4096:].lower():
        return "it ends without </html>"
    return ""
