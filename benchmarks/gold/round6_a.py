"""Gold for blind round 6, part A: 25 post-reform (2025 two-level government) articles from the post2025 pool
(provincial and national news sites, commune portals), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "baoapbac_1046397.txt": "https://baoapbac.vn/chinh-tri/202507/hdnd-xa-cho-gao-cong-bo-dong-chi-pham-hung-vinh-giu-chuc-vu-chu-tich-hdnd-xa-1046397/index.htm",
    "baobariavungtau_1048421.txt": "https://baobariavungtau.com.vn/chinh-tri/202508/hdnd-phuong-tam-thang-thong-qua-5-nghi-quyet-quan-trong-1048421/",
    "baodanang_3299433.txt": "https://baodanang.vn/hdnd-phuong-an-hai-thao-luan-quyet-nghi-nhiem-vu-trong-tam-nhung-thang-cuoi-nam-2025-3299433.html",
    "baodanang_3300104.txt": "https://baodanang.vn/hdnd-cap-xa-lua-chon-noi-dung-giam-sat-sau-sap-xep-don-vi-hanh-chinh-3300104.html",
    "baogialai_post566634.txt": "https://baogialai.com.vn/khai-mac-ky-hop-thu-3-chuyen-de-hdnd-tinh-gia-lai-khoa-xii-post566634.html",
    "baolamdong_387275.txt": "https://baolamdong.vn/lam-dong-hoan-thanh-dai-hoi-mat-tran-to-quoc-viet-nam-cap-xa-truoc-ngay-30-9-387275.html",
    "baophutho_236562.txt": "https://baophutho.vn/dai-hoi-dai-bieu-dang-bo-xa-dai-dong-lan-thu-i-nhiem-ky--236562.htm",
    "baophutho_236794.txt": "https://baophutho.vn/dai-hoi-dai-bieu-dang-bo-xa-nhan-nghia-lan-thu-i-nhiem-ky--236794.htm",
    "baophutho_236943.txt": "https://baophutho.vn/dai-hoi-dai-bieu-dang-bo-xa-yen-tri-lan-thu-i-nhiem-ky--236943.htm",
    "baophutho_237566.txt": "https://baophutho.vn/ky-hop-chuyen-de-thu-nhat-hoi-dong-nhan-dan-phuong-viet-tri-khoa-i-nhiem-ky-2021-2026-237566.htm",
    "dantri_20250923095347527.txt": "https://dantri.com.vn/thoi-su/tong-bi-thu-to-lam-du-dai-hoi-dang-bo-mttq-cac-doan-the-trung-uong-20250923095347527.htm",
    "huengaynay_157503.txt": "https://huengaynay.vn/chinh-tri-xa-hoi/phu-xuan-to-chuc-dai-hoi-mat-tran-to-quoc-viet-nam-phuong-lan-thu-i-157503.html",
    "huengaynay_161943.txt": "https://huengaynay.vn/chinh-tri-xa-hoi/phuong-phu-xuan-phan-dau-tang-thu-ngan-sach-nha-nuoc-binh-quan-11-moi-nam-161943.html",
    "hungvu-langson_dhdb-lan-thu-i.txt": "https://hungvu.langson.gov.vn/tin-tuc-su-kien/dai-hoi-dai-bieu-dang-bo-xa-hung-vu-lan-thu-i-nhiem-ky-2025-2030-thanh-cong-tot-dep.html",
    "hungyen-hdnd_vu-thu-thang-10.txt": "https://ddbqhhdnd.hungyen.gov.vn/hdnd-cap-xa/thuong-truc-hdnd-xa-vu-thu-trien-khai-nhiem-vu-thang-102025.html",
    "sggp_post819566.txt": "https://www.sggp.org.vn/khoi-day-suc-dan-xay-dung-nong-thon-moi-thong-minh-post819566.html",
    "sggp_post831461.txt": "https://www.sggp.org.vn/nhieu-gop-y-thang-than-tai-chuong-trinh-ca-phe-sang-post831461.html",
    "thmyduc1-haiphong_441682.txt": "https://thmyduc1.haiphong.edu.vn/tin-tuc-su-kien/dai-hoi-dai-bieu-xa-an-khanh-lan-thu-i-nhiem-ky-2025-2030/ct/892/441682",
    "thoidai_218257.txt": "https://thoidai.com.vn/khai-mac-ky-hop-thu-7-hdnd-tp-can-tho-khoa-x-nhiem-ky-2021-2026-218257.html",
    "thtg_nhi-quy-6-thang.txt": "http://www.thtg.vn/phuong-nhi-quy-danh-gia-ket-qua-phat-trien-kinh-te-xa-hoi-quoc-phong-an-ninh-6-thang-dau-nam/",
    "tienphong_post1767620.txt": "https://tienphong.vn/ha-noi-chi-dinh-nhan-su-lanh-dao-dang-uy-phuong-giang-vo-tay-ho-dinh-cong-post1767620.tpo",
    "tienphong_post1768632.txt": "https://tienphong.vn/chi-dinh-ong-truong-tan-son-lam-bi-thu-dang-uy-xa-tai-tay-ninh-post1768632.tpo",
    "vietnamnet_2444837.txt": "https://vietnamnet.vn/khanh-hoa-can-chon-can-bo-du-pham-chat-va-nang-luc-khong-de-lot-nguoi-yeu-kem-2444837.html",
    "vietnamplus_post1056878.txt": "https://www.vietnamplus.vn/bac-ninh-phat-huy-tiem-nang-the-manh-thuc-hien-cac-muc-tieu-kinh-te-xa-hoi-post1056878.vnp",
    "vtcnews_ar968249.txt": "https://vtcnews.vn/thuong-tuong-nguyen-hong-thai-duoc-chi-dinh-giu-chuc-bi-thu-tinh-uy-bac-ninh-ar968249.html",
}


def dang_bo(x):
    """Organizer of a commune/province Party congress."""
    return f"Đảng bộ {x}|Đảng ủy {x}|Ban Chấp hành Đảng bộ {x}"


def commune(head, kind, name):
    """`<head> <kind> <name>|<head> <kind>` (a commune body; bare form when the article writes `Đảng ủy xã`)."""
    return f"{head} {kind} {name}|{head} {kind}"


def implied(head, loc):
    """A body whose locality the article leaves implicit: `<head> <loc>|<head>`."""
    return f"{head} {loc}|{head}"


def mttq(loc):
    """Front committee of a unit, with and without `Việt Nam`."""
    return f"Ủy ban Mặt trận Tổ quốc Việt Nam {loc}|Ủy ban Mặt trận Tổ quốc {loc}"


def hcm(head):
    """`<head> Thành ủy Thành phố Hồ Chí Minh` with the spellings the press uses."""
    return "|".join(f"{head}{t}" for t in ("Thành ủy Thành phố Hồ Chí Minh", "Thành ủy TP HCM", "Thành ủy TPHCM",
                                            "Thành ủy TP. HCM", "Thành ủy"))


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"
TBT = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam|Ban Chấp hành Trung ương Đảng|Đảng Cộng sản Việt Nam"
TU_PT = "Tỉnh ủy Phú Thọ|Tỉnh ủy"
BTV_PT = "Ban Thường vụ Tỉnh ủy Phú Thọ|Ban Thường vụ Tỉnh ủy"
TU_GL = "Tỉnh ủy Gia Lai|Tỉnh ủy"
HDND_GL = "Hội đồng nhân dân tỉnh Gia Lai|Hội đồng nhân dân tỉnh"
TU_CT = "Thành ủy Cần Thơ|Thành ủy"
TU_BN = "Tỉnh ủy Bắc Ninh|Tỉnh ủy"
HOA_HIEP = mttq("xã Hòa Hiệp") + "|Ủy ban Mặt trận Tổ quốc Việt Nam xã|Ủy ban Mặt trận Tổ quốc xã"

GOLD = {
    # First session of the HĐND of the new xã Chợ Gạo (Đồng Tháp), 1-7-2025 (article 02/07/2025); chair not stated.
    # Appointments announced = decisions, not tasks. New xã Chợ Gạo = 28594 (old thị trấn's code).
    "baoapbac_1046397.txt": {
        "officials": {
            "Phạm Hùng Vinh": [("Bí thư", commune("Đảng ủy", "xã", "Chợ Gạo")),
                               ("Chủ tịch", commune("Hội đồng nhân dân", "xã", "Chợ Gạo"))],
            "Phạm Kỳ Phong": [("Phó Bí thư", commune("Đảng ủy", "xã", "Chợ Gạo")),
                              ("Chủ tịch", commune("Ủy ban nhân dân", "xã", "Chợ Gạo"))],
        },
        "meetings": [{"date": "2025-07-01", "chair": None, "organizer": "Hội đồng nhân dân xã Chợ Gạo",
                      "locality": "28594", "attendees": ["?Phạm Hùng Vinh", "?Phạm Kỳ Phong"]}],
        "localities": ["28594", "82|87"],
        "tasks": [],
    },
    # Third (thematic) session of the HĐND of phường Tam Thắng (TPHCM), 21/8/2025, co-chaired. The two delegates
    # relieved of their mandate are listed (HĐND delegates), their post optional.
    "baobariavungtau_1048421.txt": {
        "officials": {
            "Trần Thụy Cẩm Lệ": [("Bí thư", commune("Đảng ủy", "phường", "Tam Thắng") + "|Đảng ủy"),
                                  ("Chủ tịch", commune("Hội đồng nhân dân", "phường", "Tam Thắng"))],
            "Nguyễn Khắc Hùng": [("Phó Chủ tịch", commune("Hội đồng nhân dân", "phường", "Tam Thắng"))],
            "Đinh Văn Hiệu": [("?Đại biểu", commune("Hội đồng nhân dân", "phường", "Tam Thắng"))],
            "Trương Thị Bích Hảo": [("?Đại biểu", commune("Hội đồng nhân dân", "phường", "Tam Thắng"))],
        },
        "meetings": [{"date": "2025-08-21", "chair": "Trần Thụy Cẩm Lệ|Nguyễn Khắc Hùng",
                      "organizer": "Hội đồng nhân dân phường Tam Thắng", "locality": "26526", "attendees": []}],
        "localities": ["26526", "79"],
        "tasks": [],
    },
    # 2nd session of the provisional HĐND of phường An Hải (Đà Nẵng), morning 15/8/2025; Phùng Phú Phong opens it
    # (no "chủ trì"). The opening speech states the session's purpose; no directive.
    "baodanang_3299433.txt": {
        "officials": {
            "Phùng Phú Phong": [("Bí thư", commune("Đảng ủy", "phường", "An Hải") + "|Đảng ủy"),
                                ("Chủ tịch", "Hội đồng nhân dân phường An Hải|Hội đồng nhân dân lâm thời phường An Hải"
                                             "|Hội đồng nhân dân phường|Hội đồng nhân dân lâm thời phường")],
        },
        "meetings": [{"date": "2025-08-15", "chair": None,
                      "organizer": "Hội đồng nhân dân phường An Hải|Hội đồng nhân dân lâm thời phường An Hải",
                      "locality": "20275", "attendees": ["?Phùng Phú Phong"]}],
        "localities": ["20275"],
        "tasks": [],
    },
    # 2nd sessions of the HĐND of xã Tây Hồ and of phường Quảng Phú (Đà Nẵng), both 22/8 (2025 from the text).
    # The supervision programme adopted (who supervises what) is a resolution's content: optional tasks.
    "baodanang_3300104.txt": {
        "officials": {},
        "meetings": [{"date": "2025-08-22", "chair": None, "organizer": "Hội đồng nhân dân xã Tây Hồ",
                      "locality": "20380", "attendees": []},
                     {"date": "2025-08-22", "chair": None, "organizer": "Hội đồng nhân dân phường Quảng Phú",
                      "locality": "20356", "attendees": []}],
        "localities": ["20380", "20356"],
        "tasks": [
            (None, "?giám sát công tác tiếp nhận đơn thư"),
            (None, "?chủ trì giám sát thực hiện công tác chuyển giao"),
            (None, "?chủ trì giám sát việc triển khai thực hiện Quyết định số 21"),
        ],
    },
    # 3rd (thematic) session of the HĐND of the new Gia Lai province, morning 15-9-2025, co-chaired by the three
    # HĐND leaders. The chairman's "nhấn mạnh" states results, not a directive.
    "baogialai_post566634.txt": {
        "officials": {
            "Rah Lan Chung": [("Phó Bí thư Thường trực", TU_GL), ("?Phó Bí thư", TU_GL), ("Chủ tịch", HDND_GL)],
            "Trương Văn Đạt": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Gia Lai|Ban Thường vụ Tỉnh ủy"),
                               ("Phó Chủ tịch Thường trực", HDND_GL), ("?Phó Chủ tịch", HDND_GL)],
            "Huỳnh Thúy Vân": [("Ủy viên", TU_GL), ("Phó Chủ tịch", HDND_GL)],
            "Hồ Quốc Dũng": [("Ủy viên", BCHTW), ("Bí thư", TU_GL)],
            "Phạm Anh Tuấn": [("Phó Bí thư", TU_GL),
                              ("Chủ tịch", "Ủy ban nhân dân tỉnh Gia Lai|Ủy ban nhân dân tỉnh")],
            "Châu Ngọc Tuấn": [("Phó Bí thư", TU_GL),
                               ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Gia Lai|Đoàn đại biểu Quốc hội tỉnh"
                                               "|Đoàn đại biểu Quốc hội")],
            "Nguyễn Ngọc Lương": [("Phó Bí thư", TU_GL),
                                  ("Chủ tịch", mttq("tỉnh Gia Lai") + "|" + mttq("tỉnh"))],
        },
        "meetings": [{"date": "2025-09-15", "chair": "Rah Lan Chung|Trương Văn Đạt|Huỳnh Thúy Vân",
                      "organizer": "Hội đồng nhân dân tỉnh Gia Lai", "locality": "52|64",
                      "attendees": ["Hồ Quốc Dũng", "Phạm Anh Tuấn", "Châu Ngọc Tuấn", "Nguyễn Ngọc Lương"]}],
        "localities": ["52|64", "21583"],
        "tasks": [],
    },
    # Directive 01-CT/TU of the Lâm Đồng provincial Party standing committee on the Front congresses (issued 12/8):
    # no meeting held (the congresses are planned; the caption shows a flower-giving). Its schedule items are a
    # document's directives to no named body: optional.
    "baolamdong_387275.txt": {
        "officials": {
            "Y Thanh Hà Niê Kđăm": [("Bí thư", "Tỉnh ủy Lâm Đồng|Tỉnh ủy")],
        },
        "meetings": [],
        "localities": ["68"],
        "tasks": [
            (None, "?hoàn thành trước ngày 30/9/2025"),
            (None, "?cấp tỉnh hoàn thành trong tháng 11/2025"),
            (None, "?tiến hành ngay sau Đại hội MTTQ Việt Nam cùng cấp"),
        ],
    },
    # First congress of the Party organization of xã Đại Đồng (Phú Thọ), 22/7/2025. The 2025-2030 targets are the
    # congress's own aims, not directives. New xã Đại Đồng = 05347.
    "baophutho_236562.txt": {
        "officials": {
            "Bùi Thị Minh": [("Phó Bí thư", TU_PT)],
        },
        "meetings": [{"date": "2025-07-22", "chair": None, "organizer": dang_bo("xã Đại Đồng"),
                      "locality": "05347", "attendees": ["Bùi Thị Minh"]}],
        "localities": ["05347"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Nhân Nghĩa (Phú Thọ), 25/7 (2025 from the term). The merged
    # communes Văn Nghĩa, Mỹ Thành, Nhân Nghĩa (cũ) take the old codes (Nhân Nghĩa keeps 05290).
    "baophutho_236794.txt": {
        "officials": {
            "Bùi Đức Hinh": [("Phó Bí thư", TU_PT),
                             ("Chủ tịch", mttq("tỉnh Phú Thọ") + "|" + mttq("tỉnh"))],
            "Đặng Bích Ngọc": [("Ủy viên", TU_PT),
                               ("Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Phú Thọ|Đoàn đại biểu Quốc hội tỉnh"
                                                   "|Đoàn đại biểu Quốc hội")],
        },
        "meetings": [{"date": "2025-07-25", "chair": None, "organizer": dang_bo("xã Nhân Nghĩa"),
                      "locality": "05290", "attendees": ["Bùi Đức Hinh", "Đặng Bích Ngọc"]}],
        "localities": ["05290", "05281", "05275"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Yên Trị (Phú Thọ), 28/7/2025; merged communes take old codes.
    "baophutho_236943.txt": {
        "officials": {
            "Võ Ngọc Kiên": [("Ủy viên", BTV_PT),
                             ("Chánh Văn phòng", "Văn phòng Tỉnh ủy Phú Thọ|Văn phòng Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-07-28", "chair": None, "organizer": dang_bo("xã Yên Trị"),
                      "locality": "05386", "attendees": ["Võ Ngọc Kiên"]}],
        "localities": ["05386", "05380", "05371", "05389"],
        "tasks": [],
    },
    # First thematic session of the HĐND of phường Việt Trì, 8/8/2025, co-chaired. The chairman's "nhấn mạnh"
    # is about the session's significance, not a directive. TUV = Tỉnh ủy viên (Phú Thọ).
    "baophutho_237566.txt": {
        "officials": {
            "Nguyễn Văn Đức": [("Ủy viên", TU_PT),
                               ("Bí thư", commune("Đảng ủy", "phường", "Việt Trì") + "|Đảng ủy"),
                               ("Chủ tịch", commune("Hội đồng nhân dân", "phường", "Việt Trì"))],
            "Nguyễn Hoàng Đức": [("Phó Chủ tịch", commune("Hội đồng nhân dân", "phường", "Việt Trì"))],
        },
        "meetings": [{"date": "2025-08-08", "chair": "Nguyễn Văn Đức|Nguyễn Hoàng Đức",
                      "organizer": "Hội đồng nhân dân phường Việt Trì", "locality": "07900", "attendees": []}],
        "localities": ["07900"],
        "tasks": [],
    },
    # First congress of the Party organization of the Front and central mass organizations, morning 23/9/2025;
    # Tô Lâm "dự và phát biểu chỉ đạo" (content cut by truncation); Phạm Minh Chính attends only per a caption.
    "dantri_20250923095347527.txt": {
        "officials": {
            "Tô Lâm": [("Tổng Bí thư", TBT)],
            "Đỗ Văn Chiến": [("Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")],
            "Phạm Minh Chính": [("Thủ tướng", "Chính phủ")],
        },
        "meetings": [{"date": "2025-09-23", "chair": None,
                      "organizer": "Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương"
                                   "|Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"
                                   "|Đảng bộ MTTQ, các đoàn thể Trung ương|Đảng ủy MTTQ, các đoàn thể Trung ương"
                                   "|Ban Chấp hành Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương",
                      "locality": None, "attendees": ["Tô Lâm", "?Phạm Minh Chính", "?Đỗ Văn Chiến"]}],
        "localities": [],
        "tasks": [],
    },
    # First congress of the Front of phường Phú Xuân (Huế); the stored text starts after the lead and gives no day
    # -> date None. TUV = Thành ủy viên (Huế is a centrally-run city).
    "huengaynay_157503.txt": {
        "officials": {
            "Nguyễn Thị Ái Vân": [("Ủy viên", "Ban Thường vụ Thành ủy Huế|Ban Thường vụ Thành ủy"),
                                  ("Chủ tịch", mttq("thành phố Huế"))],
            "Võ Lê Nhật": [("Ủy viên", "Thành ủy Huế|Thành ủy"),
                           ("Bí thư", "Đảng ủy phường Phú Xuân"),
                           ("Chủ tịch", "Hội đồng nhân dân phường Phú Xuân")],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": mttq("phường Phú Xuân") + "|Mặt trận Tổ quốc Việt Nam phường Phú Xuân"
                                   "|Ủy ban Mặt trận Tổ quốc Việt Nam phường|Ủy ban Mặt trận Tổ quốc phường",
                      "locality": "19753", "attendees": ["Nguyễn Thị Ái Vân", "Võ Lê Nhật"]}],
        "localities": ["19753", "46"],
        "tasks": [],
    },
    # Year-end conference of phường Phú Xuân (Huế) on the 2026 plan; article of 13/01/2026, no day in the stored text
    # -> date None. Organizer not stated (the UBND chairman "phát biểu chỉ đạo"; his words are results only).
    "huengaynay_161943.txt": {
        "officials": {
            "Nguyễn Việt Bằng": [("Chủ tịch", "Ủy ban nhân dân phường Phú Xuân")],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": "Ủy ban nhân dân phường Phú Xuân|Ủy ban nhân dân phường",
                      "locality": "19753", "attendees": ["?Nguyễn Việt Bằng"]}],
        "localities": ["19753", "?46"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Hưng Vũ (Lạng Sơn), 22-23/7/2025 (first day taken).
    # Trấn Yên = the old merged commune.
    "hungvu-langson_dhdb-lan-thu-i.txt": {
        "officials": {
            "Lê Trí Thức": [("Ủy viên", "Tỉnh ủy Lạng Sơn|Tỉnh ủy"),
                            ("Phó Chủ nhiệm Thường trực", "Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn|Ủy ban Kiểm tra Tỉnh ủy"),
                            ("?Phó Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Lạng Sơn|Ủy ban Kiểm tra Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-07-22", "chair": None, "organizer": dang_bo("xã Hưng Vũ"),
                      "locality": "06349", "attendees": ["Lê Trí Thức"]}],
        "localities": ["06349", "06370", "20"],
        "tasks": [],
    },
    # Monthly briefing of the HĐND standing committee of xã Vũ Thư (Hưng Yên), morning 08/10 (2025 from the text).
    # "Nhiệm vụ thời gian tới" = the briefing's assignments for the coming month.
    "hungyen-hdnd_vu-thu-thang-10.txt": {
        "officials": {},
        "meetings": [{"date": "2025-10-08", "chair": None,
                      "organizer": "Thường trực Hội đồng nhân dân xã Vũ Thư|Hội đồng nhân dân xã Vũ Thư"
                                   "|Thường trực Hội đồng nhân dân xã|Hội đồng nhân dân xã",
                      "locality": "13192", "attendees": []}],
        "localities": ["13192"],
        "tasks": [
            ("các Ban HĐND|các Ban Hội đồng nhân dân|các Ban Hội đồng nhân dân xã|các Ban Hội đồng nhân dân xã Vũ Thư"
             "|Ban Hội đồng nhân dân xã Vũ Thư",
             "các Ban HĐND chủ động hoàn thành kế hoạch giám sát chuyên đề"),
            (None, "giám sát thực hiện Đề án sản xuất vụ Mùa"),
            (None, "tổ chức hội nghị nghe UBND xã giải trình"),
            (None, "Triển khai giám sát về kết quả hoạt động"),
        ],
    },
    # First congress of the Front of xã Hòa Hiệp (TPHCM); article of 23/10/2025, no day in the stored text -> None.
    # Võ Ngọc Thanh Trúc "dự và chỉ đạo" and gives the directives.
    "sggp_post819566.txt": {
        "officials": {
            "Võ Ngọc Thanh Trúc": [("Ủy viên", hcm("Ban Thường vụ ")),
                                   ("Phó Chủ tịch", mttq("Thành phố Hồ Chí Minh") + "|" + mttq("TPHCM")),
                                   ("Chủ tịch", "Hội Liên hiệp Phụ nữ Thành phố Hồ Chí Minh|Hội Liên hiệp Phụ nữ TPHCM")],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": mttq("xã Hòa Hiệp") + "|Mặt trận Tổ quốc Việt Nam xã Hòa Hiệp",
                      "locality": "26647", "attendees": ["Võ Ngọc Thanh Trúc"]}],
        "localities": ["26647", "79"],
        "tasks": [
            (HOA_HIEP, "cần xác định những định hướng mang tính đột phá"),
            (HOA_HIEP, "Trọng tâm là nâng cao chất lượng cuộc vận động"),
        ],
    },
    # "Cà phê sáng" programme of UBND xã Phú Giáo with residents and businesses, 31-12-2025: an outreach event, not a
    # meeting (round 4 precedent). Answers and a promise to report, no directive.
    "sggp_post831461.txt": {
        "officials": {
            "Ngô Trung Thành": [("Phó Chủ tịch", "Ủy ban nhân dân xã Phú Giáo")],
        },
        "meetings": [],
        "localities": ["25858", "79"],
        "tasks": [],
    },
    # First congress of the Party organization of xã An Khánh (Hải Phòng, implied by the portal and "Thành ủy"),
    # official session 19/8/2025 (preparatory session 18/8 reported inside it).
    "thmyduc1-haiphong_441682.txt": {
        "officials": {
            "Lê Trí Vũ": [("Ủy viên", "Ban Thường vụ Thành ủy Hải Phòng|Ban Thường vụ Thành ủy"),
                          ("Trưởng Ban", "Ban Tổ chức Thành ủy Hải Phòng|Ban Tổ chức Thành ủy"),
                          ("?Tổ trưởng", "Tổ Công tác số 7 của Ban Thường vụ Thành ủy|Tổ Công tác số 7"
                                         "|Tổ Công tác số 7 của Ban Thường vụ Thành ủy Hải Phòng")],
            "Phạm Thị Hoa": [("Phó Bí thư", commune("Đảng ủy", "xã", "An Khánh") + "|Đảng ủy"),
                             ("Chủ tịch", commune("Ủy ban nhân dân", "xã", "An Khánh"))],
            "Nguyễn Văn Hải": [("Phó Bí thư Thường trực", commune("Đảng ủy", "xã", "An Khánh") + "|Đảng ủy"),
                               ("?Phó Bí thư", commune("Đảng ủy", "xã", "An Khánh") + "|Đảng ủy")],
        },
        "meetings": [{"date": "2025-08-19", "chair": None, "organizer": dang_bo("xã An Khánh"),
                      "locality": "11668", "attendees": ["Lê Trí Vũ", "?Phạm Thị Hoa", "?Nguyễn Văn Hải"]}],
        "localities": ["11668"],
        "tasks": [],
    },
    # 7th session of the Cần Thơ city HĐND, afternoon 8/12 (article 09/12/2025). Đồng Văn Thanh opens it (no
    # "chủ trì" stated).
    "thoidai_218257.txt": {
        "officials": {
            "Lê Quang Tùng": [("Ủy viên", BCHTW), ("Bí thư", "Thành ủy Cần Thơ")],
            "Trương Cảnh Tuyên": [("Phó Bí thư", TU_CT),
                                  ("Chủ tịch", "Ủy ban nhân dân thành phố Cần Thơ|Ủy ban nhân dân thành phố")],
            "Hồ Thị Cẩm Đào": [("Phó Bí thư", TU_CT),
                               ("Chủ tịch", mttq("thành phố Cần Thơ") + "|" + mttq("thành phố"))],
            "Trần Văn Huyến": [("Phó Bí thư", TU_CT)],
            "Đồng Văn Thanh": [("Phó Bí thư Thường trực", TU_CT), ("?Phó Bí thư", TU_CT),
                               ("Chủ tịch", "Hội đồng nhân dân thành phố Cần Thơ")],
        },
        "meetings": [{"date": "2025-12-08", "chair": None, "organizer": "Hội đồng nhân dân thành phố Cần Thơ",
                      "locality": "92",
                      "attendees": ["Lê Quang Tùng", "Trương Cảnh Tuyên", "Hồ Thị Cẩm Đào", "Trần Văn Huyến",
                                    "?Đồng Văn Thanh"]}],
        "localities": ["92"],
        "tasks": [],
    },
    # Review meeting of UBND phường Nhị Quý (Đồng Tháp), afternoon 11/7 (2025 from the text), chaired by its chairman.
    # Departments report problems; no directive in the stored text.
    "thtg_nhi-quy-6-thang.txt": {
        "officials": {
            "Nguyễn Tấn Lợi": [("Phó Bí thư", commune("Đảng ủy", "phường", "Nhị Quý") + "|Đảng ủy"),
                               ("Chủ tịch", commune("Ủy ban nhân dân", "phường", "Nhị Quý"))],
        },
        "meetings": [{"date": "2025-07-11", "chair": "Nguyễn Tấn Lợi", "organizer": "Ủy ban nhân dân phường Nhị Quý",
                      "locality": "28477", "attendees": []}],
        "localities": ["28477", "82|87"],
        "tasks": [],
    },
    # Congresses of the wards Giảng Võ, Tây Hồ, Định Công (Hà Nội), 8/8/2025; the one reported: Giảng Võ (round 4
    # precedent: one meeting). The political report's orientations are the congress's aims, not directives.
    "tienphong_post1767620.txt": {
        "officials": {
            "Tống Học Nghĩa": [("Bí thư", "Đảng ủy phường Giảng Võ")],
        },
        "meetings": [{"date": "2025-08-08", "chair": None, "organizer": dang_bo("phường Giảng Võ"),
                      "locality": "00025|00031", "attendees": ["?Tống Học Nghĩa"]}],
        "localities": ["00025|00031", "00103", "00316|00307", "01"],
        "tasks": [],
    },
    # Congress of the Party organization of xã Hậu Nghĩa (Tây Ninh), 11-12/8/2025 (first day taken). The old units
    # (xã Đức Lập Thượng, xã Tân Mỹ, thị trấn Hậu Nghĩa, huyện Đức Hòa, tỉnh Long An "trước đây") take old codes;
    # new Tây Ninh = 80 (old Long An's code), old Tây Ninh 72.
    "tienphong_post1768632.txt": {
        "officials": {
            "Trương Tấn Sơn": [("Bí thư", "Đảng ủy xã Hậu Nghĩa")],
            "Võ Văn Cấp": [("Chủ tịch", "Hội đồng nhân dân xã Hậu Nghĩa"),
                           ("Phó Bí thư Thường trực", commune("Đảng ủy", "xã", "Hậu Nghĩa")),
                           ("?Phó Bí thư", commune("Đảng ủy", "xã", "Hậu Nghĩa"))],
            "Trương Văn Hoàng": [("Chủ tịch", commune("Ủy ban nhân dân", "xã", "Hậu Nghĩa")),
                                 ("Phó Bí thư", commune("Đảng ủy", "xã", "Hậu Nghĩa"))],
        },
        "meetings": [{"date": "2025-08-11", "chair": None, "organizer": dang_bo("xã Hậu Nghĩa"),
                      "locality": "27931", "attendees": ["?Trương Tấn Sơn", "?Võ Văn Cấp", "?Trương Văn Hoàng"]}],
        "localities": ["27931", "80|72", "27955", "27949", "802", "80"],
        "tasks": [],
    },
    # First congress of the Khánh Hòa provincial Party organization, morning 22/9/2025; Trần Thanh Mẫn "dự và có bài
    # phát biểu chỉ đạo". The headline's copy of his directive is optional.
    "vietnamnet_2444837.txt": {
        "officials": {
            "Trần Thanh Mẫn": [("Chủ tịch", "Quốc hội")],
        },
        "meetings": [{"date": "2025-09-22", "chair": None,
                      "organizer": dang_bo("tỉnh Khánh Hòa") + "|Tỉnh ủy Khánh Hòa",
                      "locality": "56", "attendees": ["Trần Thanh Mẫn"]}],
        "localities": ["56"],
        "tasks": [
            ("các đại biểu|đại biểu", "các đại biểu cần thảo luận thẳng thắn"),
            ("tỉnh Khánh Hòa|Khánh Hòa|Đảng bộ tỉnh Khánh Hòa|Tỉnh ủy Khánh Hòa",
             "tỉnh Khánh Hòa cần xây dựng Đảng vững mạnh"),
            (None, "?cần chọn cán bộ đủ phẩm chất và năng lực"),
            (None, "?gợi mở một số nội dung để tỉnh Khánh Hòa nghiên cứu"),
        ],
    },
    # Congresses of communes/wards of Bắc Ninh, 19-20/8; the one reported: phường Đồng Nguyên (day not given ->
    # None). Nguyễn Hương Giang speaks for the provincial standing committee (praise only).
    "vietnamplus_post1056878.txt": {
        "officials": {
            "Ngô Minh Nam": [("Bí thư", commune("Đảng ủy", "phường", "Đồng Nguyên"))],
            "Nguyễn Hương Giang": [("Phó Bí thư", "Tỉnh ủy Bắc Ninh")],
        },
        "meetings": [{"date": None, "chair": None, "organizer": dang_bo("phường Đồng Nguyên"),
                      "locality": "09385", "attendees": ["?Nguyễn Hương Giang", "?Ngô Minh Nam"]}],
        "localities": ["24|27", "09385"],
        "tasks": [],
    },
    # First congress of the (new) Bắc Ninh provincial Party organization, morning 30/9/2025. Appointments by the
    # Politburo = decisions. Nguyễn Hồng Thái's army posts are current; his BTV/BCH membership comes with the
    # appointment (optional).
    "vtcnews_ar968249.txt": {
        "officials": {
            "Nguyễn Duy Ngọc": [("Chủ nhiệm", "Ủy ban Kiểm tra Trung ương")],
            "Nguyễn Hồng Thái": [("Ủy viên", BCHTW), ("Ủy viên", "Quân ủy Trung ương"),
                                 ("Thứ trưởng", "Bộ Quốc phòng"), ("Bí thư", TU_BN),
                                 ("?Ủy viên", "Ban Thường vụ Tỉnh ủy Bắc Ninh"),
                                 ("?Ủy viên", "Tỉnh ủy Bắc Ninh|Ban Chấp hành Đảng bộ tỉnh Bắc Ninh")],
            "Nguyễn Văn Gấu": [("Bí thư", TU_BN)],
            "Nguyễn Thị Hương": [("Phó Bí thư Thường trực", TU_BN), ("?Phó Bí thư", TU_BN)],
            "Vương Quốc Tuấn": [("Phó Bí thư", TU_BN),
                                ("Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Ninh|Ủy ban nhân dân tỉnh")],
            "Nguyễn Việt Oanh": [("Phó Bí thư", TU_BN),
                                 ("Chủ tịch", "Hội đồng nhân dân tỉnh Bắc Ninh|Hội đồng nhân dân tỉnh")],
        },
        "meetings": [{"date": "2025-09-30", "chair": None,
                      "organizer": dang_bo("tỉnh Bắc Ninh") + "|Tỉnh ủy Bắc Ninh",
                      "locality": "24|27",
                      "attendees": ["?Nguyễn Duy Ngọc", "?Nguyễn Hồng Thái", "?Nguyễn Văn Gấu", "?Nguyễn Thị Hương",
                                    "?Vương Quốc Tuấn", "?Nguyễn Việt Oanh"]}],
        "localities": ["24|27"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
