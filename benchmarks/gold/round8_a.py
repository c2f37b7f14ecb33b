"""Gold for blind round 8, part A: 13 post-reform (2025 two-level government) articles from the post2025 pool, annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "baocamau_a121001.txt": "https://baocamau.vn/pho-chu-tich-ubnd-tinh-lam-van-bi-lam-viec-voi-xa-dat-mui-va-phan-ngoc-hien-a121001.html",
    "baocamau_a125298.txt": "https://baocamau.vn/vinh-phuoc-quyet-tam-thuc-hien-thang-loi-nghi-quyet-nam-2026-a125298.html",
    "baolamdong_384260.txt": "https://baolamdong.vn/phuc-tho-lam-ha-tang-cuong-hoat-dong-hieu-luc-hieu-qua-sat-dan-gan-dan-384260.html",
    "baolamdong_386682.txt": "https://baolamdong.vn/xa-cat-tien-doan-ket-quyet-tam-thi-dua-thuc-hien-thang-loi-nghi-quyet-dai-hoi-dai-bieu-dang-bo-xa-lan-thu-i-386682.html",
    "baophutho_236850.txt": "https://baophutho.vn/dai-hoi-dai-bieu-dang-bo-xa-dan-chu-lan-thu-i-nhiem-ky-2025-2030-236850.htm",
    "baoquangninh_3370690.txt": "https://daihoidang.baoquangninh.vn/dai-hoi-dai-bieu-dang-bo-phuong-mong-duong-lan-thu-i-nhiem-ky-2025-2030-3370690.html",
    "baothanhhoa_259870.txt": "https://baothanhhoa.vn/ky-hop-thu-2-hdnd-xa-an-nong-thong-qua-9-nghi-quyet-quan-trong-259870.htm",
    "dantri_20250926130049435.txt": "https://dantri.com.vn/thoi-su/mien-nhiem-chuc-pho-chu-tich-ubnd-tinh-an-giang-voi-ong-giang-thanh-khoa-20250926130049435.htm",
    "doanhnghieptiepthi_161251226104829063.txt": "https://doanhnghieptiepthi.vn/an-giang-xa-vinh-thuan-thuc-hien-17-17-chi-tieu-chu-yeu-dat-va-vuot-nghi-quyet-161251226104829063.htm",
    "eamdroh-daklak_20848.txt": "https://eamdroh.daklak.gov.vn/hoi-dong-nhan-dan-xa-ea-mdroh-to-chuc-ky-hop-chuyen-de-lan-thu-sau-nhiem-ky-2021-2026-20848.html",
    "giaoan-thanhhoa_598009.txt": "https://giaoan.thanhhoa.gov.vn/kinh-te-chinh-tri/giao-an-to-chuc-hoi-nghi-trien-khai-mot-so-nhiem-vu-trong-tam-6-thang-cuoi-nam-2025-598009",
    "langngheviet_34537.txt": "https://langngheviet.com.vn/gia-lai-quyet-tam-hoan-thanh-muc-tieu-phat-trien-nam-2025-34537.html",
    "phuongvinhtan_phien-tru-bi-lan-thu-i.txt": "https://phuongvinhtan.org.vn/tin-tuc/dang-bo-phuong-vinh-tan-to-chuc-phien-tru-bi-dai-hoi-dai-bieu-lan-thu-i-nhiem-ky-2025-2030",
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


TU_CM = "Tỉnh ủy Cà Mau|Tỉnh ủy"
BTV_CM = "Ban Thường vụ Tỉnh ủy Cà Mau|Ban Thường vụ Tỉnh ủy"
UB_CM = "Ủy ban nhân dân tỉnh Cà Mau|Ủy ban nhân dân tỉnh"
TU_PT = "Tỉnh ủy Phú Thọ|Tỉnh ủy"
BTV_PT = "Ban Thường vụ Tỉnh ủy Phú Thọ|Ban Thường vụ Tỉnh ủy"
DU_CQD_PT = ("Đảng ủy các cơ quan Đảng tỉnh Phú Thọ|Đảng ủy các cơ quan Đảng tỉnh|Đảng ủy các cơ quan tỉnh Phú Thọ"
             "|Đảng ủy các cơ quan tỉnh")
TU_QN = "Tỉnh ủy Quảng Ninh|Tỉnh ủy"
HDND_QN = "Hội đồng nhân dân tỉnh Quảng Ninh|Hội đồng nhân dân tỉnh"
UB_AG = "Ủy ban nhân dân tỉnh An Giang"
HDND_GL = "Hội đồng nhân dân tỉnh Gia Lai|Hội đồng nhân dân tỉnh"
EMD = "Ea M’Droh"

GOLD = {
    # Working session of the UBND tỉnh Cà Mau delegation led by Phó Chủ tịch Lâm Văn Bi with the leaders of xã Đất Mũi
    # and xã Phan Ngọc Hiển, morning 24/7 (2025 from the two-level government and the 2025-2030 congresses). Head of
    # the delegation = chair (round 2/7 precedent). Praise only, no directive in the stored text.
    "baocamau_a121001.txt": {
        "officials": {
            "Lâm Văn Bi": [("Ủy viên", BTV_CM), ("Phó Chủ tịch", UB_CM),
                           ("?Trưởng đoàn", "Đoàn công tác UBND tỉnh Cà Mau|Đoàn công tác Ủy ban nhân dân tỉnh Cà Mau"
                                            "|Đoàn công tác")],
        },
        "meetings": [{"date": "2025-07-24", "chair": "Lâm Văn Bi",
                      "organizer": UB_CM + "|Đoàn công tác Ủy ban nhân dân tỉnh Cà Mau|Đoàn công tác UBND tỉnh Cà Mau"
                                   "|Ủy ban nhân dân xã Đất Mũi|Đảng ủy xã Đất Mũi"
                                   "|Ủy ban nhân dân xã Phan Ngọc Hiển|Đảng ủy xã Phan Ngọc Hiển",
                      "locality": "96|32248|32244", "attendees": []}],
        "localities": ["96", "32248", "32244"],
        "tasks": [],
    },
    # Working session of Working delegation no. 3 of the provincial Party standing body with the Party standing
    # committee of xã Vĩnh Phước (Cà Mau), morning 9/1 (2026 from "Nghị quyết năm 2026", results of 2025). Head of
    # the delegation not stated -> chair None; Phạm Văn Thiều gives the directives. The lead's "yêu cầu" is not
    # repeated in the body (the body's "đề nghị" has other content): required.
    "baocamau_a125298.txt": {
        "officials": {
            "Phạm Văn Thiều": [("Phó Bí thư", TU_CM),
                               ("Chủ tịch", "Hội đồng nhân dân tỉnh Cà Mau|Hội đồng nhân dân tỉnh")],
        },
        "meetings": [{"date": "2026-01-09", "chair": None,
                      "organizer": "Thường trực Tỉnh ủy Cà Mau|Thường trực Tỉnh ủy|Đoàn công tác số 3 Thường trực Tỉnh ủy"
                                   "|Đoàn công tác số 3|Tỉnh ủy Cà Mau"
                                   "|Ban Thường vụ Đảng ủy xã Vĩnh Phước|Đảng ủy xã Vĩnh Phước|Đảng bộ xã Vĩnh Phước",
                      "locality": "96|31876", "attendees": ["?Phạm Văn Thiều"]}],
        "localities": ["96", "31876"],
        "tasks": [
            ("Đảng bộ xã Vĩnh Phước|Đảng ủy xã Vĩnh Phước|xã Vĩnh Phước",
             "Đảng bộ xã Vĩnh Phước tiếp tục phát huy tinh thần đoàn kết"),
            ("địa phương|xã Vĩnh Phước|Đảng bộ xã Vĩnh Phước|Đảng ủy xã Vĩnh Phước|Ủy ban nhân dân xã Vĩnh Phước",
             "tiếp tục đẩy mạnh chuyển đổi số, sớm xây dựng đề án dữ liệu"),
            ("địa phương|xã Vĩnh Phước|Đảng bộ xã Vĩnh Phước|Đảng ủy xã Vĩnh Phước|Ủy ban nhân dân xã Vĩnh Phước",
             "quan tâm đầu tư cho y tế, giáo dục"),
        ],
    },
    # First congress of the Party organization of xã Phúc Thọ Lâm Hà (Lâm Đồng), morning 29/7 (2025 from the first
    # 2025-2030 term). New xã = 24907 (old Tân Thanh's code); old xã Phúc Thọ 24898 and huyện Lâm Hà (cũ) 676 named
    # historically. Thiếu tướng = rank. Stored text ends in the results (no directive).
    "baolamdong_384260.txt": {
        "officials": {
            "Trương Minh Đương": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Lâm Đồng|Ban Thường vụ Tỉnh ủy"),
                                  ("Giám đốc", "Công an tỉnh Lâm Đồng|Công an tỉnh")],
        },
        "meetings": [{"date": "2025-07-29", "chair": None, "organizer": dang_bo("xã Phúc Thọ Lâm Hà"),
                      "locality": "24907", "attendees": ["Trương Minh Đương"]}],
        "localities": ["24907", "68", "676", "24898"],
        "tasks": [],
    },
    # The Party committee of xã Cát Tiên (Lâm Đồng) reviews the organization of its first congress and launches an
    # emulation movement, 7/8 (2025 from the 2025-2030 term): a review conference (hội nghị tổng kết) -> meeting.
    "baolamdong_386682.txt": {
        "officials": {},
        "meetings": [{"date": "2025-08-07", "chair": None, "organizer": dang_bo("xã Cát Tiên"),
                      "locality": "25159", "attendees": []}],
        "localities": ["25159", "68"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Dân Chủ (Phú Thọ), 26/7/2025. New xã Dân Chủ = 08254 (old Bảo
    # Thanh's code); the merged communes Gia Thanh, Hạ Giáp, Trị Quận take their old codes.
    "baophutho_236850.txt": {
        "officials": {
            "Nguyễn Thị Thanh Huyền": [("Ủy viên", BTV_PT), ("Phó Bí thư Thường trực", DU_CQD_PT),
                                       ("?Phó Bí thư Thường trực chuyên trách", DU_CQD_PT),
                                       ("?Phó Bí thư", DU_CQD_PT)],
            "Nguyễn Thị Hồng Lâm": [("Ủy viên", TU_PT),
                                    ("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Phú Thọ|Hội đồng nhân dân tỉnh")],
        },
        "meetings": [{"date": "2025-07-26", "chair": None, "organizer": dang_bo("xã Dân Chủ"),
                      "locality": "08254", "attendees": ["Nguyễn Thị Thanh Huyền", "Nguyễn Thị Hồng Lâm"]}],
        "localities": ["08254", "08260", "08251", "08242"],
        "tasks": [],
    },
    # First congress of the Party organization of phường Mông Dương (Quảng Ninh, implied by the portal), 6-7/8
    # (2025 from the 2025-2030 term; first day taken). The lead is repeated on the page.
    "baoquangninh_3370690.txt": {
        "officials": {
            "Trịnh Thị Minh Thanh": [("Phó Bí thư Thường trực", TU_QN), ("?Phó Bí thư", TU_QN),
                                     ("Chủ tịch", HDND_QN)],
            "Vi Ngọc Bích": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Quảng Ninh|Ban Thường vụ Tỉnh ủy"),
                             ("Phó Chủ tịch Thường trực", HDND_QN), ("?Phó Chủ tịch", HDND_QN)],
        },
        "meetings": [{"date": "2025-08-06", "chair": None, "organizer": dang_bo("phường Mông Dương"),
                      "locality": "06760", "attendees": ["Trịnh Thị Minh Thanh", "Vi Ngọc Bích"]}],
        "localities": ["06760"],
        "tasks": [],
    },
    # 2nd session of the HĐND of xã An Nông (Thanh Hóa), afternoon 28/8/2025, co-chaired. New xã An Nông = 15766
    # (the old Triệu Sơn commune was 15709).
    "baothanhhoa_259870.txt": {
        "officials": {
            "Nguyễn Việt Ba": [("Bí thư", commune("Đảng ủy", "xã", "An Nông") + "|Đảng ủy"),
                               ("Chủ tịch", commune("Hội đồng nhân dân", "xã", "An Nông"))],
            "Phạm Văn Cương": [("Phó Chủ tịch", commune("Hội đồng nhân dân", "xã", "An Nông"))],
        },
        "meetings": [{"date": "2025-08-28", "chair": "Nguyễn Việt Ba|Phạm Văn Cương",
                      "organizer": "Hội đồng nhân dân xã An Nông", "locality": "15766|15709", "attendees": []}],
        "localities": ["15766|15709"],
        "tasks": [],
    },
    # 3rd session of the HĐND of the (merged) An Giang province, "hôm nay" = 26/09/2025 (date line). Chair not
    # stated. Giang Thanh Khoa is relieved of his post at the session (retired from 1/9): optional post. The five
    # deputy chairmen are listed by name after "5 Phó Chủ tịch, bao gồm". New An Giang = 91 (old Kiên Giang's code);
    # old An Giang (89) named in the merger sentence: optional.
    "dantri_20250926130049435.txt": {
        "officials": {
            "Giang Thanh Khoa": [("?Phó Chủ tịch", UB_AG + "|Ủy ban nhân dân tỉnh")],
            "Hồ Văn Mừng": [("Chủ tịch", UB_AG)],
            "Nguyễn Thị Minh Thúy": [("Phó Chủ tịch", UB_AG)],
            "Nguyễn Thanh Phong": [("Phó Chủ tịch", UB_AG)],
            "Lê Văn Phước": [("Phó Chủ tịch", UB_AG)],
            "Lê Trung Hồ": [("Phó Chủ tịch", UB_AG)],
            "Ngô Công Thức": [("Phó Chủ tịch", UB_AG)],
        },
        "meetings": [{"date": "2025-09-26", "chair": None, "organizer": "Hội đồng nhân dân tỉnh An Giang",
                      "locality": "91|89", "attendees": []}],
        "localities": ["91", "?89"],
        "tasks": [],
    },
    # Extended conference of the Party executive committee of xã Vĩnh Thuận (An Giang), morning 26/12 (2025 from the
    # year reviewed and the 2026 plan). Results only in the stored text. New xã Vĩnh Thuận = 31069.
    "doanhnghieptiepthi_161251226104829063.txt": {
        "officials": {},
        "meetings": [{"date": "2025-12-26", "chair": None,
                      "organizer": dang_bo("xã Vĩnh Thuận") + "|Ban Chấp hành Đảng bộ xã Vĩnh Thuận (mở rộng)",
                      "locality": "31069", "attendees": []}],
        "localities": ["31069", "91|89"],
        "tasks": [],
    },
    # 6th thematic session of the HĐND of xã Ea M'Droh (Đắk Lắk, implied by the portal), 19/12/2025, co-chaired.
    # TUV = Tỉnh ủy viên (Đắk Lắk). New xã = 24286 (old 24283).
    "eamdroh-daklak_20848.txt": {
        "officials": {
            "H'Giang Niê": [("Ủy viên", "Tỉnh ủy Đắk Lắk|Tỉnh ủy"),
                            ("Bí thư", commune("Đảng ủy", "xã", EMD) + "|Đảng ủy"),
                            ("Chủ tịch", commune("Hội đồng nhân dân", "xã", EMD))],
            "Trần Thị Bích Nguyệt": [("Phó Chủ tịch", commune("Hội đồng nhân dân", "xã", EMD))],
            "Nguyễn Văn Bông": [("Phó Bí thư Thường trực", commune("Đảng ủy", "xã", EMD)),
                                ("?Phó Bí thư", commune("Đảng ủy", "xã", EMD))],
            "Nguyễn Thị Thu Hồng": [("Phó Bí thư", commune("Đảng ủy", "xã", EMD) + "|Đảng ủy"),
                                    ("Chủ tịch", commune("Ủy ban nhân dân", "xã", EMD))],
        },
        "meetings": [{"date": "2025-12-19", "chair": "H'Giang Niê|Trần Thị Bích Nguyệt",
                      "organizer": f"Hội đồng nhân dân xã {EMD}", "locality": "24286|24283",
                      "attendees": ["Nguyễn Văn Bông", "Nguyễn Thị Thu Hồng"]}],
        "localities": ["24286|24283"],
        "tasks": [],
    },
    # Conference of UBND xã Giao An (Thanh Hóa portal) on the tasks of the last 6 months of 2025, morning 29/7/2025.
    # Its chairman "tham dự và chỉ đạo" (no "chủ trì") -> attendee, chair None. The flood plan's items are reported
    # passively ("được nhấn mạnh", "Xã đã chỉ các thôn"): optional. New xã Giao An = 15043 (old 15040).
    "giaoan-thanhhoa_598009.txt": {
        "officials": {
            "Nguyễn Viết Thắng": [("Phó Bí thư", commune("Đảng ủy", "xã", "Giao An") + "|Đảng ủy"),
                                  ("Chủ tịch", commune("Ủy ban nhân dân", "xã", "Giao An"))],
        },
        "meetings": [{"date": "2025-07-29", "chair": None, "organizer": "Ủy ban nhân dân xã Giao An",
                      "locality": "15043|15040", "attendees": ["Nguyễn Viết Thắng"]}],
        "localities": ["15043|15040"],
        "tasks": [
            (None, "?chuẩn bị sẵn sàng phương tiện, nhân lực, vật tư"),
            ("các thôn", "?các thôn tổ chức phun khử khuẩn"),
        ],
    },
    # 4th session of the HĐND of the (new) Gia Lai province, 27/10/2025 (the stored text starts after the lead).
    # Rah Lan Chung speaks (no "chủ trì") and gives the directives (two sentences). Gia Lai 2025 = 52 (old 64).
    "langngheviet_34537.txt": {
        "officials": {
            "Rah Lan Chung": [("Chủ tịch", HDND_GL)],
        },
        "meetings": [{"date": "2025-10-27", "chair": None, "organizer": "Hội đồng nhân dân tỉnh Gia Lai",
                      "locality": "52|64", "attendees": ["?Rah Lan Chung"]}],
        "localities": ["52|64"],
        "tasks": [
            ("Ủy ban nhân dân tỉnh Gia Lai|Ủy ban nhân dân tỉnh|các ngành|các địa phương",
             "hoàn thành việc sắp xếp, tinh gọn tổ chức bộ máy"),
            ("Ủy ban nhân dân tỉnh Gia Lai|Ủy ban nhân dân tỉnh|các ngành|các địa phương",
             "chuẩn bị tốt các điều kiện tổ chức thành công cuộc bầu cử"),
        ],
    },
    # Preparatory session of the first congress of the Party organization of phường Vĩnh Tân (TPHCM since 2025;
    # no province named), afternoon 15/8 (2025 from "15/8-16/8/2025"). Trần Văn Phương opens it (no "chủ trì").
    # "Ủy viên thường vụ" = of the ward's Party standing committee (implied).
    "phuongvinhtan_phien-tru-bi-lan-thu-i.txt": {
        "officials": {
            "Trần Văn Phương": [("Bí thư", commune("Đảng ủy", "phường", "Vĩnh Tân") + "|Đảng ủy"),
                                ("Chủ tịch", commune("Hội đồng nhân dân", "phường", "Vĩnh Tân"))],
            "Mai Thị Đạt": [("Phó Bí thư Thường trực", commune("Đảng ủy", "phường", "Vĩnh Tân") + "|Đảng ủy"),
                            ("?Phó Bí thư", commune("Đảng ủy", "phường", "Vĩnh Tân") + "|Đảng ủy")],
            "Nguyễn Tấn Lập": [("Phó Bí thư", commune("Đảng ủy", "phường", "Vĩnh Tân") + "|Đảng ủy"),
                               ("Chủ tịch", commune("Ủy ban nhân dân", "phường", "Vĩnh Tân"))],
            "Nguyễn Thị Hồng Sen": [("Ủy viên", "Ban Thường vụ Đảng ủy phường Vĩnh Tân|Ban Thường vụ Đảng ủy phường"
                                                "|Ban Thường vụ Đảng ủy|Ban Thường vụ"),
                                    ("Chủ tịch", mttq("phường Vĩnh Tân") + "|" + mttq("phường"))],
        },
        "meetings": [{"date": "2025-08-15", "chair": None, "organizer": dang_bo("phường Vĩnh Tân"),
                      "locality": "25912",
                      "attendees": ["Trần Văn Phương", "Mai Thị Đạt", "Nguyễn Tấn Lập", "Nguyễn Thị Hồng Sen"]}],
        "localities": ["25912"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
