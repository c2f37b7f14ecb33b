"""Gold for blind round 1, part B: 12 articles from the national-press pool (VietNews), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_SRC = "ThanhChinhBK/vietnews data/{}_tokenized/{}.txt.seg (press pool)"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_train_092947.txt": _SRC.format("train", "092947"),
    "vietnews_train_093147.txt": _SRC.format("train", "093147"),
    "vietnews_train_094405.txt": _SRC.format("train", "094405"),
    "vietnews_train_095752.txt": _SRC.format("train", "095752"),
    "vietnews_train_098817.txt": _SRC.format("train", "098817"),
    "vietnews_train_099444.txt": _SRC.format("train", "099444"),
    "vietnews_train_103815.txt": _SRC.format("train", "103815"),
    "vietnews_val_002259.txt": _SRC.format("val", "002259"),
    "vietnews_val_002536.txt": _SRC.format("val", "002536"),
    "vietnews_val_019919.txt": _SRC.format("val", "019919"),
    "vietnews_val_020991.txt": _SRC.format("val", "020991"),
    "vietnews_val_021253.txt": _SRC.format("val", "021253"),
}

HCM = "Ủy ban nhân dân Thành phố Hồ Chí Minh"
HN = "Ủy ban nhân dân thành phố Hà Nội"
SGTVT_HCM = "Sở Giao thông Vận tải Thành phố Hồ Chí Minh|Sở Giao thông Vận tải"
SXD_HCM = "Sở Xây dựng Thành phố Hồ Chí Minh|Sở Xây dựng"
BQL_KCX = ("Ban Quản lý các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh|Ban Quản lý các Khu chế xuất và công nghiệp TP"
           "|Ban Quản lý các Khu chế xuất và công nghiệp TP. HCM|Ban Quản lý các Khu chế xuất và công nghiệp")
CA_HCM = "Công an Thành phố Hồ Chí Minh|Công an TP|Công an thành phố|Công an TP. HCM"
SXD_TH = "Sở Xây dựng tỉnh Thanh Hóa|Sở Xây dựng"
VP_TH = "Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa|Văn phòng Ủy ban nhân dân tỉnh|Ủy ban nhân dân tỉnh Thanh Hóa"
PHONG_CSDT = ("Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an thành phố Hà Nội"
              "|Phòng Cảnh sát điều tra tội phạm về trật tự xã hội|Công an thành phố Hà Nội")

GOLD = {
    # Chairman of Cà Mau orders a review of the conference centre (no meeting; the provincial Party congress is
    # only mentioned as upcoming -> meetings None).
    "vietnews_train_092947.txt": {
        "officials": {
            "Nguyễn Tiến Hải": [("Chủ tịch", "Ủy ban nhân dân tỉnh Cà Mau")],
            "Dư Thanh Hùng": [("Phó Giám đốc", "Sở Xây dựng tỉnh Cà Mau|Sở Xây dựng")],
        },
        "meetings": None,
        "localities": ["96", "964"],
        "tasks": [
            ("Sở Tài chính tỉnh Cà Mau|Sở Tài chính|Sở Văn hóa Thể thao và Du lịch tỉnh Cà Mau|Sở Văn hóa Thể thao và Du lịch"
             "|Sở Xây dựng tỉnh Cà Mau|Sở Xây dựng",
             "rà soát việc nghiệm thu, bàn giao và quản lý sử dụng"),
            (None, "?nhanh chóng thực hiện kế hoạch sửa chữa"),
        ],
    },
    # PM's public-service inspection team (led by Minister Lê Vĩnh Tân) works with UBND Đà Nẵng, 26/6; year 2019
    # from the text ("Đến đầu năm 2019", "trong năm 2019").
    "vietnews_train_093147.txt": {
        "officials": {
            "Lê Vĩnh Tân": [("Bộ trưởng", "Bộ Nội vụ"),
                            ("?Trưởng đoàn", "Tổ công tác về kiểm tra công vụ của Thủ tướng|Tổ công tác kiểm tra công vụ của Thủ tướng"
                             "|Tổ công tác về kiểm tra công vụ|Tổ công tác")],
            "Võ Ngọc Đồng": [("Giám đốc", "Sở Nội vụ thành phố Đà Nẵng|Sở Nội vụ")],
            "Chu Thị Hồng Tâm": [("Phó Chánh Thanh tra", "Bộ Nội vụ|Thanh tra Bộ Nội vụ")],
        },
        "meetings": [{"date": "2019-06-26", "chair": "Lê Vĩnh Tân",
                      "organizer": "Tổ công tác về kiểm tra công vụ của Thủ tướng|Tổ công tác kiểm tra công vụ của Thủ tướng"
                                   "|Tổ công tác về kiểm tra công vụ|Tổ công tác|Bộ Nội vụ|Ủy ban nhân dân thành phố Đà Nẵng",
                      "locality": "48", "attendees": ["?Võ Ngọc Đồng", "?Chu Thị Hồng Tâm"]}],
        "localities": ["48"],
        "tasks": [
            ("chính quyền thành phố|Ủy ban nhân dân thành phố Đà Nẵng|thành phố Đà Nẵng",
             "xem xét lại năng lực tham mưu của các cơ quan chuyên môn"),
            ("Đà Nẵng|Ủy ban nhân dân thành phố Đà Nẵng|chính quyền thành phố",
             "cẩn trọng rà soát các văn bản quy phạm pháp luật"),
            (None, "?sớm ổn định tình hình chính trị"),
        ],
    },
    # Chairman Nguyễn Thành Phong at a meeting on 1/11 (year 2018: Decision 34/2018, the new model from 12/10).
    "vietnews_train_094405.txt": {
        "officials": {
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
            "Phạm Thành Kiên": [("Giám đốc", "Sở Công Thương Thành phố Hồ Chí Minh|Sở Công Thương")],
            "Trần Hữu Linh": [("Tổng cục trưởng", "Tổng cục Quản lý thị trường|Tổng cục QLTT")],
            "Nguyễn Văn Bách": [
                ("Quyền Cục trưởng", "Cục Quản lý thị trường Thành phố Hồ Chí Minh|Cục QLTT TP HCM|Cục QLTT thành phố"
                                     "|Cục Quản lý thị trường|Cục QLTT"),
                ("?Cục trưởng", "Cục Quản lý thị trường Thành phố Hồ Chí Minh|Cục QLTT TP HCM|Cục QLTT thành phố"
                                "|Cục Quản lý thị trường|Cục QLTT"),
                ("?Phó Chi cục trưởng", "Chi cục Quản lý thị trường Thành phố Hồ Chí Minh|Chi cục QLTT thành phố"),
                ("?Chi cục phó", "Chi cục Quản lý thị trường Thành phố Hồ Chí Minh|Chi cục QLTT thành phố"),
            ],
            "Trần Tuấn Anh": [("Bộ trưởng", "Bộ Công Thương")],
        },
        "meetings": [{"date": "2018-11-01", "chair": None, "organizer": HCM, "locality": "79",
                      "attendees": ["?Phạm Thành Kiên"]}],
        "localities": ["79"],
        "tasks": [
            ("Sở Công Thương Thành phố Hồ Chí Minh|Sở Công Thương|Giám đốc Sở Công thương",
             "có ý kiến với Bộ Công Thương về việc chỉ định"),
        ],
    },
    # PM's working session with UBND Hà Nội, morning 27/9 (no year in the text). Chair not stated (precedent:
    # dev baomoi_22376300), so the PM is an optional attendee.
    "vietnews_train_095752.txt": {
        "officials": {
            "Nguyễn Xuân Phúc": [("Thủ tướng", "Chính phủ")],
            "Vũ Đức Đam": [("Phó Thủ tướng", "Chính phủ")],
            "Nguyễn Đức Chung": [("Chủ tịch", HN)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": "Chính phủ|Thủ tướng Chính phủ|" + HN, "locality": "01",
                      "attendees": ["?Nguyễn Xuân Phúc", "?Nguyễn Đức Chung", "?Vũ Đức Đam"]}],
        # xã Văn Đức (Gia Lâm) is not in the register (merged since); chợ Long Biên is a market name.
        "localities": ["01", "018"],
        "tasks": [
            ("Ủy ban nhân dân thành phố Hà Nội|Hà Nội|thành phố Hà Nội", "nghiên cứu mô hình lực lượng phản ứng nhanh"),
            ("Hà Nội|Ủy ban nhân dân thành phố Hà Nội|thành phố Hà Nội", "cần làm đến nơi đến chốn, làm gương"),
            ("lực lượng chức năng|đội phản ứng nhanh", "khi đi kiểm tra phải vào tận nhà bếp"),
            (None, "phải quản lý chặt chẽ thức ăn đường phố"),
            (None, "xử lý nghiêm các cá nhân, tổ chức sai phạm"),
            (None, "?đẩy mạnh việc tiếp nhận thông tin để xử lý vi phạm"),
            (None, "?phải làm rõ các đầu mối chịu trách nhiệm"),
        ],
    },
    # Chairman of Thanh Hóa chairs a dialogue/working session with villagers, 19/3 (year not stated).
    "vietnews_train_098817.txt": {
        "officials": {
            "Nguyễn Đình Xứng": [("Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa")],
        },
        "meetings": [{"date": None, "chair": "Nguyễn Đình Xứng", "organizer": "Ủy ban nhân dân tỉnh Thanh Hóa",
                      "locality": "38", "attendees": []}],
        "localities": ["38", "380", "16429"],
        "tasks": [
            ("Công ty Cường Phát", "tạm dừng hoạt động Nhà máy phân bón Sao Nông"),
            ("lãnh đạo thành phố và các Sở, ngành", "?báo cáo giải trình các bước trong thủ tục cấp phép"),
            (None, "?dừng toàn bộ hoạt động sản xuất và phối trộn"),
            ("Công ty Cường Phát", "?phải đảm bảo mọi quy định của nhà nước"),
            (None, "?chỉ đạo tạm dừng hoạt động để khắc phục"),
        ],
    },
    # Resignation of Hà Nội's chairman; press briefing and the coming HĐND session only mentioned -> meetings None.
    "vietnews_train_099444.txt": {
        "officials": {
            "Nguyễn Thế Thảo": [("Chủ tịch", HN), ("?Bí thư", "Tỉnh ủy Bắc Ninh")],
            "Nguyễn Hoài Nam": [("Trưởng Ban", "Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội"
                                              "|Ban Pháp chế Hội đồng nhân dân thành phố|Ban Pháp chế Hội đồng nhân dân")],
            "Nguyễn Đức Chung": [
                ("Giám đốc", "Công an thành phố Hà Nội"),
                ("Phó Bí thư", "Thành ủy Hà Nội|Thành ủy"),
                ("?Ủy viên", "Thành ủy Hà Nội|Ban Chấp hành Đảng bộ thành phố Hà Nội|Thành ủy"),
                ("?Chủ tịch", HN),
                ("?Phó Giám đốc", "Công an thành phố Hà Nội"),
                ("?Thủ trưởng", "Cơ quan Cảnh sát điều tra Công an thành phố Hà Nội|Cơ quan cảnh sát điều tra"),
                ("?Trưởng phòng", PHONG_CSDT),
                ("?Phó Trưởng phòng", PHONG_CSDT),
                ("?Phó phòng", PHONG_CSDT),
            ],
        },
        "meetings": None,
        "localities": ["01", "27", "292", "30"],
        "tasks": [],
    },
    # Extraordinary (14th) session of HĐND TP HCM, morning 11/5 (no year); chair not stated.
    "vietnews_train_103815.txt": {
        "officials": {
            "Ngô Minh Châu": [("Phó Giám đốc", "Công an Thành phố Hồ Chí Minh"), ("Phó Chủ tịch", HCM),
                              ("?Trưởng Công an", "Công an Quận 8"), ("?Trưởng", "Công an Quận 8")],
            "Võ Văn Hoan": [("Chánh Văn phòng", "Văn phòng " + HCM + "|" + HCM), ("Phó Chủ tịch", HCM),
                            ("?Phó Chánh Văn phòng", "Văn phòng " + HCM + "|" + HCM),
                            ("?Chủ tịch", "Ủy ban nhân dân Quận 6")],
            "Huỳnh Cách Mạng": [("?Phó Chủ tịch", HCM)],
            "Trần Vĩnh Tuyến": [("Phó Chủ tịch", HCM)],
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
            "Lê Thanh Liêm": [("Phó Chủ tịch", HCM)],
            "Nguyễn Thị Lệ": [("Chủ tịch", "Hội đồng nhân dân Thành phố Hồ Chí Minh")],
            "Trần Quang Lâm": [("Giám đốc", SGTVT_HCM), ("Ủy viên", HCM)],
            "Lê Hòa Bình": [("Giám đốc", SXD_HCM), ("Ủy viên", HCM)],
            "Lê Thị Huỳnh Mai": [("Giám đốc", "Sở Kế hoạch và Đầu tư Thành phố Hồ Chí Minh|Sở Kế hoạch và Đầu tư"
                                              "|Sở Kế hoạch - Đầu tư Thành phố Hồ Chí Minh|Sở Kế hoạch - Đầu tư"),
                                 ("Ủy viên", HCM)],
            "Bùi Xuân Cường": [("?Giám đốc", SGTVT_HCM), ("?Ủy viên", HCM)],
            "Trần Trọng Tuấn": [("?Giám đốc", SXD_HCM), ("?Ủy viên", HCM)],
            "Nguyễn Long Tuyền": [("?Chánh Thanh tra", "Thanh tra Thành phố Hồ Chí Minh|Thanh tra thành phố"),
                                  ("?Ủy viên", HCM)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": "Hội đồng nhân dân Thành phố Hồ Chí Minh", "locality": "79",
                      "attendees": ["?Nguyễn Thị Lệ", "?Ngô Minh Châu", "?Võ Văn Hoan", "?Trần Quang Lâm",
                                    "?Lê Hòa Bình", "?Lê Thị Huỳnh Mai"]}],
        "localities": ["79", "785", "776", "775", "51"],
        "tasks": [
            ("các đại biểu HĐND thành phố|đại biểu Hội đồng nhân dân Thành phố Hồ Chí Minh|Hội đồng nhân dân Thành phố Hồ Chí Minh",
             "lựa chọn người có đủ tiêu chuẩn trình độ, năng lực"),
        ],
    },
    # Vice-chairman Trần Vĩnh Tuyến's written directives on PouYuen's worker buses (no meeting).
    "vietnews_val_002259.txt": {
        "officials": {
            "Trần Vĩnh Tuyến": [("Phó Chủ tịch", HCM)],
        },
        "meetings": [],
        "localities": ["79", "777"],
        "tasks": [
            (BQL_KCX, "chủ trì làm việc cụ thể với Công ty PouYuen"),
            (BQL_KCX, "nghiên cứu tổ chức hoạt động đưa rước công nhân"),
            (None, "Kết quả giải quyết phải báo cáo về cho UBND TP"),
            (CA_HCM, "thường xuyên ứng trực để điều tiết giao thông"),
            (CA_HCM, "Xử lý nghiêm các trường hợp vi phạm trong hoạt động"),
            (BQL_KCX, "?rà soát, bố trí một số địa điểm đủ điều kiện"),
        ],
    },
    # Sở TN&MT Đà Nẵng: water test results; its inspectorate is tasked; proposals to UBND are optional.
    "vietnews_val_002536.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["48"],
        "tasks": [
            ("Thanh tra Sở Tài nguyên và Môi trường thành phố Đà Nẵng|Thanh tra Sở Tài nguyên và Môi trường|Thanh tra Sở",
             "xem xét xử lý vi phạm 2 đơn vị trên"),
            ("Ban quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng",
             "?thực hiện kiểm tra, rà soát công tác đấu nối nước mưa"),
            ("Ủy ban nhân dân các quận huyện|UBND các quận huyện",
             "?chủ trì, phối hợp với Ban quản lý Khu công nghệ cao"),
        ],
    },
    # Conference of Thành ủy Đà Nẵng, afternoon 3/7; year 2019 from the text (retirements "tháng 12/2019",
    # deadline 31/3/2020 counted from 1/7). Chair not stated.
    "vietnews_val_019919.txt": {
        "officials": {
            "Võ Công Trí": [("Phó Bí thư", "Thành ủy Đà Nẵng|Thành ủy thành phố Đà Nẵng")],
        },
        "meetings": [{"date": "2019-07-03", "chair": None,
                      "organizer": "Thành ủy Đà Nẵng|Ban Chấp hành Đảng bộ thành phố Đà Nẵng",
                      "locality": "48", "attendees": []}],
        "localities": ["48"],
        "tasks": [
            ("thành phố|Thành ủy Đà Nẵng|Đà Nẵng", "cần hoàn tất quy trình bổ sung uỷ viên Ban chấp hành"),
            (None, "?phải làm quy trình bổ sung nhiều uỷ viên"),
            (None, "?tổ chức hội nghị cán bộ chủ chốt toàn thành phố"),
        ],
    },
    # Former vice-chairman Ngô Văn Tuấn moved to Sở Xây dựng; the 28/11/2018 working session is only mentioned.
    "vietnews_val_020991.txt": {
        "officials": {
            "Ngô Hoàng Kỳ": [("Chánh Văn phòng", VP_TH)],
            "Ngô Văn Tuấn": [
                ("?Chuyên viên", VP_TH),
                ("?Tổ trưởng", "Tổ giúp việc của Ban chỉ đạo quy hoạch xây dựng phát triển đô thị và nhà ở|Tổ giúp việc"
                               "|Ban chỉ đạo quy hoạch xây dựng phát triển đô thị và nhà ở"),
                ("?Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa"),
                ("?Giám đốc", SXD_TH),
                ("?Bí thư", "Đảng ủy Sở Xây dựng tỉnh Thanh Hóa|Đảng ủy Sở Xây dựng|Đảng ủy cơ quan"),
                ("?Chánh Văn phòng", SXD_TH + "|Văn phòng Sở Xây dựng"),
            ],
            "Nguyễn Xuân Thủy": [("Giám đốc", "Sở Nội vụ tỉnh Thanh Hóa|Sở Nội vụ")],
            "Mai Tiến Dũng": [("Bộ trưởng", "Văn phòng Chính phủ|Chính phủ"), ("Chủ nhiệm", "Văn phòng Chính phủ")],
            "Trần Vũ Quỳnh Anh": [("?Trưởng phòng", SXD_TH), ("?Phó Trưởng phòng", SXD_TH), ("?Phó phòng", SXD_TH)],
        },
        "meetings": None,
        "localities": ["38"],
        "tasks": [
            ("tỉnh|tỉnh Thanh Hóa|Ủy ban nhân dân tỉnh Thanh Hóa", "tiếp tục khắc phục hiện tượng"),
        ],
    },
    # Workshop of ĐHQG TP HCM with KAS (a university, not an authority) and a visit abroad -> meetings None.
    # Quận 2, 9, Thủ Đức are not in the register (now Thủ Đức city 769): optional.
    "vietnews_val_021253.txt": {
        "officials": {
            "Nguyễn Thiện Nhân": [("Bí thư", "Thành ủy Thành phố Hồ Chí Minh")],
            "Trần Vĩnh Tuyến": [("Phó Chủ tịch", HCM)],
            "Nguyễn Tiến Dũng": [("?Hiệu trưởng", "Trường Đại học Kinh tế - Luật|Đại học Kinh tế luật"
                                                  "|Trường Đại học Kinh tế - Luật Đại học Quốc gia Thành phố Hồ Chí Minh"
                                                  "|Đại học Kinh tế luật - Đại học Quốc gia TP HCM")],
        },
        "meetings": None,
        "localities": ["79", "?769", "?762", "?763"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
