"""Gold for blind round 10, part B: 12 post-reform (2025 two-level government) articles from the post2025 pool, annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "sggp_post813411.txt": "https://www.sggp.org.vn/ba-pham-thi-xuan-trang-dieu-hanh-hoat-dong-hdnd-tinh-khanh-hoa-post813411.html",
    "sggp_post815966.txt": "https://www.sggp.org.vn/dai-hoi-dai-bieu-dang-bo-tinh-vinh-long-lan-thu-i-tien-hanh-phien-tru-bi-post815966.html",
    "sggp_post827727.txt": "https://www.sggp.org.vn/dong-thap-tap-trung-giam-ho-ngheo-trong-nam-2026-post827727.html",
    "sggp_post836130.txt": "https://www.sggp.org.vn/dang-uy-xa-hung-long-tphcm-giao-ban-voi-bi-thu-chi-bo-ap-post836130.html",
    "thanhha-haiphong_763942.txt": "http://thanhha.haiphong.gov.vn/chi-dao-dieu-hanh/chuan-bi-tot-cac-dieu-kien-de-to-chuc-ky-hop-thuong-le-giua-nam-2025-cua-hdnd-xa-763942",
    "thanhnien_185251016170729714.txt": "https://thanhnien.vn/ong-lam-dong-giu-chuc-chu-tich-hdnd-tinh-khanh-hoa-185251016170729714.htm",
    "thanhnien_185251114130442511.txt": "https://thanhnien.vn/giam-doc-so-vh-tt-dl-nguyen-minh-phu-lam-pho-chu-tich-ubnd-tinh-dien-bien-185251114130442511.htm",
    "tienphong_post1797646.txt": "https://tienphong.vn/ong-tran-phong-duoc-bau-lam-chu-tich-ubnd-tinh-khanh-hoa-post1797646.tpo",
    "trangtraiviet-danviet_d1362310.txt": "https://trangtraiviet.danviet.vn/bi-thu-tinh-uy-tuyen-quang-chuan-bi-ky-luong-cac-dieu-kien-to-chuc-thanh-cong-dai-hoi-dang-bo-tinh-d1362310.html",
    "trangtraiviet-danviet_d1371344.txt": "https://trangtraiviet.danviet.vn/son-la-bau-nguoi-giu-chuc-vu-pho-chu-tich-hdnd-va-pho-chu-tich-ubnd-tinh-d1371344.html",
    "trungly-thanhhoa_595005.txt": "https://trungly.thanhhoa.gov.vn/kinh-te/ki-hop-thu-muoi-bon-hoi-dong-nhan-dan-xa-khoa-xxi-nhiem-ky-2021-2026-595005",
    "vietnamnet_2429959.txt": "https://vietnamnet.vn/hdnd-tinh-tay-ninh-thong-qua-14-nghi-quyet-quan-trong-2429959.html",
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
TU_KH = "Tỉnh ủy Khánh Hòa|Tỉnh ủy"
HDND_KH = tinh("Hội đồng nhân dân", "Khánh Hòa")
UB_KH = tinh("Ủy ban nhân dân", "Khánh Hòa")
TU_VL = "Tỉnh ủy Vĩnh Long|Tỉnh ủy"
TU_DB = "Tỉnh ủy Điện Biên|Tỉnh ủy"
HDND_DB = tinh("Hội đồng nhân dân", "Điện Biên")
UB_DB = tinh("Ủy ban nhân dân", "Điện Biên")
TU_TQ = "Tỉnh ủy Tuyên Quang|Tỉnh ủy"
TU_SL = "Tỉnh ủy Sơn La|Tỉnh ủy"
HDND_SL = tinh("Hội đồng nhân dân", "Sơn La")
DU_HL = commune("Đảng ủy", "xã", "Hưng Long") + "|Đảng ủy"
DU_TH = commune("Đảng ủy", "xã", "Thanh Hà") + "|Đảng ủy"
DU_TL = commune("Đảng ủy", "xã", "Trung Lý") + "|Đảng ủy"

GOLD = {
    # Session (phiên họp) of the standing body of the HĐND of Khánh Hòa, 17-9, assigning its vice-chairwoman to run
    # the HĐND; before it, the HĐND's 2nd (thematic) session of afternoon 16-9 relieved Nguyễn Khắc Toàn and elected
    # him UBND chairman (a session with its outcome -> second meeting). No year written: 2025 from the two-level
    # government (xã Vạn Hưng directly under the province) within the 2021-2026 term. No chair stated.
    "sggp_post813411.txt": {
        "officials": {
            "Phạm Thị Xuân Trang": [("Ủy viên", TU_KH), ("Phó Chủ tịch", HDND_KH)],
            "Nguyễn Khắc Toàn": [("?Chủ tịch", HDND_KH), ("Chủ tịch", UB_KH)],
        },
        "meetings": [
            {"date": "2025-09-17", "chair": None,
             "organizer": "Thường trực Hội đồng nhân dân tỉnh Khánh Hòa|" + HDND_KH + "|Thường trực Hội đồng nhân dân tỉnh",
             "locality": "56", "attendees": ["?Phạm Thị Xuân Trang"]},
            {"date": "2025-09-16", "chair": None, "organizer": HDND_KH,
             "locality": "56", "attendees": ["?Nguyễn Khắc Toàn"]},
        ],
        "localities": ["56", "22525"],
        "tasks": [],
    },
    # Preparatory session of the first congress of the (merged) Party organization of Vĩnh Long, afternoon 2-10 (2025
    # from the 2025-2030 term). No chair named (a presidium of 24 is elected). Everyone named is under "Tham dự có" /
    # "Cùng dự có". Vĩnh Long keeps 86.
    "sggp_post815966.txt": {
        "officials": {
            "Nguyễn Thành Tâm": [("Ủy viên", BCHTW), ("Phó Trưởng Ban", "Ban Tổ chức Trung ương")],
            "Ngô Chí Cường": [("Ủy viên", BCHTW), ("Bí thư", TU_VL),
                              ("Trưởng đoàn", "Đoàn Đại biểu Quốc hội tỉnh Vĩnh Long|Đoàn Đại biểu Quốc hội tỉnh"
                                              "|Đoàn Đại biểu Quốc hội")],
            "Hồ Thị Hoàng Yến": [("Phó Bí thư Thường trực", TU_VL), ("?Phó Bí thư", TU_VL)],
            "Nguyễn Minh Dũng": [("Chủ tịch", tinh("Hội đồng nhân dân", "Vĩnh Long"))],
            "Lữ Quang Ngời": [("Chủ tịch", tinh("Ủy ban nhân dân", "Vĩnh Long"))],
            "Lê Văn Hẳn": [("Chủ tịch", mttq("tỉnh Vĩnh Long"))],
        },
        "meetings": [{"date": "2025-10-02", "chair": None, "organizer": dang_bo("tỉnh Vĩnh Long") + "|Tỉnh ủy Vĩnh Long",
                      "locality": "86",
                      "attendees": ["Nguyễn Thành Tâm", "Ngô Chí Cường", "Hồ Thị Hoàng Yến", "Nguyễn Minh Dũng",
                                    "Lữ Quang Ngời", "Lê Văn Hẳn"]}],
        "localities": ["86"],
        "tasks": [],
    },
    # 6th session of the HĐND of the (merged) Đồng Tháp province, 9-12 (2025 from the year reviewed and the 2026
    # headline). No chair stated; the HĐND chairwoman only speaks (results). The lead's "tập trung cho …" is the
    # province's plan, not a directive. New Đồng Tháp = 82 (old 87).
    "sggp_post827727.txt": {
        "officials": {
            "Châu Thị Mỹ Phương": [("Chủ tịch", tinh("Hội đồng nhân dân", "Đồng Tháp"))],
        },
        "meetings": [{"date": "2025-12-09", "chair": None, "organizer": "Hội đồng nhân dân tỉnh Đồng Tháp",
                      "locality": "82|87", "attendees": ["?Châu Thị Mỹ Phương"]}],
        "localities": ["82|87"],
        "tasks": [],
    },
    # Monthly briefing (giao ban) of the Party committee of xã Hưng Long (TPHCM) with the hamlet cell secretaries,
    # morning 30-1 (2026 from "tháng 1-2026"), chaired by the standing body (three named: any of them as chair).
    # One directive in the conclusion (commas, one clause). Xã Hưng Long = 27628.
    "sggp_post836130.txt": {
        "officials": {
            "Nguyễn Thị Ngọc Hạnh": [("Bí thư", DU_HL), ("Chủ tịch", commune("Hội đồng nhân dân", "xã", "Hưng Long"))],
            "Nguyễn Yến Nhi": [("Phó Bí thư Thường trực", DU_HL), ("?Phó Bí thư", DU_HL)],
            "Huỳnh Văn Phạm Hồng": [("Phó Bí thư", DU_HL), ("Chủ tịch", commune("Ủy ban nhân dân", "xã", "Hưng Long"))],
        },
        "meetings": [{"date": "2026-01-30", "chair": "Nguyễn Thị Ngọc Hạnh|Nguyễn Yến Nhi|Huỳnh Văn Phạm Hồng",
                      "organizer": "Đảng ủy xã Hưng Long|Thường trực Đảng ủy xã Hưng Long|Đảng bộ xã Hưng Long"
                                   "|Thường trực Đảng ủy xã|Đảng ủy xã",
                      "locality": "27628", "attendees": []}],
        "localities": ["27628", "79"],
        "tasks": [
            ("các chi bộ|các chi bộ ấp|chi bộ ấp|các Bí thư chi bộ ấp", "các chi bộ tiếp tục bám sát nghị quyết"),
        ],
    },
    # Joint conference (hội nghị liên tịch) of the HĐND standing body of xã Thanh Hà (Hải Phòng portal; the city is
    # not named), afternoon 17-7 (2025 from the mid-2025 session it prepares), chaired by the Bí thư/Chủ tịch HĐND.
    # The session's agenda is narrative. Xã Thanh Hà = 10813 (old thị trấn Thanh Hà's code).
    "thanhha-haiphong_763942.txt": {
        "officials": {
            "Phạm Thị Thanh Tâm": [("Ủy viên", "Thành ủy Hải Phòng|Thành ủy"), ("Bí thư", DU_TH),
                                   ("Chủ tịch", commune("Hội đồng nhân dân", "xã", "Thanh Hà"))],
        },
        "meetings": [{"date": "2025-07-17", "chair": "Phạm Thị Thanh Tâm",
                      "organizer": "Thường trực Hội đồng nhân dân xã Thanh Hà|Hội đồng nhân dân xã Thanh Hà"
                                   "|Thường trực Hội đồng nhân dân xã|Hội đồng nhân dân xã",
                      "locality": "10813", "attendees": []}],
        "localities": ["10813"],
        "tasks": [],
    },
    # Thematic session of the HĐND of Khánh Hòa, afternoon 16.10 (dateline 16/10/2025): Lâm Đông elected chairman,
    # Lữ Thanh Hải vice-chairman (new posts current), Nguyễn Thanh Hà UBND vice-chairman (headline + lead). No chair
    # stated. Home wards in Gia Lai are named units (Hoài Nhơn Bắc 21655, Bình Định 21907); phường Nha Trang 22366.
    "thanhnien_185251016170729714.txt": {
        "officials": {
            "Lâm Đông": [("Chủ tịch", HDND_KH), ("Phó Bí thư", TU_KH)],
            "Lữ Thanh Hải": [("Phó Chủ tịch", HDND_KH),
                             ("Ủy viên", "Ban Thường vụ Tỉnh ủy Khánh Hòa|Ban Thường vụ Tỉnh ủy"),
                             ("Bí thư", "Đảng ủy phường Nha Trang|Đảng ủy"),
                             ("Chủ tịch", "Hội đồng nhân dân phường Nha Trang")],
            "Nguyễn Thanh Hà": [("Phó Chủ tịch", UB_KH)],
        },
        "meetings": [{"date": "2025-10-16", "chair": None, "organizer": "Hội đồng nhân dân tỉnh Khánh Hòa",
                      "locality": "56", "attendees": ["?Lâm Đông", "?Lữ Thanh Hải", "?Nguyễn Thanh Hà"]}],
        "localities": ["56", "22366", "21655", "21907", "52|64"],
        "tasks": [],
    },
    # 22nd session of the HĐND of Điện Biên, 14.11: no year anywhere in the text (term 2021-2026 only) -> date None.
    # Elections/dismissal only; the posts the elected hold when introduced (Trưởng ban, Giám đốc) they leave:
    # optional; the dismissed vice-chairmanship optional. No chair stated. Điện Biên = 11.
    "thanhnien_185251114130442511.txt": {
        "officials": {
            "Cao Thị Tuyết Lan": [("Phó Chủ tịch", HDND_DB),
                                  ("?Trưởng Ban", "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Điện Biên"
                                                  "|Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh|Ban Văn hóa - Xã hội")],
            "Phạm Đức Toàn": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Điện Biên|Ban Thường vụ Tỉnh ủy"),
                              ("Trưởng Ban", "Ban Tổ chức Tỉnh ủy Điện Biên"),
                              ("?Phó Chủ tịch", UB_DB)],
            "Nguyễn Minh Phú": [("Ủy viên", TU_DB), ("Phó Chủ tịch", UB_DB),
                                ("?Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên"
                                              "|Sở Văn hóa Thể thao và Du lịch Điện Biên|Sở VH-TT-DL Điện Biên")],
        },
        "meetings": [{"date": None, "chair": None, "organizer": "Hội đồng nhân dân tỉnh Điện Biên",
                      "locality": "11", "attendees": ["?Cao Thị Tuyết Lan", "?Phạm Đức Toàn", "?Nguyễn Minh Phú"]}],
        "localities": ["11"],
        "tasks": [],
    },
    # Thematic session of the HĐND of Khánh Hòa, afternoon 19/11 (2025 from Huế's 2025-2030 Party term within the
    # 2021-2026 HĐND term): Nguyễn Khắc Toàn relieved (his Khánh Hòa posts are former), Trần Phong elected. The Tỉnh
    # ủy's "hội nghị công bố quyết định" earlier that afternoon is an announcement ceremony, not a meeting (round 2/5
    # precedent). No chair stated. Quảng Trị 2025 = 44 (old 45).
    "tienphong_post1797646.txt": {
        "officials": {
            "Nguyễn Khắc Toàn": [("?Phó Bí thư", TU_KH), ("?Chủ tịch", UB_KH),
                                 ("Phó Bí thư", "Thành ủy Huế"),
                                 ("Chủ tịch", "Ủy ban nhân dân thành phố Huế"),
                                 ("?Ủy viên", "Ban Thường vụ Thành ủy Huế|Thành ủy Huế")],
            "Trần Phong": [("Phó Bí thư", TU_KH), ("Chủ tịch", UB_KH),
                           ("?Ủy viên", "Ban Thường vụ Tỉnh ủy Khánh Hòa|Tỉnh ủy Khánh Hòa"),
                           ("?Phó Bí thư", "Tỉnh ủy Quảng Trị"), ("?Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị")],
        },
        "meetings": [{"date": "2025-11-19", "chair": None, "organizer": "Hội đồng nhân dân tỉnh Khánh Hòa",
                      "locality": "56", "attendees": ["?Trần Phong", "?Nguyễn Khắc Toàn"]}],
        "localities": ["56", "46", "44|45"],
        "tasks": [],
    },
    # Regular (August) conference of the standing committee of the Tuyên Quang Party committee, morning 12/9 (2025
    # from "tháng 8/2025"), chaired by the provincial secretary; four leaders under "Dự hội nghị". The headline's
    # "Chuẩn bị kỹ lưỡng …" is not in the stored body: optional. "huyện Hàm Yên" (old district, named) = 074; Hà
    # Giang only in the motorway's name, Thanh Thủy only in the economic zone's name: optional.
    "trangtraiviet-danviet_d1362310.txt": {
        "officials": {
            "Hầu A Lềnh": [("Ủy viên", BCHTW), ("Bí thư", TU_TQ)],
            "Lê Thị Kim Dung": [("Phó Bí thư Thường trực", TU_TQ), ("?Phó Bí thư", TU_TQ)],
            "Nguyễn Văn Sơn": [("Phó Bí thư", TU_TQ), ("Chủ tịch", tinh("Hội đồng nhân dân", "Tuyên Quang"))],
            "Phan Huy Ngọc": [("Phó Bí thư", TU_TQ), ("Chủ tịch", tinh("Ủy ban nhân dân", "Tuyên Quang"))],
            "Ma Thế Hồng": [("Phó Bí thư", TU_TQ), ("Chủ tịch", mttq("tỉnh Tuyên Quang") + "|" + mttq("tỉnh"))],
        },
        "meetings": [{"date": "2025-09-12", "chair": "Hầu A Lềnh",
                      "organizer": "Ban Thường vụ Tỉnh ủy Tuyên Quang|Tỉnh ủy Tuyên Quang", "locality": "08",
                      "attendees": ["Lê Thị Kim Dung", "Nguyễn Văn Sơn", "Phan Huy Ngọc", "Ma Thế Hồng"]}],
        "localities": ["08", "074|02374", "?02", "?00928"],
        "tasks": [
            (None, "?Chuẩn bị kỹ lưỡng các điều kiện tổ chức thành công Đại hội"),
        ],
    },
    # 35th thematic session of the HĐND of Sơn La, 18/10 (2025 from "trước thời điểm ngày 1/7/2025" within the
    # 2021-2026 term), co-presided (chủ tọa) by the chairman and a vice-chairman; two leaders under "Dự Kỳ họp".
    "trangtraiviet-danviet_d1371344.txt": {
        "officials": {
            "Nguyễn Thái Hưng": [("Chủ tịch", HDND_SL)],
            "Chá A Của": [("Phó Bí thư", TU_SL), ("Phó Chủ tịch", HDND_SL)],
            "Nguyễn Đình Việt": [("Phó Bí thư", TU_SL), ("Chủ tịch", tinh("Ủy ban nhân dân", "Sơn La")),
                                 ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Sơn La|Đoàn đại biểu Quốc hội tỉnh"
                                                 "|Đoàn đại biểu Quốc hội")],
            "Vi Đức Thọ": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Sơn La|Ban Thường vụ Tỉnh ủy"),
                           ("Chủ tịch", mttq("tỉnh Sơn La") + "|" + mttq("tỉnh"))],
        },
        "meetings": [{"date": "2025-10-18", "chair": "Nguyễn Thái Hưng|Chá A Của",
                      "organizer": "Hội đồng nhân dân tỉnh Sơn La|Hội đồng nhân dân tỉnh", "locality": "14",
                      "attendees": ["Nguyễn Đình Việt", "Vi Đức Thọ"]}],
        "localities": ["14"],
        "tasks": [],
    },
    # 14th session of the HĐND of xã Trung Lý (Thanh Hóa portal; province not named), afternoon 17/7 (dateline
    # 17/07/2025), co-chaired; two leaders under "Cùng dự". The conclusion's "nhấn mạnh" states a fact; its "đề nghị
    # các Đại biểu …" is one directive. Xã Trung Lý = 14857.
    "trungly-thanhhoa_595005.txt": {
        "officials": {
            "Hà Văn Ca": [("Bí thư", DU_TL), ("Chủ tịch", commune("Hội đồng nhân dân", "xã", "Trung Lý"))],
            "Vi Thị Ly": [("Phó Chủ tịch", commune("Hội đồng nhân dân", "xã", "Trung Lý"))],
            "Lâu Văn Phía": [("Phó Bí thư Thường trực", DU_TL), ("?Phó Bí thư", DU_TL)],
            "Trần Văn Thắng": [("Phó Bí thư", DU_TL), ("Chủ tịch", commune("Ủy ban nhân dân", "xã", "Trung Lý"))],
        },
        "meetings": [{"date": "2025-07-17", "chair": "Hà Văn Ca|Vi Thị Ly",
                      "organizer": "Hội đồng nhân dân xã Trung Lý|Hội đồng nhân dân xã", "locality": "14857",
                      "attendees": ["Lâu Văn Phía", "Trần Văn Thắng"]}],
        "localities": ["14857"],
        "tasks": [
            ("các Đại biểu|đại biểu Hội đồng nhân dân xã Trung Lý|đại biểu Hội đồng nhân dân xã",
             "các Đại biểu tiếp tục phát huy vai trò, trách nhiệm"),
        ],
    },
    # 2nd (mid-2025) session of the HĐND of the (merged) Tây Ninh province, 7/8 (2025 from the text). The chairman
    # opens it (phát biểu khai mạc, no "chủ trì") -> chair None, optional attendee. Results only. New Tây Ninh = 80
    # (old Long An's code; old Tây Ninh 72).
    "vietnamnet_2429959.txt": {
        "officials": {
            "Nguyễn Mạnh Hùng": [("Phó Bí thư Thường trực", "Tỉnh ủy Tây Ninh|Tỉnh ủy"),
                                 ("?Phó Bí thư", "Tỉnh ủy Tây Ninh|Tỉnh ủy"),
                                 ("Chủ tịch", tinh("Hội đồng nhân dân", "Tây Ninh"))],
        },
        "meetings": [{"date": "2025-08-07", "chair": None, "organizer": "Hội đồng nhân dân tỉnh Tây Ninh",
                      "locality": "80|72", "attendees": ["?Nguyễn Mạnh Hùng"]}],
        "localities": ["80|72"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
