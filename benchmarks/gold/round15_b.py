"""Gold for blind round 15, part b: the last 12 post-reform (2025 two-level government) articles of round 15 from the post2025 pool (many sources), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "sondong-vinhphuc_giao-ban-tuan-2-thang-01-2026.txt": "https://sondong.vinhphuc.gov.vn/ubnd-xa-son-dong-to-chuc-hoi-nghi-giao-ban-tuan-2-thang-01-2026",
    "tcdulichtphcm_c6a105343.txt": "https://tcdulichtphcm.vn/tin-trong-nuoc/thuong-truc-hdnd-tinh-quang-ninh-hop-phien-thuong-ky-thang-10-c6a105343.html",
    "thanhnien_185250928182547949.txt": "https://thanhnien.vn/ong-hoang-quoc-khanh-duoc-bau-lam-bi-thu-tinh-uy-son-la-185250928182547949.htm",
    "thanhnien_185250930113831788.txt": "https://thanhnien.vn/ong-nguyen-dinh-trung-lam-bi-thu-tinh-uy-dak-lak-185250930113831788.htm",
    "tienphong_1781489.txt": "https://tienphong.vn/dai-hoi-dang-bo-thanh-pho-can-tho-tien-hanh-phien-tru-bi-post1781489.tpo",
    "trangtraiviet_d1365651.txt": "https://trangtraiviet.danviet.vn/hdnd-tinh-lai-chau-thong-qua-15-nghi-quyet-lien-quan-den-doi-song-dan-sinh-va-phat-trien-kinh-te--xa-hoi-d1365651.html",
    "ttvhquangninh-quangbinh_dai-hoi-xa-truong-son.txt": "https://ttvhquangninh.quangbinh.gov.vn/index.php/tin-tuc-su-kien/noi-chinh-xay-dung-dang/đại-hội-đại-biểu-đảng-bộ-xã-trường-sơn-lần-thứ-i,-nhiệm-kỳ-2025-2030.html",
    "vietnamnet_2447928.txt": "https://vietnamnet.vn/ong-tran-cam-tu-luu-y-ha-tinh-duy-tri-doan-ket-tao-thanh-suc-manh-noi-sinh-2447928.html",
    "vietnamnet_2451699.txt": "https://vietnamnet.vn/cong-bo-quyet-dinh-cua-bo-chinh-tri-ve-cong-tac-can-bo-tai-son-la-2451699.html",
    "vietnamplus_1054610.txt": "https://www.vietnamplus.vn/dai-hoi-dai-bieu-dang-bo-xa-dau-tien-cua-tinh-quang-tri-post1054610.vnp",
    "vietnamplus_1063523.txt": "https://www.vietnamplus.vn/dai-hoi-dai-bieu-dang-bo-tinh-thai-nguyen-lan-thu-i-post1063523.vnp",
    "vietnamplus_1063848.txt": "https://www.vietnamplus.vn/toan-canh-be-mac-dai-hoi-dang-bo-tinh-tuyen-quang-lan-thu-i-post1063848.vnp",
}


def dang_bo(x):
    """Organizer of a commune/province Party congress or committee conference."""
    return f"Đảng bộ {x}|Đảng ủy {x}|Ban Chấp hành Đảng bộ {x}"


def tinh(head, name):
    """A provincial body `<head> tỉnh <name>`, with the bare `<head> tỉnh` when the article leaves the name implied."""
    return f"{head} tỉnh {name}|{head} tỉnh"


def mttq(loc):
    """Front committee of a unit, with and without `Việt Nam`."""
    return f"Ủy ban Mặt trận Tổ quốc Việt Nam {loc}|Ủy ban Mặt trận Tổ quốc {loc}"


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"
BBT = "Ban Bí thư|Ban Bí thư Trung ương Đảng|Trung ương Đảng|Ban Chấp hành Trung ương Đảng"
TBT = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam|Ban Chấp hành Trung ương Đảng|Đảng Cộng sản Việt Nam"
CTN = "Nhà nước|Chủ tịch nước|Nước Cộng hòa xã hội chủ nghĩa Việt Nam"
QH = "Quốc hội"

TU_QN = "Tỉnh ủy Quảng Ninh|Tỉnh ủy"
HDND_QN = tinh("Hội đồng nhân dân", "Quảng Ninh")

TU_SL = "Tỉnh ủy Sơn La|Tỉnh ủy"
UB_SL = tinh("Ủy ban nhân dân", "Sơn La")
HDND_SL = tinh("Hội đồng nhân dân", "Sơn La")

TU_DL = "Tỉnh ủy Đắk Lắk|Tỉnh ủy"

TU_QT = "Tỉnh ủy Quảng Trị|Tỉnh ủy"
BTV_QT = "Ban Thường vụ Tỉnh ủy Quảng Trị|Ban Thường vụ Tỉnh ủy"

TU_HT = "Tỉnh ủy Hà Tĩnh|Tỉnh ủy"
BCSCL = "Ban Chính sách, chiến lược Trung ương|Ban Chính sách - Chiến lược Trung ương|Ban Chính sách – Chiến lược Trung ương"

TU_TN = "Tỉnh ủy Thái Nguyên|Tỉnh ủy"
TN = ("Đảng bộ tỉnh Thái Nguyên|Đảng ủy tỉnh Thái Nguyên|Tỉnh ủy Thái Nguyên|tỉnh Thái Nguyên|Tỉnh|tỉnh"
      "|Ủy ban nhân dân tỉnh Thái Nguyên")

TU_TQ = "Tỉnh ủy Tuyên Quang|Tỉnh ủy"

GOLD = {
    # Week-2 briefing (giao ban) of the UBND of xã Sơn Đông (Phú Thọ; old Vĩnh Phúc portal), 16/01/2026, chaired by
    # the UBND chairman. Reports and drafts reviewed only ("triển khai các nội dung trọng tâm" is the purpose), no
    # directive. Xã Sơn Đông = 08866 (same code old and new); Phú Thọ 25 via "UBND tỉnh Phú Thọ".
    "sondong-vinhphuc_giao-ban-tuan-2-thang-01-2026.txt": {
        "officials": {
            "Nguyễn Đình Tuấn": [("Chủ tịch", "Ủy ban nhân dân xã Sơn Đông|Ủy ban nhân dân xã")],
        },
        "meetings": [{"date": "2026-01-16", "chair": "Nguyễn Đình Tuấn",
                      "organizer": "Ủy ban nhân dân xã Sơn Đông|Ủy ban nhân dân xã", "locality": "08866",
                      "attendees": []}],
        "localities": ["08866", "25"],
        "tasks": [],
    },
    # Monthly (October) session of the standing body of the HĐND of Quảng Ninh, morning 28/10 (2025 from the text: it
    # prepares the 2026-2031 elections and the year-end session; reviewer: not from the store metadata), chaired
    # by the HĐND chairwoman. The stored text stops at the
    # month's results (narrative): no directive. Quảng Ninh = 22.
    "tcdulichtphcm_c6a105343.txt": {
        "officials": {
            "Trịnh Thị Minh Thanh": [("Phó Bí thư Thường trực", TU_QN), ("?Phó Bí thư", TU_QN),
                                     ("Chủ tịch", HDND_QN)],
        },
        "meetings": [{"date": "2025-10-28", "chair": "Trịnh Thị Minh Thanh",
                      "organizer": "Thường trực Hội đồng nhân dân tỉnh Quảng Ninh|Thường trực Hội đồng nhân dân tỉnh|"
                                   + HDND_QN,
                      "locality": "22", "attendees": []}],
        "localities": ["22"],
        "tasks": [],
    },
    # 16th congress of the Party organization of Sơn La, 28.9 (2025 from the 2025-2030 term); the new executive
    # committee's first sitting that afternoon is part of the congress (one meeting, round-10 Huế precedent). No chair;
    # the elected have no attending cue: optional attendees. Lò Minh Hùng's standing deputy post is stated for the
    # outgoing (XV) committee: optional (he is elected Phó Bí thư XVI); likewise Lường Thị Vân Anh's BTV membership
    # ("Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy khóa XV"; the new 14-member BTV is not
    # listed): optional (reviewer, made consistent), her re-elected UBKT chairmanship required. Chá A Của's HĐND
    # vice-chairmanship ("khóa XV" = the current 2021-2026 HĐND) and Nguyễn Đình Việt's posts are current. Sơn La = 14.
    "thanhnien_185250928182547949.txt": {
        "officials": {
            "Hoàng Quốc Khánh": [("Bí thư", TU_SL)],
            "Lò Minh Hùng": [("Phó Bí thư", TU_SL), ("?Phó Bí thư Thường trực", TU_SL)],
            "Nguyễn Đình Việt": [("Phó Bí thư", TU_SL), ("Chủ tịch", UB_SL),
                                 ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Sơn La|Đoàn đại biểu Quốc hội tỉnh"
                                                 "|Đoàn đại biểu Quốc hội")],
            "Chá A Của": [("Phó Bí thư", TU_SL), ("Phó Chủ tịch", HDND_SL)],
            "Lường Thị Vân Anh": [("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy Sơn La|Ủy ban Kiểm tra Tỉnh ủy"),
                                  ("?Ủy viên", "Ban Thường vụ Tỉnh ủy Sơn La|Ban Thường vụ Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-09-28", "chair": None,
                      "organizer": dang_bo("tỉnh Sơn La") + "|Tỉnh ủy Sơn La", "locality": "14",
                      "attendees": ["?Hoàng Quốc Khánh", "?Lò Minh Hùng", "?Nguyễn Đình Việt", "?Chá A Của",
                                    "?Lường Thị Vân Anh"]}],
        "localities": ["14"],
        "tasks": [],
    },
    # Opening sitting of the first congress of the (merged) Party organization of Đắk Lắk, 30.9 (date line
    # 30/09/2025): the Politburo's appointments read by the head of the provincial organization board on behalf of
    # the presidium (no chair; speaker only -> optional attendee). The appointed have no attending cue: optional.
    # Đắk Lắk = 66.
    "thanhnien_185250930113831788.txt": {
        "officials": {
            "Nguyễn Đình Trung": [("Bí thư", TU_DL), ("Ủy viên", BCHTW)],
            "Nguyễn Thượng Hải": [("Trưởng ban", "Ban Tổ chức Tỉnh ủy Đắk Lắk|Ban Tổ chức Tỉnh ủy")],
            "Cao Thị Hòa An": [("Phó Bí thư Thường trực", TU_DL), ("?Phó Bí thư", TU_DL),
                               ("Chủ tịch", tinh("Hội đồng nhân dân", "Đắk Lắk"))],
            "Tạ Anh Tuấn": [("Phó Bí thư", TU_DL), ("Chủ tịch", tinh("Ủy ban nhân dân", "Đắk Lắk"))],
            "Huỳnh Thị Chiến Hòa": [("Phó Bí thư", TU_DL)],
            "Đỗ Hữu Huy": [("Phó Bí thư", TU_DL)],
            "Y Giang Gry Niê Knơng": [("Phó Bí thư", TU_DL),
                                      ("Chủ tịch", mttq("tỉnh Đắk Lắk") + "|" + mttq("tỉnh")
                                       + "|Ủy ban MTTQVN tỉnh Đắk Lắk|Ủy ban MTTQVN tỉnh")],
        },
        "meetings": [{"date": "2025-09-30", "chair": None,
                      "organizer": dang_bo("tỉnh Đắk Lắk") + "|Tỉnh ủy Đắk Lắk", "locality": "66",
                      "attendees": ["?Nguyễn Thượng Hải", "?Nguyễn Đình Trung", "?Cao Thị Hòa An", "?Tạ Anh Tuấn",
                                    "?Huỳnh Thị Chiến Hòa", "?Đỗ Hữu Huy", "?Y Giang Gry Niê Knơng"]}],
        "localities": ["66"],
        "tasks": [],
    },
    # Preparatory session of the first congress of the Party organization of TP Cần Thơ, afternoon 26/9 (2025 from the
    # 2025-2030 term). Presidium elected, no chair; the outgoing city secretary speaks on its behalf (no attending
    # cue: optional attendee). His "kêu gọi các đại biểu …" (an appeal to the delegates, one clause with commas):
    # borderline directive -> optional. The congress's theme and motto are its own, not directives. Cần Thơ = 92.
    "tienphong_1781489.txt": {
        "officials": {
            "Đỗ Thanh Bình": [("Bí thư", "Thành ủy Cần Thơ|Thành ủy")],
        },
        "meetings": [{"date": "2025-09-26", "chair": None,
                      "organizer": dang_bo("thành phố Cần Thơ") + "|Thành ủy Cần Thơ", "locality": "92",
                      "attendees": ["?Đỗ Thanh Bình"]}],
        "localities": ["92"],
        "tasks": [("các đại biểu|đại biểu", "?nêu cao tinh thần trách nhiệm, chấp hành nghiêm quy chế")],
    },
    # Closing sitting of the 31st (thematic) session of the HĐND of Lai Châu, morning 26/9 (2025 from "trong năm
    # 2025" in the text). No named official, no chair; resolutions adopted only. Lai Châu = 12.
    "trangtraiviet_d1365651.txt": {
        "officials": {},
        "meetings": [{"date": "2025-09-26", "chair": None,
                      "organizer": tinh("Hội đồng nhân dân", "Lai Châu"), "locality": "12", "attendees": []}],
        "localities": ["12"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Trường Sơn (Quảng Trị; old Quảng Bình portal), afternoon
    # 15/8/2025; two provincial leaders under "Dự đại hội có". The province is never named (the merged Quảng Trị is
    # implied by the date): orgs with and without the name, province optional. Results only. Xã Trường Sơn = 19204
    # (same code old and new); merged xã Trường Xuân (old) = 19228.
    "ttvhquangninh-quangbinh_dai-hoi-xa-truong-son.txt": {
        "officials": {
            "Đoàn Sinh Hoà": [("Ủy viên", BTV_QT),
                              ("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Quảng Trị|Bộ Chỉ huy Quân sự tỉnh")],
            "Lê Văn Bảo": [("Ủy viên", BTV_QT), ("Chánh Văn phòng", "Văn phòng Tỉnh ủy Quảng Trị|Văn phòng Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-08-15", "chair": None, "organizer": dang_bo("xã Trường Sơn"),
                      "locality": "19204", "attendees": ["Đoàn Sinh Hoà", "Lê Văn Bảo"]}],
        "localities": ["19204", "19228", "?44|45"],
        "tasks": [],
    },
    # Opening of the 20th congress of the Party organization of Hà Tĩnh, morning 1/10 (2025 from the 2025-2030 term).
    # The Standing member of the Secretariat "dự và phát biểu chỉ đạo"; central leaders and former leaders under
    # "Tham dự đại hội còn có" (former leaders: officials with optional former posts, round-2 precedent). The
    # provincial secretary gives the opening speech (no "chủ trì", no attending cue): chair None, optional attendee;
    # his speech is results. The headline's "lưu ý Hà Tĩnh duy trì đoàn kết …" is not in the stored body (cut):
    # optional. "Thường trực Ban Bí thư": role `Thường trực` of the Ban Bí thư, the one-word role form optional.
    # Hà Tĩnh = 42.
    "vietnamnet_2447928.txt": {
        "officials": {
            "Trần Cẩm Tú": [("Ủy viên", "Bộ Chính trị"), ("Thường trực", BBT), ("?Thường trực Ban Bí thư", BCHTW + "|" + BBT)],
            "Nông Đức Mạnh": [("?Tổng Bí thư", TBT)],
            "Nguyễn Minh Triết": [("?Chủ tịch nước", CTN)],
            "Trương Tấn Sang": [("?Chủ tịch nước", CTN)],
            "Nguyễn Sinh Hùng": [("?Chủ tịch", QH)],
            "Nguyễn Thị Kim Ngân": [("?Chủ tịch", QH)],
            "Trần Hồng Hà": [("Phó Thủ tướng", "Chính phủ")],
            "Nguyễn Quang Dương": [("Phó Trưởng ban", "Ban Tổ chức Trung ương")],
            "Thái Thanh Quý": [("Phó Trưởng ban Thường trực", BCSCL), ("?Phó Trưởng ban", BCSCL)],
            "Hoàng Trung Dũng": [("?Tổng Biên tập", "Tạp chí Cộng sản")],
            "Trần Tiến Hưng": [("Phó Chủ nhiệm", "Ủy ban Kiểm tra Trung ương")],
            "Nguyễn Duy Lâm": [("Bí thư", TU_HT)],
        },
        "meetings": [{"date": "2025-10-01", "chair": None,
                      "organizer": dang_bo("tỉnh Hà Tĩnh") + "|Tỉnh ủy Hà Tĩnh", "locality": "42",
                      "attendees": ["Trần Cẩm Tú", "Nông Đức Mạnh", "Nguyễn Minh Triết", "Trương Tấn Sang",
                                    "Nguyễn Sinh Hùng", "Nguyễn Thị Kim Ngân", "Trần Hồng Hà", "Nguyễn Quang Dương",
                                    "Thái Thanh Quý", "Hoàng Trung Dũng", "Trần Tiến Hưng", "?Nguyễn Duy Lâm"]}],
        "localities": ["42"],
        "tasks": [("Hà Tĩnh|tỉnh Hà Tĩnh|Đảng bộ tỉnh Hà Tĩnh|Tỉnh ủy Hà Tĩnh",
                   "?duy trì đoàn kết, tạo thành sức mạnh nội sinh")],
    },
    # Conference announcing the Politburo's approval of the Sơn La executive committee, standing committee, secretary
    # and deputies (store date 12/10/2025): an announcement (công bố quyết định), not a meeting (round-2/5/10
    # precedent) -> []. The standing deputy secretary's "đề nghị các cán bộ được chuẩn y …" is one sentence with
    # commas: one directive; its "cùng xây dựng tập thể …" clause optional. Sơn La = 14.
    "vietnamnet_2451699.txt": {
        "officials": {
            "Hoàng Quốc Khánh": [("Bí thư", TU_SL)],
            "Lò Minh Hùng": [("Phó Bí thư Thường trực", TU_SL), ("?Phó Bí thư", TU_SL)],
            "Nguyễn Đình Việt": [("Phó Bí thư", TU_SL)],
            "Chá A Của": [("Phó Bí thư", TU_SL)],
        },
        "meetings": [],
        "localities": ["14"],
        "tasks": [("các cán bộ được chuẩn y|cán bộ được chuẩn y|các cán bộ",
                   "tiếp tục phát huy tinh thần trách nhiệm, nỗ lực, quyết tâm cao"),
                  ("các cán bộ được chuẩn y|cán bộ được chuẩn y|các cán bộ",
                   "?cùng xây dựng tập thể Ban Thường vụ Tỉnh ủy")],
    },
    # First (pilot) congress of the Party organization of xã Quảng Ninh (Quảng Trị), afternoon 8/8 (2025 from the
    # 2025-2030 term). The provincial standing deputy secretary "phát biểu chỉ đạo" (no attending cue): optional
    # attendee; his words are praise and a statement ("nhấn mạnh … là sự kiện có ý nghĩa"), no directive. New xã
    # Quảng Ninh = 19207 (= old thị trấn Quán Hàu's code); merged xã Vĩnh Ninh 19210, Võ Ninh 19213, Hàm Ninh 19219.
    "vietnamplus_1054610.txt": {
        "officials": {
            "Nguyễn Long Hải": [("Phó Bí thư Thường trực", TU_QT), ("?Phó Bí thư", TU_QT)],
        },
        "meetings": [{"date": "2025-08-08", "chair": None, "organizer": dang_bo("xã Quảng Ninh"),
                      "locality": "19207", "attendees": ["?Nguyễn Long Hải"]}],
        "localities": ["19207", "44|45", "19210", "19213", "19219"],
        "tasks": [],
    },
    # Opening of the first congress of the (merged) Party organization of Thái Nguyên, morning 23/9 (2025 from the
    # 2025-2030 term); the former General Secretary and the Defence Minister under "Dự Đại hội có". The minister's
    # "đề nghị Đảng bộ tỉnh … cần …" and the following "Tỉnh cần …" sentences: one directive per sentence, split on
    # ';' (1 + 1 + 2). The appointed secretary has no attending cue: optional. Thái Nguyên = 19.
    "vietnamplus_1063523.txt": {
        "officials": {
            "Nông Đức Mạnh": [("?Tổng Bí thư", TBT)],
            "Phan Văn Giang": [("Ủy viên", "Bộ Chính trị"), ("Phó Bí thư", "Quân ủy Trung ương"),
                               ("Bộ trưởng", "Bộ Quốc phòng")],
            "Trịnh Việt Hùng": [("Ủy viên dự khuyết", BCHTW), ("Bí thư", TU_TN)],
        },
        "meetings": [{"date": "2025-09-23", "chair": None,
                      "organizer": dang_bo("tỉnh Thái Nguyên") + "|Tỉnh ủy Thái Nguyên", "locality": "19",
                      "attendees": ["Nông Đức Mạnh", "Phan Văn Giang", "?Trịnh Việt Hùng"]}],
        "localities": ["19"],
        "tasks": [(TN, "nhận thức đúng tình hình, xác định rõ tiềm năng"),
                  (TN, "chú trọng quy hoạch, quản lý quy hoạch"),
                  (TN, "gắn phát triển kinh tế với giải quyết tốt các vấn đề xã hội"),
                  (TN, "tiếp tục thực hiện nghiêm các Nghị quyết, Kết luận, Quy định")],
    },
    # Closing of the first congress of the (merged) Party organization of Tuyên Quang, afternoon 24/9 (2025 from the
    # 2025-2030 term). No chair stated; the provincial secretary speaks (no attending cue): optional attendee. His
    # "đề nghị" covers two sentences: the executive committee's task, then the committees' two (split on ';').
    # The 18 targets etc. are the congress's resolution (narrative). Tuyên Quang = 08.
    "vietnamplus_1063848.txt": {
        "officials": {
            "Hầu A Lềnh": [("Ủy viên", BCHTW), ("Bí thư", TU_TQ)],
        },
        "meetings": [{"date": "2025-09-24", "chair": None,
                      "organizer": dang_bo("tỉnh Tuyên Quang") + "|Tỉnh ủy Tuyên Quang", "locality": "08",
                      "attendees": ["?Hầu A Lềnh"]}],
        "localities": ["08"],
        "tasks": [("Ban Chấp hành Đảng bộ tỉnh khóa I|Ban Chấp hành Đảng bộ tỉnh|Ban Chấp hành Đảng bộ tỉnh Tuyên Quang"
                   "|Tỉnh ủy Tuyên Quang|Tỉnh ủy",
                   "tiếp thu ý kiến chỉ đạo chỉnh sửa để ban hành các văn kiện"),
                  ("Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị-xã hội"
                   "|Các cấp ủy, tổ chức đảng, chính quyền|Các cấp ủy|các cấp ủy, tổ chức đảng",
                   "tổ chức tuyên truyền sâu rộng trong toàn Đảng bộ"),
                  ("Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị-xã hội"
                   "|Các cấp ủy, tổ chức đảng, chính quyền|Các cấp ủy|các cấp ủy, tổ chức đảng",
                   "khẩn trương tổ chức quán triệt, xây dựng các kế hoạch")],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
