"""Gold for blind round 24, part a: 13 articles from the press pool (ThanhChinhBK/vietnews), annotated by GUIDE.md before any build.

Review rulings (second reader): (1) 002143 "đang cho thanh tra toàn diện …": the chairman's own order (causative
"cho") with a concrete action -> required, assignee None (round-22 rule: a reported order is a task whether carried
out or under way). (2) 019347: the city's socio-economic meeting of 4-4 is the article's event (the district chairman's
report there) -> a meeting, chair None; organizer not written ("lãnh đạo TP"): UBND TP or Thành ủy accepted (round-22
HCMC reform-conference practice). "yêu cầu phải báo cáo tình hình hàng ngày" is the district's own plan ("Chúng tôi lên
kế hoạch") -> optional. (3) 021627: the ';' noun-phrase items extending "làm rõ" optional (round-22 096474); the
minister's post optional (ministry not named). (4) 020829: a penalty decision's "buộc … bàn giao ngay …" is an
authority's concrete order to a named party -> both required; the Sở Tư pháp's "đề nghị" to a peer department is
advice, optional (contrast round-22 094605, where the HĐND supervises the addressee). (5) 063966: the garbled current
order kept required; the truncated "chủ trì ngh" optional. (6) 071919: a working record's "thống nhất … sẽ tiếp tục"
are agreed terms, not directives -> optional. (7) 017485 "yêu cầu làm lại": the order's object is left implicit and
the key is two words -> optional (borderline). (8) 020735: a standing chủ trương and a future "sẽ yêu cầu" optional
(round-20 016940, round-22 001849). (9) 065888: a contractor's site commander holds a company post -> not listed
(round-18 precedent for contractors)."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_SRC = "ThanhChinhBK/vietnews data/{}_tokenized/{}.txt.seg (press pool)"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_test_002143.txt": _SRC.format("test", "002143"),
    "vietnews_test_013188.txt": _SRC.format("test", "013188"),
    "vietnews_test_021627.txt": _SRC.format("test", "021627"),
    "vietnews_train_017485.txt": _SRC.format("train", "017485"),
    "vietnews_train_018809.txt": _SRC.format("train", "018809"),
    "vietnews_train_019347.txt": _SRC.format("train", "019347"),
    "vietnews_train_020735.txt": _SRC.format("train", "020735"),
    "vietnews_train_020829.txt": _SRC.format("train", "020829"),
    "vietnews_train_063966.txt": _SRC.format("train", "063966"),
    "vietnews_train_064951.txt": _SRC.format("train", "064951"),
    "vietnews_train_065888.txt": _SRC.format("train", "065888"),
    "vietnews_train_071919.txt": _SRC.format("train", "071919"),
    "vietnews_train_078532.txt": _SRC.format("train", "078532"),
}


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


CP = "Chính phủ"
UB_HCM = _hcm("Ủy ban nhân dân") + "|Ủy ban nhân dân thành phố|UBND TP"
STC_HCM = _hcm("Sở Tài chính") + "|Sở Tài chính thành phố|Sở Tài chính"
SXD_HCM = _hcm("Sở Xây dựng") + "|Sở Xây dựng thành phố|Sở Xây dựng TP|Sở Xây dựng"
SCT_HCM = _hcm("Sở Công thương") + "|" + _hcm("Sở Công Thương") + "|Sở Công thương|Sở Công Thương"
TT_HCM = _hcm("Thanh tra") + "|Thanh tra thành phố|Thanh tra TP"

HN = "Ủy ban nhân dân thành phố Hà Nội|Ủy ban nhân dân TP Hà Nội|UBND TP Hà Nội"
BTG_HN = "Ban Tuyên giáo Thành ủy Hà Nội|Ban Tuyên giáo Thành ủy thành phố Hà Nội"

UB_KG = "Ủy ban nhân dân tỉnh Kiên Giang|UBND tỉnh Kiên Giang"
TTCP = "Thanh tra Chính phủ"

UB_DN = "Ủy ban nhân dân thành phố Đà Nẵng|Ủy ban nhân dân TP Đà Nẵng|UBND TP Đà Nẵng"
DDBQH_DN = "Đoàn đại biểu Quốc hội thành phố Đà Nẵng|Đoàn đại biểu Quốc hội TP Đà Nẵng|Đoàn đại biểu Quốc hội Đà Nẵng"
VKS_DN = ("Viện Kiểm sát nhân dân thành phố Đà Nẵng|Viện kiểm sát nhân dân TP Đà Nẵng|Viện Kiểm sát nhân dân Đà Nẵng"
          "|VKSND TP Đà Nẵng")

TNMT_TB = ("Phòng Tài nguyên - Môi trường huyện Tịnh Biên|Phòng Tài nguyên và Môi trường huyện Tịnh Biên"
           "|Phòng Tài nguyên - Môi trường|Phòng Tài nguyên và Môi trường")
STNMT_AG = ("Sở Tài nguyên - Môi trường An Giang|Sở Tài nguyên và Môi trường tỉnh An Giang"
            "|Sở Tài nguyên và Môi trường An Giang|Sở Tài nguyên - Môi trường tỉnh An Giang")
DMTB = ("Công ty TNHH Đức Mai Tịnh Biên|công ty Đức Mai Tịnh Biên|Công ty Đức Mai Tịnh Biên|công ty này|doanh nghiệp"
        "|đại diện doanh nghiệp|doanh nghiệp này")

GOLD = {
    # Conference (hội nghị) chaired by the HCMC chairman approving the Sở Tài chính's 2019 work plan, afternoon 13-2
    # (2019 names the plan: round-20 date rule) -> date None; held at the Sở (caption "buổi làm việc tại Sở Tài chính"):
    # organizer UBND TP or the Sở; the director reports (optional attendee). Task: the chairman's affirmation that he
    # "đang cho thanh tra toàn diện việc đi nước ngoài của các đơn vị" = an order he has given (reported order with a
    # concrete action, round-22 rule; no assignee named) -> required in the body, the lead's copy optional. The
    # director's "Sở Tài chính đề nghị Thanh tra TP có đánh giá toàn diện …" is an attendee's proposal (optional); the
    # chairman's "Theo ông, Sở Tài chính phải có tư duy …" a view, "có thể tham mưu ngay" a permission (optional).
    # TP HCM 79.
    "vietnews_test_002143.txt": {
        "officials": {
            "Nguyễn Thành Phong": [("Chủ tịch", UB_HCM)],
            "Phan Thị Thắng": [("Giám đốc", STC_HCM)],
        },
        "meetings": [{"date": None, "chair": "Nguyễn Thành Phong", "organizer": UB_HCM + "|" + STC_HCM,
                      "locality": "79", "attendees": ["?Phan Thị Thắng"]}],
        "localities": ["79"],
        "tasks": [
            (None, "thanh tra toàn diện việc đi nước ngoài của các đơn vị"),
            (None, "?thanh tra toàn diện việc đi nước ngoài ở các đơn vị"),
            (TT_HCM, "?có đánh giá toàn diện các đoàn công tác nước ngoài"),
            (STC_HCM, "?có tư duy của người tham mưu chính sách"),
            (STC_HCM, "?có thể tham mưu ngay"),
        ],
    },
    # Press briefing (giao ban báo chí) of Thành ủy Hà Nội, afternoon 29/12 -> not a meeting (round-5/14/20 precedent).
    # "Phó Ban Tuyên giáo" = Phó Trưởng ban (the short form optional). The Sở KHĐT leader "ông Nam" has no full name
    # (not listed). Tasks: the city's reported order "đã cho chỉ đạo tạm dừng triển khai dự án xây dựng TTTM …" (body;
    # the lead's copy optional, same words) and the Government's reported "giao cho Bộ Xây dựng, Bộ Công Thương nghiên
    # cứu, thiết kế mô hình chợ kết hợp TTTM". "Thành phố sẽ xử lý nghiêm …" a commitment (optional). Hà Nội 01, Bắc Từ
    # Liêm 021, Gia Lâm 018, xã Ninh Hiệp 00535; Cửa Nam (market) and Xuân La (TTTM) only as names -> optional.
    "vietnews_test_013188.txt": {
        "officials": {
            "Trần Xuân Hà": [("Phó Trưởng ban", BTG_HN), ("?Phó ban", BTG_HN)],
        },
        "meetings": [],
        "localities": ["01", "021", "018", "00535", "?00073", "?00103"],
        "tasks": [
            (None, "tạm dừng triển khai dự án xây dựng TTTM"),
            ("Bộ Xây dựng, Bộ Công Thương|Bộ Xây dựng|Bộ Công Thương", "nghiên cứu, thiết kế mô hình chợ kết hợp TTTM"),
            (None, "?tạm dừng triển khai dự án xây dựng TTTM"),
            ("Thành phố|thành phố|" + HN, "?xử lý nghiêm những người cố tình gây mất trật tự"),
        ],
    },
    # Interview of the Kiên Giang Party secretary in the National Assembly's hallway (6/6) -> not a meeting; the first
    # session of the national steering committee and the 2/4 announcement of the inspection decision are passing
    # mentions -> meetings None. Trần Hồng Hà's ministry is not named (optional post). Tasks: the PM's order quoted by
    # the secretary "yêu cầu các địa phương chuẩn bị để khi Luật thông qua …"; the Deputy PM's reported "giao Thanh tra
    # Chính phủ bổ sung nội dung trên vào quyết định 106", "đồng thời lưu ý, cần tập trung làm rõ trách nhiệm quản lý
    # đất đai; việc san lấp …; việc giải quyết tách thửa …" (the two ';' items are noun phrases extending "làm rõ" ->
    # optional, as round-22 096474's verbless third item) and "yêu cầu UBND tỉnh Kiên Giang kiểm tra và xử lý …" (its
    # comma part "báo cáo kết quả …" optional). The secretary's "Phú Quốc vẫn phải tiếp tục thu hút nhà đầu tư" (a
    # view), the province's decision to stop land conversions and the VPCP summary "về thanh tra việc quản lý …"
    # optional. Kiên Giang 91, (huyện) Phú Quốc 911.
    "vietnews_test_021627.txt": {
        "officials": {
            "Nguyễn Thanh Nghị": [("Bí thư", "Tỉnh ủy Kiên Giang|Tỉnh ủy")],
            "Trần Hồng Hà": [("?Bộ trưởng", "Bộ Tài nguyên và Môi trường|Bộ")],
            "Trương Hoà Bình": [("Phó Thủ tướng", CP)],
            "Đặng Công Huẩn": [("Phó Tổng Thanh tra", TTCP), ("?Phó Tổng Thanh tra Chính phủ", TTCP)],
        },
        "meetings": None,
        "localities": ["91", "911"],
        "tasks": [
            ("các địa phương", "chuẩn bị để khi Luật thông qua thì mô hình đặc khu"),
            (TTCP, "bổ sung nội dung trên vào quyết định 106"),
            (TTCP, "tập trung làm rõ trách nhiệm quản lý đất đai"),
            (UB_KG, "kiểm tra và xử lý các công trình vi phạm trên đất nông nghiệp"),
            (TTCP, "?việc san lấp, phân lô, xây dựng hạ tầng và nhà ở"),
            (TTCP, "?việc giải quyết tách thửa và cấp giấy chứng nhận"),
            (UB_KG, "?báo cáo kết quả lên Thủ tướng trước ngày 1/7"),
            (None, "?thanh tra việc quản lý, sử dụng đất nông nghiệp"),
            ("Phú Quốc", "?tiếp tục thu hút nhà đầu tư"),
            (None, "?dừng chuyển đổi mục đích sử dụng đất"),
        ],
    },
    # Disputed election of a commune vice-chairwoman (Hưng Thạnh, Tháp Mười). The commune Party committee's conference
    # and the HĐND vote of 19-6 are recalled -> meetings None. The Women's Union vice-chairwoman holds a mass-
    # organization post (listed); "bà Đ. T.B. H." has no name. The spokesman post is a function (optional). The huyện
    # ủy's "phát hiện sai và yêu cầu làm lại" is a reported order whose action is only "làm lại" (too vague/short:
    # optional). Đồng Tháp 87, huyện Tháp Mười 872, xã Hưng Thạnh 30043.
    "vietnews_train_017485.txt": {
        "officials": {
            "Lê Thị Huyền Trân": [("Phó Chủ tịch", "Hội Liên hiệp Phụ nữ xã Hưng Thạnh|Hội Phụ nữ xã Hưng Thạnh"
                                                  "|Hội Liên hiệp Phụ nữ xã|Hội Phụ nữ xã")],
            "Phan Duy Thanh": [("Trưởng ban", "Ban Tuyên giáo Huyện ủy Tháp Mười|Ban Tuyên giáo Huyện ủy huyện Tháp Mười"),
                               ("?Người phát ngôn", "Huyện ủy Tháp Mười|Huyện ủy huyện Tháp Mười")],
        },
        "meetings": None,
        "localities": ["87", "872", "30043"],
        "tasks": [
            (None, "?làm lại"),
        ],
    },
    # Resignation of HCMC vice-chairman Lê Văn Khoa (still in office: required post). The HĐND session "Ngày mai 24-4"
    # is only announced (no proceedings) -> meetings None (round-22 015839 rule). His district and Sở posts are former
    # (optional). The reassignment "Trần Vĩnh Tuyến được phân công theo dõi, chỉ đạo các lĩnh vực …" is a division of
    # duties (optional). TP HCM 79, tỉnh Quảng Nam 49 (birthplace), Q. 5 774.
    "vietnews_train_018809.txt": {
        "officials": {
            "Lê Văn Khoa": [("Phó Chủ tịch", UB_HCM), ("?Chủ tịch", "Ủy ban nhân dân quận 5|Ủy ban nhân dân Quận 5"),
                            ("?Phó Giám đốc", SCT_HCM), ("?Giám đốc", SCT_HCM)],
            "Trần Vĩnh Tuyến": [("Phó Chủ tịch", UB_HCM)],
        },
        "meetings": None,
        "localities": ["79", "49", "774"],
        "tasks": [
            ("Trần Vĩnh Tuyến|Phó chủ tịch UBND TP", "?theo dõi, chỉ đạo các lĩnh vực do ông Lê Văn Khoa phụ trách"),
        ],
    },
    # City's socio-economic meeting (cuộc họp), afternoon 4-4 (no year) -> date None; held by the city (lãnh đạo TP;
    # TP HCM not named but inferable from Bình Chánh: organizer both forms), chair not stated; the district chairman
    # reports there (optional attendee). Tasks: the city leaders' "yêu cầu báo cáo giải trình về tình hình xây dựng không
    # phép" (to the district chairman) and the district's reported "đã giao Công an huyện điều tra xem có tình trạng
    # tiếp tay …". Optional: his arrangement "yêu cầu phải báo cáo tình hình hàng ngày" (the district's own plan for its
    # cadres), his view "nên có xử lý hình sự …" and his "kiến nghị TP rà soát các dự án này" (proposal upward).
    # Huyện Bình Chánh 785 (TP HCM only implied: its code is an ancestor, not extra).
    "vietnews_train_019347.txt": {
        "officials": {
            "Trần Phú Lữ": [("Chủ tịch", "Ủy ban nhân dân huyện Bình Chánh|Ủy ban nhân dân huyện")],
        },
        # review: organizer not written ("lãnh đạo TP") -> UBND TP or Thành ủy accepted (doubt a2; meeting kept).
        "meetings": [{"date": None, "chair": None, "organizer": UB_HCM + "|" + _hcm("Thành ủy") + "|Thành ủy",
                      "locality": "79", "attendees": ["?Trần Phú Lữ"]}],
        "localities": ["785"],
        "tasks": [
            ("Trần Phú Lữ|Chủ tịch UBND huyện Bình Chánh|Chủ tịch Ủy ban nhân dân huyện Bình Chánh"
             "|Ủy ban nhân dân huyện Bình Chánh|huyện Bình Chánh",
             "báo cáo giải trình về tình hình xây dựng không phép"),
            ("Công an huyện|Công an huyện Bình Chánh", "điều tra xem có tình trạng tiếp tay giữa cán bộ"),
            ("cán bộ địa chính, cán bộ quản lý địa bàn|cán bộ địa chính|cán bộ quản lý địa bàn",
             "?báo cáo tình hình hàng ngày"),
            (None, "?xử lý hình sự với những tổ chức, cá nhân"),
            ("TP|thành phố|" + UB_HCM, "?rà soát các dự án này"),
        ],
    },
    # Unlicensed sand digging in xã An Cư caught in the act (16-5): a field inspection; the commune chairman's session
    # with the company is recalled -> meetings None (round-20 rule: recalled verification left unscored). Tasks: the
    # Phòng TN-MT head's "Chúng tôi yêu cầu công ty này dừng ngay, chờ giấy phép …" and the commune chairman's reported
    # "yêu cầu tạm dừng, chờ giấy phép mới thực hiện tiếp" (to the company's representative). Optional: the province's
    # standing policy "giao UBND các huyện chủ trì việc hạ đất gò cao" (a chủ trương, round-20 016940), the director's
    # "Sở vẫn phải nắm được để kiểm tra, giám sát" and his future "Tôi sẽ yêu cầu UBND huyện báo cáo …" (commitment).
    # An Giang 89, huyện Tịnh Biên 890, xã An Cư 30526 (ấp Bà Đen is no unit).
    "vietnews_train_020735.txt": {
        "officials": {
            "Nguyễn Hùng Cường": [("Trưởng phòng", TNMT_TB)],
            "Mao Kim Hên": [("Chủ tịch", "Ủy ban nhân dân xã An Cư|Ủy ban nhân dân xã")],
            "Trần Đặng Đức": [("Giám đốc", STNMT_AG)],
        },
        "meetings": None,
        "localities": ["89", "890", "30526"],
        "tasks": [
            (DMTB, "dừng ngay, chờ giấy phép mới tiếp tục thực hiện"),
            (DMTB, "tạm dừng, chờ giấy phép mới thực hiện tiếp"),
            ("UBND các huyện|Ủy ban nhân dân các huyện|các huyện", "?chủ trì việc hạ đất gò cao"),
            (STNMT_AG + "|Sở", "?nắm được để kiểm tra, giám sát"),
            ("UBND huyện|Ủy ban nhân dân huyện Tịnh Biên|Ủy ban nhân dân huyện", "?báo cáo cụ thể vụ việc này"),
        ],
    },
    # Apartment maintenance funds withheld by developers (HCMC). No meeting (the residents' "hội nghị nhà chung cư" is
    # no authority's) -> []. Management-board heads/deputies are residents (not listed). Tasks: UBND TP's reported
    # "giao cho Sở Xây dựng TP soạn thảo quy trình cưỡng chế"; the penalty decisions' orders "buộc chủ đầu tư phải bàn
    # giao ngay toàn bộ kinh phí bảo trì …" (Newtown) and "buộc bàn giao ngay kinh phí bảo trì …" (Khang Gia Tân Hương)
    # (reported orders with concrete action, round-22 rule). Optional: the Sở Tư pháp's "đề nghị Sở Xây dựng xin ý kiến
    # của Bộ Xây dựng" (a peer department's proposal), the delegation "uỷ quyền cho Sở Xây dựng TP ra quyết định cưỡng
    # chế", and the Sở Xây dựng's proposals upward (đề xuất / kiến nghị). TP HCM 79, Q. Thủ Đức 769, P. Hiệp Bình Chánh
    # 26812, Q. Tân Phú 767, P. Tân Quý 27019, Q. 7 778; "Hoàng Anh Gia Lai 2" names Gia Lai only as a building name
    # (optional 64).
    "vietnews_train_020829.txt": {
        "officials": {
            "Nguyễn Thanh Hải": [("Trưởng phòng", _hcm("Phòng Quản lý nhà và công sở Sở Xây dựng")
                                  + "|Phòng Quản lý nhà và công sở Sở Xây dựng|Phòng Quản lý nhà và công sở|" + SXD_HCM)],
        },
        "meetings": [],
        "localities": ["79", "769", "26812", "767", "27019", "778", "?64"],
        "tasks": [
            (SXD_HCM, "soạn thảo quy trình cưỡng chế"),
            ("chủ đầu tư|chủ đầu tư chung cư|chủ đầu tư chung cư Newtown"
             "|Công ty cổ phần đầu tư và phát triển hạ tầng Thái Bình Dương",
             "bàn giao ngay toàn bộ kinh phí bảo trì nhà chung cư"),
            ("chủ đầu tư chung cư Khang Gia Tân Hương|chủ đầu tư|chủ đầu tư chung cư",
             "bàn giao ngay kinh phí bảo trì nhà chung cư"),
            (SXD_HCM, "?xin ý kiến của Bộ Xây dựng về quy trình này"),
            (SXD_HCM, "?ra quyết định cưỡng chế"),
            (None, "?điều chỉnh nội dung cưỡng chế kinh phí bảo trì"),
            (None, "?bỏ cơ chế chủ đầu tư thu kinh phí bảo trì"),
        ],
    },
    # Đà Nẵng denies plans to relocate its administrative centre (text truncated at the end). The article says no
    # meeting was held -> []. No named official. Task: "UBND TP chỉ đạo và các cơ quan, đơn vị liên quan có phương án,
    # sẽ triển khai khắc phục tình trạng nóng …" (a current order, its assignee named). The Quyết định 4254 "giao cho Sở
    # Xây dựng chủ trì ngh…" is cut off mid-word (action unknown): optional. Đà Nẵng 48.
    "vietnews_train_063966.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["48"],
        "tasks": [
            ("các cơ quan, đơn vị liên quan|các cơ quan đơn vị liên quan",
             "có phương án, sẽ triển khai khắc phục tình trạng nóng"),
            ("Sở Xây dựng|Sở Xây dựng thành phố Đà Nẵng|Sở Xây dựng Đà Nẵng", "?chủ trì ngh"),
        ],
    },
    # Voters' meeting (tiếp xúc cử tri) of the Đà Nẵng NA delegation, 23/4 -> meetings None (dev/round-11/16
    # precedent). The director of justice is also an NA deputy (deputy status optional, round-11 019270 form); the
    # former deputy chief prosecutor is listed with his former post optional; the voters are citizens. Task: the PM's
    # reported "giao bộ Tài chính nghiên cứu xem xét vấn đề này". Voters' "đề nghị ĐBQH … báo cáo lên Quốc hội" and
    # the deputy head's "sẽ có kiến nghị đến UBND TP … cân nhắc …" (commitment) optional. Đà Nẵng 48, quận Thanh Khê
    # 491; Sơn La 14, Hà Giang 02, Hoà Bình 17 (named in the exam-score scandal).
    "vietnews_train_064951.txt": {
        "officials": {
            "Võ Thị Như Hoa": [("Giám đốc", "Sở Tư pháp thành phố Đà Nẵng|Sở Tư pháp Đà Nẵng|Sở Tư pháp TP Đà Nẵng"),
                               ("?Đại biểu Quốc hội", "Quốc hội|" + DDBQH_DN), ("?Đại biểu", "Quốc hội|" + DDBQH_DN)],
            "Nguyễn Bá Sơn": [("Phó Trưởng đoàn", DDBQH_DN), ("?Phó Trưởng đoàn chuyên trách", DDBQH_DN)],
            "Nguyễn Hữu Linh": [("?Viện phó", VKS_DN), ("?Phó Viện trưởng", VKS_DN)],
        },
        "meetings": None,
        "localities": ["48", "491", "14", "02", "17"],
        "tasks": [
            ("Bộ Tài chính|bộ Tài chính", "nghiên cứu xem xét vấn đề này"),
            ("ĐBQH TP. Đà Nẵng|" + DDBQH_DN, "?báo cáo lên Quốc hội"),
            (UB_DN, "?cân nhắc xem có phương án nào để xử lý"),
        ],
    },
    # Reporter's site visit to the unfinished Tuý Loan interchange (no meeting of its own); UBND huyện Hoà Vang's
    # "nhiều cuộc họp với các hộ dân" are recalled -> meetings None. The contractor's site commander holds a company
    # post (not listed); the resident is a citizen. No directive (the ministry's approval of the city's proposal and
    # the project board's kiến nghị are no tasks). Đà Nẵng 48, huyện Hoà Vang 497, xã Hoà Nhơn 20308; Quảng Ngãi only
    # in the expressway's name -> optional 51.
    "vietnews_train_065888.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["48", "497", "20308", "?51"],
        "tasks": [],
    },
    # Working session (cuộc họp / buổi làm việc) of Hà Nội's departments with JVE and the Japanese experts, "chiều nay
    # (23/7)" (no dated header; the caption says 22/7) -> date None; the city's side holds it (organizer the city, not
    # stated exactly), chair not stated, no named official (company chairman, Japanese advisers: no public post).
    # The minutes' conclusions ("thống nhất: … Công ty JVE và Đoàn chuyên gia Nhật Bản sẽ tiếp tục thực hiện thí điểm
    # …"; "Công ty JVE chịu trách nhiệm hoàn toàn về công nghệ") are agreed terms, not directives -> optional. Hà Nội 01.
    "vietnews_train_071919.txt": {
        "officials": {},
        "meetings": [{"date": None, "chair": None,
                      "organizer": HN + "|thành phố Hà Nội|TP Hà Nội|Hà Nội|các Sở, ngành, đơn vị liên quan của Thành phố",
                      "locality": "01", "attendees": []}],
        "localities": ["01"],
        "tasks": [
            ("Công ty JVE và Đoàn chuyên gia Nhật Bản|Công ty JVE|Đoàn chuyên gia Nhật Bản",
             "?tiếp tục thực hiện thí điểm xử lý kéo dài thêm 02 tháng"),
            ("Công ty JVE", "?chịu trách nhiệm hoàn toàn về công nghệ"),
        ],
    },
    # Violations in choosing contractors for the HCMC cadre academy project (a document). The inspectorate's "đã làm
    # việc với đơn vị tư vấn" is recalled -> meetings None. Tasks: the vice-chairman's "chỉ đạo giao Sở Xây dựng xem xét
    # xử lý vi phạm theo quy định …" (the lead's "Sở Xây dựng … sẽ xử lý vi phạm …" optional) and UBND TP's reported
    # order of 5-2018 "chỉ đạo Thanh tra TP. HCM làm rõ nội dung tố cáo, đồng thời kiểm tra …" (comma part optional).
    # The reprimands are no tasks. TP HCM 79, quận Bình Thạnh 765, phường 12 (Bình Thạnh) 26917.
    "vietnews_train_078532.txt": {
        "officials": {
            "Võ Văn Hoan": [("Phó Chủ tịch", UB_HCM)],
        },
        "meetings": None,
        "localities": ["79", "765", "26917"],
        "tasks": [
            (SXD_HCM, "xem xét xử lý vi phạm theo quy định"),
            (TT_HCM, "làm rõ nội dung tố cáo"),
            (TT_HCM, "?kiểm tra việc thực hiện kết luận trước đó"),
            (SXD_HCM, "?xử lý vi phạm trong lựa chọn nhà thầu"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
