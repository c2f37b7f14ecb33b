"""Gold for blind round 14, part b: 12 articles from the press pool (ThanhChinhBK/vietnews via ../shared/corpus/press), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_SRC = "ThanhChinhBK/vietnews data/{}_tokenized/{}.txt.seg (press pool)"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_train_072863.txt": _SRC.format("train", "072863"),
    "vietnews_train_080193.txt": _SRC.format("train", "080193"),
    "vietnews_train_083895.txt": _SRC.format("train", "083895"),
    "vietnews_train_083995.txt": _SRC.format("train", "083995"),
    "vietnews_train_088911.txt": _SRC.format("train", "088911"),
    "vietnews_train_090608.txt": _SRC.format("train", "090608"),
    "vietnews_train_099790.txt": _SRC.format("train", "099790"),
    "vietnews_train_102335.txt": _SRC.format("train", "102335"),
    "vietnews_val_003034.txt": _SRC.format("val", "003034"),
    "vietnews_val_004138.txt": _SRC.format("val", "004138"),
    "vietnews_val_014296.txt": _SRC.format("val", "014296"),
    "vietnews_val_018191.txt": _SRC.format("val", "018191"),
}


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


HCM = _hcm("Ủy ban nhân dân")
TU_HCM = _hcm("Thành ủy")
BTV_TU_HCM = _hcm("Ban Thường vụ Thành ủy")
HDND_HCM = _hcm("Hội đồng nhân dân") + "|Hội đồng nhân dân thành phố|HĐND TP"
SCT_HCM = _hcm("Sở Công thương") + "|Sở Công thương thành phố|Sở Công thương TP|Sở Công thương"
SVH_HCM = (_hcm("Sở Văn hóa và Thể thao") + "|" + _hcm("Sở Văn hóa - Thể thao")
           + "|Sở Văn hoá - thể thao TP|Sở Văn hóa - Thể thao thành phố|Sở Văn hóa - Thể thao|Sở Văn hóa và Thể thao")
SGTVT_HCM = _hcm("Sở Giao thông vận tải") + "|Sở Giao thông vận tải|Sở Giao thông Vận tải"
SGD_SL = ("Sở Giáo dục và Đào tạo tỉnh Sơn La|Sở GD-ĐT tỉnh Sơn La|Sở GD-ĐT Sơn La|Sở Giáo dục và Đào tạo Sơn La"
          "|Sở GD-ĐT|Sở Giáo dục và Đào tạo")
PKT_SL = ("Phòng Khảo thí và quản lý chất lượng Sở GD-ĐT Sơn La|Phòng khảo thí và quản lý chất lượng Sở GD-ĐT Sơn La"
          "|Phòng Khảo thí và Quản lý chất lượng Sở Giáo dục và Đào tạo tỉnh Sơn La"
          "|Phòng khảo thí và quản lý chất lượng|Phòng Khảo thí và quản lý chất lượng|" + SGD_SL)
UB_SL = "Ủy ban nhân dân tỉnh Sơn La|UBND tỉnh Sơn La|Ủy ban nhân dân tỉnh"
TU_SL = "Tỉnh ủy Sơn La|Ban Chấp hành Đảng bộ tỉnh Sơn La|Tỉnh ủy"
TU_HN = "Thành ủy Hà Nội|Thành ủy thành phố Hà Nội"
TD_HN = ("Thành đoàn Hà Nội|Đoàn TNCS Hồ Chí Minh thành phố Hà Nội|Đoàn TNCS Hồ Chí Minh TP Hà Nội"
         "|Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Hà Nội|Ban Chấp hành Thành đoàn Hà Nội"
         "|Ban Chấp hành Đoàn TNCS Hồ Chí Minh thành phố Hà Nội")
NHNN = "Ngân hàng Nhà nước|Ngân hàng Nhà nước Việt Nam|NH Nhà nước"
UB_LD = "Ủy ban nhân dân tỉnh Lâm Đồng|UBND tỉnh Lâm Đồng"
UBKT_HN = ("Ủy ban Kiểm tra Thành ủy Hà Nội|Ủy ban kiểm tra Thành ủy Hà Nội|Ủy ban Kiểm tra Thành ủy"
           "|Ủy ban Kiểm tra")
HDND_HN = "Hội đồng nhân dân thành phố Hà Nội|HĐND thành phố Hà Nội|Hội đồng nhân dân thành phố"
DN_HDND = "Hội đồng nhân dân thành phố Đà Nẵng|HĐND TP Đà Nẵng|Hội đồng nhân dân thành phố"
SVH_DN = ("Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng|Sở Văn hoá Thể thao và Du lịch Đà Nẵng"
          "|Sở Văn hóa, Thể thao và Du lịch|Sở Văn hoá Thể thao và Du lịch|Sở Văn hoá Đà Nẵng")
HDND_QT = "Hội đồng nhân dân tỉnh Quảng Trị|HĐND tỉnh Quảng Trị"
TU_QB = "Tỉnh ủy Quảng Bình|Tỉnh uỷ Quảng Bình"
SGD_QB = ("Sở Giáo dục và Đào tạo tỉnh Quảng Bình|Sở Giáo dục - đào tạo tỉnh Quảng Bình|Sở Giáo dục - đào tạo tỉnh"
          "|Sở Giáo dục - đào tạo|Sở Giáo dục và Đào tạo|Sở Giáo dục - dđo tạo|Sở Giáo dục - Đào tạo Quảng Bình")

GOLD = {
    # UBND tỉnh Sơn La revokes the retirement decision of the education director (exam-fraud case). No meeting of its
    # own: the Ban Bí thư meeting and the coming HĐND session are only mentioned -> None. His party posts were all
    # removed ("cách chức tất cả các chức vụ trong Đảng") -> optional; exam-board posts optional; Lò Văn Huynh is
    # "nguyên trưởng" in the caption -> optional. Review: the "chuyên viên" Nguyễn Thị Hồng Nga is a civil servant of
    # the Sở's office -> listed with an optional post (round-1 precedent "?Cán bộ"; Chu Thị Hoa in 088911).
    # No directive.
    "vietnews_train_072863.txt": {
        "officials": {
            "Hoàng Tiến Đức": [("Giám đốc", SGD_SL),
                               ("?Ủy viên", TU_SL),
                               ("?Bí thư", "Đảng ủy Sở Giáo dục và Đào tạo tỉnh Sơn La|Đảng ủy Sở GD-ĐT Sơn La"
                                           "|Đảng ủy Sở GD-ĐT tỉnh Sơn La|Đảng ủy Sở GD-ĐT|Đảng ủy"),
                               ("?Ủy viên", "Ban Chấp hành Đảng bộ Sở GD-ĐT Sơn La|Đảng bộ Sở GD-ĐT Sơn La"),
                               ("?Phó Trưởng ban Thường trực", "Ban chỉ đạo thi|Ban Chỉ đạo thi THPT quốc gia"),
                               ("?Chủ tịch", "hội đồng thi|Hội đồng thi"),
                               ("?Trưởng Ban", "Ban coi thi"),
                               ("?Trưởng Ban", "Ban chấm thi|Ban chấm thi THPT quốc gia")],
            "Tráng Thị Xuân": [("Phó Chủ tịch Thường trực", UB_SL), ("?Phó Chủ tịch", UB_SL)],
            "Trần Xuân Yến": [("Phó Giám đốc", SGD_SL)],
            "Lò Văn Huynh": [("?Trưởng phòng", PKT_SL)],
            "Nguyễn Thanh Nhàn": [("Phó Trưởng phòng", PKT_SL)],
            "Nguyễn Thị Hồng Nga": [("?Chuyên viên", PKT_SL)],
            "Cầm Thị Bun Sọn": [("Phó Trưởng phòng", "Phòng chính trị - tư tưởng|Phòng Chính trị - tư tưởng"
                                                     "|Phòng chính trị - tư tưởng Sở GD-ĐT Sơn La|" + SGD_SL)],
            "Đặng Hữu Thuỷ": [("?Phó Hiệu trưởng", "Trường THPT Tô Hiệu|Trường Trung học phổ thông Tô Hiệu")],
        },
        "meetings": None,
        "localities": ["14", "116"],
        "tasks": [],
    },
    # Congress (Đại hội đại biểu) of the Hà Nội Youth Union, session "hôm nay 19-10" electing the 2017-2022 executive
    # -> 2017-10-19 (year from the term, round-12 precedent). Chair not stated; the city's party secretary speaks at
    # the congress, the re-elected Thành đoàn secretary and the central Đoàn secretary (caption) have no attending cue
    # -> optional. The secretary's "đề nghị tổ chức Đoàn … tiếp tục đổi mới" (body), the quoted continuation
    # ("Đồng thời bám sát …": review -> same assignee, tổ chức Đoàn, named by the sentence before and by the lead) and
    # "tuổi trẻ thủ đô phải là lực lượng nòng cốt …; thực hiện hiệu quả quy tắc ứng xử" (two clauses on ';') are tasks; the
    # lead's copy and the headline optional. "Thành phố … sẽ có những chính sách" is a commitment.
    "vietnews_train_080193.txt": {
        "officials": {
            "Hoàng Trung Hải": [("Bí thư", TU_HN)],
            "Nguyễn Văn Thắng": [("Bí thư", TD_HN)],
            "Bùi Quang Huy": [("Bí thư", "Trung ương Đoàn|Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"
                                         "|Trung ương Đoàn TNCS Hồ Chí Minh|Ban Bí thư Trung ương Đoàn")],
        },
        "meetings": [{"date": "2017-10-19", "chair": None, "organizer": TD_HN, "locality": "01",
                      "attendees": ["?Hoàng Trung Hải", "?Nguyễn Văn Thắng", "?Bùi Quang Huy"]}],
        "localities": ["01"],
        "tasks": [
            ("tổ chức Đoàn từ thành phố đến cơ sở|tổ chức Đoàn|" + TD_HN,
             "tiếp tục đổi mới mạnh mẽ, tạo sức hấp dẫn hơn nữa"),
            ("tổ chức Đoàn từ thành phố đến cơ sở|tổ chức Đoàn|" + TD_HN,
             "bám sát sự lãnh đạo của cấp uỷ, nguyện vọng của thanh niên"),
            ("tuổi trẻ thủ đô", "là lực lượng nòng cốt thực hiện nhiệm vụ xây dựng người Hà Nội"),
            ("tuổi trẻ thủ đô", "thực hiện hiệu quả quy tắc ứng xử của đội ngũ cán bộ"),
            ("tổ chức Đoàn|" + TD_HN, "?bám sát nguyện vọng của thanh niên, chủ động nhận về mình"),
            ("Tuổi trẻ thủ đô|tuổi trẻ thủ đô", "?nhận về mình ' việc mới, việc khó '"),
        ],
    },
    # Conference (hội nghị) of the State Bank on black credit, "sáng 8-3" in TP Pleiku (no year written) -> date None;
    # chair not stated; organizer a national body -> locality None. All four officials only speak -> optional
    # attendees. The State Bank's request to Bộ Công an (one directive, comma-joined items) and its "chỉ đạo các NH"
    # are tasks; its "sẽ tiếp tục yêu cầu" (future) and the Lâm Đồng vice-chairman's proposals to the banking sector
    # (an attendee's proposal; also the lead's summary) are optional. Captions name Q. Phú Nhuận and Công an Đắk Nông.
    # The article text is partly in decomposed Unicode (NFD): three keys below are copied byte-exact from it.
    "vietnews_train_083895.txt": {
        "officials": {
            "Nguyễn Văn Yên": [("Phó Chủ tịch", UB_LD)],
            "Dương Văn Trang": [("Bí thư", "Tỉnh ủy Gia Lai|Tỉnh uỷ Gia Lai")],
            "Lê Minh Hưng": [("Thống đốc", NHNN)],
            "Đào Minh Tú": [("Phó Thống đốc", NHNN)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": NHNN, "locality": None,
                      "attendees": ["?Nguyễn Văn Yên", "?Dương Văn Trang", "?Lê Minh Hưng", "?Đào Minh Tú"]}],
        "localities": ["68", "64", "622", "79", "768", "67"],
        "tasks": [
            ("Bộ Công an", "khẩn trương trình Thủ tướng Chính phủ ban hành chỉ thị"),
            ("các NH|các ngân hàng|ngân hàng", "có mức lãi suất hợp lý để tạo điều kiện cho người vay"),
            ("các tổ chức tín dụng", "?xem xét gia hạn nợ, điều chỉnh kỳ hạn trả nợ"),
            ("ngành NH|ngành ngân hàng", "?rút gọn thủ tục cho vay nhanh nhất có thể"),
            ("ngành ngân hàng|ngành NH", "?tạo thuận lợi hơn nữa trong thủ tục cho vay"),
            (None, "?mạnh tay tổng kiểm tra các cơ sở cầm đồ"),
        ],
    },
    # TV dialogue programme "Lắng nghe và trao đổi" (6-1, Tết Kỷ Hợi 2019) held by HĐND TP. HCM with the city TV
    # station: a broadcast Q&A, not a session/conference -> []. The HĐND vice-chairwoman's "lưu ý … các đơn vị phải"
    # and its follow-on sentence ("cũng phải đảm bảo an toàn") are tasks; the Sở Công thương deputy's and Sở TNMT's
    # appeals to residents optional. "đảo Trường Sa" is an island, not listed; Yên Thế only in a product name
    # ("gà đồi Yên Thế") -> optional 215 (review).
    "vietnews_train_083995.txt": {
        "officials": {
            "Nguyễn Huỳnh Trang": [("Phó Giám đốc", SCT_HCM)],
            "Trương Thị Ánh": [("Phó Chủ tịch", HDND_HCM)],
            "Võ Trọng Nam": [("Phó Giám đốc", SVH_HCM)],
        },
        "meetings": [],
        "localities": ["79", "760", "?215"],
        "tasks": [
            ("các đơn vị", "hết sức quan tâm đến chất lượng hàng hoá cung ứng"),
            (None, "đảm bảo an toàn, không khuyến mãi hàng kém chất lượng"),
            ("người dân TP|người dân", "?chủ động mua hoa sớm hơn để chọn được hoa đẹp"),
            ("người dân TP|người dân", "?chú ý giữ gìn vệ sinh môi trường"),
        ],
    },
    # Nomination of the Hà Nội party inspection chief as "Công dân Thủ đô ưu tú" 2015. HĐND sessions of 2012/2014 are
    # only mentioned -> None. His earlier posts optional; HĐND deputy optional. Of the nine others: associations and
    # a public institute listed with optional posts; company heads and an artisan hold no public post; review: the
    # producers' association chair (Triệu Tiến Ích) listed like the other association chairs (precedent: Hiệp hội
    # chairs are listed); the police lieutenant-colonel of công an quận Hoàn Kiếm with an optional post. No directive.
    "vietnews_train_088911.txt": {
        "officials": {
            "Trần Trọng Dực": [("Chủ nhiệm", UBKT_HN),
                               ("Ủy viên", "Ban Thường vụ Thành ủy Hà Nội|Ban Thường vụ Thành ủy|Ban thường vụ Thành uỷ"),
                               ("?Đại biểu", HDND_HN),
                               ("?Trưởng Công an", "Công an huyện Thanh Trì|Công an các huyện Thanh Trì"),
                               ("?Trưởng Công an", "Công an quận Hoàng Mai|Công an Hoàng Mai"),
                               ("?Trưởng", "Công an huyện Thanh Trì|Công an quận Hoàng Mai"),
                               ("?Bí thư", "Huyện ủy Thanh Trì|Thanh Trì"),
                               ("?Chánh Thanh tra", "Thanh tra thành phố Hà Nội|Thanh tra thành phố")],
            "Vũ Hoan": [("?Chủ tịch", "Liên hiệp các hội Khoa học và Kỹ thuật Hà Nội"
                                     "|Liên hiệp các Hội Khoa học và Kỹ thuật thành phố Hà Nội")],
            "Chu Thuý Quỳnh": [("?Chủ tịch", "Hội nghệ sĩ múa Việt Nam|Hội Nghệ sĩ Múa Việt Nam")],
            "Nguyễn Tùng Lâm": [("?Chủ tịch", "Hội đồng Giáo dục Trường THPT Đinh Tiên Hoàng"),
                                ("?Chủ tịch", "Hội tâm lý giáo dục học Hà Nội|Hội Tâm lý Giáo dục học Hà Nội")],
            "Nguyễn Anh Trí": [("?Viện trưởng", "Viện Huyết học và Truyền máu trung ương|Viện Huyết học - Truyền máu Trung ương"
                                               "|Huyết học và Truyền máu trung ương")],
            "Chu Thị Hoa": [("?Cán bộ", "Công an quận Hoàn Kiếm")],
            "Triệu Tiến Ích": [("?Chủ tịch", "Hội Sản xuất và kinh doanh nhãn chín muộn huyện Hoài Đức"
                                           "|Hội Sản xuất và kinh doanh nhãn chín muộn")],
        },
        "meetings": None,
        "localities": ["01", "020", "008", "09544", "268", "274", "002"],
        "tasks": [],
    },
    # The 14th session of HĐND TP Đà Nẵng (8th term) "vừa kết thúc": no date/year -> None; chair not stated. The
    # culture director (proposal) and a delegate (objection) speak -> optional attendees. Proposals and commentary
    # by a Việt kiều and a researcher: no task.
    "vietnews_train_090608.txt": {
        "officials": {
            "Ngô Quang Vinh": [("Giám đốc", SVH_DN)],
            "Nguyễn Đăng Hải": [("?Đại biểu", DN_HDND)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": DN_HDND, "locality": "48",
                      "attendees": ["?Ngô Quang Vinh", "?Nguyễn Đăng Hải"]}],
        "localities": ["48"],
        "tasks": [],
    },
    # 10th session of HĐND tỉnh Quảng Trị, opening "sáng 18/7"; year 2019 from the report (first half vs 2018,
    # "dự toán địa phương năm 2019") -> 2019-07-18. Chair not stated; a delegate and the UBND chairman speak
    # (optional attendees). No directive.
    "vietnews_train_099790.txt": {
        "officials": {
            "Nguyễn Đức Chính": [("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị|UBND tỉnh Quảng Trị")],
            "Nguyễn Văn Lương": [("?Đại biểu", HDND_QT)],
        },
        "meetings": [{"date": "2019-07-18", "chair": None, "organizer": HDND_QT, "locality": "45",
                      "attendees": ["?Nguyễn Văn Lương", "?Nguyễn Đức Chính"]}],
        "localities": ["45"],
        "tasks": [],
    },
    # UBND TP HCM's report to HĐND on rural water quality; the coming HĐND session is only mentioned -> None. Three
    # reported assignments by UBND TP (chỉ đạo / được giao / đã giao). "Thủ Đức" (former district) -> optional 769.
    "vietnews_train_102335.txt": {
        "officials": {
            "Nguyễn Hữu Tín": [("Phó Chủ tịch", HCM)],
        },
        "meetings": None,
        "localities": ["79", "785", "784", "783", "786", "777", "761", "?769"],
        "tasks": [
            ("Các sở ngành và các quận huyện|Các sở ngành|các quận huyện",
             "thông báo kết quả xét nghiệm mẫu nước"),
            ("Tổng công ty cấp nước Sài Gòn|SAWACO|Tổng công ty cấp nước Sài Gòn (SAWACO)",
             "thiết kế mẫu thiết bị xử lý nước hộ gia đình"),
            ("các quận huyện|" + SGTVT_HCM + "|Công ty Cổ phần Hạ tầng nước Sài Gòn|Công ty Cổ phần Hạ tầng nước"
             "|Tổng Giám đốc SAWACO|SAWACO", "xây dựng mạng lưới, nâng cấp trạm cấp nước"),
        ],
    },
    # Conference (hội nghị / buổi làm việc) disseminating the Thành ủy standing committee's notice on new-rural
    # programme supervision, "chiều 2-11" (no year) -> date None; chair not stated; the standing deputy secretary and
    # the Củ Chi secretary speak (optional attendees). Saigon Co.op (cooperative) deputy CEO: no public post. Tasks:
    # the deputy secretary's "yêu cầu lãnh đạo 5 huyện" (one directive); his "cần bám sát các nội dung" optional; the
    # Củ Chi secretary's proposal to the city is an attendee's proposal (optional).
    "vietnews_val_003034.txt": {
        "officials": {
            "Trương Văn Thống": [("Bí thư", "Huyện ủy Củ Chi|Huyện uỷ Củ Chi")],
            "Tất Thành Cang": [("Phó Bí thư Thường trực", TU_HCM), ("?Phó Bí thư", TU_HCM)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": TU_HCM + "|" + BTV_TU_HCM, "locality": "79",
                      "attendees": ["?Tất Thành Cang", "?Trương Văn Thống"]}],
        "localities": ["79", "783", "784", "786", "787", "785"],
        "tasks": [
            ("lãnh đạo 5 huyện Hóc Môn, Củ Chi, Nhà Bè, Cần Giờ, Bình Chánh|lãnh đạo 5 huyện|5 huyện",
             "bám sát địa phương, kiên trì đeo bám"),
            (None, "?bám sát các nội dung như phát triển hạ tầng"),
            ("Thành phố|" + HCM, "?đầu tư bộ dụng cụ xét nghiệm nhanh"),
        ],
    },
    # Urgent meeting (cuộc họp khẩn) of Thường trực Tỉnh ủy Quảng Bình, "Chiều 4-6" (no year) -> date None; chair not
    # stated, the provincial secretary gives the conclusions (optional attendee). Four body directives: police
    # (investigate and report: one clause), exam board / Sở (discipline invigilators), the bare sentence
    # "Kiểm điểm, xử lý ban ra đề thi" (no assignee), the director's public apology. Lead and headline copies optional.
    "vietnews_val_004138.txt": {
        "officials": {
            "Hoàng Đăng Quang": [("Bí thư", TU_QB)],
            "Đinh Quý Nhân": [("Giám đốc", SGD_QB)],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": "Thường trực Tỉnh ủy Quảng Bình|Ban Thường vụ Tỉnh ủy Quảng Bình|" + TU_QB,
                      "locality": "44", "attendees": ["?Hoàng Đăng Quang"]}],
        "localities": ["44", "450", "457"],
        "tasks": [
            ("Công an tỉnh Quảng Bình|Công an tỉnh", "nhanh chóng vào cuộc điều tra làm rõ trách nhiệm"),
            ("Ban chỉ đạo thi tỉnh|Ban chỉ đạo thi tỉnh Quảng Bình|" + SGD_QB,
             "kiểm điểm và xử lý nghiêm hai giáo viên coi thi"),
            (None, "Kiểm điểm, xử lý ban ra đề thi"),
            (SGD_QB + "|giám đốc Sở Giáo dục - đào tạo tỉnh|Đinh Quý Nhân",
             "công khai xin lỗi và nhận trách nhiệm trước người dân"),
            ("Công an tỉnh Quảng Bình|công an tỉnh này|công an", "?nhanh chóng vào cuộc điều tra việc ra đề thi"),
            ("Công an tỉnh Quảng Bình|công an", "?điều tra vụ ' trùng đề thi '"),
        ],
    },
    # Bộ GTVT's written guidance on the self-drive Chinese tourist-car pilot in Móng Cái. No meeting. The guidance's
    # "phải" items addressed to the pilot company ("phải hướng dẫn xe đi theo đoàn") and to "Các cơ quan chức năng của
    # Quảng Ninh" are directives (review: a ministry's written guidance is an authority's directive, as UBND Hà Nội's
    # chỉ thị on investors in round14_a); the permit-form rule ("cho rằng"), the travellers' declaration and the
    # province's coordination (after the PM's approval) are optional. Đông Hưng is in China: not a locality.
    "vietnews_val_014296.txt": {
        "officials": {
            "Nguyễn Tấn Dũng": [("Thủ tướng", "Chính phủ")],
        },
        "meetings": [],
        "localities": ["22", "194"],
        "tasks": [
            ("Công ty này|Công ty Cổ phần Du lịch và Dịch vụ Hồng Gai", "hướng dẫn xe đi theo đoàn"),
            ("Các cơ quan chức năng của Quảng Ninh|Các cơ quan chức năng|cơ quan chức năng",
             "thực hiện theo nguyên tắc đoàn vào lần trước xuất cảnh"),
            ("cơ quan chức năng", "?không sử dụng mẫu giấy phép loại B"),
            ("Người và phương tiện nhập cảnh", "?làm thủ tục khai báo tại bộ phận cửa khẩu"),
            ("Tỉnh Quảng Ninh|Ủy ban nhân dân tỉnh Quảng Ninh", "?phối hợp làm việc với Bộ GTVT để có phương án"),
        ],
    },
    # UBND tỉnh Bà Rịa - Vũng Tàu supports the Novaland Safari project (notice); no meeting, no public official named
    # (Novaland's CEO: private company). The reported directive "đã chỉ đạo tiếp tục làm việc với các sở" (assignee not
    # named) is the task. "Hồ Tràm" is no administrative unit.
    "vietnews_val_018191.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["77", "26656", "751", "79"],
        "tasks": [
            (None, "tiếp tục làm việc với các sở, ban ngành liên quan"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
