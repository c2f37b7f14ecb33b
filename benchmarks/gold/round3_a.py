"""Gold for blind round 3, part A: 25 articles from the national-press pool (VietNews), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_SRC = "ThanhChinhBK/vietnews data/{}_tokenized/{}.txt.seg (press pool)"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_test_013256.txt": _SRC.format("test", "013256"),
    "vietnews_test_014330.txt": _SRC.format("test", "014330"),
    "vietnews_test_019576.txt": _SRC.format("test", "019576"),
    "vietnews_train_001988.txt": _SRC.format("train", "001988"),
    "vietnews_train_015314.txt": _SRC.format("train", "015314"),
    "vietnews_train_018122.txt": _SRC.format("train", "018122"),
    "vietnews_train_019092.txt": _SRC.format("train", "019092"),
    "vietnews_train_020531.txt": _SRC.format("train", "020531"),
    "vietnews_train_060859.txt": _SRC.format("train", "060859"),
    "vietnews_train_062483.txt": _SRC.format("train", "062483"),
    "vietnews_train_062511.txt": _SRC.format("train", "062511"),
    "vietnews_train_066020.txt": _SRC.format("train", "066020"),
    "vietnews_train_073437.txt": _SRC.format("train", "073437"),
    "vietnews_train_088875.txt": _SRC.format("train", "088875"),
    "vietnews_train_090720.txt": _SRC.format("train", "090720"),
    "vietnews_train_091703.txt": _SRC.format("train", "091703"),
    "vietnews_train_093010.txt": _SRC.format("train", "093010"),
    "vietnews_train_095851.txt": _SRC.format("train", "095851"),
    "vietnews_train_096055.txt": _SRC.format("train", "096055"),
    "vietnews_train_100841.txt": _SRC.format("train", "100841"),
    "vietnews_val_002252.txt": _SRC.format("val", "002252"),
    "vietnews_val_003614.txt": _SRC.format("val", "003614"),
    "vietnews_val_014604.txt": _SRC.format("val", "014604"),
    "vietnews_val_016794.txt": _SRC.format("val", "016794"),
    "vietnews_val_018051.txt": _SRC.format("val", "018051"),
}

HCM = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
HN = "Ủy ban nhân dân thành phố Hà Nội"
DN = "Ủy ban nhân dân thành phố Đà Nẵng"
TU_HCM = "Thành ủy Thành phố Hồ Chí Minh|Thành ủy TP. HCM|Thành ủy TP HCM"
HDND_HCM = "Hội đồng nhân dân Thành phố Hồ Chí Minh"
DDBQH_HCM = ("Đoàn đại biểu Quốc hội Thành phố Hồ Chí Minh|Đoàn đại biểu Quốc hội TP HCM|Đoàn đại biểu Quốc hội thành phố"
             "|Đoàn đại biểu Quốc hội")
SYT_HCM = "Sở Y tế Thành phố Hồ Chí Minh|Sở Y tế|giám đốc Sở Y tế|Giám đốc Sở Y tế"
SQHKT_HCM = ("Sở Quy hoạch - Kiến trúc Thành phố Hồ Chí Minh|Sở Quy hoạch – Kiến trúc|Sở Quy hoạch - Kiến trúc"
             "|Sở Quy hoạch Kiến trúc Thành phố Hồ Chí Minh|Sở Quy hoạch Kiến trúc|lãnh đạo Sở"
             "|Giám đốc Sở Quy hoạch – Kiến trúc|Giám đốc Sở Quy hoạch - Kiến trúc")
SYT_BN = "Sở Y tế tỉnh Bắc Ninh|Sở Y tế"
CA_MH = "Công an huyện Mỹ Hào|Công an thị xã Mỹ Hào|Công an Mỹ Hào"
CA_MD = "Công an xã Minh Đức|Ban Công an xã Minh Đức|Công an phường Minh Đức|Công an xã"
BCD_DNMT = ("Ban chỉ đạo đề án Xây dựng Đà Nẵng - thành phố môi trường|Ban Chỉ đạo đề án Xây dựng Đà Nẵng – thành phố môi trường"
            "|Ban chỉ đạo đề án|Ban chỉ đạo")
BCD_LS = ("Ban Chỉ đạo công trình Lịch sử Thành phố Hồ Chí Minh|Ban Chỉ đạo công trình Lịch sử TP HCM"
          "|Ban Chỉ đạo công trình Lịch sử")
BV_MAT = "Bệnh viện Mắt Thành phố Hồ Chí Minh|Bệnh viện Mắt|Bệnh viện Mắt TP. HCM"
EVN_HN = ("Ban Quản lý dự án lưới điện Hà Nội|Ban quản lý dự án và lưới điện Hà Nội|Ban Quản lý dự án và lưới điện Hà Nội"
          "|Tổng công ty Điện lực TP Hà Nội|Tổng công ty Điện lực thành phố Hà Nội|EVN HANOI")

GOLD = {
    # Background piece on the Phú Xuyên 110kV substation; the interagency meeting of Sở QHKT (17/2/2017) is only
    # mentioned -> meetings None. The EVN project-board deputy director is a state-company post (optional).
    # "tiểu khu Mỹ Lâm" is a neighbourhood, not a unit.
    "vietnews_test_013256.txt": {
        "officials": {
            "Nguyễn Chí Thanh": [("?Phó Giám đốc", EVN_HN)],
        },
        "meetings": None,
        "localities": ["01", "280", "279", "35", "10273"],
        "tasks": [
            ("EVN HANOI|" + EVN_HN, "?tiến hành đo vẽ bản đồ hiện trạng khu vực trạm mới"),
        ],
    },
    # Statements of the director of Sở KH&ĐT Quảng Nam (17/9); no meeting. "xã Điện Bàn" is the town (thị xã)
    # 507; "Điện Ngọc" only in the name of the new urban area -> optional.
    "vietnews_test_014330.txt": {
        "officials": {
            "Đặng Phong": [("Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh Quảng Nam|Sở Kế hoạch và Đầu tư")],
        },
        "meetings": [],
        "localities": ["49", "507", "?20563"],
        "tasks": [
            ("Ủy ban nhân dân thị xã Điện Bàn|UBND thị xã Điện Bàn",
             "rà soát, xác định lại giá đất hiện hành"),
            ("Ủy ban nhân dân thị xã Điện Bàn|UBND thị xã Điện Bàn", "?báo cáo đề xuất UBND tỉnh hướng xử lý"),
        ],
    },
    # Head of HCMC's NA delegation speaks to the press at the NA group discussion (4/11) -> the session is only the
    # setting; the 3/11 meeting with the PM and the delegation's earlier meeting are only mentioned -> None.
    "vietnews_test_019576.txt": {
        "officials": {
            "Huỳnh Thành Lập": [("Trưởng đoàn", DDBQH_HCM)],
            "Nguyễn Tấn Dũng": [("Thủ tướng", "Chính phủ")],
            "Hứa Ngọc Thuận": [("Phó Chủ tịch", HCM)],
        },
        "meetings": None,
        "localities": ["79"],
        "tasks": [
            (HCM + "|UBND thành phố|Ủy ban nhân dân thành phố", "tích cực chuẩn bị các điều kiện để khi được phép"),
            (HCM + "|UBND thành phố|Ủy ban nhân dân thành phố", "báo cáo tình hình cai nghiện ở địa bàn"),
        ],
    },
    # Crime round-up (no meeting, no directives). Mỹ Hào is in the register as a town (328), Minh Đức as its ward.
    "vietnews_train_001988.txt": {
        "officials": {
            "Đào Trọng Bằng": [("Trưởng Công an", CA_MH), ("?Trưởng", CA_MH)],
            "Nguyễn Phụng Huy": [("Trưởng Công an", CA_MD), ("?Trưởng", CA_MD)],
            "Vũ Đồng Hiệu": [("Phó Trưởng Công an", CA_MD), ("?Phó Công an", CA_MD), ("?Phó Trưởng", CA_MD)],
        },
        "meetings": [],
        "localities": ["74", "79", "77", "750", "26590", "42", "446", "436", "18085", "33", "328", "12127"],
        "tasks": [],
    },
    # UBND TP HCM conference deploying the delegation of powers, 9-11; year 2018 from the text ("Đến tháng 1-2019 ...
    # sẽ có hiệu lực", spending "trong năm 2018" and the estimate "cho năm 2019"). Chair not stated.
    "vietnews_train_015314.txt": {
        "officials": {
            "Nguyễn Thiện Nhân": [("Bí thư", TU_HCM)],
            "Lê Thanh Liêm": [("Phó Chủ tịch Thường trực", HCM), ("?Phó Chủ tịch", HCM)],
            "Phan Thị Thắng": [("Giám đốc", "Sở Tài chính Thành phố Hồ Chí Minh|Sở Tài chính")],
        },
        "meetings": [{"date": "2018-11-09", "chair": None, "organizer": HCM, "locality": "79",
                      "attendees": ["Nguyễn Thiện Nhân", "?Lê Thanh Liêm", "?Phan Thị Thắng"]}],
        "localities": ["79"],
        "tasks": [
            ("các quận huyện, sở ngành|các quận huyện|sở ngành", "phải chủ động, tích cực để rà soát soạn thảo"),
            ("thủ trưởng, chủ tịch các quận huyện|thủ trưởng|chủ tịch các quận huyện|chủ tịch Ủy ban nhân dân các quận huyện",
             "phải làm sát vấn đề này sao cho đảm bảo chính xác"),
            (None, "?phải triển khai uỷ quyền thế nào"),
            (None, "?cần phải càng thận trọng, nâng cao tinh thần trách nhiệm"),
            ("các cơ quan", "?có thể tổ chức làm thêm ngoài giờ"),
            ("lãnh đạo đơn vị", "?lãnh đạo đơn vị phải chịu trách nhiệm trước lãnh đạo TP"),
        ],
    },
    # Inspection findings on The Diamond Park (no meeting, no named official). The city's directives ordering the
    # inspections are tasks; the 2015 inspection's recommendations are optional.
    "vietnews_train_018122.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["01", "250", "26"],
        "tasks": [
            ("Thanh tra thành phố Hà Nội|Thanh tra Hà Nội|liên ngành|Thanh tra TP", "tổ chức thanh tra toàn diện dự án"),
            ("Sở Tài nguyên và Môi trường thành phố Hà Nội|Sở Tài nguyên và môi trường|Sở Tài nguyên và Môi trường",
             "phối hợp các sở, ngành liên quan thanh tra, kiểm tra"),
            ("Sở Tài nguyên và Môi trường thành phố Hà Nội|Sở Tài nguyên và môi trường|Sở Tài nguyên và Môi trường",
             "?trình UBND TP Hà Nội thu hồi diện tích"),
            ("Cục Thuế thành phố Hà Nội|Cục Thuế", "?làm rõ và truy thu tiền sử dụng đất"),
        ],
    },
    # Hoàn Kiếm chairman on the railway vaults; the 12-9 working session of Bộ GTVT with UBND Hà Nội is only
    # mentioned -> None, but the ministry's notes from it are directives to Hà Nội.
    "vietnews_train_019092.txt": {
        "officials": {
            "Dương Đức Tuấn": [("Chủ tịch", "Ủy ban nhân dân quận Hoàn Kiếm")],
        },
        "meetings": None,
        "localities": ["01", "002", "00040"],
        "tasks": [
            ("Hà Nội|thành phố Hà Nội|" + HN, "cần tổ chức kiểm định độ an toàn chịu lực"),
            ("Hà Nội|thành phố Hà Nội|" + HN, "phải bảo đảm an toàn cho chạy tàu"),
            ("quận Hoàn Kiếm|Ủy ban nhân dân quận Hoàn Kiếm", "?thành phố giao cho quận Hoàn Kiếm phụ trách"),
        ],
    },
    # Meeting chaired by the Bắc Ninh chairman (reported "ngày hôm nay 16-3"; the meeting's own day is not stated and
    # no year is written) -> date None.
    "vietnews_train_020531.txt": {
        "officials": {
            "Nguyễn Tử Quỳnh": [("Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Ninh")],
        },
        "meetings": [{"date": None, "chair": "Nguyễn Tử Quỳnh", "organizer": "Ủy ban nhân dân tỉnh Bắc Ninh",
                      "locality": "27", "attendees": []}],
        # Thuận Thành is a town (262) in the register; xã Thanh Khương its ward 09427; "đưa về Hà Nội" names Hà Nội.
        "localities": ["27", "262", "09427", "01"],
        "tasks": [
            (SYT_BN, "căn cứ vào các xét nghiệm, báo cáo chính thức"),
            (SYT_BN, "chủ trì, phối hợp với các đơn vị tổ chức xét nghiệm"),
            (SYT_BN, "hướng dẫn người dân về ảnh hưởng, nguyên nhân"),
            ("Công an tỉnh Bắc Ninh|Công an tỉnh", "khẩn trương điều tra, làm rõ trách nhiệm tập thể"),
            (None, "điều tra việc cung cấp, phát tán thông tin không đúng"),
            (None, "thực hiện các biện pháp bảo đảm an ninh trật tự"),
            ("Sở Giáo dục và Đào tạo tỉnh Bắc Ninh|Sở GD-ĐT tỉnh Bắc Ninh|Sở Giáo dục và Đào tạo"
             "|Ủy ban nhân dân huyện Thuận Thành|UBND huyện Thuận Thành",
             "phối hợp với Sở Y tế tuyên truyền cho các phụ huynh"),
            (None, "?yêu cầu điều tra, làm rõ trách nhiệm"),
            (None, "?xử lý hành vi kích động gây rối"),
        ],
    },
    # Meeting of the steering committee of "Đà Nẵng - thành phố môi trường", chaired by vice-chairman Nguyễn Ngọc Tuấn,
    # "Chiều 22/1"; year 2016 from the text (it reviews "Trong năm 2015" / "trong năm qua").
    # Sở TN&MT's proposals are not tasks. Thọ Quang only in the fishing port's name -> optional.
    "vietnews_train_060859.txt": {
        "officials": {
            "Nguyễn Ngọc Tuấn": [("Phó Chủ tịch", DN), ("?Trưởng Ban", BCD_DNMT)],
            "Nguyễn Điểu": [("Giám đốc", "Sở Tài nguyên và Môi trường thành phố Đà Nẵng|Sở Tài nguyên và Môi trường"),
                            ("?Phó Trưởng Ban", BCD_DNMT), ("?Phó Ban", BCD_DNMT)],
        },
        "meetings": [{"date": "2016-01-22", "chair": "Nguyễn Ngọc Tuấn", "organizer": BCD_DNMT + "|" + DN,
                      "locality": "48", "attendees": ["?Nguyễn Điểu"]}],
        "localities": ["48", "490", "497", "20302", "?20263"],
        "tasks": [
            (None, "?rà soát và điều chỉnh một số chỉ tiêu"),
        ],
    },
    # Online giao ban of the city's Standing Party Committee, HĐND and UBND with district leaders, Q2/2016,
    # "sáng nay (24/6)" -> 2016-06-24. Chair not stated. The district secretary's proposals are not tasks.
    "vietnews_train_062483.txt": {
        "officials": {
            "Hoàng Trọng Quyết": [("Bí thư", "Quận ủy Ba Đình")],
            "Nguyễn Đức Chung": [("Chủ tịch", HN)],
        },
        "meetings": [{"date": "2016-06-24", "chair": None,
                      "organizer": "Thường trực Thành ủy Hà Nội|Thành ủy Hà Nội|" + HN + "|Hội đồng nhân dân thành phố Hà Nội",
                      "locality": "01", "attendees": ["?Hoàng Trọng Quyết", "?Nguyễn Đức Chung"]}],
        "localities": ["01", "001"],
        "tasks": [
            (None, "dứt khoát không để chậm tiến độ phá dỡ"),
            ("quận|quận Ba Đình|Ủy ban nhân dân quận Ba Đình", "?quận sẽ ứng tiền để đơn vị phá dỡ"),
            (None, "?cho rà soát và cho dừng toàn bộ các công trình"),
            (None, "?yêu cầu chủ đầu tư thực hiện nghiêm việc phá dỡ"),
        ],
    },
    # Working session of the Hà Nội Party secretary with huyện Thanh Trì, 23/8 (year not written; "năm 2020" is a
    # target). Chair not stated -> the secretary is an optional attendee. Article truncated.
    "vietnews_train_062511.txt": {
        "officials": {
            "Hoàng Trung Hải": [("Bí thư", "Thành ủy Hà Nội")],
            "Trần Văn Khương": [("Bí thư", "Huyện ủy Thanh Trì")],
            "Lê Vinh": [("Giám đốc", "Sở Quy hoạch - Kiến trúc thành phố Hà Nội|Sở Quy hoạch kiến trúc Hà Nội"
                                     "|Sở Quy hoạch - Kiến trúc|Sở Quy hoạch Kiến trúc")],
            "Nguyễn Văn Tứ": [("Giám đốc", "Sở Kế hoạch và Đầu tư thành phố Hà Nội|Sở Kế hoạch và Đầu tư")],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": "Thành ủy Hà Nội|Ban Thường vụ Thành ủy Hà Nội|Thường trực Thành ủy Hà Nội|Huyện ủy Thanh Trì",
                      "locality": "01|020",
                      "attendees": ["?Hoàng Trung Hải", "?Trần Văn Khương", "?Lê Vinh", "?Nguyễn Văn Tứ"]}],
        "localities": ["01", "020", "274", "018"],
        "tasks": [
            ("huyện|huyện Thanh Trì|Huyện ủy Thanh Trì|Ủy ban nhân dân huyện Thanh Trì",
             "cần tiếp tục rà soát, nâng cấp các chỉ tiêu"),
        ],
    },
    # Press briefing of Thành ủy Hà Nội (giao ban báo chí) -> not a meeting. The Thành ủy's requirements reported
    # there are tasks. Article truncated.
    "vietnews_train_066020.txt": {
        "officials": {
            "Lưu Quang Huy": [("Phó Chánh Văn phòng", "Văn phòng " + HN + "|" + HN + "|Văn phòng Ủy ban nhân dân")],
        },
        "meetings": [],
        "localities": ["01", "007"],
        "tasks": [
            (None, "phải thực hiện việc phục hồi trồng cây xanh"),
            (None, "phải khảo sát kỹ nhu cầu của xã hội"),
        ],
    },
    # Sở GD-ĐT TP HCM's report; its working session with the school (27-3) and the dialogue are only mentioned ->
    # None. The teacher holds no post; the Sở's instructions to the principal are tasks.
    "vietnews_train_073437.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["79", "786", "773"],
        "tasks": [
            ("hiệu trưởng nhà trường|Hiệu trưởng Trường THPT Long Thới|Trường THPT Long Thới",
             "khẩn trương xem xét xử lý kỷ luật các cá nhân"),
            ("hiệu trưởng nhà trường|Hiệu trưởng Trường THPT Long Thới|Trường THPT Long Thới",
             "Phối hợp chặt chẽ với phụ huynh em Phạm Song Toàn"),
            ("hiệu trưởng nhà trường|Hiệu trưởng Trường THPT Long Thới|Trường THPT Long Thới",
             "?có các biện pháp để ổn định tình hình nhà trường"),
            (None, "?Vì vậy phải xử lý nghiêm vi phạm"),
        ],
    },
    # 13th (extraordinary) session of HĐND TP HCM (term IX), afternoon 8/4. The year could only be reached through the
    # multiplier chain of Nghị quyết 03 ("năm ngoái", "Năm sau", "năm 2020") -> date None. Chair not stated.
    "vietnews_train_088875.txt": {
        "officials": {
            "Tất Thành Cang": [("Ủy viên", TU_HCM), ("Phó Trưởng Ban Thường trực", BCD_LS),
                               ("?Phó Ban Thường trực", BCD_LS), ("?Đại biểu", HDND_HCM)],
            "Phan Thị Thắng": [("Giám đốc", "Sở Tài chính Thành phố Hồ Chí Minh|Sở Tài chính")],
            "Phan Nguyễn Như Khuê": [("Phó Trưởng đoàn", DDBQH_HCM), ("?Phó đoàn", DDBQH_HCM), ("?Đại biểu", HDND_HCM)],
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
            "Nguyễn Thị Quyết Tâm": [("Chủ tịch", HDND_HCM)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": HDND_HCM, "locality": "79",
                      "attendees": ["?Tất Thành Cang", "?Phan Thị Thắng", "?Phan Nguyễn Như Khuê",
                                    "?Nguyễn Thành Phong", "?Nguyễn Thị Quyết Tâm"]}],
        "localities": ["79"],
        "tasks": [
            (None, "?Tôi đề nghị bàn cho kỹ"),
            (None, "?cần phải xin thêm ý kiến của Bộ Tài chính"),
        ],
    },
    # Principal of Lam Sơn specialised school asks for early retirement (no meeting, no directive). School posts are
    # public-service posts (optional). "Quảng Xương" only in the school's name -> optional.
    "vietnews_train_090720.txt": {
        "officials": {
            "Phạm Thị Hằng": [("Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Thanh Hóa|Sở Giáo dục và Đào tạo")],
            "Chu Anh Tuấn": [("?Hiệu trưởng", "Trường THPT chuyên Lam Sơn|Trường Trung học phổ thông chuyên Lam Sơn"),
                             ("?Hiệu trưởng", "Trường THPT Quảng Xương 1|Trường Trung học phổ thông Quảng Xương 1")],
        },
        "meetings": [],
        "localities": ["38", "?406"],
        "tasks": [],
    },
    # Deputy PM's field inspection of the Long Thành airport site (9/7) -> not a meeting. "Long Thành" names the
    # airport only -> the district is optional.
    "vietnews_train_091703.txt": {
        "officials": {
            "Trịnh Đình Dũng": [("Phó Thủ tướng", "Chính phủ")],
        },
        "meetings": [],
        "localities": ["75", "?740"],
        "tasks": [
            (None, "cần đẩy nhanh các thủ tục để trình Quốc hội thông qua"),
            ("Bộ Giao thông Vận tải|Bộ GTVT|Bộ Giao thông vận tải", "cần cho người dân góp ý xây dựng"),
            ("Bộ Giao thông Vận tải|Bộ GTVT|Bộ Giao thông vận tải", "?yêu cầu Bộ GTVT phải lấy ý kiến người dân"),
            (None, "?ít nhất đến năm 2019 phải khởi công"),
        ],
    },
    # Written request of the HCMC Party secretary (no meeting; the investor's press session is not an authority's
    # meeting). Trung Nam Group's director is a private-company officer (not listed). Hải Phòng only in the
    # expressway's name -> optional.
    "vietnews_train_093010.txt": {
        "officials": {
            "Nguyễn Thiện Nhân": [("Bí thư", TU_HCM)],
        },
        "meetings": [],
        "localities": ["79", "760", "01", "?31"],
        "tasks": [
            ("Sở Tư pháp Thành phố Hồ Chí Minh|Sở Tư pháp|Cục Thuế Thành phố Hồ Chí Minh|Cục thuế thành phố|Cục thuế",
             "có ý kiến cụ thể về việc nợ thuế kéo dài"),
            ("Sở Tư pháp Thành phố Hồ Chí Minh|Sở Tư pháp|Cục Thuế Thành phố Hồ Chí Minh|Cục thuế thành phố|Cục thuế",
             "?xem doanh nghiệp này có hay không đủ tư cách"),
            ("Trung tâm chống ngập nước thành phố|Trung tâm chống ngập nước Thành phố Hồ Chí Minh",
             "?đề nghị phối hợp xử lý những khoản nợ"),
        ],
    },
    # Working session of Secretary Đinh La Thăng with UBND huyện Củ Chi, "Sáng 21/5", which he chairs (caption).
    # No year written ("ứng viên đại biểu Quốc hội" without a term) -> date None.
    "vietnews_train_095851.txt": {
        "officials": {
            "Đinh La Thăng": [("Bí thư", TU_HCM)],
            "Nguyễn Thanh Nhã": [("Giám đốc", SQHKT_HCM)],
            "Lê Minh Tấn": [("Giám đốc", "Sở Lao động - Thương binh và Xã hội Thành phố Hồ Chí Minh"
                                         "|Sở Lao động – Thương binh và Xã hội|Sở Lao động - Thương binh và Xã hội"
                                         "|Sở Lao đông – Thương binh và Xã hội TP HCM"),
                            ("?Bí thư", "Huyện ủy Củ Chi")],
        },
        "meetings": [{"date": None, "chair": "Đinh La Thăng",
                      "organizer": TU_HCM + "|Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh|Ủy ban nhân dân huyện Củ Chi",
                      "locality": "79|783", "attendees": ["?Nguyễn Thanh Nhã", "?Lê Minh Tấn"]}],
        "localities": ["79", "783"],
        "tasks": [
            (SQHKT_HCM, "thời hạn tới tháng 6 phải hoàn thành việc rà soát"),
            (SQHKT_HCM, "phải hoàn thành việc rà soát, công bố các quy hoạch"),
            ("Giám đốc Sở Lao đông – Thương binh và Xã hội TP HCM|Sở Lao động - Thương binh và Xã hội Thành phố Hồ Chí Minh"
             "|Sở Lao động – Thương binh và Xã hội|Sở Lao động - Thương binh và Xã hội",
             "báo cáo về việc chậm trễ công nhận danh hiệu"),
            ("Ban thi đua khen thưởng|Ban Thi đua - Khen thưởng Thành phố Hồ Chí Minh|Ban Thi đua - Khen thưởng",
             "Ban thi đua khen thưởng phải trình cho UBND thành phố"),
            (None, "?Thuê tư vấn mới, làm lại"),
            (None, "?Quy hoạch phải gắn với thực địa"),
            (None, "?trong tháng 7 toàn dân huyện Củ Chi phải được biết"),
            (SQHKT_HCM, "?giao Sở Quy hoạch – Kiến trúc chủ trì rà soát lại quy hoạch"),
        ],
    },
    # Chairman Huỳnh Đức Thơ's working session with Sở Xây dựng, "Chiều 26/7" (year not written); he holds it with
    # his department -> chair. Sơn Trà named as the peninsula only -> optional.
    "vietnews_train_096055.txt": {
        "officials": {
            "Huỳnh Đức Thơ": [("Chủ tịch", DN)],
            "Vũ Quang Hùng": [("Giám đốc", "Sở Xây dựng thành phố Đà Nẵng|Sở Xây dựng")],
            "Nguyễn Thành Tiến": [("Phó Chánh Văn phòng", "Văn phòng " + DN + "|" + DN)],
        },
        "meetings": [{"date": None, "chair": "Huỳnh Đức Thơ", "organizer": DN, "locality": "48",
                      "attendees": ["?Vũ Quang Hùng"]}],
        "localities": ["48", "?493"],
        "tasks": [
            ("Chủ đầu tư|chủ đầu tư", "hoàn thành thi công mương và bờ kè trước ngày 31/8"),
            ("Chủ đầu tư|chủ đầu tư", "?chủ đầu tư phải trồng cây xanh"),
        ],
    },
    # Human-interest story about a land donor; the commune's meetings are only mentioned -> None.
    "vietnews_train_100841.txt": {
        "officials": {
            "Nguyễn Công Hà": [("Chủ tịch", "Ủy ban nhân dân xã Nghi Liên")],
            "Trương Tấn Sang": [("Chủ tịch nước", "Nhà nước|Chủ tịch nước|Nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
                                ("?Trưởng đoàn", "đoàn công tác|Đoàn công tác")],
        },
        "meetings": None,
        "localities": ["40", "412", "17908"],
        "tasks": [],
    },
    # UBND TP HCM's salary-reform plan (rights, not directives); the Thành ủy conference of July 2019 is only in a
    # photo caption -> None.
    "vietnews_val_002252.txt": {
        "officials": {
            "Trương Văn Lắm": [("Giám đốc", "Sở Nội vụ Thành phố Hồ Chí Minh|Sở Nội vụ")],
        },
        "meetings": None,
        "localities": ["79"],
        "tasks": [],
    },
    # Online conference introducing the postal service for administrative procedures, chaired by Sở TT&TT
    # (no person named as chair), "sáng 10-5" (no year). The post office is a state company (optional post).
    "vietnews_val_003614.txt": {
        "officials": {
            "Lê Quốc Cường": [("Phó Giám đốc", "Sở Thông tin và Truyền thông Thành phố Hồ Chí Minh|Sở Thông tin và Truyền thông")],
            "Nguyễn Thị Thu Vân": [("?Giám đốc", "Bưu điện Thành phố Hồ Chí Minh|Bưu điện TP. HCM|Bưu điện thành phố")],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": "Sở Thông tin và Truyền thông Thành phố Hồ Chí Minh|Sở Thông tin và Truyền thông",
                      "locality": "79", "attendees": ["?Lê Quốc Cường", "?Nguyễn Thị Thu Vân"]}],
        "localities": ["79"],
        "tasks": [
            ("Bưu điện Thành phố Hồ Chí Minh|Bưu điện TP. HCM|Bưu điện thành phố", "phải làm sao để là cánh tay nối dài"),
            (HCM + "|UBND TP", "?triển khai các UBND quận / huyện ký kết thoả thuận"),
        ],
    },
    # Hoàng Mai district's inspection results; its meeting announcing them is told in one sentence -> None.
    "vietnews_val_014604.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["01", "008", "271", "09694"],
        "tasks": [],
    },
    # Written conclusion of Chairman Nguyễn Thành Phong on the Eye Hospital (no meeting). Hospital posts (former)
    # are optional.
    "vietnews_val_016794.txt": {
        "officials": {
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
            "Trần Anh Tuấn": [("?Giám đốc", BV_MAT)],
            "Trần Hải Yến": [("?Phó Giám đốc", BV_MAT)],
        },
        "meetings": [],
        "localities": ["79", "770"],
        "tasks": [
            (SYT_HCM, "chủ trì kiểm điểm, làm rõ vi phạm, khuyết điểm"),
            ("Đảng ủy Sở Y tế Thành phố Hồ Chí Minh|đảng uỷ Sở Y tế|Đảng ủy Sở Y tế",
             "kiểm điểm trách nhiệm bà Trần Hải Yến"),
            (SYT_HCM, "phải tổ chức kiểm điểm trách nhiệm tập thể lãnh đạo sở"),
            (SYT_HCM, "phải làm rõ trách nhiệm của Sở Y tế"),
            ("quận 3|Quận 3|Ủy ban nhân dân Quận 3", "kiểm tra công trình xây dựng phòng kính không phép"),
            (SYT_HCM, "?yêu cầu giám đốc Sở Y tế tổ chức kiểm điểm"),
            (None, "?cần được kiểm điểm, xử lý trách nhiệm"),
            ("Thanh tra TP|Thanh tra Thành phố Hồ Chí Minh|Thanh tra thành phố", "?Thanh tra TP thành lập đoàn thanh tra"),
        ],
    },
    # 7th session of HĐND tỉnh Đắk Lắk, afternoon 5-12; year 2018 from the text (the coming "mùa khô năm 2019",
    # "từ năm 2016 đến nay"). Chair not stated. The delegate's proposal is not a task; the HĐND chairman's demand is.
    "vietnews_val_018051.txt": {
        "officials": {
            "Y Si Thắt Ksơr": [("Phó Chủ tịch", "Ủy ban nhân dân huyện Buôn Đôn"),
                               ("?Đại biểu", "Hội đồng nhân dân tỉnh Đắk Lắk")],
            "Phạm Thái": [("Giám đốc", "Sở Công Thương tỉnh Đắk Lắk|Sở Công Thương|Sở Công thương Đắk Lắk")],
            "Y Biêr Niê": [("Phó Bí thư", "Tỉnh ủy Đắk Lắk"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Đắk Lắk")],
        },
        "meetings": [{"date": "2018-12-05", "chair": None, "organizer": "Hội đồng nhân dân tỉnh Đắk Lắk", "locality": "66",
                      "attendees": ["?Y Si Thắt Ksơr", "?Phạm Thái", "?Y Biêr Niê"]}],
        "localities": ["66", "647", "24235"],
        "tasks": [
            ("Các ngành|các ngành|Sở Công Thương tỉnh Đắk Lắk|Sở Công thương|Sở Công Thương",
             "phải nghiên cứu để giải quyết tình trạng thiếu nước"),
            (None, "?khi xây dựng phải đánh giá lại tổng quan"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
