"""One node per real person (issue 16): names cleaned for identity, posts decide, namesakes stay apart."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from kg.cli import main
from kg.graph.vocab import KG, SCHEMA
from kg.resolve.keys import is_national
from kg.resolve.names import identity_name
from kg.resolve.people import Observation, body_canon, merge_plan

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "identity"

PM = "N|Thủ tướng|Chính phủ"
HA_LONG = "L|22|193|Ủy ban nhân dân|Chủ tịch"


@pytest.mark.parametrize(("written", "clean"), [
    ("Hà Nội Nguyễn Đức Chung", "Nguyễn Đức Chung"),
    ("Nguyễn Đức Chung DN", "Nguyễn Đức Chung"),
    ("NGUYỄN THỊ KIM NGÂN Mục", "Nguyễn Thị Kim Ngân"),
    ("NGUYỄN XUÂN PHÚC", "Nguyễn Xuân Phúc"),
    ("Nguyễn Thiện Nhân Ông Nguyễn", "Nguyễn Thiện Nhân"),
    ("Nguyễ n Xuân Thanh", "Nguyễn Xuân Thanh"),
    ("TP Nguyễn Đức Chung", "Nguyễn Đức Chung"),
    # clean names stay as they are, a surname that is also a place name included
    ("Hà Sỹ Huân", "Hà Sỹ Huân"),
    ("Phạm Hồng Hà", "Phạm Hồng Hà"),
    ("Y Quang BKrông", "Y Quang BKrông"),
    ("K’Thanh", "K’Thanh"),
])
def test_names_are_cleaned_for_identity(written: str, clean: str) -> None:
    assert identity_name(written) == clean


def _obs(node: str, name: str, scope: str, *anchors: str) -> Observation:
    return Observation(node, name, scope, tuple(sorted(anchors)), (f"ev-{node}",))


def _groups(observations: list[Observation]) -> list[list[str]]:
    plan = merge_plan(observations)
    assert plan == merge_plan(list(reversed(observations)))  # order-free
    shuffled = list(observations)
    random.Random(7).shuffle(shuffled)
    assert plan == merge_plan(shuffled)
    return sorted(sorted(m.node for m in p.members) for p in plan.people)


def test_a_national_figure_is_one_person_across_provinces_and_unplaced_mentions() -> None:
    obs = [_obs("pm", "Nguyễn Xuân Phúc", "01", PM), _obs("pm", "Nguyễn Xuân Phúc", "79", PM),
           _obs("pm-pb", "Nguyễn Xuân Phúc", "10", PM, "N|Ủy viên|Bộ Chính trị"),
           _obs("chair-38", "Nguyễn Xuân Phúc", "38"), _obs("chair-none", "Nguyễn Xuân Phúc", "")]
    assert _groups(obs) == [["chair-38", "chair-none", "pm", "pm-pb"]]
    person = merge_plan(obs).people[0]
    assert person.key.endswith("|N")
    rules = {m.node: m.rule for m in person.members}
    assert rules["chair-38"] == "sole-candidate" and rules["pm-pb"] == "national-post"
    assert all(m.evidence for m in person.members)


def test_a_minister_and_a_local_namesake_stay_apart() -> None:
    obs = [_obs("minister", "Phạm Hồng Hà", "22", "N|Bộ trưởng|Bộ Xây dựng"),
           _obs("chairman", "Phạm Hồng Hà", "22", HA_LONG),
           _obs("minister-2", "Phạm Hồng Hà", "01", "N|Bộ trưởng|Bộ Xây dựng")]
    assert _groups(obs) == [["chairman"], ["minister", "minister-2"]]


def test_an_unplaced_mention_with_two_candidates_stays_apart() -> None:
    obs = [_obs("minister", "Phạm Hồng Hà", "01", "N|Bộ trưởng|Bộ Xây dựng"),
           _obs("chairman", "Phạm Hồng Hà", "22", HA_LONG),
           _obs("chair-in-22", "Phạm Hồng Hà", "22"),  # national and Quảng Ninh person both fit
           _obs("chair-in-48", "Phạm Hồng Hà", "48")]  # only the minister fits an Đà Nẵng article
    assert _groups(obs) == [["chair-in-22"], ["chair-in-48", "minister"], ["chairman"]]
    records = {m.node: m.rule for p in merge_plan(obs).people for m in p.members}
    assert records["chair-in-22"] == ""  # alone: nothing merged, nothing to record


def test_namesakes_in_two_provinces_are_two_people() -> None:
    obs = [_obs("a", "Trần Trí Dũng", "01", "L|01|277|Công an huyện|Trưởng"),
           _obs("b", "Trần Trí Dũng", "84", "L|84|84|Tỉnh ủy|Bí thư"),
           _obs("c", "Trần Trí Dũng", "84", "L|84|842|Ủy ban nhân dân|Chủ tịch")]
    assert _groups(obs) == [["a"], ["b", "c"]]


def test_one_role_in_two_ministries_is_two_people_but_one_ministry_written_two_ways_is_one() -> None:
    obs = [_obs("khcn", "Trần Quốc Khánh", "01", "N|Thứ trưởng|Bộ KH&CN"),
           _obs("khcn-long", "Trần Quốc Khánh", "79", "N|Thứ trưởng|Bộ Khoa học và Công nghệ"),
           _obs("ct", "Trần Quốc Khánh", "01", "N|Thứ trưởng|Bộ Công Thương")]
    assert _groups(obs) == [["ct"], ["khcn", "khcn-long"]]
    assert body_canon("Bộ GD-ĐT") == body_canon("Bộ Giáo dục và Đào tạo") == body_canon("Bộ GD&ĐT")
    people = merge_plan(obs).people
    assert len({p.key for p in people}) == 2


def test_typo_variants_merge_only_with_the_same_post() -> None:
    post = "N|Tổng Bí thư|Ban Chấp hành Trung ương Đảng"
    obs = [_obs("right", "Nguyễn Phú Trọng", "01", post), _obs("right-2", "Nguyễn Phú Trọng", "79", post),
           _obs("typo", "Nguyễn Phú Trong", "01", post),
           _obs("thanh", "Nguyễn Văn Thanh", "01", "L|01|001|Ủy ban nhân dân|Chủ tịch"),
           _obs("thanh-2", "Nguyễn Văn Thành", "01", "L|01|002|Huyện ủy|Bí thư")]
    assert _groups(obs) == [["right", "right-2", "typo"], ["thanh"], ["thanh-2"]]
    person = next(p for p in merge_plan(obs).people if len(p.members) == 3)
    assert person.names[0] == "Nguyễn Phú Trọng"
    assert {m.node: m.rule for m in person.members}["typo"] == "typo-variant"


def test_central_bodies_are_national_and_local_ones_are_not() -> None:
    from kg.model import Organization, Place, PlaceType

    for head in ("Chính phủ", "Bộ Xây dựng", "Quốc hội", "Ban Kinh tế Trung ương", "Tổng cục Du lịch"):
        assert is_national(Organization(head, None, head)), head
    hanoi = Place("Hà Nội", PlaceType.CENTRAL_CITY, "01")
    assert not is_national(Organization("Ủy ban nhân dân", hanoi, "Ủy ban nhân dân thành phố Hà Nội"))
    assert not is_national(Organization("Ủy ban nhân dân", None, "Ủy ban nhân dân"))


# -- whole builds ---------------------------------------------------------------------------

def _officials(out: Path, name: str) -> set[str]:
    g = Graph().parse(out / "graph.ttl")
    return {str(p) for p in g.subjects(RDF.type, KG.Official) if str(g.value(p, SCHEMA.name)) == name}


def _write(tmp_path: Path, texts: list[str], prefix: str) -> list[Path]:
    files = []
    for i, text in enumerate(texts):
        files.append(tmp_path / f"{prefix}{i}.txt")
        files[-1].write_text(text, encoding="utf-8")
    return files


MINISTER_ARTICLES = [
    "Tỉnh Lào Cai đón Bộ trưởng\nSáng 9/3/2022, Bộ trưởng Bộ Xây dựng Phạm Hồng Hà làm việc với UBND tỉnh Lào Cai.\n",
    "Thanh Hóa đón đoàn công tác\nChiều 10/3/2022, đồng chí Phạm Hồng Hà, Ủy viên Trung ương Đảng, Bộ trưởng Bộ "
    "Xây dựng thăm tỉnh Thanh Hóa.\n",
    "Hạ Long họp\nSáng 11/3/2022, ông Phạm Hồng Hà, Chủ tịch UBND thành phố Hạ Long, tỉnh Quảng Ninh chủ trì "
    "cuộc họp.\n",
]


def test_a_minister_seen_from_two_provinces_is_one_node_and_the_local_namesake_another(tmp_path: Path) -> None:
    files = _write(tmp_path, MINISTER_ARTICLES, "m")
    out = tmp_path / "out"
    assert main(["build", *map(str, files), "--out", str(out), "--no-html"]) == 0
    assert len(_officials(out, "Phạm Hồng Hà")) == 2
    g = Graph().parse(out / "graph.ttl")
    records = list(g.subjects(RDF.type, KG.MergeRecord))
    # the two articles give the minister different posts: two provisional nodes, merged on record
    assert [str(g.value(r, KG.mergeRule)) for r in records] == ["national-post"] * 2
    assert all((g.value(r, KG.mergeEvidence), RDF.type, KG.Evidence) in g for r in records)


def test_incremental_identities_equal_the_full_build_even_when_a_person_splits(tmp_path: Path) -> None:
    # the chair of the Quảng Ninh article first joins the minister (sole candidate), then the
    # Hạ Long chairman arrives and makes the chair ambiguous: the store must split it again
    chair = "Quảng Ninh họp\nSáng 12/3/2022, tỉnh Quảng Ninh tổ chức hội nghị do đồng chí Phạm Hồng Hà chủ trì.\n"
    files = _write(tmp_path, [*MINISTER_ARTICLES, chair], "s")
    store = str(tmp_path / "store")
    assert main(["build", str(files[0]), str(files[3]), "--into", store, "--no-html",
                 "--out", str(tmp_path / "step")]) == 0
    assert main(["build", str(files[1]), str(files[2]), "--into", store, "--no-html",
                 "--out", str(tmp_path / "inc")]) == 0
    assert main(["build", *map(str, reversed(files)), "--out", str(tmp_path / "full"), "--no-html"]) == 0
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "inc" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name


@pytest.mark.parametrize("extra", [[], ["--locality", "huyện Đắk Song, tỉnh Đắk Nông"]])
def test_a_district_official_is_one_node_across_the_portal_with_and_without_locality(
        tmp_path: Path, extra: list[str]) -> None:
    # dev corpus, Đắk Song portal: one of these articles never names the district
    out = tmp_path / "out"
    assert main(["build", str(FIXTURES / "daksong"), "--out", str(out), "--no-html", *extra]) == 0
    assert len(_officials(out, "Nguyễn Văn Phò")) == 1


def test_a_unit_not_written_in_the_post_sentence_does_not_place_the_person() -> None:
    from kg.lexicon.resources import resources
    from kg.model import Organization, Place, PlaceType
    from kg.resolve.keys import anchor

    gaz = resources().gazetteer
    hcm = Organization("Thành ủy", Place("Hồ Chí Minh", PlaceType.CENTRAL_CITY, "79"), "Thành ủy TP.HCM")
    bien_hoa = Organization("Thành ủy", Place("Biên Hòa", PlaceType.CITY, "731", "75"), "Thành ủy Biên Hòa")
    assert anchor(gaz, "Bí thư", hcm, "Bí thư Thành ủy TP.HCM Đinh La Thăng phát biểu") == "L|79|79|Thành ủy|Bí thư"
    # annotate bound the bare "Thành ủy" to the article's own city: the post is locality-less
    assert anchor(gaz, "Bí thư", bien_hoa, "Bí thư Thành ủy Đinh La Thăng phát biểu") == "K|Thành ủy|Bí thư"


def test_garbled_spellings_of_one_body_do_not_compete() -> None:
    obs = [_obs("a", "Nguyễn Ngọc Thiện", "31", "N|Bộ trưởng|Bộ VHT&DL"),
           _obs("b", "Nguyễn Ngọc Thiện", "48", "N|Bộ trưởng|Bộ VH-TT&DL"),
           _obs("c", "Nguyễn Ngọc Thiện", "01", "N|Bộ trưởng|Bộ Văn hóa, Thể thao và Du lịch")]
    assert _groups(obs) == [["a", "b", "c"]]
