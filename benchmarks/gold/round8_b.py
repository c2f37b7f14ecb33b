"""Gold for blind round 8, part B: 12 post-reform (2025 two-level government) articles from the post2025 pool, annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "phuvan-ninhbinh_hoi-nghi-lien-tich.txt": "https://phuvan.ninhbinh.gov.vn/hdnd-phuong-phu-van-to-chuc-hoi-nghi-lien-tich-chuan-bi-cho-ky-hop-thu-sau-hdnd-phuong-khoa-i-nhiem-ky-2021-2026",
    "sggp_post805436.txt": "https://www.sggp.org.vn/dac-khu-phu-quy-day-manh-phat-trien-kinh-te-bien-theo-huong-xanh-manh-ben-vung-post805436.html",
    "sggp_post809005.txt": "https://www.sggp.org.vn/dai-hoi-cap-xa-khong-giay-dau-tien-tai-ca-mau-post809005.html",
    "sggp_post815543.txt": "https://www.sggp.org.vn/phuong-chanh-hiep-tphcm-cong-tac-chinh-trang-do-thi-co-nhieu-chuyen-bien-tich-cuc-post815543.html",
    "tanhung-haiphong_777469.txt": "https://tanhung.haiphong.gov.vn/trang-chu-66859/chieu-29-8-ubnd-phuong-tan-hung-to-chuc-hop-giao-ban-dinh-ky-thang-8-va-trien-khai-nhiem-vu-tron-777469",
    "thoibaotaichinhvietnam_181158.txt": "https://thoibaotaichinhvietnam.vn/quang-ninh-se-dua-dac-khu-van-don-tro-thanh-vung-dong-luc-moi-181158.html",
    "tinhkhe-quangngai_so-ket-9-thang.txt": "https://tinhkhe.quangngai.gov.vn/tin-tuc/tin-tu-dang-uy-xa/dang-uy-xa-tinh-khe-to-chuc-hoi-nghi-so-ket-cong-tac-dang-9-thang-dau-nam-2025-va-tong-ket-nghi-quyet-so-18-nq-tw-ngay-2.html",
    "trangtraiviet-danviet_d1366715.txt": "https://trangtraiviet.danviet.vn/uy-ban-mat-tran-to-quoc-xa-muong-than-de-ra-10-muc-tieu-2-khau-dot-pha-cho-nhiem-ky-moi-d1366715.html",
    "vietnamplus_post1056418.txt": "https://www.vietnamplus.vn/quang-tri-xay-dung-dac-khu-con-co-manh-ve-kinh-te-vung-ve-quoc-phong-an-ninh-post1056418.vnp",
    "vtcnews_ar958688.txt": "https://vtcnews.vn/dai-hoi-dang-phuong-thuan-thanh-bac-ninh-huong-toi-do-thi-van-minh-hien-dai-ar958688.html",
    "xuandai-daklak_6117.txt": "https://xuandai.daklak.gov.vn/dang-uy-cac-co-quan-dang-tong-ket-cong-tac-nam-2025-va-trien-khai-nhiem-vu-nam-2026-6117.html",
    "xuanque-dongnai_258.txt": "https://xuanque.dongnai.gov.vn/vi/news/hoi-dong-nhan-dan-xa/hdnd-xa-xuan-que-to-chuc-ky-hop-thu-6-ky-hop-thuong-le-cuoi-nam-2025-258.html",
}


def dang_bo(x):
    """Organizer of a commune/province Party congress or conference."""
    return f"Đảng bộ {x}|Đảng ủy {x}|Ban Chấp hành Đảng bộ {x}"


def commune(head, kind, name):
    """`<head> <kind> <name>|<head> <kind>` (a commune body; bare form when the article writes `Đảng ủy xã`)."""
    return f"{head} {kind} {name}|{head} {kind}"


def mttq(loc):
    """Front committee of a unit, with and without `Việt Nam`."""
    return f"Ủy ban Mặt trận Tổ quốc Việt Nam {loc}|Ủy ban Mặt trận Tổ quốc {loc}"


def dac_khu(head, name):
    """A body of a special zone (`đặc khu` is no admin-type word for the scorer): with and without the word."""
    return f"{head} đặc khu {name}|{head} {name}|{head} Đặc khu {name}"


TU_CM = "Tỉnh ủy Cà Mau|Tỉnh ủy"

GOLD = {
    # Joint conference (hội nghị liên tịch) of the HĐND standing committee of phường Phù Vân (Ninh Bình, portal),
    # afternoon 04/11/2025, preparing the 6th session. No "chủ trì": the Bí thư/Chủ tịch HĐND "dự và chỉ đạo" and
    # concludes (praise only). New phường Phù Vân = 13291 (old xã Phù Vân, Hà Nam = 13306).
    "phuvan-ninhbinh_hoi-nghi-lien-tich.txt": {
        "officials": {
            "Phạm Thị Bích Ngọc": [("Bí thư", commune("Đảng ủy", "phường", "Phù Vân") + "|Đảng ủy"),
                                   ("Chủ tịch", commune("Hội đồng nhân dân", "phường", "Phù Vân"))],
            "Phạm Văn Quân": [("Phó Bí thư", commune("Đảng ủy", "phường", "Phù Vân") + "|Đảng ủy"),
                              ("Chủ tịch", commune("Ủy ban nhân dân", "phường", "Phù Vân"))],
        },
        "meetings": [{"date": "2025-11-04", "chair": None,
                      "organizer": "Thường trực Hội đồng nhân dân phường Phù Vân|Hội đồng nhân dân phường Phù Vân"
                                   "|Thường trực Hội đồng nhân dân phường|Hội đồng nhân dân phường",
                      "locality": "13291|13306", "attendees": ["Phạm Thị Bích Ngọc", "Phạm Văn Quân"]}],
        "localities": ["13291|13306"],
        "tasks": [],
    },
    # First congress of the Party organization of đặc khu Phú Quý (Lâm Đồng), afternoon 25-7 (2025 from the term).
    # The provincial secretary "phát biểu chỉ đạo" only in a caption (content cut). The 2025-2030 aims are the
    # congress's own, not directives. Đặc khu Phú Quý = 23272 (old huyện Phú Quý, Bình Thuận = 602).
    "sggp_post805436.txt": {
        "officials": {
            "Y Thanh Hà Niê Kđăm": [("Bí thư", "Tỉnh ủy Lâm Đồng|Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-07-25", "chair": None, "organizer": dang_bo("đặc khu Phú Quý") + "|"
                      + dac_khu("Đảng bộ", "Phú Quý") + "|" + dac_khu("Đảng ủy", "Phú Quý"),
                      "locality": "23272|602", "attendees": ["?Y Thanh Hà Niê Kđăm"]}],
        "localities": ["23272|602", "68"],
        "tasks": [],
    },
    # First congress of the Party organization of phường Hòa Thành (Cà Mau), closed afternoon 18-8 after nearly two
    # days (the only day written; 2025 from the term). New phường Hòa Thành = 32041 (= old xã Hòa Tân's code); the
    # merged old units take their old codes (xã Hòa Thành 32038, phường 7 32020, phường 6 32017, xã Định Bình 32035,
    # xã Tắc Vân 32029). The appointed Bí thư's post is current.
    "sggp_post809005.txt": {
        "officials": {
            "Nguyễn Hồ Hải": [("Bí thư", TU_CM)],
            "Hồ Thanh Thủy": [("Trưởng Ban", "Ban Tổ chức Tỉnh ủy Cà Mau|Ban Tổ chức Tỉnh ủy")],
            "Trần Văn Trung": [("Bí thư", "Đảng ủy phường Hòa Thành")],
        },
        "meetings": [{"date": "2025-08-18", "chair": None, "organizer": dang_bo("phường Hòa Thành"),
                      "locality": "32041", "attendees": ["Nguyễn Hồ Hải", "?Hồ Thanh Thủy", "?Trần Văn Trung"]}],
        "localities": ["32041", "32038", "32020", "32017", "32035", "32029", "96"],
        "tasks": [],
    },
    # 2nd (extended) conference of the Party executive committee of phường Chánh Hiệp (TPHCM), afternoon 30-9-2025.
    # No chair stated; the standing deputy secretary reports (caption). Results only, no directive in the text.
    "sggp_post815543.txt": {
        "officials": {
            "Trương Thị Bích Hiền": [("Phó Bí thư Thường trực", commune("Đảng ủy", "phường", "Chánh Hiệp")),
                                     ("?Phó Bí thư", commune("Đảng ủy", "phường", "Chánh Hiệp"))],
        },
        "meetings": [{"date": "2025-09-30", "chair": None, "organizer": dang_bo("phường Chánh Hiệp"),
                      "locality": "25771", "attendees": ["?Trương Thị Bích Hiền"]}],
        "localities": ["25771", "79"],
        "tasks": [],
    },
    # Monthly briefing (giao ban) of UBND phường Tân Hưng (Hải Phòng portal), afternoon 29/8 (2025 from "tháng
    # 9/2025"), chaired by its chairman. The stored text stops at the August results: no directive. New phường Tân
    # Hưng = 10537 (old phường Tân Hưng, Hải Dương = 11011). "Ban quản lý Dự án Tây Hải Phòng" names no unit (?31).
    "tanhung-haiphong_777469.txt": {
        "officials": {
            "Vũ Công Thản": [("Phó Bí thư", commune("Đảng ủy", "phường", "Tân Hưng") + "|Đảng ủy"),
                             ("Chủ tịch", commune("Ủy ban nhân dân", "phường", "Tân Hưng"))],
        },
        "meetings": [{"date": "2025-08-29", "chair": "Vũ Công Thản", "organizer": "Ủy ban nhân dân phường Tân Hưng",
                      "locality": "10537|11011", "attendees": []}],
        "localities": ["10537|11011", "?31"],
        "tasks": [],
    },
    # First congress of the Party organization of đặc khu Vân Đồn (Quảng Ninh), 3-4/8 (2025 from the text; first day
    # taken). Nguyễn Xuân Thắng "phát biểu chỉ đạo" only in a caption. Đặc khu Vân Đồn = 06994; "huyện Vân Đồn"
    # (the old district, named) = 203.
    "thoibaotaichinhvietnam_181158.txt": {
        "officials": {
            "Nguyễn Xuân Thắng": [("Ủy viên", "Bộ Chính trị"),
                                  ("Giám đốc", "Học viện Chính trị quốc gia Hồ Chí Minh"),
                                  ("Chủ tịch", "Hội đồng Lý luận Trung ương")],
        },
        "meetings": [{"date": "2025-08-03", "chair": None, "organizer": dang_bo("đặc khu Vân Đồn") + "|"
                      + dac_khu("Đảng bộ", "Vân Đồn") + "|" + dac_khu("Đảng ủy", "Vân Đồn"),
                      "locality": "06994|203", "attendees": ["?Nguyễn Xuân Thắng"]}],
        "localities": ["06994|203", "203", "22"],
        "tasks": [],
    },
    # Review conference of the Party committee of xã Tịnh Khê (Quảng Ngãi portal), morning 19/9/2025; no chair
    # stated, all four officials listed under "Tham dự". The province of "Công an tỉnh" / "Tỉnh ủy" is implied.
    "tinhkhe-quangngai_so-ket-9-thang.txt": {
        "officials": {
            "Võ Văn Mai": [("Phó Giám đốc", "Công an tỉnh Quảng Ngãi|Công an tỉnh"),
                           ("Phó Trưởng Ban", "Ban Nội chính Tỉnh ủy Quảng Ngãi|Ban Nội chính Tỉnh ủy")],
            "Bùi Văn Lý": [("Bí thư", commune("Đảng ủy", "xã", "Tịnh Khê"))],
            "Trương Thanh Thảo": [("Phó Bí thư Thường trực", commune("Đảng ủy", "xã", "Tịnh Khê") + "|Đảng ủy"),
                                  ("?Phó Bí thư", commune("Đảng ủy", "xã", "Tịnh Khê") + "|Đảng ủy"),
                                  ("Chủ tịch", commune("Hội đồng nhân dân", "xã", "Tịnh Khê"))],
            "Phạm Quốc Vương": [("Phó Bí thư", commune("Đảng ủy", "xã", "Tịnh Khê") + "|Đảng ủy"),
                                ("Chủ tịch", commune("Ủy ban nhân dân", "xã", "Tịnh Khê"))],
        },
        "meetings": [{"date": "2025-09-19", "chair": None,
                      "organizer": "Đảng ủy xã Tịnh Khê|Đảng bộ xã Tịnh Khê|Ban Chấp hành Đảng bộ xã Tịnh Khê",
                      "locality": "21211",
                      "attendees": ["Võ Văn Mai", "Bùi Văn Lý", "Trương Thanh Thảo", "Phạm Quốc Vương"]}],
        "localities": ["21211"],
        "tasks": [],
    },
    # First congress of the Front of xã Mường Than (Lai Châu, not named); no date anywhere -> None. No named
    # official. The 10 targets are the congress's own aims. New xã Mường Than = 03618 (old 03619).
    "trangtraiviet-danviet_d1366715.txt": {
        "officials": {},
        "meetings": [{"date": None, "chair": None,
                      "organizer": mttq("xã Mường Than") + "|Mặt trận Tổ quốc Việt Nam xã Mường Than"
                                   "|Mặt trận Tổ quốc xã Mường Than",
                      "locality": "03618|03619", "attendees": []}],
        "localities": ["03618|03619"],
        "tasks": [],
    },
    # First congress of the Party organization of đặc khu Cồn Cỏ (Quảng Trị), afternoon 18/8 (2025 from the term).
    # The military commander's "nhấn mạnh" states a fact (the zone keeps the old island district's borders), no
    # directive. Đặc khu Cồn Cỏ = 19742; "huyện đảo Cồn Cỏ" (named) = 471; new Quảng Trị = 44 (old 45).
    "vietnamplus_post1056418.txt": {
        "officials": {
            "Trần Xuân Anh": [("Bí thư", dac_khu("Đảng ủy", "Cồn Cỏ")),
                              ("Chủ tịch", dac_khu("Ủy ban nhân dân", "Cồn Cỏ"))],
            "Đoàn Sinh Hòa": [("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Quảng Trị")],
        },
        "meetings": [{"date": "2025-08-18", "chair": None, "organizer": dang_bo("đặc khu Cồn Cỏ") + "|"
                      + dac_khu("Đảng bộ", "Cồn Cỏ") + "|" + dac_khu("Đảng ủy", "Cồn Cỏ"),
                      "locality": "19742|471", "attendees": ["?Đoàn Sinh Hòa", "?Trần Xuân Anh"]}],
        "localities": ["19742|471", "471", "44|45"],
        "tasks": [],
    },
    # First congress of the Party organization of phường Thuận Thành (Bắc Ninh), 7-8/8 (article 08/08/2025; first
    # day taken). No named official. Merged units: Hồ (09400 = the new ward's code), Song Hồ, Gia Đông, Đại Đồng
    # Thành; new Bắc Ninh = 24 (old 27).
    "vtcnews_ar958688.txt": {
        "officials": {},
        "meetings": [{"date": "2025-08-07", "chair": None, "organizer": dang_bo("phường Thuận Thành"),
                      "locality": "09400", "attendees": []}],
        "localities": ["09400", "09412", "09424", "09406", "24|27"],
        "tasks": [],
    },
    # Year-end conference of the Party committee of the Party agencies of phường Xuân Đài (Đắk Lắk, not named),
    # morning 12/01/2026; no chair stated; three ward leaders listed under "Tham dự". ĐUV = Đảng ủy viên (of the
    # ward Party committee).
    "xuandai-daklak_6117.txt": {
        "officials": {
            "Hồ Hồng Nam": [("Bí thư", commune("Đảng ủy", "phường", "Xuân Đài") + "|Đảng ủy"),
                            ("Chủ tịch", commune("Hội đồng nhân dân", "phường", "Xuân Đài"))],
            "Trần Thị Hồng Lĩnh": [("Phó Bí thư Thường trực", commune("Đảng ủy", "phường", "Xuân Đài")),
                                   ("?Phó Bí thư", commune("Đảng ủy", "phường", "Xuân Đài"))],
            "Nguyễn Thị Đặng Hải": [("Ủy viên", commune("Đảng ủy", "phường", "Xuân Đài") + "|Đảng ủy"),
                                    ("Phó Chủ tịch", commune("Hội đồng nhân dân", "phường", "Xuân Đài"))],
        },
        "meetings": [{"date": "2026-01-12", "chair": None,
                      "organizer": "Đảng ủy các cơ quan Đảng phường Xuân Đài|Đảng ủy các cơ quan Đảng phường"
                                   "|Đảng bộ các cơ quan Đảng phường Xuân Đài|Đảng bộ các cơ quan Đảng phường"
                                   "|Đảng ủy các cơ quan Đảng|Đảng bộ các cơ quan Đảng",
                      "locality": "22076",
                      "attendees": ["Hồ Hồng Nam", "Trần Thị Hồng Lĩnh", "Nguyễn Thị Đặng Hải"]}],
        "localities": ["22076"],
        "tasks": [],
    },
    # 6th session of the HĐND of xã Xuân Quế (Đồng Nai, not named), 26/12/2025, co-presided (chủ tọa). The two
    # secretaries of the session are listed (an office deputy head; an HĐND delegate, post optional).
    # UVTV = Ủy viên Ban Thường vụ Đảng ủy xã. Reports only, no directive.
    "xuanque-dongnai_258.txt": {
        "officials": {
            "Lê Văn Tưởng": [("Bí thư", commune("Đảng ủy", "xã", "Xuân Quế") + "|Đảng ủy"),
                             ("Chủ tịch", commune("Hội đồng nhân dân", "xã", "Xuân Quế"))],
            "Lê Văn Bình": [("Phó Bí thư", commune("Đảng ủy", "xã", "Xuân Quế") + "|Đảng ủy"),
                            ("Chủ tịch", commune("Ủy ban nhân dân", "xã", "Xuân Quế"))],
            "Bùi Thị Hải Lý": [("Ủy viên", commune("Ban Thường vụ Đảng ủy", "xã", "Xuân Quế") + "|Ban Thường vụ Đảng ủy"
                                           "|Ban Thường vụ"),
                               ("Chủ tịch", mttq("xã Xuân Quế") + "|" + mttq("xã"))],
            "Nguyễn Hoài Nam": [("Phó Chủ tịch", commune("Hội đồng nhân dân", "xã", "Xuân Quế"))],
            "Đinh Thị Hoài": [("Phó Chánh Văn phòng",
                               commune("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "xã", "Xuân Quế")
                               + "|Văn phòng Hội đồng nhân dân và Ủy ban nhân dân")],
            "Châu Ngọc Hiếu": [("?Đại biểu", commune("Hội đồng nhân dân", "xã", "Xuân Quế"))],
        },
        "meetings": [{"date": "2025-12-26", "chair": "Lê Văn Tưởng|Nguyễn Hoài Nam",
                      "organizer": "Hội đồng nhân dân xã Xuân Quế|Thường trực Hội đồng nhân dân xã Xuân Quế"
                                   "|Hội đồng nhân dân xã|Thường trực Hội đồng nhân dân xã",
                      "locality": "26332",
                      "attendees": ["Lê Văn Bình", "Bùi Thị Hải Lý", "?Đinh Thị Hoài", "?Châu Ngọc Hiếu"]}],
        "localities": ["26332"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
