"""Gold for blind round 15, part a: 13 post-reform (2025 two-level government) articles from the post2025 pool (the first 13 of r15/articles in ls order), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "baodienbienphu_quai-to-dai-hoi.txt": "https://baodienbienphu.vn/tin-bai/chinh-tri/dang-bo-quai-to-tap-trung-moi-nguon-luc-tao-chuyen-bien-ro-net-toan-dien-ve-kt-vh-xh",
    "baogialai_576192.txt": "https://baogialai.com.vn/hdnd-phuong-dien-hong-thong-qua-9-nghi-quyet-quan-trong-post576192.html",
    "baolamdong_387373.txt": "https://baolamdong.vn/to-dai-bieu-hdnd-tinh-tiep-xuc-cu-tri-tai-cac-xa-ninh-gia-ta-hine-ta-nang-387373.html",
    "baonghean_10303594.txt": "https://baonghean.vn/pho-chu-tich-thuong-truc-ubnd-tinh-bui-thanh-an-chu-tri-duyet-dai-hoi-dang-bo-cac-xa-tri-le-thong-thu-muong-quang-10303594.html",
    "dakkoi-quangngai_uy-ban-bau-cu-hop.txt": "https://dakkoi.quangngai.gov.vn/tin-tuc/uy-ban-bau-cu-hdnd-xa-nhiem-ky-2026-2031-hop-ve-cong-tac-chuan-bi-bau-cu.html",
    "dantri_20250915093619885.txt": "https://dantri.com.vn/thoi-su/ong-tu-thai-giang-duoc-bau-giu-chuc-pho-chu-tich-hdnd-tinh-dak-lak-20250915093619885.htm",
    "duongan-haiphong_835499.txt": "https://duongan.haiphong.gov.vn/tin-tuc-su-kien/hdnd-xa-duong-an-to-chuc-thanh-cong-ki-hop-thu-6-835499",
    "huengaynay_157569.txt": "https://huengaynay.vn/chinh-tri-xa-hoi/theo-dong-thoi-su/thong-nhat-ve-nhan-thuc-va-hanh-dong-de-som-dua-nghi-quyet-vao-cuoc-song-157569.html",
    "kinhtedothi_777871.txt": "https://kinhtedothi.vn/hdnd-tinh-lai-chau-thao-luan-xem-xet-thong-qua-nhieu-noi-dung-quan-trong.777871.html",
    "locquang-dongnai_159.txt": "https://locquang.dongnai.gov.vn/vi/news/hoat-dong-chinh-quyen-nha-nuoc/dai-bieu-hdnd-tinh-tiep-xuc-cu-tri-xa-loc-quang-159.html",
    "ngaynay_163237.txt": "https://ngaynay.vn/xay-dung-sa-pa-tro-thanh-khu-du-lich-mang-tam-quoc-te-post163237.html",
    "nld_19625123116185265.txt": "https://nld.com.vn/tang-cuong-phong-chong-te-nan-ma-tuy-xay-dung-khu-dan-cu-an-toan-19625123116185265.htm",
    "sggp_807262.txt": "https://www.sggp.org.vn/phan-dau-dua-xa-thuong-phuoc-tro-thanh-do-thi-trung-tam-vung-bien-cua-tinh-dong-thap-post807262.html",
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


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"
BBT = "Ban Bí thư|Ban Bí thư Trung ương Đảng|Trung ương Đảng|Ban Chấp hành Trung ương Đảng"

BTV_DB = "Ban Thường vụ Tỉnh ủy Điện Biên|Ban Thường vụ Tỉnh ủy"

DH = "Diên Hồng"
HDND_DH = commune("Hội đồng nhân dân", "phường", DH)
DU_DH = commune("Đảng ủy", "phường", DH) + "|Đảng ủy"

HDND_LD = "Hội đồng nhân dân tỉnh Lâm Đồng|Hội đồng nhân dân tỉnh"

BTV_NA = "Ban Thường vụ Tỉnh ủy Nghệ An|Ban Thường vụ Tỉnh ủy"
UB_NA = tinh("Ủy ban nhân dân", "Nghệ An")
TCT10 = ("Tổ công tác số 10|Tổ công tác số 10 Ban Thường vụ Tỉnh ủy Nghệ An|Tổ công tác số 10 của Ban Thường vụ Tỉnh ủy"
         "|Tổ công tác số 10 Ban Thường vụ Tỉnh ủy|Tổ công tác")

DK = "Đăk Kôi"
UBBC_DK = (f"Ủy ban bầu cử đại biểu Hội đồng nhân dân xã {DK}|Ủy ban bầu cử đại biểu Hội đồng nhân dân xã"
           f"|Ủy ban bầu cử xã {DK}|Ủy ban bầu cử xã|Ủy ban bầu cử")

HDND_DL = "Hội đồng nhân dân tỉnh Đắk Lắk"
BTV_DL = "Ban Thường vụ Tỉnh ủy Đắk Lắk|Ban Thường vụ Tỉnh ủy"
BMT = "Buôn Ma Thuột"

DA = "Đường An"

HA = "Hương An"

TU_LCH = "Tỉnh ủy Lai Châu|Tỉnh ủy"
BTV_LCH = "Ban Thường vụ Tỉnh ủy Lai Châu|Ban Thường vụ Tỉnh ủy"
HDND_LCH = "Hội đồng nhân dân tỉnh Lai Châu"
UB_LCH = tinh("Ủy ban nhân dân", "Lai Châu")

LQ = "Lộc Quang"
DU_LQ = commune("Đảng ủy", "xã", LQ) + "|Đảng ủy"

SP = "Sa Pa"
SP_BODY = (f"Phường {SP}|phường {SP}|Đảng bộ phường {SP}|Đảng ủy phường {SP}|Ủy ban nhân dân phường {SP}"
           f"|Địa phương")

GOLD = {
    # First congress of the Party organization of xã Quài Tở (Điện Biên, paper only: "ĐBP"), 14-15/8/2025 (first day
    # taken). One provincial official under "Dự và chỉ đạo Đại hội". No chair named; results only. Xã Quài Tở =
    # 03295 (same code as the old commune); merged old xã Tỏa Tình 03280, Tênh Phông 03304. Điện Biên not named in
    # the text (optional).
    "baodienbienphu_quai-to-dai-hoi.txt": {
        "officials": {
            "Chu Xuân Trường": [("Ủy viên", BTV_DB),
                                ("Trưởng Ban", "Ban Nội chính Tỉnh ủy Điện Biên|Ban Nội chính Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-08-14", "chair": None, "organizer": dang_bo("xã Quài Tở"),
                      "locality": "03295", "attendees": ["Chu Xuân Trường"]}],
        "localities": ["03295", "03280", "03304", "?11"],
        "tasks": [],
    },
    # 4th session of the HĐND of phường Diên Hồng (Gia Lai, paper only), co-chaired by the secretary/HĐND chairman
    # and the HĐND vice-chairman. The stored text gives no day or month (only "năm 2025"/"năm 2026" in the reports)
    # -> date None. Resolutions only. New phường Diên Hồng (Gia Lai) = 23563 (old ward of Pleiku 23560).
    "baogialai_576192.txt": {
        "officials": {
            "Đoàn Hữu Dũng": [("Bí thư", DU_DH), ("Chủ tịch", HDND_DH)],
            "Lê Minh Hùng": [("Phó Chủ tịch", HDND_DH)],
        },
        "meetings": [{"date": None, "chair": "Đoàn Hữu Dũng|Lê Minh Hùng",
                      "organizer": f"Hội đồng nhân dân phường {DH}|Hội đồng nhân dân phường",
                      "locality": "23563|23560", "attendees": []}],
        "localities": ["23563|23560"],
        "tasks": [],
    },
    # Voters' meeting (tiếp xúc cử tri) of the provincial HĐND delegation no. 12 in three communes, afternoon 14/8 ->
    # meetings None (dev precedent). The HĐND chairman's "chỉ đạo các sở, ngành giải quyết …" is a directive; the
    # HĐND's own plans (sẽ tổng hợp…, sẽ giám sát…) are commitments, not tasks. Xã Ninh Gia 24985, Tà Hine 24991,
    # Tà Năng 24988 (codes unchanged in 2025); Lâm Đồng 68.
    "baolamdong_387373.txt": {
        "officials": {
            "Trần Hồng Thái": [("Phó Bí thư", "Tỉnh ủy Lâm Đồng|Tỉnh ủy"), ("Chủ tịch", HDND_LD),
                               ("?Đại biểu", HDND_LD)],
        },
        "meetings": None,
        "localities": ["68", "24985", "24991", "24988"],
        "tasks": [
            ("các sở, ngành", "giải quyết theo chức năng, nhiệm vụ"),
        ],
    },
    # Conference of the provincial working group no. 10 (of the Ban Thường vụ Tỉnh ủy) reviewing the congress
    # documents of three communes, afternoon 31/7 (2025 from the context: the merged communes' first 2025-2030
    # congresses under the two-level government, round-12 precedent; Nghệ An not named in the text), chaired by the
    # standing UBND vice-chairman (its team leader). No other named official; stored text stops in the results. Xã
    # Tri Lễ (Nghệ An) 16756 (= old code; merged old xã Nậm Nhoóng 16768), Thông Thụ 16744 (old 16741), Mường Quàng
    # 16774 (new). Organizer: the working group (of the Ban Thường vụ Tỉnh ủy), with the provincial bodies and the
    # reviewed communes' Party organizations as alternatives (reviewer: kept, round-12 Cà Mau precedent lists the
    # visited ward's bodies too); locality the province or the communes accordingly.
    "baonghean_10303594.txt": {
        "officials": {
            "Bùi Thanh An": [("Ủy viên", BTV_NA), ("Phó Chủ tịch Thường trực", UB_NA), ("?Phó Chủ tịch", UB_NA),
                             ("?Tổ trưởng", TCT10)],
        },
        "meetings": [{"date": "2025-07-31", "chair": "Bùi Thanh An",
                      "organizer": TCT10 + "|" + BTV_NA + "|Tỉnh ủy Nghệ An|" + UB_NA
                                   + "|" + dang_bo("xã Tri Lễ") + "|" + dang_bo("xã Thông Thụ")
                                   + "|" + dang_bo("xã Mường Quàng"),
                      "locality": "40|16756|16744|16774", "attendees": []}],
        "localities": ["16756", "16744|16741", "16774", "16768", "?40"],
        "tasks": [],
    },
    # Meeting of the election committee (Ủy ban bầu cử đại biểu HĐND) of xã Đăk Kôi (Quảng Ngãi portal; province not
    # named), afternoon 24/12/2025, chaired by the commune secretary (also head of the election steering committee
    # and chairman of the election committee). The closing "nhấn mạnh: công tác bầu cử … là nhiệm vụ chính trị đặc
    # biệt quan trọng, đòi hỏi sự vào cuộc …" is a statement, borderline directive (optional). New xã Đăk Kôi
    # (Quảng Ngãi) = 23485 (old Kon Tum commune 23482).
    "dakkoi-quangngai_uy-ban-bau-cu-hop.txt": {
        "officials": {
            "Nguyễn Văn Thủy": [("Bí thư", commune("Đảng ủy", "xã", DK) + "|Đảng ủy"),
                                ("Trưởng Ban", f"Ban Chỉ đạo bầu cử xã {DK}|Ban Chỉ đạo bầu cử xã|Ban Chỉ đạo bầu cử"),
                                ("Chủ tịch", UBBC_DK)],
        },
        "meetings": [{"date": "2025-12-24", "chair": "Nguyễn Văn Thủy",
                      "organizer": UBBC_DK + f"|Ủy ban nhân dân xã {DK}|Đảng ủy xã {DK}",
                      "locality": "23485|23482", "attendees": []}],
        "localities": ["23485|23482"],
        "tasks": [
            (None, "?đòi hỏi sự vào cuộc quyết liệt, đồng bộ"),
        ],
    },
    # 2nd thematic session of the HĐND of Đắk Lắk, 15/9 (2025 from the context: phường Buôn Ma Thuột of the
    # two-level government within the 2021-2026 term; reviewer): Trần Phú Hùng relieved as HĐND vice-chairman
    # (transfer; optional post), Từ Thái Giang elected. Posts
    # the elected holds when introduced (ward secretary / ward HĐND chairman) and leaves: optional (round-12
    # vnexpress precedent). No chair stated; neither man has an attending cue: optional attendees. The Thường trực
    # HĐND's proposal and its "sẽ hoàn chỉnh các thủ tục" are session procedure, not tasks. Phường Buôn Ma Thuột =
    # 24133 (old city 643).
    "dantri_20250915093619885.txt": {
        "officials": {
            "Trần Phú Hùng": [("Ủy viên", BTV_DL), ("?Phó Chủ tịch", HDND_DL + "|Hội đồng nhân dân tỉnh")],
            "Từ Thái Giang": [("Phó Chủ tịch", HDND_DL + "|Hội đồng nhân dân tỉnh"), ("Ủy viên", BTV_DL),
                              ("?Bí thư", commune("Đảng ủy", "phường", BMT) + "|Đảng ủy"),
                              ("?Chủ tịch", commune("Hội đồng nhân dân", "phường", BMT))],
        },
        "meetings": [{"date": "2025-09-15", "chair": None, "organizer": HDND_DL, "locality": "66",
                      "attendees": ["?Trần Phú Hùng", "?Từ Thái Giang"]}],
        "localities": ["66", "24133|643"],
        "tasks": [],
    },
    # 6th (year-end) session of the HĐND of xã Đường An (Hải Phòng portal; city not named), 19/12/2025. Leaders
    # attend only as bodies ("Dự kỳ họp có các đ/c lãnh đạo: Thường trực Đảng ủy; …"). The HĐND chairwoman gives
    # the opening speech (no "chủ trì" stated) -> chair None, optional attendee (round-12 vtcnews precedent). Reports
    # only (reviewer: chair None kept, round-10/12 precedent). New xã Đường An = 10972 (= old xã Tân Hồng's
    # code); merged old xã Thúc Kháng 10969, Thái Minh 10981,
    # Thái Dương 10990 (part).
    "duongan-haiphong_835499.txt": {
        "officials": {
            "Vũ Thị Sang": [("Phó Bí thư Thường trực", commune("Đảng ủy", "xã", DA) + "|Đảng ủy"),
                            ("?Phó Bí thư", commune("Đảng ủy", "xã", DA) + "|Đảng ủy"),
                            ("Chủ tịch", commune("Hội đồng nhân dân", "xã", DA))],
        },
        "meetings": [{"date": "2025-12-19", "chair": None, "organizer": f"Hội đồng nhân dân xã {DA}",
                      "locality": "10972", "attendees": ["?Vũ Thị Sang"]}],
        "localities": ["10972", "10969", "10981", "10990"],
        "tasks": [],
    },
    # Conference (hội nghị) of the Party committee of phường Hương An (Huế) disseminating the resolution of its first
    # congress to 121 party members; the ward secretary presents it (no "chủ trì") -> chair None, optional attendee.
    # Counted as a meeting (a Party committee's hội nghị), not a training course — borderline. The stored text gives
    # no day -> date None. The secretary's quoted "Mỗi cán bộ, đảng viên cần …" is a directive; "đảng bộ tăng cường
    # xây dựng đoàn kết …" borderline (optional). New phường Hương An (Huế) = 19804 (old ward 20023).
    "huengaynay_157569.txt": {
        "officials": {
            "Trương Quang Trung": [("Bí thư", commune("Đảng ủy", "phường", HA) + "|Đảng ủy")],
        },
        "meetings": [{"date": None, "chair": None, "organizer": dang_bo(f"phường {HA}"),
                      "locality": "19804|20023", "attendees": ["?Trương Quang Trung"]}],
        "localities": ["19804|20023"],
        "tasks": [
            ("Mỗi cán bộ, đảng viên|cán bộ, đảng viên", "gương mẫu, chủ động, sáng tạo, cụ thể hóa các mục tiêu"),
            (f"đảng bộ|Đảng bộ phường {HA}|Đảng ủy phường {HA}",
             "?tăng cường xây dựng đoàn kết, đặt quyết tâm chính trị cao nhất"),
        ],
    },
    # Opening of the 30th session of the HĐND of Lai Châu, 21/7 (2025 from "nhiệm vụ của năm 2025"), chaired by the
    # provincial secretary/HĐND chairman, with the HĐND vice-chairman "cùng tham gia điều hành" (co-chair). The UBND
    # chairman under "Dự Kỳ họp". The opening speech lists the session's agenda (not directives).
    "kinhtedothi_777871.txt": {
        "officials": {
            "Giàng Páo Mỷ": [("Ủy viên", BCHTW), ("Bí thư", TU_LCH), ("Chủ tịch", HDND_LCH + "|Hội đồng nhân dân tỉnh"),
                             ("Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Lai Châu|Đoàn đại biểu Quốc hội tỉnh")],
            "Chu Lê Chinh": [("Ủy viên", BTV_LCH), ("Phó Chủ tịch", HDND_LCH + "|Hội đồng nhân dân tỉnh")],
            "Lê Văn Lương": [("Phó Bí thư", TU_LCH), ("Chủ tịch", UB_LCH)],
        },
        "meetings": [{"date": "2025-07-21", "chair": "Giàng Páo Mỷ|Chu Lê Chinh", "organizer": HDND_LCH,
                      "locality": "12", "attendees": ["Lê Văn Lương"]}],
        "localities": ["12"],
        "tasks": [],
    },
    # Voters' meeting (tiếp xúc cử tri) of a provincial HĐND delegate with voters of xã Lộc Quang (Đồng Nai portal;
    # province not named), afternoon 4-11 -> meetings None (dev precedent). Delegate status optional. Results only.
    # New xã Lộc Quang (Đồng Nai) = 25292 (old Bình Phước commune 25291).
    "locquang-dongnai_159.txt": {
        "officials": {
            "Nguyễn Thị Thuận": [("?Đại biểu", "Hội đồng nhân dân tỉnh Đồng Nai|Hội đồng nhân dân tỉnh")],
            "Đặng Bá Nghi": [("Phó Bí thư Thường trực", DU_LQ), ("?Phó Bí thư", DU_LQ),
                             ("Chủ tịch", commune("Hội đồng nhân dân", "xã", LQ))],
            "Võ Văn Lượng": [("Phó Bí thư", DU_LQ), ("Chủ tịch", commune("Ủy ban nhân dân", "xã", LQ))],
        },
        "meetings": None,
        "localities": ["25292|25291"],
        "tasks": [],
    },
    # First congress of the Party organization of phường Sa Pa (Lào Cai), 11/8 (2025 from the 2025-2030 term). The
    # provincial deputy secretary/UBND chairman speaks "Tại Đại hội" (no attending cue): optional attendee. His
    # "Phường Sa Pa cần …" and "Địa phương phải …" are directives; "Sa Pa phải thực sự trở thành …" is a goal
    # (optional). New phường Sa Pa = 03006 (old ward 03001); thị xã Sa Pa (old) 088; Lào Cai 15 (old 10).
    "ngaynay_163237.txt": {
        "officials": {
            "Nguyễn Huy Tuấn": [("Phó Bí thư", "Tỉnh ủy Lào Cai|Tỉnh ủy"), ("Chủ tịch", tinh("Ủy ban nhân dân", "Lào Cai"))],
        },
        "meetings": [{"date": "2025-08-11", "chair": None, "organizer": dang_bo(f"phường {SP}"),
                      "locality": "03006|03001", "attendees": ["?Nguyễn Huy Tuấn"]}],
        "localities": ["03006|03001", "15|10", "088"],
        "tasks": [
            (SP_BODY, "xác định rõ mục tiêu và tầm nhìn phát triển"),
            (SP_BODY, "ưu tiên phát triển du lịch bền vững, thông minh"),
            (SP_BODY + f"|{SP}", "?thực sự trở thành một đô thị du lịch xanh"),
        ],
    },
    # 7th (extended) conference of the executive committee of the Party organization of phường Phú Thuận (TPHCM),
    # 31-12 (2025 from the 2025 review), with the 2025 review and the 2026 plan. No named official, no chair; results
    # and plans only. Phường Phú Thuận (TPHCM) = 27484.
    "nld_19625123116185265.txt": {
        "officials": {},
        "meetings": [{"date": "2025-12-31", "chair": None, "organizer": dang_bo("phường Phú Thuận"),
                      "locality": "27484", "attendees": []}],
        "localities": ["27484", "79"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Thường Phước (Đồng Tháp), 7-8 (2025 from the 2025-2030 term).
    # The central official "đến dự và phát biểu chỉ đạo". His "đề nghị Đại hội phát huy …" is a directive to the
    # congress; his praise and "nhấn mạnh, nhiệm vụ xây dựng Đảng … là then chốt" are not. Xã Thường Phước = 29971;
    # Đồng Tháp 82 (old 87).
    "sggp_807262.txt": {
        "officials": {
            "Nguyễn Trọng Nghĩa": [("Ủy viên", "Bộ Chính trị"), ("Bí thư", BBT),
                                   ("Trưởng Ban", "Ban Tuyên giáo và Dân vận Trung ương")],
        },
        "meetings": [{"date": "2025-08-07", "chair": None, "organizer": dang_bo("xã Thường Phước"),
                      "locality": "29971", "attendees": ["Nguyễn Trọng Nghĩa"]}],
        "localities": ["29971", "82|87"],
        "tasks": [
            ("Đại hội|Đại hội đại biểu Đảng bộ xã Thường Phước|" + dang_bo("xã Thường Phước"),
             "phát huy tinh thần dân chủ, tập trung thảo luận"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
