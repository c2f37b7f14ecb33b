"""Gold for blind round 12, part B: 12 post-reform (2025 two-level government) articles from the post2025 pool, annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "sonthuy-thanhhoa_604894.txt": "https://sonthuy.thanhhoa.gov.vn/kinh-te-chinh-tri/ky-hop-thu-17-hdnd-xa-son-thuy-khoa-xx-nhiem-ky-2021-2026-thong-qua-nhieu-nghi-quyet-quan-trong-604894",
    "thanhnien_185250727085252833.txt": "https://thanhnien.vn/tong-bi-thu-to-lam-kiem-tra-van-hanh-hoat-dong-he-thong-chinh-tri-xa-si-pa-phin-185250727085252833.htm",
    "thanhnien_18525111210570755.txt": "https://thanhnien.vn/hdnd-tinh-quang-ngai-thong-qua-9-nghi-quyet-quan-trong-18525111210570755.htm",
    "thegioitiepthi-danviet_d1363043.txt": "https://thegioitiepthi.danviet.vn/cao-bang-to-chuc-phien-tru-bi-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xx-d1363043.html",
    "trangtraiviet_d1373019.txt": "https://trangtraiviet.danviet.vn/tuyen-quang-thong-qua-nhieu-nghi-quyet-quan-trong-ve-thuc-hien-cac-chuong-trinh-muc-tieu-quoc-gia-d1373019.html",
    "vietnamnet_2445748.txt": "https://vietnamnet.vn/quang-ngai-bau-them-2-pho-chu-tich-ubnd-tinh-2445748.html",
    "vietnamplus_1056434.txt": "https://www.vietnamplus.vn/chu-tich-nuoc-gui-loi-chuc-xa-bac-thai-ninh-hung-yen-giau-dep-van-minh-post1056434.vnp",
    "vietnamplus_1062402.txt": "https://www.vietnamplus.vn/cao-bang-bau-thuong-vu-tinh-uy-va-uy-ban-kiem-tra-tinh-uy-post1062402.vnp",
    "vnexpress_4957308.txt": "https://vnexpress.net/bi-thu-xa-duoc-bau-lam-pho-chu-tich-tinh-ha-tinh-4957308.html",
    "vtcnews_ar960127.txt": "https://vtcnews.vn/dai-hoi-dang-bo-xa-yen-phong-dau-moc-cho-mot-chang-duong-phat-trien-moi-ar960127.html",
    "xuanloc-hatinh_phien-thu-nhat-dai-hoi.txt": "https://xuanloc.hatinh.gov.vn/tin-tuc/xa-xuan-loc-to-chuc-phien-thu-nhat-dai-hoi-dai-bieu-dang-bo-lan-thu-i-nhiem-ky-2025-2030",
    "znews_1568152.txt": "https://znews.vn/tong-bi-thu-khang-dinh-vai-tro-cua-xa-trong-khong-gian-phat-trien-moi-post1568152.html",
}


def dang_bo(x):
    """Organizer of a commune/province Party congress or committee conference."""
    return f"Đảng bộ {x}|Đảng ủy {x}|Ban Chấp hành Đảng bộ {x}"


def commune(head, kind, name):
    """`<head> <kind> <name>|<head> <kind>` (a commune body; bare form when the article writes `Đảng ủy xã`)."""
    return f"{head} {kind} {name}|{head} {kind}"


def mttq(loc):
    """Front committee of a unit, with and without `Việt Nam`."""
    return f"Ủy ban Mặt trận Tổ quốc Việt Nam {loc}|Ủy ban Mặt trận Tổ quốc {loc}"


def tinh(head, name):
    """A provincial body `<head> tỉnh <name>`, with the bare `<head> tỉnh` when the article leaves the name implied."""
    return f"{head} tỉnh {name}|{head} tỉnh"


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"
BBT = "Ban Bí thư|Ban Bí thư Trung ương Đảng|Trung ương Đảng|Ban Chấp hành Trung ương Đảng"
TBT = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam|Ban Chấp hành Trung ương Đảng|Đảng Cộng sản Việt Nam"
CTN = "Nhà nước|Chủ tịch nước|Nước Cộng hòa xã hội chủ nghĩa Việt Nam"

ST = "Sơn Thủy"
DU_ST = commune("Đảng ủy", "xã", ST) + "|Đảng ủy"
BCH_ST = "Ban Chấp hành Đảng bộ xã Sơn Thủy|Ban Chấp hành Đảng bộ xã|Ban Chấp hành Đảng bộ|" + DU_ST
HDND_ST = commune("Hội đồng nhân dân", "xã", ST)
UB_ST = commune("Ủy ban nhân dân", "xã", ST)

UB_QNG = tinh("Ủy ban nhân dân", "Quảng Ngãi")
HDND_QNG = tinh("Hội đồng nhân dân", "Quảng Ngãi")

TU_CB = "Tỉnh ủy Cao Bằng|Tỉnh ủy"

TU_HY = "Tỉnh ủy Hưng Yên|Tỉnh ủy"

TU_HT = "Tỉnh ủy Hà Tĩnh|Tỉnh ủy"
UB_HT = tinh("Ủy ban nhân dân", "Hà Tĩnh")
HDND_HT = tinh("Hội đồng nhân dân", "Hà Tĩnh")

GOLD = {
    # 17th session of the HĐND of xã Sơn Thủy (Thanh Hóa portal; province not named), afternoon 28/8/2025,
    # co-chaired by the Bí thư/Chủ tịch HĐND and the vice-chairman; two leaders under "Dự kỳ họp". The four officials
    # who present reports (caption-like lines) have no attending cue: optional. Reports only, no directive.
    # "UV BCH Đảng bộ/Đảng uỷ" = member of the commune Party executive committee. Xã Sơn Thủy (Thanh Hóa) = 15010.
    "sonthuy-thanhhoa_604894.txt": {
        "officials": {
            "Lê Đình Xuân": [("Bí thư", DU_ST), ("Chủ tịch", HDND_ST)],
            "Lữ Anh Hướng": [("Ủy viên", BCH_ST), ("Phó Chủ tịch", HDND_ST)],
            "Mai Thị Nhung": [("Phó Bí thư Thường trực", DU_ST), ("?Phó Bí thư", DU_ST)],
            "Mạc Văn Tới": [("Phó Bí thư", DU_ST), ("Chủ tịch", UB_ST)],
            "Hà Văn Hạnh": [("Ủy viên", BCH_ST), ("Phó Chủ tịch", UB_ST)],
            "Ngân Thanh Bình": [("Ủy viên", BCH_ST),
                                ("Phó Chủ tịch", mttq("xã Sơn Thủy") + "|" + mttq("xã") + "|Mặt trận Tổ quốc xã"),
                                ("Chủ tịch", "Hội Cựu chiến binh xã Sơn Thủy|Hội Cựu chiến binh xã|Hội CCB xã")],
            "Hà Hoàng Thanh Tâm": [("Ủy viên", BCH_ST),
                                   ("Trưởng phòng", "Phòng Kinh tế xã Sơn Thủy|Phòng Kinh tế xã|Phòng Kinh tế")],
            "Ngân Văn Hoan": [("Ủy viên", "Ban Thường vụ Đảng ủy xã Sơn Thủy|Ban Thường vụ Đảng ủy xã"
                                          "|Ban Thường vụ Đảng ủy|Ban Thường vụ"),
                              ("Chủ nhiệm", "Ủy ban Kiểm tra Đảng ủy xã Sơn Thủy|Ủy ban Kiểm tra Đảng ủy xã"
                                            "|Ủy ban Kiểm tra Đảng ủy|Ủy ban Kiểm tra")],
        },
        "meetings": [{"date": "2025-08-28", "chair": "Lê Đình Xuân|Lữ Anh Hướng",
                      "organizer": HDND_ST, "locality": "15010",
                      "attendees": ["Mai Thị Nhung", "Mạc Văn Tới", "?Hà Văn Hạnh", "?Ngân Thanh Bình",
                                    "?Hà Hoàng Thanh Tâm", "?Ngân Văn Hoan"]}],
        "localities": ["15010"],
        "tasks": [],
    },
    # General Secretary Tô Lâm and a central delegation inspect (kiểm tra) the political system of xã Si Pa Phìn
    # (Điện Biên), afternoon 26.7: an inspection visit, not a meeting. The rest is the commune's profile (narrative).
    # Si Pa Phìn = 03199 (same code old and new).
    "thanhnien_185250727085252833.txt": {
        "officials": {
            "Tô Lâm": [("Tổng Bí thư", TBT)],
            "Lê Minh Hưng": [("Trưởng ban", "Ban Tổ chức Trung ương")],
            "Nguyễn Duy Ngọc": [("Chủ nhiệm", "Ủy ban Kiểm tra Trung ương")],
            "Nguyễn Xuân Thắng": [("Giám đốc", "Học viện Chính trị Quốc gia Hồ Chí Minh"),
                                  ("Chủ tịch", "Hội đồng Lý luận Trung ương")],
            "Phan Văn Giang": [("Bộ trưởng", "Bộ Quốc phòng")],
            "Lương Tam Quang": [("Bộ trưởng", "Bộ Công an")],
        },
        "meetings": [],
        "localities": ["03199", "11"],
        "tasks": [],
    },
    # 6th (thematic) session of the HĐND of Quảng Ngãi, morning 12.11 (2025 from the resolution of 22.8.2025 and "năm
    # 2025"). No named official, no chair. Agenda only. Quảng Ngãi keeps 51.
    "thanhnien_18525111210570755.txt": {
        "officials": {},
        "meetings": [{"date": "2025-11-12", "chair": None, "organizer": HDND_QNG, "locality": "51",
                      "attendees": []}],
        "localities": ["51"],
        "tasks": [],
    },
    # Preparatory session of the 20th congress of the Party organization of Cao Bằng, morning 16/9 (date line
    # 16/09/2025). No named official; presidium elected, no chair. Cao Bằng keeps 04.
    "thegioitiepthi-danviet_d1363043.txt": {
        "officials": {},
        "meetings": [{"date": "2025-09-16", "chair": None,
                      "organizer": dang_bo("tỉnh Cao Bằng") + "|Tỉnh ủy Cao Bằng", "locality": "04",
                      "attendees": []}],
        "localities": ["04"],
        "tasks": [],
    },
    # Session of the HĐND of Tuyên Quang adopting 16 resolutions; the stored text gives no day, month or session
    # number (store metadata 2025-10-25 is the page's, not the session's) -> date None. No named official. The
    # praise of the delegates' spirit is narrative. Tuyên Quang = 08.
    "trangtraiviet_d1373019.txt": {
        "officials": {},
        "meetings": [{"date": None, "chair": None, "organizer": tinh("Hội đồng nhân dân", "Tuyên Quang"),
                      "locality": "08", "attendees": []}],
        "localities": ["08"],
        "tasks": [],
    },
    # 4th (thematic) session of the HĐND of Quảng Ngãi, afternoon 24/9 (2025 from the two-level government: xã Ba
    # Gia, "huyện Bình Sơn cũ"), electing two UBND vice-chairmen (new posts current). The posts they held when
    # elected (commune HĐND chairman / Party secretary) they leave, and the "từng giữ" posts are former: optional.
    # No chair stated. Named units: xã Ba Gia 21205, xã Khánh Cường 21472, xã Đông Sơn 21109, huyện Bình Sơn (old
    # 524), huyện Sơn Tịnh (old 527, via the Huyện ủy), xã An Phú of TP Quảng Ngãi (old 21262), TP Quảng Ngãi (old
    # 522), thị xã Đức Phổ (old 534, via the Thị ủy).
    "vietnamnet_2445748.txt": {
        "officials": {
            "Nguyễn Công Hoàng": [("Phó Chủ tịch", UB_QNG),
                                  ("?Chủ tịch", commune("Hội đồng nhân dân", "xã", "Ba Gia")),
                                  ("?Giám đốc", "Sở Xây dựng tỉnh Quảng Ngãi|Sở Xây dựng"),
                                  ("?Bí thư", "Huyện ủy Sơn Tịnh"),
                                  ("?Bí thư", commune("Đảng ủy", "xã", "Ba Gia"))],
            "Đỗ Tâm Hiển": [("Phó Chủ tịch", UB_QNG),
                            ("?Bí thư", commune("Đảng ủy", "xã", "Khánh Cường")),
                            ("?Phó Chủ tịch", "Ủy ban nhân dân thành phố Quảng Ngãi"),
                            ("?Giám đốc", "Ban quản lý dự án các công trình giao thông tỉnh Quảng Ngãi"
                                          "|Ban quản lý dự án các công trình giao thông tỉnh"
                                          "|Ban Quản lý dự án các công trình giao thông tỉnh"),
                            ("?Chủ tịch", "Ủy ban nhân dân thị xã Đức Phổ"),
                            ("?Bí thư", "Thị ủy Đức Phổ")],
            "Nguyễn Hoàng Giang": [("Chủ tịch", UB_QNG)],
            "Y Ngọc": [("Phó Chủ tịch Thường trực", UB_QNG), ("?Phó Chủ tịch", UB_QNG)],
            "Trần Phước Hiền": [("Phó Chủ tịch", UB_QNG)],
            "Nguyễn Ngọc Sâm": [("Phó Chủ tịch", UB_QNG)],
        },
        "meetings": [{"date": "2025-09-24", "chair": None, "organizer": HDND_QNG, "locality": "51",
                      "attendees": ["?Nguyễn Công Hoàng", "?Đỗ Tâm Hiển"]}],
        "localities": ["51", "21205", "21472", "21109", "524|21040", "527|21220", "21262|21034", "522", "534|21439"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Bắc Thái Ninh (Hưng Yên), 17-18/8 (2025 from the 2025-2030 term;
    # first day taken, round-8 precedent). Two central officials under "Dự Đại hội"; the provincial secretary speaks
    # at the congress (no attending cue): optional. The President was to attend but did not: not an attendee; his
    # wish for the commune is no directive. Xã Bắc Thái Ninh = 12916; Hưng Yên 33.
    "vietnamplus_1056434.txt": {
        "officials": {
            "Trần Văn Rón": [("Ủy viên", BCHTW), ("Phó Chủ nhiệm Thường trực", "Ủy ban Kiểm tra Trung ương"),
                             ("?Phó Chủ nhiệm", "Ủy ban Kiểm tra Trung ương")],
            "Lê Khánh Hải": [("Ủy viên", BCHTW), ("Chủ nhiệm", "Văn phòng Chủ tịch nước")],
            "Nguyễn Hữu Nghĩa": [("Ủy viên", BCHTW), ("Bí thư", TU_HY)],
            "Lương Cường": [("Ủy viên", "Bộ Chính trị"), ("Chủ tịch nước", CTN)],
        },
        "meetings": [{"date": "2025-08-17", "chair": None, "organizer": dang_bo("xã Bắc Thái Ninh"),
                      "locality": "12916", "attendees": ["Trần Văn Rón", "Lê Khánh Hải", "?Nguyễn Hữu Nghĩa"]}],
        "localities": ["12916", "33"],
        "tasks": [],
    },
    # Closing session of the 20th congress of the Party organization of Cao Bằng, afternoon 17/9 (2025 from the
    # 2025-2030 term), with the results of the new executive committee's first sitting (part of the congress: one
    # meeting). Lê Hải Yến reports on behalf of the presidium (no chair). Elected officials: no attending cue ->
    # optional. The new secretary's pledge is no directive.
    "vietnamplus_1062402.txt": {
        "officials": {
            "Lê Hải Yến": [("Trưởng Ban", "Ban Tổ chức Tỉnh ủy Cao Bằng|Ban Tổ chức Tỉnh ủy")],
            "Quản Minh Cường": [("Bí thư", TU_CB)],
            "Vũ Hồng Quang": [("Phó Bí thư Thường trực", TU_CB), ("?Phó Bí thư", TU_CB)],
            "Lê Hải Hòa": [("Phó Bí thư", TU_CB)],
            "Bế Thanh Tịnh": [("Phó Bí thư", TU_CB)],
            "Nguyễn Trung Thảo": [("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Cao Bằng|Ủy ban Kiểm tra Tỉnh ủy"
                                                "|Ủy ban Kiểm tra")],
        },
        "meetings": [{"date": "2025-09-17", "chair": None,
                      "organizer": dang_bo("tỉnh Cao Bằng") + "|Tỉnh ủy Cao Bằng", "locality": "04",
                      "attendees": ["?Lê Hải Yến", "?Quản Minh Cường", "?Vũ Hồng Quang", "?Lê Hải Hòa",
                                    "?Bế Thanh Tịnh", "?Nguyễn Trung Thảo"]}],
        "localities": ["04"],
        "tasks": [],
    },
    # Session of the HĐND of Hà Tĩnh, morning 29/10 (2025 from the two-level government: "Huyện ủy Kỳ Anh (cũ)",
    # communes directly under the province), electing the HĐND chairman and vice-chairwoman, two UBND vice-chairs and
    # three UBND members (new posts current). Posts the elected hold when introduced and then leave, and the "từng
    # giữ" posts: optional. No chair stated. Named units: xã Kỳ Xuân 18766 (old 18757), xã Kim Hoa 18223 (old
    # 18211), huyện Kỳ Anh (old 447, via the Huyện ủy), xã Thượng Đức 18328.
    "vnexpress_4957308.txt": {
        "officials": {
            "Hồ Huy Thành": [("Phó Chủ tịch", UB_HT),
                             ("?Bí thư", commune("Đảng ủy", "xã", "Kỳ Xuân")),
                             ("?Chủ tịch", commune("Hội đồng nhân dân", "xã", "Kỳ Xuân")),
                             ("?Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh|Sở Tài nguyên và Môi trường"),
                             ("?Bí thư", "Huyện ủy Kỳ Anh")],
            "Nguyễn Hồng Lĩnh": [("Phó Bí thư Thường trực", TU_HT), ("?Phó Bí thư", TU_HT),
                                 ("Chủ tịch", HDND_HT),
                                 ("?Phó Chủ tịch Thường trực", UB_HT), ("?Phó Chủ tịch", UB_HT)],
            "Nguyễn Thị Việt Hà": [("Phó Chủ tịch", HDND_HT),
                                   ("?Bí thư", commune("Đảng ủy", "xã", "Thượng Đức"))],
            "Nguyễn Thị Nguyệt": [("Phó Chủ tịch", UB_HT),
                                  ("?Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh|Sở Giáo dục và Đào tạo")],
            "Trần Viết Hải": [("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh|Văn phòng Ủy ban nhân dân tỉnh"),
                              ("Ủy viên", UB_HT)],
            "Nguyễn Thanh Điện": [("Chánh Thanh tra", "Thanh tra tỉnh Hà Tĩnh|Thanh tra tỉnh"), ("Ủy viên", UB_HT)],
            "Lê Thành Đông": [("Giám đốc", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh|Sở Khoa học và Công nghệ"),
                              ("Ủy viên", UB_HT)],
            "Nguyễn Duy Lâm": [("Bí thư", TU_HT)],
            "Võ Trọng Hải": [("Phó Bí thư", TU_HT), ("Chủ tịch", UB_HT)],
        },
        "meetings": [{"date": "2025-10-29", "chair": None, "organizer": HDND_HT, "locality": "42",
                      "attendees": ["?Hồ Huy Thành", "?Nguyễn Hồng Lĩnh", "?Nguyễn Thị Việt Hà", "?Nguyễn Thị Nguyệt",
                                    "?Trần Viết Hải", "?Nguyễn Thanh Điện", "?Lê Thành Đông"]}],
        "localities": ["42", "18766|18757", "18223|18211", "447|18775", "18328"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Yên Phong (Bắc Ninh), 15-16/8 (2025 from the 2025-2030 term;
    # first day taken). The commune secretary opens it (phát biểu khai mạc, no "chủ trì") -> chair None, optional
    # attendee. Named units: xã Yên Phong 09193 (= old thị trấn Chờ's code; old huyện Yên Phong 258 optional), the
    # merged xã Đông Tiến 09217, Trung Nghĩa 09223, Long Châu 09232; Bắc Ninh 24 (old 27).
    "vtcnews_ar960127.txt": {
        "officials": {
            "Nguyễn Văn Hoàn": [("Bí thư", commune("Đảng ủy", "xã", "Yên Phong") + "|Đảng ủy")],
        },
        "meetings": [{"date": "2025-08-15", "chair": None, "organizer": dang_bo("xã Yên Phong"),
                      "locality": "09193", "attendees": ["?Nguyễn Văn Hoàn"]}],
        "localities": ["09193", "24|27", "09217", "09223", "09232", "?258"],
        "tasks": [],
    },
    # First sitting (phiên thứ nhất) of the first congress of the Party organization of xã Xuân Lộc (Hà Tĩnh),
    # afternoon 10/8/2025; one provincial official under "Đến dự". No chair named (presidium elected). Incense
    # offering before it is a ceremony, not a separate meeting. Xã Xuân Lộc = 18481 (old 18475).
    "xuanloc-hatinh_phien-thu-nhat-dai-hoi.txt": {
        "officials": {
            "Nguyễn Trí Lạc": [("Ủy viên", "Tỉnh ủy Hà Tĩnh|Tỉnh ủy"),
                               ("Phó Trưởng Ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh"
                                                  "|Ban Tuyên giáo và Dân vận Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-08-10", "chair": None, "organizer": dang_bo("xã Xuân Lộc"),
                      "locality": "18481|18475", "attendees": ["Nguyễn Trí Lạc"]}],
        "localities": ["18481|18475", "42"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Nghĩa Trụ (Hưng Yên), 13-14/7 (2025 from the 2025-2030 term and
    # "năm 2025"; first day taken). Two officials under "Dự đại hội"; the headline's General Secretary is not named
    # in the stored text. Results only. Xã Nghĩa Trụ = 12031; merged xã Long Hưng (old 12034) and Vĩnh Khúc (12037).
    "znews_1568152.txt": {
        "officials": {
            "Lê Hoài Trung": [("Bí thư", BBT), ("Chánh Văn phòng", "Văn phòng Trung ương Đảng")],
            "Nguyễn Hữu Nghĩa": [("Ủy viên", BCHTW), ("Bí thư", TU_HY)],
        },
        "meetings": [{"date": "2025-07-13", "chair": None, "organizer": dang_bo("xã Nghĩa Trụ"),
                      "locality": "12031", "attendees": ["Lê Hoài Trung", "Nguyễn Hữu Nghĩa"]}],
        "localities": ["12031", "33", "12034", "12037"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
