"""Gold for blind round 1, part A: 13 articles from the national-press pool (VietNews), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_REPO = "ThanhChinhBK/vietnews"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_test_020745.txt": f"{_REPO} data/test_tokenized/020745.txt.seg (press pool)",
    "vietnews_test_022230.txt": f"{_REPO} data/test_tokenized/022230.txt.seg (press pool)",
    "vietnews_train_010419.txt": f"{_REPO} data/train_tokenized/010419.txt.seg (press pool)",
    "vietnews_train_012373.txt": f"{_REPO} data/train_tokenized/012373.txt.seg (press pool)",
    "vietnews_train_014597.txt": f"{_REPO} data/train_tokenized/014597.txt.seg (press pool)",
    "vietnews_train_016557.txt": f"{_REPO} data/train_tokenized/016557.txt.seg (press pool)",
    "vietnews_train_019986.txt": f"{_REPO} data/train_tokenized/019986.txt.seg (press pool)",
    "vietnews_train_020285.txt": f"{_REPO} data/train_tokenized/020285.txt.seg (press pool)",
    "vietnews_train_062251.txt": f"{_REPO} data/train_tokenized/062251.txt.seg (press pool)",
    "vietnews_train_064484.txt": f"{_REPO} data/train_tokenized/064484.txt.seg (press pool)",
    "vietnews_train_085699.txt": f"{_REPO} data/train_tokenized/085699.txt.seg (press pool)",
    "vietnews_train_088756.txt": f"{_REPO} data/train_tokenized/088756.txt.seg (press pool)",
    "vietnews_train_089734.txt": f"{_REPO} data/train_tokenized/089734.txt.seg (press pool)",
}

UBND_HN = "Ủy ban nhân dân thành phố Hà Nội"
UBND_DN = "Ủy ban nhân dân thành phố Đà Nẵng"
UBND_HCM = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
UBND_VQ = "Ủy ban nhân dân huyện Vũ Quang"
XM = "Xuyên Mộc"
TNMT_XM = ("Phòng Tài nguyên và Môi trường huyện Xuyên Mộc|Phòng Tài nguyên - Môi trường huyện Xuyên Mộc"
           "|Phòng Tài nguyên và Môi trường|Phòng Tài nguyên - Môi trường")
BCS_BRVT = ("Ban Cán sự đảng Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu|Ban Cán sự đảng Ủy ban nhân dân tỉnh"
            "|Ban Cán sự Đảng Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")
DAWACO = ("Công ty CP Cấp nước Đà Nẵng|Công ty Cổ phần Cấp nước Đà Nẵng|Dawaco|Công ty Dawaco"
          "|Công ty Cấp nước Đà Nẵng")
TNMT_DN = ("Sở Tài nguyên và Môi trường thành phố Đà Nẵng|Sở Tài nguyên và Môi trường|Sở TN - MT Đà Nẵng"
           "|Sở Tài nguyên - Môi trường thành phố Đà Nẵng|Sở Tài nguyên - Môi trường")
BVH = ("Bộ Văn hóa, Thể thao và Du lịch|Bộ Văn hóa Thể thao và Du lịch|Bộ Văn hóa - Thể thao - Du lịch"
       "|Bộ VHTTDL|Bộ Văn hóa")

GOLD = {
    # Hội nghị BCH Đảng bộ TP Hà Nội "sáng 10/4": year not written for the meeting (only "cuối năm 2017" as past) -> None.
    "vietnews_test_020745.txt": {
        "officials": {
            "Đinh Trường Thọ": [("Bí thư", "Huyện ủy Thanh Oai")],
            "Nguyễn Đức Chung": [("Chủ tịch", UBND_HN)],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": "Ban Chấp hành Đảng bộ thành phố Hà Nội|Thành ủy Hà Nội|Ban Chấp hành Đảng bộ Hà Nội",
                      "locality": "01", "attendees": ["?Đinh Trường Thọ", "?Nguyễn Đức Chung"]}],
        "localities": ["01", "278", "282", "10444"],
        "tasks": [
            ("Công an thành phố Hà Nội|Sở Nội vụ thành phố Hà Nội|Công an Hà Nội|Công an|Sở Nội vụ",
             "phối hợp xây dựng đề án để thực hiện dần"),
            (None, "?bố trí thí điểm trưởng công an xã là công an chính quy"),
            (None, "?Giám đốc Công an Hà Nội sẽ thống nhất với Chủ tịch UBND các huyện"),
        ],
    },
    # The district giao ban (25/7) is only mentioned as where the criticism was given -> meetings None.
    "vietnews_test_022230.txt": {
        "officials": {
            "Võ Đình Quang": [("Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy Vũ Quang|Ủy ban Kiểm tra huyện Vũ Quang")],
            "Phan Tuấn Anh": [("?Cán bộ", "Phòng Tài nguyên và Môi trường huyện Vũ Quang|Phòng Tài nguyên và Môi trường")],
            "Trần Lê": [("Chánh Văn phòng", "Văn phòng Ủy ban nhân dân huyện Vũ Quang|" + UBND_VQ
                         + "|Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Vũ Quang|Văn phòng huyện Vũ Quang")],
            "Phạm Quốc Thanh": [("Phó Chủ tịch", UBND_VQ)],
        },
        "meetings": None,
        "localities": ["42", "441", "68", "672"],
        "tasks": [
            ("những cán bộ liên quan", "kiểm điểm những cán bộ liên quan"),
            ("những cá nhân liên quan", "phải viết bản kiểm điểm để nhận thức"),
            (None, "?làm báo cáo, kiểm điểm"),
            (None, "?huyện sẽ xử lý nghiêm túc"),
        ],
    },
    # "Chiều 23-5" with the current school year 2017-2018 -> 2018-05-23.
    "vietnews_train_010419.txt": {
        "officials": {
            "Nguyễn Thị Thanh Hương": [("Phó Trưởng phòng", "Phòng Giáo dục và Đào tạo quận Thanh Khê|Phòng GD-ĐT quận Thanh Khê"
                                        "|Phòng Giáo dục và Đào tạo|Phòng Giáo dục - Đào tạo quận Thanh Khê")],
            "Ngô Chính Công": [("Phó Chủ tịch", "Ủy ban nhân dân phường Chính Gián")],
            "Nguyễn Văn Tĩnh": [("Chủ tịch", "Ủy ban nhân dân quận Thanh Khê")],
        },
        "meetings": [{"date": "2018-05-23", "chair": None, "organizer": "Ủy ban nhân dân quận Thanh Khê",
                      "locality": "491",
                      "attendees": ["?Nguyễn Thị Thanh Hương", "?Ngô Chính Công", "?Nguyễn Văn Tĩnh"]}],
        "localities": ["48", "491", "20215"],
        "tasks": [
            (None, "tăng cường công tác kiểm tra thường xuyên trình độ"),
            ("Phòng Nội vụ quận Thanh Khê|Phòng Nội vụ", "tham mưu biện pháp xử lý trách nhiệm các tổ chức"),
            ("các cơ sở", "?các cơ sở phải lắp đặt camera giám sát"),
            (None, "?chủ tịch phường phải chịu trách nhiệm trước chủ tịch quận"),
            (None, "?cân nhắc trong quá trình xét duyệt hồ sơ"),
            (None, "?tăng cường kiểm tra các nhóm lớp độc lập tư thục"),
        ],
    },
    # Working session "sáng 24-11" chaired by the city Party secretary; year unknown.
    "vietnews_train_012373.txt": {
        "officials": {
            "Trương Quang Nghĩa": [("Bí thư", "Thành ủy Đà Nẵng")],
            "Vũ Quang Hùng": [("Giám đốc", "Sở Xây dựng thành phố Đà Nẵng|Sở Xây dựng")],
            "Tô Văn Hùng": [("Giám đốc", TNMT_DN)],
        },
        "meetings": [{"date": None, "chair": "Trương Quang Nghĩa",
                      "organizer": "Thành ủy Đà Nẵng|Thường trực Thành ủy Đà Nẵng|Ban Thường vụ Thành ủy Đà Nẵng|" + UBND_DN,
                      "locality": "48", "attendees": ["?Vũ Quang Hùng", "?Tô Văn Hùng"]}],
        "localities": ["48", "?20296"],
        "tasks": [
            ("các đơn vị", "xem đây là một nội dung quan trọng"),
            ("các đơn vị", "chuẩn bị tài liệu về trình trạng, giải pháp"),
            (DAWACO, "cần tính toán đến việc cải tạo, nâng cấp đường ống"),
            (None, "?phải có nước cho dân dùng"),
            (None, "?cần phải được đầu tư đúng mức"),
            (None, "?cần phải đẩy nhanh tiến độ một số dự án"),
            (None, "?kêu gọi người dân phải sử dụng nước tiết kiệm"),
            (None, "?tính toán đến việc xây đập tạm trên sông Quảng Huế"),
            (None, "?nghiên cứu cải tiến miệng thu nước tại Cầu Đỏ"),
        ],
    },
    # "Hội nghị giao ban báo chí" = press briefing -> not a meeting.
    "vietnews_train_014597.txt": {
        "officials": {
            "Hồ Trung Phước": [("Trưởng Ban", "Ban Tuyên giáo Tỉnh ủy Bình Thuận")],
        },
        "meetings": [],
        "localities": ["60", "596", "595", "23050", "22972"],
        "tasks": [],
    },
    # Press information conference of the provincial People's Committee -> not a meeting.
    "vietnews_train_016557.txt": {
        "officials": {
            "Lê Tấn Tới": [("Giám đốc", "Công an tỉnh Bạc Liêu")],
        },
        "meetings": [],
        "localities": ["95", "954", "960", "31975"],
        "tasks": [
            (None, "?UBND huyện đã chỉ đạo và các cơ quan chức năng"),
            (None, "?Hướng tới sẽ làm nhanh cho chị Hon"),
        ],
    },
    # The 2015 district Party congress and the planned working session are only mentioned -> None.
    "vietnews_train_019986.txt": {
        "officials": {
            "Lưu Tài Đoàn": [("Trưởng Ban", "Ban Tổ chức Tỉnh ủy Bà Rịa - Vũng Tàu")],
            "Huỳnh Bách Tiến": [("Ủy viên", f"Ban Thường vụ Huyện ủy {XM}"),
                                ("Phó Chủ tịch", f"Ủy ban nhân dân huyện {XM}"),
                                ("?Trưởng phòng", f"Phòng Nội vụ huyện {XM}|Phòng Nội vụ")],
            "Huỳnh Bách Chiến": [("Ủy viên", "Tỉnh ủy Bà Rịa - Vũng Tàu"),
                                 ("Ủy viên", f"Ban Thường vụ Huyện ủy {XM}"),
                                 ("Bí thư", f"Huyện ủy {XM}"),
                                 ("?Phó Bí thư", f"Huyện ủy {XM}")],
            "Huỳnh Bách Thắng": [("Ủy viên", f"Huyện ủy {XM}"),
                                 ("Trưởng phòng", TNMT_XM)],
            "Huỳnh Tiến Dũng": [("Chủ tịch", f"Ủy ban nhân dân xã {XM}")],
        },
        "meetings": None,
        "localities": ["77", "751", "26629"],
        "tasks": [
            (BCS_BRVT, "làm việc với huyện uỷ Xuyên Mộc để điều động ông Tiến"),
            ("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu|Ủy ban nhân dân tỉnh", "?điều động ông Huỳnh Bách Tiến"),
        ],
    },
    # The HĐND session (12-7) is only the setting of one statement in the lead -> None.
    "vietnews_train_020285.txt": {
        "officials": {
            "Phạm Đại Dương": [("Chủ tịch", "Ủy ban nhân dân tỉnh Phú Yên")],
        },
        "meetings": None,
        "localities": ["54", "555"],
        "tasks": [
            ("các ngành", "phối hợp thực hiện kết luận của Ban thường vụ"),
        ],
    },
    # Business news; the condominium residents' meeting is not held by an authority.
    "vietnews_train_062251.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["79", "764", "771", "27172", "785", "27619"],
        "tasks": [
            ("Công ty Cổ phần Đầu tư và Phát triển Địa ốc Khang Gia|Công ty Khang Gia|Khang Gia",
             "?bàn giao ngay toàn bộ kinh phí bảo trì"),
        ],
    },
    # Press conference about an upcoming conference -> no meeting.
    "vietnews_train_064484.txt": {
        "officials": {
            "Lê Ngọc Hoa": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")],
            "Nguyễn Hoàng Long": [("Cục trưởng", "Cục Ngoại vụ Bộ Ngoại giao|Cục Ngoại vụ - Bộ Ngoại giao Việt Nam"
                                   "|Cục Ngoại vụ|Cục Ngoại vụ Bộ Ngoại giao Việt Nam")],
        },
        "meetings": [],
        "localities": ["40", "412"],
        "tasks": [],
    },
    # Working session of the HCMC delegation with Startup Café Fukuoka (Japan), "ngày 22-3", year unknown.
    "vietnews_train_085699.txt": {
        "officials": {
            "Kouichi Matono": [("?Trưởng Ban", "Ban chính sách khởi nghiệp thành phố Fukuoka")],
            "Masashi Tomita": [("?Giám đốc", "Trung tâm Startup Cafe|Trung tâm Startup Café Fukuoka|Trung tâm Startup Cafe Fukuoka")],
            "Trần Vĩnh Tuyến": [("Phó Chủ tịch", UBND_HCM)],
            "Huỳnh Thành Đạt": [("?Giám đốc", "Đại học Quốc gia Thành phố Hồ Chí Minh")],
            "Lê Hoài Quốc": [("Trưởng Ban", "Ban Quản lý Khu Công nghệ cao Thành phố Hồ Chí Minh")],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": UBND_HCM + "|Đoàn đại biểu cấp cao Thành phố Hồ Chí Minh",
                      "locality": "79",
                      "attendees": ["?Trần Vĩnh Tuyến", "?Huỳnh Thành Đạt", "?Lê Hoài Quốc",
                                    "?Kouichi Matono", "?Masashi Tomita"]}],
        "localities": ["79"],
        "tasks": [
            (None, "?xem xét khả năng hợp tác với các đơn vị Sở"),
            (None, "?đưa cán bộ sang tham khảo học tập mô hình"),
        ],
    },
    # Conference reviewing 2015 inspection work and launching 2016 tasks, "sáng 12/1" -> 2016-01-12.
    "vietnews_train_088756.txt": {
        "officials": {
            "Ngô Thị Thanh Hằng": [("Phó Bí thư Thường trực", "Thành ủy Hà Nội")],
        },
        "meetings": [{"date": "2016-01-12", "chair": None,
                      "organizer": "Ủy ban Kiểm tra Thành ủy Hà Nội",
                      "locality": "01", "attendees": ["?Ngô Thị Thanh Hằng"]}],
        "localities": ["01", "250"],
        "tasks": [
            ("Ban Thường vụ Thành ủy Hà Nội|Ban Thường vụ", "xem xét kỷ luật bằng hình thức cắt tất cả các chức vụ"),
            (None, "?bị đề nghị cách chức"),
        ],
    },
    # City HĐND session (opening 5/7, questioning 7/7; year not written) + the Deputy PM's meeting of 28/5.
    "vietnews_train_089734.txt": {
        "officials": {
            "Huỳnh Đức Thơ": [("Chủ tịch", UBND_DN)],
            "Đặng Thị Kim Liên": [("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng"
                                   "|Ủy ban Mặt trận Tổ quốc thành phố Đà Nẵng")],
            "Vũ Đức Đam": [("Phó Thủ tướng", "Chính phủ")],
        },
        "meetings": [
            {"date": None, "chair": None, "organizer": "Hội đồng nhân dân thành phố Đà Nẵng",
             "locality": "48", "attendees": ["?Huỳnh Đức Thơ", "?Đặng Thị Kim Liên"]},
            {"date": None, "chair": "Vũ Đức Đam", "organizer": None, "locality": None, "attendees": []},
        ],
        "localities": ["48", "?493"],
        "tasks": [
            (None, "chưa triển khai quy hoạch Sơn Trà"),
            (BVH + "|" + UBND_DN, "?3 tháng để trả lời kiến nghị của Hiệp hội du lịch"),
            (None, "?đưa vấn đề liên quan đến bán đảo Sơn Trà vào nội dung"),
            (None, "?phải làm việc với các nhà đầu tư để trả lời họ"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
