"""Gold for blind round 13, part A: 13 articles from the press pool (ThanhChinhBK/vietnews via ../shared/corpus/press), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_SRC = "ThanhChinhBK/vietnews data/{}_tokenized/{}.txt.seg (press pool)"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_test_003485.txt": _SRC.format("test", "003485"),
    "vietnews_test_003563.txt": _SRC.format("test", "003563"),
    "vietnews_train_000544.txt": _SRC.format("train", "000544"),
    "vietnews_train_010002.txt": _SRC.format("train", "010002"),
    "vietnews_train_010804.txt": _SRC.format("train", "010804"),
    "vietnews_train_016043.txt": _SRC.format("train", "016043"),
    "vietnews_train_016343.txt": _SRC.format("train", "016343"),
    "vietnews_train_017259.txt": _SRC.format("train", "017259"),
    "vietnews_train_067304.txt": _SRC.format("train", "067304"),
    "vietnews_train_070428.txt": _SRC.format("train", "070428"),
    "vietnews_train_079636.txt": _SRC.format("train", "079636"),
    "vietnews_train_084588.txt": _SRC.format("train", "084588"),
    "vietnews_train_093673.txt": _SRC.format("train", "093673"),
}


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


HCM = _hcm("Ủy ban nhân dân")
TU_HCM = _hcm("Thành ủy")
TU_DN = "Thành ủy Đà Nẵng|Thành ủy thành phố Đà Nẵng"
BGTVT = "Bộ Giao thông Vận tải|Bộ Giao thông vận tải|Bộ GTVT|Bộ Giao thông"
BXD = "Bộ Xây dựng"
TBT = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam|Ban Chấp hành Trung ương Đảng|Đảng Cộng sản Việt Nam"
CTN = "Nhà nước|Chủ tịch nước|Nước Cộng hòa xã hội chủ nghĩa Việt Nam"
UB_HP = "Ủy ban nhân dân thành phố Hải Phòng"
UB_KG = "Ủy ban nhân dân tỉnh Kiên Giang"
CA_BT = "Công an huyện Bố Trạch"
CA_QN = "Công an huyện Quảng Ninh"
UBKT_QN = "Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh|Ủy ban Kiểm tra Tỉnh ủy"
VQG_PN = ("Ban Quản lý Vườn quốc gia Phong Nha - Kẻ Bàng|ban Quản lý VQG Phong Nha - Kẻ Bàng"
          "|Vườn quốc gia Phong Nha - Kẻ Bàng|VQG Phong Nha - Kẻ Bàng")
BQL_DS = (_hcm("Ban Quản lý đường sắt đô thị") + "|Ban quản lý đường sắt đô thị"
          + "|Ban Quản lý dự án đường sắt đô thị TP|chủ đầu tư")
DRAGON = "Công ty CP thép Dragon|Công ty cổ phần thép Dragon|Công ty thép Dragon"
NGANH_GD = ("Ngành giáo dục thành phố|ngành giáo dục|ngành|" + _hcm("Sở Giáo dục và Đào tạo")
            + "|Sở Giáo dục và Đào tạo|Sở Giáo dục")

GOLD = {
    # Toxic emissions of the Việt - Nhật steel plant (Hồng Bàng, Hải Phòng); the district vice-chairwoman's interview.
    # The inter-agency team's working session with the company at the incident (6-1, no year) is part of an incident
    # visit told as background -> meetings None. The company's chairman is a private company's (not listed); its
    # commitments are no tasks. The vice-chairwoman's past orders/requests (to the school, to the company) optional.
    "vietnews_test_003485.txt": {
        "officials": {
            "Hoàng Thị Nhẫn": [("Phó Chủ tịch", "Ủy ban nhân dân quận Hồng Bàng")],
        },
        "meetings": None,
        "localities": ["31", "303", "11296"],
        "tasks": [
            ("Công ty thép Việt - Nhật|lãnh đạo Công ty thép Việt - Nhật|Công ty cổ phần thép Việt - Nhật",
             "?tính toán về lâu dài cần phải xin phép thành phố"),
            ("nhà trường|trường THCS Quán Toan", "?chỉ đạo nhà trường cho học sinh nghỉ học"),
        ],
    },
    # Sở Xây dựng Khánh Hòa's report to UBND tỉnh on the old Nha Trang airport project (14-5). Its meeting with the
    # investor on 3-5-2019 is told only through the report (round-3 precedent: the Sở's interagency meeting only
    # mentioned) -> meetings None. No named official. The Sở's proposal to its superior and its 2018 order to the
    # investor are optional. Nha Trang only in the airport's / project's name -> optional.
    "vietnews_test_003563.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["56", "?568"],
        "tasks": [
            ("Ủy ban nhân dân tỉnh Khánh Hòa|UBND tỉnh Khánh Hoà|Ủy ban nhân dân tỉnh",
             "?chỉ đạo Công an tỉnh tiến hành xác minh thông tin"),
            ("chủ đầu tư|Công ty CP Tập đoàn Phúc Sơn", "?dừng ngay việc ký hợp đồng chuyển nhượng"),
        ],
    },
    # Forest destruction in the Phong Nha - Kẻ Bàng national park: criminal case opened (9/4). The Chi cục Kiểm lâm's
    # meeting is told as background ("Trước đó") -> meetings None. UBND tỉnh's demand on the park's board is the task
    # (one sentence, commas not split); the Chi cục's earlier (done) request to the park is optional.
    "vietnews_train_000544.txt": {
        "officials": {
            "Đặng Văn Hoành": [("Trưởng Công an", CA_BT), ("?Trưởng", CA_BT)],
            "Phạm Hồng Thái": [("Chi cục trưởng", "Chi cục Kiểm lâm tỉnh Quảng Bình|Chi cục Kiểm lâm")],
        },
        "meetings": None,
        "localities": ["44", "455", "19147"],
        "tasks": [
            (VQG_PN, "kiểm điểm trách nhiệm tổ chức, cá nhân có liên quan"),
            (VQG_PN, "?khẩn trương hoàn chỉnh hồ sơ, chuyển ngay cho Công an"),
        ],
    },
    # Opinion round-up on the HCMC secretary's six "formulas" of land violations; the HĐND session (kỳ họp thứ 12) is
    # only mentioned -> None. The secretary's "Cán bộ công chức phải tránh xa" is a directive; the HĐND committee
    # deputy head's views are opinions (optional). Nguyễn Quang Đồng heads a non-state institute (IPS): no public
    # post, not listed; his advice is no task. Quận 9 is not in the register (now Thủ Đức 769), Thủ Thiêm only as an
    # urban area -> optional.
    "vietnews_train_010002.txt": {
        "officials": {
            "Nguyễn Thiện Nhân": [("Bí thư", TU_HCM)],
            "Nguyễn Thành Phong": [("Chủ tịch", HCM)],
            "Cao Thanh Bình": [("Phó Trưởng ban",
                                _hcm("Ban Kinh tế - Ngân sách Hội đồng nhân dân") + "|Ban kinh tế ngân sách HĐND TP. HCM"
                                + "|Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố|Ban Kinh tế - Ngân sách")],
        },
        "meetings": None,
        "localities": ["79", "760", "?769", "?27118"],
        "tasks": [
            ("Cán bộ công chức|cán bộ, công chức", "Cán bộ công chức phải tránh xa 6 loại sai phạm"),
            (None, "?phải tăng cường thanh tra, kiểm tra, nhất là thanh tra công vụ"),
            (None, "?phải xử lý trách nhiệm của cơ quan thanh tra"),
            (None, "?Nên thanh tra chéo để các cơ quan tự kiểm chứng"),
        ],
    },
    # Conference announcing (Hội nghị công bố) the adjusted HCMC regional plan, 23-1 -> an announcement ceremony, not a
    # meeting (round 2/10 precedent). The deputy minister and the HCMC vice-chairman appear in the photo caption only.
    # The Government's order to set up the regional management board is the one directive.
    "vietnews_train_010804.txt": {
        "officials": {
            "Phan Thị Mỹ Linh": [("Thứ trưởng", BXD)],
            "Trần Vĩnh Tuyến": [("Phó Chủ tịch", HCM)],
        },
        "meetings": [],
        "localities": ["79", "80", "75", "72", "82", "74", "70", "77"],
        "tasks": [
            (None, "thành lập Ban Quản lý phát triển vùng trực thuộc Chính phủ"),
        ],
    },
    # Working session of the Transport Ministry delegation led by Minister Nguyễn Văn Thể with Kiên Giang's leaders,
    # 12-3 (no year) -> date None; head of the delegation = chair (round-2 precedent). The vice-chairman reports
    # (optional attendee); his proposals are no tasks, the ministry's promise ("sẽ đầu tư") is a commitment. The
    # lead's "sẽ kêu gọi" is optional. Rạch Giá (flight route), Minh Lương / Rạch Sỏi / An Hòa (road ends) optional.
    "vietnews_train_016043.txt": {
        "officials": {
            "Nguyễn Văn Thể": [("Bộ trưởng", BGTVT), ("?Trưởng đoàn", "Đoàn công tác Bộ Giao thông Vận tải|Đoàn công tác Bộ GTVT|" + BGTVT)],
            "Mai Anh Nhịn": [("Phó Chủ tịch", UB_KG)],
        },
        "meetings": [{"date": None, "chair": "Nguyễn Văn Thể",
                      "organizer": BGTVT + "|Đoàn công tác Bộ Giao thông Vận tải|Đoàn công tác Bộ GTVT|" + UB_KG,
                      "locality": "91", "attendees": ["?Mai Anh Nhịn"]}],
        "localities": ["91", "911", "?899", "?30880", "?30754", "?30748"],
        "tasks": [
            ("các đơn vị trực thuộc|các đơn vị thuộc Bộ Giao thông Vận tải|các đơn vị thuộc bộ",
             "nghiên cứu đầu tư hàng rào bảo vệ cho tuyến đường"),
            (None, "nghiên cứu nâng hạng mục mặt đường từ láng nhựa"),
            ("địa phương|tỉnh Kiên Giang|" + UB_KG, "địa phương cần rà soát, tháo dỡ các biển báo"),
            ("các đơn vị thuôc bộ|các đơn vị thuộc bộ|các đơn vị trực thuộc",
             "phối hợp với UBND tỉnh Kiên Giang làm viêc"),
            (None, "?kêu gọi doanh nghiệp kinh doanh trên đảo Phú Quốc"),
        ],
    },
    # UBND TP. HCM's written decision stopping the metro line 5 FEED sub-project: no meeting, no named official. Two
    # directives to the urban railway board (giao ..., yêu cầu ...); the approval itself is no task.
    # NB: this file's text is partly NFD (decomposed accents); the keys below are copied in its raw form.
    "vietnews_train_016343.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["79"],
        "tasks": [
            (BQL_DS, "thực hiện các thủ tục tiếp theo về chấm dứt triển khai"),
            (BQL_DS, "nghiêm túc rút kinh nghiệm nhằm tránh xảy ra"),
            (BQL_DS, "?chịu trách nhiệm về việc ngừng thực hiện lựa chọn"),
        ],
    },
    # Voters' meeting (tiếp xúc cử tri) of the Hà Nội chairman in Hoàn Kiếm, 11-7 -> meetings None (dev precedent).
    # The voter holds no post; his proposal is no task. Results only.
    "vietnews_train_017259.txt": {
        "officials": {
            "Nguyễn Đức Chung": [("Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội")],
        },
        "meetings": None,
        "localities": ["01", "002", "00079", "269"],
        "tasks": [],
    },
    # Teacher's punishment case at THCS Duy Ninh (Quảng Ninh, Quảng Bình): the school's questionnaire and report, the
    # police chief's statement. No meeting. The teacher holds no post (not listed); the principal's post optional.
    # "cơ quan chức năng yêu cầu xử lý nghiêm" is background (optional).
    "vietnews_train_067304.txt": {
        "officials": {
            "Phạm Thị Lệ Anh": [("?Hiệu trưởng", "Trường THCS Duy Ninh|trường THCS Duy Ninh|Trường Trung học cơ sở Duy Ninh"
                                                "|trường THCS xã Duy Ninh")],
            "Đoàn Thanh Tuyên": [("Trưởng Công an", CA_QN), ("?Trưởng", CA_QN)],
        },
        "meetings": [],
        "localities": ["44", "456", "19222"],
        "tasks": [
            (None, "?yêu cầu xử lý nghiêm vụ việc"),
        ],
    },
    # A National Assembly deputy's comments on the proposed dismissal of Nguyễn Bá Cảnh; the 16th plenum of the Thành
    # ủy Đà Nẵng (12/4) is only mentioned ("Như đã đưa tin") -> None. Nguyễn Bá Thanh is the late secretary (former
    # post, optional). The UBKT's disciplinary proposal to the Centre is optional; the deputy's views are no tasks.
    "vietnews_train_070428.txt": {
        "officials": {
            "Nguyễn Bá Cảnh": [("Phó Trưởng ban", "Ban Dân vận Thành ủy Đà Nẵng"),
                               ("?Phó ban", "Ban Dân vận Thành ủy Đà Nẵng")],
            "Nguyễn Bá Thanh": [("?Bí thư", TU_DN)],
            "Phạm Văn Hoà": [("?Đại biểu Quốc hội", "Quốc hội"), ("?Đại biểu", "Quốc hội"),
                             ("Ủy viên", "Ủy ban Pháp luật của Quốc hội|Ủy ban Pháp luật Quốc hội|Ủy ban Pháp luật")],
            "Nguyễn Phú Trọng": [("Tổng Bí thư", TBT), ("Chủ tịch nước", CTN)],
        },
        "meetings": None,
        "localities": ["48"],
        "tasks": [
            (None, "?đề nghị cách hết tất cả các chức vụ trong Đảng, sau đó"),
        ],
    },
    # 21st session (kỳ họp) of the UBKT Tỉnh ủy Quảng Ninh, chaired by its chairman (photo caption); no date -> None.
    # Two directives in the body (Ban thường vụ Huyện ủy Bình Liêu; Đảng ủy Sở GTVT); the lead's summary and the
    # "đồng thời" clause after a comma are optional. Trần Mạnh Hùng is only a party member (no post, not listed);
    # Nguyễn Thanh Tùng's post is former (optional).
    "vietnews_train_079636.txt": {
        "officials": {
            "Vũ Văn Diện": [("Chủ nhiệm", UBKT_QN)],
            "Nguyễn Thanh Tùng": [("?Phó Giám đốc", "Ban quản lý dự án đầu tư xây dựng huyện Bình Liêu"
                                                   "|Ban Quản lý dự án đầu tư xây dựng huyện Bình Liêu")],
            "Nguyễn Văn Thời": [("Phó Trưởng phòng",
                                 "Phòng Quản lý vận tải và phương tiện Sở Giao thông vận tải tỉnh Quảng Ninh"
                                 "|Phòng Quản lý vận tải và phương tiện|Phòng quản lý vận tải và phương tiện")],
        },
        "meetings": [{"date": None, "chair": "Vũ Văn Diện", "organizer": UBKT_QN, "locality": "22", "attendees": []}],
        "localities": ["22", "198"],
        "tasks": [
            ("Ban Thường vụ Huyện ủy Bình Liêu|Ban thường vụ Huyện uỷ Bình Liêu|Huyện ủy Bình Liêu",
             "chỉ đạo tổ chức Đảng có thẩm quyền thi hành kỷ luật"),
            ("Đảng ủy Sở Giao thông vận tải tỉnh Quảng Ninh|Đảng uỷ Sở Giao thông vận tải|Đảng ủy Sở Giao thông vận tải",
             "tổ chức kiểm điểm và thi hành kỷ luật đối với đảng viên"),
            ("Ban Thường vụ Huyện ủy Bình Liêu|Ban thường vụ Huyện uỷ Bình Liêu|Huyện ủy Bình Liêu",
             "?chỉ đạo thu hồi một số quyết định về công tác cán bộ"),
            ("Huyện ủy Bình Liêu|Sở Giao thông vận tải tỉnh Quảng Ninh|Sở Giao thông vận tải",
             "?tiếp tục tổ chức kiểm điểm, xử lý đúng mức độ"),
        ],
    },
    # Hải Phòng vice-chairman's site inspection (kiểm tra hiện trường) after the steel-furnace explosion, 10-12 -> not
    # a meeting. His five demands are tasks (the "Cụ thể ..." sentence elaborates the second). An Dương / An Hồng as
    # in the register (quận 312, phường 11602 after the 2025 merger).
    "vietnews_train_084588.txt": {
        "officials": {
            "Nguyễn Văn Thành": [("Phó Chủ tịch", UB_HP)],
            "Trần Văn Phương": [("Giám đốc", "Sở Tài nguyên và Môi trường thành phố Hải Phòng|Sở Tài nguyên môi trường TP Hải Phòng"
                                             "|Sở Tài nguyên và Môi trường|Sở Tài nguyên môi trường")],
        },
        "meetings": [],
        "localities": ["31", "312", "11602"],
        "tasks": [
            (DRAGON, "khẩn trương báo cáo cơ quan chức năng liên quan"),
            ("các sở, ngành và địa phương liên quan", "phải tổng hợp báo cáo cụ thể bằng văn bản"),
            ("doanh nghiệp|" + DRAGON, "tiếp tục tập trung cao nhất cho việc chăm lo sức khoẻ"),
            (DRAGON, "phải hợp tác chặt chẽ với cơ quan Công an"),
            ("doanh nghiệp|" + DRAGON, "doanh nghiệp chỉ được phép hoạt động khi có đủ"),
        ],
    },
    # Thành ủy TP HCM's announcement (thông báo, 10/10) on extra classes; the Thường trực Thành ủy's session of 19/9
    # is only mentioned -> None. No named official. One task per directive sentence; the permission/ban rules, the
    # lead's "cần có lộ trình", the secretary's June order and the Sở's earlier demand (superseded) are optional.
    "vietnews_train_093673.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["79"],
        "tasks": [
            ("Các trường|các trường", "phải khảo sát, phân chia lớp học theo cấp độ"),
            (NGANH_GD, "phải tạo điều kiện cho học sinh được lựa chọn giáo viên"),
            (NGANH_GD, "phải tập trung việc phụ đạo, bổ sung kiến thức"),
            (HCM + "|UBND thành phố|Ủy ban nhân dân thành phố", "được giao thực hiện tốt chính sách hỗ trợ nhà ở"),
            (None, "cần tập trung các chuyên gia giáo dục"),
            (HCM, "nhanh chóng hoàn tất lộ trình chấm dứt tình trạng"),
            (None, "?hoạt động này phải dựa trên sự tự nguyện"),
            (None, "?không cho phép tổ chức dạy thêm"),
            (None, "?cần có lộ trình và cách làm phù hợp"),
            (None, "?chỉ đạo phải chấm dứt tình trạng chạy trường"),
            ("các trường", "?yêu cầu các trường chấm dứt việc dạy thêm"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
