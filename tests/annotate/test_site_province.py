"""The province of the site that published an article (issue 27): a commune several provinces share is read
in the province the site serves (``baohungyen.vn``, a file saved as ``baohungyen_12.txt``), as in the province
of a paper the text names (``Báo Cà Mau``); and an undated unit written with a province only the 2025 register
puts it in (``phường Tân Mỹ (TPHCM)``) is the 2025 unit. Hand-built articles."""

from __future__ import annotations

from dataclasses import replace

from kg.annotate import annotate
from kg.annotate.place_reading import site_province
from kg.ingest.text import parse_text
from kg.lexicon.resources import resources

# xã Đại Đồng is a 2025 commune of Phú Thọ, Bắc Ninh, Hưng Yên and Nghệ An; the text names no province
DAI_DONG = """Đại hội đại biểu Đảng bộ xã Đại Đồng lần thứ I
Ngày 20/07/2025
Ngày 20/7, Đảng bộ xã Đại Đồng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đồng chí Trần Văn \
Nam, Phó Bí thư Tỉnh ủy dự và chỉ đạo Đại hội.
"""


def _commune_code(source: str, url: str | None = None) -> str | None:
    doc = parse_text(DAI_DONG, source)
    if url is not None:
        doc = replace(doc, url=url)
    ann = annotate(doc)
    codes = {pm.place.code for pm in ann.places if pm.place.name == "Đại Đồng"}
    return codes.pop() if len(codes) == 1 else None


def test_the_file_of_a_provincial_papers_site_reads_the_commune_in_its_province() -> None:
    assert _commune_code("baohungyen_1203.txt") == "11995"
    assert _commune_code("daidong-nghean_7.txt") == "17713"


def test_the_url_of_the_site_reads_the_commune_in_its_province() -> None:
    assert _commune_code("saved/page.html", url="https://baophutho.vn/dai-hoi-236562.htm") == "05347"


def test_a_national_site_or_a_plain_file_name_names_no_province() -> None:
    assert _commune_code("vietnews_1203.txt") is None
    assert _commune_code("article.txt") is None
    gaz = resources().gazetteer
    assert site_province(parse_text(DAI_DONG, "baomoi_21472646.txt"), gaz) is None
    assert site_province(parse_text(DAI_DONG, "dantri_2025.txt"), gaz) is None


def test_a_province_merged_in_2025_is_its_successor_after_the_reform() -> None:
    gaz = resources().gazetteer.as_of(parse_text(DAI_DONG, "x.txt").date)
    got = site_province(parse_text(DAI_DONG, "sondong-vinhphuc_3.txt"), gaz)
    assert got is not None and got.name == "Phú Thọ" and got.reform2025


# phường Tân Mỹ lay in Bắc Giang (and xã Tân Mỹ in a dozen provinces) before 2025; since the reform a ward of
# TP HCM has the name. An undated article that places it in TP HCM was written after the reform.
TAN_MY = """Đảng ủy phường Tân Mỹ tổng kết năm
Ngày 21-1, Đảng ủy phường Tân Mỹ (TPHCM) tổ chức hội nghị tổng kết thực hiện nhiệm vụ chính trị. Đồng chí \
Trần Văn Nam, Bí thư Đảng ủy phường chủ trì hội nghị.
"""


def test_an_undated_unit_placed_in_a_province_only_the_2025_register_puts_it_in_is_that_provinces() -> None:
    ann = annotate(parse_text(TAN_MY, "article.txt"))
    codes = {pm.place.code for pm in ann.places if pm.place.name == "Tân Mỹ"}
    assert codes == {"27487"}, codes
    assert ann.home is not None and ann.home.name == "Hồ Chí Minh"


def test_a_unit_placed_in_the_province_it_lay_in_before_the_reform_stays_legacy() -> None:
    text = TAN_MY.replace("(TPHCM)", "(tỉnh Bắc Giang)")
    ann = annotate(parse_text(text, "article.txt"))
    codes = {pm.place.code for pm in ann.places if pm.place.name == "Tân Mỹ"}
    assert codes == {"07687"}, codes
