"""Gold for blind round 4, part A: 13 post-reform (2025 two-level government) articles from provincial and national
news sites, annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "baodanang_3300368.txt": "https://baodanang.vn/hdnd-lam-thoi-phuong-hai-van-thong-qua-5-nghi-quyet-3300368.html",
    "baogialai_post576378.txt": "https://baogialai.com.vn/chi-so-phuc-vu-nguoi-dan-doanh-nghiep-cua-xa-ia-le-xep-loai-xuat-sac-post576378.html",
    "baonghean_10304166.txt": "https://baonghean.vn/dang-bo-xa-xuan-lam-to-chuc-dai-hoi-lan-thu-nhat-nhiem-ky-2025-2030-10304166.html",
    "baonghean_10304519.txt": "https://baonghean.vn/dang-bo-xa-binh-chuan-to-chuc-dai-hoi-lan-thu-nhat-nhiem-ky-2025-2030-10304519.html",
    "baophutho_236684.txt": "https://baophutho.vn/dai-hoi-dang-bo-xa-van-lang-lan-thu-i-nhiem-ky-2025-2030-236684.htm",
    "baophutho_237003.txt": "https://baophutho.vn/dai-hoi-dai-bieu-dang-bo-xa-toan-thang-lan-thu-i-nhiem-ky-2025-2030-237003.htm",
    "baophutho_246551.txt": "https://baophutho.vn/xa-luong-son-kien-toan-cac-chuc-danh-lanh-dao-chu-chot-246551.htm",
    "baothanhhoa_257377.txt": "https://baothanhhoa.vn/hoi-dong-nhan-dan-xa-quang-binh-ky-hop-thu-2-thao-luan-nhieu-noi-dung-quan-trong-257377.htm",
    "cafef_188250704143619323.txt": "https://cafef.vn/quang-tri-tang-truong-kinh-te-748-sau-hop-nhat-188250704143619323.chn",
    "dantri_20250929110722987.txt": "https://dantri.com.vn/thoi-su/ong-trinh-viet-hung-lam-bi-thu-tinh-uy-lao-cai-20250929110722987.htm",
    "dantri_20251114103852082.txt": "https://dantri.com.vn/thoi-su/can-tho-bau-bo-sung-2-uy-vien-ubnd-thanh-pho-20251114103852082.htm",
    "doanhnghieptiepthi_161250722141949686.txt": "https://doanhnghieptiepthi.vn/ban-chap-hanh-dang-bo-ubnd-tp-hue-thao-luan-nhieu-noi-dung-quan-trong-161250722141949686.htm",
    "dongda-hanoi_2806250702230837823.txt": "https://dongda.hanoi.gov.vn/cai-cach-hanh-chinh/tong-bi-thu-to-lam-voi-su-doan-ket-quyet-tam-va-doi-moi-ha-noi-se-tiep-tuc-giu-vung-vai-tro-dau-tau-dan-dat-cua-ca-nuoc-2806250702230837823.htm",
}


def dang_bo(x):
    """Organizer of a commune/province Party congress."""
    return f"Đảng bộ {x}|Đảng ủy {x}|Ban Chấp hành Đảng bộ {x}"


def prov(head, p):
    """Provincial body in an article of that province's portal, where 'tỉnh' is left implicit."""
    return f"{head} tỉnh {p}|{head} tỉnh"


TU_NA = "Tỉnh ủy Nghệ An|Ban Chấp hành Đảng bộ tỉnh Nghệ An|Tỉnh ủy|Ban Chấp hành Đảng bộ tỉnh"
TU_PT = "Tỉnh ủy Phú Thọ|Tỉnh ủy"
BTV_PT = "Ban Thường vụ Tỉnh ủy Phú Thọ|Ban Thường vụ Tỉnh ủy"
LS = "xã Lương Sơn"
UBND_CT = "Ủy ban nhân dân thành phố Cần Thơ"
VP_UBND_CT = ("Văn phòng Ủy ban nhân dân thành phố Cần Thơ|Văn phòng Ủy ban nhân dân thành phố"
              "|Văn phòng Ủy ban nhân dân")
UBND_HUE = "Ủy ban nhân dân thành phố Huế"
DU_UBND_HUE = ("Đảng ủy Ủy ban nhân dân thành phố Huế|Đảng bộ Ủy ban nhân dân thành phố Huế|Đảng ủy Ủy ban nhân dân thành phố"
               "|Đảng ủy")
TU_HN = "Thành ủy Hà Nội"
BTV_HN = "Ban Thường vụ Thành ủy Hà Nội"
HDND_HN = "Hội đồng nhân dân thành phố Hà Nội"
DDBQH_HN = "Đoàn đại biểu Quốc hội thành phố Hà Nội|Đoàn đại biểu Quốc hội Hà Nội|Đoàn đại biểu Quốc hội"
DBQH = ("?Đại biểu Quốc hội", "Quốc hội|" + DDBQH_HN)
TBT = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam|Ban Chấp hành Trung ương Đảng|Đảng Cộng sản Việt Nam"

GOLD = {
    # Session II of the provisional ward HĐND of Hải Vân, 26/8/2025; no official named; resolutions passed = results.
    "baodanang_3300368.txt": {
        "officials": {},
        "meetings": [{"date": "2025-08-26", "chair": None,
                      "organizer": "Hội đồng nhân dân phường Hải Vân|Hội đồng nhân dân lâm thời phường Hải Vân",
                      "locality": "20194", "attendees": []}],
        "localities": ["48", "20194"],
        "tasks": [],
    },
    # 5th session of the Ia Le commune HĐND "ngày 30-12", article dated 01/01/2026 -> 2025-12-30. New Gia Lai (52);
    # the old province (64) also held Ia Le.
    "baogialai_post576378.txt": {
        "officials": {},
        "meetings": [{"date": "2025-12-30", "chair": None, "organizer": "Hội đồng nhân dân xã Ia Le",
                      "locality": "23986", "attendees": []}],
        "localities": ["23986", "52|64"],
        "tasks": [],
    },
    # First congress of the (merged) Xuân Lâm commune Party organization, "Sáng 10/8"; no dateline, year from the
    # 2025-2030 term of a commune formed in the 2025 merger -> 2025-08-10. The three former communes and
    # "huyện Thanh Chương cũ/trước đây" take the old codes (new Xuân Lâm 17779 = old Xuân Dương's code).
    "baonghean_10304166.txt": {
        "officials": {
            "Lê Văn Giáp": [("Ủy viên", TU_NA),
                            ("Chánh Văn phòng", "Văn phòng Tỉnh ủy Nghệ An|Văn phòng Tỉnh ủy")],
            "Nguyễn Văn Hải": [("Ủy viên", TU_NA),
                               ("Phó Trưởng ban", "Ban Nội chính Tỉnh ủy Nghệ An|Ban Nội chính Tỉnh ủy")],
            "Đinh Bạt Văn": [("Phó Bí thư", prov("Đảng ủy Quân sự", "Nghệ An")),
                             ("Chỉ huy trưởng", prov("Bộ Chỉ huy Quân sự", "Nghệ An"))],
            "Nguyễn Sỹ Hội": [("Chủ tịch", prov("Hội Cựu chiến binh", "Nghệ An"))],
        },
        "meetings": [{"date": "2025-08-10", "chair": None, "organizer": dang_bo("xã Xuân Lâm"),
                      "locality": "17779",
                      "attendees": ["Lê Văn Giáp", "Nguyễn Văn Hải", "Đinh Bạt Văn", "Nguyễn Sỹ Hội"]}],
        "localities": ["17779", "428", "17785", "17767"],
        "tasks": [],
    },
    # First congress of the Bình Chuẩn commune Party organization, 15/8/2025 (commune not merged, same code).
    # "huyện Con Cuông" = the former district (old code).
    "baonghean_10304519.txt": {
        "officials": {
            "Nguyễn Văn Đệ": [("Ủy viên", TU_NA),
                              ("Phó Chủ tịch", prov("Ủy ban nhân dân", "Nghệ An"))],
        },
        "meetings": [{"date": "2025-08-15", "chair": None, "organizer": dang_bo("xã Bình Chuẩn"),
                      "locality": "17230", "attendees": ["Nguyễn Văn Đệ"]}],
        "localities": ["17230", "422"],
        "tasks": [],
    },
    # First congress of the Văn Lang commune Party organization, 24/7/2025; the political report's "nhấn mạnh" lists
    # results, not directives.
    "baophutho_236684.txt": {
        "officials": {
            "Nguyễn Trung Kiên": [("Ủy viên", BTV_PT),
                                  ("Phó Chủ tịch", prov("Hội đồng nhân dân", "Phú Thọ"))],
        },
        "meetings": [{"date": "2025-07-24", "chair": None, "organizer": dang_bo("xã Văn Lang"),
                      "locality": "08134", "attendees": ["Nguyễn Trung Kiên"]}],
        "localities": ["08134"],
        "tasks": [],
    },
    # First congress of the Toàn Thắng commune Party organization, "Ngày 28/7" (article of 29/07/2025).
    # "phấn đấu thực hiện 16 chỉ tiêu" is the congress's target, not a directive.
    "baophutho_237003.txt": {
        "officials": {
            "Bùi Đức Hinh": [("Phó Bí thư", TU_PT),
                             ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ|Ủy ban Mặt trận Tổ quốc tỉnh Phú Thọ"
                                          "|Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh|Ủy ban Mặt trận Tổ quốc tỉnh")],
        },
        "meetings": [{"date": "2025-07-28", "chair": None, "organizer": dang_bo("xã Toàn Thắng"),
                      "locality": "05191", "attendees": ["Bùi Đức Hinh"]}],
        "localities": ["05191"],
        "tasks": [],
    },
    # Thematic session of the Lương Sơn commune HĐND (khóa I = the new commune, Phú Thọ), 26/1/2026, co-chaired.
    # Nguyễn Anh Đức is relieved as UBND chairman at the session (optional); Chu Văn Thắng is elected.
    "baophutho_246551.txt": {
        "officials": {
            "Đoàn Tiến Lập": [("Bí thư", f"Đảng ủy {LS}|Đảng ủy xã|Đảng ủy"),
                              ("Chủ tịch", f"Hội đồng nhân dân {LS}|Hội đồng nhân dân xã")],
            "Hoàng Việt Hải": [("Phó Chủ tịch", f"Hội đồng nhân dân {LS}|Hội đồng nhân dân xã")],
            "Nguyễn Anh Đức": [("?Chủ tịch", f"Ủy ban nhân dân {LS}|Ủy ban nhân dân xã")],
            "Chu Văn Thắng": [("Phó Bí thư", f"Đảng ủy {LS}|Đảng ủy xã"),
                              ("Chủ tịch", f"Ủy ban nhân dân {LS}|Ủy ban nhân dân xã")],
            "Nguyễn Minh Đức": [("Chỉ huy trưởng", f"Ban Chỉ huy Quân sự {LS}|Ban Chỉ huy Quân sự xã"),
                                ("Ủy viên", f"Ủy ban nhân dân {LS}|Ủy ban nhân dân xã")],
        },
        "meetings": [{"date": "2026-01-26", "chair": "Đoàn Tiến Lập|Hoàng Việt Hải",
                      "organizer": f"Hội đồng nhân dân {LS}", "locality": "04924",
                      "attendees": ["?Chu Văn Thắng", "?Nguyễn Minh Đức", "?Nguyễn Anh Đức"]}],
        "localities": ["04924"],
        "tasks": [],
    },
    # 2nd (thematic) session of the Quảng Bình commune HĐND (Thanh Hóa), "Chiều 8/8" 2025; no official named.
    # khóa XXI continues the old commune's numbering -> new|old code.
    "baothanhhoa_257377.txt": {
        "officials": {},
        "meetings": [{"date": "2025-08-08", "chair": None, "organizer": "Hội đồng nhân dân xã Quảng Bình",
                      "locality": "16543|16468", "attendees": []}],
        "localities": ["16543|16468"],
        "tasks": [],
    },
    # First regular session of the new Quảng Trị provincial People's Committee (no day given; article from the URL
    # code 2025-07-04) -> date None; chair not stated (Trần Phong gives the directives). New Quảng Trị = 44
    # (= old Quảng Bình's code); "Quảng Trị (cũ)" = 45.
    "cafef_188250704143619323.txt": {
        "officials": {
            "Trần Phong": [("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị")],
        },
        "meetings": [{"date": None, "chair": None, "organizer": "Ủy ban nhân dân tỉnh Quảng Trị",
                      "locality": "44", "attendees": ["?Trần Phong"]}],
        "localities": ["44", "45"],
        "tasks": [
            (None, "khẩn trương rà soát, bổ sung, hoàn thiện quy chế làm việc"),
            (None, "Thực hiện tốt công tác tư tưởng"),
            (None, "Sớm ổn định trụ sở làm việc"),
            (None, "gấp rút hoàn thành việc cải tạo, sửa chữa các cơ sở"),
            ("các sở, ngành, địa phương|các sở, ngành|các sở", "chủ động, khẩn trương xây dựng kế hoạch cụ thể"),
        ],
    },
    # First congress of the (new) Lào Cai provincial Party organization, 29/9/2025, at a centre in phường Yên Bái.
    # Appointments announced are decisions, not tasks. Trịnh Việt Hùng's Thái Nguyên post is the one he leaves.
    "dantri_20250929110722987.txt": {
        "officials": {
            "Phan Thăng An": [("Phó Trưởng ban", "Ban Tổ chức Trung ương")],
            "Trịnh Việt Hùng": [("Bí thư", "Tỉnh ủy Lào Cai"), ("?Bí thư", "Tỉnh ủy Thái Nguyên")],
            "Hoàng Giang": [("Phó Bí thư", "Tỉnh ủy Lào Cai")],
            "Trần Huy Tuấn": [("Phó Bí thư", "Tỉnh ủy Lào Cai")],
            "Nguyễn Tuấn Anh": [("Phó Bí thư", "Tỉnh ủy Lào Cai")],
            "Giàng Thị Dung": [("Phó Bí thư", "Tỉnh ủy Lào Cai")],
            "Trịnh Xuân Trường": [("Bí thư", "Tỉnh ủy Thái Nguyên"), ("?Ủy viên", "Ban Thường vụ Tỉnh ủy Thái Nguyên"),
                                  ("?Ủy viên", "Tỉnh ủy Thái Nguyên|Ban Chấp hành Đảng bộ tỉnh Thái Nguyên")],
        },
        "meetings": [{"date": "2025-09-29", "chair": None, "organizer": dang_bo("tỉnh Lào Cai") + "|Tỉnh ủy Lào Cai",
                      "locality": "15|10", "attendees": ["?Phan Thăng An", "?Trịnh Việt Hùng"]}],
        "localities": ["15|10", "04252", "19"],
        "tasks": [],
    },
    # Thematic (6th) session of the Cần Thơ city HĐND, 14/11/2025: one UBND member relieved, two elected.
    "dantri_20251114103852082.txt": {
        "officials": {
            "Nguyễn Quốc Trung": [("Bí thư", "Đảng ủy xã Trần Đề"), ("?Chánh Văn phòng", VP_UBND_CT),
                                  ("?Ủy viên", UBND_CT)],
            "Trương Cảnh Tuyên": [("Chủ tịch", UBND_CT)],
            "Hồ Thị Thanh Bạch": [("Giám đốc", "Sở Ngoại vụ thành phố Cần Thơ|Sở Ngoại vụ"), ("Ủy viên", UBND_CT)],
            "Nguyễn Trọng Sơn": [("Chánh Văn phòng", VP_UBND_CT), ("Ủy viên", UBND_CT),
                                 ("?Bí thư", "Đảng ủy xã Trần Đề")],
        },
        "meetings": [{"date": "2025-11-14", "chair": None, "organizer": "Hội đồng nhân dân thành phố Cần Thơ",
                      "locality": "92",
                      "attendees": ["?Trương Cảnh Tuyên", "?Hồ Thị Thanh Bạch", "?Nguyễn Trọng Sơn"]}],
        "localities": ["92", "31471", "31732", "31673"],
        "tasks": [],
    },
    # 3rd conference of the Executive Committee of the Party organization of the Huế City People's Committee,
    # "Mới đây" (article of 22/07/2025) -> date None. The stressed "nhiệm vụ trọng tâm" are cut off by truncation.
    "doanhnghieptiepthi_161250722141949686.txt": {
        "officials": {
            "Nguyễn Văn Phương": [("Phó Bí thư", "Thành ủy Huế"), ("Bí thư", DU_UBND_HUE), ("Chủ tịch", UBND_HUE)],
        },
        "meetings": [{"date": None, "chair": "Nguyễn Văn Phương",
                      "organizer": "Ban Chấp hành Đảng bộ Ủy ban nhân dân thành phố Huế|" + DU_UBND_HUE,
                      "locality": "46", "attendees": []}],
        "localities": ["46"],
        "tasks": [
            (None, "?một số nhiệm vụ trọng tâm cần tập trung triển khai"),
        ],
    },
    # General Secretary meets voters of 11 wards (tiếp xúc cử tri) -> meetings None (dev precedent).
    # Wards that existed under the same name with another code before 1/7/2025 get new|old.
    "dongda-hanoi_2806250702230837823.txt": {
        "officials": {
            "Tô Lâm": [("Tổng Bí thư", TBT), DBQH],
            "Bùi Thị Minh Hoài": [("Ủy viên", "Bộ Chính trị"), ("Bí thư", TU_HN),
                                  ("Trưởng đoàn", DDBQH_HN)],
            "Lê Hoài Trung": [("Bí thư", "Ban Bí thư|Ban Bí thư Trung ương Đảng|Trung ương Đảng"
                                         "|Ban Chấp hành Trung ương Đảng"),
                              ("Chánh Văn phòng", "Văn phòng Trung ương Đảng")],
            "Tô Ân Xô": [("?Trợ lý", "Tổng Bí thư|Văn phòng Tổng Bí thư"), ("?Phụ trách", "Văn phòng Tổng Bí thư")],
            "Nguyễn Ngọc Tuấn": [("Phó Bí thư", TU_HN), ("Chủ tịch", HDND_HN),
                                 ("Phó Trưởng đoàn", DDBQH_HN)],
            "Nguyễn Lan Hương": [("Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
                                 ("Ủy viên", BTV_HN),
                                 ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội"
                                              "|Ủy ban Mặt trận Tổ quốc thành phố Hà Nội")],
            "Lê Hồng Sơn": [("Ủy viên", BTV_HN), ("Phó Chủ tịch Thường trực", "Ủy ban nhân dân thành phố Hà Nội")],
            "Nguyễn Thanh Tùng": [("Ủy viên", BTV_HN), ("Giám đốc", "Công an thành phố Hà Nội")],
            "Phạm Thị Thanh Mai": [("Ủy viên", TU_HN), ("Phó Chủ tịch", HDND_HN + "|Hội đồng nhân dân"),
                                   ("Phó Trưởng đoàn", DDBQH_HN)],
            "Nguyễn Quốc Duyệt": [("Chánh Thanh tra", "Thanh tra Bộ Quốc phòng"), DBQH],
            "Nguyễn Phi Thường": [("Giám đốc", "Sở Xây dựng thành phố Hà Nội"), DBQH],
        },
        "meetings": None,
        "localities": ["01", "00004", "00008|00016", "00025|00031", "00235", "00229", "00226|00181", "00199",
                       "00190", "00256", "00283", "00292"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
