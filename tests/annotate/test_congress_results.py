"""Results of Party congresses as the national press lists them (issue 25), on hand-built text.

One article reports the first session of several provinces' new committees: who was re-elected
(``tái đắc cử chức Bí thư Tỉnh ủy``), then the deputies in one list of names with mixed honorifics
(``Các ông A, B và bà C được bầu giữ chức Phó Bí thư``). A bare Party role or ``Tỉnh ủy`` there is
the committee of the province whose congress the paragraph reports, not the article's home.
"""

from __future__ import annotations

from tests.annotation_helpers import annotate_article as _annotate
from tests.annotation_helpers import titles_of as _titles

TWO_PROVINCES = (
    "Sáng 20/10, Đại hội Đảng bộ tỉnh Hà Giang lần thứ 16 nghe báo cáo kết quả phiên họp thứ nhất. "
    "Ông Triệu Văn Tài tái đắc cử chức Bí thư Tỉnh ủy. "
    "Các ông Nguyễn Văn Sáng, Đàm Văn Bình và bà Hầu Thị Liên được bầu giữ chức Phó Bí thư. "
    "Chiều cùng ngày, Ban Chấp hành Đảng bộ tỉnh Cao Bằng khóa mới họp phiên thứ nhất. "
    "Ông Lục Văn Khoa tái đắc cử Bí thư Tỉnh ủy. "
    "Các ông Hoàng Xuân Ánh, Nông Văn Đức được bầu giữ chức Phó Bí thư. "
    "Ông Lục Văn Khoa sinh tại huyện Bảo Lạc, từng công tác nhiều năm ở huyện Bảo Lạc."
)


def test_reelected_secretary_takes_the_committee_of_the_congress() -> None:
    ann = _annotate("Bí thư hai tỉnh tái đắc cử", TWO_PROVINCES)
    assert _titles(ann, "Triệu Văn Tài") == {("Bí thư", "Tỉnh ủy Hà Giang")}
    assert _titles(ann, "Lục Văn Khoa") == {("Bí thư", "Tỉnh ủy Cao Bằng")}


def test_deputies_listed_with_mixed_honorifics_share_the_post() -> None:
    ann = _annotate("Bí thư hai tỉnh tái đắc cử", TWO_PROVINCES)
    for name in ("Nguyễn Văn Sáng", "Đàm Văn Bình", "Hầu Thị Liên"):
        assert _titles(ann, name) == {("Phó Bí thư", "Tỉnh ủy Hà Giang")}, name
    for name in ("Hoàng Xuân Ánh", "Nông Văn Đức"):
        assert _titles(ann, name) == {("Phó Bí thư", "Tỉnh ủy Cao Bằng")}, name
