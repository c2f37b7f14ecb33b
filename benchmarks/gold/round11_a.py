"""Gold for blind round 11, part A: 13 articles from the press pool (ThanhChinhBK/vietnews via ../shared/corpus/press), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_SRC = "ThanhChinhBK/vietnews data/{}_tokenized/{}.txt.seg (press pool)"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_test_003045.txt": _SRC.format("test", "003045"),
    "vietnews_test_018494.txt": _SRC.format("test", "018494"),
    "vietnews_test_019270.txt": _SRC.format("test", "019270"),
    "vietnews_test_019455.txt": _SRC.format("test", "019455"),
    "vietnews_train_009995.txt": _SRC.format("train", "009995"),
    "vietnews_train_010094.txt": _SRC.format("train", "010094"),
    "vietnews_train_017310.txt": _SRC.format("train", "017310"),
    "vietnews_train_059942.txt": _SRC.format("train", "059942"),
    "vietnews_train_062725.txt": _SRC.format("train", "062725"),
    "vietnews_train_066524.txt": _SRC.format("train", "066524"),
    "vietnews_train_067093.txt": _SRC.format("train", "067093"),
    "vietnews_train_067639.txt": _SRC.format("train", "067639"),
    "vietnews_train_085597.txt": _SRC.format("train", "085597"),
}


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


HCM = _hcm("Ủy ban nhân dân")
TU_HCM = _hcm("Thành ủy")
BNN = ("Bộ Nông nghiệp và Phát triển nông thôn|Bộ NN&PTNT|Bộ NN & PTNT|Bộ Nông nghiệp và phát triển nông thôn"
       "|Bộ Nông nghiệp")
BGTVT = "Bộ Giao thông Vận tải|Bộ Giao thông vận tải|Bộ GTVT|Bộ Giao thông"
BKHDT = "Bộ Kế hoạch và Đầu tư|Bộ Kế hoạch - đầu tư|Bộ Kế hoạch - Đầu tư|Bộ KH-ĐT"
TCDB = "Tổng cục Đường bộ Việt Nam|Tổng cục Đường bộ|TCĐBVN"
BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"
TBT = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam|Ban Chấp hành Trung ương Đảng|Đảng Cộng sản Việt Nam"
TU_DN = "Thành ủy Đà Nẵng|Thành ủy thành phố Đà Nẵng"
DDBQH_DN = ("Đoàn đại biểu Quốc hội thành phố Đà Nẵng|Đoàn đại biểu Quốc hội TP Đà Nẵng|Đoàn đại biểu Quốc hội Đà Nẵng"
            "|Đoàn đại biểu Quốc hội")
UB_NA = "Ủy ban nhân dân tỉnh Nghệ An"
SO_HCM = ("|".join(_hcm(s) for s in ("Sở Tài nguyên và Môi trường", "Sở Quy hoạch - Kiến trúc", "Sở Xây dựng"))
          + "|Sở Tài nguyên Môi trường|Sở Quy hoạch Kiến trúc|Sở Xây dựng|Sở Tài nguyên và Môi trường"
          + "|Sở Quy hoạch - Kiến trúc")
CTY_QL91 = ("công ty CP đầu tư Quốc lộ 91 Cần Thơ - An Giang|Công ty cổ phần đầu tư Quốc lộ 91 Cần Thơ - An Giang"
            "|nhà đầu tư")
UB_UB = "Ủy ban nhân dân thành phố Uông Bí|UBND TP. Uông Bí|TP. Uông Bí|thành phố Uông Bí"

GOLD = {
    # Hà Nội's 2019 IT plan issued by UBND TP on 12-2: plan targets only (no official, no meeting, no directive).
    "vietnews_test_003045.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["01"],
        "tasks": [],
    },
    # Conference on the pangasius sector chaired by the Minister of Agriculture, 18-2 at An Giang; the year 2019 from
    # the text ("giữ đỉnh trong năm 2019", 2018 = "năm ngoái"). The An Giang vice-chairman and the Đồng Tháp secretary
    # only speak (optional attendees); their warnings/advice to "các tỉnh" are attendees' opinions, no tasks. The Nam
    # Việt chairman is a private company's (not listed). Tasks: the minister's conclusion.
    "vietnews_test_018494.txt": {
        "officials": {
            "Nguyễn Xuân Cường": [("Bộ trưởng", BNN)],
            "Trần Anh Thư": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh An Giang")],
            "Lê Minh Hoan": [("Bí thư", "Tỉnh ủy Đồng Tháp")],
        },
        "meetings": [{"date": "2019-02-18", "chair": "Nguyễn Xuân Cường", "organizer": BNN, "locality": "89",
                      "attendees": ["?Trần Anh Thư", "?Lê Minh Hoan"]}],
        "localities": ["89", "87"],
        "tasks": [
            (None, "không được ngủ quên trên chiến thắng"),
            ("chính quyền các địa phương ở ĐBSCL|chính quyền các địa phương", "phải quản lý thật chặt"),
            (None, "Dứt khoát phải kiểm soát được quy hoạch"),
            ("Các doanh nghiệp|doanh nghiệp", "?cần tập trung ứng dụng công nghệ mới nhất"),
            (None, "?còn 20% cần rà lại và vận động liên kết"),
            ("lãnh đạo các địa phương", "?Trách nhiệm này là của chúng ta"),
        ],
    },
    # Voters' meeting (tiếp xúc cử tri) of the Đà Nẵng National Assembly delegation, "Sáng 19/12" -> meetings None
    # (dev precedent). The Hội nữ doanh nhân member holds no public post (not listed); the UBND chairman is unnamed.
    # The 2013 inspection's demand on UBND TP is background; the deputy head's request to residents is optional.
    "vietnews_test_019270.txt": {
        "officials": {
            "Nguyễn Bá Sơn": [("Phó Trưởng đoàn", DDBQH_DN), ("?Phó đoàn", DDBQH_DN)],
            "Võ Thị Như Hoa": [("?Đại biểu Quốc hội", "Quốc hội|" + DDBQH_DN), ("?Đại biểu", "Quốc hội|" + DDBQH_DN),
                               ("Giám đốc", "Sở Tư pháp thành phố Đà Nẵng|Sở Tư pháp Đà Nẵng")],
        },
        "meetings": None,
        "localities": ["48", "493", "01", "31", "30"],
        "tasks": [
            ("Ủy ban nhân dân thành phố Đà Nẵng|UBND TP Đà Nẵng", "?thu hồi, huỷ bỏ hoặc điều chỉnh giấy chứng nhận"),
            (None, "?đề nghị người dân gửi hồ sơ liên quan"),
        ],
    },
    # Hà Nội construction inspectors disciplined (UBND TP's report to the HĐND). The HĐND's sixth session is only
    # mentioned -> None. No named official (Võ Hải is the author). The Sở's disciplinary steps are done (optional).
    "vietnews_test_019455.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["01", "019"],
        "tasks": [
            (None, "?chỉ đạo Chánh thanh tra Sở ban hành 33 quyết định"),
            (None, "?yêu cầu 9 tập thể nghiêm túc tổ chức rút kinh nghiệm"),
        ],
    },
    # Cai Lậy and other BOT toll stations: statements of the road administration (15-1); the ministry's coming working
    # session with UBND Tiền Giang is only mentioned -> None. The ministry's assignment to Tổng cục Đường bộ is the
    # task. "BOT Cai Lậy" names a station (optional 817); Chợ Mới only as a road's end (optional 065).
    "vietnews_train_009995.txt": {
        "officials": {
            "Nguyễn Văn Huyện": [("Tổng cục trưởng", TCDB)],
            "Nguyễn Mạnh Thắng": [("Phó Tổng cục trưởng", TCDB)],
        },
        "meetings": None,
        "localities": ["82", "19", "06", "01", "243", "26", "?817", "?065"],
        "tasks": [
            (TCDB, "rà soát lại lưu lượng, các điều kiện an toàn giao thông"),
        ],
    },
    # Meeting of the Thường trực Chính phủ on the two HCMC metro lines, "chiều 13-4", chaired by the PM; no year in the
    # text -> date None. The PM's conclusion: one task per directive sentence; the lead's summary is optional.
    "vietnews_train_010094.txt": {
        "officials": {
            "Nguyễn Xuân Phúc": [("Thủ tướng", "Chính phủ")],
        },
        "meetings": [{"date": None, "chair": "Nguyễn Xuân Phúc", "organizer": "Thường trực Chính phủ|Chính phủ",
                      "locality": None, "attendees": []}],
        "localities": ["79"],
        "tasks": [
            (None, "nhấn mạnh quyết tâm đẩy nhanh tiến độ dự án"),
            (None, "phải bảo đảm yếu tố pháp luật của dự án"),
            (HCM + "|UBND TP. HCM", "tập hợp các hồ sơ có liên quan về đầu tư xây dựng"),
            (BGTVT, "chủ trì hoàn thiện báo cáo thẩm định"),
            (BGTVT + "|Bộ trưởng Bộ Giao thông vận tải", "bộ trưởng Bộ Giao thông vận tải trình Thủ tướng xem xét"),
            (BGTVT + "|" + HCM + "|các bộ liên quan", "giải trình các nội dung liên quan thuộc thẩm quyền"),
            ("các bộ|" + BKHDT + "|Bộ Tài chính|Bộ Xây dựng|Bộ Tư pháp|Văn phòng Chính phủ",
             "cùng chung tay phối hợp với mục tiêu chung"),
            (None, "lưu ý việc chống tham ô, tham nhũng, tiêu cực"),
            (BGTVT + "|" + BKHDT, "?thẩm định, thống nhất trình Thủ tướng xem xét"),
            (BGTVT, "?có thể thành lập tổ chuyên gia thẩm định"),
        ],
    },
    # Closing of the 6th plenum of the XII Central Committee, "bế mạc sáng 11-10" (no year written -> None); chair not
    # stated, the General Secretary gives the closing speech (optional attendee). Nguyễn Xuân Anh is stripped of his
    # posts at this plenum (all optional). The "Ví dụ như" list (items the plenum deems ripe) is optional; the
    # directives proper ("chỉ rõ", "nhấn mạnh", "lưu ý", "đề nghị", "phải xử lý nghiêm") are required.
    "vietnews_train_017310.txt": {
        "officials": {
            "Nguyễn Phú Trọng": [("Tổng Bí thư", TBT)],
            "Nguyễn Xuân Anh": [("?Ủy viên", BCHTW), ("?Bí thư", TU_DN),
                                ("?Ủy viên", "Ban Thường vụ Thành ủy Đà Nẵng"),
                                ("?Ủy viên", "Ban Chấp hành Đảng bộ thành phố Đà Nẵng|" + TU_DN)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": BCHTW + "|Trung ương", "locality": None,
                      "attendees": ["?Nguyễn Phú Trọng"]}],
        "localities": ["48"],
        "tasks": [
            (None, "Tập trung ưu tiên triển khai ngay những việc đã rõ"),
            (None, "tiếp tục nghiên cứu, tổng kết, quyết định sau"),
            ("các bộ, cơ quan thuộc Chính phủ", "rà soát, chuyển giao một số nhiệm vụ và dịch vụ công"),
            (None, "Tiếp tục hoàn thiện thể chế về chính quyền địa phương"),
            (None, "Đổi mới mạnh mẽ nội dung và phương thức hoạt động"),
            ("từng uỷ viên Ban chấp hành trung ương và mọi cán bộ, đảng viên, công chức"
             "|từng ủy viên Ban Chấp hành Trung ương|mọi cán bộ, đảng viên, công chức|cán bộ, đảng viên, công chức",
             "thường xuyên tu dưỡng, rèn luyện"),
            (None, "chúng ta phải xử lý nghiêm, làm nghiêm từ trên xuống dưới"),
            (None, "?Kết thúc hoạt động của các Ban Chỉ đạo Tây Bắc"),
            (None, "?Tổ chức lại Đảng bộ Ngoài nước và Đảng bộ Bộ Ngoại giao"),
            (None, "?Sắp xếp lại tổ chức bộ máy, đổi mới hoạt động"),
            (None, "?đẩy mạnh xây dựng tổ chức đảng và phát triển đảng viên"),
            (None, "?Tăng cường phân cấp, phân quyền hợp lý"),
            (None, "?Rà soát, sắp xếp giảm các ban chỉ đạo"),
            (None, "?Thường xuyên tự soi, tự sửa, tự răn mình"),
            (None, "?cần nghiêm túc rút kinh nghiệm"),
        ],
    },
    # Opinion column addressed to the Đà Nẵng secretary (still in post on 29/9). The UBKT Trung ương's 18th session is
    # only mentioned through its press release -> None; its proposal to the Politburo/CC is a proposal to superiors
    # (optional). "bán đảo Sơn Trà" names a peninsula (optional 493).
    "vietnews_train_059942.txt": {
        "officials": {
            "Nguyễn Xuân Anh": [("Bí thư", TU_DN)],
        },
        "meetings": None,
        "localities": ["48", "?493"],
        "tasks": [
            ("Bộ Chính trị|" + BCHTW, "?xem xét, thi hành kỷ luật đối với Ban Thường vụ"),
        ],
    },
    # Working session of UBND tỉnh Nghệ An with the FLC group, 18/9/2017; chair not stated; four provincial leaders under
    # "Tham dự buổi làm việc". FLC's people are a private company's (not listed); FLC's proposals are no tasks. The
    # chairman's "giao" is the task. Provinces named as FLC project/donation sites are listed.
    "vietnews_train_062725.txt": {
        "officials": {
            "Nguyễn Xuân Đường": [("Phó Bí thư", "Tỉnh ủy Nghệ An"), ("Chủ tịch", UB_NA)],
            "Lê Minh Thông": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An"), ("Phó Chủ tịch", UB_NA)],
            "Hoàng Viết Đường": [("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Nghệ An")],
            "Huỳnh Thanh Điền": [("Phó Chủ tịch", UB_NA)],
        },
        "meetings": [{"date": "2017-09-18", "chair": None, "organizer": UB_NA + "|Tập đoàn FLC", "locality": "40",
                      "attendees": ["Nguyễn Xuân Đường", "Lê Minh Thông", "Hoàng Viết Đường", "Huỳnh Thanh Điền"]}],
        "localities": ["40", "429", "17836", "17833", "42", "44", "38", "52", "26", "22", "31"],
        "tasks": [
            ("các ngành liên quan và huyện Nghi Lộc|các ngành liên quan|huyện Nghi Lộc|Ủy ban nhân dân huyện Nghi Lộc",
             "khẩn trương hoàn chỉnh các thủ tục"),
        ],
    },
    # Working session (buổi gặp gỡ và làm việc) of the HCMC leaders with the Real Estate Association, "Chiều 23/1" (no
    # year -> None); chair not stated; the vice-chairman speaks (optional attendee). The association's chairman is
    # listed with his post, as in round 2 (vietnews_train_094753) and dev (Hiệp hội Du lịch Đà Nẵng); he reports at the
    # session (optional attendee). UBND TP's assignment to three departments is the task; his advice to businesses, the
    # press and the public is optional.
    "vietnews_train_066524.txt": {
        "officials": {
            "Trần Vĩnh Tuyến": [("Phó Chủ tịch", HCM)],
            "Lê Hoàng Châu": [("Chủ tịch", "Hiệp hội Bất động sản Thành phố Hồ Chí Minh|Hiệp hội Bất động sản TP. HCM"
                                           "|Hiệp hội Bất động sản TP HCM|hiệp hội Bất động sản TP|Hiệp hội Bất động sản")],
        },
        "meetings": [{"date": None, "chair": None, "organizer": HCM, "locality": "79",
                      "attendees": ["?Trần Vĩnh Tuyến", "?Lê Hoàng Châu"]}],
        "localities": ["79"],
        "tasks": [
            (SO_HCM, "triển khai công khai minh bạch tính pháp lý"),
            (None, "?Phải nhận diện lại một số doanh nghiệp bất động sản"),
            ("Báo chí", "?Báo chí cũng nên cẩn thận"),
            ("người dân và doanh nghiệp", "?đề nghị người dân và doanh nghiệp cần bình tĩnh"),
            ("doanh nghiệp", "?doanh nghiệp phải hoạt động đúng pháp luật"),
            (None, "?cần phải tìm hiểu rõ nguồn gốc"),
        ],
    },
    # Written requests (văn bản 3204) of the road administration on the T2 toll station, QL91: no meeting, no named
    # official. One task per request sentence; the continuation sentences name no assignee.
    "vietnews_train_067093.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["87", "89", "92", "91"],
        "tasks": [
            (CTY_QL91, "nghiên cứu, đề xuất phương án giảm giá dịch vụ"),
            (None, "Tiếp tục cập nhật, xem xét giảm giá cho các phương tiện"),
            ("Ủy ban nhân dân tỉnh Đồng Tháp|UBND tỉnh Đồng Tháp", "căn cứ phạm vi bán kính tối đa 10km"),
            (None, "Tổ chức tuyên truyền, vận động lái xe và người dân"),
            ("Ủy ban nhân dân tỉnh An Giang|Ủy ban nhân dân tỉnh Kiên Giang|Ủy ban nhân dân thành phố Cần Thơ"
             "|Ủy ban nhân dân tỉnh TP. Cần Thơ", "tiếp tục chỉ đạo các cơ quan của địa phương rà soát"),
            ("Cục Quản lý đường bộ IV", "chủ trì, tổ chức thực hiện kiểm tra xác định"),
            (None, "?báo cáo kết quả về TCĐBVN trong ngày 28/5/2019"),
        ],
    },
    # Ba Vàng pagoda: an expert's interview (former deputy head of a public institute: optional post) and UBND tỉnh
    # Quảng Ninh's urgent letter of 20/3 (three directives split on ';'). The city's earlier sessions with the pagoda
    # are only mentioned -> None. Thích Nhất Hạnh and Phạm Thị Yến hold no public post.
    "vietnews_train_067639.txt": {
        "officials": {
            "Lê Quý Đức": [("?Phó Viện trưởng", "Viện Văn hóa và Phát triển|viện Văn hoá và Phát triển")],
            "Nguyễn Mạnh Hà": [("Chủ tịch", "Ủy ban nhân dân thành phố Uông Bí")],
        },
        "meetings": None,
        "localities": ["22", "196"],
        "tasks": [
            (UB_UB, "chủ trì, phối hợp với sở Nội vụ"),
            (UB_UB, "có biện pháp kịp thời ngăn chặn, xử lý nghiêm"),
            (UB_UB, "thông tin cho các cơ quan báo chí biết kết quả giải quyết"),
        ],
    },
    # Conference (Hội nghị gặp gỡ) of the HCMC secretary with 100+ real-estate businesses, "Sáng 10-4": chaired by him.
    # No year written (only "Tháng 10-2018" in the past) -> date None. Businesses' complaints and wishes are no tasks;
    # the Quốc Cường Gia Lai director is a private company's (not listed); Gia Lai only in the company name.
    "vietnews_train_085597.txt": {
        "officials": {
            "Nguyễn Thiện Nhân": [("Bí thư", TU_HCM)],
        },
        "meetings": [{"date": None, "chair": "Nguyễn Thiện Nhân", "organizer": TU_HCM + "|" + HCM, "locality": "79",
                      "attendees": []}],
        "localities": ["79", "786", "?64"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
