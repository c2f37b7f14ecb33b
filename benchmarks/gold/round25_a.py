"""Gold for blind round 25, part a: 13 articles from the post-2025 pool (benchmarks/rounds/post2025/pool), annotated by GUIDE.md before any build.

Review rulings (second reader): (1) baodanang: "phiên họp thường kỳ … tháng 10/2025" is the session's own edition
label (its month is the meeting's month), as a title's edition year (round-20 settled note) -> 2025-10-28 kept; part
b's Cần Thơ "phiên họp thường kỳ tháng 9-2025" gets the same reading. (2) baophutho: date None kept — no date line;
"khóa II, nhiệm kỳ 2021–2026" is the HĐND's term (round-23 Cao Bằng: the term rule is for congresses), "năm 2025" the
reviewed year; store metadata does not date a meeting. (3) baothanhhoa: None kept — "đợt 2/9 và 7/11/2025" dates the
badge batches, not the conference (round-23 Sơn La: a figure's cut-off date does not date the session). (4)
daklakgov: None kept — "tháng 8/2025" the reported month, "tháng 9/2025" the plan. (5) baoquangtri: the preparatory
session of the provincial congress is a session of that congress (a meeting, no chair); organizer gains "Tỉnh ủy Quảng
Trị" (round-21 Cao Bằng congress precedent); only phường Đồng Hới (2025) 18880 is named — the old city 450 is a
different unit, not listed. (6) dantri: the old Phường 1, 2, 3, 7, 8 of TP Bạc Liêu stay required (round-21/23
ruling: merged old units named are required). (7) baotuyenquang: "Bí thư Đảng ủy, Tổng Biên tập Báo …" — the Party
secretary of a public-service unit (the newspaper) is borderline like its editor -> optional (round-18 Cienco 5
precedent: a state company's Party secretary optional). (8) baokhanhhoa: ceremony -> []; the commune's own resolve
optional. (9) baogialai: Gia Lai only in the kicker "(GLO)" -> 52 optional, bodies with and without the name.
Chairs: no "chủ trì" / "chủ tọa" and no concluding head in these articles except baodanang/daklakgov (chủ trì).
"""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "baodanang_3308532.txt": "https://baodanang.vn/tiep-tuc-hoan-thien-cac-noi-dung-trinh-ky-hop-chuyen-de-hdnd-thanh-pho-da-nang-3308532.html",
    "baogialai_563133.txt": "https://baogialai.com.vn/xay-dung-xa-tuy-phuoc-dat-tieu-chuan-phuong-tung-buoc-tro-thanh-do-thi-phat-trien-nhanh-toan-dien-va-ben-vung-post563133.html",
    "baokhanhhoa_479406f.txt": "https://baokhanhhoa.vn/chinh-tri/202602/xa-dien-khanh-ky-niem-96-nam-ngay-thanh-lap-dang-479406f",
    "baolamdong_383341.txt": "https://baolamdong.vn/dang-bo-xa-duc-lap-day-manh-cai-cach-hanh-chinh-phat-trien-kinh-te-phuc-vu-nhan-dan-383341.html",
    "baonghean_10304328.txt": "https://baonghean.vn/dang-bo-xa-nghia-dong-nghe-an-to-chuc-dai-hoi-dai-bieu-lan-thu-i-nhiem-ky-2025-2030-10304328.html",
    "baonghean_10304447.txt": "https://baonghean.vn/doan-ket-quyet-tam-xay-dung-xa-nghi-loc-tro-thanh-phuong-truoc-nam-2035-10304447.html",
    "baonghean_10304654.txt": "https://baonghean.vn/dai-hoi-dang-bo-xa-van-hien-nghe-an-lan-thu-i-nhiem-ky-2025-2030-10304654.html",
    "baophutho_244754.txt": "https://baophutho.vn/ky-hop-thu-ba-hdnd-xa-yen-ky-khoa-ii-nhiem-ky-2021-2026-244754.htm",
    "baoquangtri_8fa32fa.txt": "https://baoquangtri.vn/chinh-tri/202510/dai-hoidai-bieu-dang-bo-tinh-quang-tri-lan-thu-i-nhiem-ky-2025-2030-tien-hanh-phien-lam-viec-dau-tien-8fa32fa",
    "baothanhhoa_270823.txt": "https://baothanhhoa.vn/xa-hoang-tien-trien-khai-hoc-tap-cac-nghi-quyet-va-trao-tang-huy-hieu-dang-270823.htm",
    "baotuyenquang_ca62d48.txt": "https://baotuyenquang.com.vn/dai-hoi-dang-bo-cac-cap--nhiem-ky-2025-2030/202508/xa-phu-luong-to-chuc-thanh-cong-dai-hoi-dai-bieu-dang-bo-xa-lan-thu-nhat-nhiem-ky-2025-2030-ca62d48",
    "daklakgov_thanh-vien-ubnd-tinh.txt": "https://daklak.gov.vn/-/thanh-vien-ubnd-tinh-thong-qua-nhieu-noi-dung-thuoc-tham-quyen",
    "dantri_20250815093451615.txt": "https://dantri.com.vn/xa-hoi/dua-phuong-bac-lieu-thanh-trung-tam-van-hoa-nghe-thuat-doi-moi-sang-tao-20250815093451615.htm",
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


def bch_tinh(name):
    """`Ủy viên Ban Chấp hành Đảng bộ tỉnh` = a member of the Tỉnh ủy."""
    return f"Ban Chấp hành Đảng bộ tỉnh {name}|Tỉnh ủy {name}|Ban Chấp hành Đảng bộ tỉnh|Tỉnh ủy"


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"

# Đà Nẵng
TU_DN = "Thành ủy Đà Nẵng|Thành ủy thành phố Đà Nẵng|Thành ủy"
HD_DN = "Hội đồng nhân dân thành phố Đà Nẵng|Hội đồng nhân dân TP Đà Nẵng|Hội đồng nhân dân thành phố"
UB_DN = "Ủy ban nhân dân thành phố Đà Nẵng|Ủy ban nhân dân TP Đà Nẵng|Ủy ban nhân dân thành phố"

# Gia Lai (named only by the kicker "GLO")
BTV_GL = "Ban Thường vụ Tỉnh ủy Gia Lai|Ban Thường vụ Tỉnh ủy"
MTTQ_GL = mttq("tỉnh Gia Lai") + "|" + mttq("tỉnh") + "|Ủy ban MTTQ Việt Nam tỉnh|Ủy ban MTTQ tỉnh"

# Lâm Đồng
BTV_LD = "Ban Thường vụ Tỉnh ủy Lâm Đồng|Ban Thường vụ Tỉnh ủy"

# Nghệ An
BTV_NA = "Ban Thường vụ Tỉnh ủy Nghệ An|Ban Thường vụ Tỉnh ủy"
BTC_NA = "Ban Tổ chức Tỉnh ủy Nghệ An|Ban Tổ chức Tỉnh ủy"
BTGDV_NA = "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An|Ban Tuyên giáo và Dân vận Tỉnh ủy"
BNC_NA = "Ban Nội chính Tỉnh ủy Nghệ An|Ban Nội chính Tỉnh ủy"
TCT8 = ("Tổ công tác số 8 của Ban Thường vụ Tỉnh ủy|Tổ công tác số 8|Tổ công tác số 8 Ban Thường vụ Tỉnh ủy Nghệ An"
        "|Tổ công tác số 8 Ban Thường vụ Tỉnh ủy|Tổ công tác")
DL = "Đông Lộc"

# Phú Thọ (named only by the paper)
YK = "Yên Kỳ"
HD_YK = commune("Hội đồng nhân dân", "xã", YK)

# Quảng Trị
TU_QT = "Tỉnh ủy Quảng Trị|Tỉnh ủy"
HD_QT = tinh("Hội đồng nhân dân", "Quảng Trị")

# Tuyên Quang
BCHQS_TQ = "Bộ Chỉ huy Quân sự tỉnh Tuyên Quang|Bộ Chỉ huy Quân sự tỉnh|Bộ CHQS tỉnh"
BAO_TQ = ("Báo và Phát thanh, Truyền hình Tuyên Quang|Báo và phát thanh, truyền hình Tuyên Quang"
          "|Báo và Phát thanh Truyền hình Tuyên Quang")
DU_BAO_TQ = ("Đảng ủy Báo và Phát thanh, Truyền hình Tuyên Quang|Đảng ủy Báo và phát thanh, truyền hình Tuyên Quang"
             "|Đảng ủy Báo và Phát thanh Truyền hình Tuyên Quang|Đảng ủy")

# Đắk Lắk
UB_DLK = tinh("Ủy ban nhân dân", "Đắk Lắk")

# Cà Mau
BL = "Bạc Liêu"

GOLD = {
    # Monthly session (phiên họp thường kỳ) of the Đà Nẵng HĐND standing body "tháng 10/2025", "Sáng 28/10" (no date
    # line; the session's own title carries its edition month and year, round-20 settled note -> 2025-10-28), chaired
    # by the HĐND chairman; the standing HĐND vice-chairman and the standing UBND vice-chairman "Dự phiên họp"
    # (attendees). Report of the UBND's 13 items for the thematic session (plans, no directive); the headline's
    # "Tiếp tục hoàn thiện các nội dung …" sums up an unstored conclusion (optional). Đà Nẵng 48.
    "baodanang_3308532.txt": {
        "officials": {
            "Nguyễn Đức Dũng": [("Phó Bí thư", TU_DN), ("Chủ tịch", HD_DN)],
            "Trần Phước Sơn": [("Phó Chủ tịch Thường trực", HD_DN), ("?Phó Chủ tịch", HD_DN)],
            "Hồ Kỳ Minh": [("Phó Chủ tịch Thường trực", UB_DN), ("?Phó Chủ tịch", UB_DN)],
        },
        "meetings": [{"date": "2025-10-28", "chair": "Nguyễn Đức Dũng",
                      "organizer": "Thường trực Hội đồng nhân dân thành phố Đà Nẵng|Thường trực Hội đồng nhân dân thành"
                                   " phố|" + HD_DN,
                      "locality": "48", "attendees": ["Trần Phước Sơn", "Hồ Kỳ Minh"]}],
        "localities": ["48"],
        "tasks": [
            (None, "?hoàn thiện các nội dung trình kỳ họp chuyên đề"),
        ],
    },
    # First congress (Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030) of the Party organization of xã Tuy Phước
    # (Gia Lai; the province is named only by the kicker "GLO"), "Sáng 9-8" -> 2025-08-09 (congress title, rounds
    # 21/23). The Front's standing vice-chairman (BTV member) "dự và chỉ đạo", the HĐND vice-chairwoman "Về dự"
    # (attendees). No chair; profile and goals only (the congress's "xác định mục tiêu" is its plan, no task). Xã Tuy
    # Phước (2025) = 21952 (= old thị trấn Tuy Phước's code); merged old thị trấn Diêu Trì 21955, xã Phước Lộc 21976,
    # Phước Thuận 21982, Phước Nghĩa 21979 (round-21 ruling: merged old units named are required); "huyện Tuy Phước
    # (cũ)" the old district 550; Gia Lai (2025) 52 only implied: optional.
    "baogialai_563133.txt": {
        "officials": {
            "Trần Minh Sơn": [("Ủy viên", BTV_GL), ("Phó Chủ tịch Thường trực", MTTQ_GL), ("?Phó Chủ tịch", MTTQ_GL)],
            "Huỳnh Thúy Vân": [("Phó Chủ tịch", tinh("Hội đồng nhân dân", "Gia Lai"))],
        },
        "meetings": [{"date": "2025-08-09", "chair": None, "organizer": dang_bo("xã Tuy Phước"), "locality": "21952",
                      "attendees": ["Trần Minh Sơn", "Huỳnh Thúy Vân"]}],
        "localities": ["21952", "21955", "21976", "21982", "21979", "550", "?52"],
        "tasks": [],
    },
    # Ceremony (lễ kỷ niệm) of the Party committee of xã Diên Khánh for the Party's 96th anniversary, with Party badges
    # awarded, "Sáng 3-2" (2026): a ceremony, no meeting ([]). No named official. "Thời gian tới, Đảng bộ, chính
    # quyền và Nhân dân xã tiếp tục …, phấn đấu xây dựng xã sớm trở thành phường" is the commune's own resolve
    # (optional). Xã Diên Khánh (2025) = 22651 (= old thị trấn's code); Khánh Hòa 56 (via "Đảng bộ tỉnh Khánh Hòa").
    "baokhanhhoa_479406f.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["22651", "56"],
        "tasks": [
            ("Đảng bộ, chính quyền và Nhân dân xã", "?phấn đấu xây dựng xã sớm trở thành phường"),
        ],
    },
    # First congress (Đại hội lần thứ I, nhiệm kỳ 2025–2030) of the Party organization of xã Đức Lập (Lâm Đồng), "Sáng
    # 23/7" -> 2025-07-23. The provincial BTV member / head of the Internal Affairs board attends ("… tham dự").
    # No chair; results only. Xã Đức Lập (Lâm Đồng 2025) = 24664 (the old thị trấn Đắk Mil's code; no old unit of
    # that name); Lâm Đồng 68.
    "baolamdong_383341.txt": {
        "officials": {
            "Huỳnh Ngọc Anh": [("Ủy viên", BTV_LD), ("Trưởng Ban", "Ban Nội chính Tỉnh ủy Lâm Đồng|Ban Nội chính Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-07-23", "chair": None, "organizer": dang_bo("xã Đức Lập"), "locality": "24664",
                      "attendees": ["Huỳnh Ngọc Anh"]}],
        "localities": ["24664", "68"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Nghĩa Đồng (Nghệ An), "Sáng 13/8" -> 2025-08-13 (title "lần thứ I,
    # nhiệm kỳ 2025 – 2030"). Two provincial officials "Tham dự Đại hội có các đồng chí" (attendees). No chair; the
    # congress's theme and results only. Xã Nghĩa Đồng (2025) = 17284 (same code as the old commune "xã Nghĩa Đồng
    # cũ"); merged old xã Bình Hợp 17281; "huyện Tân Kỳ trước đây" the old district 423; Nghệ An 40.
    "baonghean_10304328.txt": {
        "officials": {
            "Ngọc Kim Nam": [("Ủy viên", BTV_NA), ("Trưởng Ban", BTGDV_NA)],
            "Lê Đình Lý": [("Ủy viên", bch_tinh("Nghệ An")), ("Phó Trưởng Ban Thường trực", BTC_NA),
                           ("?Phó Trưởng Ban", BTC_NA)],
        },
        "meetings": [{"date": "2025-08-13", "chair": None, "organizer": dang_bo("xã Nghĩa Đồng"), "locality": "17284",
                      "attendees": ["Ngọc Kim Nam", "Lê Đình Lý"]}],
        "localities": ["17284", "17281", "423", "40"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Nghi Lộc (Nghệ An), "Chiều 14/8" -> 2025-08-14 (title "lần thứ
    # I, nhiệm kỳ 2025 - 2030"). "Dự đại hội có đồng chí" the secretary / HĐND chairman of xã Đông Lộc, a member of the
    # provincial executive (attendee). No chair; results only; the headline's "quyết tâm xây dựng xã Nghi Lộc trở
    # thành phường" is the congress's resolve (no task). Xã Nghi Lộc (2025) = 17827 (= old thị trấn Quán Hành's
    # code); merged old xã Diên Hoa 17899, Nghi Trung 17893, Nghi Vạn 17911 (and Quán Hành 17827, the same code);
    # xã Đông Lộc (2025) 17878 (in his post); Nghệ An 40. The old huyện Nghi Lộc is not named.
    "baonghean_10304447.txt": {
        "officials": {
            "Dương Đình Chỉnh": [("Ủy viên", bch_tinh("Nghệ An")), ("Bí thư", commune("Đảng ủy", "xã", DL)),
                                 ("Chủ tịch", commune("Hội đồng nhân dân", "xã", DL))],
        },
        "meetings": [{"date": "2025-08-14", "chair": None, "organizer": dang_bo("xã Nghi Lộc"), "locality": "17827",
                      "attendees": ["Dương Đình Chỉnh"]}],
        "localities": ["17827", "17899", "17893", "17911", "17878", "40"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Văn Hiến (Nghệ An), "Sáng 18/8" -> 2025-08-18 (title "lần thứ I,
    # nhiệm kỳ 2025 – 2030"). The provincial BTV member / head of the Internal Affairs board and head of the BTV's
    # working group no. 8 "dự và chỉ đạo" (attendee; the group post optional, round-21 Tổ công tác số 11 precedent). No
    # chair; results only. Xã Văn Hiến (2025) = 17677 (= old xã Thái Sơn's code); merged old xã Hòa Sơn 17647, Tân Sơn
    # 17674, Thái Sơn 17677 (same), Quang Sơn 17680, Thượng Sơn 17644; "huyện Đô Lương trước đây" 427; Nghệ An 40.
    "baonghean_10304654.txt": {
        "officials": {
            "Hồ Lê Ngọc": [("Ủy viên", BTV_NA), ("Trưởng Ban", BNC_NA), ("?Tổ trưởng", TCT8)],
        },
        "meetings": [{"date": "2025-08-18", "chair": None, "organizer": dang_bo("xã Văn Hiến"), "locality": "17677",
                      "attendees": ["Hồ Lê Ngọc"]}],
        "localities": ["17677", "17647", "17674", "17680", "17644", "427", "40"],
        "tasks": [],
    },
    # Third session (kỳ họp thứ Ba) of the HĐND of xã Yên Kỳ "khóa II, nhiệm kỳ 2021–2026" (Phú Thọ paper; province
    # not named), "Ngày 25/12": no date line (MANIFEST), the title carries the HĐND's term and "năm 2025" is the reviewed
    # year -> date None (round-20 rule; round-23 tienphong_1785960 precedent; see doubts). The provincial BTV member /
    # standing HĐND vice-chairman "Dự và chỉ đạo" (attendee). No chair; results and agenda only (his speech is beyond
    # the store). Xã Yên Kỳ = 08113 (same code); Phú Thọ 25 only implied: optional.
    "baophutho_244754.txt": {
        "officials": {
            "Nguyễn Trung Kiên": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Phú Thọ|Ban Thường vụ Tỉnh ủy"),
                                  ("Phó Chủ tịch Thường trực", tinh("Hội đồng nhân dân", "Phú Thọ")),
                                  ("?Phó Chủ tịch", tinh("Hội đồng nhân dân", "Phú Thọ"))],
        },
        "meetings": [{"date": None, "chair": None, "organizer": HD_YK, "locality": "08113",
                      "attendees": ["Nguyễn Trung Kiên"]}],
        "localities": ["08113", "?25"],
        "tasks": [],
    },
    # Preparatory session (phiên trù bị) of the first congress of the Party organization of tỉnh Quảng Trị, "Chiều
    # nay 4/10" (no date line; the congress's title "lần thứ I, nhiệm kỳ 2025-2030" -> 2025-10-04), a session of the
    # congress (meeting). The four provincial leaders "Tham dự phiên trù bị có các đồng chí" (attendees); no chair
    # stated. Schedule only, no directive. Quảng Trị 44 (old 45: "44|45", round 21); phường Đồng Hới (2025) = 18880
    # (the venue's ward; the old city Đồng Hới 450 is a different unit).
    "baoquangtri_8fa32fa.txt": {
        "officials": {
            "Lê Ngọc Quang": [("Ủy viên", BCHTW), ("Bí thư", TU_QT)],
            "Nguyễn Đăng Quang": [("Phó Bí thư", TU_QT), ("Chủ tịch", HD_QT)],
            "Trần Phong": [("Phó Bí thư", TU_QT), ("Chủ tịch", tinh("Ủy ban nhân dân", "Quảng Trị"))],
            "Nguyễn Chiến Thắng": [("Phó Bí thư", TU_QT),
                                   ("Chủ tịch", mttq("tỉnh Quảng Trị") + "|" + mttq("tỉnh") + "|Ủy ban MTTQ Việt Nam tỉnh"),
                                   ("Phó Chủ tịch", HD_QT)],
        },
        # review: organizer gains "Tỉnh ủy Quảng Trị" (round-21 Cao Bằng provincial congress precedent).
        "meetings": [{"date": "2025-10-04", "chair": None, "organizer": dang_bo("tỉnh Quảng Trị") + "|Tỉnh ủy Quảng Trị",
                      "locality": "44|45",
                      "attendees": ["Lê Ngọc Quang", "Nguyễn Đăng Quang", "Trần Phong", "Nguyễn Chiến Thắng"]}],
        "localities": ["44|45", "18880"],
        "tasks": [],
    },
    # Conference (hội nghị) of the Party organization of xã Hoằng Tiến studying the central and provincial resolutions
    # and adopting draft plans, with Party badges awarded, "Sáng 5/12" (no date line; "năm 2025" names the plans'
    # year and "đợt 2/9 và 7/11/2025" the badge batches, neither the conference's own year -> date None by the round-20
    # rule; see doubts). A study conference is a meeting (round-23 baothanhhoa_263787 precedent). No named official,
    # no chair; the resolutions' contents and the adopted drafts are no directives. Xã Hoằng Tiến (2025) = 15991
    # (old 15988); Thanh Hóa 38 (via "Đảng bộ tỉnh Thanh Hóa").
    "baothanhhoa_270823.txt": {
        "officials": {},
        "meetings": [{"date": None, "chair": None, "organizer": dang_bo("xã Hoằng Tiến"), "locality": "15991|15988",
                      "attendees": []}],
        "localities": ["15991|15988", "38"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Phú Lương (Tuyên Quang), "Ngày 6-8" under the date line 06/08/2025
    # -> 2025-08-06. Two members of the provincial executive "Dự Đại hội có các đồng chí" (attendees). Hoàng Ngọc
    # Định: deputy commander of the provincial military command, NA deputy (optional, precedent). Mai Đức Thông:
    # "Bí thư Đảng ủy, Tổng Biên tập Báo và phát thanh, truyền hình Tuyên Quang" -> the paper's Party secretary and
    # editor-in-chief (a public-service unit: optional), chairman of the provincial journalists' association. No
    # chair; results only. Xã Phú Lương (Tuyên Quang) = 02611 (same code); merged old xã Đại Phú 02617, Tam Đa 02626;
    # Tuyên Quang 08.
    "baotuyenquang_ca62d48.txt": {
        "officials": {
            "Hoàng Ngọc Định": [("Ủy viên", bch_tinh("Tuyên Quang")), ("Phó Chỉ huy trưởng", BCHQS_TQ),
                                ("?Đại biểu Quốc hội", "Quốc hội|Đoàn đại biểu Quốc hội tỉnh Tuyên Quang"),
                                ("?Đại biểu", "Quốc hội|Đoàn đại biểu Quốc hội tỉnh Tuyên Quang")],
            # review: the newspaper's Party secretary made optional (Party post in a public-service unit, borderline
            # like the editor; round-18 Cienco 5 precedent: a state company's Party secretary optional).
            "Mai Đức Thông": [("Ủy viên", bch_tinh("Tuyên Quang")), ("?Bí thư", DU_BAO_TQ), ("?Tổng Biên tập", BAO_TQ),
                              ("Chủ tịch", "Hội Nhà báo tỉnh Tuyên Quang|Hội Nhà báo tỉnh|Hội Nhà báo Tuyên Quang")],
        },
        "meetings": [{"date": "2025-08-06", "chair": None, "organizer": dang_bo("xã Phú Lương"), "locality": "02611",
                      "attendees": ["Hoàng Ngọc Định", "Mai Đức Thông"]}],
        "localities": ["02611", "02617", "02626", "08"],
        "tasks": [],
    },
    # Session of the members of UBND tỉnh Đắk Lắk (phiên họp thành viên), "Chiều 8/9", chaired by the chairman (no date
    # line; "tháng 8/2025" names the reported month and "chương trình công tác tháng 9/2025" the plan -> date None by
    # the round-20 rule, round-23 Sơn La precedent; see doubts). The vice-chairmen and members attend unnamed. Drafts
    # adopted only; no directive. Đắk Lắk 66.
    "daklakgov_thanh-vien-ubnd-tinh.txt": {
        "officials": {
            "Tạ Anh Tuấn": [("Chủ tịch", UB_DLK)],
        },
        "meetings": [{"date": None, "chair": "Tạ Anh Tuấn", "organizer": UB_DLK, "locality": "66", "attendees": []}],
        "localities": ["66"],
        "tasks": [],
    },
    # First congress of the Party organization of phường Bạc Liêu (Cà Mau), "Ngày 14-15/8" -> 2025-08-14 (title "lần
    # thứ I, nhiệm kỳ 2025-2030"). The central committee member / head of the Cà Mau NA delegation "dự và chỉ đạo"
    # (attendee); the ward's secretary speaks "Tại đại hội" (no attending cue: optional). No chair; her review is
    # assessment only. Phường Bạc Liêu (2025) = 31825 (= old Phường 1's code); merged old Phường 2 31813, 3 31816,
    # 7 31822, 8 31828 of "TP Bạc Liêu" (old city 954), "tỉnh Bạc Liêu (cũ)" 95 (round-23 ruling: old units named
    # with "(cũ)" are listed); Cà Mau 96.
    "dantri_20250815093451615.txt": {
        "officials": {
            "Lữ Văn Hùng": [("Ủy viên", BCHTW),
                            ("Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Cà Mau|Đoàn đại biểu Quốc hội Cà Mau"
                                            "|Đoàn đại biểu Quốc hội tỉnh")],
            "Tô Việt Thu": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Cà Mau|Ban Thường vụ Tỉnh ủy"),
                            ("Bí thư", commune("Đảng ủy", "phường", BL))],
        },
        "meetings": [{"date": "2025-08-14", "chair": None, "organizer": dang_bo(f"phường {BL}"), "locality": "31825",
                      "attendees": ["Lữ Văn Hùng", "?Tô Việt Thu"]}],
        "localities": ["31825", "31813", "31816", "31822", "31828", "954", "95", "96"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
