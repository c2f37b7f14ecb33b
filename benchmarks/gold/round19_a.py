"""Gold for blind round 19, part a: 13 post-reform (2025 two-level government) articles from the post2025 pool (many sources), annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "baobariavungtau_1047894.txt": "https://baobariavungtau.com.vn/chinh-tri/202508/dac-khu-con-dao-to-chuc-dai-hoi-dai-bieu-lan-thu-i-1047894/",
    "baodanang_3265698.txt": "https://baodanang.vn/bi-thu-thanh-uy-da-nang-nguyen-van-quang-nang-dong-sang-tao-dam-nghi-dam-lam-dam-chiu-trach-nhiem-de-xay-dung-xa-tay-giang-tro-thanh-xa-kieu-mau-cua-thanh-pho-3265698.html",
    "baodanang_3300493.txt": "https://baodanang.vn/phan-cong-60-xa-phuong-khu-vuc-dong-bang-ket-nghia-voi-33-xa-vung-sau-vung-xa-3300493.html",
    "baogialai_post576839.txt": "https://baogialai.com.vn/thuong-truc-dang-uy-phuong-dien-hong-doi-thoai-voi-cap-uy-chi-bo-va-can-bo-quan-dan-chinh-ia-kring-post576839.html",
    "baophutho_243671.txt": "https://baophutho.vn/chu-tich-ubnd-tinh-tran-duy-dong-du-sinh-hoat-chi-bo-khu-3b-chu-hoa-243671.htm",
    "baophutho_248986.txt": "https://baophutho.vn/kiem-tra-cong-tac-chuan-bi-bau-cu-tai-cac-phuong-nong-trang-viet-tri-thanh-mieu-248986.htm",
    "baothanhhoa_259285.txt": "https://baothanhhoa.vn/pho-chu-tich-ubnd-tinh-dau-thanh-tung-kiem-tra-cong-tac-ung-pho-voi-bao-so-5-259285.htm",
    "baothanhhoa_276806.txt": "https://baothanhhoa.vn/xa-an-nong-trien-khai-nhiem-vu-truoc-trong-va-sau-tet-binh-ngo-2026-276806.htm",
    "danang-gov_chi-dao-dieu-hanh-23-27-02-2026.txt": "https://www.danang.gov.vn/vi/web/dng/-/chi-dao-dieu-hanh-noi-bat-cua-ubnd-thanh-pho-chu-tich-ubnd-thanh-pho-tu-ngay-23-02-den-27-02-2026",
    "dantri_20250808144914699.txt": "https://dantri.com.vn/xa-hoi/quyet-tam-xay-dung-hoa-an-phat-trien-nhanh-va-ben-vung-20250808144914699.htm",
    "dantri_20251204171817819.txt": "https://dantri.com.vn/thoi-su/hai-phong-yeu-cau-bach-long-vi-day-nhanh-ba-tru-cot-phat-trien-ben-vung-20251204171817819.htm",
    "huengaynay_155831.txt": "https://huengaynay.vn/chinh-tri-xa-hoi/xay-dung-dang/dang-bo-ubnd-phuong-phu-xuan-to-chuc-thanh-cong-dai-hoi-lan-thu-i-155831.html",
    "huulien-langson_hoi-nghi-btv-lan-7.txt": "http://huulien.langson.gov.vn/tin-tuc-su-kien/tin-moi/xa-huu-lien-to-chuc-hoi-nghi-ban-thuong-vu-dang-uy-ky-hop-thu-7-tap-trung-phuong-huong-nhiem-vu-nam-2026.html",
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


def mttq(loc):
    """Front committee of a unit, with and without `Việt Nam`."""
    return f"Ủy ban Mặt trận Tổ quốc Việt Nam {loc}|Ủy ban Mặt trận Tổ quốc {loc}"


def dac_khu(head, name):
    """A body of a special zone (`đặc khu` is no admin-type word for the scorer): with and without the word."""
    return f"{head} đặc khu {name}|{head} {name}|{head} Đặc khu {name}"


def _hcm(head):
    """The forms of '<head> Thành phố Hồ Chí Minh' a reader accepts."""
    return "|".join(f"{head} {t}" for t in ("Thành phố Hồ Chí Minh", "TP. HCM", "TP HCM", "TPHCM"))


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"

# Côn Đảo / TPHCM
CD = "Côn Đảo"
TU_HCM = _hcm("Thành ủy") + "|Thành ủy"
UB_HCM = _hcm("Ủy ban nhân dân") + "|Ủy ban nhân dân thành phố"

# Đà Nẵng
TG = "Tây Giang"
TU_DN = "Thành ủy Đà Nẵng|Thành ủy thành phố Đà Nẵng|Thành ủy"
UB_DN = "Ủy ban nhân dân thành phố Đà Nẵng|Ủy ban nhân dân thành phố"

# Gia Lai
DH = "Diên Hồng"

# Phú Thọ
TU_PT = "Tỉnh ủy Phú Thọ|Tỉnh ủy"
UB_PT = tinh("Ủy ban nhân dân", "Phú Thọ")
CHI_BO_3B = "Chi bộ khu 3B|Chi bộ khu 3B Chu Hóa|Chi bộ|Chi bộ khu 3B xã Hy Cương"

# Thanh Hóa
TU_TH = "Tỉnh ủy Thanh Hóa|Tỉnh ủy"
UB_TH = tinh("Ủy ban nhân dân", "Thanh Hóa")
AN = "An Nông"

# Cao Bằng
HAN = "Hòa An"
TU_CB = "Tỉnh ủy Cao Bằng|Tỉnh ủy"
BTV_CB = "Ban Thường vụ Tỉnh ủy Cao Bằng|Ban Thường vụ Tỉnh ủy"

# Hải Phòng
BLV = "Bạch Long Vĩ"
UB_HP = "Ủy ban nhân dân thành phố Hải Phòng|Ủy ban nhân dân TP Hải Phòng|Ủy ban nhân dân thành phố"
DOAN_HP = "Đoàn công tác của TP Hải Phòng|Đoàn công tác thành phố Hải Phòng|Đoàn công tác TP Hải Phòng|Đoàn công tác"
BLV_BODIES = dac_khu("Ủy ban nhân dân", BLV) + "|" + dac_khu("Đảng ủy", BLV) + f"|Đặc khu {BLV}|đặc khu {BLV}"

# Huế
PX = "Phú Xuân"

# Lạng Sơn
HL = "Hữu Liên"
DU_HL = commune("Đảng ủy", "xã", HL) + "|Đảng ủy"

GOLD = {
    # First congress (đại hội đại biểu) of the Party organization of đặc khu Côn Đảo (TPHCM), 8-8 (2025 from the
    # 2025-2030 term). The HCMC chairman under "Đại hội có sự tham dự của" (attendee). No chair; theme and results
    # only (the stored text stops before his speech). Đặc khu Côn Đảo = 26732 (old huyện Côn Đảo of Bà Rịa - Vũng
    # Tàu 755); TPHCM 79. Cảng Bến Đầm / sân bay Cỏ Ống are no units.
    "baobariavungtau_1047894.txt": {
        "officials": {
            "Nguyễn Văn Được": [("Ủy viên", BCHTW), ("Phó Bí thư", TU_HCM), ("Chủ tịch", UB_HCM)],
        },
        "meetings": [{"date": "2025-08-08", "chair": None,
                      "organizer": dac_khu("Đảng bộ", CD) + "|" + dac_khu("Đảng ủy", CD) + "|"
                                   + dac_khu("Ban Chấp hành Đảng bộ", CD),
                      "locality": "26732|755", "attendees": ["Nguyễn Văn Được"]}],
        "localities": ["26732|755", "79"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Tây Giang (Đà Nẵng), morning 14/7 (2025 from the 2025-2030
    # term). The city secretary "phát biểu chỉ đạo Đại hội"; the next sentence "Cùng dự có" the two board heads ->
    # all three attendees (the "Cùng" implies the secretary attended; reviewer: kept required, an attending cue unlike
    # round-17 Hội An's bare speaker). His "xã Tây Giang cần nỗ lực xây dựng …" is a
    # directive; the lead's "mong muốn địa phương tiếp tục phát huy …" (repeated in the headline) is a wish:
    # optional. New xã Tây Giang (Đà Nẵng) = 20455; Đà Nẵng 48.
    "baodanang_3265698.txt": {
        "officials": {
            "Nguyễn Văn Quảng": [("Ủy viên", BCHTW), ("Bí thư", TU_DN),
                                 ("Trưởng đoàn", "Đoàn đại biểu Quốc hội thành phố Đà Nẵng|Đoàn đại biểu Quốc hội Đà Nẵng"
                                                 "|Đoàn đại biểu Quốc hội")],
            "Đoàn Duy Tân": [("Trưởng ban", "Ban Tổ chức Thành ủy Đà Nẵng|Ban Tổ chức Thành ủy")],
            "Huỳnh Thị Thùy Dung": [("Trưởng ban", "Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng"
                                                   "|Ban Tuyên giáo và Dân vận Thành ủy")],
        },
        "meetings": [{"date": "2025-07-14", "chair": None, "organizer": dang_bo(f"xã {TG}"),
                      "locality": "20455", "attendees": ["Nguyễn Văn Quảng", "Đoàn Duy Tân", "Huỳnh Thị Thùy Dung"]}],
        "localities": ["20455", "48"],
        "tasks": [
            (f"xã {TG}|Xã {TG}|" + dang_bo(f"xã {TG}") + f"|Ủy ban nhân dân xã {TG}",
             "nỗ lực xây dựng hệ thống chính quyền địa phương 2 cấp vững mạnh"),
            (f"địa phương|xã {TG}|" + dang_bo(f"xã {TG}"), "?tiếp tục phát huy tinh thần đoàn kết, thống nhất"),
        ],
    },
    # Công văn 389 (25/8/2025) of the Thành ủy Đà Nẵng on twinning 60 lowland communes/wards with 33 mountain
    # communes: a document, no meeting ([]); the Ban Chấp hành's resolution 02 is only cited. No named official. The
    # document's items with named addressees are tasks (round-9 công văn precedent); the Thường trực Thành ủy's
    # umbrella "đề nghị các cơ quan, đơn vị, phường, xã tập trung thực hiện một số nội dung liên quan" only announces
    # them (reviewer: optional, like danang-gov's "phối hợp … thực hiện một số nội dung"). Đà Nẵng 48.
    "baodanang_3300493.txt": {
        "officials": {},
        "meetings": [],
        "localities": ["48"],
        "tasks": [
            ("60 xã, phường khu vực đồng bằng|các xã, phường khu vực đồng bằng",
             "thực hiện việc kết nghĩa với 33 xã miền núi"),
            ("Các địa phương|các địa phương", "hoàn thành tổ chức kết nghĩa trước ngày 5/9/2025"),
            ("các phường, xã, cơ quan, địa phương, đơn vị khu vực đồng bằng|các phường, xã",
             "xác định rõ mục tiêu, nhiệm vụ, lộ trình"),
            ("các phường, xã, cơ quan, địa phương, đơn vị khu vực đồng bằng|các phường, xã",
             "quan tâm luân phiên cử cán bộ, công chức, viên chức"),
            ("các cơ quan, đơn vị, phường, xã", "?tập trung thực hiện một số nội dung liên quan"),
        ],
    },
    # Working session / dialogue (buổi làm việc, đối thoại) of the Thường trực Đảng ủy phường Diên Hồng (Gia Lai)
    # with the Party cells and cadres of tổ dân phố 1-5 Ia Kring, morning 7-1: no year in the stored text (store
    # metadata 2026-01-07; no date line on the page) -> date None (reviewer: kept; the post-reform ward only bounds
    # the year from below, and store metadata is no dateline, round-15 tcdulichtphcm precedent). No named official,
    # no chair; reports and problems only (the stored text stops before the answers/conclusion). New phường Diên Hồng
    # = 23563 (= old phường Ia Kring's code; old phường Diên Hồng of Pleiku 23560); tỉnh Gia Lai 52 (old 64).
    "baogialai_post576839.txt": {
        "officials": {},
        "meetings": [{"date": None, "chair": None,
                      "organizer": f"Thường trực Đảng ủy phường {DH}|Ban Thường vụ Đảng ủy phường {DH}|"
                                   + dang_bo(f"phường {DH}") + "|Thường trực Đảng ủy phường",
                      "locality": "23563|23560", "attendees": []}],
        "localities": ["23563|23560", "52|64"],
        "tasks": [],
    },
    # The provincial chairman attends ("dự", headline) the regular meeting (sinh hoạt) of Chi bộ khu 3B (old xã Chu
    # Hóa, now in xã Hy Cương): counted as a meeting of a Party body (borderline with a visit); the store text starts
    # at his speech -> date None, no chair. His two "đề nghị" sentences split on ';' (5 + 4); the first names the
    # cell, the second no assignee; "nhấn mạnh vai trò hạt nhân …" is a statement; the gift and the incense offering
    # are narrative. New xã Hy Cương = 08515 (old 08503; merged old xã Chu Hóa 08506, named only in the cell's
    # label: optional); Phú Thọ (25) not named.
    "baophutho_243671.txt": {
        "officials": {
            "Trần Duy Đông": [("Chủ tịch", UB_PT)],
        },
        "meetings": [{"date": None, "chair": None, "organizer": CHI_BO_3B, "locality": "08515|08506|08503",
                      "attendees": ["Trần Duy Đông"]}],
        "localities": ["08515|08503", "?08506", "?25"],
        "tasks": [
            (CHI_BO_3B, "tiếp tục làm tốt công tác xây dựng Đảng"),
            (CHI_BO_3B, "giữ vững nguyên tắc tập trung dân chủ"),
            (CHI_BO_3B, "nâng cao chất lượng sinh hoạt theo hướng gần dân, sát dân"),
            (CHI_BO_3B, "nêu cao tính tiên phong, gương mẫu của đảng viên"),
            (CHI_BO_3B, "tích cực bồi dưỡng, giúp đỡ quần chúng ưu tú"),
            (None, "tiếp tục tham mưu, hiến kế"),
            (None, "tham gia tổ chức tốt bầu cử Quốc hội và HĐND"),
            (None, "vận động Nhân dân thực hiện GPMB các dự án trọng điểm"),
            (None, "quan tâm chăm lo gia đình chính sách"),
        ],
    },
    # Inspection (giám sát, kiểm tra) of the election preparations in three wards by working group no. 16 of the
    # provincial election committee, afternoon 4/3: an inspection, no meeting ([]). Its head's "đề nghị các địa
    # phương …" (split on ';') is a directive; the following "Đồng thời, …" sentence (split on ';') and "Làm tốt công
    # tác tập huấn …" name no assignee -> None. Her head-of-group post is ad hoc: optional. Phường Nông Trang 07894,
    # Việt Trì 07900 (the new ward; the old city 227 is not meant), Thanh Miếu 07909; Phú Thọ (25) not named.
    "baophutho_248986.txt": {
        "officials": {
            "Dương Hoàng Hương": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Phú Thọ|Ban Thường vụ Tỉnh ủy"),
                                  ("Giám đốc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ"
                                               "|Sở Văn hóa, Thể thao và Du lịch"),
                                  ("?Trưởng Đoàn", "Đoàn công tác số 16 của Ủy ban Bầu cử tỉnh|Đoàn công tác số 16"
                                                   "|Đoàn công tác số 16 Ủy ban Bầu cử tỉnh Phú Thọ|Đoàn công tác")],
        },
        "meetings": [],
        "localities": ["07894", "07900", "07909", "?25"],
        "tasks": [
            ("các địa phương|các phường", "tiếp tục rà soát danh sách cử tri"),
            ("các địa phương|các phường", "đẩy mạnh công tác tuyên truyền trực quan"),
            (None, "tiếp tục hoàn thiện việc trang trí khánh tiết"),
            (None, "bố trí, sắp xếp khu vực bỏ phiếu khoa học, hợp lý"),
            (None, "Làm tốt công tác tập huấn, hướng dẫn nghiệp vụ"),
            ("các địa phương|các phường", "?thực hiện cấp phát thẻ cử tri theo quy định"),
            (None, "?đảm bảo các điều kiện cơ sở vật chất"),
        ],
    },
    # The Thanh Hóa vice-chairman inspects storm no. 5 preparations in four communes, afternoon 24/8: an inspection
    # ([]). His "yêu cầu các xã …" (split on ';') are directives; the comma clause "tuyệt đối không được chủ quan, lơ
    # là" optional. Xã Thiệu Quang 15796 (old 15811), Thiệu Hóa 15772 (old thị trấn's code), Định Hòa 15448, Biện
    # Thượng 15382, Thiệu Trung 15835 (old 15841); Thanh Hóa (38) not named. Rivers, dykes, sluices are no units.
    "baothanhhoa_259285.txt": {
        "officials": {
            "Đầu Thanh Tùng": [("Ủy viên", TU_TH), ("Phó Chủ tịch", UB_TH)],
        },
        "meetings": [],
        "localities": ["15796|15811", "15772", "15448", "15382", "15835|15841", "?38"],
        "tasks": [
            ("các xã", "tiếp tục huy động tối đa lực lượng tham gia trực"),
            ("các xã", "hỗ trợ người dân tập trung gia cố, chằng chống nhà cửa"),
            ("các xã", "?tuyệt đối không được chủ quan, lơ là"),
        ],
    },
    # Conference (hội nghị) of UBND xã An Nông on the Tết tasks and the 2026 emulation movement, afternoon 29/1 (2026
    # from "Tết Nguyên đán Bính Ngọ 2026" / "thi đua năm 2026" / review of 2025). The commune secretary "Dự và chỉ
    # đạo hội nghị" (attendee); no chair stated. The tasks "được triển khai với yêu cầu …" (split on ';') and "Các
    # cơ quan, đơn vị được yêu cầu …" are directives of the meeting; the "và" tails optional. Xã An Nông (Thanh
    # Hóa) = 15766 (old 15709); Thanh Hóa (38) not named.
    "baothanhhoa_276806.txt": {
        "officials": {
            "Nguyễn Việt Ba": [("Bí thư", commune("Đảng ủy", "xã", AN) + "|Đảng ủy"),
                               ("Chủ tịch", commune("Hội đồng nhân dân", "xã", AN))],
        },
        "meetings": [{"date": "2026-01-29", "chair": None, "organizer": commune("Ủy ban nhân dân", "xã", AN),
                      "locality": "15766|15709", "attendees": ["Nguyễn Việt Ba"]}],
        "localities": ["15766|15709", "?38"],
        "tasks": [
            (None, "bảo đảm an ninh trật tự, an toàn xã hội"),
            (None, "chăm lo đời sống Nhân dân"),
            (None, "quản lý chặt chẽ đất đai, trật tự xây dựng"),
            (None, "tổ chức tốt các hoạt động văn hóa, tín ngưỡng, lễ hội"),
            (None, "duy trì nghiêm kỷ luật, kỷ cương hành chính"),
            ("Các cơ quan, đơn vị|các cơ quan, đơn vị", "chủ động xử lý tình huống phát sinh"),
            (None, "?bố trí đầy đủ lực lượng trực trong suốt dịp Tết"),
            ("Các cơ quan, đơn vị|các cơ quan, đơn vị", "?bắt tay ngay vào công việc sau kỳ nghỉ Tết"),
        ],
    },
    # Weekly digest of the Đà Nẵng chairman's directives (23-27/02/2026): documents, no meeting ([]). Công văn 1188
    # gives one directive to four bodies (the ';' separates assignees, not directives); its "Trong đó:" items
    # (sentences of their own, no assignee) are tasks with None; the police's order splits on ';'; the communes'
    # enforcement halt is a task. Đà Nẵng (48) is not named in the stored text (portal only): optional; Chu Lai
    # (economic zone) is no unit.
    "danang-gov_chi-dao-dieu-hanh-23-27-02-2026.txt": {
        "officials": {
            "Phạm Đức Ấn": [("Chủ tịch", UB_DN)],
        },
        "meetings": [],
        "localities": ["?48"],
        "tasks": [
            ("Sở Nội vụ|Sở Nội vụ thành phố Đà Nẵng|Ban Quản lý Khu công nghệ cao và các khu công nghiệp"
             "|Ban Quản lý Khu kinh tế mở Chu Lai|Liên đoàn Lao động thành phố|Liên đoàn Lao động thành phố Đà Nẵng",
             "có văn bản thông báo và tổ chức làm việc với các doanh nghiệp"),
            (None, "Thông báo, vận động người lao động đang tạm trú"),
            (None, "Có kế hoạch tổ chức sản xuất, kinh doanh phù hợp"),
            ("Công an thành phố|Công an thành phố Đà Nẵng", "có phương án bảo đảm an ninh trật tự"),
            ("Công an thành phố|Công an thành phố Đà Nẵng", "xử lý kịp thời các vấn đề phát sinh trước, trong và sau"),
            ("UBND các xã, phường, các cơ quan, đơn vị liên quan|UBND các xã, phường|Ủy ban nhân dân các xã, phường"
             "|các cơ quan, đơn vị liên quan",
             "tạm dừng các kế hoạch cưỡng chế"),
            ("Sở Nội vụ|Ban Quản lý Khu công nghệ cao và các khu công nghiệp|Ban Quản lý Khu kinh tế mở Chu Lai"
             "|Liên đoàn Lao động thành phố", "?phối hợp với UBND xã, phường thực hiện"),
        ],
    },
    # First congress of the Party organization of xã Hòa An (Cao Bằng), 8/8 (2025 from the 2025-2030 term). Four
    # named guests under "Tham dự Đại hội có": the former provincial deputy secretary (former posts only, optional)
    # and the newspaper's deputy editor (state newspaper: optional post) included. No chair; motto and aims only.
    # New xã Hòa An = 01654 (= old thị trấn Nước Hai's code); merged old xã Hồng Việt 01687, Đại Tiến 01666; old
    # huyện Hòa An 051 (named "huyện Hòa An cũ", "Huyện ủy Hòa An"); Cao Bằng 04.
    "dantri_20250808144914699.txt": {
        "officials": {
            "Nông Thanh Tùng": [("Ủy viên", BTV_CB),
                                ("Trưởng ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng"
                                               "|Ban Tuyên giáo và Dân vận Tỉnh ủy")],
            "Vũ Đình Quang": [("Ủy viên", BTV_CB),
                              ("Chủ tịch", mttq("tỉnh Cao Bằng") + "|" + mttq("tỉnh")
                               + "|Ủy ban MTTQ Việt Nam tỉnh Cao Bằng|Ủy ban MTTQ Việt Nam tỉnh")],
            "Hoàng Trung Phong": [("?Phó Bí thư Thường trực", TU_CB), ("?Phó Bí thư", TU_CB),
                                  ("?Bí thư", "Huyện ủy Hòa An|Huyện ủy huyện Hòa An")],
            "Nguyễn Thu Hằng": [("?Phó Tổng biên tập", "Báo Dân trí|báo Dân trí|Dân trí")],
        },
        "meetings": [{"date": "2025-08-08", "chair": None, "organizer": dang_bo(f"xã {HAN}"), "locality": "01654",
                      "attendees": ["Nông Thanh Tùng", "Vũ Đình Quang", "Hoàng Trung Phong", "Nguyễn Thu Hằng"]}],
        "localities": ["01654", "04", "01687", "01666", "051"],
        "tasks": [],
    },
    # The Hải Phòng delegation led by the city chairman "thăm và làm việc" at đặc khu Bạch Long Vĩ, 4/12; "Tại buổi
    # làm việc" -> a working session, head of the delegation = chair (round-12 Cà Mau precedent). Year 2025 from the
    # text: a đặc khu (from 1/7/2025) "sau hơn 32 năm thành lập" (the island district was founded in 1992; reviewer:
    # kept — the text bounds the year both ways; the store/URL date 2025-12-04 agrees but is not the ground). His
    # "yêu cầu đặc khu giữ vững chủ quyền, nâng cao …, và phát triển …" is one directive (commas); the headline's
    # summary optional. Praise and difficulties are narrative. Đặc khu Bạch Long Vĩ = 11948 (old huyện 318); Hải
    # Phòng 31.
    "dantri_20251204171817819.txt": {
        "officials": {
            "Lê Ngọc Châu": [("Phó Bí thư", "Thành ủy Hải Phòng|Thành ủy thành phố Hải Phòng|Thành ủy"),
                             ("Chủ tịch", UB_HP), ("?Trưởng đoàn", DOAN_HP)],
        },
        "meetings": [{"date": "2025-12-04", "chair": "Lê Ngọc Châu",
                      "organizer": UB_HP + "|" + DOAN_HP + "|" + BLV_BODIES,
                      "locality": "31|11948|318", "attendees": []}],
        "localities": ["11948|318", "31"],
        "tasks": [
            ("đặc khu|" + BLV_BODIES, "giữ vững chủ quyền, nâng cao đời sống người dân"),
            ("đặc khu|" + BLV_BODIES, "?phát triển kinh tế biển theo mục tiêu"),
            (f"{BLV}|" + BLV_BODIES, "?đẩy nhanh ba trụ cột phát triển bền vững"),
        ],
    },
    # First congress of the Party organization of the UBND of phường Phú Xuân (TP Huế), 19/7/2025 (date line). Not
    # the ward's own Party organization: the committee-level organization under it. No named official, no chair;
    # the aims ("xác định xây dựng …", "Phương hướng …") are the congress's own (narrative). New phường Phú Xuân (Huế)
    # = 19753 (the old quận Phú Xuân 475 is not meant); Huế 46.
    "huengaynay_155831.txt": {
        "officials": {},
        "meetings": [{"date": "2025-07-19", "chair": None,
                      "organizer": dang_bo(f"Ủy ban nhân dân phường {PX}") + "|" + dang_bo(f"UBND phường {PX}"),
                      "locality": "19753", "attendees": []}],
        "localities": ["19753", "46"],
        "tasks": [],
    },
    # 7th conference of the Ban Thường vụ of the Party committee of xã Hữu Liên (Lạng Sơn portal; province not
    # named), afternoon 05/12/2025, chaired by the commune secretary; the provincial director "đến dự" (attendee; his
    # guiding speech is cut off in the store). Agenda (reports, UBND's submissions) only: no directive. Xã Hữu Liên
    # (Lạng Sơn) = 06400 (old 06388).
    "huulien-langson_hoi-nghi-btv-lan-7.txt": {
        "officials": {
            "Nguyễn Duy Toàn": [("Bí thư", DU_HL), ("Chủ tịch", commune("Hội đồng nhân dân", "xã", HL))],
            "Bùi Quốc Khánh": [("Ủy viên", "Tỉnh ủy Lạng Sơn|Tỉnh ủy"),
                               ("Giám đốc", "Sở Công thương tỉnh Lạng Sơn|Sở Công thương")],
        },
        "meetings": [{"date": "2025-12-05", "chair": "Nguyễn Duy Toàn",
                      "organizer": f"Ban Thường vụ Đảng ủy xã {HL}|Ban Thường vụ Đảng ủy xã|" + dang_bo(f"xã {HL}")
                                   + "|Đảng ủy xã",
                      "locality": "06400|06388", "attendees": ["Bùi Quốc Khánh"]}],
        "localities": ["06400|06388", "?20"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
