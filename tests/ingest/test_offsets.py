"""Evidence offsets index the text the article was read from: a user can check them on the file."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.namespace import RDF

from kg.graph.vocab import KG, PROV
from kg.ingest import parse_text
from kg.lexicon.normalize import ZERO_WIDTH_RE
from kg.model import Span

from ..conftest import SEEDS

HEAD = "UBND thành phố họp phiên thường kỳ tháng 11/2021"
BODY = "Đồng chí Hoàng Bá Huy, Chủ tịch UBND thành phố chủ trì phiên họp."


def test_every_seed_evidence_quotes_its_file_slice(seeds_graph: Graph) -> None:
    """kg:sentence == the file's text (decoded, line ends kept)[kg:startOffset:kg:endOffset]."""
    checked = 0
    for ev in seeds_graph.subjects(RDF.type, KG.Evidence):
        article = seeds_graph.value(ev, PROV.wasDerivedFrom)
        name = str(seeds_graph.value(article, KG.sourceFile))
        with (SEEDS / name).open(encoding="utf-8-sig", newline="") as fh:  # no newline translation
            text = fh.read()
        start = int(seeds_graph.value(ev, KG.startOffset))
        end = int(seeds_graph.value(ev, KG.endOffset))
        assert text[start:end] == str(seeds_graph.value(ev, KG.sentence)), (name, start, end)
        checked += 1
    assert checked >= 90


def _cleaned(text: str) -> str:
    """What cleaning does inside a line: no zero-width marks, NFC."""
    return unicodedata.normalize("NFC", ZERO_WIDTH_RE.sub("", text))


def _check_all_spans(raw: str) -> None:
    """Every span of every kept line maps onto the raw text whose cleaning is that span's text."""
    doc = parse_text(raw, "a.txt")
    pos = 0
    for line in doc.text.split("\n")[:-1]:
        for a, b in ((pos, pos + len(line)), (pos, pos + len(line) // 2), (pos + len(line) // 3, pos + len(line))):
            where = doc.source_span(Span(a, b))
            assert _cleaned(raw[where.start:where.end]) == doc.text[a:b], (a, b, where)
        pos += len(line) + 1


def test_crlf_trailing_space_and_leading_blank_lines_map_to_the_file() -> None:
    raw = f"\r\n\r\n{HEAD}  \r\n\r\n30/11/2021 10:00\r\n\r\n{BODY}\t \r\nMột câu nữa.\r\n"
    doc = parse_text(raw, "a.txt")
    start = doc.text.index("Đồng chí")
    span = Span(start, start + len(BODY))
    where = doc.source_span(span)
    assert raw[where.start:where.end] == BODY == doc.slice(span)
    _check_all_spans(raw)


def test_decomposed_text_and_zero_width_marks_map_to_their_source_characters() -> None:
    body = unicodedata.normalize("NFD", BODY).replace("Hoàng", "Ho\u200bàng")
    raw = f"{HEAD}\n\n{body}\n"
    doc = parse_text(raw, "a.txt")
    start = doc.text.index("Chủ tịch")
    where = doc.source_span(Span(start, start + len("Chủ tịch")))
    assert unicodedata.normalize("NFC", raw[where.start:where.end]) == "Chủ tịch"
    _check_all_spans(raw)


def test_dropped_boilerplate_lines_shift_the_offsets_after_them() -> None:
    raw = f"{HEAD}\n\nChia sẻ\n\n{BODY}\n"
    doc = parse_text(raw, "a.txt")
    assert "Chia sẻ" not in doc.text  # the portal's share button is dropped
    start = doc.text.index("Đồng chí")
    where = doc.source_span(Span(start, start + 8))
    assert where.start == raw.index("Đồng chí") != start
    _check_all_spans(raw)


_PIECES = [*"aàáạ bcđĐ,.\t\u00a0\u200b", "a\u0300", "o\u0302\u0301"]  # with decomposed letters
_LINE = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=80, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=8), st.sampled_from(["\n", "\r\n", "\r"]))
def test_offsets_round_trip_on_any_lines(lines: list[str], end: str) -> None:
    raw = f"{HEAD}{end}{end.join(lines)}{end}Đồng chí Hoàng Bá Huy phát biểu.{end}"
    _check_all_spans(raw)


def test_a_file_needing_no_cleaning_has_no_map() -> None:
    raw = f"{HEAD}\n\n{BODY}\n"
    assert parse_text(raw, "a.txt").source_map is None
