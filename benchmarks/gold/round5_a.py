"""Gold for blind round 5, part A: 25 articles from the national-press pool (VietNews), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_SRC = "ThanhChinhBK/vietnews data/{}_tokenized/{}.txt.seg (press pool)"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_test_002604.txt": _SRC.format("test", "002604"),
    "vietnews_test_004461.txt": _SRC.format("test", "004461"),
    "vietnews_test_020670.txt": _SRC.format("test", "020670"),
    "vietnews_test_021963.txt": _SRC.format("test", "021963"),
    "vietnews_train_009752.txt": _SRC.format("train", "009752"),
    "vietnews_train_009814.txt": _SRC.format("train", "009814"),
    "vietnews_train_010891.txt": _SRC.format("train", "010891"),
    "vietnews_train_012405.txt": _SRC.format("train", "012405"),
    "vietnews_train_013380.txt": _SRC.format("train", "013380"),
    "vietnews_train_013506.txt": _SRC.format("train", "013506"),
    "vietnews_train_020131.txt": _SRC.format("train", "020131"),
    "vietnews_train_072313.txt": _SRC.format("train", "072313"),
    "vietnews_train_075237.txt": _SRC.format("train", "075237"),
    "vietnews_train_089207.txt": _SRC.format("train", "089207"),
    "vietnews_train_089708.txt": _SRC.format("train", "089708"),
    "vietnews_train_090704.txt": _SRC.format("train", "090704"),
    "vietnews_train_093814.txt": _SRC.format("train", "093814"),
    "vietnews_train_095872.txt": _SRC.format("train", "095872"),
    "vietnews_train_096231.txt": _SRC.format("train", "096231"),
    "vietnews_train_098494.txt": _SRC.format("train", "098494"),
    "vietnews_train_099610.txt": _SRC.format("train", "099610"),
    "vietnews_val_002201.txt": _SRC.format("val", "002201"),
    "vietnews_val_003183.txt": _SRC.format("val", "003183"),
    "vietnews_val_013721.txt": _SRC.format("val", "013721"),
    "vietnews_val_021526.txt": _SRC.format("val", "021526"),
}

HCM = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
HN = "Ủy ban nhân dân thành phố Hà Nội"
DN = "Ủy ban nhân dân thành phố Đà Nẵng"
TU_HCM = "Thành ủy Thành phố Hồ Chí Minh|Thành ủy TP. HCM|Thành ủy TP HCM"
BGTVT = "Bộ Giao thông Vận tải|Bộ Giao thông vận tải|Bộ GTVT|Bộ Giao thông"
BGDDT = "Bộ Giáo dục và Đào tạo|Bộ GD-ĐT|Bộ Giáo dục - Đào tạo"
DDBQH_HCM = ("Đoàn đại biểu Quốc hội Thành phố Hồ Chí Minh|Đoàn đại biểu Quốc hội TP HCM|Đoàn đại biểu Quốc hội thành phố"
             "|Đoàn đại biểu Quốc hội")
SNN_TH = ("Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa|Sở Nông nghiệp và Phát triển nông thôn"
          "|Sở Nông nghiệp và phát triển nông thôn|Sở NN&PTNT")
GD_SNN_TH = "giám đốc Sở Nông nghiệp và phát triển nông thôn|Giám đốc Sở Nông nghiệp và Phát triển nông thôn|" + SNN_TH
CCBVTV_TH = "Chi cục Bảo vệ thực vật tỉnh Thanh Hóa|Chi cục Bảo vệ thực vật|Chi cục bảo vệ thực vật"
HDND_HP = "Hội đồng nhân dân thành phố Hải Phòng"
UB_HP = "Ủy ban nhân dân thành phố Hải Phòng"
CU_CHI = "Ủy ban nhân dân huyện Củ Chi|UBND huyện Củ Chi"

GOLD = {
    # Press briefing (giao ban báo chí) of Ban Tuyên giáo Thành ủy Hà Nội, 28-5 -> not a meeting. The project board is
    # a public-service unit (optional post). Only narrative (GPMB "thực hiện" is a report), no directive.
    "vietnews_test_002604.txt": {
        "officials": {
            "Lê Văn Bính": [("?Phó Giám đốc", "Ban Quản lý các công trình xây dựng và công nghiệp Hà Nội"
                                            "|Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp Hà Nội")],
        },
        "meetings": [],
        "localities": ["01", "006", "001"],
        "tasks": [],
    },
    # Inspection of the Green Star Sky Garden project (no named official, no meeting, no directive).
    "vietnews_test_004461.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["79", "778", "27493"],
        "tasks": [],
    },
    # Government's regular meeting for November 2017 held on 1/12 -> 2017-12-01. The PM speaks; "chủ trì" not stated
    # -> chair None, PM optional attendee. Bộ GTVT's own statements (press release) are not tasks.
    # "thị trấn Cai Lậy" (former township) is not in the register; thị xã Cai Lậy is 817.
    "vietnews_test_020670.txt": {
        "officials": {
            "Nguyễn Xuân Phúc": [("Thủ tướng", "Chính phủ")],
        },
        "meetings": [{"date": "2017-12-01", "chair": None, "organizer": "Chính phủ", "locality": None,
                      "attendees": ["?Nguyễn Xuân Phúc"]}],
        "localities": ["82", "817"],
        "tasks": [
            (BGTVT + "|Bộ trưởng Giao thông Vận tải", "có báo cáo tổng hợp, trình Thường trực Chính phủ"),
            (None, "?Không để kéo dài tình trạng này"),
            (BGTVT + "|Bộ trưởng Giao thông Vận tải", "?yêu cầu Bộ Giao thông báo cáo về các dự án BOT"),
        ],
    },
    # Online giao ban of TP Hà Nội, "sáng 14/1"; year 2019 from the text (Tết Kỷ Hợi 2019 ahead, "lễ đón năm mới 2019"
    # just past). Chair not stated. The tree company is a state company (optional post); its proposal is no task.
    "vietnews_test_021963.txt": {
        "officials": {
            "Hoàng Trung Hải": [("Bí thư", "Thành ủy Hà Nội")],
            "Vũ Kiên Trung": [("?Tổng giám đốc", "Công ty cây xanh Hà Nội|Công ty TNHH MTV Công viên cây xanh Hà Nội"
                                                  "|Công ty Công viên cây xanh Hà Nội")],
            "Lê Văn Dục": [("Giám đốc", "Sở Xây dựng thành phố Hà Nội|Sở Xây dựng|Sở Xây dựng Hà Nội")],
        },
        "meetings": [{"date": "2019-01-14", "chair": None,
                      "organizer": "Thành ủy Hà Nội|Thường trực Thành ủy Hà Nội|Ban Thường vụ Thành ủy Hà Nội|" + HN,
                      "locality": "01", "attendees": ["?Hoàng Trung Hải", "?Vũ Kiên Trung", "?Lê Văn Dục"]}],
        "localities": ["01", "002", "003", "007", "268", "019"],
        "tasks": [
            (None, "tăng cường vận động người dân"),
            (None, "?xử phạt nghiêm những hành vi bẻ cây hái lộc"),
        ],
    },
    # Chairman's visit to press agencies (thăm, chúc mừng) -> not a meeting; no directive.
    "vietnews_train_009752.txt": {
        "officials": {
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
        },
        "meetings": [],
        "localities": ["79"],
        "tasks": [],
    },
    # International press conference (họp báo) in Hà Nội -> not a meeting. The British divers hold no public post.
    "vietnews_train_009814.txt": {
        "officials": {
            "Trần Tiến Dũng": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình")],
        },
        "meetings": [],
        "localities": ["44", "01"],
        "tasks": [],
    },
    # Metro project report; the PM's working session with HCMC leaders is only mentioned -> None.
    "vietnews_train_010891.txt": {
        "officials": {
            "Nguyễn Xuân Phúc": [("Thủ tướng", "Chính phủ")],
        },
        "meetings": None,
        "localities": ["79"],
        "tasks": [],
    },
    # Extraordinary session of HĐND tỉnh Đồng Nai, 28-5 (no year written) -> date None. Chair not stated (the HĐND
    # chairman speaks). UBND's proposals are not tasks.
    "vietnews_train_012405.txt": {
        "officials": {
            "Nguyễn Phú Cường": [("Bí thư", "Tỉnh ủy Đồng Nai"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Đồng Nai")],
        },
        "meetings": [{"date": None, "chair": None, "organizer": "Hội đồng nhân dân tỉnh Đồng Nai", "locality": "75",
                      "attendees": ["?Nguyễn Phú Cường"]}],
        "localities": ["75", "737", "742", "735", "740"],
        "tasks": [
            ("các địa phương|lãnh đạo các địa phương", "các địa phương cần quan tâm để không xảy ra trục lợi"),
            ("lãnh đạo các huyện, thành, thị xã|các huyện, thành, thị xã",
             "phải chỉ đạo phòng chống dịch bệnh hết sức chặt chẽ"),
            (None, "?cần lưu ý việc trục lợi"),
            ("lãnh đạo các địa phương|các địa phương", "?lưu ý lãnh đạo các địa phương không để xảy ra"),
        ],
    },
    # Written urgent directives of the standing vice-chairman (17-11) on the tropical depression; no meeting.
    # The regional hydro-meteorological station is a public-service unit (optional post).
    "vietnews_train_013380.txt": {
        "officials": {
            "Lê Thanh Liêm": [("Phó Chủ tịch Thường trực", HCM), ("?Phó Chủ tịch", HCM)],
            "Lê Đình Quyết": [("?Phó Trưởng phòng", "Phòng dự báo Đài khí tượng thủy văn khu vực Nam Bộ"
                                                   "|Đài khí tượng thủy văn khu vực Nam Bộ|Đài Khí tượng Thủy văn khu vực Nam Bộ"
                                                   "|Phòng dự báo")],
        },
        "meetings": [],
        "localities": ["79", "787", "27676", "77"],
        "tasks": [
            ("Ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn TP|Thường trực Ban chỉ huy phòng chống thiên tai và "
             "tìm kiếm cứu nạn TP|Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn Thành phố Hồ Chí Minh"
             "|Ban chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn",
             "quyết định thông báo cấm tàu thuyền hoạt động"),
            ("Chủ tịch UBND các quận, huyện|Ủy ban nhân dân các quận, huyện|UBND các quận, huyện|UBND huyện Cần Giờ"
             "|Ủy ban nhân dân huyện Cần Giờ",
             "chuẩn bị ngay phương án di dời dân đến nơi an toàn"),
            ("Sở Xây dựng Thành phố Hồ Chí Minh|Sở Xây dựng TP|Sở Xây dựng",
             "chủ trì phối hợp các đơn vị liên quan kiểm tra"),
            ("các sở ngành, quận, huyện và đơn vị liên quan|các sở ngành|các sở ngành, quận, huyện",
             "?triển khai các giải pháp phòng tránh, ứng phó"),
        ],
    },
    # The PM's meeting with high-skilled workers ("Sáng 5-5"), which he chairs ("Chủ trì buổi gặp gỡ") -> a dialogue
    # held by the Government (round-1 precedent: dialogue with villagers). Year not written -> None. Place not stated.
    # Present ("cùng có mặt"): Vũ Đức Đam, Phan Xuân Dũng, Bùi Văn Cường, Nguyễn Thiện Nhân; the ministers are unnamed
    # there, so Chu Ngọc Anh (speaks) is optional. REE is private (its chairwoman not listed); Vietnam Airlines and
    # Tân Cảng Sài Gòn are state companies (optional posts).
    "vietnews_train_013506.txt": {
        "officials": {
            "Nguyễn Xuân Phúc": [("Thủ tướng", "Chính phủ")],
            "Vũ Đức Đam": [("Phó Thủ tướng", "Chính phủ")],
            "Phan Xuân Dũng": [("Chủ nhiệm", "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội"
                                             "|Ủy ban Khoa học, công nghệ và môi trường Quốc hội"
                                             "|Ủy ban Khoa học, Công nghệ và Môi trường Quốc hội")],
            "Bùi Văn Cường": [("Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam|Tổng liên đoàn Lao động Việt Nam")],
            "Nguyễn Thiện Nhân": [("Bí thư", TU_HCM)],
            "Chu Ngọc Anh": [("Bộ trưởng", "Bộ Khoa học và Công nghệ|Bộ Khoa học và công nghệ")],
            "Dương Trí Thành": [("?Tổng giám đốc", "Vietnam Airlines|Tổng công ty Hàng không Việt Nam")],
            "Ngô Minh Thuấn": [("?Tổng giám đốc", "Tổng công ty Tân Cảng Sài Gòn")],
        },
        "meetings": [{"date": None, "chair": "Nguyễn Xuân Phúc",
                      "organizer": "Chính phủ|Thủ tướng Chính phủ|Tổng Liên đoàn Lao động Việt Nam", "locality": None,
                      "attendees": ["Vũ Đức Đam", "Phan Xuân Dũng", "Bùi Văn Cường", "Nguyễn Thiện Nhân",
                                    "?Chu Ngọc Anh", "?Dương Trí Thành", "?Ngô Minh Thuấn"]}],
        "localities": ["79"],
        "tasks": [
            ("các bộ, ngành, địa phương|các bộ, ngành|địa phương", "quan tâm đến 4 nhóm vấn đề thiết yếu"),
        ],
    },
    # Meeting of the ban cán sự đảng of UBND tỉnh Thanh Hóa, 14-6; year 2018 from the text (report due 30-6-2018).
    # Chair not stated (its secretary, the chairman, concludes) -> optional attendee. The four appointees hold
    # (revoked) public posts in the Sở's units: posts optional except the ones they held before.
    # "Thọ Xuân" only in a centre's name -> optional.
    "vietnews_train_020131.txt": {
        "officials": {
            "Nguyễn Đình Xứng": [("Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa"),
                                 ("?Bí thư", "Ban cán sự đảng Ủy ban nhân dân tỉnh Thanh Hóa|Ban cán sự đảng UBND tỉnh")],
            "Lê Thị Bình": [("?Phó Trưởng phòng", "Phòng dịch hại cây lâm nghiệp|" + CCBVTV_TH),
                            ("?Phó Chi cục trưởng", CCBVTV_TH)],
            "Nguyễn Thị Lan": [("?Trưởng trạm", "Trạm thú y thành phố Thanh Hóa|Trạm Thú y thành phố Thanh Hóa"),
                               ("?Phó Chi cục trưởng", "Chi cục Thú y tỉnh Thanh Hóa|Chi cục thú y|Chi cục Thú y")],
            "Trịnh Văn Chất": [("?Phó Trưởng phòng", "Phòng Trồng trọt Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa"
                                                    "|phòng trồng trọt Sở Nông nghiệp và phát triển nông thôn|Phòng Trồng trọt"
                                                    "|" + SNN_TH)],
            "Nguyễn Vãn Tâm": [("?Phó Chi cục trưởng", CCBVTV_TH),
                               ("?Giám đốc", "Trung tâm nghiên cứu ứng dụng khoa học kỹ thuật giống cây trồng Thọ Xuân")],
        },
        "meetings": [{"date": "2018-06-14", "chair": None,
                      "organizer": "Ban cán sự đảng Ủy ban nhân dân tỉnh Thanh Hóa|Ban cán sự đảng UBND tỉnh"
                                   "|Ủy ban nhân dân tỉnh Thanh Hóa",
                      "locality": "38", "attendees": ["?Nguyễn Đình Xứng"]}],
        "localities": ["38", "380", "?395"],
        "tasks": [
            (GD_SNN_TH, "tổ chức kiểm điểm, làm rõ trách nhiệm tập thể, cá nhân"),
            (SNN_TH + "|Sở", "Sở phải thu hồi, bãi bỏ các quyết định bổ nhiệm"),
            ("lãnh đạo Sở Nông nghiệp và Phát triển nông thôn|" + SNN_TH,
             "kiểm điểm rút kinh nghiệm trong việc bổ nhiệm 19 trường hợp"),
            (SNN_TH, "thực hiện nghiêm các nội dung nêu trên"),
            (SNN_TH, "?báo cáo chủ tịch UBND tỉnh kết quả thực hiện"),
            (SNN_TH, "?phải thu hồi, huỷ bỏ ngay các quyết định bổ nhiệm"),
        ],
    },
    # Voters' meeting (tiếp xúc cử tri) of the city HĐND delegates, 11/6 -> meetings None (dev/round-2 precedent).
    # Voters' requests are not tasks. Sơn Trà only as the peninsula -> optional.
    "vietnews_train_072313.txt": {
        "officials": {
            "Huỳnh Đức Thơ": [("Chủ tịch", DN)],
            "Trương Quang Nghĩa": [("Bí thư", "Thành ủy Đà Nẵng"),
                                   ("Trưởng đoàn", "Đoàn đại biểu Quốc hội thành phố Đà Nẵng|Đoàn đại biểu Quốc hội TP. Đà Nẵng"
                                                   "|Đoàn ĐBQH TP. Đà Nẵng|Đoàn đại biểu Quốc hội")],
        },
        "meetings": None,
        "localities": ["48", "491", "01", "?493"],
        "tasks": [],
    },
    # Disciplinary review session held by UBND TP Biên Hòa (its phòng nội vụ presiding), "Sáng 30-7"; year 2019 from
    # the text (notice of mid-June 2019, report due "trong tháng 6-2019"). The giao ban where the secretary gave his
    # demand is only mentioned. School principal: public-service post (optional).
    "vietnews_train_075237.txt": {
        "officials": {
            "Nguyễn Thị Lạng": [("?Hiệu trưởng", "Trường tiểu học Nguyễn Chí Thanh|Trường Tiểu học Nguyễn Chí Thanh")],
            "Phạm Anh Dũng": [("Chủ tịch", "Ủy ban nhân dân thành phố Biên Hòa|UBND TP Biên Hoà")],
            "Lê Văn Dành": [("Bí thư", "Thành ủy Biên Hòa|Thành ủy thành phố Biên Hòa")],
        },
        "meetings": [{"date": "2019-07-30", "chair": None,
                      "organizer": "Ủy ban nhân dân thành phố Biên Hòa|UBND TP Biên Hoà|Phòng Nội vụ thành phố Biên Hòa"
                                   "|phòng nội vụ|Phòng Nội vụ",
                      "locality": "731", "attendees": ["?Nguyễn Thị Lạng"]}],
        "localities": ["731", "26020"],
        "tasks": [
            ("các ngành liên quan", "tổ chức kiểm điểm, có hình thức kỷ luật đối với bà Lạng"),
            ("Ủy ban nhân dân thành phố Biên Hòa|UBND TP Biên Hoà",
             "sớm xử lý nghiêm theo đúng các quy định pháp luật"),
            ("các ngành liên quan", "?thu hồi số tiền trên 230 triệu đồng"),
            (None, "?Việc xử lý kỷ luật phải báo cáo trong tháng 6-2019"),
        ],
    },
    # Conference of full-time NA deputies, "Sáng 4/4", discussing the special-zones bill; no year written (the 5th
    # session "khai mạc ngày 20/5" has no year) -> None. Chair not stated. Deputies' opinions are not tasks.
    "vietnews_train_089207.txt": {
        "officials": {
            "Lê Thanh Vân": [("Ủy viên Thường trực", "Ủy ban Tài chính, Ngân sách của Quốc hội|Ủy ban Tài chính Ngân sách"
                                                    "|Ủy ban Tài chính - Ngân sách|Ủy ban Tài chính, Ngân sách"),
                             ("?Thường trực", "Ủy ban Tài chính, Ngân sách của Quốc hội|Ủy ban Tài chính Ngân sách"),
                             ("?Đại biểu", "Quốc hội"), ("?Đại biểu Quốc hội", "Quốc hội")],
            "Phan Nguyễn Như Khuê": [("Phó Trưởng đoàn", DDBQH_HCM), ("?Phó Trưởng đoàn chuyên trách", DDBQH_HCM),
                                     ("?Đại biểu", "Quốc hội")],
            "Bùi Văn Phương": [("Phó Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Ninh Bình|Đoàn đại biểu Quốc hội"),
                               ("?Đại biểu", "Quốc hội")],
            "Uông Chu Lưu": [("Phó Chủ tịch", "Quốc hội")],
        },
        "meetings": [{"date": None, "chair": None, "organizer": "Quốc hội|Ủy ban Thường vụ Quốc hội", "locality": None,
                      "attendees": ["?Lê Thanh Vân", "?Phan Nguyễn Như Khuê", "?Bùi Văn Phương", "?Uông Chu Lưu"]}],
        "localities": ["22", "203", "56", "91", "911", "79", "37"],
        "tasks": [],
    },
    # Working session of UBND TP HCM with Transport Minister Đinh La Thăng, "chiều 9/1"; year 2015 from the text
    # ("quý I năm nay" = start "sớm nhất năm 2015"). Chair not stated. The vice-chairman's request is no task.
    # Thủ Thiêm only as the urban area's name -> optional.
    "vietnews_train_089708.txt": {
        "officials": {
            "Đinh La Thăng": [("Bộ trưởng", BGTVT)],
            "Nguyễn Hữu Tín": [("Phó Chủ tịch", HCM)],
        },
        "meetings": [{"date": "2015-01-09", "chair": None, "organizer": BGTVT + "|" + HCM, "locality": "79",
                      "attendees": ["?Đinh La Thăng", "?Nguyễn Hữu Tín"]}],
        "localities": ["79", "?27118", "?769"],
        "tasks": [
            ("các đơn vị của Bộ|các đơn vị của Bộ Giao thông Vận tải|" + BGTVT,
             "thẩm định lại điều kiện của dự án"),
        ],
    },
    # Working session of Secretary Đinh La Thăng with Củ Chi's leaders, "sáng 18/2" (no year). He leads it and gives
    # the directions -> chair (round-2 precedent: head of the visiting side).
    "vietnews_train_090704.txt": {
        "officials": {
            "Đinh La Thăng": [("Bí thư", TU_HCM)],
            "Nguyễn Hữu Hoài Phú": [("Chủ tịch", CU_CHI)],
        },
        "meetings": [{"date": None, "chair": "Đinh La Thăng",
                      "organizer": TU_HCM + "|Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh|Huyện ủy Củ Chi|" + CU_CHI,
                      "locality": "79|783", "attendees": ["?Nguyễn Hữu Hoài Phú"]}],
        "localities": ["79", "783"],
        "tasks": [
            ("cán bộ dân vận địa phương|cán bộ dân vận", "phải làm được cái dân cần"),
            ("lãnh đạo huyện|Huyện ủy Củ Chi|" + CU_CHI, "cần nêu rõ những thuận lợi, khó khăn của Củ Chi"),
            ("Huyện ủy Củ Chi|Huyện uỷ Củ Chi", "phải xác định trên từng đặc thù thuận lợi, khó khăn"),
            ("Chủ tịch huyện Củ Chi|Chủ tịch Ủy ban nhân dân huyện Củ Chi|" + CU_CHI,
             "?gọi điện để ông nói chuyện với Tổng giám đốc Vinamilk"),
            (None, "?Gọi điện ngay cho tôi nói chuyện"),
            (None, "?Phải gặp họ mới có phương thức giải quyết"),
            (None, "?Cán bộ cũng phải bớt hội họp"),
            (None, "?Phải phân tích được thuận lợi và khó khăn"),
            (None, "?phải triển khai, phổ biến Nghị quyết cụ thể"),
            (None, "?cần phải xem xét lại một số tiêu chí của nông thôn mới"),
        ],
    },
    # Report on constructions in Sóc Sơn forest land; the Thành ủy press briefing is only the setting -> [].
    # Hà Nội's order (10/10) and the district's orders are directives.
    "vietnews_train_093814.txt": {
        "officials": {
            "Nguyễn Đức Tâm": [("Phó Chủ tịch", "Ủy ban nhân dân xã Minh Phú")],
            "Đỗ Minh Tuấn": [("Phó Chủ tịch", "Ủy ban nhân dân huyện Sóc Sơn")],
        },
        "meetings": [],
        "localities": ["01", "016", "00382", "00397"],
        "tasks": [
            (None, "thanh tra toàn diện lĩnh vực liên quan"),
            (None, "chỉ đạo thiết lập hồ sơ vi phạm"),
            ("các xã Minh Phú và Minh Trí|Ủy ban nhân dân xã Minh Phú|Ủy ban nhân dân xã Minh Trí|xã Minh Phú|xã Minh Trí",
             "đình chỉ công trình thi công"),
            ("xã Minh Phú|Ủy ban nhân dân xã Minh Phú", "?xã Minh Phú xử lý xong công trình vi phạm"),
        ],
    },
    # Residents' consultation held by quận Hà Đông (tối 22/8) -> like a voters' meeting, meetings None; the city
    # leaders' meeting is only mentioned. The city's order to the districts is a task; the inspectorate's
    # recommendations are optional. Điện Biên only in a company's name -> optional.
    "vietnews_train_095872.txt": {
        "officials": {
            "Bùi Văn Bằng": [("Phó Chủ tịch", "Ủy ban nhân dân phường Kiến Hưng")],
        },
        "meetings": None,
        "localities": ["01", "268", "09565", "008", "020", "00337", "?11"],
        "tasks": [
            ("các quận Hà Đông, Hoàng Mai và huyện Thanh Trì|quận Hà Đông|Ủy ban nhân dân quận Hà Đông|quận Hoàng Mai"
             "|Ủy ban nhân dân quận Hoàng Mai|huyện Thanh Trì|Ủy ban nhân dân huyện Thanh Trì",
             "chủ trì mời người dân đã mua nhà, căn hộ"),
            (None, "?sẽ được tập hợp gửi thanh tra thành phố"),
            (None, "?kiến nghị kiểm điểm trách nhiệm giám đốc Sở Quy hoạch"),
        ],
    },
    # Thanh tra Chính phủ announces its conclusion on Thủ Thiêm (công bố, tối 7/9) -> not a meeting. Its
    # recommendations to the PM / UBND TP HCM are tasks. Quận 2 is not in the register (its wards sit under Thủ Đức
    # 769) -> wards and 769 optional; Bình An, Bình Khánh (quận 2) are not in the register.
    "vietnews_train_096231.txt": {
        "officials": {
            "Nguyễn Xuân Phúc": [("Thủ tướng", "Chính phủ")],
        },
        "meetings": [],
        "localities": ["79", "760", "?769", "?27094", "?27115", "?27118"],
        "tasks": [
            ("Bộ Xây dựng", "chủ trì rà soát, hướng dẫn UBND TP HCM hoàn chỉnh"),
            (HCM + "|UBND TP HCM", "xác định rõ trách nhiệm liên quan đến những khuyết điểm"),
            (HCM + "|UBND TP HCM|TP HCM", "TP HCM cần rà soát từng trường hợp khiếu nại"),
            ("các bên liên quan", "?rà soát và có giải pháp giải quyết phù hợp"),
            ("Bộ Xây dựng", "?xử lý trách nhiệm các tổ chức, cá nhân có vi phạm trong việc thẩm định"),
            ("Thanh tra Chính phủ", "?giao Thanh tra Chính phủ làm rõ khiếu nại"),
        ],
    },
    # Written requirements of UBND huyện Thạch Thành (6/10) after an inspection; no meeting, no named official.
    # Thạch Lâm only in the schools' names -> optional.
    "vietnews_train_098494.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["38", "391", "?15196"],
        "tasks": [
            ("Phòng Nội vụ huyện Thạch Thành|phòng Nội vụ|Phòng Nội vụ",
             "phối hợp Phòng Giáo dục và Đào tạo kiểm điểm hiệu trưởng"),
            ("Phòng Giáo dục và Đào tạo huyện Thạch Thành|Phòng Giáo dục|Phòng Giáo dục và Đào tạo",
             "tổ chức vận chuyển gạo từ trung tâm của huyện"),
        ],
    },
    # Commune officials' note on a student's CV; the commune's review and meetings are only mentioned -> None.
    # xã Kim Lộc is not in the register. "vào Đà Nẵng nhập học" names Đà Nẵng.
    "vietnews_train_099610.txt": {
        "officials": {
            "Trần Văn Hữu": [("Chủ tịch", "Ủy ban nhân dân xã Kim Lộc")],
            "Nguyễn Đăng Khoa": [("Phó Chủ tịch", "Ủy ban nhân dân xã Kim Lộc")],
            "Ngô Đức Thư": [("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân huyện Can Lộc|Ủy ban nhân dân huyện Can Lộc")],
        },
        "meetings": None,
        "localities": ["42", "443", "48"],
        "tasks": [],
    },
    # Working session of the Education Ministry's delegation with the school and UBND huyện Lang Chánh, 6-5 (no year).
    # Head of the delegation not stated -> chair None. The district's proposal is not a task; the ministry
    # official's "cần tham mưu" is. Đồng Lương only in the school's name -> optional.
    "vietnews_val_002201.txt": {
        "officials": {
            "Bùi Văn Linh": [("Phó Vụ trưởng", "Vụ Giáo dục chính trị - học sinh, sinh viên|Vụ Giáo dục Chính trị và Công tác"
                                              " học sinh, sinh viên|" + BGDDT),
                             ("?Phó Vụ trưởng phụ trách", "Vụ Giáo dục chính trị - học sinh, sinh viên|" + BGDDT)],
            "Phùng Xuân Nhạ": [("Bộ trưởng", BGDDT)],
            "Lê Thiên Quang": [("?Hiệu trưởng", "Trường tiểu học Đồng Lương|Trường Tiểu học Đồng Lương")],
            "Lữ Đức Chung": [("Phó Chủ tịch", "Ủy ban nhân dân huyện Lang Chánh")],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": BGDDT + "|Đoàn công tác Bộ Giáo dục và Đào tạo|đoàn công tác của Bộ GD-ĐT"
                                   "|Ủy ban nhân dân huyện Lang Chánh",
                      "locality": "388|38", "attendees": ["?Bùi Văn Linh", "?Lê Thiên Quang", "?Lữ Đức Chung"]}],
        "localities": ["38", "388", "?15058"],
        "tasks": [
            ("các cơ quan chuyên môn", "cần tham mưu cho lãnh đạo chính quyền sở tại"),
        ],
    },
    # Session of HĐND TP Hải Phòng "hôm nay 7-12" (no year) presided by its chairman ("chủ toạ kỳ họp").
    # The deputy's questions are not tasks; the presiding chairman's demands are.
    "vietnews_val_003183.txt": {
        "officials": {
            "Nguyễn Văn Tùng": [("Chủ tịch", UB_HP)],
            "Lê Văn Thành": [("Bí thư", "Thành ủy Hải Phòng"), ("Chủ tịch", HDND_HP)],
            "Phạm Thành Văn": [("?Đại biểu", HDND_HP)],
        },
        "meetings": [{"date": None, "chair": "Lê Văn Thành", "organizer": HDND_HP, "locality": "31",
                      "attendees": ["?Nguyễn Văn Tùng", "?Phạm Thành Văn"]}],
        "localities": ["31", "306", "305", "304"],
        "tasks": [
            ("chủ tịch UBND TP|Chủ tịch Ủy ban nhân dân thành phố Hải Phòng|" + UB_HP,
             "cụ thể thời gian nào sẽ giải quyết được việc tái định cư"),
            (None, "phải đặt nhiệm vụ giao đất tái định cho người dân"),
            (None, "?phải là công tác lo tái định cư cho người dân"),
        ],
    },
    # UBND TP HCM's approval of the auction (no meeting, no named official). Phường Bình Khánh (quận 2) is not in
    # the register; quận 2 optional (precedent).
    "vietnews_val_013721.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["79", "?769"],
        "tasks": [
            ("Sở Tài nguyên và Môi trường Thành phố Hồ Chí Minh|sở Tài nguyên và Môi trường TP|Sở Tài nguyên và Môi trường",
             "chủ trì, cùng các cơ quan có liên quan hướng dẫn"),
        ],
    },
    # Press conference (họp báo) chaired by the provincial vice-chairman, 2/3 -> not a meeting; the dialogue is only
    # mentioned. Pledges and plans are not tasks.
    "vietnews_val_021526.txt": {
        "officials": {
            "Ngô Văn Tuấn": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa")],
        },
        "meetings": [],
        "localities": ["38", "382", "14830", "14833", "14836", "14839"],
        "tasks": [
            (None, "?việc này cần giải quyết triệt để"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
