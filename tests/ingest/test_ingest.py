"""Tests for kg.ingest: files in, cleaned Documents with headline, dateline, byline, body out."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import BinaryInputError, EmptyInputError, EncodingInputError, InputError, KGError
from kg.ingest import (
    Source,
    iter_sources,
    make_doc_id,
    parse_bytes,
    parse_text,
    read_all,
    read_source,
)
from kg.model import Document

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
SEEDS = sorted(SEEDS_DIR.glob("*.txt"))

BODY = (
    "Sáng ngày 26/11, UBND thành phố Từ Sơn tổ chức phiên họp thường kỳ tháng 11 năm 2021. "
    "Đồng chí Hoàng Bá Huy, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố chủ trì phiên họp.\n"
    "\n"
    "Chủ tịch UBND thành phố yêu cầu các phòng, ban tập trung triển khai nhiệm vụ."
)


def article(
    *tail: str,
    head: str = "UBND thành phố họp phiên thường kỳ tháng 11/2021",
    dateline: str | None = None,
) -> str:
    parts = [head] + ([dateline] if dateline else []) + [BODY, ""] + list(tail)
    return "\n".join(parts) + "\n"


def doc_of(text: str, source: str = "a.txt") -> Document:
    return parse_bytes(text.encode("utf-8"), source=source)


def body_text(doc: Document) -> str:
    assert doc.body is not None
    return doc.slice(doc.body)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- headline and dateline ---------------------------------------------------------------


def test_headline_is_the_first_line():
    doc = doc_of(article())
    assert doc.headline_text == "UBND thành phố họp phiên thường kỳ tháng 11/2021"
    assert doc.headline is not None and doc.headline.start == 0


def test_headline_skips_leading_blank_lines_and_spaces():
    doc = doc_of("\n\n  \u00a0Tiêu đề bài viết  \n" + BODY + "\n")
    assert doc.headline_text == "Tiêu đề bài viết"


def test_dateline_is_parsed_to_a_datetime_and_kept_out_of_the_body():
    doc = doc_of(article(dateline="30/09/2022 21:04"))
    assert doc.dateline == dt.datetime(2022, 9, 30, 21, 4)
    assert doc.date == dt.date(2022, 9, 30)
    assert "30/09/2022" not in body_text(doc)
    assert body_text(doc).startswith("Sáng ngày 26/11")


def test_dateline_after_a_blank_line():
    doc = doc_of("Tiêu đề\n\n30/09/2022 21:04\n\n" + BODY + "\n")
    assert doc.dateline == dt.datetime(2022, 9, 30, 21, 4)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("06/05/2021 16:11", dt.datetime(2021, 5, 6, 16, 11)),
        ("06/05/2021", dt.datetime(2021, 5, 6)),
        ("6/5/2021 - 16h11", dt.datetime(2021, 5, 6, 16, 11)),
        ("Thứ Sáu, 30/09/2022 21:04", dt.datetime(2022, 9, 30, 21, 4)),
        # how portals print the date after the reform: a "Ngày", or the time first
        ("Ngày 26/08/2025", dt.datetime(2025, 8, 26)),
        ("23:04 02/07/2025", dt.datetime(2025, 7, 2, 23, 4)),
        ("04:29 PM 22/07/2025", dt.datetime(2025, 7, 22, 16, 29)),
        ("Thứ Ba, ngày 26/08/2025", dt.datetime(2025, 8, 26)),
    ],
)
def test_dateline_forms(line, expected):
    assert doc_of(article(dateline=line)).dateline == expected


def test_no_dateline_when_there_is_none():
    doc = doc_of(article())
    assert doc.dateline is None
    assert body_text(doc).startswith("Sáng ngày 26/11")


def test_impossible_date_is_not_a_dateline_value():
    doc = doc_of(article(dateline="31/02/2022 10:00"))
    assert doc.dateline is None


# --- byline and source organization ------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        (["Vi Thu – Trần Bình"], ("Vi Thu", "Trần Bình")),
        (["Hoàng Thạc"], ("Hoàng Thạc",)),
        (["Tin, ảnh: Dung Niê"], ("Dung Niê",)),
        (["Lê Xuân- Vương Hợp."], ("Lê Xuân", "Vương Hợp")),
        (["Bài và ảnh: Minh Hà"], ("Minh Hà",)),
        (["\u00a0Triệu Biển"], ("Triệu Biển",)),
    ],
)
def test_byline_authors(tail, authors):
    doc = doc_of(article(*tail))
    assert doc.authors == authors
    for name in authors:
        assert name not in body_text(doc)
    assert body_text(doc).endswith("triển khai nhiệm vụ.")


@pytest.mark.parametrize(
    ("tail", "authors", "org"),
    [
        (
            ["Vi Thu – Trần Bình", "Trung tâm TT&VH Móng Cái"],
            ("Vi Thu", "Trần Bình"),
            "Trung tâm TT&VH Móng Cái",
        ),
        (["Tin, ảnh: Dung Niê", "Theo báo Đắk Nông online"], ("Dung Niê",), "báo Đắk Nông online"),
        (["Theo báo Đắk Nông online"], (), "báo Đắk Nông online"),
        (["Vi Thu", "Trung tâm TT&VH Móng Cái."], ("Vi Thu",), "Trung tâm TT&VH Móng Cái"),
    ],
)
def test_source_organization(tail, authors, org):
    doc = doc_of(article(*tail))
    assert doc.source_org == org
    assert doc.authors == authors
    assert org not in body_text(doc)
    assert body_text(doc).endswith("triển khai nhiệm vụ.")


@pytest.mark.parametrize(
    "last_line",
    [
        "đồng chí Hà",  # lower-case words are not a name
        "ấn tượng đẹp",
        "Toàn cảnh hội nghị",
        "Theo đó",
        "Báo cáo viên Hà",
        "Trung tâm Y tế đảm bảo kỹ thuật lấy mẫu.",
        "Đồng chí Hoàng Bá Huy phát biểu tại hội nghị.",
    ],
)
def test_closing_body_lines_are_not_bylines(last_line):
    doc = doc_of(article(last_line))
    assert doc.authors == ()
    assert doc.source_org is None
    assert body_text(doc).endswith(last_line)


def test_a_one_line_body_is_never_taken_for_the_byline():
    doc = doc_of("Tiêu đề\nHoàng Thạc\n")
    assert doc.authors == ()
    assert body_text(doc) == "Hoàng Thạc"


# --- boilerplate -------------------------------------------------------------------------

PORTAL_CHROME = [
    "Tìm kiếm theo chuyên mục - nội dung - ngày tháng",
    "Tìm kiếm theo chuyên mục…",
    "Thống kê truy cập",
    "Hôm nay: 89",
    "Đã truy cập: 4872271",
    "Loading...",
    "Loading…",
    "Website liên kết",
    "Tin tiêu điểm",
    "Lịch công tác trống",
]


def test_portal_footer_is_dropped_and_byline_still_found():
    tail = [
        "Trần Thuyết",
        "",
        "",
        "Tìm kiếm theo chuyên mục - nội dung - ngày tháng",
        "",
        "Tin Nóng",
        "Tin tiêu điểm",
        "",
        "Lịch công tác trống",
        "",
        "Website liên kết",
        "Thống kê truy cập",
        "Hôm nay: 89",
        "Đã truy cập: 4872271",
    ]
    doc = doc_of(article(*tail))
    assert doc.authors == ("Trần Thuyết",)
    for chrome in [
        "Tìm kiếm",
        "Tin Nóng",
        "tiêu điểm",
        "Lịch công tác",
        "Website",
        "Thống kê",
        "Hôm nay",
        "Đã truy cập",
    ]:
        assert chrome not in doc.text
    assert doc.text.endswith("Trần Thuyết\n")


@pytest.mark.parametrize("chrome", PORTAL_CHROME)
def test_boilerplate_line_never_in_text(chrome):
    for text in [
        article("Vi Thu – Trần Bình", chrome),
        chrome + "\n" + article("Vi Thu – Trần Bình"),
        article("Vi Thu – Trần Bình", "Trung tâm TT&VH Móng Cái", "", chrome, ""),
        article("Vi Thu – Trần Bình", chrome, "Trung tâm TT&VH Móng Cái"),
    ]:
        doc = doc_of(text)
        assert chrome not in doc.text
        assert doc.headline_text == "UBND thành phố họp phiên thường kỳ tháng 11/2021"
        assert doc.authors == ("Vi Thu", "Trần Bình")
        assert "Sáng ngày 26/11" in doc.text


def test_loading_line_between_byline_and_nothing():
    doc = doc_of(article("Vi Thu – Trần Bình", "Trung tâm TT&VH Móng Cái", "Loading..."))
    assert "Loading" not in doc.text
    assert doc.source_org == "Trung tâm TT&VH Móng Cái"


def test_only_boilerplate_is_empty_input():
    with pytest.raises(EmptyInputError, match="only.txt"):
        parse_bytes("Loading...\nHôm nay: 89\n".encode(), source="only.txt")


# --- encodings and line ends -------------------------------------------------------------


def test_bom_crlf_cr_and_nfd_give_the_same_document():
    text = article("Vi Thu – Trần Bình", "Trung tâm TT&VH Móng Cái", dateline="30/09/2022 21:04")
    reference = doc_of(text)
    variants = [
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        text.replace("\n", "\r\n").encode("utf-8"),
        text.replace("\n", "\r").encode("utf-8"),
        unicodedata.normalize("NFD", text).encode("utf-8"),
        b"\xef\xbb\xbf" + unicodedata.normalize("NFD", text).replace("\n", "\r\n").encode("utf-8"),
        text.encode("utf-16"),
    ]
    for data in variants:
        doc = parse_bytes(data, source="a.txt")
        assert doc.text == reference.text
        assert doc == reference


def test_document_text_is_nfc_without_cr_or_bom():
    doc = parse_bytes(
        b"\xef\xbb\xbf" + unicodedata.normalize("NFD", article()).replace("\n", "\r\n").encode(),
        source="a.txt",
    )
    assert unicodedata.is_normalized("NFC", doc.text)
    assert "\r" not in doc.text and "\ufeff" not in doc.text
    assert doc.text.endswith("\n") and not doc.text.endswith("\n\n")


def test_spans_point_into_the_text():
    doc = doc_of(article("Vi Thu – Trần Bình", dateline="30/09/2022 21:04"))
    assert doc.headline is not None and doc.body is not None
    assert doc.headline.end <= doc.body.start <= doc.body.end <= len(doc.text)
    assert body_text(doc) == body_text(doc).strip()


# --- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data", [b"", b"   \n\r\n\t", b"\xef\xbb\xbf", b"\xef\xbb\xbf \r\n", "\u00a0\n".encode()]
)
def test_empty_file_is_empty_input(tmp_path, data):
    path = write(tmp_path / "trong.txt", data)
    with pytest.raises(EmptyInputError) as info:
        read_source(Source(path, "trong.txt"))
    assert "trong.txt" in str(info.value)
    assert info.value.path == "trong.txt"
    assert "empty" in info.value.reason or "white space" in info.value.reason


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        article().encode() + b"\x00",
        ("x" * 5000 + "\n").encode() + b"\x00\x01",  # the NUL comes after the first 4 KiB
    ],
)
def test_binary_file_is_binary_input(tmp_path, data):
    path = write(tmp_path / "anh.txt", data)
    with pytest.raises(BinaryInputError) as info:
        read_source(Source(path, "anh.txt"))
    assert str(info.value).startswith("anh.txt: ")
    assert "binary" in info.value.reason


# "Ủy ban nhân dân thị xã Đông Triều" in Windows-1258 (tone marks as combining characters)
CP1258 = b"U\xd2y ban nh\xe2n d\xe2n thi\xf2 xa\xde \xd0\xf4ng Tri\xea\xccu\r\n"


def test_fixture_is_windows_1258():
    assert (
        unicodedata.normalize("NFC", CP1258.decode("cp1258"))
        == "Ủy ban nhân dân thị xã Đông Triều\r\n"
    )


@pytest.mark.parametrize(
    ("data", "expected", "encoding"),
    [
        (CP1258 * 3, "Ủy ban nhân dân thị xã Đông Triều", "Windows-1258"),
        ("Hòa Bình café\n".encode("latin-1"), "Hòa Bình café", "Windows-1252"),
    ],
)
def test_legacy_encoding_is_detected_converted_and_warned(tmp_path, data, expected, encoding):
    path = write(tmp_path / "cu.txt", data)
    reading = read_all(Source(path, "cu.txt"))
    (doc,) = reading.docs
    assert doc.headline_text == expected
    assert unicodedata.is_normalized("NFC", doc.text)
    (warning,) = reading.warnings
    assert warning.source == "cu.txt"
    assert "not UTF-8" in warning.message and encoding in warning.message


# Russian in Windows-1251: decodable, but not Vietnamese in any code page
CP1251 = "Привет, это проверка кодировки файла.\n".encode("cp1251") * 3


def test_non_utf8_non_vietnamese_file_is_encoding_input(tmp_path):
    path = write(tmp_path / "cu.txt", CP1251)
    with pytest.raises(EncodingInputError) as info:
        read_source(Source(path, "cu.txt"))
    message = str(info.value)
    assert message.startswith("cu.txt: ")
    assert "UTF-8" in message
    assert isinstance(info.value.__cause__, UnicodeDecodeError)


def test_utf8_cut_mid_character_is_built_with_a_warning(tmp_path):
    data = article().encode("utf-8")
    cut = data[: data.rindex("ụ".encode()) + 1]  # inside the last multi-byte character
    path = write(tmp_path / "cut.txt", cut)
    reading = read_all(Source(path, "cut.txt"))
    assert reading.docs[0].text.endswith("nhiệm v\n")
    (warning,) = reading.warnings
    assert "truncated" in warning.message


def test_input_errors_are_kg_errors(tmp_path):
    assert issubclass(InputError, KGError)
    with pytest.raises(InputError, match="khong-co.txt: file not found"):
        read_source(Source(tmp_path / "khong-co.txt", "khong-co.txt"))


# --- iter_sources ------------------------------------------------------------------------


def names(inputs: list[str | Path]) -> list[str]:
    return [s.name for s in iter_sources(inputs)]


def test_iter_sources_walks_folders_recursively_sorted_txt_only(tmp_path):
    root = tmp_path / "in"
    for rel in [
        "b.txt",
        "a.txt",
        "sub/c.txt",
        "sub/deeper/d.TXT",
        "a.md",
        "notes.txt.bak",
        ".hidden.txt",
        ".git/x.txt",
        "sub/.cache/y.txt",
        "z/README",
    ]:
        write(root / rel, "x")
    assert names([root]) == ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.TXT"]
    sources = list(iter_sources([root]))
    assert all(src.path.is_file() for src in sources)


def test_iter_sources_keeps_files_as_given(tmp_path):
    f = write(tmp_path / "bai viet.txt", "x")
    g = write(tmp_path / "khac.md", "x")
    assert names([f, g]) == ["bai viet.txt", "khac.md"]
    assert names([str(f)]) == ["bai viet.txt"]


def test_iter_sources_is_deterministic(tmp_path):
    for i in [5, 3, 9, 1]:
        write(tmp_path / f"d{i % 2}" / f"{i}.txt", "x")
    assert names([tmp_path]) == ["d1/1.txt", "d1/3.txt", "d1/5.txt", "d1/9.txt"]
    assert names([tmp_path]) == names([tmp_path])


def test_iter_sources_symlink_loop_does_not_hang(tmp_path):
    root = tmp_path / "in"
    write(root / "a.txt", "x")
    write(root / "sub" / "b.txt", "x")
    os.symlink(root, root / "sub" / "loop")
    os.symlink(root / "sub", root / "sub" / "self")
    found = names([root])
    assert "a.txt" in found and "sub/b.txt" in found
    assert len(found) == len(set(s.path.resolve() for s in iter_sources([root])))


def test_iter_sources_follows_a_symlinked_folder_inside_the_input_only(tmp_path):
    other = tmp_path / "other"
    write(other / "x.txt", "x")
    root = tmp_path / "in"
    write(root / "a.txt", "x")
    write(root / ".hidden" / "y.txt", "x")
    os.symlink(other, root / "outside")
    os.symlink(root / ".hidden", root / "linked")
    assert names([root]) == ["a.txt", "linked/y.txt"]


# --- doc_id ------------------------------------------------------------------------------


def test_doc_id_is_deterministic_and_content_derived():
    text = article("Hoàng Thạc")
    a = doc_of(text, source="000_bai.txt")
    assert a.doc_id == doc_of(text, source="000_bai.txt").doc_id
    assert a.doc_id == doc_of(text.replace("\n", "\r\n"), source="000_bai.txt").doc_id
    assert a.doc_id != doc_of(text.replace("tháng 11", "tháng 12"), source="000_bai.txt").doc_id
    assert re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{32}", a.doc_id)
    assert a.doc_id.startswith("000-bai-")


def test_doc_id_slug_is_ascii():
    assert re.fullmatch(
        r"uy-ban-dak-song-[0-9a-f]{32}", make_doc_id("sub/Ủy ban Đắk Song.txt", "x\n")
    )
    assert make_doc_id("???.txt", "x\n").startswith("article-")


# --- the seeds ---------------------------------------------------------------------------

SEED_META = {
    "000_": dict(
        headline="UBND thành phố Bắc Kạn họp giao ban triển khai nhiệm vụ tháng 1/2022",
        dateline=None,
        authors=("Hoàng Thạc",),
        source_org=None,
    ),
    "001_": dict(
        headline="UBND thành phố họp phiên thường kỳ tháng 11/2021",
        dateline=None,
        authors=(),
        source_org=None,
    ),
    "002_": dict(
        headline="Ban Chấp hành Đảng bộ thành phố Bắc Kạn họp mở rộng đánh giá kết quả thực hiện "
        "nhiệm vụ năm 2020",
        dateline=None,
        authors=("Triệu Biển",),
        source_org=None,
    ),
    "003_": dict(
        headline="Đông Triều sẽ quyết tâm phấn đấu hoàn thành vượt mức các chỉ tiêu "
        "của năm 2022 đề ra",
        dateline=dt.datetime(2022, 9, 30, 21, 4),
        authors=("Trần Thuyết",),
        source_org=None,
    ),
    "004_": dict(
        headline="Giao ban UBND Thành phố - phiên họp thường kỳ tháng 4/2021",
        dateline=dt.datetime(2021, 5, 6, 16, 11),
        authors=("Vi Thu", "Trần Bình"),
        source_org="Trung tâm TT&VH Móng Cái",
    ),
}


def seed(prefix: str) -> Document:
    path = next(p for p in SEEDS if p.name.startswith(prefix))
    return read_source(Source(path, path.name))


@pytest.mark.parametrize("prefix", sorted(SEED_META))
def test_seed_metadata(prefix):
    doc = seed(prefix)
    meta = SEED_META[prefix]
    assert doc.headline_text == meta["headline"]
    assert doc.dateline == meta["dateline"]
    assert doc.authors == meta["authors"]
    assert doc.source_org == meta["source_org"]


@pytest.mark.parametrize("prefix", sorted(SEED_META))
def test_seed_body_has_no_headline_byline_or_chrome(prefix):
    doc = seed(prefix)
    body = body_text(doc)
    assert body == body.strip()
    assert not body.startswith(doc.headline_text)
    for name in doc.authors:
        assert name not in body
    if doc.source_org:
        assert doc.source_org not in body
    if doc.dateline:
        assert doc.dateline.strftime("%d/%m/%Y") not in body
    for chrome in [
        "Tìm kiếm theo chuyên mục",
        "Thống kê truy cập",
        "Hôm nay:",
        "Loading...",
        "Website liên kết",
        "Lịch công tác trống",
    ]:
        assert chrome not in doc.text


def test_seed_iteration_matches_the_folder():
    assert names([SEEDS_DIR]) == [p.name for p in SEEDS]
    ids = [read_source(s).doc_id for s in iter_sources([SEEDS_DIR])]
    assert len(set(ids)) == len(ids)
    assert ids == [read_source(s).doc_id for s in iter_sources([SEEDS_DIR])]


def test_parse_text_and_parse_bytes_agree():
    text = article("Hoàng Thạc", dateline="30/09/2022 21:04")
    assert parse_text(text, source="a.txt") == parse_bytes(text.encode(), source="a.txt")


# --- properties --------------------------------------------------------------------------

LINES = st.sampled_from(
    [
        "Tiêu đề",
        "30/09/2022 21:04",
        "",
        "  ",
        "Hoàng Thạc",
        "Vi Thu – Trần Bình",
        "Loading...",
        "Thống kê truy cập",
        "Trung tâm TT&VH Móng Cái",
        "Theo báo Đắk Nông online",
        "Câu văn bình thường.",
        "\u00a0Triệu Biển",
        "Tin, ảnh: Dung Niê",
        "Theo",
        "Báo",
        "Hôm nay: 89",
    ]
) | st.text(st.characters(exclude_characters="\r\n", exclude_categories=("Cs",)), max_size=30)


@settings(max_examples=400)
@given(st.lists(LINES, max_size=10), st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_article_gives_spans_inside_the_text_or_an_input_error(lines, newline):
    raw = newline.join(lines)
    try:
        doc = parse_bytes(raw.encode("utf-8"), source="a.txt")
    except InputError as exc:
        assert str(exc).startswith("a.txt: ")
        return
    assert doc.headline_text.strip() == doc.headline_text != ""
    for span in (doc.headline, doc.body):
        if span is not None:
            assert 0 <= span.start <= span.end <= len(doc.text)
            assert doc.slice(span) == doc.slice(span).strip()
    if doc.body is not None:
        assert doc.headline is not None and doc.headline.end < doc.body.start
        for name in doc.authors:
            assert name in doc.text[doc.body.end :]
    assert doc == parse_bytes("\n".join(lines).encode("utf-8"), source="a.txt")


@settings(max_examples=300)
@given(st.binary(max_size=200))
def test_any_bytes_give_a_document_or_an_input_error(data):
    try:
        doc = parse_bytes(data, source="x.txt")
    except InputError as exc:
        assert exc.path == "x.txt"
        return
    assert "\x00" not in doc.text and "\r" not in doc.text
