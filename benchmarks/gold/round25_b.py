"""Gold for blind round 25, part b: 12 articles from the post-2025 pool (benchmarks/rounds/post2025/pool), annotated by GUIDE.md before any build.

Review rulings (second reader): (1) plo_875563: "phiên họp thường kỳ tháng 9-2025" is the session's own edition label
(round-20 settled note; part a's Đà Nẵng "tháng 10/2025" alike), and "sau ba tháng thực hiện chính quyền địa phương hai
cấp" agrees -> 2025-10-14 kept (score.py compares one date string, so no alternatives). (2) plo_875563 chair: the
UBND chairman gives the conclusions of his own UBND's regular session -> he presides (round-24 096858: the official
whose conclusions they are presides; round-22: a body's head named present chairs) -> chair Trương Cảnh Tuyên
(replaces round-14's older "concluding != chủ trì"). The key "quý IV còn lại TP phải tăng tốc" stays: it starts with
the time adverbial, not with the verb, assigner or assignee, and "tăng tốc" alone is too short. (3) phuongbenthanh:
the "Hội nghị sinh hoạt đại biểu" held by the Đảng ủy is a meeting; by the same rule as (2) the secretary who "Phát
biểu kết luận" at her Party committee's conference chairs (chair Hoàng Thị Tố Nga, no longer an attendee). Heads who
only speak or open (giaoninh "quán triệt mục đích …", laodongthudo, trangtraiviet "Phát biểu khai mạc") stay chair
None (round-23 Chánh Phú Hòa). (4) laodongthudo: None kept ("năm 2025" reviewed year, "nhiệm kỳ 2026 - 2031" a term).
(5) haiphong-hungthang: the badge ceremony held "gắn với" the 9-month review conference is one meeting (the review
conference), date written 24/9/2025. (6) plo_post873179: the dialogue / "buổi làm việc" held by the commune leaders is a
meeting (round-23 phulien); chair left None — "lãnh đạo xã" is collective and the UBND chairman is present unnamed, so
the secretary's presiding is not certain (None is not scored). (7) sggp_809085, trangtraiviet: attending former
officials are required attendees with their former posts optional (round-21 / round-24 016484). (8) vneconomy: the
civil-defence command's 23/8 meeting told in one sentence -> None (passing). (9) sggp_post839335: the ward's reported
orders with assignee and concrete action are required (round-22/23 reported-order rule), their comma tails optional;
no meeting -> [].
"""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "giaoninh-ninhbinh_btv-chuan-bi-daihoi.txt": "https://giaoninh.ninhbinh.gov.vn/en/hoi-nghi-ban-thuong-vu-dang-uy-xa-mo-rong-chuan-bi-cac-dieu-kien-to-chuc-dai-hoi-dai-bieu-dang-bo-xa-giao-ninh-lan-thu-i-nhiem-ky-2025-2030",
    "haiphong-hungthang_785518.txt": "http://hungthang.haiphong.gov.vn/tin-tuc-su-kien/dang-bo-xa-hung-thang-to-chuc-le-trao-tang-huy-hieu-dang-cho-dang-vien-dot-2-9-2025-va-hoi-nghi--785518",
    "laodongthudo_202718.txt": "https://laodongthudo.vn/hdnd-phuong-phu-dien-danh-gia-nhiem-vu-trong-diem-tai-ky-hop-cuoi-nam-202718.html",
    "myhoahungangiang_590.txt": "https://myhoahung.angiang.gov.vn/node/590",
    "nghiatrungdongnai_155.txt": "https://nghiatrung.dongnai.gov.vn/vi/news/xay-dung-dang-doan-the/dang-uy-xa-nghia-trung-to-chuc-hoi-nghi-lay-y-kien-gop-y-vao-du-thao-cac-van-kien-dai-hoi-dang-bo-xa-nhiem-ky-2025-2030-155.html",
    "phuongbenthanh_51027.txt": "https://phuongbenthanh.gov.vn/?p=51027",
    "plo_875563.txt": "https://plo.vn/tp-can-tho-giai-ngan-dau-tu-cong-thap-hon-binh-quan-ca-nuoc-post875563.html",
    "plo_post873179.txt": "https://plo.vn/bi-thu-xa-o-tay-ninh-cong-khai-so-dien-thoai-moi-doanh-nghiep-goi-thang-khi-gap-kho-post873179.html",
    "sggp_809085.txt": "https://www.sggp.org.vn/xay-dung-phuong-sai-gon-thanh-hinh-mau-chinh-quyen-dia-phuong-2-cap-hien-dai-van-minh-hieu-qua-post809085.html",
    "sggp_post839335.txt": "https://www.sggp.org.vn/phuong-phuoc-thang-thuc-hien-an-tet-gon-lam-viec-som-vao-viec-ngay-post839335.html",
    "trangtraiviet-danviet_d1366023.txt": "https://trangtraiviet.danviet.vn/bi-thu-tinh-uy-son-la-hoang-quoc-khanh-nhan-manh-3-nhiem-vu-quan-trong-tai-dai-hoi-d1366023.html",
    "vneconomy_so-tan-bao-so-5.txt": "https://vneconomy.vn/hang-chuc-nghin-nguoi-dan-mien-trung-da-duoc-so-tan-an-toan-truoc-bao-so-5.htm",
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


def dac_khu(head, name):
    """A body of a special zone (`đặc khu` is no admin-type word for the scorer): with and without the word."""
    return f"{head} đặc khu {name}|{head} {name}|{head} Đặc khu {name}"


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"

# Ninh Bình: xã Giao Ninh (province not named)
GN = "Giao Ninh"
DU_GN = commune("Đảng ủy", "xã", GN) + "|Đảng ủy"

# Hải Phòng: xã Hùng Thắng
HT = "Hùng Thắng"
DU_HT = commune("Đảng ủy", "xã", HT) + "|Đảng ủy"

# Hà Nội: phường Phú Diễn
PD = "Phú Diễn"
HD_PD = commune("Hội đồng nhân dân", "phường", PD)

# An Giang: xã Mỹ Hòa Hưng
MHH = "Mỹ Hòa Hưng"
DU_MHH = commune("Đảng ủy", "xã", MHH) + "|Đảng ủy"
HD_MHH = commune("Hội đồng nhân dân", "xã", MHH)

# Đồng Nai: xã Nghĩa Trung
NT = "Nghĩa Trung"
DU_NT = commune("Đảng ủy", "xã", NT) + "|Đảng ủy"

# TPHCM: phường Bến Thành
BT = "Bến Thành"
DU_BT = commune("Đảng ủy", "phường", BT) + "|Đảng ủy"

# Cần Thơ
UB_CT = "Ủy ban nhân dân thành phố Cần Thơ|Ủy ban nhân dân TP Cần Thơ"

# Tây Ninh: xã Long Cang
LC = "Long Cang"
DU_LC = commune("Đảng ủy", "xã", LC) + "|Đảng ủy"

# TPHCM
TU_HCM = _hcm("Thành ủy") + "|Thành ủy"
UB_HCM = _hcm("Ủy ban nhân dân")
HD_HCM = _hcm("Hội đồng nhân dân")
BTV_HCM = _hcm("Ban Thường vụ Thành ủy") + "|Ban Thường vụ Thành ủy"
PT = "Phước Thắng"
DU_PT = commune("Đảng ủy", "phường", PT) + "|Đảng ủy"

# Sơn La
TU_SL = "Tỉnh ủy Sơn La|Tỉnh ủy"

GOLD = {
    # Expanded conference of the standing board (Ban Thường vụ) of the Party committee of xã Giao Ninh (Ninh Bình
    # portal; province not named) checking the preparations of the commune's first Party congress, "Chiều ngày
    # 04/08/2025" -> 2025-08-04. No chair stated; the secretary speaks "Tại hội nghị" with no attending cue
    # (optional attendee). His "khẳng định: Đại hội … là sự kiện chính trị quan trọng …" is a statement; his
    # conclusion and the subcommittees' assignments (MANIFEST) are beyond the stored text -> no task. "Ủy viên Ban
    # chấp hành Đảng bộ tỉnh" = Tỉnh ủy viên (the province implied by the portal). Xã Giao Ninh (2025) = 14212 (a new
    # name; the code is the old xã Giao Phong's); Ninh Bình 37 only implied: optional.
    "giaoninh-ninhbinh_btv-chuan-bi-daihoi.txt": {
        "officials": {
            "Doãn Quang Hùng": [("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Ninh Bình|Ban Chấp hành Đảng bộ tỉnh"
                                            "|Tỉnh ủy Ninh Bình|Tỉnh ủy"),
                                ("Bí thư", DU_GN), ("Chủ tịch", commune("Hội đồng nhân dân", "xã", GN))],
        },
        "meetings": [{"date": "2025-08-04", "chair": None,
                      "organizer": f"Ban Thường vụ Đảng ủy xã {GN}|Ban Thường vụ Đảng ủy xã|Ban Thường vụ Đảng ủy|"
                                   + DU_GN + "|" + dang_bo(f"xã {GN}"),
                      "locality": "14212", "attendees": ["?Doãn Quang Hùng"]}],
        "localities": ["14212", "?37"],
        "tasks": [],
    },
    # The Party organization of xã Hùng Thắng (Hải Phòng) holds the Party-badge ceremony (đợt 2/9/2025) together with
    # ("gắn với") its conference reviewing 9 months and deploying the last 3 months, "Chiều ngày 24/9/2025" ->
    # 2025-09-24. The ceremony alone would be no meeting; the review conference (hội nghị sơ kết) held with it is one
    # meeting (see doubts). "Tới dự có" the secretary / HĐND chairman, the deputy secretary / UBND chairman and the
    # standing deputy secretary -> attendees; no chair. Results only (admissions, badges). Xã Hùng Thắng = 11809 (same
    # code); Hải Phòng 31 (via "Đại hội Đảng bộ Thành phố Hải Phòng").
    "haiphong-hungthang_785518.txt": {
        "officials": {
            "Đỗ Mạnh Hiếu": [("Bí thư", DU_HT), ("Chủ tịch", commune("Hội đồng nhân dân", "xã", HT))],
            "Nguyễn Ngọc Huy": [("Phó Bí thư", DU_HT), ("Chủ tịch", commune("Ủy ban nhân dân", "xã", HT))],
            "Nguyễn Anh Tú": [("Phó Bí thư Thường trực", DU_HT), ("?Phó Bí thư", DU_HT)],
        },
        "meetings": [{"date": "2025-09-24", "chair": None, "organizer": dang_bo(f"xã {HT}"), "locality": "11809",
                      "attendees": ["Đỗ Mạnh Hiếu", "Nguyễn Ngọc Huy", "Nguyễn Anh Tú"]}],
        "localities": ["11809", "31"],
        "tasks": [],
    },
    # Sixth (regular, year-end) session of the HĐND of phường Phú Diễn (Hà Nội; the city named only as "Thủ đô"),
    # "Ngày 9/12" (no date line; the session reviews "năm 2025" — a reviewed period, and "nhiệm kỳ 2026 - 2031" (sic)
    # a term — neither the session's own year -> date None by the round-20 rule; see doubts). No chair stated; the
    # secretary / HĐND chairman speaks "Phát biểu tại kỳ họp" (no attending cue: optional). His "khẳng định đây là kỳ
    # họp cuối năm có ý nghĩa đặc biệt …" is a statement; "kỳ họp còn tập trung thực hiện chủ trương lớn …" narrative.
    # Phường Phú Diễn = 00619 (same code); Hà Nội 01 not named: optional.
    "laodongthudo_202718.txt": {
        "officials": {
            "Nguyễn Lê Hoàng": [("Bí thư", commune("Đảng ủy", "phường", PD) + "|Đảng ủy"), ("Chủ tịch", HD_PD)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": HD_PD, "locality": "00619",
                      "attendees": ["?Nguyễn Lê Hoàng"]}],
        "localities": ["00619", "?01"],
        "tasks": [],
    },
    # Fourth (thematic) session of the HĐND of xã Mỹ Hòa Hưng (An Giang portal; province not named), "Sáng ngày
    # 14/11/2025" -> 2025-11-14. "chủ tọa kỳ họp" the secretary / HĐND chairman -> chair; "Tham dự kỳ họp có" the
    # standing deputy secretary ("Phó Bí thư Thường trực xã" = of the commune's Party committee) and the UBND
    # chairman -> attendees. The chairman's opening "nhấn mạnh: Các nội dung trình kỳ họp … đều là những vấn đề cấp
    # thiết" is a statement; the four resolutions passed are results. Xã Mỹ Hòa Hưng = 30313 (same code); An Giang
    # (2025 91, old 89) not named: optional.
    "myhoahungangiang_590.txt": {
        "officials": {
            "Võ Minh Tuấn": [("Bí thư", DU_MHH), ("Chủ tịch", HD_MHH)],
            "Cao Hoàng Huy": [("Phó Bí thư Thường trực", DU_MHH + f"|xã {MHH}|xã"), ("?Phó Bí thư", DU_MHH)],
            "Lý Huỳnh Nhật Nam": [("Chủ tịch", commune("Ủy ban nhân dân", "xã", MHH))],
        },
        "meetings": [{"date": "2025-11-14", "chair": "Võ Minh Tuấn", "organizer": HD_MHH, "locality": "30313",
                      "attendees": ["Cao Hoàng Huy", "Lý Huỳnh Nhật Nam"]}],
        "localities": ["30313", "?91|89"],
        "tasks": [],
    },
    # Conference of the Party committee of xã Nghĩa Trung (Đồng Nai portal; province not named) collecting opinions on
    # the draft documents of the commune's Party congress, "Sáng 01/8" under the date line "01/08/2025" ->
    # 2025-08-01. "Dự và chủ trì hội nghị có" the standing deputy secretary -> chair; "cùng dự" the deputy secretary /
    # UBND chairman -> attendee. The drafts heard are no directive. Xã Nghĩa Trung (Đồng Nai 2025) = 25417 (old xã
    # Nghĩa Trung of Bù Đăng, Bình Phước = 25423, merged into it); Đồng Nai 75 not named: optional.
    "nghiatrungdongnai_155.txt": {
        "officials": {
            "Nguyễn Chí Thanh": [("Phó Bí thư Thường trực", DU_NT), ("?Phó Bí thư", DU_NT)],
            "Nguyễn Văn Lưu": [("Phó Bí thư", DU_NT), ("Chủ tịch", commune("Ủy ban nhân dân", "xã", NT))],
        },
        "meetings": [{"date": "2025-08-01", "chair": "Nguyễn Chí Thanh", "organizer": DU_NT + "|" + dang_bo(f"xã {NT}"),
                      "locality": "25417|25423", "attendees": ["Nguyễn Văn Lưu"]}],
        "localities": ["25417|25423", "?75"],
        "tasks": [],
    },
    # Conference (Hội nghị sinh hoạt đại biểu) of the Party committee of phường Bến Thành (TPHCM; city not named) for
    # the delegates to the ward's first Party congress, "Chiều ngày 18/8/2025" -> 2025-08-18: a conference held by the
    # Party committee (briefing of delegates, with an app demonstration) -> a meeting (see doubts). Four officials under
    # "Tham dự Hội nghị có" -> attendees; no chair stated (the secretary concludes: concluding != chủ trì, round-14
    # precedent; she stays a required attendee by the "Tham dự" cue). Her conclusion: "Tiểu Ban Phục vụ Đại hội cần
    # thực hiện nghiêm túc, chu đáo công tác chuẩn bị" and "đề nghị các đại biểu nắm vững nội dung, phát huy tinh thần
    # trách nhiệm …" (one comma-joined directive). Phường Bến Thành = 26743 (same code); TPHCM 79 not named: optional.
    "phuongbenthanh_51027.txt": {
        "officials": {
            "Hoàng Thị Tố Nga": [("Bí thư", DU_BT), ("Chủ tịch", commune("Hội đồng nhân dân", "phường", BT))],
            "Nguyễn Kim Đức": [("Phó Bí thư Thường trực", DU_BT), ("?Phó Bí thư", DU_BT)],
            "Mai Thị Hồng Hoa": [("Phó Bí thư", DU_BT), ("Chủ tịch", commune("Ủy ban nhân dân", "phường", BT))],
            "Phạm Thị Ngọc Minh": [("Ủy viên", f"Ban Thường vụ Đảng ủy phường {BT}|Ban Thường vụ Đảng ủy phường"
                                              "|Ban Thường vụ Đảng ủy|Ban Thường vụ"),
                                   ("Chủ tịch", mttq(f"phường {BT}") + "|" + mttq("phường"))],
        },
        # review: the secretary who gives the conclusions of her Party committee's conference chairs (round-24 096858,
        # round-22 body's head present); the chair is no attendee (GUIDE), so she leaves the attendee list.
        "meetings": [{"date": "2025-08-18", "chair": "Hoàng Thị Tố Nga", "organizer": DU_BT + "|" + dang_bo(f"phường {BT}"),
                      "locality": "26743",
                      "attendees": ["Nguyễn Kim Đức", "Mai Thị Hồng Hoa", "Phạm Thị Ngọc Minh"]}],
        "localities": ["26743", "?79"],
        "tasks": [
            ("Tiểu Ban Phục vụ Đại hội|Tiểu ban Phục vụ Đại hội", "thực hiện nghiêm túc, chu đáo công tác chuẩn bị"),
            ("các đại biểu|đại biểu", "nắm vững nội dung, phát huy tinh thần trách nhiệm"),
        ],
    },
    # Regular session (phiên họp thường kỳ) of UBND TP Cần Thơ for September 2025, online to 103 communes/wards,
    # "Chiều 14-10" (no date line). Year: the session's own title "phiên họp thường kỳ tháng 9-2025" carries its
    # edition month/year (round-20 settled note on a title's edition year), and "sau ba tháng thực hiện chính quyền
    # địa phương hai cấp" places it three months after 1/7/2025 -> 2025-10-14 (see doubts). Chair not stated (the
    # chairman concludes: concluding != chủ trì) -> optional attendee. Directives: "yêu cầu trong quý IV còn lại TP
    # phải tăng tốc" (the city) and "yêu cầu các sở, ngành và xã, phường phải đoàn kết, thống nhất cao …". The
    # assessments and problems are narrative. Cần Thơ 92.
    "plo_875563.txt": {
        "officials": {
            "Trương Cảnh Tuyên": [("Chủ tịch", UB_CT)],
        },
        # review: chair = the UBND chairman who concludes his UBND's own regular session (round-24 096858: the official
        # whose conclusions they are presides; round-22: the body's head named present chairs).
        "meetings": [{"date": "2025-10-14", "chair": "Trương Cảnh Tuyên", "organizer": UB_CT, "locality": "92",
                      "attendees": []}],
        "localities": ["92"],
        "tasks": [
            ("TP|thành phố|TP Cần Thơ|thành phố Cần Thơ|" + UB_CT, "quý IV còn lại TP phải tăng tốc"),
            ("các sở, ngành và xã, phường|các sở, ngành|xã, phường",
             "đoàn kết, thống nhất cao về quan điểm hành động"),
        ],
    },
    # Dialogue of the leaders of xã Long Cang (Tây Ninh) with over 100 enterprises, "Chiều 30-9" under the date line
    # 01/10/2025 -> 2025-09-30; called "buổi làm việc": a dialogue held by the authorities is a meeting (round-23
    # phulien precedent, unlike tiếp xúc cử tri); organizer the commune (its Party committee / UBND, MANIFEST). No
    # chair stated; the secretary speaks "Tại buổi làm việc" (optional attendee). His "Các vị cứ gọi thẳng cho tôi …"
    # is an invitation to the enterprises and "chính quyền sẽ luôn đồng hành" a commitment -> no task. Xã Long Cang =
    # 28126 (same code); Tây Ninh (2025) 80 (old Long An's code; old Tây Ninh 72 as alternative, round-21 precedent);
    # TP.HCM 79 named ("cung ứng cho TP.HCM"). Industrial parks are no units.
    "plo_post873179.txt": {
        "officials": {
            "Phan Nhân Duy": [("Bí thư", DU_LC)],
        },
        "meetings": [{"date": "2025-09-30", "chair": None,
                      "organizer": DU_LC + "|" + commune("Ủy ban nhân dân", "xã", LC) + f"|xã {LC}",
                      "locality": "28126", "attendees": ["?Phan Nhân Duy"]}],
        "localities": ["28126", "80|72", "79"],
        "tasks": [],
    },
    # First congress of the Party organization of phường Sài Gòn (TPHCM), "Sáng 19-8" (no date line; the congress's own
    # title "lần thứ I, nhiệm kỳ 2025-2030" -> 2025-08-19, rounds 17/19/21 rule). The city's UBND chairman "đến dự và
    # phát biểu chỉ đạo", and "Tham dự còn có" the HĐND standing vice-chairman and two former officials (former posts
    # only, optional; round-21 precedent: attending former officials are attendees). No chair. His speech as stored
    # only congratulates; the headline's "Xây dựng phường Sài Gòn thành hình mẫu …" (his direction, body cut from the
    # store) optional. Phường Sài Gòn (2025) = 26740 (a new name; the old phường Bến Nghé's code); TPHCM 79.
    "sggp_809085.txt": {
        "officials": {
            "Nguyễn Văn Được": [("Ủy viên", BCHTW), ("Phó Bí thư", TU_HCM), ("Chủ tịch", UB_HCM)],
            "Phạm Thành Kiên": [("Ủy viên", BTV_HCM), ("Phó Chủ tịch Thường trực", HD_HCM), ("?Phó Chủ tịch", HD_HCM)],
            "Tô Thị Bích Châu": [("?Phó Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
                                                   "|Ủy ban Trung ương MTTQ Việt Nam")],
            "Trần Kim Yến": [("?Ủy viên", BTV_HCM),
                             ("?Chủ nhiệm", _hcm("Ủy ban Kiểm tra Thành ủy") + "|Ủy ban Kiểm tra Thành ủy")],
        },
        "meetings": [{"date": "2025-08-19", "chair": None, "organizer": dang_bo("phường Sài Gòn"), "locality": "26740",
                      "attendees": ["Nguyễn Văn Được", "Phạm Thành Kiên", "Tô Thị Bích Châu", "Trần Kim Yến"]}],
        "localities": ["26740", "79"],
        "tasks": [
            (None, "?Xây dựng phường Sài Gòn thành hình mẫu chính quyền địa phương"),
        ],
    },
    # The secretary of phường Phước Thắng (TPHCM) reports (21-2, Tết 2026) the ward's orders to its agencies: no
    # meeting at all -> []. Reported orders with assignee and concrete action are tasks (round-22 one rule): line 3's
    # "đã yêu cầu các cơ quan, đơn vị trực thuộc nhanh chóng trở lại công việc …" (the lead repeats it word for word:
    # one key; its comma tail "không để thời gian nghỉ tết …" optional) and line 4's "Đảng ủy phường … yêu cầu các cơ
    # quan, đơn vị bắt tay vào việc ngay …; động viên các doanh nghiệp …; tập trung cho công tác bầu cử và giao quân"
    # (split on ';': 3; the comma tail "không để không khí tết …" optional). The city's BTV is named only as the source
    # of a directive. Phường Phước Thắng (2025) = 26542 (a new name; the old phường 12 of Vũng Tàu's code); TPHCM 79.
    "sggp_post839335.txt": {
        "officials": {
            "Nguyễn Tấn Bản": [("Bí thư", DU_PT)],
        },
        "meetings": [],
        "localities": ["26542", "79"],
        "tasks": [
            ("các cơ quan, đơn vị trực thuộc|các cơ quan, đơn vị", "nhanh chóng trở lại công việc"),
            ("các cơ quan, đơn vị|các cơ quan, đơn vị trực thuộc", "bắt tay vào việc ngay từ ngày làm việc đầu tiên"),
            ("các cơ quan, đơn vị|các cơ quan, đơn vị trực thuộc",
             "động viên các doanh nghiệp sản xuất, kinh doanh sau kỳ nghỉ tết"),
            ("các cơ quan, đơn vị|các cơ quan, đơn vị trực thuộc", "tập trung cho công tác bầu cử và giao quân"),
            ("các cơ quan, đơn vị trực thuộc|các cơ quan, đơn vị",
             "?không để thời gian nghỉ tết ảnh hưởng đến tiến độ"),
            ("các cơ quan, đơn vị|các cơ quan, đơn vị trực thuộc",
             "?không để không khí tết làm ảnh hưởng đến công việc"),
        ],
    },
    # Opening of the 16th congress of the Party organization of Sơn La, "Sáng 28/9" (no date line; the congress's own
    # title "lần thứ XVI, nhiệm kỳ 2025 – 2030" -> 2025-09-28, rounds 17/19/21 rule). "Tham dự Đại hội có" the
    # Politburo member / Hà Nội secretary and the former NA standing vice-chairwoman (former posts only, optional)
    # -> attendees. No chair; the provincial secretary gives the opening speech (no attending cue: optional). The
    # speech as stored reports the preparations (narrative); the headline's "3 nhiệm vụ" are beyond the store. Sơn La
    # 14; Hà Nội 01 (via "Thành ủy Hà Nội").
    "trangtraiviet-danviet_d1366023.txt": {
        "officials": {
            "Bùi Thị Minh Hoài": [("Ủy viên", "Bộ Chính trị"),
                                  ("Bí thư", "Thành ủy Hà Nội|Thành ủy thành phố Hà Nội|Thành ủy")],
            "Tòng Thị Phóng": [("?Ủy viên", "Bộ Chính trị"), ("?Phó Chủ tịch Thường trực", "Quốc hội"),
                               ("?Phó Chủ tịch", "Quốc hội")],
            "Hoàng Quốc Khánh": [("Bí thư", TU_SL)],
        },
        "meetings": [{"date": "2025-09-28", "chair": None, "organizer": dang_bo("tỉnh Sơn La") + "|Tỉnh ủy Sơn La",
                      "locality": "14", "attendees": ["Bùi Thị Minh Hoài", "Tòng Thị Phóng", "?Hoàng Quốc Khánh"]}],
        "localities": ["14", "01"],
        "tasks": [],
    },
    # Round-up of the evacuations before storm no. 5; the stored part is đặc khu Cồn Cỏ (Quảng Trị). The civil-defence
    # command's meeting of 23/8 is told in one sentence ("đã tổ chức họp triển khai …") -> mentioned in passing: None
    # (round-21 Thái Nguyên precedent; no year written either). "Lực lượng chức năng đã phân công …" and the
    # evacuation are narrative; the secretary / chairman only reports ("cho biết"). Đặc khu Cồn Cỏ = 19742 (old huyện
    # đảo 471 as alternative, round-8 precedent); Quảng Trị (2025) 44 (old 45). "Bắc Trung Bộ" is a region.
    "vneconomy_so-tan-bao-so-5.txt": {
        "officials": {
            "Trần Xuân Anh": [("Bí thư", dac_khu("Đảng ủy", "Cồn Cỏ") + "|Đảng ủy"),
                              ("Chủ tịch", dac_khu("Ủy ban nhân dân", "Cồn Cỏ"))],
        },
        "meetings": None,
        "localities": ["19742|471", "44|45"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
