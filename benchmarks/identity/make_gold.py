"""How clusters.json was made: candidate mentions from a bench build, kept only with post evidence.

This is the record of the gold's construction, not part of scoring. It reads the
person mentions of a bench build (a table dumped by ``--dump`` from graph.trig:
article, node, name as written, role, body, body's locality, evidence sentence)
and keeps, for each person below, the mentions whose *post* (role + body +
locality, or a chair/assigner sentence that names the person with the post)
matches that person's post pattern. Identity is decided by the post, never by the
node the tool chose: mentions of one person on 30 nodes become one gold person,
two nodes' worth of namesakes with unrelated posts become two. A mention whose
post fits no person (or fits two) is left out. Every kept name is checked to
occur in the article's text (``--corpus``) and every kept sentence to contain it.

    python benchmarks/identity/make_gold.py --trig /tmp/ident-bench/graph.trig \
        --corpus ../shared/corpus/bench --out benchmarks/identity/clusters.json
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ENTITIES = "https://w3id.org/vn-gov-kg/id/graph/entities"
K = "https://w3id.org/vn-gov-kg/ontology#"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"

CENTRAL = r"Bộ Chính trị|Ban Chấp hành Trung ương"

# (id, name, other written forms, post pattern over "role|body|locality", note)
# National and central figures: the post pattern is their post(s) in 2016-2017.
NATIONAL: list[tuple[str, str, tuple[str, ...], str, str]] = [
    ("nguyen-xuan-phuc", "Nguyễn Xuân Phúc", ("NGUYỄN XUÂN PHÚC",), rf"^Thủ tướng\|Chính phủ|{CENTRAL}",
     "Thủ tướng Chính phủ (national)"),
    ("tran-dai-quang", "Trần Đại Quang", (), rf"^Chủ tịch\|Nhà nước|{CENTRAL}", "Chủ tịch nước (national)"),
    ("nguyen-thi-kim-ngan", "Nguyễn Thị Kim Ngân", ("NGUYỄN THỊ KIM NGÂN Mục",), rf"^Chủ tịch\|Quốc hội|{CENTRAL}",
     "Chủ tịch Quốc hội (national); 'NGUYỄN THỊ KIM NGÂN Mục' is an all-caps byline form with a glued word"),
    ("nguyen-phu-trong", "Nguyễn Phú Trọng", (), r"^Tổng Bí thư\|", "Tổng Bí thư (national)"),
    ("trinh-dinh-dung", "Trịnh Đình Dũng", (), r"^Phó Thủ tướng\|Chính phủ", "Phó Thủ tướng"),
    ("tran-tuan-anh", "Trần Tuấn Anh", (), r"^Bộ trưởng\|Bộ Công [Tt]hương", "Bộ trưởng Bộ Công Thương"),
    ("vu-duc-dam", "Vũ Đức Đam", (), r"^Phó Thủ tướng\|Chính phủ", "Phó Thủ tướng"),
    ("vuong-dinh-hue", "Vương Đình Huệ", ("VƯƠNG ĐÌNH HUỆ",),
     rf"^Phó Thủ tướng\|Chính phủ|{CENTRAL}|Ban Chỉ đạo Đổi mới", "Phó Thủ tướng"),
    ("truong-hoa-binh", "Trương Hòa Bình", (), rf"^Phó Thủ tướng\|Chính phủ|{CENTRAL}", "Phó Thủ tướng thường trực"),
    ("nguyen-thien-nhan", "Nguyễn Thiện Nhân", ("Nguyễn Thiện Nhân Ông Nguyễn",),
     rf"Thành ủy Hồ Chí Minh|Mặt trận Tổ quốc|MTTQ|{CENTRAL}",
     "Bí thư Thành ủy TP.HCM from 2017, before that Chủ tịch UB Trung ương MTTQ; one person"),
    ("nguyen-chi-dung", "Nguyễn Chí Dũng", (), r"^Bộ trưởng\|Bộ K", "Bộ trưởng Bộ Kế hoạch và Đầu tư"),
    ("hoang-quoc-vuong", "Hoàng Quốc Vượng", (), r"^Thứ trưởng\|Bộ Công [Tt]hương", "Thứ trưởng Bộ Công Thương"),
    ("nguyen-xuan-cuong", "Nguyễn Xuân Cường", (), r"^Bộ trưởng\|Bộ N", "Bộ trưởng Bộ NN&PTNT"),
    ("mai-tien-dung", "Mai Tiến Dũng", (), r"^Chủ nhiệm\|Văn phòng Chính phủ", "Bộ trưởng, Chủ nhiệm VPCP"),
    ("nguyen-thi-kim-tien", "Nguyễn Thị Kim Tiến", (), r"^Bộ trưởng\|Bộ Y [tT]ế", "Bộ trưởng Bộ Y tế"),
    ("dang-thi-ngoc-thinh", "Đặng Thị Ngọc Thịnh", (), r"^Phó Chủ tịch\|Nhà nước", "Phó Chủ tịch nước"),
    ("to-lam", "Tô Lâm", (), rf"^Bộ trưởng\|Bộ Công [aA]n|{CENTRAL}|Tây Nguyên", "Bộ trưởng Bộ Công an"),
    ("phung-xuan-nha", "Phùng Xuân Nhạ", (), r"^Bộ trưởng\|Bộ GD", "Bộ trưởng Bộ GD&ĐT"),
    ("pham-binh-minh", "Phạm Bình Minh", (), r"^Phó Thủ tướng\|Chính phủ|^Bộ trưởng\|Bộ Ngoại",
     "Phó Thủ tướng, Bộ trưởng Ngoại giao"),
    ("pham-minh-chinh", "Phạm Minh Chính", (), rf"^Trưởng ban\|Ban Tổ chức|{CENTRAL}", "Trưởng Ban Tổ chức TW"),
    ("phung-quoc-hien", "Phùng Quốc Hiển", (), rf"^Phó Chủ tịch\|Quốc hội|{CENTRAL}", "Phó Chủ tịch Quốc hội"),
    ("dao-ngoc-dung", "Đào Ngọc Dung", (), r"^Bộ trưởng\|Bộ L", "Bộ trưởng Bộ LĐ-TB&XH"),
    ("dinh-tien-dung", "Đinh Tiến Dũng", (), r"^Bộ trưởng\|Bộ Tài chính", "Bộ trưởng Bộ Tài chính"),
    ("vo-van-thuong", "Võ Văn Thưởng", (), rf"^Trưởng ban\|Ban Tuyên giáo|{CENTRAL}", "Trưởng Ban Tuyên giáo TW"),
    ("truong-quang-nghia", "Trương Quang Nghĩa", (), r"^Bộ trưởng\|Bộ GTVT|ATGT",
     "Bộ trưởng Bộ GTVT (until Oct 2017, then Bí thư Đà Nẵng)"),
    ("tran-hong-ha", "Trần Hồng Hà", (), r"^Bộ trưởng\|Bộ T", "Bộ trưởng Bộ TN&MT"),
    ("bui-van-ga", "Bùi Văn Ga", (), r"^Thứ trưởng\|Bộ GD", "Thứ trưởng Bộ GD&ĐT"),
    ("dang-huy-dong", "Đặng Huy Đông", (), r"^Thứ trưởng\|Bộ Kế hoạch", "Thứ trưởng Bộ KH&ĐT"),
    ("trinh-thi-thuy", "Trịnh Thị Thủy", (), r"^Cục trưởng\|Cục Văn hóa [cC]ơ sở", "Cục trưởng Cục Văn hóa cơ sở"),
    ("phan-tam", "Phan Tâm", (), r"^Thứ trưởng\|Bộ TT", "Thứ trưởng Bộ TT&TT"),
    ("truong-quoc-cuong", "Trương Quốc Cường", (), r"^Thứ trưởng\|Bộ Y tế", "Thứ trưởng Bộ Y tế"),
    ("nguyen-dang-chuong", "Nguyễn Đăng Chương", (), r"^Cục trưởng\|Cục (NTBD|Nghệ thuật)",
     "Cục trưởng Cục Nghệ thuật biểu diễn"),
    ("mai-van-trinh", "Mai Văn Trinh", (), r"^Cục trưởng\|Cục Khảo thí", "Cục trưởng Cục Khảo thí"),
    ("doan-mau-diep", "Doãn Mậu Diệp", (), r"^Thứ trưởng\|Bộ L", "Thứ trưởng Bộ LĐ-TB&XH"),
    ("truong-minh-tuan", "Trương Minh Tuấn", (), rf"^Bộ trưởng\|Bộ T|{CENTRAL}", "Bộ trưởng Bộ TT&TT"),
    ("ha-cong-tuan", "Hà Công Tuấn", (), r"^Thứ trưởng\|Bộ N", "Thứ trưởng Bộ NN&PTNT"),
    ("nguyen-van-than", "Nguyễn Văn Thân", (), r"Hiệp hội DN", "Chủ tịch Hiệp hội DN nhỏ và vừa"),
    ("nguyen-ngoc-dong", "Nguyễn Ngọc Đông", (), r"^Thứ trưởng\|Bộ GTVT", "Thứ trưởng Bộ GTVT"),
    ("vuong-bich-thang", "Vương Bích Thắng", (), r"Tổng cục TDTT", "Tổng cục trưởng Tổng cục TDTT"),
    ("do-hoang-anh-tuan", "Đỗ Hoàng Anh Tuấn", (), r"^Thứ trưởng\|Bộ Tài chính", "Thứ trưởng Bộ Tài chính"),
    ("tran-dac-phu", "Trần Đắc Phu", (), r"^Cục trưởng\|Cục Y tế", "Cục trưởng Cục Y tế dự phòng"),
    ("nguyen-hanh-phuc", "Nguyễn Hạnh Phúc", (), rf"Tổng Thư ký\|Quốc hội|{CENTRAL}", "Tổng Thư ký Quốc hội"),
    ("le-thi-nga", "Lê Thị Nga", (), r"Ủy ban Tư pháp|Quốc hội", "Chủ nhiệm Ủy ban Tư pháp của Quốc hội"),
    ("vu-hong-thanh", "Vũ Hồng Thanh", (), r"Ủy ban Kinh tế|Quốc hội", "Chủ nhiệm Ủy ban Kinh tế của Quốc hội"),
    ("vu-van-tam", "Vũ Văn Tám", ("VŨ VĂN TÁM",), r"^Thứ trưởng\|Bộ N", "Thứ trưởng Bộ NN&PTNT"),
    ("nguyen-ngoc-thien", "Nguyễn Ngọc Thiện", (), r"^Bộ trưởng\|Bộ V", "Bộ trưởng Bộ VH-TT&DL"),
    ("ho-thi-kim-thoa", "Hồ Thị Kim Thoa", (), r"^Thứ trưởng\|Bộ Công [Tt]hương", "Thứ trưởng Bộ Công Thương"),
    ("tran-quoc-khanh-kh", "Trần Quốc Khánh", (), r"^Thứ trưởng\|Bộ Khoa học",
     "Thứ trưởng Bộ KH&CN; namesake of the Thứ trưởng Bộ Công Thương"),
    ("tran-quoc-khanh-ct", "Trần Quốc Khánh", (), r"^Thứ trưởng\|Bộ Công [Tt]hương",
     "Thứ trưởng Bộ Công Thương; namesake of the Thứ trưởng Bộ KH&CN"),
    ("le-dinh-tho", "Lê Đình Thọ", (), r"^Thứ trưởng\|Bộ GTVT", "Thứ trưởng Bộ GTVT"),
    ("vo-van-kiet", "Võ Văn Kiệt", (), r"^Thủ tướng\|Chính phủ", "former Thủ tướng (historical mentions)"),
    ("nguyen-van-binh", "Nguyễn Văn Bình", (), rf"Ban Kinh tế Trung ương|{CENTRAL}", "Trưởng Ban Kinh tế TW"),
    ("nguyen-thanh-binh-tw", "Nguyễn Thanh Bình", (), rf"Ban Tổ chức|{CENTRAL}",
     "Phó Trưởng Ban Tổ chức TW; namesake of the An Giang vice-chairman"),
    ("nguyen-van-son-bca", "Nguyễn Văn Sơn", (), r"^Thứ trưởng\|Bộ Công an", "Thứ trưởng Bộ Công an"),
    ("nguyen-thanh-long-byt", "Nguyễn Thanh Long", (), r"^Thứ trưởng\|Bộ Y tế", "Thứ trưởng Bộ Y tế"),
    ("tran-van-vinh-tcdl", "Trần Văn Vinh", (), r"Tổng cục Tiêu chuẩn", "Tổng cục trưởng TC Tiêu chuẩn Đo lường"),
    ("nguyen-van-cong-gtvt", "Nguyễn Văn Công", (), r"^Thứ trưởng\|Bộ GTVT",
     "Thứ trưởng Bộ GTVT; namesake of the Đồng Tháp director"),
    ("nguyen-thi-nghia-gd", "Nguyễn Thị Nghĩa", (), r"^Thứ trưởng\|Bộ GD",
     "Thứ trưởng Bộ GD&ĐT; namesake of the Hải Phòng Phó Bí thư"),
    ("pham-hong-ha-xd", "Phạm Hồng Hà", (), r"^Bộ trưởng\|Bộ Xây dựng", "Bộ trưởng Bộ Xây dựng"),
    ("nguyen-chi-thanh-tccct", "Nguyễn Chí Thanh", (), r"Tổng cục Chính trị",
     "Đại tướng Nguyễn Chí Thanh (historical), namesake of a Hà Nội site manager"),
]

# Provincial and city leaders, and namesakes with local posts.
LOCAL: list[tuple[str, str, tuple[str, ...], str, str]] = [
    ("nguyen-duc-chung", "Nguyễn Đức Chung", ("Nguyễn Đức Chung DN", "Hà Nội Nguyễn Đức Chung"),
     rf"thành phố Hà Nội$|{CENTRAL}", "Chủ tịch UBND TP Hà Nội; 'Nguyễn Đức Chung DN' and 'Hà Nội Nguyễn Đức Chung' "
     "are extraction junk around his name"),
    ("dinh-la-thang", "Đinh La Thăng", (), rf"Thành ủy Hồ Chí Minh|Ban Kinh tế Trung ương|{CENTRAL}",
     "Bí thư Thành ủy TP.HCM, then Phó Trưởng Ban Kinh tế TW (2017)"),
    ("huynh-duc-tho", "Huỳnh Đức Thơ", (), r"thành phố Đà Nẵng$", "Chủ tịch UBND TP Đà Nẵng"),
    ("nguyen-thanh-phong", "Nguyễn Thành Phong", (), r"Ủy ban nhân dân thành phố Hồ Chí Minh",
     "Chủ tịch UBND TP.HCM (a namesake heads a commune party committee in Bến Tre)"),
    ("nguyen-thanh-phong-attp", "Nguyễn Thanh Phong", (), r"Cục ATTP|Cục An toàn thực phẩm",
     "Cục trưởng Cục ATTP (Bộ Y tế); equal without marks to the TP.HCM chairman"),
    ("nguyen-thanh-phong-quoi-thanh", "Nguyễn Thành Phong", (), r"xã Quới Thành",
     "Bí thư Đảng ủy xã Quới Thành (Bến Tre); namesake of the TP.HCM chairman"),
    ("hoang-trung-hai", "Hoàng Trung Hải", (), rf"Thành ủy Hà Nội|{CENTRAL}", "Bí thư Thành ủy Hà Nội"),
    ("nguyen-xuan-anh", "Nguyễn Xuân Anh", (), rf"thành phố Đà Nẵng$|{CENTRAL}", "Bí thư Thành ủy Đà Nẵng"),
    ("tran-thanh-liem", "Trần Thanh Liêm", (), r"tỉnh Bình Dương$", "Phó Chủ tịch UBND tỉnh Bình Dương"),
    ("tran-thanh-liem-dt", "Trần Thanh Liêm", (), r"tỉnh Đồng Tháp$",
     "Giám đốc Sở GD&ĐT Đồng Tháp; namesake of the Bình Dương vice-chairman"),
    ("ngo-thi-thanh-hang", "Ngô Thị Thanh Hằng", (), r"Thành ủy Hà Nội", "Phó Bí thư Thường trực Thành ủy Hà Nội"),
    ("nguyen-thanh-hung-dt", "Nguyễn Thanh Hùng", (), r"tỉnh Đồng Tháp$", "Phó Chủ tịch UBND tỉnh Đồng Tháp"),
    ("nguyen-van-cong-dt", "Nguyễn Văn Công", (), r"tỉnh Đồng Tháp$", "Giám đốc Sở NN&PTNT Đồng Tháp"),
    ("nguyen-thi-nghia-hp", "Nguyễn Thị Nghĩa", (), r"Thành ủy Hải Phòng", "Phó Bí thư Thường trực Thành ủy Hải Phòng"),
    ("nguyen-thanh-binh-ag", "Nguyễn Thanh Bình", (), r"tỉnh An Giang$", "Phó Chủ tịch UBND tỉnh An Giang"),
    ("nguyen-van-son-hg", "Nguyễn Văn Sơn", (), r"tỉnh Hà Giang$", "Chủ tịch UBND tỉnh Hà Giang"),
    ("nguyen-van-son-ha", "Nguyễn Văn Sơn", (), r"thành phố Hội An$", "Phó Chủ tịch UBND TP Hội An"),
    ("nguyen-thanh-long-brvt", "Nguyễn Thành Long", (), r"Bà Rịa - Vũng Tàu$", "Phó Chủ tịch UBND tỉnh BR-VT"),
    ("nguyen-thanh-long-nt", "Nguyễn Thành Long", (), r"huyện Núi Thành$", "Trưởng Công an huyện Núi Thành"),
    ("tran-van-vinh-dn", "Trần Văn Vĩnh", (), r"tỉnh Đồng Nai$", "Phó Chủ tịch UBND tỉnh Đồng Nai"),
    ("nguyen-thanh-ha-pt", "Nguyễn Thanh Hà", (), r"huyện Phúc Thọ$", "Phó Trưởng Công an huyện Phúc Thọ (Hà Nội)"),
    ("nguyen-thanh-ha-dh", "Nguyễn Thanh Hà", (), r"huyện Đăk Hà$", "Giám đốc TTYT huyện Đăk Hà (Kon Tum)"),
    ("nguyen-thanh-ha-tv", "Nguyễn Thanh Hà", (), r"tỉnh Trà Vinh$", "Trưởng phòng Tư pháp hộ tịch Trà Vinh"),
    ("nguyen-van-hai-hb", "Nguyễn Văn Hải", (), r"Hòa Bình$", "Trưởng phòng CSGT Công an tỉnh Hòa Bình"),
    ("nguyen-van-hai-ntl", "Nguyễn Văn Hải", (), r"quận Nam Từ Liêm$", "Chủ tịch UBND quận Nam Từ Liêm (Hà Nội)"),
    ("nguyen-van-hai-td", "Nguyễn Văn Hải", (), r"huyện Tương Dương$", "Chủ tịch UBND huyện Tương Dương (Nghệ An)"),
    ("nguyen-van-thanh-hue", "Nguyễn Văn Thành", (), r"thành phố Huế$", "Chủ tịch UBND TP Huế"),
    ("nguyen-van-thanh-ln", "Nguyễn Văn Thành", (), r"xã Lộc Nga$", "Phó Chủ tịch UBND xã Lộc Nga (Lâm Đồng)"),
    ("nguyen-van-thanh-vtoto", "Nguyễn Văn Thanh", (), r"Hiệp hội Vận tải ô tô", "Chủ tịch Hiệp hội Vận tải ô tô VN"),
    ("nguyen-duy-hung-as", "Nguyễn Duy Hưng", (), r"xã Châu Lộc$|huyện Anh Sơn$", "commune/district leader in Nghệ An"),
    ("nguyen-duy-hung-dn", "Nguyễn Duy Hưng", (), r"tỉnh Đồng Nai$", "Phó Chủ tịch Hội XNK Đồng Nai"),
    ("tran-tri-dung-tv", "Trần Trí Dũng", (), r"tỉnh Trà Vinh$",
     "Bí thư Tỉnh ủy Trà Vinh; namesake of the Chương Mỹ police chief"),
    ("tran-tri-dung-cm", "Trần Trí Dũng", (), r"huyện Chương Mỹ$",
     "Trưởng Công an huyện Chương Mỹ (Hà Nội); namesake of the Trà Vinh party secretary"),
    ("nguyen-van-hai-ks", "Nguyễn Văn Hai", (), r"huyện Kế Sách$", "Trưởng Công an huyện Kế Sách (Sóc Trăng)"),
    ("nguyen-van-tam-kg", "Nguyễn Văn Tâm", (), r"tỉnh Kiên Giang$", "Giám đốc Sở NN&PTNT Kiên Giang"),
    ("nguyen-van-tam-hcm", "Nguyễn Văn Tám", (), r"Sở GTVT thành phố Hồ Chí Minh", "Phó Giám đốc Sở GTVT TP.HCM"),
    ("nguyen-chi-thanh-huong", "Nguyễn Chí Thanh", (), r"Khu Di tích và thắng cảnh Hương",
     "Trưởng Ban QL Khu di tích Hương Sơn (Hà Nội)"),
    ("pham-hong-ha-hl", "Phạm Hồng Hà", (), r"thành phố Hạ Long$",
     "Chủ tịch UBND TP Hạ Long; namesake of the minister"),
]

# how a chair's or assigner's own sentence states the post, where the holding pattern does not read so
SENTENCE_POSTS = {
    "nguyen-duc-chung": r"Chủ tịch (UBND |Ủy ban nhân dân |UBDN )?(TP\.? ?|thành phố )?Hà Nội",
    "huynh-duc-tho": r"Chủ tịch (UBND |Ủy ban nhân dân )?(TP\.? ?|thành phố )?Đà Nẵng",
    "nguyen-xuan-phuc": r"Thủ tướng",
    "tran-dai-quang": r"Chủ tịch nước",
    "nguyen-thi-kim-ngan": r"Chủ tịch Quốc hội",
    "dinh-la-thang": r"Bí thư Thành ủy (TP\.? ?HCM|TP\.? ?Hồ Chí Minh|thành phố Hồ Chí Minh)",
}

# Reviewed on the sentences: the same post in the same unit on the same story, written with a
# different name. A name dropping the middle ``Thị`` is the same person; a different surname or
# middle name is the press misnaming the post holder: the person is clear but the name is not
# theirs, so those mentions are left out rather than scored either way.
SAME_PERSON = {
    "tranthuha-quanhaibatrung": "tranthithuha-quanhaibatrung",  # Trần Thu Hà = Trần Thị Thu Hà, Phó TP GD
}
MISNAMED = {
    "phamthithuha-quanhaibatrung": "Phó Trưởng phòng GD quận Hai Bà Trưng is Trần Thị Thu Hà elsewhere",
    "luuthihoa-quanhaibatrung": "Trưởng phòng GD quận Hai Bà Trưng is Trần Lưu Hoa elsewhere",
    "tranthihoa-quanhaibatrung": "Trưởng phòng GD quận Hai Bà Trưng is Trần Lưu Hoa elsewhere",
    "buithanhkhiet-quan2": "Phó Chủ tịch UBND quận 2 is Huỳnh Thanh Khiết elsewhere",
    "hasyhuan-huyenchodon": "Chủ tịch UBND huyện Chợ Đồn is Tạ Hữu Huân elsewhere",
    "letrungthu-huyenbacbinh": "Trưởng Công an huyện Bắc Bình is Lê or Trần Trung Thu in two copies of one story",
    "trantrungthu-huyenbacbinh": "Trưởng Công an huyện Bắc Bình is Lê or Trần Trung Thu in two copies of one story",
}

# local units below the province: officials anchored to one district/commune body
_DISTRICT = re.compile(r"^(huyện|quận|thị xã|thành phố (?!Hà Nội$|Hồ Chí Minh$|Đà Nẵng$|Hải Phòng$|Cần Thơ$))")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c)).lower()


def dump(trig: Path) -> tuple[list[list[str]], list[list[str]], dict[str, set[str]]]:
    """Holdings (article, node, written, display, role, body, locality, sentence), other roles, variants."""
    import pyoxigraph

    ent: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    arts: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    with trig.open("rb") as f:
        for q in pyoxigraph.parse(f, format=pyoxigraph.RdfFormat.TRIG):
            g = q.graph_name.value if isinstance(q.graph_name, pyoxigraph.NamedNode) else ""
            target = ent if g == ENTITIES else arts[g]
            target[q.subject.value][q.predicate.value].add(q.object.value)

    def one(d: dict[str, dict[str, set[str]]], s: str, p: str) -> str:
        v = d[s][p] if s in d else set()
        return min(v) if v else ""

    holds, other = [], []
    for g, subs in sorted(arts.items()):
        art = g.rsplit("/", 1)[-1]
        for s, po in sorted(subs.items()):
            sentence = " ".join(one(subs, one(subs, s, K + "evidence"), K + "sentence").split())
            if ORG + "member" in po:
                person, body, role = one(subs, s, ORG + "member"), one(subs, s, ORG + "organization"), one(
                    subs, s, ORG + "role")
                locality = one(ent, one(ent, body, K + "locality"), SCHEMA + "name")
                for written in sorted(subs[person][K + "nameAsWritten"]):
                    holds.append([art, person, written, one(ent, person, SCHEMA + "name"),
                                  one(ent, role, SKOS + "prefLabel"), one(ent, body, SKOS + "prefLabel"),
                                  locality, sentence])
            for pred in (K + "chair", SCHEMA + "attendee", K + "assigner"):
                for person in sorted(po.get(pred, ())):
                    other.append([art, person, one(ent, person, SCHEMA + "name"), sentence])
    variants = {s: set(po[K + "nameVariant"]) for s, po in ent.items() if K + "nameVariant" in po}
    return holds, other, variants


def article_text(corpus: Path, article: str) -> str:
    stem = re.sub(r"-[0-9a-f]{8}$", "", article)
    for candidate in (stem.replace("-", "_"), stem):
        path = corpus / f"{candidate}.txt"
        if path.is_file():
            return " ".join(unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).split())
    return ""


def district_specs(holds: list[list[str]]) -> list[tuple[str, str, tuple[str, ...], str, str]]:
    """One person per (name, district-level body locality) when the name holds posts in one such unit only."""
    units: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    anywhere: dict[str, set[str]] = defaultdict(set)
    for art, _node, _written, display, _role, _body, locality, _sentence in holds:
        anywhere[fold(display)].add(locality)
        if _DISTRICT.match(locality):
            units[fold(display)][locality].add(art)
    specs = []
    for key, by_unit in sorted(units.items()):
        if len(by_unit) != 1:
            continue  # one name in two local units: moved or namesake, not decidable from the post alone
        (unit, arts), = by_unit.items()
        if len(anywhere[key]) > 1 and len(arts) < 2:
            continue
        display = next(h[3] for h in holds if fold(h[3]) == key and h[6] == unit)
        specs.append((f"{key}-{fold(unit)}", display, (), re.escape(unit) + "$",
                      f"local official of {unit} (post anchored in that unit)"))
    return specs


def build(holds: list[list[str]], other: list[list[str]], variants: dict[str, set[str]], corpus: Path,
          specs: list[tuple[str, str, tuple[str, ...], str, str]]) -> dict:
    by_name: dict[str, list[list[str]]] = defaultdict(list)
    for h in holds:
        by_name[fold(h[3])].append(h)
        by_name[fold(h[2])].append(h)
    claimed: dict[tuple[str, str], set[str]] = defaultdict(set)
    found: dict[str, dict[tuple[str, str], str]] = {}
    for pid, name, aliases, pattern, _note in specs:
        post = re.compile(pattern)
        mentions: dict[tuple[str, str], str] = {}
        keys = {fold(name)} | {fold(a) for a in aliases}
        seen_rows = set()
        for key in sorted(keys):
            for art, _node, written, _disp, role, body, locality, sentence in by_name.get(key, []):
                if (art, written, sentence) in seen_rows:
                    continue
                seen_rows.add((art, written, sentence))
                if post.search(f"{role}|{body}|{locality}") and written in sentence:
                    mentions.setdefault((art, written), sentence)
        found[pid] = mentions
        for m in mentions:
            claimed[m].add(pid)
    # chairs and assigners: kept when their own sentence names them with the person's post
    for pid, name, aliases, pattern, _note in specs:
        keys = {fold(name)} | {fold(a) for a in aliases}
        post = re.compile(SENTENCE_POSTS.get(pid, pattern.replace("^", "").replace(r"\|", " ")))
        for art, node, display, sentence in other:
            if fold(display) not in keys:
                continue
            for written in sorted(variants.get(node, {display})):
                if written in sentence and post.search(sentence) and (art, written) not in found[pid]:
                    found[pid][(art, written)] = sentence
                    claimed[(art, written)].add(pid)
    people = []
    for pid, name, _aliases, _pattern, note in specs:
        mentions = []
        for (art, written), sentence in sorted(found[pid].items()):
            if len(claimed[(art, written)]) > 1:
                continue  # fits two people: left out
            text = article_text(corpus, art)
            if written not in text:
                continue  # not written so in the article: left out
            mentions.append({"article": art, "name": written, "sentence": sentence})
        if mentions and pid not in MISNAMED:
            people.append({"id": pid, "name": name, "note": note, "mentions": mentions})
    by_id = {p["id"]: p for p in people}
    for pid, target in SAME_PERSON.items():
        if pid in by_id and target in by_id:
            by_id[target]["mentions"] = sorted(by_id[target]["mentions"] + by_id.pop(pid)["mentions"],
                                               key=lambda m: (m["article"], m["name"]))
            by_id[target]["note"] += f"; also written {next(s[1] for s in specs if s[0] == pid)}"
    people = [p for p in people if p["id"] in by_id]
    return {"about": "Gold person clusters over the bench corpus (see README.md); mentions are (kg article id, "
                     "name as written in the article, an evidence sentence)",
            "people": people}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Rebuild clusters.json from a bench build")
    ap.add_argument("--trig", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--dump", type=Path, help="also write the holdings table as CSV here")
    args = ap.parse_args(argv)
    holds, other, variants = dump(args.trig)
    if args.dump:
        with args.dump.open("w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(holds)
    explicit = NATIONAL + LOCAL
    taken = {fold(s[1]) for s in explicit}
    specs = explicit + [s for s in district_specs(holds) if fold(s[1]) not in taken]
    gold = build(holds, other, variants, args.corpus, specs)
    args.out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(p["mentions"]) for p in gold["people"])
    print(f"{len(gold['people'])} people, {n} mentions -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
