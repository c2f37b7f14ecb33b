"""Helpers for tests: the seed articles as saved portal pages, JSON Lines, and legacy encodings."""

from __future__ import annotations

import html
import json
import unicodedata
from pathlib import Path

from kg.ingest import Source, read_source
from kg.model import Document

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"
SEEDS = sorted(SEEDS_DIR.glob("*.txt"))


def seed_doc(path: Path) -> Document:
    return read_source(Source(path, path.name))


def _body_paragraphs(doc: Document) -> list[str]:
    assert doc.body is not None
    return [line.strip() for line in doc.slice(doc.body).split("\n") if line.strip()]


def portal_page(doc: Document, site: str = "Cổng thông tin điện tử thành phố") -> str:
    """Return ``doc`` as a provincial portal would serve it: menus, side bar, footer, counter."""
    title = html.escape(doc.headline_text)
    meta = [f'<meta property="og:title" content="{title}">']
    if doc.authors:
        meta.append(f'<meta name="author" content="{html.escape("; ".join(doc.authors))}">')
    dateline = ""
    if doc.dateline:
        iso = doc.dateline.strftime("%Y-%m-%dT%H:%M:00+07:00")
        meta.append(f'<meta property="article:published_time" content="{iso}">')
        dateline = f'<div class="date">{doc.dateline:%d/%m/%Y %H:%M}</div>'
    paras = "\n".join(f"<p>{html.escape(p)}</p>" for p in _body_paragraphs(doc))
    byline = (f'<p class="author"><strong>{html.escape(" – ".join(doc.authors))}</strong></p>'
              if doc.authors else "")
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{title} - {html.escape(site)}</title>
{chr(10).join(meta)}
<script>var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</script>
</head><body>
<header><div class="banner">{html.escape(site)}</div>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<form class="search"><input name="q" placeholder="Tìm kiếm theo chuyên mục - nội dung - ngày tháng"></form>
</header>
<div class="container"><aside class="sidebar"><h3>Tin tiêu điểm</h3><ul>
<li><a href="/a">Hội nghị tổng kết công tác xây dựng Đảng năm 2022</a></li>
<li><a href="/b">Ra quân làm đường giao thông nông thôn mới</a></li>
<li><a href="/c">Lịch tiếp công dân của Chủ tịch UBND tháng 12</a></li></ul>
<h3>Lịch công tác</h3><p>Lịch công tác trống</p></aside>
<main><article class="news-detail"><h1 class="title">{title}</h1>
{dateline}
<div class="content">
{paras}
{byline}
</div>
<div class="share">Chia sẻ bài viết | In bài viết | Về đầu trang</div>
</article>
<section class="related"><h3>Tin cùng chuyên mục</h3><ul>
<li><a href="/d">Tăng cường công tác phòng chống dịch bệnh trong mùa mưa bão</a></li>
<li><a href="/e">Đại hội thể dục thể thao các cấp năm 2022</a></li></ul></section>
</main></div>
<footer><div class="links">Website liên kết: <a href="/x">Cổng dịch vụ công</a></div>
<div class="stats">Thống kê truy cập<br>Đang online: 12<br>Hôm nay: 89<br>Đã truy cập: 4872271</div>
<p>Bản quyền thuộc {html.escape(site)}. Địa chỉ: số 1 đường Trần Hưng Đạo.
Điện thoại: 0209.3870.100. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer></body></html>
"""


def jsonl_record(doc: Document, rid: str) -> dict[str, object]:
    """Return ``doc`` as one JSON Lines record: title, text (the body), date, authors."""
    record: dict[str, object] = {"id": rid, "title": doc.headline_text,
                                 "text": "\n\n".join(_body_paragraphs(doc))}
    if doc.dateline:
        record["date"] = doc.dateline.isoformat()
    if doc.authors:
        record["authors"] = list(doc.authors)
    return record


def jsonl_line(record: dict[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def cp1258(text: str) -> bytes:
    """Encode ``text`` in Windows-1258 the way Vietnamese editors did: base letter + tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, marks = (lambda d: (d[0], d[1:]))(unicodedata.normalize("NFD", ch))
        # ô, ư, ă... are single bytes: join the base with the mark that makes one, keep the tone
        candidates = [unicodedata.normalize("NFC", base + m) + marks.replace(m, "") for m in marks]
        for candidate in [*candidates, base + marks]:
            try:
                out += candidate.encode("cp1258")
                break
            except UnicodeEncodeError:
                continue
        else:
            raise ValueError(f"{ch!r} has no Windows-1258 form")
    return bytes(out)
