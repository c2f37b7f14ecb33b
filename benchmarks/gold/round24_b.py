"""Gold for blind round 24, part b: 12 articles from the press pool (ThanhChinhBK/vietnews), annotated by GUIDE.md before any build.

Review rulings (second reader): (1) 083290's 14-3 meeting is cited for one directive and its consequence -> None
(round-18/22 rule: one directive cited = passing mention; a builder recording it is not penalised). (2) 087151: the
working team's verification session with the pagoda board -> None (round-20 088065 / 004221: inspection by one
reading, working session by the other). (3) 096858: "kết luận của Phó thủ tướng X tại cuộc họp" reports the meeting
through several directives -> a meeting; the official whose conclusions they are presides (chair Dũng), national ->
locality None. (4) None, not [], whenever an authority's session is mentioned, future or implied (086342, 098527,
103201, 094325, 096102; round-22 015839 rule). (5) A reported order addressed to a person keeps assignee None (094325).
(6) A standing requirement with "vẫn" and no new action (098527 "vẫn yêu cầu đặt tên … theo truyền thống") is
optional, as part a 020735's chủ trương; a reported order with a concrete action stays required. (7) Quoted document
directives without a named body are required with assignee None (103201). (8) Attendees' proposals upward optional
(103309). (9) Agreements binding citizens optional; former officials listed with the former post optional (016484).
(10) Units not in the register are left out; the ward that now bears the name optional (002313). (11) A state
company urging its contractor optional (086342). Headline/lead copies optional; an optional lead key that is unique
to the lead may precede the required body key when the body key is a substring of the lead (002313), so the greedy
matcher does not spend the required key on the lead copy."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
_SRC = "ThanhChinhBK/vietnews data/{}_tokenized/{}.txt.seg (press pool)"
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "vietnews_train_083290.txt": _SRC.format("train", "083290"),
    "vietnews_train_086342.txt": _SRC.format("train", "086342"),
    "vietnews_train_087151.txt": _SRC.format("train", "087151"),
    "vietnews_train_094325.txt": _SRC.format("train", "094325"),
    "vietnews_train_096102.txt": _SRC.format("train", "096102"),
    "vietnews_train_096858.txt": _SRC.format("train", "096858"),
    "vietnews_train_098527.txt": _SRC.format("train", "098527"),
    "vietnews_train_103201.txt": _SRC.format("train", "103201"),
    "vietnews_train_103309.txt": _SRC.format("train", "103309"),
    "vietnews_val_002313.txt": _SRC.format("val", "002313"),
    "vietnews_val_013247.txt": _SRC.format("val", "013247"),
    "vietnews_val_016484.txt": _SRC.format("val", "016484"),
}


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


CP = "Chính phủ"
UB_HCM = _hcm("Ủy ban nhân dân") + "|Ủy ban nhân dân thành phố|UBND TP"
TU_HCM = _hcm("Thành ủy") + "|Thành ủy"
VP_UB_HCM = _hcm("Văn phòng Ủy ban nhân dân") + "|Văn phòng Ủy ban nhân dân thành phố|Văn phòng UBND TP HCM|" + UB_HCM
SLD_HCM = (_hcm("Sở Lao động, Thương binh và Xã hội") + "|" + _hcm("Sở Lao động - Thương binh và Xã hội")
           + "|Sở Lao động, Thương binh - Xã hội|Sở Lao động, Thương binh và Xã hội|Sở Lao động Thương binh và Xã hội")

NONG_DAN_QT = "Hội Nông dân xã Quỳnh Tân|Hội nông dân xã Quỳnh Tân|Hội Nông dân xã"
BQL_QUY_QT = ("Ban quản lý quỹ|Ban quản lý Quỹ hỗ trợ nông dân xã Quỳnh Tân|Ban Quản lý Quỹ hỗ trợ nông dân xã Quỳnh Tân"
              "|Quỹ hỗ trợ nông dân xã Quỳnh Tân")

UB_UB = "Ủy ban nhân dân thành phố Uông Bí|UBND TP Uông Bí|UBND TP. Uông Bí|Ủy ban nhân dân TP Uông Bí"

SVH_HN = ("Sở Văn hóa và Thể thao thành phố Hà Nội|Sở Văn hóa và Thể thao Hà Nội|Sở Văn hóa, Thể thao Hà Nội"
          "|Sở Văn hoá, Thể thao Hà Nội|Sở Văn hóa Hà Nội|Sở Văn hoá Hà Nội|Sở Văn hóa, Thể thao và Du lịch Hà Nội"
          "|Sở Văn hóa và Thể thao|Sở Văn hóa|Sở Văn hoá")

UB_SL = "Ủy ban nhân dân tỉnh Sơn La|UBND tỉnh Sơn La|tỉnh Sơn La|Sơn La"

UB_HB = "Ủy ban nhân dân tỉnh Hòa Bình|UBND tỉnh Hoà Bình|Ủy ban nhân dân tỉnh Hoà Bình|tỉnh Hoà Bình|tỉnh Hòa Bình"
BNN = "Bộ Nông nghiệp và Phát triển nông thôn|Bộ Nông nghiệp và phát triển nông thôn"
BTNMT = "Bộ Tài nguyên và Môi trường|Bộ Tài nguyên - môi trường|Bộ Tài nguyên - Môi trường"

DN = "Ủy ban nhân dân thành phố Đà Nẵng|Ủy ban nhân dân TP Đà Nẵng|UBND TP. Đà Nẵng|UBND TP Đà Nẵng"
SXD_DN = ("Sở Xây dựng thành phố Đà Nẵng|Sở Xây dựng TP. Đà Nẵng|Sở Xây dựng TP Đà Nẵng|Sở Xây dựng Đà Nẵng"
          "|sở Xây dựng TP. Đà Nẵng|Sở Xây dựng")

UB_HT = "Ủy ban nhân dân xã Hòa Tiến|UBND xã Hoà Tiến|Ủy ban nhân dân xã Hoà Tiến"
PTNMT_HV = ("Phòng Tài nguyên và Môi trường huyện Hòa Vang|Phòng Tài nguyên và môi trường huyện Hoà Vang"
            "|Phòng Tài nguyên và môi trường huyện|Phòng Tài nguyên và Môi trường")

GOLD = {
    # Quỹ hỗ trợ nông dân xã Quỳnh Tân (Quỳnh Lưu, Nghệ An) cannot repay savers. The district secretary's meeting of
    # 14-3 is recalled in one sentence for one outcome (his order) -> meetings None (round-20 018395 / val_004221
    # practice; doubt: it names date, chair and a directive). Task: his "yêu cầu bàn giao hồ sơ để giải thể quỹ …"
    # (no assignee named); the follow-on "cán bộ, người dân nào chây ì … sẽ bàn giao hồ sơ cho cơ quan chức năng" (a
    # consequence, not an order) and the district farmers' union's 2014 notice "ngừng hoạt động và đi đến xoá bỏ quỹ"
    # optional. Savers' demands are citizens'; the commune union's "sẽ họp, bàn giao quỹ" a commitment. Hồ Minh Mậu:
    # current chairman of UBND xã (required), his 2008-2010 union / fund posts former (optional); Nguyễn Thị Hà's posts
    # are for "giai đoạn 2010-2017" (former: optional). Nghệ An 40, huyện Quỳnh Lưu 421, xã Quỳnh Tân 17119.
    "vietnews_train_083290.txt": {
        "officials": {
            "Hồ Minh Mậu": [("Chủ tịch", "Ủy ban nhân dân xã Quỳnh Tân|UBND xã Quỳnh Tân"),
                            ("?Chủ tịch", NONG_DAN_QT), ("?Trưởng ban", BQL_QUY_QT)],
            "Nguyễn Thị Hà": [("?Chủ tịch", NONG_DAN_QT), ("?Trưởng ban", BQL_QUY_QT)],
            "Hoàng Danh Lai": [("Bí thư", "Huyện ủy Quỳnh Lưu|Huyện ủy huyện Quỳnh Lưu")],
            "Hồ Xuân Vinh": [("Phó Chủ tịch", NONG_DAN_QT)],
        },
        "meetings": None,
        "localities": ["40", "421", "17119"],
        "tasks": [
            (None, "bàn giao hồ sơ để giải thể quỹ hỗ trợ nông dân"),
            (None, "?bàn giao hồ sơ cho cơ quan chức năng xem xét"),
            ("Ban quản lý quỹ|ban quản lý quỹ xã Quỳnh Tân|" + NONG_DAN_QT, "?ngừng hoạt động và đi đến xoá bỏ quỹ"),
        ],
    },
    # ACV (state corporation) updates the Long Thành airport feasibility study "Chiều 16-4": a statement to the press,
    # no meeting; the National Assembly's "kỳ họp tháng 10" (future session) is mentioned in passing -> None. No named
    # person. ACV's "đôn đốc Tư vấn JFV khẩn trương hoàn thành hồ sơ …" is a state company urging its contractor
    # (lead and body): optional. Đồng Nai's resettlement work and targets are narrative/plans. Đồng Nai 75, huyện Long
    # Thành 740, xã Lộc An 26392, xã Bình Sơn 26395 (both of Long Thành).
    "vietnews_train_086342.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["75", "740", "26392", "26395"],
        "tasks": [
            ("Tư vấn JFV|liên danh tư vấn Nhật – Pháp – Việt (JFV)|JFV",
             "?khẩn trương hoàn thành hồ sơ Báo cáo nghiên cứu khả thi"),
        ],
    },
    # Ba Vàng pagoda: the Uông Bí chairman's comments (22-3) on the city working team's session with the pagoda board.
    # That session is a verification by the city's đoàn công tác (inspection by one reading, a working session by the
    # other; no date, no chair) and the abbot's "buổi pháp thoại" is religious -> meetings None (round-20 088065 /
    # round-11 067639 on the same affair). The abbot holds no public post. No directive ("lãnh đạo thành phố đã thành
    # lập đoàn công tác" is narrative; "Quan điểm của thành phố sẽ dựa vào kết quả …" a position). Quảng Ninh 22, TP
    # Uông Bí 196.
    "vietnews_train_087151.txt": {
        "officials": {
            "Nguyễn Mạnh Hà": [("Chủ tịch", UB_UB)],
        },
        "meetings": None,
        "localities": ["22", "196"],
        "tasks": [],
    },
    # HCMC's 353 surplus official cars, told at the periodic press conference (họp báo) "Chiều 20/6" chaired by the
    # chief of the UBND office -> not a meeting; the Thường trực Thành ủy's session with Lê Minh Tấn ("đã mời đồng chí
    # Tấn làm việc") is mentioned in passing -> None. Task: that reported order "yêu cầu làm kiểm điểm và tự nhận hình
    # thức kiểm điểm" (assignee a person, Tấn: None). The city's "kiến nghị Trung ương" is a proposal upward; the
    # transfer of the Mercedes to the Sở Tài chính is narrative. Tấn: director of the (city) labour department and
    # "Thành uỷ viên". TP HCM 79.
    "vietnews_train_094325.txt": {
        "officials": {
            "Võ Văn Hoan": [("Chánh Văn phòng", VP_UB_HCM), ("?Người phát ngôn", UB_HCM)],
            "Lê Minh Tấn": [("Giám đốc", SLD_HCM), ("Ủy viên", TU_HCM)],
        },
        "meetings": None,
        "localities": ["79"],
        "tasks": [
            (None, "làm kiểm điểm và tự nhận hình thức kiểm điểm"),
        ],
    },
    # The Home Affairs Minister's remarks to the press (17/7) on merging provincial departments: no meeting; the Lào
    # Cai HĐND session "cuối tháng 6" is mentioned in passing -> None. His "Các tỉnh chưa có kế hoạch hợp nhất nên chờ
    # Nghị định ban hành" and "nên thận trọng, phải được cơ quan có thẩm quyền cho phép" are advice ("nên"): optional.
    # Lào Cai 10.
    "vietnews_train_096102.txt": {
        "officials": {
            "Lê Vĩnh Tân": [("Bộ trưởng", "Bộ Nội vụ")],
        },
        "meetings": None,
        "localities": ["10"],
        "tasks": [
            ("Các tỉnh chưa có kế hoạch hợp nhất|Các tỉnh|các tỉnh", "?chờ Nghị định ban hành"),
            (None, "?nên thận trọng, phải được cơ quan có thẩm quyền cho phép"),
        ],
    },
    # Văn phòng Chính phủ's notice of the Deputy PM's conclusions "tại cuộc họp" on the two HCMC metro lines: the
    # meeting is reported through its conclusions -> one meeting, no date, chair = the Deputy PM whose conclusions
    # they are (doubt: chủ trì not written), organizer the government (national -> locality None). Tasks: "yêu cầu
    # Bộ KH&ĐT, Bộ GTVT, Bộ Xây dựng, UBND TP HCM thực hiện nghiêm chỉ đạo của Bộ Chính trị …" and the verbless
    # "Bộ Kế hoạch chủ trì hướng dẫn TP HCM thẩm định …; báo cáo Thủ tướng …; bảo đảm hoàn thành …" (three ';'
    # items, assignee the ministry). The lead's "yêu cầu TP HCM thẩm định, phê duyệt …" (a restatement) optional.
    # TP HCM 79, quận 1 760, Bình Thạnh 765, Thủ Đức 769 (quận 2, 9 not in the register: now Thủ Đức), "huyện" Dĩ An
    # 724, Bình Dương 74; Bến Thành / Thủ Thiêm only as station names, Tây Ninh only in "Bến xe Tây Ninh": optional.
    "vietnews_train_096858.txt": {
        "officials": {
            "Trịnh Đình Dũng": [("Phó Thủ tướng", CP)],
        },
        "meetings": [{"date": None, "chair": "Trịnh Đình Dũng",
                      "organizer": "Chính phủ|Thủ tướng Chính phủ|Văn phòng Chính phủ", "locality": None,
                      "attendees": []}],
        "localities": ["79", "760", "765", "769", "724", "74", "?26743", "?27118", "?72"],
        "tasks": [
            ("Bộ Kế hoạch và Đầu tư|Bộ Giao thông Vận tải|Bộ Xây dựng|" + UB_HCM,
             "thực hiện nghiêm chỉ đạo của Bộ Chính trị"),
            ("Bộ Kế hoạch|Bộ Kế hoạch và Đầu tư", "chủ trì hướng dẫn TP HCM thẩm định"),
            ("Bộ Kế hoạch|Bộ Kế hoạch và Đầu tư", "báo cáo Thủ tướng, Thường trực Chính phủ"),
            ("Bộ Kế hoạch|Bộ Kế hoạch và Đầu tư", "bảo đảm hoàn thành chất lượng, đúng tiến độ"),
            ("TP HCM|Thành phố Hồ Chí Minh|" + UB_HCM, "?phê duyệt điều chỉnh tổng mức đầu tư dự án, đảm bảo"),
        ],
    },
    # Interview with the deputy director of the Hà Nội culture department on numbered street names: no meeting; the
    # HĐND session the files go to ("kỳ họp HĐND giữa năm hoặc cuối năm") and a planned workshop are mentioned in
    # passing -> None. Tasks (reported orders of the city leaders): "chỉ đạo nghiên cứu đổi mới đặt tên đường, phố"
    # and "vẫn yêu cầu đặt tên đường phố theo truyền thống" (no assignee named), "Theo yêu cầu của Chủ tịch UBND TP, Sở
    # phải đánh giá lại …" (the department), the office's notice "giao Sở Văn hoá … nghiên cứu đặt tên theo số …" and
    # "thành phố yêu cầu Sở Văn hoá cân nhắc, lựa chọn …". "Trước mắt, Sở phải chuẩn bị, xem xét …" is the director's
    # own account of the steps (optional). Hà Nội 01.
    "vietnews_train_098527.txt": {
        "officials": {
            "Trương Minh Tiến": [("Phó Giám đốc", SVH_HN)],
        },
        "meetings": None,
        "localities": ["01"],
        "tasks": [
            (None, "nghiên cứu đổi mới đặt tên đường, phố"),
            (SVH_HN + "|Sở", "đánh giá lại việc đặt, đổi tên đường, phố từ 2002"),
            (SVH_HN, "nghiên cứu đặt tên theo số để phù hợp áp dụng công nghệ số hoá"),
            (SVH_HN, "cân nhắc, lựa chọn xây dựng hồ sơ với số lượng nhất định"),
            (SVH_HN + "|Sở", "?chuẩn bị, xem xét ở nhiều khía cạnh, lấy ý kiến nhân dân"),
            # review: "vẫn yêu cầu đặt tên đường phố theo truyền thống" is a standing requirement (no new action, no
            # body) -> optional (doubt b6; as part a 020735's chủ trương). The other reported orders stay required.
            (None, "?đặt tên đường phố theo truyền thống"),
        ],
    },
    # The PM's documents on the Sơn La Hồ Chí Minh monument (5/8 and 6/8): no meeting; the HĐND's resolution of 8/7 (a
    # session, mentioned in passing) and the province's press conference (not a meeting) -> None. Tasks: the earlier
    # document "yêu cầu UBND tỉnh Sơn La báo cáo về đề án …" (reported order), the body's "yêu cầu tỉnh Sơn La chỉ
    # được khởi công xây dựng tượng đài khi bảo đảm …" (its "trong đó phải báo cáo Ban Bí thư …" optional), the quoted
    # document "cần tách bạch thành một hạng mục riêng …" (no body named: None) and "Thủ tướng cũng yêu cầu việc quy
    # hoạch, xây dựng … phải được tính toán kỹ lưỡng …" (None). The lead's copies optional. The VPCP deputy chief's
    # view ("không thể thực hiện được") no task. Sơn La 14, thành phố Sơn La 116; caption TP Vinh 412, Nghệ An 40.
    "vietnews_train_103201.txt": {
        "officials": {
            "Nguyễn Văn Tùng": [("Phó Chủ nhiệm", "Văn phòng Chính phủ")],
        },
        "meetings": None,
        "localities": ["14", "116", "412", "40"],
        "tasks": [
            (UB_SL, "báo cáo về đề án xây dựng công trình tượng đài"),
            (UB_SL, "chỉ được khởi công xây dựng tượng đài khi bảo đảm"),
            (None, "tách bạch thành một hạng mục riêng để thẩm định"),
            (None, "tính toán kỹ lưỡng, phù hợp với điều kiện phát triển"),
            (UB_SL, "?báo cáo Ban Bí thư phê duyệt mẫu tượng"),
            (UB_SL, "?tách bạch tượng đài"),
            (UB_SL, "?chỉ được khởi công khi bảo đảm các điều kiện cần thiết"),
        ],
    },
    # Thematic session of the Mekong Delta climate-change conference (Cần Thơ, two days), morning 26/9, chaired by the
    # (unnamed) Minister of Natural Resources and Environment; no year written -> date None, chair None (unnamed);
    # national organizer -> locality None; the plenary "Ngày mai" (PM chairs) is the same conference (one meeting).
    # The Sóc Trăng secretary and Prof. Trần Thục speak (optional attendees), the PM optional. The secretary's
    # "các cơ quan chức năng cần có dự báo kịp thời …" and "đề nghị các bộ ngành … phải kèm theo nội dung thích ứng …"
    # are an attendee's proposals upward: optional. Trần Thục: vice-chairman of the national advisory council on
    # climate change (state advisory body; post optional). Sóc Trăng 94, Cần Thơ 92, Kiên Giang 91, Cà Mau 96, Bạc
    # Liêu 95 (coasts of the provinces named).
    "vietnews_train_103309.txt": {
        "officials": {
            "Nguyễn Văn Thể": [("Bí thư", "Tỉnh ủy Sóc Trăng")],
            "Trần Thục": [("?Phó Chủ tịch", "Hội đồng tư vấn quốc gia về biến đổi khí hậu"
                                           "|Hội đồng Tư vấn quốc gia về biến đổi khí hậu")],
            "Nguyễn Xuân Phúc": [("Thủ tướng", CP)],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": "Chính phủ|Thủ tướng Chính phủ|" + BTNMT, "locality": None,
                      "attendees": ["?Nguyễn Văn Thể", "?Trần Thục", "?Nguyễn Xuân Phúc"]}],
        "localities": ["94", "92", "91", "96", "95"],
        "tasks": [
            ("các cơ quan chức năng", "?có dự báo kịp thời, cung cấp kịch bản"),
            ("các bộ ngành", "?kèm theo nội dung thích ứng biến đổi khí hậu"),
            (None, "?xây dựng các nhà máy cấp nước công suất lớn"),  # review: his third proposal ("ông Thể đề nghị")
        ],
    },
    # The PM's directives on the Hòa Bình landslides ("Chiều 16-10"; a directive, no meeting mentioned) -> []. Tasks
    # (split on sentences and ';'): to tỉnh Hòa Bình (relief "bằng mọi biện pháp …"), the verbless "Chính quyền địa
    # phương không được để …; đồng thời bố trí chỗ ở tạm …" (two), Bộ GTVT, the national search-and-rescue committee
    # / Quân khu 3 (keyed at the nested action, either assignee), Bộ Y tế (verbless; its nested "chỉ đạo lực lượng y tế
    # cơ sở …" optional), UBND tỉnh "tiếp tục rà soát, tổ chức di dời ngay …; chủ động triển khai …" (two), the
    # verbless "UBND tỉnh Hoà Bình tiếp tục tăng cường quan trắc …", "giao Bộ Tài nguyên - môi trường … tổ chức đoàn
    # công tác liên ngành …", the follow-on "Trong quá trình kiểm tra thực tế, phối hợp với địa phương nghiên cứu …"
    # (no body named: None) and "Giao Bộ Nông nghiệp … khẩn trương rà soát, xây dựng dự án tổng thể …". The lead's two
    # copies optional. Hòa Bình 17 and the units listed: Phú Cường 05140, Tân Lạc 155, P. Thái Bình 04789, P. Đồng
    # Tiến 04804, TP Hòa Bình 148, Tú Sơn 04999, Kim Bôi 153, Đồng Ruộng 04861, Đồng Chum 04852, Mường Chiềng 04846,
    # Vầy Nưa 04891, Đà Bắc 150, Tuân Đạo 05278, Lạc Sơn 157, Mai Châu 156, Hợp Thành 04903. Not in the register:
    # P. Chăm Mát, xã Hạ Bì, xã Nam Sơn (Tân Lạc), xã Đồng Bảng, huyện Kỳ Sơn (now in TP Hòa Bình; ward Kỳ Sơn 04894
    # optional).
    "vietnews_val_002313.txt": {
        "officials": {
            "Nguyễn Xuân Phúc": [("Thủ tướng", CP)],
            "Nguyễn Văn Quang": [("Chủ tịch", UB_HB)],
        },
        "meetings": [],
        "localities": ["17", "05140", "155", "04789", "04804", "148", "04999", "153", "04861", "04852", "04846",
                       "04891", "150", "05278", "157", "156", "04903", "?04894"],
        "tasks": [
            (UB_HB, "bằng mọi biện pháp tiếp cận, tổ chức cứu trợ lương thực"),
            ("Chính quyền địa phương|" + UB_HB, "không được để người dân bị đói, rét, bệnh tật"),
            ("Chính quyền địa phương|" + UB_HB, "bố trí chỗ ở tạm, có phương án tái định cư"),
            ("Bộ Giao thông vận tải|Bộ Giao thông Vận tải", "huy động lực lượng, phương tiện tập trung khắc phục nhanh"),
            ("Uỷ ban quốc gia ứng phó sự cố, thiên tai và tìm kiếm cứu nạn|Ủy ban Quốc gia ứng phó sự cố, thiên tai và "
             "tìm kiếm cứu nạn|Bộ Quốc phòng|Quân khu 3|các lực lượng cứu hộ cứu nạn",
             "tổ chức tìm kiếm những người còn mất tích"),
            ("Bộ Y tế", "chủ động xử lý, hỗ trợ cơ số thuốc cần thiết"),
            (UB_HB, "tiếp tục rà soát, tổ chức di dời ngay các hộ dân"),
            # review: the lead's unique optional key comes before the body key, which is a substring of the lead's
            # sentence too (else the greedy matcher may spend the required key on the lead copy).
            (UB_HB, "?hỗ trợ ổn định đời sống nhân dân theo chế độ"),
            (UB_HB, "chủ động triển khai các phương án di chuyển dân"),
            (UB_HB, "tăng cường quan trắc, theo dõi giám sát diễn biến sạt lở"),
            (BTNMT, "tổ chức đoàn công tác liên ngành kiểm tra thực tế"),
            (None, "phối hợp với địa phương nghiên cứu, đánh giá nguyên nhân"),
            (BNN, "khẩn trương rà soát, xây dựng dự án tổng thể di dời dân cư"),
            (UB_HB, "?rà soát, tổ chức di dời dân ra khỏi các khu vực nguy hiểm"),
            ("lực lượng y tế cơ sở|Bộ Y tế", "?triển khai các biện pháp bảo đảm vệ sinh môi trường"),
            (BNN, "?đề xuất, báo cáo Thủ tướng Chính phủ xem xét, quyết định"),
        ],
    },
    # The Đà Nẵng vice-chairman's order (chiều 19/4) halting the Marina Complex project: a directive, no meeting ->
    # []. Tasks: "giao sở Xây dựng chủ trì, phối hợp … làm việc với nhà Đầu tư, tạm dừng triển khai dự án để kiểm tra
    # …" (one, commas), "yêu cầu các đơn vị này tổ chức lấy ý kiến …" and the verbless "Sau đó, báo cáo kết quả về UBND
    # TP trước ngày 3/5" (None). The caption's "yêu cầu tạm dừng dự án Marina Complex" optional. VinaCapital / Quốc
    # Cường Gia Lai: private. Đà Nẵng 48; Gia Lai only in the company's name (optional).
    "vietnews_val_013247.txt": {
        "officials": {
            "Đặng Việt Dũng": [("Phó Chủ tịch", DN)],
            "Thái Ngọc Trung": [("Phó Giám đốc", SXD_DN)],
        },
        "meetings": [],
        "localities": ["48", "?64"],
        "tasks": [
            (SXD_DN, "tạm dừng triển khai dự án để kiểm tra"),
            ("các đơn vị này|các đơn vị liên quan|" + SXD_DN
             + "|sở Tài nguyên và Môi trường|sở Kế hoạch và Đầu tư", "tổ chức lấy ý kiến của các chuyên gia, nhà khoa học"),
            (None, "báo cáo kết quả về UBND TP trước ngày 3/5"),
            (None, "?tạm dừng dự án Marina Complex"),
            (None, "?tạm dừng triển khai dự án “ ăn mòn ” sông Hàn"),  # review: headline copy, optional
        ],
    },
    # One plot granted to two households (Hòa Tiến, Hòa Vang). Meeting of the parties held by UBND xã Hòa Tiến, 14-11
    # (no year written with it; 2018 only inferable from "Tháng 11-2018" and the 30-11-2018 deadline) -> date None,
    # chair not stated; the former land officer speaks (optional attendee). Its agreements bind the two citizens (the
    # transfer, the 600-million payment) and the commune's "sẽ tạo điều kiện, làm tờ trình" is a commitment: optional.
    # Tasks (the district vice-chairman's reported orders): "giao Phòng Tài nguyên và môi trường huyện phối hợp cùng
    # UBND xã Hoà Tiến rà soát …", "lưu ý nội dung báo cáo nói rõ …" (None), "giao chủ tịch UBND xã Hoà Tiến làm việc
    # với ông Nguyễn Đình Phú …", the follow-on "Đồng thời, phối hợp với các bên …" (None) and "yêu cầu Phòng … và UBND
    # xã … phải khẩn trương triển khai …". Nguyễn Đình Phú: former commune land officer (post optional). Đà Nẵng 48,
    # quận Hải Châu 492, xã Hòa Tiến 20326, huyện Hòa Vang 497.
    "vietnews_val_016484.txt": {
        "officials": {
            "Đặng Phú Hành": [("Phó Chủ tịch", "Ủy ban nhân dân huyện Hòa Vang|UBND huyện Hoà Vang")],
            "Nguyễn Đình Phú": [("?Cán bộ địa chính", UB_HT + "|xã Hòa Tiến")],
        },
        "meetings": [{"date": None, "chair": None, "organizer": UB_HT, "locality": "20326",
                      "attendees": ["?Nguyễn Đình Phú"]}],
        "localities": ["48", "492", "20326", "497"],
        "tasks": [
            (PTNMT_HV + "|" + UB_HT, "rà soát tất cả các trường hợp UBND huyện phê duyệt"),
            (None, "nói rõ các trường hợp đã thực hiện giao đất ở"),
            ("chủ tịch UBND xã Hoà Tiến|Chủ tịch Ủy ban nhân dân xã Hòa Tiến|" + UB_HT,
             "làm việc với ông Nguyễn Đình Phú để làm rõ trách nhiệm"),
            (None, "phối hợp với các bên có liên quan giải quyết dứt điểm"),
            (PTNMT_HV + "|" + UB_HT, "khẩn trương triển khai thực hiện và báo cáo huyện"),
            (None, "?lập thủ tục chuyển nhượng quyền sử dụng lô đất"),
            (None, "?chi trả lại số tiền chuyển nhượng là 600 triệu đồng"),
            (None, "?làm tờ trình gửi cấp trên xem xét giao đất"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
