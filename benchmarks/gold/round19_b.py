"""Gold for blind round 19, part b: 12 post-reform (2025 two-level government) articles from the post2025 pool (many sources), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "langson-gov_chi-dao-dieu-hanh-12-18-01-2026.txt": "https://langson.gov.vn/chi-dao-dieu-hanh-noi-bat/chi-dao-dieu-hanh-noi-bat-cua-ubnd-tinh-lanh-dao-ubnd-tinh-trong-tuan-tu-ngay-12-01-2026-18-01-2026-.html",
    "nld_19625081614082636.txt": "https://nld.com.vn/ba-nguyen-thi-ngoc-duyen-lam-bi-thu-phuong-trung-my-tay-tp-hcm-19625081614082636.htm",
    "suoitrai-daklak_6100.txt": "https://suoitrai.daklak.gov.vn/xa-suoi-trai-to-chuc-hoi-nghi-trien-khai-ke-hoach-phat-trien-kinh-te-xa-hoi-va-du-toan-ngan-sach-nha-nuoc-nam-2026-6100.html",
    "tanlap-daklak_12001.txt": "https://tanlap.daklak.gov.vn/khai-mac-ky-hop-thu-12-hdnd-phuong-tan-lap-thu-ngan-sach-vuot-17-quyet-liet-chan-chinh-trat-tu-do-thi-va-dat-dai-12001.html",
    "thaison-tuyenquang_183727.txt": "https://thaison.tuyenquang.gov.vn/vi/tin-bai/xa-thai-son-trien-khai-nhiem-vu-2026?id=183727&type=NEWS",
    "thanhnien_185250816124023386.txt": "https://thanhnien.vn/xa-phu-quoi-vinh-long-phan-dau-dat-do-thi-loai-v-185250816124023386.htm",
    "tienphong_1780383.txt": "https://tienphong.vn/dai-hoi-dai-bieu-dang-bo-tinh-thai-nguyen-tien-hanh-phien-tru-bi-post1780383.tpo",
    "trangtraiviet-danviet_d1357032.txt": "https://trangtraiviet.danviet.vn/nong-thon-tay-bac-dao-san-can-tap-trung-phat-trien-che-shan-tuyet-co-thu-xay-dung-thuong-hieu-huong-toi-xuat-khau-d1357032.html",
    "vietnamnet_2445319.txt": "https://vietnamnet.vn/ong-trinh-viet-hung-giu-chuc-bi-thu-tinh-uy-thai-nguyen-2445319.html",
    "vietnamplus_post1078504.txt": "https://www.vietnamplus.vn/son-la-kien-toan-cac-chuc-danh-chu-tich-pho-chu-tich-hoi-dong-nhan-dan-tinh-post1078504.vnp",
    "vtcnews_ar968407.txt": "https://vtcnews.vn/ong-nguyen-van-nen-can-bo-phai-khong-ngai-va-cham-dam-chiu-trach-nhiem-ar968407.html",
    "yaly-quangngai_hoi-nghi-quan-triet.txt": "https://yaly.quangngai.gov.vn/tin-tuc/tin-tuc-tu-cac-don-vi/dang-bo-xa-ya-ly-tinh-quang-ngai-to-chuc-thanh-cong-hoi-nghi-pho-bien-quan-triet-cac-van-ban-quan-trong-cua-dang.html",
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


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"

BTV_HCM = _hcm("Ban Thường vụ Thành ủy") + "|Ban Thường vụ Thành ủy"
BTC_HCM = _hcm("Ban Tổ chức Thành ủy") + "|Ban Tổ chức Thành ủy"
BTGDV_HCM = _hcm("Ban Tuyên giáo và Dân vận Thành ủy") + "|Ban Tuyên giáo và Dân vận Thành ủy"
TMT = "Trung Mỹ Tây"
DU_TMT = commune("Đảng ủy", "phường", TMT) + f"|Đảng ủy|Đảng bộ phường {TMT}"
TMT_BODIES = (f"lãnh đạo phường {TMT}|phường {TMT}|Phường {TMT}|Đảng ủy phường {TMT}|Đảng bộ phường {TMT}"
              f"|Ủy ban nhân dân phường {TMT}")

ST = "Suối Trai"
DU_ST = commune("Đảng ủy", "xã", ST) + "|Đảng ủy"

TL = "Tân Lập"
DU_TL = commune("Đảng ủy", "phường", TL) + "|Đảng ủy"
HDND_TL = commune("Hội đồng nhân dân", "phường", TL)

TS = "Thái Sơn"
DU_TS = commune("Đảng ủy", "xã", TS) + "|Đảng ủy"
UB_TS = commune("Ủy ban nhân dân", "xã", TS)

PQ = "Phú Quới"
TU_VL = "Tỉnh ủy Vĩnh Long|Tỉnh ủy"

TU_TN = "Tỉnh ủy Thái Nguyên|Tỉnh ủy"
DB_TN = dang_bo("tỉnh Thái Nguyên") + "|Tỉnh ủy Thái Nguyên"

TU_SL = "Tỉnh ủy Sơn La|Tỉnh ủy"
HDND_SL = tinh("Hội đồng nhân dân", "Sơn La")
UB_SL = tinh("Ủy ban nhân dân", "Sơn La")

YL = "Ya Ly"
DU_YL = commune("Đảng ủy", "xã", YL) + "|Đảng ủy"

GOLD = {
    # Weekly digest of UBND tỉnh Lạng Sơn's direction (12-18/01/2026): the lead lists headlines, the only stored body
    # item is the plan launching an emulation movement for rural roads (a plan issued, no directive). No meeting is
    # reported; the DDCI announcement conference is only mentioned -> None. The two "Chỉ đạo triển khai thực hiện …"
    # headlines are directives named only as headlines, no assignee: optional; so are the two "Phát động …" calls
    # (reviewer: the traditional-dress call and the emulation movement's aim, borderline directives). Lạng Sơn = 20.
    "langson-gov_chi-dao-dieu-hanh-12-18-01-2026.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["20"],
        "tasks": [
            (None, "?triển khai thực hiện Nghị định số 339/2025/NĐ-CP"),
            (None, "?triển khai thực hiện các khuyến nghị của Đơn vị tư vấn DDCI"),
            (None, "?hưởng ứng mặc trang phục truyền thống các dân tộc Việt Nam"),
            (None, "?hoàn thành các mục tiêu xây dựng đường giao thông nông thôn"),
        ],
    },
    # First congress of the Party organization of phường Trung Mỹ Tây (TP HCM), 16-8 (2025 from the 2025-2030 term).
    # Two city officials under "Tham dự có". The appointed secretary is named only in the headline: post kept,
    # attendee optional. Hiếu's "yêu cầu … lãnh đạo phường … phải bắt tay vào …", the following sentence "Phường
    # Trung Mỹ Tây cần phát triển tốt kinh tế …" (its own sentence, same speaker) and "đề nghị triển khai ngay các
    # biện pháp phòng chống dịch bệnh" (no assignee) are directives. The congress's "Nhiệm vụ quan trọng là …" is
    # narrative. Phường Trung Mỹ Tây = 26785 (same code); TP HCM 79.
    "nld_19625081614082636.txt": {
        "officials": {
            "Nguyễn Thị Ngọc Duyên": [("Bí thư", DU_TMT)],
            "Dương Trọng Hiếu": [("Ủy viên", BTV_HCM), ("Phó Trưởng Ban Thường trực", BTC_HCM),
                                 ("?Phó Trưởng Ban", BTC_HCM)],
            "Đoàn Văn Đồng": [("Phó Trưởng Ban", BTGDV_HCM)],
        },
        "meetings": [{"date": "2025-08-16", "chair": None, "organizer": dang_bo(f"phường {TMT}"),
                      "locality": "26785", "attendees": ["Dương Trọng Hiếu", "Đoàn Văn Đồng", "?Nguyễn Thị Ngọc Duyên"]}],
        "localities": ["26785", "79"],
        "tasks": [
            (TMT_BODIES, "bắt tay vào thực hiện những đầu việc, mục tiêu, kế hoạch"),
            (TMT_BODIES, "phát triển tốt kinh tế theo định hướng thương mại, dịch vụ"),
            (None, "triển khai ngay các biện pháp phòng chống dịch bệnh"),
        ],
    },
    # Conference of UBND xã Suối Trai (Đắk Lắk portal; province not named) deploying the 2026 socio-economic plan
    # and budget, afternoon 31/12/2025. No chair stated; both named officials under "Tham dự hội nghị có" (the UBND
    # chairman too: required attendee). The chairman's "nhấn mạnh: việc triển khai sớm … có ý nghĩa quan trọng" is an
    # assessment; his "đề nghị" sentence is cut from the store. Xã Suối Trai (Đắk Lắk 2025) = 22192 (old Phú Yên
    # commune 22204).
    "suoitrai-daklak_6100.txt": {
        "officials": {
            "Trương Thị Bích": [("Phó Bí thư Thường trực", DU_ST), ("?Phó Bí thư", DU_ST)],
            "Sô Đa": [("Phó Bí thư", DU_ST), ("Chủ tịch", commune("Ủy ban nhân dân", "xã", ST))],
        },
        "meetings": [{"date": "2025-12-31", "chair": None, "organizer": commune("Ủy ban nhân dân", "xã", ST),
                      "locality": "22192|22204", "attendees": ["Trương Thị Bích", "Sô Đa"]}],
        "localities": ["22192|22204", "?66"],
        "tasks": [],
    },
    # 12th session of the HĐND of phường Tân Lập (Đắk Lắk portal; province not named), opening morning 29/12/2025,
    # two days; "Chủ tọa điều hành kỳ họp" the secretary / HĐND chairman and the HĐND vice-chairwoman (co-chairs).
    # Results only in the stored text; the headline's "quyết liệt chấn chỉnh trật tự đô thị và đất đai" is a summary
    # (optional). Phường Tân Lập (Đắk Lắk 2025) = 24121 (old Buôn Ma Thuột ward 24118).
    "tanlap-daklak_12001.txt": {
        "officials": {
            "Vũ Văn Hưng": [("Bí thư", DU_TL), ("Chủ tịch", HDND_TL)],
            "Lê Thị Thanh": [("Ủy viên", f"Ban Thường vụ Đảng ủy phường {TL}|Ban Thường vụ Đảng ủy phường"
                                         "|Ban Thường vụ Đảng ủy"),
                             ("Phó Chủ tịch", HDND_TL)],
        },
        "meetings": [{"date": "2025-12-29", "chair": "Vũ Văn Hưng|Lê Thị Thanh", "organizer": HDND_TL,
                      "locality": "24121|24118", "attendees": []}],
        "localities": ["24121|24118", "?66"],
        "tasks": [
            (None, "?quyết liệt chấn chỉnh trật tự đô thị và đất đai"),
        ],
    },
    # Conference of UBND xã Thái Sơn (Tuyên Quang portal; province not named) reviewing 2025 and deploying 2026,
    # 30/12 (date line 30/12/2025). "Dự Hội nghị có đồng chí: <HĐND chairwoman>; Các đồng chí: <UBND chairman>;
    # <two vice-chairs>, đồng chủ trì Hội nghị": the three UBND leaders co-chair, the HĐND chairwoman attends. Results
    # only (her directing speech is beyond the stored text). Xã Thái Sơn (Tuyên Quang) = 02407 (same code).
    "thaison-tuyenquang_183727.txt": {
        "officials": {
            "Phùng Thị Tuyết Mai": [("Phó Bí thư Thường trực", DU_TS), ("?Phó Bí thư", DU_TS),
                                    ("Chủ tịch", commune("Hội đồng nhân dân", "xã", TS))],
            "Nguyễn Việt Phương": [("Phó Bí thư", DU_TS), ("Chủ tịch", UB_TS)],
            "Nguyễn Thị Tám": [("Ủy viên", f"Ban Thường vụ Đảng ủy xã {TS}|Ban Thường vụ Đảng ủy xã"
                                           "|Ban Thường vụ Đảng ủy"),
                               ("Phó Chủ tịch", UB_TS)],
            "Nguyễn Văn Hòa": [("Ủy viên", f"Ban Chấp hành Đảng bộ xã {TS}|Ban Chấp hành Đảng bộ xã"
                                           f"|Đảng ủy xã {TS}|Đảng ủy xã"),
                               ("Phó Chủ tịch", UB_TS)],
        },
        "meetings": [{"date": "2025-12-30", "chair": "Nguyễn Việt Phương|Nguyễn Thị Tám|Nguyễn Văn Hòa",
                      "organizer": UB_TS, "locality": "02407", "attendees": ["Phùng Thị Tuyết Mai"]}],
        "localities": ["02407", "?08"],
        "tasks": [],
    },
    # Opening of the congress of the Party organization of xã Phú Quới (Vĩnh Long), 16.8 (2025 from the 2025-2030
    # term; "lần thứ XI" as printed). Two officials under "Tham dự đại hội có". The appointed secretary has no
    # attending cue: optional; his former post at the provincial office ("trước sáp nhập") optional. The congress's
    # direction ("xác định phương hướng …") is narrative. Xã Phú Quới = 29611 (same code); Vĩnh Long 86.
    "thanhnien_185250816124023386.txt": {
        "officials": {
            "Bùi Văn Nghiêm": [("Phó Trưởng Ban", "Ban Nội chính Trung ương|Ban Nội chính T.Ư"
                                                 "|Ban Nội chính Trung ương Đảng")],
            "Nguyễn Minh Dũng": [("Phó Bí thư", TU_VL), ("Chủ tịch", tinh("Hội đồng nhân dân", "Vĩnh Long"))],
            "Đặng Hữu Dứt": [("Bí thư", commune("Đảng ủy", "xã", PQ) + "|Đảng ủy"),
                             ("?Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy Vĩnh Long|Văn phòng Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-08-16", "chair": None, "organizer": dang_bo(f"xã {PQ}"), "locality": "29611",
                      "attendees": ["Bùi Văn Nghiêm", "Nguyễn Minh Dũng", "?Đặng Hữu Dứt"]}],
        "localities": ["29611", "86"],
        "tasks": [],
    },
    # Preparatory session (phiên trù bị) of the first congress of the Party organization of Thái Nguyên, afternoon
    # 22/9 (2025 from the 2025-2030 term). No named official, no chair; procedure and the congress's aims
    # ("phấn đấu …", narrative). The Presidium's closing "đề nghị" is cut from the store. Thái Nguyên 19.
    "tienphong_1780383.txt": {
        "officials": {},
        "meetings": [{"date": "2025-09-22", "chair": None, "organizer": DB_TN, "locality": "19", "attendees": []}],
        "localities": ["19"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Dào San (Lai Châu), "vừa tổ chức": no day or month -> date
    # None. No named official; results only. The headline's "Dào San cần tập trung phát triển chè Shan tuyết …" is a
    # directive of an unnamed speaker whose body copy is not stored: optional. Xã Dào San = 03571 (same code);
    # Lai Châu 12.
    "trangtraiviet-danviet_d1357032.txt": {
        "officials": {},
        "meetings": [{"date": None, "chair": None, "organizer": dang_bo("xã Dào San"), "locality": "03571",
                      "attendees": []}],
        "localities": ["03571", "12"],
        "tasks": [
            ("xã Dào San|Dào San|Đảng bộ xã Dào San", "?tập trung phát triển chè Shan tuyết cổ thụ"),
        ],
    },
    # First congress of the (merged) Party organization of Thái Nguyên, 23/9 (2025 from the 2025-2030 term), held
    # by its executive committee. Three central figures under "Dự khai mạc đại hội có" (the former General Secretary
    # with his former post optional). The appointed secretary is named only in the headline: post kept, attendee
    # optional. The defence minister's "nhấn mạnh … Đảng bộ tỉnh cần nhận thức rõ …" and "đề nghị … Ban chấp hành mới
    # cần khẩn trương xây dựng …, tập trung nguồn lực …" (one sentence, commas: one task; the second clause optional
    # in case it is split) are directives; his praise is not. Thái Nguyên 19; Bắc Kạn (the old province merged in) 06.
    "vietnamnet_2445319.txt": {
        "officials": {
            "Trịnh Việt Hùng": [("Bí thư", TU_TN)],
            "Nông Đức Mạnh": [("?Tổng Bí thư", BCHTW + "|Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"
                                                  "|Đảng Cộng sản Việt Nam")],
            "Phan Văn Giang": [("Bộ trưởng", "Bộ Quốc phòng")],
            "Y Vinh Tơr": [("Thứ trưởng", "Bộ Dân tộc và Tôn giáo")],
        },
        "meetings": [{"date": "2025-09-23", "chair": None, "organizer": DB_TN, "locality": "19",
                      "attendees": ["Nông Đức Mạnh", "Phan Văn Giang", "Y Vinh Tơr", "?Trịnh Việt Hùng"]}],
        "localities": ["19", "06"],
        "tasks": [
            ("Đảng bộ tỉnh|Đảng bộ tỉnh Thái Nguyên", "nhận thức rõ bối cảnh, tiềm năng, lợi thế"),
            ("Ban chấp hành mới|Ban Chấp hành Đảng bộ tỉnh Thái Nguyên|Ban Chấp hành Đảng bộ tỉnh|Ban chấp hành"
             "|Tỉnh ủy Thái Nguyên", "khẩn trương xây dựng chương trình hành động, đề án"),
            (None, "?tập trung nguồn lực thực hiện hiệu quả các nghị quyết"),
        ],
    },
    # Thematic (37th) session of the HĐND of Sơn La, afternoon 21/11 (2025 from "Quyết định số 2332/QĐ-TTg ngày
    # 22/10/2025" and the 2025 budget items): elects the HĐND chairman and a vice-chairman and a UBND member (new posts
    # current). The vice-chairman's economic-budget board headship is the post he held when elected: optional. No
    # chair; the elected have no attending cue: optional. Resolutions only. Sơn La 14.
    "vietnamplus_post1078504.txt": {
        "officials": {
            "Lò Minh Hùng": [("Phó Bí thư Thường trực", TU_SL), ("?Phó Bí thư", TU_SL), ("Chủ tịch", HDND_SL)],
            "Nguyễn Việt Cường": [("?Trưởng Ban", "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Sơn La"
                                                  "|Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"
                                                  "|Ban Kinh tế - Ngân sách"),
                                  ("Phó Chủ tịch", HDND_SL)],
            "Nguyễn Văn Bắc": [("Chánh Thanh tra", "Thanh tra tỉnh Sơn La|Thanh tra tỉnh"), ("Ủy viên", UB_SL)],
        },
        "meetings": [{"date": "2025-11-21", "chair": None, "organizer": HDND_SL, "locality": "14",
                      "attendees": ["?Lò Minh Hùng", "?Nguyễn Việt Cường", "?Nguyễn Văn Bắc"]}],
        "localities": ["14"],
        "tasks": [],
    },
    # Opening of the first congress of the (merged) Party organization of Đắk Lắk, morning 30/9 (2025 from the
    # 2025-2030 term), at the Tỉnh ủy hall in phường Buôn Ma Thuột. The Politburo member speaks "Thay mặt Bộ Chính
    # trị" (no attending cue: optional attendee); his Tiểu ban Văn kiện post optional. The re-appointed secretary:
    # optional attendee. "Cán bộ phải thực chiến, không ngại va chạm, dám chịu trách nhiệm" (quoted maxim, "ông nhấn
    # mạnh") and its headline copy: optional. Đắk Lắk 66; phường Buôn Ma Thuột 24133 (old city 643).
    "vtcnews_ar968407.txt": {
        "officials": {
            "Nguyễn Văn Nên": [("Ủy viên", "Bộ Chính trị"),
                               ("?Thường trực", "Tiểu ban Văn kiện Đại hội Đảng lần thứ XIV|Tiểu ban Văn kiện Đại hội XIV"
                                                "|Tiểu ban Văn kiện")],
            "Nguyễn Đình Trung": [("Ủy viên", BCHTW), ("Bí thư", "Tỉnh ủy Đắk Lắk|Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-09-30", "chair": None, "organizer": dang_bo("tỉnh Đắk Lắk") + "|Tỉnh ủy Đắk Lắk",
                      "locality": "66", "attendees": ["?Nguyễn Văn Nên", "?Nguyễn Đình Trung"]}],
        "localities": ["66", "24133|643"],
        "tasks": [
            ("Cán bộ|cán bộ", "?thực chiến, không ngại va chạm, dám chịu trách nhiệm"),
            ("Cán bộ|cán bộ", "?không ngại va chạm, dám chịu trách nhiệm"),
        ],
    },
    # Conference of the Party committee of xã Ya Ly (Quảng Ngãi) disseminating central/provincial documents and the
    # commune congress resolution, morning 28/8/2025 (a Party committee's hội nghị: a meeting, round-17 Hà Đông
    # precedent). The standing deputy secretary opens it and presents documents; chairing is not stated -> chair
    # None, attendee optional. Document titles ("Chỉ thị 01-CT/ĐU … về quán triệt …") are no directives. Xã Ya Ly
    # (Quảng Ngãi 2025) = 23548 (old Kon Tum commune 23554); Quảng Ngãi 51. Thôn Ya De is no unit.
    "yaly-quangngai_hoi-nghi-quan-triet.txt": {
        "officials": {
            "Nguyễn Đăng Khoa": [("Phó Bí thư Thường trực", DU_YL), ("?Phó Bí thư", DU_YL)],
        },
        "meetings": [{"date": "2025-08-28", "chair": None,
                      "organizer": DU_YL + f"|Đảng bộ xã {YL}|Ban Chấp hành Đảng bộ xã {YL}|Ban Thường vụ Đảng ủy xã {YL}",
                      "locality": "23548|23554", "attendees": ["?Nguyễn Đăng Khoa"]}],
        "localities": ["23548|23554", "51"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
