"""Gold for blind round 23, part a: 13 post-reform (2025 two-level government) articles from the post2025 pool (many sources), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "baolaocai_post895633.txt": "https://baolaocai.vn/xa-coc-san-va-phuong-lao-cai-hoan-thanh-hoi-nghi-tiep-xuc-cu-tri-voi-nguoi-ung-cu-dai-bieu-hdnd-cac-cap-post895633.html",
    "baolongan_a199481.txt": "https://baolongan.vn/bi-thu-tinh-uy-nguyen-van-quyet-phai-xac-dinh-cap-xa-la-truc-tiep-phuc-vu-nhan-dan-a199481.html",
    "baosonla_ZbzGc2ODR.txt": "https://baosonla.vn/thoi-su-chinh-tri/phien-hop-toan-the-lan-thu-56-ubnd-tinh-son-la-khoa-xv-ZbzGc2ODR.html",
    "baothanhhoa_263787.txt": "https://baothanhhoa.vn/xa-sao-vang-hoc-tap-quan-triet-nghi-quyet-dai-hoi-dai-bieu-dang-bo-xa-lan-thu-i-nhiem-ky-2025--2030-263787.htm",
    "cafef_188250813102049115.txt": "https://cafef.vn/phuong-rong-nhat-ha-noi-se-thanh-trung-tam-do-thi-moi-188250813102049115.chn",
    "dantri_20250809212921609.txt": "https://dantri.com.vn/noi-vu/chi-dinh-chu-tich-ubnd-dac-khu-truong-sa-20250809212921609.htm",
    "danviet_d1355576.txt": "https://danviet.vn/phuong-nam-dinh-tinh-ninh-binh-xay-dung-do-thi-xanh-thong-minh-hien-dai-o-phia-dong-cua-tinh-d1355576.html",
    "ductho-hatinh_tong-ket-xay-dung-dang-2025.txt": "https://ductho.hatinh.gov.vn/tin-tuc/dang-bo-cac-co-quan-dang---co-quan-ubnd-xa-duc-tho-tong-ket-cong-tac-xay-dung-dang-nam-2025-trien-khai-phuong-huong-nhiem-vu-nam-2026",
    "giadinh-suckhoedoisong_172250701114901693.txt": "https://giadinh.suckhoedoisong.vn/khong-khi-ngay-dau-van-hanh-chinh-quyen-2-cap-o-tinh-thai-nguyen-172250701114901693.htm",
    "giadinhonline-mientay_d16571.txt": "https://mientay.giadinhonline.vn/can-tho-phuong-phuoc-thoi-san-sang-but-pha-phat-trien-nhanh-va-ben-vung-d16571.html",
    "huengaynay_158368.txt": "https://huengaynay.vn/chinh-tri-xa-hoi/7-luot-y-kien-tap-trung-tao-dot-pha-cho-phuong-thanh-thuy-158368.html",
    "huengaynay_159896.txt": "https://huengaynay.vn/chinh-tri-xa-hoi/theo-dong-thoi-su/khong-duoc-ne-tranh-trach-nhiem-hoac-de-kien-nghi-ton-dong-keo-dai-159896.html",
    "phule-thanhhoa_603933.txt": "https://phule.thanhhoa.gov.vn/tin-tuc-su-kien/lanh-dao-xa-phu-le-di-kiem-tra-tinh-hinh-tham-hoi-chi-dao-va-huong-dan-can-bo-nhan-dan-trong-con-603933",
}


def dang_bo(x):
    """Organizer of a commune/province Party congress or committee conference."""
    return f"Đảng bộ {x}|Đảng ủy {x}|Ban Chấp hành Đảng bộ {x}"


def commune(head, kind, name):
    """`<head> <kind> <name>|<head> <kind>` (a commune body; bare form when the article writes `Đảng ủy xã`)."""
    return f"{head} {kind} {name}|{head} {kind}"


def tinh(head, name):
    """A provincial body `<head> tỉnh <name>`, with the bare `<head> tỉnh` when the article leaves the name implied."""
    return f"{head} tỉnh {name}|{head} tỉnh"


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"
VPTW = "Văn phòng Trung ương Đảng|Văn phòng Trung ương"

# Tây Ninh
TU_TN = "Tỉnh ủy Tây Ninh|Tỉnh ủy"
TAN_BIEN_COMMUNES = "25486|25510|25513|25498|25489"

# Sơn La
TU_SL = "Tỉnh ủy Sơn La|Tỉnh ủy"
UB_SL = tinh("Ủy ban nhân dân", "Sơn La")

# Thanh Hóa
SV = "Sao Vàng"
PL = "Phú Lệ"
DU_PL = commune("Đảng ủy", "xã", PL) + "|Đảng ủy"
UB_PL = commune("Ủy ban nhân dân", "xã", PL)

# Hà Nội
HH = "Hồng Hà"

# Khánh Hòa
UB_TS = "Ủy ban nhân dân đặc khu Trường Sa|Ủy ban nhân dân Trường Sa|Ủy ban nhân dân đặc khu|Đặc khu Trường Sa|đặc khu Trường Sa"
LD146 = ("Lữ đoàn 146, Vùng 4 Hải quân|Lữ đoàn 146|Lữ đoàn 146 Vùng 4 Hải quân|Lữ đoàn 146 thuộc Vùng 4 Hải quân"
         "|Vùng 4 Hải quân")
DAO_TS = ("đảo Trường Sa|Đảo Trường Sa|đảo Trường Sa, Lữ đoàn 146, Vùng 4 Hải quân|đảo Trường Sa, Lữ đoàn 146"
          "|Đảo Trường Sa Lữ đoàn 146")

# Ninh Bình
ND = "Nam Định"
TU_NB = "Tỉnh ủy Ninh Bình|Tỉnh ủy"
BTV_NB = "Ban Thường vụ Tỉnh ủy Ninh Bình|Ban Thường vụ Tỉnh ủy"
DU_ND = commune("Đảng ủy", "phường", ND) + "|Đảng ủy phường"

# Hà Tĩnh
DT = "Đức Thọ"
DU_DT = commune("Đảng ủy", "xã", DT) + "|Đảng ủy"
DB_CQ_DT = (f"Đảng bộ các cơ quan Đảng - Cơ quan UBND xã {DT}|Đảng bộ các cơ quan Đảng xã {DT}"
            f"|Đảng bộ các cơ quan Đảng|Đảng ủy các cơ quan Đảng xã {DT}|Đảng ủy các cơ quan Đảng"
            f"|Đảng bộ cơ quan Ủy ban nhân dân xã {DT}|Đảng bộ cơ quan Ủy ban nhân dân xã"
            f"|Ban Chấp hành Đảng bộ các cơ quan Đảng")

# Cần Thơ
PT = "Phước Thới"

# Huế
TT = "Thanh Thủy"
UB_HUE = "Ủy ban nhân dân thành phố Huế|Ủy ban nhân dân thành phố"

GOLD = {
    # Voters' meetings (tiếp xúc cử tri) of the Front's standing board of xã Cốc San with the candidates for the
    # commune HĐND, 3-11/3 (no date line; "nhiệm kỳ 2026 - 2031" names the elected bodies' term) -> meetings None
    # (dev precedent: tiếp xúc cử tri). No named official; the voters' expectations are no directive. Xã Cốc San (Lào
    # Cai 2025) = 02746 (same code); phường Lào Cai (2025) = 02647 (the old ward Lào Cai was 02641: alternative); the
    # province is named only inside the ward's name: optional (15, old 10).
    "baolaocai_post895633.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["02746", "02647|02641", "?15|10"],
        "tasks": [],
    },
    # Working session (buổi làm việc) of the Tây Ninh provincial secretary with the standing boards of the Party
    # committees of four communes, "Sáng 25/7" under the date line 26/07/2025 -> 2025-07-25. "X có buổi làm việc
    # với Y" -> X chairs (round-18/20 rule); organizer the Tỉnh ủy or the communes' standing boards (host). The
    # communes' difficulties and "kiến nghị tỉnh sớm có chỉ đạo …" are participants' proposals (no task). His
    # "nhấn mạnh: Cán bộ, đảng viên ở cấp xã cần xác định rõ …" is the directive; the headline's copy optional.
    # Xã Tân Biên 25486 (= old thị trấn's code), Trà Vong 25510 (old 25513), Thạnh Bình 25498, Tân Lập 25489;
    # "huyện Tân Biên, tỉnh Tây Ninh (cũ)" names the old district 705 and the old province 72 (round-17 plo_865206
    # precedent: 80 and 72 both listed); Tây Ninh (2025) 80.
    # Reviewer: 80 and 72 kept separate — the article names both the current province (Tỉnh ủy Tây Ninh) and the old
    # one marked "(cũ)" (plo_865206; round-21 Vinh "trước đây"); round 21's "80|72" is for articles naming only one.
    "baolongan_a199481.txt": {
        "officials": {
            "Nguyễn Văn Quyết": [("Bí thư", TU_TN)],
        },
        "meetings": [{"date": "2025-07-25", "chair": "Nguyễn Văn Quyết",
                      "organizer": TU_TN + "|Thường trực Tỉnh ủy Tây Ninh|Ban Thường vụ Tỉnh ủy Tây Ninh"
                                   "|Thường trực Đảng ủy các xã|Thường trực Đảng ủy xã Tân Biên|Đảng ủy xã Tân Biên",
                      "locality": "80|72|" + TAN_BIEN_COMMUNES, "attendees": []}],
        "localities": ["80", "72", "705", "25486", "25510|25513", "25498", "25489"],
        "tasks": [
            ("Cán bộ, đảng viên ở cấp xã|cán bộ, đảng viên|Cán bộ, đảng viên|cấp xã",
             "xác định rõ mình đang trực tiếp làm công tác"),
            (None, "?xác định cấp xã là trực tiếp phục vụ Nhân dân"),
        ],
    },
    # 56th plenary session (phiên họp toàn thể) of UBND tỉnh Sơn La, 25/2, chaired by the chairman (no date line;
    # "nhiệm vụ tháng 3/2026" names the planned month and "đến ngày 24/2/2026" a figure's cut-off, neither the
    # session's own year -> date None by the round-20 rule; see doubts). The vice-chairmen attend unnamed. The
    # stored text is the month's report (the chairman's conclusions are cut): "UBND tỉnh đã chỉ đạo các cấp, các
    # ngành tập trung …" is a reported past order inside the results. Sơn La 14.
    # Reviewer: that reported order is required (round-22 one rule for reported orders: an authority's earlier order
    # with an assignee and a concrete action, here the 2026 plans, is a task whether or not carried out); the
    # localities' "đã chỉ đạo sản xuất vụ Đông Xuân …" (steering their own production, no assignee) optional. Date None
    # confirmed: no date line (MANIFEST), no term/edition year in the session's title; "tháng 3/2026" names the plan.
    "baosonla_ZbzGc2ODR.txt": {
        "officials": {
            "Nguyễn Đình Việt": [("Phó Bí thư", TU_SL), ("Chủ tịch", UB_SL)],
        },
        "meetings": [{"date": None, "chair": "Nguyễn Đình Việt", "organizer": UB_SL, "locality": "14",
                      "attendees": []}],
        "localities": ["14"],
        "tasks": [
            ("các cấp, các ngành", "tổ chức triển khai thực hiện kế hoạch phát triển kinh tế - xã hội"),
            (None, "?sản xuất vụ Đông Xuân năm 2026"),
        ],
    },
    # Conference of the executive committee of the Party organization of xã Sao Vàng (Thanh Hóa) studying the
    # resolution of its first congress and reviewing 9 months, "Chiều 2/10" (no date line; the conference's title
    # carries the congress's term and "3 tháng cuối năm 2025", a period -> date None by the round-20 rule; see
    # doubts). No named official, no chair. The resolution's targets and "quyết tâm xây dựng …" are plans and
    # commitment (no task). Xã Sao Vàng = 15553 (= old thị trấn Sao Vàng's code); merged old xã Xuân Phú 15550,
    # Thọ Lâm 15541, Xuân Sinh 15532 (round-21 precedent: merged old units named stay required); "Tỉnh Thanh Hoá" 38.
    # Reviewer: date None confirmed — no date line (line 2 is the lead); the conference is no congress (the term in
    # its title is the studied resolution's), and "3 tháng cuối năm 2025" is a period (lead's rule).
    "baothanhhoa_263787.txt": {
        "officials": {},
        "meetings": [{"date": None, "chair": None, "organizer": dang_bo(f"xã {SV}"), "locality": "15553",
                      "attendees": []}],
        "localities": ["15553", "15550", "15541", "15532", "38"],
        "tasks": [],
    },
    # First congress (Đại hội đại biểu lần thứ nhất) of phường Hồng Hà (Hà Nội), "Sáng 12/8" (no date line; the
    # congress's stated title carries no term — "Giai đoạn 2025-2030" is a period in the next sentence -> date None
    # by the brief's rule; see doubts). No chair, no named official; the political report's results only; "được
    # thành phố Hà Nội định hướng trở thành …" is an orientation (no task). Phường Hồng Hà (2025) = 00097; Hà Nội
    # 01; the five old quận named as the ward's origin: Hoàn Kiếm 002, Tây Hồ 003, Ba Đình 001, Long Biên 004, Hai
    # Bà Trưng 007. Bridges and the dyke are no units.
    # Reviewer: the 2025 wards of the same names removed as alternatives — the text writes "5 quận", units that no
    # longer exist; the 2025 ward Hoàn Kiếm etc. is a different (smaller) unit, so a builder giving it is wrong (round-21
    # "thành phố Vinh trước đây" -> 412 alone). Date None confirmed: no date line; the title "Đại hội đại biểu lần thứ
    # nhất" carries no term ("Giai đoạn 2025-2030" is the orientation's period).
    "cafef_188250813102049115.txt": {
        "officials": {},
        "meetings": [{"date": None, "chair": None, "organizer": dang_bo(f"phường {HH}") + f"|phường {HH}",
                      "locality": "00097", "attendees": []}],
        "localities": ["00097", "01", "002", "003", "001", "004", "007"],
        "tasks": [],
    },
    # The Khánh Hòa home-affairs department announced (công bố, 9/8) the HĐND's resolution designating the chairman
    # and vice-chairman of UBND đặc khu Trường Sa: an announcement (dev precedent: công bố nghị quyết -> []). Both
    # designated officers hold navy posts (Lữ đoàn 146, Vùng 4 Hải quân) and the new special-zone posts. No directive.
    # Đặc khu Trường Sa = 22736 (same code as the old thị trấn Trường Sa; old huyện 576 as alternative); old xã Song
    # Tử Tây 22737, Sinh Tồn 22739; Khánh Hòa 56. "bán đảo Cam Ranh" is a peninsula (round-2 Sơn Trà: optional).
    # Reviewer: Cấn Ngọc Sơn commands the island (đảo Trường Sa, a unit of Lữ đoàn 146), not the brigade: the bare
    # "Lữ đoàn 146" removed from his post's alternatives (a brigade commander is "Lữ đoàn trưởng"); the island with its
    # brigade/navy qualifiers kept. "Phó Chủ tịch đặc khu Trường Sa" read as the UBND's (the resolution's wording).
    "dantri_20250809212921609.txt": {
        "officials": {
            "Phạm Thanh Liêm": [("Phó Lữ đoàn trưởng", LD146), ("Chủ tịch", UB_TS)],
            "Cấn Ngọc Sơn": [("Chỉ huy trưởng", DAO_TS), ("Phó Chủ tịch", UB_TS)],
        },
        "meetings": [],
        "localities": ["22736|576", "22737", "22739", "56", "?569|22420"],
        "tasks": [],
    },
    # First congress of the Party organization of phường Nam Định (Ninh Bình), 12-13/8 (no date line; the title "lần
    # thứ I, nhiệm kỳ 2025-2030" -> 2025, first day 2025-08-12). The provincial secretary "dự và chỉ đạo"; three BTV
    # members "Cùng dự" (the ward secretary too) -> attendees. The two central officials only sent flowers (officials,
    # no attendees; their former Nam Định posts optional). No chair; results only. Phường Nam Định (2025) = 13669 (=
    # old phường Cửa Bắc's code); merged old wards/commune named as Party organizations: Trần Hưng Đạo 13666, Vị
    # Xuyên 13636, Quang Trung 13681, Cửa Bắc 13669 (same), Năng Tĩnh 13678, Cửa Nam 13690, Lộc Vượng 13687, Mỹ Phúc
    # 13726; old tỉnh Nam Định 36 ("nguyên lãnh đạo tỉnh Nam Định"); Ninh Bình 37.
    "danviet_d1355576.txt": {
        "officials": {
            "Trương Quốc Huy": [("Bí thư", TU_NB),
                                ("Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Ninh Bình|Đoàn đại biểu Quốc hội tỉnh"
                                                "|Đoàn đại biểu Quốc hội")],
            "Đinh Việt Dũng": [("Ủy viên", BTV_NB), ("Trưởng Ban", "Ban Tổ chức Tỉnh ủy Ninh Bình|Ban Tổ chức Tỉnh ủy")],
            "Hoàng Nguyên Dự": [("Ủy viên", BTV_NB),
                                ("Phó Bí thư Thường trực", "Đảng ủy các cơ quan Đảng tỉnh Ninh Bình"
                                                           "|Đảng ủy các cơ quan Đảng tỉnh|Đảng ủy các cơ quan Đảng"),
                                ("?Phó Bí thư", "Đảng ủy các cơ quan Đảng tỉnh Ninh Bình|Đảng ủy các cơ quan Đảng tỉnh"
                                                "|Đảng ủy các cơ quan Đảng")],
            "Trần Minh Thắng": [("Ủy viên", BTV_NB), ("Bí thư", DU_ND)],
            "Phạm Gia Túc": [("Ủy viên", BCHTW), ("Phó Chánh Văn phòng", VPTW),
                             ("?Bí thư", "Tỉnh ủy Nam Định")],
            "Đặng Khánh Toàn": [("Phó Chánh Văn phòng", VPTW), ("?Bí thư", "Tỉnh ủy Nam Định")],
        },
        "meetings": [{"date": "2025-08-12", "chair": None, "organizer": dang_bo(f"phường {ND}"), "locality": "13669",
                      "attendees": ["Trương Quốc Huy", "Đinh Việt Dũng", "Hoàng Nguyên Dự", "Trần Minh Thắng"]}],
        "localities": ["13669", "37", "36", "13666", "13636", "13681", "13678", "13690", "13687", "13726"],
        "tasks": [],
    },
    # Joint review conference of the Party organizations of the commune's Party offices and of the UBND office of xã
    # Đức Thọ (Hà Tĩnh portal; province not named), "Sáng ngày 31/12/2025". The commune secretary "Dự và chỉ đạo"
    # (attendee); no chair stated. The report's "đề nghị BCH Đảng bộ xã chỉ định UBKT …" is a subordinate's request
    # and "đã nhanh chóng chỉ đạo chi bộ duy trì …" a reported result (annotator: both optional). Xã Đức Thọ (2025) = 18229 (=
    # old thị trấn's code); Hà Tĩnh 42 implied by "TUV": optional.
    # Reviewer: the commune's own Party committee (Đảng ủy xã) removed from the organizer's alternatives (the two
    # office Party organizations hold it; MANIFEST note). "Đảng ủy các cơ quan đã nhanh chóng chỉ đạo chi bộ duy trì
    # nghiêm túc chế độ sinh hoạt …" made required (round-22 one rule for reported orders: assignee + concrete action);
    # "đề nghị BCH Đảng bộ xã chỉ định UBKT …" stays optional (a subordinate's request upward).
    "ductho-hatinh_tong-ket-xay-dung-dang-2025.txt": {
        "officials": {
            "Trần Hoài Đức": [("Ủy viên", "Tỉnh ủy Hà Tĩnh|Tỉnh ủy"), ("Bí thư", DU_DT)],
        },
        "meetings": [{"date": "2025-12-31", "chair": None, "organizer": DB_CQ_DT, "locality": "18229",
                      "attendees": ["Trần Hoài Đức"]}],
        "localities": ["18229", "?42"],
        "tasks": [
            ("chi bộ|các chi bộ|chi bộ trực thuộc|các chi bộ trực thuộc", "duy trì nghiêm túc chế độ sinh hoạt thường kỳ"),
            ("BCH Đảng bộ xã|Ban Chấp hành Đảng bộ xã|Ban Chấp hành Đảng bộ xã Đức Thọ",
             "?chỉ định UBKT Đảng ủy Các cơ quan Đảng"),
        ],
    },
    # Reportage on the first day of the two-level government in phường Bắc Kạn (Thái Nguyên), 1/7/2025 (date line):
    # no meeting ([]). The ward chairman's view is an opinion (no directive). Phường Bắc Kạn (2025) = 01843 (= old
    # phường Phùng Chí Kiên's code); merged old phường Sông Cầu 01837, xã Nông Thượng 01852, phường Xuất Hóa 01855;
    # old tỉnh Bắc Kạn 06; Thái Nguyên 19.
    "giadinh-suckhoedoisong_172250701114901693.txt": {
        "officials": {
            "Đinh Huy Hoàng": [("Chủ tịch", "Ủy ban nhân dân phường Bắc Kạn|Ủy ban nhân dân phường")],
        },
        "meetings": [],
        "localities": ["01843", "19", "01837", "01852", "01855", "06"],
        "tasks": [],
    },
    # First congress of the Party organization of phường Phước Thới (Cần Thơ), "Ngày 6/8" (no date line; the title
    # "lần thứ I, nhiệm kỳ 2025 - 2030" -> 2025-08-06). The city's deputy secretary "dự và chỉ đạo" (attendee). No
    # chair; profile only. Phường Phước Thới = 31162 (same code as the old ward); merged old phường Trường Lạc 31165;
    # Cần Thơ 92.
    "giadinhonline-mientay_d16571.txt": {
        "officials": {
            "Trương Cảnh Tuyên": [("Phó Bí thư", "Thành ủy Cần Thơ|Thành ủy thành phố Cần Thơ|Thành ủy")],
        },
        "meetings": [{"date": "2025-08-06", "chair": None, "organizer": dang_bo(f"phường {PT}"), "locality": "31162",
                      "attendees": ["Trương Cảnh Tuyên"]}],
        "localities": ["31162", "31165", "92"],
        "tasks": [],
    },
    # Citizens' reception (tiếp công dân) of the secretary / HĐND chairman of phường Thanh Thủy (no day given): like
    # a voters' meeting (tiếp xúc cử tri, dev precedent) -> meetings None. His "chỉ đạo các các bộ phận chuyên môn
    # căn cứ …, tiến hành rà soát …, giải quyết dứt điểm …, không để …" is one comma-joined directive (its second
    # half optional). Phường Thanh Thủy (Huế 2025) = 19969; Huế not named: optional.
    # Reviewer: None confirmed for both tiếp công dân articles — a reception of citizens is no conference/session of
    # the authority (GUIDE's list) but an event like tiếp xúc cử tri (dev) and round-9's dialogue with residents:
    # not scored; the chairman's directives there stay tasks.
    "huengaynay_158368.txt": {
        "officials": {
            "Hồ Vũ Ngọc Lợi": [("Bí thư", commune("Đảng ủy", "phường", TT) + "|Đảng ủy"),
                               ("Chủ tịch", commune("Hội đồng nhân dân", "phường", TT))],
        },
        "meetings": None,
        "localities": ["19969", "?46"],
        "tasks": [
            ("các bộ phận chuyên môn|bộ phận chuyên môn", "rà soát những vướng mắc, tồn tại"),
            ("các bộ phận chuyên môn|bộ phận chuyên môn", "?giải quyết dứt điểm từng kiến nghị của bà con"),
        ],
    },
    # Periodic citizens' reception (tiếp công dân định kỳ) of the chairman of UBND thành phố (Huế; the city is not
    # named in the stored text), no day given -> meetings None (tiếp xúc cử tri precedent). Directives: "chỉ đạo các
    # sở, ngành, chính quyền địa phương khẩn trương xem xét, tham mưu …" and "yêu cầu các đơn vị, địa phương liên
    # quan tiếp tục nâng cao …; đồng thời tăng cường công tác tiếp dân …" (split on ';'); the headline's copy optional.
    "huengaynay_159896.txt": {
        "officials": {
            "Phan Thiên Định": [("Chủ tịch", UB_HUE)],
        },
        "meetings": None,
        "localities": ["?46"],
        "tasks": [
            ("các sở, ngành, chính quyền địa phương|các sở, ngành|chính quyền địa phương",
             "khẩn trương xem xét, tham mưu và đề xuất phương án"),
            ("các đơn vị, địa phương liên quan|các đơn vị, địa phương",
             "tiếp tục nâng cao tinh thần trách nhiệm"),
            ("các đơn vị, địa phương liên quan|các đơn vị, địa phương",
             "tăng cường công tác tiếp dân, đối thoại"),
            (None, "?né tránh trách nhiệm hoặc để kiến nghị tồn đọng kéo dài"),
        ],
    },
    # Leaders of xã Phú Lệ (Thanh Hóa portal; province not named) inspect the villages before storm no. 5, 25/8/2025
    # (inspection, no meeting); the urgent meeting (cuộc họp khẩn) of the commune's Party committee, HĐND and UBND
    # leaders on 24/8/2025 is told with its proceedings -> a meeting (date written), chair not stated; the two
    # leaders who head the inspection teams are optional attendees. Its directives: "chỉ đạo cụ thể việc phân công
    # nhiệm vụ …, xây dựng phương án …" (comma tail optional), then "Đồng thời, huy động và bố trí lực lượng …;
    # tổ chức kiểm tra hệ thống hồ đập …" (split on ';'); the evacuation points "cũng được xác định" is a result.
    # Xã Phú Lệ (2025) = 14878 (old 14884).
    # Reviewer: the meeting kept — it is told with its proceedings (two sentences of orders "Tại cuộc họp"), unlike the
    # one-sentence recalled meetings that are None (round-21 Thái Nguyên 4/7, round-22 announced meetings); its year
    # is written (24/8/2025).
    "phule-thanhhoa_603933.txt": {
        "officials": {
            "Hà Văn Thủy": [("Bí thư", DU_PL), ("Chủ tịch", commune("Hội đồng nhân dân", "xã", PL))],
            "Nguyễn Văn Bình": [("Phó Bí thư", DU_PL), ("Chủ tịch", UB_PL)],
        },
        "meetings": [{"date": "2025-08-24", "chair": None,
                      "organizer": DU_PL + "|" + UB_PL + f"|Hội đồng nhân dân xã {PL}|xã {PL}"
                                   "|Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã",
                      "locality": "14878|14884", "attendees": ["?Hà Văn Thủy", "?Nguyễn Văn Bình"]}],
        "localities": ["14878|14884", "?38"],
        "tasks": [
            (None, "phân công nhiệm vụ cho từng thành viên Ban Chỉ huy"),
            (None, "huy động và bố trí lực lượng Công an, Quân sự thường trực"),
            (None, "tổ chức kiểm tra hệ thống hồ đập, mương tiêu thoát nước"),
            (None, "?xây dựng phương án ứng phó chi tiết theo từng cấp độ rủi ro"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
