"""Gold for blind round 2, part B: 12 articles from the national-press pool (VietNews), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_SRC = "ThanhChinhBK/vietnews data/{}_tokenized/{}.txt.seg (press pool)"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_train_090839.txt": _SRC.format("train", "090839"),
    "vietnews_train_094753.txt": _SRC.format("train", "094753"),
    "vietnews_train_099860.txt": _SRC.format("train", "099860"),
    "vietnews_train_100258.txt": _SRC.format("train", "100258"),
    "vietnews_train_101950.txt": _SRC.format("train", "101950"),
    "vietnews_train_102719.txt": _SRC.format("train", "102719"),
    "vietnews_train_102890.txt": _SRC.format("train", "102890"),
    "vietnews_train_105161.txt": _SRC.format("train", "105161"),
    "vietnews_train_105401.txt": _SRC.format("train", "105401"),
    "vietnews_val_016440.txt": _SRC.format("val", "016440"),
    "vietnews_val_019184.txt": _SRC.format("val", "019184"),
    "vietnews_val_020420.txt": _SRC.format("val", "020420"),
}

HCM = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
HN = "Ủy ban nhân dân thành phố Hà Nội"
HDND_HN = "Hội đồng nhân dân thành phố Hà Nội"
DN = "Ủy ban nhân dân thành phố Đà Nẵng"
SXD_HCM = "Sở Xây dựng Thành phố Hồ Chí Minh|Sở Xây dựng"
STNMT_HCM = ("Sở Tài nguyên và Môi trường Thành phố Hồ Chí Minh|Sở Tài nguyên và Môi trường"
             "|Sở Tài nguyên - Môi trường Thành phố Hồ Chí Minh|Sở Tài nguyên - Môi trường")
UBBC_HCM = "Ủy ban bầu cử Thành phố Hồ Chí Minh|Ủy ban bầu cử TP HCM|Ủy ban bầu cử thành phố|Ủy ban bầu cử"
STTTT_HN = ("Sở Thông tin và Truyền thông thành phố Hà Nội|Sở Thông tin Truyền thông thành phố Hà Nội"
            "|Sở Thông tin và Truyền thông|Sở Thông tin Truyền thông|Sở Thông tin - Truyền thông thành phố Hà Nội")
BTL_TD = ("Bộ Tư lệnh Thủ đô Hà Nội|Bộ Tư lệnh Thủ đô|Quân khu Thủ đô|Bộ Tư lệnh Quân khu Thủ đô"
          "|Bộ Tư lệnh Thủ đô Hà Nội - Quân khu Thủ đô")
BGTVT = "Bộ Giao thông Vận tải|Bộ Giao thông vận tải|Bộ Giao thông"
CS_PCCC_HCM = ("Cảnh sát Phòng cháy và chữa cháy Thành phố Hồ Chí Minh|Cảnh sát Phòng cháy chữa cháy Thành phố Hồ Chí Minh"
               "|Cảnh sát PCCC Thành phố Hồ Chí Minh|Cảnh sát PCCC TP HCM|Cảnh sát PCCC|Cảnh sát Phòng cháy và chữa cháy"
               "|Cảnh sát Phòng cháy chữa cháy|Công an Thành phố Hồ Chí Minh|Công an TP HCM")
TBT = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam|Ban Chấp hành Trung ương Đảng|Đảng Cộng sản Việt Nam"

GOLD = {
    # Meeting on election work, afternoon 13/4; year 2016 from the text (elections of the XIV National Assembly and
    # the HĐND term 2016-2021 are held in 2016). Chair not stated; organizer the city's election committee, whose
    # chair gives the directives.
    "vietnews_train_090839.txt": {
        "officials": {
            "Trương Văn Lắm": [("Giám đốc", "Sở Nội vụ Thành phố Hồ Chí Minh|Sở Nội vụ")],
            "Lâm Thiếu Quân": [("?Đại biểu", "Hội đồng nhân dân Thành phố Hồ Chí Minh")],
            "Nguyễn Hoàng Năng": [("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh"
                                               "|Ủy ban Mặt trận Tổ quốc Thành phố Hồ Chí Minh"
                                               "|Ủy ban Mặt trận Tổ quốc Việt Nam TP HCM")],
            "Nguyễn Thị Quyết Tâm": [("Chủ tịch", UBBC_HCM)],
        },
        "meetings": [{"date": "2016-04-13", "chair": None, "organizer": UBBC_HCM + "|" + HCM,
                      "locality": "79",
                      "attendees": ["?Trương Văn Lắm", "?Nguyễn Hoàng Năng", "?Nguyễn Thị Quyết Tâm"]}],
        "localities": ["79"],
        "tasks": [
            ("các đơn vị", "chuẩn bị cho vòng hiệp thương cuối cùng"),
            (None, "tổng hợp đầy đủ đơn thư khiếu nại, tố cáo"),
        ],
    },
    # Conference deploying the city's fire-safety directive for apartment buildings, 30/3 (year not written).
    # Chair not stated (Chairman Phong speaks and closes it) -> optional attendee. Directive contents are tasks.
    "vietnews_train_094753.txt": {
        "officials": {
            "Lê Hoàng Châu": [("Chủ tịch", "Hiệp hội Bất động sản Thành phố Hồ Chí Minh|Hiệp hội Bất động sản TP HCM"
                                           "|Hiệp hội Bất động sản TP HCM - Horea|Horea")],
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
            "Nguyễn Thanh Hưởng": [("Phó Giám đốc", CS_PCCC_HCM)],
            "Trần Trọng Tuấn": [("Giám đốc", SXD_HCM)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": HCM, "locality": "79",
                      "attendees": ["?Nguyễn Thành Phong", "?Lê Hoàng Châu", "?Nguyễn Thanh Hưởng", "?Trần Trọng Tuấn"]}],
        "localities": ["79", "776"],
        "tasks": [
            ("thủ trưởng các sở ngành và địa phương|các sở ngành và địa phương",
             "thực hiện nghiêm chỉ thị của thành phố"),
            ("Văn phòng Ủy ban nhân dân Thành phố Hồ Chí Minh|Văn phòng UBND thành phố|Văn phòng Ủy ban nhân dân thành phố",
             "tham mưu, đề xuất hình thức xử lý trách nhiệm"),
            ("Thủ trưởng các sở ngành, chủ tịch UBND các quận huyện, người đứng đầu cơ quan, tổ chức, đơn vị"
             "|Thủ trưởng các sở ngành|các sở ngành|chủ tịch UBND các quận huyện",
             "phối hợp chặt chẽ với cảnh sát PCCC rà soát"),
            ("Các cơ quan", "công bố danh sách chung cư, nhà cao tầng chưa thành lập"),
            ("Sở Tư pháp Thành phố Hồ Chí Minh|Sở Tư pháp", "tham mưu xây dựng quy trình, thủ tục để xử lý"),
            (None, "?cần phải thực hiện hết sức nghiêm túc chỉ thị"),
            ("Cảnh sát PCCC|" + CS_PCCC_HCM, "?công bố danh sách các chung cư an toàn"),
            ("Cảnh sát PCCC|" + CS_PCCC_HCM, "?cần cập nhật, bổ sung những tiêu chuẩn, quy chuẩn"),
            (None, "?thông tin định kỳ tình trạng chung cư"),
        ],
    },
    # Opening sitting of the 7th session of HĐND TP Hà Nội (term XV), morning 4/12; year 2018 from the text
    # ("trong năm 2018", targets "cho năm 2019"). Chair not stated; the NA vice-chair only speaks.
    "vietnews_train_099860.txt": {
        "officials": {
            "Tòng Thị Phóng": [("Phó Chủ tịch Thường trực", "Quốc hội"), ("?Phó Chủ tịch", "Quốc hội")],
            "Nguyễn Ngọc Kỳ": [("Giám đốc", STTTT_HN)],
            "Nguyễn Hồng Thái": [("Tư lệnh", BTL_TD)],
        },
        "meetings": [{"date": "2018-12-04", "chair": None, "organizer": HDND_HN, "locality": "01",
                      "attendees": ["?Tòng Thị Phóng"]}],
        "localities": ["01"],
        "tasks": [
            ("cơ quan dân cử thành phố|" + HDND_HN, "tiếp tục đổi mới, chủ động trong thực hiện"),
            ("Hà Nội|thành phố Hà Nội|" + HN + "|" + HDND_HN, "cần quan tâm tới việc chọn nguồn, đào tạo"),
            ("cơ quan dân cử thành phố|" + HDND_HN, "thực hiện nghiêm túc các văn bản hướng dẫn"),
            ("đại biểu HĐND TP|đại biểu Hội đồng nhân dân thành phố Hà Nội|" + HDND_HN,
             "cần thực hiện quyền giám sát của mình"),
            (None, "?phải bồi dưỡng cán bộ nguồn, bồi dưỡng đại biểu"),
        ],
    },
    # The investment conference "Hà Nội 2016" is only where the plan was announced (MoU signing) -> meetings None.
    "vietnews_train_100258.txt": {
        "officials": {
            "Nguyễn Hữu Độ": [("Giám đốc", "Sở Giáo dục và Đào tạo thành phố Hà Nội|Sở Giáo dục và Đào tạo Hà Nội"
                                           "|Sở Giáo dục và Đào tạo|Sở Giáo dục - Đào tạo thành phố Hà Nội")],
            "Nguyễn Đức Chung": [("Chủ tịch", HN)],
        },
        "meetings": None,
        "localities": ["01"],
        "tasks": [
            ("các cơ quan chức năng", "?giao nhiệm vụ cụ thể cho các cơ quan chức năng"),
        ],
    },
    # Provincial meeting assessing the marine-incident damage, morning 4/7; year 2016 from the text. Chair not stated.
    "vietnews_train_101950.txt": {
        "officials": {
            "Nguyễn Hữu Hoài": [("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình")],
            "Trần Tiến Dũng": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình"),
                               ("?Chủ tịch", "Hội đồng đánh giá thiệt hại tỉnh Quảng Bình|Hội đồng đánh giá thiệt hại")],
        },
        "meetings": [{"date": "2016-07-04", "chair": None,
                      "organizer": "Ủy ban nhân dân tỉnh Quảng Bình|tỉnh Quảng Bình", "locality": "44",
                      "attendees": ["?Nguyễn Hữu Hoài"]}],
        # Hà Tĩnh only inside the company name "Formosa Hà Tĩnh".
        "localities": ["44", "?42"],
        "tasks": [
            ("các ngành", "đánh giá thiệt hại phải “ chính xác, đúng luật"),
            (None, "?cần tính đến những năm tiếp theo và lâu dài"),
            ("Hội đồng đánh giá thiệt hại tỉnh Quảng Bình|Hội đồng đánh giá thiệt hại|Hội đồng này",
             "?đánh giá chính xác thiệt hại sau sự cố môi trường biển"),
        ],
    },
    # Vice-chairman Lê Văn Khoa's written directives on the Đông Thạnh landfill; the voters' meeting (11/5) and the
    # secretary's site visit are only mentioned -> meetings None (dev precedent: tiếp xúc cử tri -> None).
    "vietnews_train_102719.txt": {
        "officials": {
            "Lê Văn Khoa": [("Phó Chủ tịch", HCM)],
            "Đinh La Thăng": [("Bí thư", "Thành ủy Thành phố Hồ Chí Minh")],
        },
        "meetings": None,
        # "bãi rác Đông Thạnh" is the landfill's name (xã Đông Thạnh, Hóc Môn) -> optional.
        "localities": ["79", "784", "?27568"],
        "tasks": [
            (STNMT_HCM, "hướng dẫn Công ty TNHH MTV Môi trường đô thị"),
            (STNMT_HCM, "phối hợp với các sở ngành liên quan làm việc"),
            (None, "phải hoàn thành và báo cáo UBND thành phố"),
            ("lãnh đạo Sở Tài nguyên và Môi trường|" + STNMT_HCM, "chỉ đạo các đơn vị quan trắc và giám sát chặt chẽ"),
            ("Ủy ban nhân dân huyện Hóc Môn", "giám sát hoạt động của trạm xử lý chất thải nguy hại"),
            ("Sở Y tế Thành phố Hồ Chí Minh|Sở Y tế", "xác định nguyên nhân, theo dõi tình trạng bệnh ung thư"),
            ("Tổng Công ty Cấp nước Sài Gòn|Sawaco", "nhanh chóng lắp đặt hệ thống cấp nước sạch"),
            ("thành phố|" + HCM, "chỉ đạo các sở ngành liên quan lên phương án di dời"),
            ("các sở ngành", "?hoàn chỉnh đề án di dời Trạm xử lý chất thải nguy hại"),
            ("Ủy ban nhân dân huyện Hóc Môn", "?cấp miễn phí thẻ bảo hiểm y tế cho họ"),
        ],
    },
    # Working session of the Transport Ministry delegation led by Minister Trương Quang Nghĩa with Đà Nẵng's leaders,
    # morning 9/6 (year not written). Chair = head of the delegation (round-1 precedent vietnews_train_093147).
    "vietnews_train_102890.txt": {
        "officials": {
            "Nguyễn Xuân Anh": [("Bí thư", "Thành ủy Đà Nẵng")],
            "Trương Quang Nghĩa": [("Bộ trưởng", BGTVT), ("?Trưởng đoàn", "Đoàn công tác Bộ Giao thông Vận tải|" + BGTVT)],
            "Khuất Việt Hùng": [("Phó Chủ tịch", "Ủy ban An toàn giao thông Quốc gia")],
            "Lê Đình Thọ": [("Thứ trưởng", BGTVT)],
        },
        "meetings": [{"date": None, "chair": "Trương Quang Nghĩa",
                      "organizer": BGTVT + "|Đoàn công tác Bộ Giao thông Vận tải|" + DN + "|Thành ủy Đà Nẵng",
                      "locality": "48",
                      "attendees": ["?Nguyễn Xuân Anh", "?Khuất Việt Hùng", "?Lê Đình Thọ"]}],
        "localities": ["48"],
        "tasks": [
            ("chính quyền Đà Nẵng|" + DN + "|Đà Nẵng|thành phố Đà Nẵng", "làm việc với phía đăng kiểm để xem cụ thể"),
            ("các lực lượng thanh tra, kiểm tra", "phải rất lưu ý đến các phương tiện chở đông người"),
            (None, "?phải kiểm tra xem có đảm bảo an toàn"),
            (None, "?phải tập trung vào công tác quản lý"),
            (None, "?cần đề xuất Trung ương tuyên dương"),
            ("Thành ủy Đà Nẵng", "?cách chức giám đốc, phó giám đốc Cảng vụ"),
            (None, "?những tàu hoán cải phải chấm dứt"),
        ],
    },
    # Experts' opinions on the Thủ Thiêm opera house; the HĐND session of 8/10 is only mentioned -> meetings None.
    "vietnews_train_105161.txt": {
        "officials": {
            "Phạm Sỹ Liêm": [("?Thứ trưởng", "Bộ Xây dựng")],
            "Lê Như Tiến": [("?Phó Chủ nhiệm", "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"
                                               "|Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng")],
        },
        "meetings": None,
        # Quận 2 is not in the register (now Thủ Đức 769); Thủ Thiêm is named as an urban area (ward 27118).
        "localities": ["79", "760", "01", "?769", "?27118"],
        "tasks": [],
    },
    # 7th session of HĐND tỉnh Thanh Hóa (term XVII), discussion in the hall on the afternoon of 12/12; no year
    # written. Chair not stated; the two speakers are optional attendees.
    "vietnews_train_105401.txt": {
        "officials": {
            "Nguyễn Văn Đệ": [("Chủ tịch", "Hiệp hội Doanh nghiệp tỉnh Thanh Hóa|Hiệp hội Doanh nghiệp Thanh Hóa")],
            "Ngô Tiến Ngọc": [("Bí thư", "Huyện ủy Ngọc Lặc")],
        },
        "meetings": [{"date": None, "chair": None, "organizer": "Hội đồng nhân dân tỉnh Thanh Hóa", "locality": "38",
                      "attendees": ["?Nguyễn Văn Đệ", "?Ngô Tiến Ngọc"]}],
        # "Nghi Sơn" is the economic zone at the time (town 407 / commune 16657 in the register) -> optional.
        "localities": ["38", "389", "?407", "?16657"],
        "tasks": [],
    },
    # The Vương family mansion: no meeting held ("nhiều cuộc họp" only mentioned) -> None.
    "vietnews_val_016440.txt": {
        "officials": {
            "Phan Văn Khải": [("?Thủ tướng", "Chính phủ")],
            "Nông Đức Mạnh": [("?Tổng Bí thư", TBT)],
            "Bùi Đức Tân": [("Trưởng phòng", "Phòng Quản lý di sản văn hóa Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang"
                                             "|Phòng Quản lý di sản văn hóa|Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang"
                                             "|Sở VH - TT & DL Hà Giang|Sở Văn hóa, Thể thao và Du lịch")],
        },
        "meetings": None,
        "localities": ["02", "026", "00736"],
        "tasks": [],
    },
    # HĐND TP Hà Nội's confidence vote at its session (sitting of 6/12; session opened 4/12); year 2018 from the
    # caption, but which day is "the meeting" is ambiguous -> date None. Chair not stated.
    "vietnews_val_019184.txt": {
        "officials": {
            "Nguyễn Ngọc Kỳ": [("Giám đốc", STTTT_HN), ("?Ủy viên", HN)],
            "Nguyễn Hồng Thái": [("Tư lệnh", BTL_TD), ("?Ủy viên", HN)],
            "Hoàng Trung Hải": [("Bí thư", "Thành ủy Hà Nội")],
            "Nguyễn Đức Chung": [("Chủ tịch", HN), ("?Giám đốc", "Công an thành phố Hà Nội|Công an")],
            "Nguyễn Thị Bích Ngọc": [("Chủ tịch", HDND_HN), ("?Phó Chủ tịch", HN)],
            "Ngô Văn Quý": [("Phó Chủ tịch", HN),
                            ("?Giám đốc", "Sở Kế hoạch và Đầu tư thành phố Hà Nội|Sở Kế hoạch và Đầu tư")],
            "Nguyễn Văn Sửu": [("Phó Chủ tịch", HN)],
            "Trần Huy Sáng": [("Giám đốc", "Sở Nội vụ thành phố Hà Nội|Sở Nội vụ")],
            "Nguyễn Hoài Nam": [("Trưởng Ban", "Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội"
                                               "|Ban Pháp chế Hội đồng nhân dân thành phố|Ban Pháp chế Hội đồng nhân dân")],
        },
        "meetings": [{"date": None, "chair": None, "organizer": HDND_HN, "locality": "01",
                      "attendees": ["?Hoàng Trung Hải"]}],
        "localities": ["01"],
        "tasks": [
            ("mỗi đại biểu|đại biểu Hội đồng nhân dân thành phố Hà Nội|đại biểu", "cần nêu cao trách nhiệm, công tâm"),
        ],
    },
    # Secretary Đinh La Thăng meets voters of Củ Chi, morning 5/10 -> tiếp xúc cử tri, meetings None (dev precedent).
    "vietnews_val_020420.txt": {
        "officials": {
            "Đinh La Thăng": [("Bí thư", "Thành ủy Thành phố Hồ Chí Minh")],
            "Trịnh Xuân Thanh": [("?Ủy viên", "Tỉnh ủy Hậu Giang"), ("?Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hậu Giang")],
            "Nguyễn Phú Trọng": [("Tổng Bí thư", TBT),
                                 ("?Trưởng ban", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"
                                                 "|Ban Chỉ đạo Trung ương về phòng chống tham nhũng")],
            "Nguyễn Văn Tám": [("Phó Giám đốc", "Sở Giao thông Vận tải Thành phố Hồ Chí Minh|Sở Giao thông Vận tải")],
            "Nguyễn Tấn Bỉnh": [("Giám đốc", "Sở Y tế Thành phố Hồ Chí Minh|Sở Y tế")],
        },
        "meetings": None,
        "localities": ["79", "783", "27538", "93"],
        "tasks": [
            (None, "?đưa ra xét xử 6 vụ án tham nhũng"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
