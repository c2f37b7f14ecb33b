"""Gold for blind round 12, part A: 13 post-reform (2025 two-level government) articles from the post2025 pool, annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "24h_c46a1700852.txt": "https://www.24h.com.vn/tin-tuc-trong-ngay/ong-hoang-van-nghiem-tai-dac-cu-bi-thu-tinh-uy-lang-son-c46a1700852.html",
    "baocamau_a124569.txt": "https://baocamau.vn/chu-tich-ubnd-tinh-lu-quang-ngoi-lam-viec-voi-phuong-hoa-thanh-a124569.html",
    "baonghean_10303988.txt": "https://baonghean.vn/pho-chu-tich-hdnd-tinh-nghe-an-nguyen-nhu-khoi-du-ky-hop-thu-hai-hdnd-xa-con-cuong-nhiem-ky-2021-2026-10303988.html",
    "baophutho_244719.txt": "https://baophutho.vn/xa-xuan-lang-thong-qua-7-nghi-quyet-quan-trong-tao-da-but-pha-cho-nam-2026-244719.htm",
    "baothanhhoa_273173.txt": "https://baothanhhoa.vn/xa-ho-vuong-trien-khai-nhiem-vu-nam-2026-273173.htm",
    "dantri_20250820152155698.txt": "https://dantri.com.vn/xa-hoi/ong-lam-minh-hien-duoc-chi-dinh-lam-bi-thu-chu-tich-dac-khu-tho-chau-20250820152155698.htm",
    "doanhnghiephoinhap_110752.txt": "https://doanhnghiephoinhap.vn/dai-hoi-dang-bo-xa-yen-binh-lan-thu-i-nhiem-ky-2025-2030-khoi-dau-cho-buoc-phat-trien-dot-pha-110752.html",
    "dongluong-thanhhoa_644508.txt": "https://dongluong.thanhhoa.gov.vn/kinh-te-chinh-tri/hdnd-xa-dong-luong-thong-qua-nhieu-nghi-quyet-quan-trong-tai-ky-hop-thuong-le-cuoi-nam-2025-644508",
    "hoaphu-hanoi_271525080815323418.txt": "https://hoaphu.hanoi.gov.vn/hoat-dong-khoi-chinh-quyen/hoi-nghi-giao-ban-nham-danh-gia-ket-qua-thuc-hien-nhiem-vu-thang-7-va-trien-khai-phuong-huong-nhiem-vu-thang-8-271525080815323418.htm",
    "kienthuc_1568804.txt": "https://kienthuc.net.vn/quang-ninh-co-tan-pho-chu-tich-hdnd-tinh-post1568804.html",
    "nld_196250814142917013.txt": "https://nld.com.vn/ong-tran-quoc-trung-lam-bi-thu-phuong-binh-trung-196250814142917013.htm",
    "sggp_834521.txt": "https://www.sggp.org.vn/dang-uy-phuong-tan-my-hoan-thanh-va-vuot-3233-chi-tieu-nhiem-vu-post834521.html",
    "sggp_836230.txt": "https://www.sggp.org.vn/chu-tich-quoc-hoi-tran-thanh-man-tham-tang-qua-tet-gia-dinh-chinh-sach-tai-tp-can-tho-post836230.html",
}


def dang_bo(x):
    """Organizer of a commune/province Party congress or committee conference."""
    return f"Đảng bộ {x}|Đảng ủy {x}|Ban Chấp hành Đảng bộ {x}"


def commune(head, kind, name):
    """`<head> <kind> <name>|<head> <kind>` (a commune body; bare form when the article writes `Đảng ủy xã`)."""
    return f"{head} {kind} {name}|{head} {kind}"


def dac_khu(head, name):
    """A body of a special zone (`đặc khu` is no admin-type word for the scorer): with and without the word."""
    return f"{head} đặc khu {name}|{head} {name}|{head} Đặc khu {name}"


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


TU_LS = "Tỉnh ủy Lạng Sơn|Tỉnh ủy"
TU_CM = "Tỉnh ủy Cà Mau|Tỉnh ủy"
UB_CM = "Ủy ban nhân dân tỉnh Cà Mau|Ủy ban nhân dân tỉnh"
HT = "Hòa Thành"
HDND_NA = "Hội đồng nhân dân tỉnh Nghệ An|Hội đồng nhân dân tỉnh"
TU_NA = "Tỉnh ủy Nghệ An|Ban Chấp hành Đảng bộ tỉnh Nghệ An|Tỉnh ủy|Ban Chấp hành Đảng bộ tỉnh"
TC = "Thổ Châu"
TU_LC = "Tỉnh ủy Lào Cai|Tỉnh ủy"
HDND_QN = "Hội đồng nhân dân tỉnh Quảng Ninh|Hội đồng nhân dân tỉnh"
BTV_QN = "Ban Thường vụ Tỉnh ủy Quảng Ninh|Ban Thường vụ Tỉnh ủy"
UB_HCM = _hcm("Ủy ban nhân dân")
CT = "TP Cần Thơ|thành phố Cần Thơ|Thành phố Cần Thơ|Ủy ban nhân dân thành phố Cần Thơ|Thành ủy Cần Thơ"
BT = "phường Bình Thủy|phường|Đảng bộ phường Bình Thủy|Đảng ủy phường Bình Thủy|Ủy ban nhân dân phường Bình Thủy"

GOLD = {
    # Congress of the Party organization of Lạng Sơn, elections of afternoon 25/9 (2025 from the 2025-2030 term); the
    # new executive committee's first sitting is part of the congress (one meeting, round-10 Huế precedent). No chair
    # stated; the elected have no attending cue: optional attendees. Vũ Hoàng Quý's district secretaryship (Huyện ủy
    # Hữu Lũng, a district abolished on 1/7/2025) is a former post: optional; huyện Hữu Lũng named = 186 (2025: the
    # xã Hữu Lũng 06385).
    "24h_c46a1700852.txt": {
        "officials": {
            "Hoàng Văn Nghiệm": [("Bí thư", TU_LS)],
            "Đoàn Thị Hậu": [("Phó Bí thư", TU_LS)],
            "Nguyễn Cảnh Toàn": [("Phó Bí thư", TU_LS)],
            "Đoàn Thu Hà": [("Phó Bí thư", TU_LS)],
            "Vũ Hoàng Quý": [("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn|Ủy ban Kiểm tra Tỉnh ủy"),
                             ("?Bí thư", "Huyện ủy Hữu Lũng")],
        },
        "meetings": [{"date": "2025-09-25", "chair": None,
                      "organizer": dang_bo("tỉnh Lạng Sơn") + "|Tỉnh ủy Lạng Sơn", "locality": "20",
                      "attendees": ["?Hoàng Văn Nghiệm", "?Đoàn Thị Hậu", "?Nguyễn Cảnh Toàn", "?Đoàn Thu Hà",
                                    "?Vũ Hoàng Quý"]}],
        "localities": ["20", "186|06385"],
        "tasks": [],
    },
    # Working session of the UBND tỉnh Cà Mau delegation led by its chairman with the Party committee and UBND of
    # phường Hòa Thành, afternoon 10/12/2025 (date line). Head of the delegation = chair (round-8 Cà Mau precedent);
    # the ward chairman reports (optional attendee). Results only in the stored text. Cà Mau only in the paper's name
    # ("Báo Cà Mau"): optional. Phường Hòa Thành = 32041.
    "baocamau_a124569.txt": {
        "officials": {
            "Lữ Quang Ngời": [("Phó Bí thư", TU_CM), ("Chủ tịch", UB_CM),
                              ("?Trưởng đoàn", "Đoàn công tác UBND tỉnh Cà Mau|Đoàn công tác Ủy ban nhân dân tỉnh Cà Mau"
                                               "|Đoàn công tác")],
            "Lê Minh Trí": [("Phó Bí thư", commune("Đảng ủy", "phường", HT) + "|Đảng ủy"),
                            ("Chủ tịch", commune("Ủy ban nhân dân", "phường", HT))],
        },
        "meetings": [{"date": "2025-12-10", "chair": "Lữ Quang Ngời",
                      "organizer": UB_CM + "|Đoàn công tác Ủy ban nhân dân tỉnh Cà Mau|Đoàn công tác UBND tỉnh Cà Mau"
                                   f"|Đoàn công tác|Đảng ủy phường {HT}|Ủy ban nhân dân phường {HT}",
                      "locality": "96|32041", "attendees": ["?Lê Minh Trí"]}],
        "localities": ["32041", "?96"],
        "tasks": [],
    },
    # 2nd session of the HĐND of (new) xã Con Cuông (Nghệ An), morning 7/8/2025, co-presided (chủ tọa); the provincial
    # HĐND vice-chairman "dự kỳ họp". His speech is praise only (the stored text stops there). New xã Con Cuông = 17254
    # (= old thị trấn Con Cuông's code); merged xã Chi Khê 17251, Yên Khê 17257; huyện Con Cuông cũ 422.
    "baonghean_10303988.txt": {
        "officials": {
            "Nguyễn Như Khôi": [("Ủy viên", TU_NA), ("Phó Chủ tịch", HDND_NA)],
            "Nguyễn Hoài An": [("Bí thư", commune("Đảng ủy", "xã", "Con Cuông") + "|Đảng ủy"),
                               ("Chủ tịch", commune("Hội đồng nhân dân", "xã", "Con Cuông"))],
            "Lương Thị Thu Hiền": [("Phó Chủ tịch", commune("Hội đồng nhân dân", "xã", "Con Cuông"))],
        },
        "meetings": [{"date": "2025-08-07", "chair": "Nguyễn Hoài An|Lương Thị Thu Hiền",
                      "organizer": "Hội đồng nhân dân xã Con Cuông", "locality": "17254",
                      "attendees": ["Nguyễn Như Khôi"]}],
        "localities": ["40", "17254", "17251", "17257", "422"],
        "tasks": [],
    },
    # 7th (year-end) session of the HĐND of xã Xuân Lãng (Phú Thọ, portal only), 25/12/2025. No named official, no
    # chair; reports and resolutions only. New xã Xuân Lãng = 08971.
    "baophutho_244719.txt": {
        "officials": {},
        "meetings": [{"date": "2025-12-25", "chair": None, "organizer": "Hội đồng nhân dân xã Xuân Lãng",
                      "locality": "08971", "attendees": []}],
        "localities": ["08971"],
        "tasks": [],
    },
    # 3rd (year-end) session of the HĐND of xã Hồ Vương (Thanh Hóa, portal only), 26/12/2025. No named official,
    # no chair; reports only. New xã Hồ Vương = 16138.
    "baothanhhoa_273173.txt": {
        "officials": {},
        "meetings": [{"date": "2025-12-26", "chair": None, "organizer": "Hội đồng nhân dân xã Hồ Vương",
                      "locality": "16138", "attendees": []}],
        "localities": ["16138"],
        "tasks": [],
    },
    # First congress of the Party organization of đặc khu Thổ Châu (An Giang, not named), 20/8/2025. The appointed
    # secretary "kiêm Chủ tịch đặc khu" (= UBND chairman) has no attending cue: optional attendee. His past police
    # units name tỉnh Kiên Giang (91, the code the new An Giang keeps), TP Hà Tiên (900; 2025 phường 30769) and TP Phú
    # Quốc (911; 2025 đặc khu 31078). The congress's theme and 2030 aims are its own, not directives.
    "dantri_20250820152155698.txt": {
        "officials": {
            "Lâm Minh Hiển": [("Bí thư", dac_khu("Đảng ủy", TC) + "|" + dac_khu("Đảng bộ", TC)
                                         + "|" + dac_khu("Ban Chấp hành Đảng bộ", TC)),
                              ("Chủ tịch", dac_khu("Ủy ban nhân dân", TC) + f"|đặc khu {TC}|Đặc khu {TC}")],
        },
        "meetings": [{"date": "2025-08-20", "chair": None,
                      "organizer": dac_khu("Đảng bộ", TC) + "|" + dac_khu("Đảng ủy", TC) + "|"
                                   + dac_khu("Ban Chấp hành Đảng bộ", TC),
                      "locality": "31105", "attendees": ["?Lâm Minh Hiển"]}],
        "localities": ["31105", "91", "900|30769", "911|31078"],
        "tasks": [],
    },
    # Preparatory session of the first (pilot) congress of the Party organization of xã Yên Bình (Lào Cai), afternoon
    # 20/7/2025 (congress 20-21/7; first day). The provincial deputy secretary "trực tiếp chỉ đạo Đại hội điểm" (no
    # attending cue for this session): optional attendee; his working-group post optional. No chair named (a
    # presidium is elected). New xã Yên Bình (Lào Cai) = 04714; new Lào Cai = 15 (old 10).
    "doanhnghiephoinhap_110752.txt": {
        "officials": {
            "Nguyễn Tuấn Anh": [("Phó Bí thư", TU_LC),
                                ("?Tổ trưởng", "Tổ Công tác Ban Thường vụ Tỉnh ủy Lào Cai|Tổ Công tác Ban Thường vụ Tỉnh ủy"
                                               "|Tổ Công tác")],
        },
        "meetings": [{"date": "2025-07-20", "chair": None, "organizer": dang_bo("xã Yên Bình"),
                      "locality": "04714", "attendees": ["?Nguyễn Tuấn Anh"]}],
        "localities": ["04714", "15|10"],
        "tasks": [],
    },
    # Year-end session of the HĐND of xã Đồng Lương (Thanh Hóa portal; province not named), afternoon 24/12/2025.
    # No named official, no chair; reports only. Xã Đồng Lương = 15058.
    "dongluong-thanhhoa_644508.txt": {
        "officials": {},
        "meetings": [{"date": "2025-12-24", "chair": None, "organizer": "Hội đồng nhân dân xã Đồng Lương",
                      "locality": "15058", "attendees": []}],
        "localities": ["15058"],
        "tasks": [],
    },
    # Monthly briefing (giao ban) of UBND xã Hòa Phú (Hà Nội portal; the city is not named) on July 2025 and the
    # August tasks, chaired (caption) by the UBND vice-chairman. The stored text gives no day at all (the date is
    # only in the URL) -> date None. Results only (the stored text stops before the August tasks). Xã Hòa Phú = 10096.
    "hoaphu-hanoi_271525080815323418.txt": {
        "officials": {
            "Đỗ Xuân Tình": [("Phó Chủ tịch", "Ủy ban nhân dân xã Hòa Phú")],
        },
        "meetings": [{"date": None, "chair": "Đỗ Xuân Tình", "organizer": "Ủy ban nhân dân xã Hòa Phú",
                      "locality": "10096", "attendees": []}],
        "localities": ["10096"],
        "tasks": [],
    },
    # 30th session of the HĐND of Quảng Ninh, 11/9: no year anywhere in the stored text (term 2021-2026 only) -> date
    # None (round-10 Điện Biên precedent; reviewer). Vi Ngọc Bích relieved as standing vice-chairwoman (to head
    # the Ban Tổ chức Tỉnh ủy), Nguyễn Đức Thành elected vice-chairman, Vũ Thị Mai Anh elected UBND member. No chair
    # stated; the elected/relieved have no attending cue: optional attendees. Nguyễn Đức Thành's UBKT chairmanship
    # (held when introduced, likely left) and his delegate status are optional; the relieved post is optional.
    "kienthuc_1568804.txt": {
        "officials": {
            "Nguyễn Đức Thành": [("Phó Chủ tịch", HDND_QN), ("Ủy viên", BTV_QN),
                                 ("?Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh|Ủy ban Kiểm tra Tỉnh ủy"),
                                 ("?Đại biểu", HDND_QN)],
            "Vi Ngọc Bích": [("?Phó Chủ tịch Thường trực", HDND_QN), ("?Phó Chủ tịch", HDND_QN),
                             ("Trưởng Ban", "Ban Tổ chức Tỉnh ủy Quảng Ninh|Ban Tổ chức Tỉnh ủy")],
            "Vũ Thị Mai Anh": [("Giám đốc", "Sở Nội vụ tỉnh Quảng Ninh|Sở Nội vụ Quảng Ninh|Sở Nội vụ"),
                               ("Ủy viên", "Ủy ban nhân dân tỉnh Quảng Ninh|Ủy ban nhân dân tỉnh")],
        },
        "meetings": [{"date": None, "chair": None, "organizer": HDND_QN, "locality": "22",
                      "attendees": ["?Nguyễn Đức Thành", "?Vi Ngọc Bích", "?Vũ Thị Mai Anh"]}],
        "localities": ["22"],
        "tasks": [],
    },
    # First congress of the Party organization of phường Bình Trưng (TPHCM), afternoon 14-8 (2025 from the 2025-2030
    # term). The HCMC vice-chairman "Đến dự"; the ward secretary reads the opening speech (optional attendee). New
    # phường Bình Trưng = 27097 (= old Bình Trưng Đông's code); Bình Trưng Tây 27100; old phường An Phú (Thủ Đức)
    # 27091 (the 2025 phường An Phú, ex-Bình Dương, is 25975).
    "nld_196250814142917013.txt": {
        "officials": {
            "Trần Quốc Trung": [("Bí thư", commune("Đảng ủy", "phường", "Bình Trưng") + "|Đảng ủy")],
            "Nguyễn Văn Dũng": [("Phó Chủ tịch", UB_HCM)],
        },
        "meetings": [{"date": "2025-08-14", "chair": None, "organizer": dang_bo("phường Bình Trưng"),
                      "locality": "27097", "attendees": ["Nguyễn Văn Dũng", "?Trần Quốc Trung"]}],
        "localities": ["79", "27097", "27100", "27091|25975"],
        "tasks": [],
    },
    # Year-end review conference of the Party committee of phường Tân Mỹ (TPHCM), 21-1 (2026 from the 2025 review
    # and the 2026 plan). No chair stated; the ward secretary speaks and gives the directives (optional attendee).
    # "yêu cầu …" split on ';' (2); "Trước mắt, các cơ quan, đơn vị cần …" (1); "Cùng với đó, triển khai …;
    # đồng thời …" (2, no assignee named). Phường Tân Mỹ = 27487.
    "sggp_834521.txt": {
        "officials": {
            "Trần Chí Dũng": [("Bí thư", commune("Đảng ủy", "phường", "Tân Mỹ") + "|Đảng ủy")],
        },
        "meetings": [{"date": "2026-01-21", "chair": None, "organizer": dang_bo("phường Tân Mỹ"),
                      "locality": "27487", "attendees": ["?Trần Chí Dũng"]}],
        "localities": ["27487", "79"],
        "tasks": [
            ("mỗi cán bộ, công chức, đảng viên trong hệ thống chính trị của phường|mỗi cán bộ, công chức, đảng viên"
             "|cán bộ, công chức, đảng viên", "tiếp tục đoàn kết, phát huy dân chủ"),
            ("mỗi cán bộ, công chức, đảng viên trong hệ thống chính trị của phường|mỗi cán bộ, công chức, đảng viên"
             "|cán bộ, công chức, đảng viên", "thường xuyên tự kiểm điểm, tự đánh giá"),
            ("các cơ quan, đơn vị", "tập trung chuẩn bị chu đáo công tác bầu cử"),
            (None, "triển khai các hoạt động, công trình thi đua"),
            (None, "tập trung chăm lo cho người dân dịp Tết"),
        ],
    },
    # The National Assembly chairman visits and gives Tết gifts to policy families in phường Bình Thủy (Cần Thơ),
    # evening 30-1: a visit, no meeting ([]). His "đề nghị" / "nhấn mạnh … phải" / "lưu ý … phải" to the ward's
    # Party organization, the ward and the city are directives (4 sentences). Phường Bình Thủy = 31168.
    "sggp_836230.txt": {
        "officials": {
            "Trần Thanh Mẫn": [("Chủ tịch", "Quốc hội")],
        },
        "meetings": [],
        "localities": ["92", "31168"],
        "tasks": [
            ("Đảng bộ phường Bình Thủy|Đảng ủy phường Bình Thủy",
             "triển khai ngay Nghị quyết Đại hội lần thứ XIV"),
            (BT, "phường chuẩn bị chu đáo để tổ chức thành công cuộc bầu cử"),
            (CT + "|" + BT, "phải thường xuyên quan tâm, bồi dưỡng cho cán bộ"),
            (CT + "|các phường, xã", "phải quyết tâm hành động, quyết liệt cao hơn nữa"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
