"""Gold for blind round 21, part b: 12 post-reform (2025 two-level government) articles from the post2025 pool (many sources), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "thanhan-cantho_326250.txt": "http://thanhan.cantho.gov.vn/quoc-phong-an-ninh-phap-luat/hoi-nghi-ban-giao-chuc-vu-chi-huy-truong-ban-chi-huy-quan-su-xa-thanh-an-326250",
    "thanhnien_185250905135705367.txt": "https://thanhnien.vn/khanh-hoa-doi-dai-hoi-dai-bieu-dang-bo-tinh-sang-cuoi-thang-9-185250905135705367.htm",
    "thanhuyhue_binhdien-hoinghi-dangy-lan1.txt": "https://thanhuyhue.vn/printpage-hoat-dong-cua-cap-uy-dang/binh-dienhoi-nghi-dang-uy-lan-thu-nhatmo-rongkhoa-inhiem-ky-2025-2030.html",
    "vietnamnet_2433953.txt": "https://vietnamnet.vn/giai-ma-cong-thuc-xoa-nha-tam-cua-thai-nguyen-sau-sap-nhap-2433953.html",
    "vietnamnet_2443657.txt": "https://vietnamnet.vn/ong-quan-minh-cuong-tai-dac-cu-bi-thu-tinh-uy-cao-bang-2443657.html",
    "vietnamplus_1078915.txt": "https://www.vietnamplus.vn/pho-thu-tuong-mai-van-chinh-lam-viec-voi-tay-ninh-ve-phat-trien-kinh-te-xa-hoi-post1078915.vnp",
    "vietnamplus_post1057048.txt": "https://www.vietnamplus.vn/bac-ninh-khai-thac-khong-gian-phat-trien-moi-de-tro-thanh-dia-ban-kieu-mau-post1057048.vnp",
    "vietnamplus_post1078573.txt": "https://www.vietnamplus.vn/pho-thu-tuong-thuong-truc-nguyen-hoa-binh-tham-nhan-dan-vung-lu-dak-lak-post1078573.vnp",
    "vnanet_433290.txt": "https://vietnam.vnanet.vn/vietnamese/tin-van/bau-cu-quoc-hoi-va-hdnd-kiem-tra-cong-tac-chuan-bi-bau-cu-tai-dat-mui-ca-mau-433290.html",
    "vtcnews_ar967927.txt": "https://amp.vtcnews.vn/khai-mac-phien-tru-bi-dai-hoi-dang-bo-tinh-lao-cai-ar967927.html",
    "vtcnews_ar988673.txt": "https://vtcnews.vn/an-giang-dat-muc-tieu-cac-du-an-phuc-vu-apec-2027-hoan-thanh-truoc-3-6-thang-ar988673.html",
    "xuandinh-dongnai_576.txt": "https://xuandinh.dongnai.gov.vn/vi/news/hoat-dong-chinh-quyen-nha-nuoc/xa-xuan-dinh-to-chuc-hoi-nghi-tong-ket-thuc-hien-nghi-quyet-chi-thi-cua-dang-nam-2025-va-trien-khai-nhiem-vu-nam-2026-576.html",
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


CP = "Chính phủ"

TA = "Thạnh An"
DU_TA = commune("Đảng ủy", "xã", TA) + "|Đảng ủy"
BCHQS_TA = commune("Ban Chỉ huy Quân sự", "xã", TA)
BCHPT_TL = ("Ban Chỉ huy Phòng thủ Khu vực 1 - Thới Lai|Ban Chỉ huy Phòng thủ Khu vực 1"
            "|Ban Chỉ huy Phòng thủ khu vực 1 - Thới Lai, Bộ Chỉ huy Quân sự thành phố Cần Thơ")

BD = "Bình Điền"
DU_BD = commune("Đảng ủy", "xã", BD) + "|Đảng ủy"

TU_CB = "Tỉnh ủy Cao Bằng|Tỉnh ủy"

VC = "Võ Cường"
DU_VC = commune("Đảng ủy", "phường", VC) + "|Đảng ủy"
VC_BODIES = (f"Ban Chấp hành Đảng bộ phường|Ban Chấp hành Đảng bộ phường {VC}|Đảng bộ phường {VC}|Đảng ủy phường {VC}"
             f"|Ban Chấp hành|phường {VC}")

TU_AG = "Tỉnh ủy An Giang|Tỉnh ủy"

XD = "Xuân Định"
DU_XD = commune("Đảng ủy", "xã", XD) + "|Đảng ủy"
UB_XD = commune("Ủy ban nhân dân", "xã", XD)

GOLD = {
    # Hand-over of the post of commander of the commune military command of xã Thạnh An (Cần Thơ), afternoon
    # 19/01/2026: a hand-over ceremony ("long trọng tổ chức", like a công bố quyết định / appointment hand-over:
    # round-9/17 precedent) -> []. Two officials under "Tham dự Hội nghị có"; the outgoing commander ("nguyên Chỉ huy
    # trưởng", reports his term) has a former post: optional. The army zone "Khu vực 1 - Thới Lai" names Thới Lai only
    # inside a military body's name (old huyện Thới Lai 927 / 2025 xã Thới Lai 31258): optional. No directive in the
    # stored text. Xã Thạnh An (Cần Thơ 2025) = 31231 (= old thị trấn Thạnh An's code); Cần Thơ not named.
    "thanhan-cantho_326250.txt": {
        "officials": {
            "Phạm Thế Nhân": [("Phó Chính ủy", BCHPT_TL)],
            "Phạm Thành Khoa": [("Phó Bí thư", DU_TA), ("Chủ tịch", commune("Ủy ban nhân dân", "xã", TA))],
            "Nguyễn Phú Cường": [("?Chỉ huy trưởng", BCHQS_TA)],
        },
        "meetings": [],
        "localities": ["31231", "?31258|927"],
        "tasks": [],
    },
    # Tỉnh ủy Khánh Hòa announces (5.9, date line 05/09/2025) that its first provincial Party congress moves from 6-8.9
    # to late September: the congress is only mentioned -> None. No named official. The UBND's "chỉ đạo tạm dừng việc
    # tổ chức các lễ động thổ …" is a directive (no assignee named); the lead's copy optional. Khánh Hòa 56.
    "thanhnien_185250905135705367.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["56"],
        "tasks": [
            (None, "tạm dừng việc tổ chức các lễ động thổ khởi công"),
            (None, "?tạm dừng các lễ khánh thành công trình chào mừng"),
        ],
    },
    # First (expanded) conference of the Party committee of xã Bình Điền (Huế portal; city not named), morning 12/9;
    # year 2025 from the page's date line ("Cập nhật lúc : 17:15 09/12/2025": 2025 whichever the day/month order).
    # "Hội nghị được chủ trì bởi các đồng chí" secretary / standing deputy / deputy-UBND chairman -> co-chairs. The
    # stored text stops before any directive. Xã Bình Điền (Huế 2025) = 20035; Huế 46 only implied: optional.
    "thanhuyhue_binhdien-hoinghi-dangy-lan1.txt": {
        "officials": {
            "Lê Nhật Minh": [("Bí thư", DU_BD), ("Chủ tịch", commune("Hội đồng nhân dân", "xã", BD))],
            "Nguyễn Tiến Giang": [("Phó Bí thư Thường trực", DU_BD), ("?Phó Bí thư", DU_BD)],
            "Trần Xuân Anh": [("Phó Bí thư", DU_BD), ("Chủ tịch", commune("Ủy ban nhân dân", "xã", BD))],
        },
        "meetings": [{"date": "2025-09-12", "chair": "Lê Nhật Minh|Nguyễn Tiến Giang|Trần Xuân Anh",
                      "organizer": DU_BD + f"|{dang_bo('xã ' + BD)}|Ban Thường vụ Đảng ủy xã {BD}",
                      "locality": "20035", "attendees": []}],
        "localities": ["20035", "?46"],
        "tasks": [],
    },
    # Feature on Thái Nguyên clearing makeshift houses after the merger with Bắc Kạn. The provincial steering
    # committee's urgent meeting of 4/7 is told in one sentence of narrative -> None. The vice-chairwoman reports
    # figures (no directive); "tỉnh … đã tập trung lãnh đạo, chỉ đạo xóa 1.072 nhà tạm" is narrative. Thái Nguyên 19;
    # the old province Bắc Kạn 06.
    "vietnamnet_2433953.txt": {
        "officials": {
            "Nguyễn Thị Loan": [("Phó Chủ tịch", tinh("Ủy ban nhân dân", "Thái Nguyên"))],
        },
        "meetings": None,
        "localities": ["19", "06"],
        "tasks": [],
    },
    # Closing of the 20th congress of the Party organization of Cao Bằng, afternoon 17/9 (no date line; reviewer, the
    # lead's date rule: the congress's own title "lần thứ 20, nhiệm kỳ 2025-2030" carries its term -> 2025-09-17,
    # as rounds 17/19). Elections: the re-elected
    # secretary and three deputy secretaries (khóa 20, current); Vũ Hồng Quang's standing deputy post and Bế Thanh
    # Tịnh's BTV membership are stated for khóa 19: optional. No chair; the elected have no attending cue: optional.
    # The closing speech is cut from the store. Cao Bằng 04.
    "vietnamnet_2443657.txt": {
        "officials": {
            "Quản Minh Cường": [("Bí thư", TU_CB)],
            "Vũ Hồng Quang": [("Phó Bí thư", TU_CB), ("?Phó Bí thư Thường trực", TU_CB)],
            "Lê Hải Hòa": [("Phó Bí thư", TU_CB), ("Chủ tịch", tinh("Ủy ban nhân dân", "Cao Bằng"))],
            "Bế Thanh Tịnh": [("Phó Bí thư", TU_CB), ("Chủ tịch", tinh("Hội đồng nhân dân", "Cao Bằng")),
                              ("?Ủy viên", "Ban Thường vụ Tỉnh ủy Cao Bằng|Ban Thường vụ Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-09-17", "chair": None, "organizer": dang_bo("tỉnh Cao Bằng") + "|Tỉnh ủy Cao Bằng",
                      "locality": "04",
                      "attendees": ["?Quản Minh Cường", "?Vũ Hồng Quang", "?Lê Hải Hòa", "?Bế Thanh Tịnh"]}],
        "localities": ["04"],
        "tasks": [],
    },
    # Working session of the Deputy PM (with his team) with UBND tỉnh Tây Ninh, 24/11: no year written for the meeting
    # ("thời gian còn lại của năm 2025" names a period) -> date None; "X làm việc với Y" -> X chairs (round-18/20
    # rule). Directives: "Tây Ninh phải tập trung hoàn thành …"; the next sentences of his reported speech "Ủy ban Nhân
    # dân tỉnh … tập trung thực hiện giải ngân …" (bare, but the headline's demand), "các địa phương cần rà soát …",
    # "Tây Ninh cần tiếp tục hoàn thiện bộ máy …" (its comma part "cần quan tâm đầu tư cơ sở vật chất" optional).
    # Tây Ninh (2025) = 80 (old 72). Reviewer: date kept None (no date line on the page, MANIFEST; a working session,
    # not a congress with a term in its title; the period's year does not date it, per the lead's rule); the bare
    # "Ủy ban Nhân dân tỉnh … tập trung thực hiện giải ngân" (his reported speech continued) kept required.
    "vietnamplus_1078915.txt": {
        "officials": {
            "Mai Văn Chính": [("Phó Thủ tướng", CP), ("?Trưởng đoàn", "Đoàn công tác|đoàn công tác")],
        },
        "meetings": [{"date": None, "chair": "Mai Văn Chính",
                      "organizer": tinh("Ủy ban nhân dân", "Tây Ninh") + f"|{CP}|Đoàn công tác|đoàn công tác",
                      "locality": "80|72", "attendees": []}],
        "localities": ["80|72"],
        "tasks": [
            ("Tây Ninh|tỉnh Tây Ninh|" + tinh("Ủy ban nhân dân", "Tây Ninh"),
             "tập trung hoàn thành các mục tiêu phát triển kinh tế-xã hội"),
            (tinh("Ủy ban nhân dân", "Tây Ninh") + "|Tây Ninh|các đơn vị liên quan",
             "tập trung thực hiện giải ngân vốn đầu tư công"),
            ("các địa phương", "rà soát, tránh đầu tư dàn trải"),
            ("Tây Ninh|tỉnh Tây Ninh|" + tinh("Ủy ban nhân dân", "Tây Ninh"),
             "tiếp tục hoàn thiện bộ máy chính quyền địa phương hai cấp"),
            ("Tây Ninh|tỉnh Tây Ninh|" + tinh("Ủy ban nhân dân", "Tây Ninh"),
             "?quan tâm đầu tư cơ sở vật chất, phương tiện"),
        ],
    },
    # Round-up of Bắc Ninh's commune/ward congresses (20-21/8); the stored part is the first congress of the Party
    # organization of phường Võ Cường (reviewer: its own title "lần thứ I, nhiệm kỳ 2025-2030" -> 2025, the lead's
    # rule; the round-up gives 20-21/8 for all congresses -> first day 2025-08-20, round-17 plo_865206), no chair. The
    # provincial standing deputy secretary speaks (no attending cue: optional); the appointed ward secretary: optional.
    # Her "Ban Chấp hành Đảng bộ phường cần chủ động nắm tình hình, bám sát …" is the directive; the next sentence
    # "Phường phát huy lợi thế, dư địa …" (bare, same speech: reviewer, required like the Tây Ninh bare continuation
    # of vietnamplus_1078915) and the subheading (optional). Phường Võ Cường = 09190 (same code); Bắc Ninh (2025) 24
    # (old 27).
    "vietnamplus_post1057048.txt": {
        "officials": {
            "Đặng Trần Trung": [("Bí thư", DU_VC)],
            "Nguyễn Thị Hương": [("Phó Bí thư Thường trực", "Tỉnh ủy Bắc Ninh|Tỉnh ủy"),
                                 ("?Phó Bí thư", "Tỉnh ủy Bắc Ninh|Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-08-20", "chair": None, "organizer": dang_bo(f"phường {VC}"), "locality": "09190",
                      "attendees": ["?Nguyễn Thị Hương", "?Đặng Trần Trung"]}],
        "localities": ["09190", "24|27"],
        "tasks": [
            (VC_BODIES, "chủ động nắm tình hình, bám sát các chủ trương lớn"),
            (f"Phường|phường {VC}|" + VC_BODIES, "phát huy lợi thế, dư địa để xây dựng tầm nhìn chiến lược"),
            (None, "?Xây dựng phường Võ Cường trở thành đô thị kiểu mẫu"),
        ],
    },
    # The central delegation led by the standing Deputy PM visits flood victims in phường Đông Hòa (Đắk Lắk), 22/11:
    # a visit -> []. His "yêu cầu chính quyền các cấp tỉnh Đắk Lắk tiếp tục tập trung mọi nguồn lực, ưu tiên …" is the
    # directive; "động viên các lực lượng tiếp tục khắc phục …" is encouragement: optional; the State's support is a
    # commitment. Phường Đông Hòa (Đắk Lắk 2025) = 22258 (old thị xã Đông Hòa of Phú Yên 564); Đắk Lắk 66.
    "vietnamplus_post1078573.txt": {
        "officials": {
            "Nguyễn Hòa Bình": [("Phó Thủ tướng Thường trực", CP), ("?Phó Thủ tướng", CP),
                                ("?Trưởng đoàn", "Đoàn công tác của Trung ương|Đoàn công tác")],
        },
        "meetings": [],
        "localities": ["22258|564", "66"],
        "tasks": [
            ("chính quyền các cấp tỉnh Đắk Lắk|chính quyền các cấp|tỉnh Đắk Lắk",
             "tiếp tục tập trung mọi nguồn lực"),
            ("các lực lượng|lực lượng vũ trang", "?tiếp tục khắc phục mọi khó khăn"),
        ],
    },
    # Election preparations in xã Đất Mũi (Cà Mau): the stored text is the commune's report (the inspection team's
    # lead is cut); the voter-contact conference is only mentioned -> None. No named official; the commune's and
    # police's preparations are narrative. Xã Đất Mũi = 32248 (same code); Cà Mau 96 (via "HĐND tỉnh Cà Mau").
    "vnanet_433290.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["32248", "96"],
        "tasks": [],
    },
    # Preparatory session of the first congress of the Party organization of Lào Cai, morning 28/9, at the provincial
    # conference centre (phường Yên Bái) (no date line; reviewer, the lead's rule: the congress's own title "lần thứ
    # I, nhiệm kỳ 2025-2030" -> 2025-09-28, as rounds 17/19); no chair, no named official. Procedure only. Lào Cai
    # (2025) 15 (old 10: "15|10", round-17 precedent); phường Yên Bái 04252 (old city Yên Bái 132).
    "vtcnews_ar967927.txt": {
        "officials": {},
        "meetings": [{"date": "2025-09-28", "chair": None, "organizer": dang_bo("tỉnh Lào Cai") + "|Tỉnh ủy Lào Cai",
                      "locality": "15|10", "attendees": []}],
        "localities": ["15|10", "04252|132"],
        "tasks": [],
    },
    # Working session of the standing board of Tỉnh ủy An Giang with the UBND and the BTV of the Party committee of
    # đặc khu Phú Quốc on APEC 2027 preparation; no day given -> date None. Chairing is not stated (the board, not a
    # person, "làm việc với") -> None; the secretary speaks: optional attendee. His quoted "Tất cả phải chủ động, tính
    # toán kỹ …" and the headline's target (body copy cut from the store) are optional; the reminder to Phú Quốc
    # ("nhắc rõ về khối lượng công việc") is no directive. An Giang (2025) 91 (old 89); đặc khu Phú Quốc 31078 (old
    # TP 911).
    "vtcnews_ar988673.txt": {
        "officials": {
            "Nguyễn Tiến Hải": [("Bí thư", TU_AG)],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": "Thường trực Tỉnh ủy An Giang|Thường trực Tỉnh ủy|" + TU_AG,
                      "locality": "91|89", "attendees": ["?Nguyễn Tiến Hải"]}],
        "localities": ["91|89", "31078|911"],
        "tasks": [
            (None, "?chủ động, tính toán kỹ từng bước để bảo đảm đúng tiến độ"),
            (None, "?các dự án phục vụ APEC 2027 hoàn thành trước 3-6 tháng"),
        ],
    },
    # Conference of xã Xuân Định (Đồng Nai portal; province not named) reviewing the Party's resolutions in 2025 and
    # deploying 2026, afternoon 04/02/2026, at the UBND hall (organizer not stated: the commune's Party committee or
    # UBND). Both named officials under "Tham dự hội nghị có" (the UBND chairwoman too: required); no chair stated.
    # Her "nhấn mạnh, năm 2026 …, đòi hỏi toàn thể cán bộ, đảng viên tiếp tục phát huy …" is the directive; her praise
    # is not. Xã Xuân Định (Đồng Nai) = 26461 (same code).
    "xuandinh-dongnai_576.txt": {
        "officials": {
            "Lê Thị Hiệp": [("Phó Bí thư", DU_XD), ("Chủ tịch", UB_XD)],
            "Nguyễn Thiện Bình": [("Ủy viên", f"Ban Chấp hành Đảng bộ xã {XD}|Ban Chấp hành Đảng bộ xã"
                                              f"|Ban Chấp hành Đảng bộ|Đảng ủy xã {XD}|Đảng ủy xã"),
                                  ("Phó Chủ tịch", UB_XD)],
        },
        "meetings": [{"date": "2026-02-04", "chair": None,
                      "organizer": DU_XD + f"|{dang_bo('xã ' + XD)}|{UB_XD}|xã {XD}",
                      "locality": "26461", "attendees": ["Lê Thị Hiệp", "Nguyễn Thiện Bình"]}],
        "localities": ["26461", "?75"],
        "tasks": [
            ("toàn thể cán bộ, đảng viên|cán bộ, đảng viên",
             "tiếp tục phát huy tinh thần đoàn kết, chủ động, sáng tạo"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
