"""Place mentions: typed units, shared-type lists, bare names, look-alikes, unlinked units, home."""

from __future__ import annotations

from kg.annotate.places import find_places
from kg.ingest import parse_text
from kg.lexicon.resources import resources
from kg.model import Place, PlaceMention


def _places(text: str, default_home: Place | None = None) -> tuple[Place | None, list[PlaceMention]]:
    doc = parse_text(text, source="t.txt")
    home, _province, mentions = find_places(doc, resources().gazetteer, default_home)
    return home, list(mentions)


def _codes(mentions: list[PlaceMention]) -> list[str | None]:
    return [m.place.code for m in mentions]


def test_typed_mention_links_to_the_register() -> None:
    home, mentions = _places("UBND huyện Đắk Song họp\nSáng 6/5, UBND huyện Đắk Song tổ chức hội nghị.\n")
    assert home is not None and home.code == "665"
    assert "665" in _codes(mentions)


def test_a_list_shares_one_type_word() -> None:
    text = ("Huyện Đắk Song thăm gia đình chính sách\n"
            "Đoàn đến thăm các gia đình ở huyện Đắk Song, tại xã Đăk Mol, Nam Bình, Đăk N’ Drung.\n")
    _home, mentions = _places(text)
    communes = {m.place.name: m for m in mentions if m.place.type.value == "xã"}
    assert set(communes) == {"Đắk Môl", "Nam Bình", "Đắk N'Drung"}
    assert all(m.place.parent_code == "665" for m in communes.values())
    assert communes["Đắk N'Drung"].how == "list"


def test_bare_city_name_establishes_the_home() -> None:
    text = ("Giao ban UBND Thành phố tháng 4\n"
            "Đến nay, Móng Cái vẫn đang kiểm soát tốt tình hình. Móng Cái tiếp tục phát triển.\n")
    home, mentions = _places(text)
    assert home is not None and home.code == "194"
    assert all(m.how == "bare" for m in mentions if m.place.code == "194")


def test_rivers_roads_and_projects_named_like_a_unit_are_not_units() -> None:
    text = ("UBND thành phố Bắc Kạn họp\n"
            "Phương án bồi thường công trình bờ kè Sông Cầu; mái che trên tuyến đường Đội Kỳ.\n")
    _home, mentions = _places(text)
    names = {m.place.name for m in mentions}
    assert "Sông Cầu" not in names and "Đội Kỳ" not in names


def test_ward_with_a_type_word_is_resolved_inside_the_home_city() -> None:
    text = ("UBND thành phố Bắc Kạn họp\n"
            "Tuyên truyền hướng dẫn người dân phường Sông Cầu về quy định mới.\n")
    _home, mentions = _places(text)
    assert "01837" in _codes(mentions)


def test_a_unit_the_register_does_not_list_is_kept_unlinked() -> None:
    text = ("Huyện Đắk Song họp\nĐoàn làm việc tại xã Thuận Hòa Mới của huyện Đắk Song.\n")
    _home, mentions = _places(text)
    unlinked = [m.place for m in mentions if m.place.code is None]
    assert [(p.name, p.type.value) for p in unlinked] == [("Thuận Hòa Mới", "xã")]


def test_default_home_is_used_only_when_the_text_names_none() -> None:
    default = resources().gazetteer.get("665")
    home, _ = _places("UBND huyện họp giao ban\nSáng 6/5, UBND huyện tổ chức hội nghị.\n", default)
    assert home == default
    home, _ = _places("UBND thành phố Bắc Kạn họp\nSáng 6/5, UBND thành phố Bắc Kạn họp.\n", default)
    assert home is not None and home.code == "058"


def test_unlinked_units_are_marked_in_the_graph(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rdflib import Graph, Literal

    from kg.cli import main
    from kg.graph.vocab import KG

    art = tmp_path / "a.txt"
    art.write_text("Huyện Đắk Song họp\nĐoàn làm việc tại xã Thuận Hòa Mới của huyện Đắk Song.\n",
                   encoding="utf-8")
    assert main(["build", str(art), "--out", str(tmp_path / "o"), "--no-html"]) == 0
    g = Graph().parse(tmp_path / "o" / "graph.ttl")
    assert list(g.subjects(KG.linkStatus, Literal("unlinked")))


def test_a_province_level_article_is_about_the_province_not_a_district_it_mentions() -> None:
    text = ("Chủ tịch TP.HCM: gánh hàng rong\n"
            "Sáng 15/6, Thường trực UBND TPHCM họp. Nhiều hộ ở quận 1 buôn bán hàng rong.\n")
    home, _ = _places(text)
    assert home is not None and home.code == "79"


def test_numbered_units_are_labelled_once() -> None:
    _home, mentions = _places("Quận 1 họp\nUBND quận 1 thành phố Hồ Chí Minh tổ chức hội nghị.\n")
    labels = {m.place.label for m in mentions if m.place.code == "760"}
    assert labels == {"quận 1"}


def test_an_address_names_the_unit_of_its_own_district_not_the_article_province() -> None:
    """``phường Bạch Đằng, quận Hai Bà Trưng``: the ward of the district written after it, not the namesake ward of
    the province the article is about (Hải Dương has a phường Bạch Đằng too)."""
    text = ("Công an tỉnh Hải Dương bắt đối tượng lừa đảo\n"
            "Ngày 3/5, Công an tỉnh Hải Dương cho biết đã bắt Trần Văn Nam, trú tại phường Bạch Đằng, "
            "quận Hai Bà Trưng, Hà Nội. Vụ việc xảy ra tại tỉnh Hải Dương.\n")
    _home, mentions = _places(text)
    ward = next(m.place for m in mentions if m.place.name == "Bạch Đằng")
    assert ward.parent_code == "007"  # quận Hai Bà Trưng, Hà Nội
