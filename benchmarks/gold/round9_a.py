"""Gold for blind round 9, part A: 13 articles from the press pool (ThanhChinhBK/vietnews via ../shared/corpus/press), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_SRC = "ThanhChinhBK/vietnews data/{}_tokenized/{}.txt.seg (press pool)"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_test_003827.txt": _SRC.format("test", "003827"),
    "vietnews_test_004206.txt": _SRC.format("test", "004206"),
    "vietnews_test_014300.txt": _SRC.format("test", "014300"),
    "vietnews_test_020643.txt": _SRC.format("test", "020643"),
    "vietnews_train_011008.txt": _SRC.format("train", "011008"),
    "vietnews_train_012346.txt": _SRC.format("train", "012346"),
    "vietnews_train_012464.txt": _SRC.format("train", "012464"),
    "vietnews_train_013010.txt": _SRC.format("train", "013010"),
    "vietnews_train_013393.txt": _SRC.format("train", "013393"),
    "vietnews_train_065896.txt": _SRC.format("train", "065896"),
    "vietnews_train_069301.txt": _SRC.format("train", "069301"),
    "vietnews_train_069754.txt": _SRC.format("train", "069754"),
    "vietnews_train_071641.txt": _SRC.format("train", "071641"),
}


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


HCM = _hcm("Ủy ban nhân dân")
TU_HCM = _hcm("Thành ủy")
HDND_HCM = _hcm("Hội đồng nhân dân") + "|Hội đồng nhân dân thành phố|Hội đồng nhân dân TP"
SGD_HCM = _hcm("Sở Giáo dục và Đào tạo") + "|Sở Giáo dục đào tạo TP. HCM|Sở GD-ĐT TP. HCM|Sở GD-ĐT TP"
SYT_HCM = _hcm("Sở Y tế") + "|Sở Y tế thành phố|Sở Y tế"
BQL_YT = ("Ban Quản lý Đầu tư xây dựng các công trình thuộc Sở Y tế Thành phố Hồ Chí Minh"
          "|Ban Quản lý Đầu tư xây dựng các công trình thuộc Sở Y tế TP. HCM"
          "|Ban Quản lý Đầu tư xây dựng các công trình thuộc Sở Y tế|Ban Quản lý Đầu tư xây dựng các công trình")
BQL_GT = ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông Thành phố Hồ Chí Minh"
          "|Ban Quản lý dự án đầu tư xây dựng các công trình giao thông TP. HCM"
          "|Ban Quản lý dự án đầu tư xây dựng các công trình giao thông TP"
          "|Ban Quản lý dự án đầu tư xây dựng các công trình giao thông")
SQHKT_HCM = (_hcm("Sở Quy hoạch - Kiến trúc") + "|" + _hcm("Sở Quy hoạch và Kiến trúc")
             + "|Sở Quy hoạch và kiến trúc|Sở Quy hoạch - Kiến trúc")
UB_HT = "Ủy ban nhân dân tỉnh Hà Tĩnh"
CA_VL = "Công an huyện Vĩnh Linh"
KL_QT = "Chi cục Kiểm lâm tỉnh Quảng Trị|Chi cục Kiểm lâm Quảng Trị|kiểm lâm tỉnh Quảng Trị|Chi cục Kiểm lâm"
UB_NC = "Ủy ban nhân dân huyện Nông Cống|Ủy ban nhân dân huyện"
SXD_TH = "Sở Xây dựng tỉnh Thanh Hóa|Sở Xây dựng Thanh Hóa|Sở Xây dựng"
UB_TH = "Ủy ban nhân dân tỉnh Thanh Hóa"
CA_VINH = "Công an thành phố Vinh|Công an thành phố|lực lượng công an thành phố|công an thành phố"

GOLD = {
    # Thanh tra Chính phủ's inspection conclusion on a Phước Tân (Biên Hòa) project: the provincial Party deputy
    # secretary signed papers favouring her husband's company while vice-chairwoman. No meeting (the company's board
    # meetings she chaired are not an authority's) and no directive. Her earlier posts are former (optional); the
    # husband is a private company's director (not listed).
    "vietnews_test_003827.txt": {
        "officials": {
            "Phan Thị Mỹ Thanh": [("Phó Bí thư", "Tỉnh ủy Đồng Nai"),
                                  ("?Phó Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Nai"),
                                  ("?Bí thư", "Huyện ủy Nhơn Trạch")],
        },
        "meetings": [],
        "localities": ["75", "731", "26377", "742"],
        "tasks": [],
    },
    # Monthly socio-economic meeting of UBND TP. HCM, "chiều 30-11", chaired by its chairman ("do ... chủ trì"); no
    # year in the text -> date None. The Sở GD-ĐT director only speaks (optional attendee); his "phải phát huy vai
    # trò của các hội đoàn" is an opinion (optional), his promise is no task.
    "vietnews_test_004206.txt": {
        "officials": {
            "Lê Hồng Sơn": [("Giám đốc", SGD_HCM)],
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
        },
        "meetings": [{"date": None, "chair": "Nguyễn Thành Phong", "organizer": HCM, "locality": "79",
                      "attendees": ["?Lê Hồng Sơn"]}],
        "localities": ["79"],
        "tasks": [
            (None, "báo cáo thêm về vụ việc bạo hành trẻ em"),
            (None, "?phải phát huy vai trò của các hội đoàn"),
        ],
    },
    # Oncology hospital branch 2: UBND TP. HCM's vice-chairman's written approval (công văn) assigns Sở Y tế; the
    # secretary's working sessions with Sở Y tế are only mentioned ("Trước đó") -> meetings None, his urging there is
    # past narrative (optional). Article truncated. Quận 9 is not in the register (now Thủ Đức 769) -> optional.
    "vietnews_test_014300.txt": {
        "officials": {
            "Đinh La Thăng": [("Ủy viên", "Bộ Chính trị"), ("Bí thư", TU_HCM)],
            "Nguyễn Thị Kim Tiến": [("Bộ trưởng", "Bộ Y tế")],
        },
        "meetings": None,
        "localities": ["79", "?769"],
        "tasks": [
            (SYT_HCM, "chỉ đạo Ban Quản lý Đầu tư xây dựng các công trình chuẩn bị"),
            (SYT_HCM, "?báo cáo Thường trực thành phố trước ngày 5/6"),
            (BQL_YT, "?thực hiện các quy định về luật đấu thầu"),
            (SYT_HCM, "?đẩy nhanh tiến độ xây dựng bệnh viện Ung Bướu"),
        ],
    },
    # The Hà Tĩnh chairman's inspection tour of seafood sellers, "Chiều 13/5" -> not a meeting; the HĐND session of
    # 21/4 is only mentioned -> meetings None. His "Tôi yêu cầu Sở Nông nghiệp, Y tế cùng các ban ngành" is a task;
    # the next sentence ("phải được dán tem") and the PM's earlier order (background) are optional. Lăng Cô only as
    # a stretch of coast -> optional; Đà Nẵng only in a "Xem thêm" link -> optional.
    "vietnews_test_020643.txt": {
        "officials": {
            "Đặng Quốc Khánh": [("Chủ tịch", UB_HT)],
            "Trần Nhật Tân": [("Giám đốc", "Sở Công Thương tỉnh Hà Tĩnh|Sở Công Thương Hà Tĩnh")],
            "Nguyễn Xuân Phúc": [("Thủ tướng", "Chính phủ")],
        },
        "meetings": None,
        "localities": ["42", "436", "46", "01", "442", "18373", "?20110", "?48"],
        "tasks": [
            ("Sở Nông nghiệp|Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh|Sở Nông nghiệp và Phát triển nông thôn"
             "|Sở Y tế|Sở Y tế tỉnh Hà Tĩnh|các ban ngành", "xác định nguồn gốc của hải sản đánh bắt xa bờ về"),
            (None, "?Thực phẩm có nguồn gốc sạch phải được dán tem"),
            ("các bộ ngành", "?khẩn trương lập đoàn kiểm tra, xác định nguyên nhân"),
        ],
    },
    # Voters' meeting (tiếp xúc cử tri) of the Thường trực HĐND TP with religious dignitaries, "sáng 20-1" -> meetings
    # None (dev precedent). The Buddhist Sangha's officers hold no public post (not listed); their requests, the Sở's
    # explanations and the HĐND chairwoman's pledge are no tasks.
    "vietnews_train_011008.txt": {
        "officials": {
            "Nguyễn Thị Quyết Tâm": [("Chủ tịch", HDND_HCM)],
        },
        "meetings": None,
        "localities": ["79", "784", "761"],
        "tasks": [
            (SQHKT_HCM, "?Sở Quy hoạch kiến trúc TP. HCM sẽ chủ trì báo cáo"),
        ],
    },
    # Khe Cau forest bulldozed: the district police and the provincial forest rangers each say the other must act
    # (interviews, "Chiều 27-10"); the interagency inspection of 23-10 is an inspection -> no meeting. Their opinions
    # on each other's duty are no directives (optional). Thượng tá = rank. The bulldozer driver holds no post.
    "vietnews_train_012346.txt": {
        "officials": {
            "Hồ Sỹ Hùng": [("Phó Trưởng Công an", CA_VL), ("?Phó Trưởng", CA_VL)],
            "Trần Văn Tý": [("Chi cục trưởng", KL_QT)],
        },
        "meetings": [],
        "localities": ["45", "464", "19417"],
        "tasks": [
            (None, "?phải vào cuộc thực hiện những bước đầu tiên"),
            (None, "?hãy chủ động đề nghị cơ quan công an xác minh"),
        ],
    },
    # Sở Tài chính's draft plan for extra income of HCMC civil servants (plan content, no directive). The MTTQ
    # conference, the HĐND session and the 22-2 meeting with city leaders (photo caption) are only mentioned -> None.
    "vietnews_train_012464.txt": {
        "officials": {
            "Ngô Hải Yến": [("Chủ tịch", "Ủy ban nhân dân phường Đa Kao")],
        },
        "meetings": None,
        "localities": ["79", "760", "26737"],
        "tasks": [],
    },
    # The HCMC chairman's directions on key traffic projects, conveyed in writing by Văn phòng UBND TP (no meeting;
    # the HĐND sessions are deadlines). One task per directive sentence; the deadline sentences and the lead's
    # summary are optional. "ranh tỉnh Long An" names the province; "ngã tư Bình Phước" and "Xa lộ Hà Nội" only name
    # a crossroads / a road -> optional.
    "vietnews_train_013010.txt": {
        "officials": {
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
        },
        "meetings": [],
        "localities": ["79", "80", "?70", "?01"],
        "tasks": [
            (BQL_GT, "lập hồ sơ đề xuất chủ trương đầu tư công"),
            (None, "phải báo cáo UBND TP để trình HĐND TP quyết định"),
            (None, "phải tiến hành các bước đề xuất chủ trương đầu tư công"),
            (BQL_GT, "sớm trình hồ sơ đề xuất chủ trương đầu tư"),
            (SQHKT_HCM, "chủ trì phối hợp các quận huyện gấp rút nghiên cứu"),
            (None, "?Thời hạn hoàn thành từ nay đến tháng 7-2019"),
            (None, "?Kết quả báo cáo cho UBND TP chậm nhất"),
            ("các sở ngành", "?yêu cầu các sở ngành gấp rút thực hiện"),
        ],
    },
    # Disciplining of a commune Party deputy secretary (removed from his posts -> optional post). No meeting. The
    # Huyện ủy's order to UBND huyện is a task; the inspection committee's "cần phải xử lý" is an assessment
    # (optional). The woman is named by initials only (not listed).
    "vietnews_train_013393.txt": {
        "officials": {
            "Trần Văn Quyết": [("?Phó Bí thư", "Đảng ủy xã Tượng Lĩnh")],
        },
        "meetings": [],
        "localities": ["38", "404", "16363", "16366", "16279"],
        "tasks": [
            (UB_NC + "|đơn vị quản lý", "xem xét kỷ luật về mặt chính quyền"),
            (None, "?cần phải xử lý nghiêm khắc"),
        ],
    },
    # Bình Định sugar company abandoned by its owner: workers' stories and two directors' statements (Bình Định
    # implied for both Sở). The interagency team's visit and the proposed meeting are only mentioned -> None. The
    # province's past order and the team's proposal to the province are optional.
    "vietnews_train_065896.txt": {
        "officials": {
            "Phan Trọng Hổ": [("Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định"
                                          "|Sở Nông nghiệp và Phát triển nông thôn")],
            "Ngô Văn Tổng": [("Giám đốc", "Sở Công Thương tỉnh Bình Định|Sở Công thương tỉnh Bình Định|Sở Công Thương")],
        },
        "meetings": None,
        "localities": ["52", "547", "21820", "546"],
        "tasks": [
            (None, "?chỉ đạo thành lập Đoàn kiểm tra liên ngành"),
            ("Công an tỉnh|Công an tỉnh Bình Định", "?chỉ đạo Công an tỉnh điều tra xác minh"),
        ],
    },
    # A dismissed former vice-chairman of Thanh Hóa is to return to Sở Xây dựng; all his posts are former, held
    # under discipline or only planned (optional). The extraordinary HĐND session of 24/1/2018 is only mentioned ->
    # None. Trần Vũ Quỳnh Anh is named only in the caption, with no post stated (not listed).
    "vietnews_train_069301.txt": {
        "officials": {
            "Ngô Văn Tuấn": [("?Phó Chủ tịch", UB_TH), ("?Giám đốc", SXD_TH),
                             ("?Bí thư", "Đảng ủy Sở Xây dựng tỉnh Thanh Hóa|Đảng ủy Sở Xây dựng Thanh Hóa|Đảng ủy"),
                             ("?Đại biểu", "Hội đồng nhân dân tỉnh Thanh Hóa"),
                             ("?Tổ trưởng", "Tổ giúp việc của Ban chỉ đạo quy hoạch xây dựng phát triển đô thị và nhà ở"
                                            "|Tổ giúp việc"),
                             ("?Chuyên viên", "Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa"),
                             ("?Chánh Văn phòng", SXD_TH)],
            "Nguyễn Xuân Thuỷ": [("Giám đốc", "Sở Nội vụ tỉnh Thanh Hóa|Sở Nội vụ Thanh Hóa")],
        },
        "meetings": None,
        "localities": ["38"],
        "tasks": [],
    },
    # Flower baskets stolen in TP Vinh: the vice-chairman's written order (30/1) -> no meeting. UBND TP Vinh's
    # assignment to the city police is the task; the letter's topic is optional. The Đức Thọ (Hà Tĩnh) thefts are
    # narrative; xã Đức Thủy, Đức Lâm, Đức Dũng, Đức Thanh are not in the register; Hà Tĩnh only as "báo Hà Tĩnh".
    "vietnews_train_069754.txt": {
        "officials": {
            "Lê Sỹ Chiến": [("Phó Chủ tịch", "Ủy ban nhân dân thành phố Vinh")],
        },
        "meetings": [],
        "localities": ["40", "412", "440", "18259", "18229", "?42"],
        "tasks": [
            (CA_VINH, "chủ trì phối hợp điều tra, xác định và xử lý nghiêm"),
            ("các lực lượng công an|UBND các phường, xã|Ủy ban nhân dân các phường, xã",
             "?xử lý vi phạm liên quan đến hệ thống cây xanh"),
        ],
    },
    # Dialogue (đối thoại) of Sở TNMT Quảng Nam and UBND huyện Đại Lộc with the residents of xã Đại Nghĩa -> like a
    # voters' meeting, meetings None (round-5 precedent). Residents' demands and the officials' explanations and
    # pledges are no tasks. Lê Trí Thanh: "tỉnh Quảng Nam ... Phó Chủ tịch UBND tỉnh".
    "vietnews_train_071641.txt": {
        "officials": {
            "Trần Văn Mai": [("Chủ tịch", "Ủy ban nhân dân huyện Đại Lộc")],
            "Trần Thanh Hà": [("Giám đốc", "Sở Tài nguyên và Môi trường tỉnh Quảng Nam|Sở TNMT tỉnh Quảng Nam")],
            "Lê Trí Thanh": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam|Ủy ban nhân dân tỉnh")],
        },
        "meetings": None,
        "localities": ["49", "506", "20521", "48"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
