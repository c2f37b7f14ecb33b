"""Gold for blind round 17, part b: 12 post-reform (2025 two-level government) articles from the post2025 pool (many sources), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "nld_19625100614560015.txt": "https://nld.com.vn/dac-khu-con-dao-co-tan-bi-thu-dang-uy-19625100614560015.htm",
    "plo_865206.txt": "https://plo.vn/ong-truong-tan-son-giu-chuc-bi-thu-dang-uy-xa-hau-nghia-tinh-tay-ninh-post865206.html",
    "plo_872230.txt": "https://plo.vn/vinh-long-se-cong-bo-quyet-dinh-cua-trung-uong-chi-dinh-nhan-su-khoa-moi-post872230.html",
    "sontayha-quangngai_hoi-nghi-bch-lan-2.txt": "https://sontayha.quangngai.gov.vn/tin-tuc/hoi-nghi-ban-chap-hanh-dang-bo-xa-son-tay-ha-lan-thu-22.html",
    "thanhnien_18525101617514406.txt": "https://thanhnien.vn/ong-tran-tien-dung-lam-bi-thu-tinh-uy-dien-bien-18525101617514406.htm",
    "tienphong_1767607.txt": "https://tienphong.vn/pho-truong-ban-thuong-truc-ban-tuyen-giao-va-dan-van-trung-uong-du-dai-hoi-dai-bieu-dang-bo-phuong-hong-quang-post1767607.tpo",
    "tongtran-hungyen_c2155.txt": "https://tongtran.hungyen.gov.vn/hdnd-xa-tong-tran-to-chuc-ky-hop-thuong-le-cuoi-nam-2025-c2155.html",
    "trangtraiviet-danviet_d1356198.txt": "https://trangtraiviet.danviet.vn/nong-thon-tay-bac-xa-thu-lum-phan-dau-thu-nhap-binh-quan-dau-nguoi-dat-hon-42-trieu-dong-vao-nam-2030-d1356198.html",
    "trangtraiviet-danviet_d1357146.txt": "https://trangtraiviet.danviet.vn/nong-thon-tay-bac-quyet-tam-xay-dung-na-hy-phat-trien-on-dinh-ve-chinh-tri-vung-vang-noi-bien-cuong-d1357146.html",
    "tuyengiao-hagiang_dong-yen.txt": "http://tuyengiao.hagiang.gov.vn/menufooter/trang-chu/tien-toi-dh-xiv/dat-nuoc-vuon-minh-trong-ky-nguyen-moi/dang-bo-xa-dong-yen-to-chuc-thanh-cong-dai-hoi-dai-bieu-lan-thu-i-nhiem-ky-2025-2030.html",
    "vanphongdbqhvahdnd-langson_ky-hop-41.txt": "https://vanphongdbqhvahdnd.langson.gov.vn/ky-hop-thu-bon-muoi-mot-ky-hop-chuyen-de-hdnd-tinh-bau-cac-chuc-danh-lanh-dao-chu-chot-cua-hdnd-ubnd-tinh",
    "vietnamplus_1067960.txt": "https://www.vietnamplus.vn/be-mac-dai-hoi-dai-bieu-dang-bo-tinh-vinh-long-lan-thu-i-post1067960.vnp",
}


def dang_bo(x):
    """Organizer of a commune/province Party congress or committee conference."""
    return f"Đảng bộ {x}|Đảng ủy {x}|Ban Chấp hành Đảng bộ {x}"


def commune(head, kind, name):
    """`<head> <kind> <name>|<head> <kind>` (a commune body; bare form when the article writes `Đảng ủy xã`)."""
    return f"{head} {kind} {name}|{head} {kind}"


def tinh(head, name):
    """A provincial body `<head> tỉnh <name>`, with the bare `<head> tỉnh` when the article leaves the name implied."""
    return f"{head} tỉnh {name}|{head} tỉnh"


def mttq(loc):
    """Front committee of a unit, with and without `Việt Nam`."""
    return f"Ủy ban Mặt trận Tổ quốc Việt Nam {loc}|Ủy ban Mặt trận Tổ quốc {loc}"


def dac_khu(head, name):
    """A body of a special zone (`đặc khu` is no admin-type word for the scorer): with and without the word."""
    return f"{head} đặc khu {name}|{head} {name}|{head} Đặc khu {name}"


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"

TU_HCM = _hcm("Thành ủy") + "|Thành ủy"
BTV_HCM = _hcm("Ban Thường vụ Thành ủy") + "|Ban Thường vụ Thành ủy"
BTGDV_HCM = _hcm("Ban Tuyên giáo và Dân vận Thành ủy") + "|Ban Tuyên giáo và Dân vận Thành ủy"
MTTQ_HCM = _hcm("Ủy ban Mặt trận Tổ quốc Việt Nam") + "|" + _hcm("Ủy ban Mặt trận Tổ quốc") + "|" + _hcm("Ủy ban MTTQ Việt Nam")
CD = "Côn Đảo"
DU_CD = dac_khu("Đảng ủy", CD)

HN = "Hậu Nghĩa"
TU_TNI = "Tỉnh ủy Tây Ninh|Tỉnh ủy"

TU_VL = "Tỉnh ủy Vĩnh Long|Tỉnh ủy"

STH = "Sơn Tây Hạ"
DU_STH = commune("Đảng ủy", "xã", STH) + "|Đảng ủy"

TU_DB = "Tỉnh ủy Điện Biên|Tỉnh ủy"
BTV_DB = "Ban Thường vụ Tỉnh ủy Điện Biên|Ban Thường vụ Tỉnh ủy"
BCHTW_DK = BCHTW + "|T.Ư Đảng|Trung ương"

TT = "Tống Trân"
DU_TT = commune("Đảng ủy", "xã", TT) + "|Đảng ủy"

TU_LS = "Tỉnh ủy Lạng Sơn|Tỉnh ủy"
BTV_LS = "Ban Thường vụ Tỉnh ủy Lạng Sơn|Ban Thường vụ Tỉnh ủy"
UB_LS = tinh("Ủy ban nhân dân", "Lạng Sơn")
HDND_LS = tinh("Hội đồng nhân dân", "Lạng Sơn")

GOLD = {
    # Conference (hội nghị) of the Party committee of đặc khu Côn Đảo (TPHCM) announcing the city standing committee's
    # decision appointing its secretary, 6-10: an announcement (công bố quyết định), not a meeting (round-2/5/10/15
    # precedent) -> []. The appointee's deputy-head post at the city board he presumably leaves: optional; his
    # membership of the zone's executive/standing committee optional. His predecessor (replaced, moved): former post,
    # optional. Lộc's "định hướng phát triển du lịch …" is a statement, no directive. Đặc khu Côn Đảo = 26732 (old
    # huyện Côn Đảo of Bà Rịa - Vũng Tàu 755); TP HCM 79.
    "nld_19625100614560015.txt": {
        "officials": {
            "Nguyễn Phước Lộc": [("Phó Bí thư", TU_HCM), ("Chủ tịch", MTTQ_HCM)],
            "Dương Anh Đức": [("Ủy viên", BTV_HCM), ("Trưởng Ban", BTGDV_HCM)],
            "Lê Hoàng Hải": [("Ủy viên", BTV_HCM), ("?Phó Trưởng Ban", BTGDV_HCM), ("Bí thư", DU_CD),
                             ("?Ủy viên", dac_khu("Ban Thường vụ Đảng ủy", CD) + "|" + dac_khu("Ban Chấp hành Đảng bộ", CD))],
            "Lê Anh Tú": [("?Bí thư", DU_CD)],
        },
        "meetings": [],
        "localities": ["26732|755", "79"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Hậu Nghĩa (Tây Ninh), 11-12/8 (date line 12/08/2025; first day
    # taken). The provincial secretary "tham dự và chỉ đạo" (the article says "hội nghị": the congress). The
    # appointed commune secretary has no attending cue: optional. Results and profile only. New xã Hậu Nghĩa = 27931
    # (= old thị trấn Hậu Nghĩa's code); merged old xã Đức Lập Thượng 27955, Tân Mỹ 27949 (huyện Đức Hòa 802, Long An
    # cũ 80 = the new Tây Ninh's code); tỉnh Tây Ninh cũ 72; TP.HCM 79. Campuchia foreign.
    "plo_865206.txt": {
        "officials": {
            "Trương Tấn Sơn": [("Bí thư", commune("Đảng ủy", "xã", HN) + "|Đảng ủy")],
            "Nguyễn Văn Quyết": [("Bí thư", TU_TNI)],
        },
        "meetings": [{"date": "2025-08-11", "chair": None, "organizer": dang_bo(f"xã {HN}"),
                      "locality": "27931", "attendees": ["Nguyễn Văn Quyết", "?Trương Tấn Sơn"]}],
        "localities": ["27931", "80", "72", "27955", "27949", "802", "79"],
        "tasks": [],
    },
    # Press conference (họp báo) of Tỉnh ủy Vĩnh Long on its coming congress, afternoon 25-9: not a meeting (round-4
    # Khánh Hòa precedent) -> []; the congress itself (2-3/10) is only announced. The ad-hoc sub-committee post
    # (Trưởng Tiểu ban Tổ chức phục vụ Đại hội): optional. Vĩnh Long keeps 86.
    "plo_872230.txt": {
        "officials": {
            "Hồ Thị Hoàng Yến": [("Phó Bí thư Thường trực", TU_VL), ("?Phó Bí thư", TU_VL),
                                 ("?Trưởng Tiểu ban", "Tiểu ban Tổ chức phục vụ Đại hội|Tiểu ban Tổ chức"
                                                      "|Tiểu ban Tổ chức phục vụ Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long")],
            "Lâm Minh Đằng": [("Phó Bí thư", TU_VL)],
            "Nguyễn Thị Minh Trang": [("Trưởng Ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long"
                                                     "|Ban Tuyên giáo và Dân vận Tỉnh ủy")],
        },
        "meetings": [],
        "localities": ["86"],
        "tasks": [],
    },
    # 2nd conference of the executive committee of the Party organization of xã Sơn Tây Hạ (Quảng Ngãi portal;
    # province not named), afternoon 02/10/2025, held by its standing committee; "Dự và chủ trì Hội nghị có các đồng
    # chí" the secretary, the standing deputy and the deputy/UBND chairwoman -> co-chairs (any of the three; chairs
    # are not attendees). The stored text stops in the 9-month results: no directive. Xã Sơn Tây Hạ = 21343.
    "sontayha-quangngai_hoi-nghi-bch-lan-2.txt": {
        "officials": {
            "Cao Quốc Tiến": [("Bí thư", DU_STH), ("Chủ tịch", commune("Hội đồng nhân dân", "xã", STH))],
            "Đặng Văn Tân": [("Phó Bí thư Thường trực", DU_STH), ("?Phó Bí thư", DU_STH)],
            "Nguyễn Thị Tình": [("Phó Bí thư", DU_STH), ("Chủ tịch", commune("Ủy ban nhân dân", "xã", STH))],
        },
        "meetings": [{"date": "2025-10-02", "chair": "Cao Quốc Tiến|Đặng Văn Tân|Nguyễn Thị Tình",
                      "organizer": f"Ban Thường vụ Đảng ủy xã {STH}|Ban Thường vụ Đảng ủy xã|" + dang_bo(f"xã {STH}")
                                   + "|Đảng ủy xã|Ban Chấp hành Đảng bộ xã",
                      "locality": "21343", "attendees": []}],
        "localities": ["21343", "?51"],
        "tasks": [],
    },
    # First conference of the (15th) executive committee of the Party organization of Điện Biên, afternoon 16.10
    # (2025 from the 2025-2030 term): elections of the secretary, deputies and the inspection committee. No chair;
    # the elected have no attending cue: optional. Trần Tiến Dũng's deputy secretaryship (khóa XIV) is former:
    # optional. Hà Quang Trung's deputy head of the organization board (held when elected deputy secretary, likely
    # left) optional; Nguyễn Sỹ Quân's BTV membership is stated for khóa XIV: optional (round-15 Sơn La precedent).
    # The new secretary's pledge is no directive. Điện Biên = 11.
    "thanhnien_18525101617514406.txt": {
        "officials": {
            "Trần Tiến Dũng": [("Bí thư", TU_DB), ("?Phó Bí thư", TU_DB)],
            "Lê Thành Đô": [("Phó Bí thư", TU_DB), ("Chủ tịch", tinh("Ủy ban nhân dân", "Điện Biên"))],
            "Mùa A Vảng": [("Ủy viên dự khuyết", BCHTW_DK), ("Ủy viên", BTV_DB), ("Phó Bí thư", TU_DB),
                           ("Chủ tịch", mttq("tỉnh Điện Biên") + "|Ủy ban MTTQ Việt Nam tỉnh Điện Biên")],
            "Hà Quang Trung": [("Ủy viên", BTV_DB), ("Phó Bí thư", TU_DB),
                               ("?Phó Trưởng Ban", "Ban Tổ chức Tỉnh ủy Điện Biên|Ban Tổ chức Tỉnh ủy")],
            "Nguyễn Sỹ Quân": [("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Điện Biên|Ủy ban Kiểm tra Tỉnh ủy"),
                               ("?Ủy viên", BTV_DB)],
        },
        "meetings": [{"date": "2025-10-16", "chair": None,
                      "organizer": dang_bo("tỉnh Điện Biên") + "|Tỉnh ủy Điện Biên|Tỉnh ủy", "locality": "11",
                      "attendees": ["?Trần Tiến Dũng", "?Lê Thành Đô", "?Mùa A Vảng", "?Hà Quang Trung",
                                    "?Nguyễn Sỹ Quân"]}],
        "localities": ["11"],
        "tasks": [],
    },
    # First congress of the Party organization of phường Hồng Quang (Ninh Bình), 7-8/8 (2025 from the 2025-2030 term;
    # first day taken). The central official "đến dự, chúc mừng". Results and targets only (the headline's provincial
    # speaker is not in the stored text). New phường Hồng Quang = 13984 (= old xã Hồng Quang of Nam Trực); merged
    # old phường Nam Vân 13705, xã Nghĩa An 13975; Ninh Bình 37.
    "tienphong_1767607.txt": {
        "officials": {
            "Lại Xuân Môn": [("Phó Trưởng ban Thường trực", "Ban Tuyên giáo và Dân vận Trung ương"),
                             ("?Phó Trưởng ban", "Ban Tuyên giáo và Dân vận Trung ương")],
        },
        "meetings": [{"date": "2025-08-07", "chair": None, "organizer": dang_bo("phường Hồng Quang"),
                      "locality": "13984", "attendees": ["Lại Xuân Môn"]}],
        "localities": ["13984", "13705", "13975", "37"],
        "tasks": [],
    },
    # Year-end (5th) session of the HĐND of xã Tống Trân (Hưng Yên portal; province not named), morning 22/12/2025.
    # No chair stated; all four named officials are under "Dự kỳ họp có" (the HĐND chairman too: required attendee).
    # "phụ trách Đảng ủy xã" is an assignment, not a post. Reports only. Xã Tống Trân = 12427 (old 12430).
    "tongtran-hungyen_c2155.txt": {
        "officials": {
            "Nguyễn Văn Chiến": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Hưng Yên|Ban Thường vụ Tỉnh ủy|Ban Thường vụ"),
                                 ("Trưởng ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên"
                                                "|Ban Tuyên giáo và Dân vận Tỉnh ủy")],
            "Doãn Quốc Hoàn": [("Bí thư", DU_TT), ("Chủ tịch", commune("Hội đồng nhân dân", "xã", TT))],
            "Vũ Lê Thuận": [("Phó Bí thư Thường trực", DU_TT), ("?Phó Bí thư", DU_TT)],
            "Nguyễn Minh Tiến": [("Phó Bí thư", DU_TT), ("Chủ tịch", commune("Ủy ban nhân dân", "xã", TT))],
        },
        "meetings": [{"date": "2025-12-22", "chair": None,
                      "organizer": commune("Hội đồng nhân dân", "xã", TT), "locality": "12427|12430",
                      "attendees": ["Nguyễn Văn Chiến", "Doãn Quốc Hoàn", "Vũ Lê Thuận", "Nguyễn Minh Tiến"]}],
        "localities": ["12427|12430", "?33"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Thu Lũm (Lai Châu), "vừa tổ chức": no day or month in the stored
    # text (store date 2025-08-18 is the page's) -> date None. No named official; results only. Xã Thu Lũm = 03439
    # (old 03436); Lai Châu only in "sâm Lai Châu" (a product name): optional.
    "trangtraiviet-danviet_d1356198.txt": {
        "officials": {},
        "meetings": [{"date": None, "chair": None, "organizer": dang_bo("xã Thu Lũm"), "locality": "03439|03436",
                      "attendees": []}],
        "localities": ["03439|03436", "?12"],
        "tasks": [],
    },
    # Interview with the Party secretary of xã Nà Hỳ (Điện Biên, not named) on the 2020-2025 results and 2025-2030
    # targets; no meeting is named -> []. Targets ("phấn đấu") are no directives. New xã Nà Hỳ = 03169 (same code);
    # merged old xã Nà Khoa 03168, Nậm Nhừ 03171, Nậm Chua 03173. Laos foreign.
    "trangtraiviet-danviet_d1357146.txt": {
        "officials": {
            "Trần Văn Thượng": [("Bí thư", commune("Đảng ủy", "xã", "Nà Hỳ") + "|Đảng ủy")],
        },
        "meetings": [],
        "localities": ["03169", "03168", "03171", "03173", "?11"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Đồng Yên (Tuyên Quang), 11/8 (2025 from the 2025-2030 term).
    # Provincial leaders attend only as bodies (no names). Theme and motto only. Xã Đồng Yên = 01216 (same code);
    # merged old xã Vĩnh Phúc (a commune of Bắc Quang, not the province) 01213; Tuyên Quang 08 (via "Đảng ủy UBND
    # tỉnh Tuyên Quang").
    "tuyengiao-hagiang_dong-yen.txt": {
        "officials": {},
        "meetings": [{"date": "2025-08-11", "chair": None, "organizer": dang_bo("xã Đồng Yên"), "locality": "01216",
                      "attendees": []}],
        "localities": ["01216", "01213", "08"],
        "tasks": [],
    },
    # 41st (thematic) session of the HĐND of Lạng Sơn, afternoon 20/10/2025: elects the UBND chairman (new post,
    # current) and relieves two UBND vice-chairmen (relieved posts optional). No chair stated; five officials under
    # "Dự kỳ họp có" (the former leader too, with optional former posts). Dương Xuân Huyên is relieved "để bầu giữ
    # chức vụ Phó Chủ tịch HĐND tỉnh" but the stored text (cut) never reports the vote: that post optional. Lương
    # Trọng Quỳnh's Trưởng Ban Nội chính (from 16/10/2025) current. The two relieved have no attending cue of their
    # own ("Cùng dự có các đồng chí trong Ban Thường vụ Tỉnh ủy"): optional. Lạng Sơn = 20.
    "vanphongdbqhvahdnd-langson_ky-hop-41.txt": {
        "officials": {
            "Hoàng Quốc Khánh": [("Bí thư", TU_LS)],
            "Đoàn Thị Hậu": [("Phó Bí thư Thường trực", TU_LS), ("?Phó Bí thư", TU_LS), ("Chủ tịch", HDND_LS)],
            "Nguyễn Cảnh Toàn": [("Phó Bí thư", TU_LS), ("Chủ tịch", UB_LS)],
            "Đoàn Thu Hà": [("Phó Bí thư", TU_LS)],
            "Hồ Tiến Thiệu": [("?Phó Bí thư", TU_LS), ("?Chủ tịch", UB_LS)],
            "Dương Xuân Huyên": [("Ủy viên", BTV_LS), ("?Phó Chủ tịch Thường trực", UB_LS), ("?Phó Chủ tịch", UB_LS),
                                 ("?Phó Chủ tịch", HDND_LS)],
            "Lương Trọng Quỳnh": [("Ủy viên", BTV_LS), ("?Phó Chủ tịch", UB_LS),
                                  ("Trưởng Ban", "Ban Nội chính Tỉnh ủy Lạng Sơn|Ban Nội chính Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-10-20", "chair": None, "organizer": HDND_LS, "locality": "20",
                      "attendees": ["Hoàng Quốc Khánh", "Đoàn Thị Hậu", "Nguyễn Cảnh Toàn", "Đoàn Thu Hà",
                                    "Hồ Tiến Thiệu", "?Dương Xuân Huyên", "?Lương Trọng Quỳnh"]}],
        "localities": ["20"],
        "tasks": [],
    },
    # Closing of the first congress of the (merged) Party organization of Vĩnh Long, afternoon 3/10 (2025 from the
    # 2025-2030 term). The central official announces the Politburo's decisions (speaker, no attending cue):
    # optional attendee; the appointed secretary likewise. Trần Văn Lâu's posts in Cần Thơ (the article writes "Phó
    # Bí thư Tỉnh ủy", i.e. of the Cần Thơ city committee; read literally, Vĩnh Long's) are left on his transfer:
    # optional; his appointed BTV membership optional. No chair; the resolution's tasks are the congress's own
    # (narrative). Vĩnh Long 86; Cần Thơ 92 (via UBND thành phố Cần Thơ).
    "vietnamplus_1067960.txt": {
        "officials": {
            "Nguyễn Thành Tâm": [("Ủy viên", BCHTW), ("Phó Trưởng ban", "Ban Tổ chức Trung ương")],
            "Trần Văn Lâu": [("Bí thư", TU_VL),
                             ("?Phó Bí thư", "Thành ủy Cần Thơ|Thành ủy thành phố Cần Thơ|Thành ủy|" + TU_VL),
                             ("?Chủ tịch", "Ủy ban nhân dân thành phố Cần Thơ"),
                             ("?Ủy viên", "Ban Thường vụ Tỉnh ủy Vĩnh Long|Ban Thường vụ Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-10-03", "chair": None,
                      "organizer": dang_bo("tỉnh Vĩnh Long") + "|Tỉnh ủy Vĩnh Long", "locality": "86",
                      "attendees": ["?Nguyễn Thành Tâm", "?Trần Văn Lâu"]}],
        "localities": ["86", "92"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
