"""Gold for blind round 16, part b: 12 articles from the press pool (ThanhChinhBK/vietnews via ../shared/corpus/press), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_SRC = "ThanhChinhBK/vietnews data/{}_tokenized/{}.txt.seg (press pool)"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_train_078896.txt": _SRC.format("train", "078896"),
    "vietnews_train_085266.txt": _SRC.format("train", "085266"),
    "vietnews_train_087734.txt": _SRC.format("train", "087734"),
    "vietnews_train_088710.txt": _SRC.format("train", "088710"),
    "vietnews_train_100815.txt": _SRC.format("train", "100815"),
    "vietnews_train_101076.txt": _SRC.format("train", "101076"),
    "vietnews_val_002580.txt": _SRC.format("val", "002580"),
    "vietnews_val_002876.txt": _SRC.format("val", "002876"),
    "vietnews_val_003880.txt": _SRC.format("val", "003880"),
    "vietnews_val_014076.txt": _SRC.format("val", "014076"),
    "vietnews_val_015060.txt": _SRC.format("val", "015060"),
    "vietnews_val_021123.txt": _SRC.format("val", "021123"),
}


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


HCM = _hcm("Ủy ban nhân dân") + "|Ủy ban nhân dân thành phố|UBND TP"
TU_HCM = _hcm("Thành ủy") + "|Thành ủy"
SNV_HCM = _hcm("Sở Nội vụ") + "|Sở Nội vụ thành phố|Sở Nội vụ"
STNMT_HCM = (_hcm("Sở Tài nguyên và Môi trường") + "|Sở Tài nguyên và Môi trường"
             "|Sở Tài nguyên - Môi trường Thành phố Hồ Chí Minh|Sở Tài nguyên - Môi trường")
TTR_HCM = _hcm("Thanh tra") + "|Thanh tra thành phố"
CS_PCCC_HCM = ("Cảnh sát Phòng cháy và chữa cháy Thành phố Hồ Chí Minh|Cảnh sát Phòng cháy chữa cháy Thành phố Hồ Chí Minh"
               "|Cảnh sát PCCC Thành phố Hồ Chí Minh|Cảnh sát PCCC TP. HCM|Cảnh sát PCCC TP HCM|Cảnh sát PCCC TP"
               "|Cảnh sát PCCC|Cảnh sát Phòng cháy và chữa cháy|Cảnh sát Phòng cháy chữa cháy"
               "|Công an Thành phố Hồ Chí Minh|Công an TP HCM")
HOREA = ("Hiệp hội Bất động sản Thành phố Hồ Chí Minh|Hiệp hội Bất động sản TP. HCM|Hiệp hội Bất động sản TP HCM"
         "|Hiệp hội bất động sản TP. HCM|Hiệp hội bất động sản|Hiệp hội Bất động sản|HoREA|Horea")
UB_NA = "Ủy ban nhân dân tỉnh Nghệ An|UBND tỉnh Nghệ An"
UB_QN = "Ủy ban nhân dân tỉnh Quảng Ninh|UBND tỉnh Quảng Ninh"
CA_QN = "Công an tỉnh Quảng Ninh|Công an tỉnh|cơ quan công an tỉnh"
TU_HN = "Thành ủy Hà Nội|Thành ủy thành phố Hà Nội|Thành ủy"
DN = "Ủy ban nhân dân thành phố Đà Nẵng|UBND TP Đà Nẵng|UBND TP. Đà Nẵng"
HDND_DN = "Hội đồng nhân dân thành phố Đà Nẵng|HĐND TP Đà Nẵng|Hội đồng nhân dân thành phố"
STP_DN = ("Sở Tư pháp thành phố Đà Nẵng|Sở Tư pháp TP. Đà Nẵng|Sở Tư pháp Đà Nẵng|Sở Tư pháp")
SXD_DN = "Sở Xây dựng thành phố Đà Nẵng|Sở Xây dựng TP. Đà Nẵng|Sở Xây dựng Đà Nẵng|Sở Xây dựng"
THA_DN = ("Cục Thi hành án dân sự thành phố Đà Nẵng|Cục Thi hành án dân sự TP. Đà Nẵng|Cục Thi hành án dân sự thành phố"
          "|Cục Thi hành án dân sự Đà Nẵng|Cục Thi hành án dân sự")
QLTT_NA = ("Đội Quản lý thị trường số 8|Đội Quản lý thị trường số 8 Cục Quản lý thị trường Nghệ An"
           "|Đội Quản lý thị trường số 8, Cục Quản lý thị trường Nghệ An|Cục Quản lý thị trường Nghệ An"
           "|Cục Quản lý thị trường tỉnh Nghệ An|Đội quản lý thị trường số 8")

GOLD = {
    # Police of huyện Thanh Chương hold two market-control officers accused of taking money. No meeting of its own:
    # the Ban Nội chính's work with the district leaders is only mentioned -> None. The two "kiểm soát viên" are
    # civil servants of the market-control team: listed, their post optional (round-14 "?Chuyên viên" precedent); the
    # healer Vi Văn Hùng holds no post. The Ban Nội chính's "kiến nghị" to the Thường trực Tỉnh ủy (that police forward
    # the file) is an advisory body's proposal -> optional.
    "vietnews_train_078896.txt": {
        "officials": {
            "Trương Văn Cường": [("?Kiểm soát viên", QLTT_NA)],
            "Võ Thành Vinh": [("?Kiểm soát viên", QLTT_NA)],
        },
        "meetings": None,
        "localities": ["40", "428"],
        "tasks": [
            ("Công an huyện Thanh Chương|Công an tỉnh|Công an tỉnh Nghệ An",
             "?chuyển tin báo tội phạm và toàn bộ hồ sơ"),
        ],
    },
    # Coal-mine contract dispute in TP Uông Bí: the provincial vice-chairman goes to the pit with police and city
    # leaders and holds an urgent meeting (cuộc họp khẩn) with both companies. Date: the gathering is "ngày 5-3" (2019
    # from "28-2-2019"), but the meeting's own day is never written -> None (review: strict). Chair not
    # written as "chủ trì" (he "tổ chức" it) -> None, he is an optional attendee. Company directors (Vietmindo is 100%
    # Indonesian-owned, Tân Việt Bắc a joint-stock company) hold no public post. Tasks: the earlier written
    # requests of UBND tỉnh / UBND TP to the two companies, the vice-chairman's "nhấn mạnh … cơ quan công an tỉnh sẽ phải
    # vào cuộc" and his "Đề nghị hai công ty …"; his general remarks on firms obeying the law optional. The directors'
    # wishes are no tasks. "Uông Thượng" (mine area) is not in the register.
    "vietnews_train_085266.txt": {
        "officials": {
            "Cao Tường Huy": [("Phó Chủ tịch", UB_QN)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": UB_QN, "locality": "22",
                      "attendees": ["?Cao Tường Huy"]}],
        "localities": ["22", "196"],
        "tasks": [
            ("Công ty Vietmindo và Công ty Tân Việt Bắc|Công ty Vietmindo|Công ty Tân Việt Bắc",
             "tự giải quyết tranh chấp và đảm bảo tình hình an ninh trật tự"),
            (CA_QN, "vào cuộc làm rõ, xử lý nghiêm theo quy định"),
            ("hai công ty|Công ty Vietmindo và Công ty Tân Việt Bắc|Công ty Vietmindo|Công ty Tân Việt Bắc",
             "giải quyết tranh chấp bằng pháp luật"),
            ("các doanh nghiệp|doanh nghiệp", "?phải tuân thủ chặt chẽ các quy định pháp luật Việt Nam"),
            (None, "?phải chờ giải quyết trên toà án"),
        ],
    },
    # Art programme (chương trình nghệ thuật) for the 60th anniversary of the Hồ Chí Minh trail, at the Km 0 relic in
    # Tân Kỳ: a ceremony/performance, not a meeting -> []. Organizing bodies (Ban Thanh niên Quân đội, Binh đoàn 12, …)
    # name no person. No directive.
    "vietnews_train_087734.txt": {
        "officials": {
            "Lê Hiền Vân": [("Phó Chủ nhiệm", "Tổng cục Chính trị Quân đội Nhân dân Việt Nam|Tổng cục Chính trị"
                                              "|Tổng cục Chính trị trị Quân đội Nhân dân Việt Nam|Tổng cục Chính trị trị")],
            "Đinh Viết Hồng": [("Phó Chủ tịch", UB_NA)],
            "Thái Thanh Quý": [("Chủ tịch", UB_NA)],
        },
        "meetings": [],
        "localities": ["40", "423", "17266"],
        "tasks": [],
    },
    # 12th conference (Hội nghị lần thứ 12) of the Hà Nội Party organization, "Ngày 15/1" (no year written) -> date
    # None; chair not stated; the Thanh Xuân secretary, the education director and the deputy secretary speak
    # (optional attendees). Speakers' proposals to the city are no tasks; the Thường trực Thành ủy's "chủ trương tạm
    # dừng thi tuyển viên chức đối với giáo viên" (a policy decision) and the "sẽ phải thực hiện theo chủ trương của
    # Trung ương" are optional.
    "vietnews_train_088710.txt": {
        "officials": {
            "Vũ Cao Minh": [("Bí thư", "Quận ủy Thanh Xuân|Quận ủy quận Thanh Xuân|Quận uỷ Thanh Xuân")],
            "Chử Xuân Dũng": [("Giám đốc", "Sở Giáo dục và Đào tạo thành phố Hà Nội|Sở Giáo dục và Đào tạo Hà Nội"
                                           "|Sở Giáo dục Hà Nội|Sở Giáo dục và Đào tạo")],
            "Ngô Thị Thanh Hằng": [("Phó Bí thư", TU_HN)],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": TU_HN + "|Ban Chấp hành Đảng bộ thành phố Hà Nội|Đảng bộ thành phố Hà Nội"
                                           "|Đảng bộ TP Hà Nội",
                      "locality": "01",
                      "attendees": ["?Vũ Cao Minh", "?Chử Xuân Dũng", "?Ngô Thị Thanh Hằng"]}],
        "localities": ["01", "009"],
        "tasks": [
            ("Thường trực Thành uỷ|Thường trực Thành ủy Hà Nội", "?tạm dừng thi tuyển viên chức đối với giáo viên"),
            (None, "?sẽ phải thực hiện theo chủ trương của Trung ương"),
        ],
    },
    # Year-end conference (hội nghị tổng kết) of HCMC's inspection / complaints / anti-corruption work, "Chiều 24/1";
    # it reviews 2018 ("trong năm qua", "năm 2018 ngành lập 351 đoàn") -> 2019-01-24. Chair not stated; the chairman
    # and the chief inspector speak (optional attendees); organizer UBND TP or the city inspectorate. The chairman's
    # "Phải xử lý làm sao tương xứng …, ông Phong đề nghị" is the task; the chief inspector's "kiến nghị Ban Thường vụ
    # Thành uỷ ban hành quy chế" (a proposal upward) optional; the inspectorate's "sẽ quyết liệt triển khai" is a
    # commitment. Quận 2 and quận 9 are not in the register (now Thủ Đức 769; Thủ Thiêm ward 27118) -> optional.
    "vietnews_train_100815.txt": {
        "officials": {
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
            "Nguyễn Long Tuyền": [("Chánh Thanh tra", TTR_HCM)],
        },
        "meetings": [{"date": "2019-01-24", "chair": None, "organizer": HCM + "|" + TTR_HCM, "locality": "79",
                      "attendees": ["?Nguyễn Thành Phong", "?Nguyễn Long Tuyền"]}],
        "localities": ["79", "783", "760", "?769", "?27118"],
        "tasks": [
            (None, "xử lý làm sao tương xứng với mức độ sai phạm"),
            ("Ban Thường vụ Thành uỷ|Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh",
             "?ban hành quy chế phối hợp (sửa đổi và bổ sung)"),
        ],
    },
    # Debate sitting of the HĐND TP Đà Nẵng session, "chiều 10/7" (no year written) -> date None; chair not stated.
    # A delegate, the UBND vice-chairman and the HĐND chairman speak (optional attendees). The delegate's "thành phố
    # cần … / phải …" are a delegate's proposals and the vice-chairman's "cần được xem xét thận trọng" a remark:
    # optional; "thành phố sẽ mở hai lối xuống biển" is a plan.
    "vietnews_train_101076.txt": {
        "officials": {
            "Trương Minh Hải": [("?Đại biểu", HDND_DN)],
            "Nguyễn Ngọc Tuấn": [("Phó Chủ tịch", DN)],
            "Nguyễn Nho Trung": [("Chủ tịch", HDND_DN)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": HDND_DN, "locality": "48",
                      "attendees": ["?Trương Minh Hải", "?Nguyễn Ngọc Tuấn", "?Nguyễn Nho Trung"]}],
        "localities": ["48"],
        "tasks": [
            ("thành phố|" + DN, "?tổng hợp, phân nhóm các trường hợp cấp đất"),
            ("thành phố|" + DN, "?giải toả trì trệ trong công tác quản lý hiện nay"),
            ("thành phố|" + DN, "?tập trung giải quyết dứt điểm các dự án cấp đất ưu đãi"),
            (None, "?cần được xem xét thận trọng, đảm bảo thủ tục"),
        ],
    },
    # HCMC against illegal sand mining. The handover of two patrol boats to the border guard (28-4) is a ceremony; the
    # "hội nghị mới đây" where the secretary gave his orders is only mentioned -> None. His four "yêu cầu" are tasks
    # (border guard: mobile checkpoints; equip modern devices, no assignee; the functional agencies: tighten checks;
    # the city: an inter-provincial team). The chairman only comments.
    "vietnews_val_002580.txt": {
        "officials": {
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
            "Nguyễn Thiện Nhân": [("Bí thư", TU_HCM)],
        },
        "meetings": None,
        "localities": ["79", "787", "786"],
        "tasks": [
            ("lực lượng biên phòng|lực lượng biên phòng TP|Bộ đội Biên phòng Thành phố Hồ Chí Minh"
             "|Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh", "dùng tàu này lập chốt di động"),
            (None, "trang bị thêm nhiều phương tiện hiện đại khác"),
            ("các cơ quan chức năng", "siết chặt khâu kiểm tra xử lý từ các cơ sở kinh doanh cát"),
            ("TP|" + HCM, "lập tổ liên ngành cấp tỉnh thành"),
        ],
    },
    # Conference (Hội nghị) deploying the HCMC chairman's fire-safety directive for high-rises, held by the Real Estate
    # Association (HoREA) "ngày 4-4" (no year) -> date None; chair not stated; the fire-police deputy director, the
    # HoREA chairman and the UBND vice-chairman speak (optional attendees). HoREA chairman listed (rounds 2/11
    # precedent); the Đất Lành company's deputy director: no public post. Tasks: the vice-chairman's "yêu cầu HoREA",
    # "TP giao cho Cảnh sát PCCC công bố …" and its follow-on sentence "Công bố luôn cả kế hoạch …", and his "chỉ đạo
    # UBND các xã, phường, …". The fire police's encouragement and advice to buildings/investors optional; the
    # delegates' proposals are no tasks.
    "vietnews_val_002876.txt": {
        "officials": {
            "Nguyễn Văn Băng": [("Phó Giám đốc", CS_PCCC_HCM)],
            "Lê Hoàng Châu": [("Chủ tịch", HOREA)],
            "Huỳnh Cách Mạng": [("Phó Chủ tịch", HCM)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": HOREA, "locality": "79",
                      "attendees": ["?Nguyễn Văn Băng", "?Lê Hoàng Châu", "?Huỳnh Cách Mạng"]}],
        "localities": ["79"],
        "tasks": [
            (HOREA, "thoe dõi và đề xuất UBND TP ưu tiên cho những nhà đầu tư"),
            (CS_PCCC_HCM, "công bố danh sách các chung cư có nguy cơ cháy cao"),
            (CS_PCCC_HCM, "Công bố luôn cả kế hoạch lộ trình khắc phục"),
            ("UBND các xã, phường, thị trấn, quận, huyện|UBND các xã, phường, thị trấn|UBND các quận, huyện"
             "|Ủy ban nhân dân các xã, phường, thị trấn, quận, huyện",
             "lập danh sách thống kê trên địa bàn mình"),
            ("các chung cư, nhà cao tầng|Các chung cư, nhà cao tầng",
             "?kết nối hệ thống cảnh báo nhanh của Cảnh sát PCCC TP"),
            ("các chủ đầu tư", "?nghiên cứu kỹ các quy định về thiết kế PCCC"),
            (None, "?phải xây dựng lực lượng PCCC tại chỗ"),
        ],
    },
    # The PM approves the Phú Quốc casino (information given by the UBND tỉnh Kiên Giang office chief). No meeting.
    # The PM's "giao UBND tỉnh Kiên Giang và các bộ, ngành giám sát chặt chẽ" is the task; its "đồng thời phải đảm bảo an
    # ninh trật tự" (same sentence) optional. The player conditions and "Bộ Tài chính hướng dẫn cụ thể …" are quoted
    # from Decree 03/2017 ("điểm c khoản 3 điều này"): rules, the Bộ Tài chính item optional; the decision's "phải đảm
    # bảo thực hiện đúng theo nghị định" (a condition, review) optional. "đảo Phú Quốc" /
    # "huyện đảo Phú Quốc" -> 911 (now a city in the register); three communes named.
    "vietnews_val_003880.txt": {
        "officials": {
            "Huỳnh Vĩnh Lạc": [("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Kiên Giang|Văn phòng UBND tỉnh Kiên Giang"
                                                  "|Văn phòng Ủy ban nhân dân tỉnh")],
            "Nguyễn Xuân Phúc": [("Thủ tướng", "Chính phủ")],
        },
        "meetings": [],
        "localities": ["91", "911", "31084", "31093", "31087"],
        "tasks": [
            ("UBND tỉnh Kiên Giang và các bộ, ngành|Ủy ban nhân dân tỉnh Kiên Giang|UBND tỉnh Kiên Giang|các bộ, ngành",
             "giám sát chặt chẽ hoạt động kinh doanh của casino"),
            ("UBND tỉnh Kiên Giang và các bộ, ngành|Ủy ban nhân dân tỉnh Kiên Giang|UBND tỉnh Kiên Giang|các bộ, ngành",
             "?phải đảm bảo an ninh trật tự, an toàn xã hội"),
            ("Bộ Tài chính", "?hướng dẫn cụ thể hồ sơ chứng minh người chơi"),
            (None, "?phải đảm bảo thực hiện đúng theo nghị định số 03/2017"),
        ],
    },
    # Đà Nẵng's two options to recover the Chi Lăng stadium, told by the construction and justice directors "chiều
    # 28/9". The meeting of the justice sector chaired by the city chairman is only mentioned -> None. Tasks: UBND TP's
    # written assignment to Sở Tư pháp (9/8) and the chairman's conclusion assigning the Cục Thi hành án dân sự; their
    # restatements by the justice director optional; the Sở Tư pháp's request to the Sở Xây dựng (between departments)
    # optional. TP. HCM named in "cục Thi hành án TP. HCM" -> 79. Phạm Công Danh: private group.
    "vietnews_val_014076.txt": {
        "officials": {
            "Võ Thị Như Hoa": [("Giám đốc", STP_DN)],
            "Vũ Quang Hùng": [("Giám đốc", SXD_DN)],
        },
        "meetings": None,
        "localities": ["48", "79"],
        "tasks": [
            (STP_DN, "chủ trì, phối hợp với các đơn vị nghiên cứu"),
            (THA_DN, "nghiên cứu có đề xuất"),
            (SXD_DN, "?cung cấp hồ sơ liên quan đến phê duyệt quy hoạch chi tiết"),
            ("Sở Tư pháp cùng các ban ngành|" + STP_DN, "?nghiên cứu việc lấy lại sân Chi Lăng"),
            (THA_DN, "?nghiên cứu cụ thể, tham mưu"),
        ],
    },
    # Conference approving the Sở Nội vụ's 2019 plan, "Chiều 14/2", chaired (chủ trì) by the HCMC chairman; year from
    # "kế hoạch … năm 2019" -> 2019-02-14. The Sở director presents (optional attendee). The chairman's "yêu cầu sở Nội
    # vụ nghiên cứu tham mưu" (body) is the task; the lead's copy (and its comma part) optional; the two rules that follow ("coi như đồng
    # ý", "phải chịu trách nhiệm") optional.
    "vietnews_val_015060.txt": {
        "officials": {
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
            "Trương Văn Lắm": [("Giám đốc", SNV_HCM)],
        },
        "meetings": [{"date": "2019-02-14", "chair": "Nguyễn Thành Phong", "organizer": HCM, "locality": "79",
                      "attendees": ["?Trương Văn Lắm"]}],
        "localities": ["79"],
        "tasks": [
            (SNV_HCM, "nghiên cứu tham mưu cho UBND TP quy định cụ thể thời gian"),
            (SNV_HCM, "?tham mưu cho UBND TP quy định cụ thể thời gian giải quyết"),
            (SNV_HCM, "?tránh tình trạng bắt doanh nghiệp, người dân phải chờ đợi"),
            (None, "?Hết thời gian quy định mà các sở không trả lời thì coi như đồng ý"),
            ("sở, ngành đó", "?phải chịu trách nhiệm"),
        ],
    },
    # The HCMC chairman's notice declining a water-management steering committee. No meeting. Tasks: his "giao Sở Tài
    # nguyên và Môi trường chủ trì …" and the earlier (August) assignment to the Sở Nội vụ; his "Điều cần thiết là một
    # cơ chế phối hợp …, ông Phong yêu cầu" (a statement) optional; the Sở Nội vụ's proposal to the city is no task.
    # Lê Hoài Trung is a former deputy director -> optional post.
    "vietnews_val_021123.txt": {
        "officials": {
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
            "Lê Hoài Trung": [("?Phó Giám đốc", SNV_HCM)],
        },
        "meetings": [],
        "localities": ["79"],
        "tasks": [
            (STNMT_HCM, "chủ trì, cùng các đơn vị xây dựng quy chế phối hợp"),
            (SNV_HCM, "nghiên cứu xây dựng đề cương đề án Ban chỉ đạo"),
            ("các sở ngành", "?một cơ chế phối hợp chặt chẽ, có hiệu quả"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
