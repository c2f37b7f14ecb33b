"""Gold for blind round 10, part A: 13 post-reform (2025 two-level government) articles from the post2025 pool, annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "baodongnai_6a53df7.txt": "https://baodongnai.com.vn/khap-noi-trong-tinh/202512/khap-noi-trong-tinh-chieu-31-12-2025-6a53df7",
    "baogialai_post563196.txt": "https://baogialai.com.vn/chu-tich-ubnd-tinh-pham-anh-tuan-xa-ayun-can-tap-trung-lam-tot-cong-tac-giam-ngheo-post563196.html",
    "baogialai_post567727.txt": "https://baogialai.com.vn/pho-chu-tich-ubnd-tinh-duong-mah-tiep-lam-viec-voi-5-xa-phia-tay-gia-lai-post567727.html",
    "baohatinh_post296645.txt": "https://baohatinh.vn/hoc-vien-chinh-tri-quoc-gia-ho-chi-minh-ho-tro-ha-tinh-1-ty-dong-khac-phuc-hau-qua-bao-so-10-post296645.html",
    "baophutho_237008.txt": "https://baophutho.vn/dai-hoi-dai-bieu-dang-bo-xa-an-nghia-lan-thu-i-nhiem-ky-2025--2030-237008.htm",
    "baoquangtri_3d53bf3.txt": "https://baoquangtri.vn/moi-nong/202508/khai-mac-ky-hop-thu-2-hdnd-tinh-khoa-viii-3d53bf3",
    "dantri_20251003080322275.txt": "https://dantri.com.vn/thoi-su/vinh-long-se-tro-thanh-trung-tam-kinh-te-bien-o-dbscl-trong-5-nam-toi-20251003080322275.htm",
    "dantri_20251023121620079.txt": "https://dantri.com.vn/thoi-su/nu-chanh-van-phong-duoc-bau-lam-pho-chu-tich-ubnd-dac-khu-phu-quoc-20251023121620079.htm",
    "dantri_20251028101212594.txt": "https://dantri.com.vn/thoi-su/tay-ninh-ho-tro-nguoi-ngoai-bien-che-bi-anh-huong-boi-sap-xep-bo-may-20251028101212594.htm",
    "hdnd-ninhbinh_be-mac-cuoi-nam-2025.txt": "https://hdnd.ninhbinh.gov.vn/tin-tuc/be-mac-ky-hop-thuong-le-cuoi-nam-2025-hdnd-tinh-khoa-xv-nhiem-ky-2021-2026?lang=vi",
    "huengaynay_158425.txt": "https://huengaynay.vn/chinh-tri-xa-hoi/theo-dong-thoi-su/hoan-thanh-dai-hoi-dai-bieu-mat-tran-to-quoc-viet-nam-cap-co-so-nhiem-ky-2025-2030-158425.html",
    "nld_196250813104903764.txt": "https://nld.com.vn/an-tuong-hinh-anh-tiep-xuc-cu-tri-o-mot-phuong-tai-tp-hcm-196250813104903764.htm",
    "nld_196251003190424668.txt": "https://nld.com.vn/ong-nguyen-van-phuong-duoc-bau-giu-chuc-bi-thu-thanh-uy-hue-196251003190424668.htm",
}


def dang_bo(x):
    """Organizer of a commune/province Party congress or committee conference."""
    return f"Đảng bộ {x}|Đảng ủy {x}|Ban Chấp hành Đảng bộ {x}"


def commune(head, kind, name):
    """`<head> <kind> <name>|<head> <kind>` (a commune body; bare form when the article writes `Đảng ủy xã`)."""
    return f"{head} {kind} {name}|{head} {kind}"


def mttq(loc):
    """Front committee of a unit, with and without `Việt Nam`."""
    return f"Ủy ban Mặt trận Tổ quốc Việt Nam {loc}|Ủy ban Mặt trận Tổ quốc {loc}"


def dac_khu(head, name):
    """A body of a special zone (`đặc khu` is no admin-type word for the scorer): with and without the word."""
    return f"{head} đặc khu {name}|{head} {name}|{head} Đặc khu {name}"


def tinh(head, name):
    """A provincial body whose province the article (or its portal) implies: with and without the name."""
    return f"{head} tỉnh {name}|{head} tỉnh"


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"
BBT = "Ban Bí thư|Ban Bí thư Trung ương Đảng|Trung ương Đảng|Ban Chấp hành Trung ương Đảng"
TU_GL = "Tỉnh ủy Gia Lai|Tỉnh ủy"
UB_GL = tinh("Ủy ban nhân dân", "Gia Lai")
TU_PT = "Tỉnh ủy Phú Thọ|Tỉnh ủy"
TU_QT = "Tỉnh ủy Quảng Trị|Tỉnh ủy"
HDND_QT = tinh("Hội đồng nhân dân", "Quảng Trị")
TU_TN = "Tỉnh ủy Tây Ninh|Tỉnh ủy"
TU_NB = "Tỉnh ủy Ninh Bình|Tỉnh ủy"
BTV_NB = "Ban Thường vụ Tỉnh ủy Ninh Bình|Ban Thường vụ Tỉnh ủy"
HDND_NB = tinh("Hội đồng nhân dân", "Ninh Bình")
TU_HUE = "Thành ủy Huế|Thành ủy"
UB_HUE = "Ủy ban nhân dân thành phố Huế"
PQ = "Phú Quốc"
AYUN_BODIES = "xã Ayun|Ủy ban nhân dân xã Ayun|Đảng ủy xã Ayun"
CAP_UY_XA = "cấp ủy, chính quyền xã|cấp ủy, chính quyền xã Ayun|" + AYUN_BODIES
WEST_GL = ("Ia Khươl", "Chư Păh", "Ia Ly", "Ia Phí", "Ia Hrung")

GOLD = {
    # Đồng Nai evening digest of 31-12-2025: eight headlines, only the first item's body is stored. The xã An Viễn
    # conference assigning the 2026 targets and budget (afternoon 31-12) is the one meeting reported; the other items
    # (Trường Sĩ quan Lục quân 2's review conference, ...) are headlines only. Results only, no directive. Every
    # headline's xã/phường is named (Phú Riềng, Thuận Lợi through their bodies); the new units that reuse a name
    # take `new|old`.
    "baodongnai_6a53df7.txt": {
        "officials": {},
        "meetings": [{"date": "2025-12-31", "chair": None,
                      "organizer": "Ủy ban nhân dân xã An Viễn|Hội đồng nhân dân xã An Viễn|Đảng ủy xã An Viễn"
                                   "|xã An Viễn",
                      "locality": "26296", "attendees": []}],
        "localities": ["26296", "26248", "25308|25312", "26089", "25252|25264", "25387|25366"],
        "tasks": [],
    },
    # Working session chaired by the chairman of UBND tỉnh Gia Lai with xã Ayun, afternoon 9-8 (2025 from the
    # two-level government and the first 2025-2030 congress). Two "đề nghị" sentences, split on ';' (3 + 3). The
    # headline repeats the poverty directive: optional. The visit to Trại giam Gia Trung is only mentioned.
    # New Gia Lai = 52 (old 64); new xã Ayun = 23798 (old Ayun, Mang Yang = 23797).
    "baogialai_post563196.txt": {
        "officials": {
            "Phạm Anh Tuấn": [("Phó Bí thư", TU_GL), ("Chủ tịch", UB_GL)],
            "Nguyễn Thị Thanh Lịch": [("Phó Chủ tịch", UB_GL)],
        },
        "meetings": [{"date": "2025-08-09", "chair": "Phạm Anh Tuấn",
                      "organizer": UB_GL + "|Ủy ban nhân dân xã Ayun|Đảng ủy xã Ayun",
                      "locality": "52|64|23798|23797", "attendees": ["Nguyễn Thị Thanh Lịch"]}],
        "localities": ["52|64", "23798|23797"],
        "tasks": [
            (CAP_UY_XA, "tiếp tục củng cố, kiện toàn, đổi mới hoạt động của bộ máy mới"),
            (CAP_UY_XA, "đầu tư hoàn thiện hạ tầng thông tin"),
            (CAP_UY_XA, "tập trung lãnh đạo, tổ chức thành công Đại hội Đảng bộ xã"),
            (AYUN_BODIES, "bám sát các chỉ tiêu kinh tế-xã hội 6 tháng cuối năm"),
            (AYUN_BODIES, "tập trung làm tốt công tác giảm nghèo"),
            (AYUN_BODIES, "đặc biệt chú trọng công tác đảm bảo an ninh chính trị"),
            (AYUN_BODIES, "?Xã Ayun cần tập trung làm tốt công tác giảm nghèo"),
        ],
    },
    # Working session chaired by a deputy chairman of UBND tỉnh Gia Lai with five western communes, at xã Chư Păh,
    # morning 27-9 (2025 from the 2025-2030 commune congresses and the new commune structure). Reports only in the
    # stored text. Chư Păh (new xã 23722; the old district of the name = 627), Ia Phí 23749|23731, Ia Hrung
    # 23767|23770; Ia Khươl and Ia Ly keep their codes.
    "baogialai_post567727.txt": {
        "officials": {
            "Dương Mah Tiệp": [("Phó Chủ tịch", UB_GL)],
        },
        "meetings": [{"date": "2025-09-27", "chair": "Dương Mah Tiệp",
                      "organizer": UB_GL + "".join(f"|Ủy ban nhân dân xã {x}" for x in WEST_GL),
                      "locality": "52|64|23722|23728|23734|23749|23767", "attendees": []}],
        "localities": ["52|64", "23728", "23722|627", "23734", "23749|23731", "23767|23770"],
        "tasks": [],
    },
    # A delegation of the Học viện Chính trị Quốc gia Hồ Chí Minh hands over 1 billion đồng for storm no. 10 (evening
    # 1/10): a ceremony, no meeting. The visitor's "mong muốn" is a wish, not a directive.
    "baohatinh_post296645.txt": {
        "officials": {
            "Đoàn Minh Huấn": [("Phó Giám đốc Thường trực", "Học viện Chính trị Quốc gia Hồ Chí Minh|Học viện"),
                               ("?Phó Giám đốc", "Học viện Chính trị Quốc gia Hồ Chí Minh|Học viện"),
                               ("?Trưởng đoàn", "Đoàn công tác của Học viện Chính trị Quốc gia Hồ Chí Minh"
                                                "|Đoàn công tác Học viện Chính trị Quốc gia Hồ Chí Minh|Đoàn công tác")],
            "Trần Nhật Tân": [("Chủ tịch", mttq("tỉnh Hà Tĩnh") + "|" + mttq("tỉnh"))],
        },
        "meetings": [],
        "localities": ["42"],
        "tasks": [],
    },
    # First congress of the Party organization of xã An Nghĩa (Phú Thọ, implied by the portal), morning 29/7/2025.
    # "Phát biểu chỉ đạo" only in a caption. New xã An Nghĩa = 05395 (= old xã Phú Nghĩa's code, Lạc Thủy); merged
    # xã Phú Thành 05398 and thị trấn Ba Hàng Đồi 04981 take their old codes.
    "baophutho_237008.txt": {
        "officials": {
            "Võ Ngọc Kiên": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Phú Thọ|Ban Thường vụ Tỉnh ủy"),
                             ("Chánh Văn phòng", "Văn phòng Tỉnh ủy Phú Thọ|Văn phòng Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-07-29", "chair": None, "organizer": dang_bo("xã An Nghĩa"),
                      "locality": "05395", "attendees": ["Võ Ngọc Kiên"]}],
        "localities": ["05395", "05398", "04981"],
        "tasks": [],
    },
    # Opening of the 2nd session of the HĐND of (new) Quảng Trị, 8th term, morning 13/8 (2025 from "kỳ họp thường
    # lệ giữa năm 2025"); chaired by the HĐND chairman with the (unnamed) deputy chairmen. The provincial secretary
    # "phát biểu chỉ đạo" (content not stored): speaker only. The province is never named (portal): optional.
    "baoquangtri_3d53bf3.txt": {
        "officials": {
            "Nguyễn Đăng Quang": [("Phó Bí thư", TU_QT), ("Chủ tịch", HDND_QT)],
            "Lê Ngọc Quang": [("Ủy viên", BCHTW), ("Bí thư", TU_QT)],
        },
        "meetings": [{"date": "2025-08-13", "chair": "Nguyễn Đăng Quang",
                      "organizer": HDND_QT + "|" + tinh("Thường trực Hội đồng nhân dân", "Quảng Trị"),
                      "locality": "44|45", "attendees": ["?Lê Ngọc Quang"]}],
        "localities": ["?44|45"],
        "tasks": [],
    },
    # First congress of the Party organization of the (merged) Vĩnh Long province, opened morning 3/10 (2025 from the
    # first 2025-2030 term). The provincial secretary reads the opening speech (no attending cue). Vĩnh Long keeps
    # 86; Trà Vinh and Bến Tre are named only in the merger sentence: optional (round-8 An Giang precedent).
    "dantri_20251003080322275.txt": {
        "officials": {
            "Lê Minh Trí": [("Bí thư", BBT), ("Chánh án", "Tòa án nhân dân tối cao")],
            "Ngô Chí Cường": [("Bí thư", "Tỉnh ủy Vĩnh Long")],
        },
        "meetings": [{"date": "2025-10-03", "chair": None, "organizer": dang_bo("tỉnh Vĩnh Long"),
                      "locality": "86", "attendees": ["Lê Minh Trí", "?Ngô Chí Cường"]}],
        "localities": ["86", "?84", "?83"],
        "tasks": [],
    },
    # 3rd (thematic) session of the HĐND of đặc khu Phú Quốc, 23/10 (2025 from the đặc khu and its 2025-2030 Party
    # committee). Chair not stated. The UBND chairman presents the nomination; the office chief is elected deputy
    # chairman at the session (new post, current). Đặc khu Phú Quốc = 31078 (old city 911).
    "dantri_20251023121620079.txt": {
        "officials": {
            "Trần Minh Khoa": [("Chủ tịch", dac_khu("Ủy ban nhân dân", PQ))],
            "Nguyễn Thị Kim Loan": [("Chánh Văn phòng",
                                     dac_khu("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", PQ)),
                                    ("Phó Chủ tịch", dac_khu("Ủy ban nhân dân", PQ)),
                                    ("Ủy viên", dac_khu("Ban Chấp hành Đảng bộ", PQ) + "|" + dac_khu("Đảng ủy", PQ))],
        },
        "meetings": [{"date": "2025-10-23", "chair": None, "organizer": dac_khu("Hội đồng nhân dân", PQ),
                      "locality": "31078|911", "attendees": ["?Trần Minh Khoa", "?Nguyễn Thị Kim Loan"]}],
        "localities": ["31078|911"],
        "tasks": [],
    },
    # 4th (thematic) session of the HĐND of (new) Tây Ninh, morning 28/10 (2025: after the 1/7/2025 reorganization,
    # in the 2021-2026 term), chaired by the HĐND chairman with the (unnamed) deputies; the UBND chairman attends
    # ("Dự kỳ họp còn có"). Resolutions adopted only. New Tây Ninh = 80 (old 72).
    "dantri_20251028101212594.txt": {
        "officials": {
            "Nguyễn Mạnh Hùng": [("Phó Bí thư Thường trực", TU_TN), ("?Phó Bí thư", TU_TN),
                                 ("Chủ tịch", tinh("Hội đồng nhân dân", "Tây Ninh"))],
            "Nguyễn Văn Út": [("Phó Bí thư", TU_TN), ("Chủ tịch", tinh("Ủy ban nhân dân", "Tây Ninh"))],
        },
        "meetings": [{"date": "2025-10-28", "chair": "Nguyễn Mạnh Hùng",
                      "organizer": tinh("Hội đồng nhân dân", "Tây Ninh"), "locality": "80|72",
                      "attendees": ["Nguyễn Văn Út"]}],
        "localities": ["80|72"],
        "tasks": [],
    },
    # Closing sitting of the year-end session of the HĐND of (new) Ninh Bình, 15th term, afternoon 09/12/2025;
    # five co-presidents (chủ toạ). Four provincial leaders under "Dự phiên họp". The province is never named
    # (portal): optional. Reports and resolutions only.
    "hdnd-ninhbinh_be-mac-cuoi-nam-2025.txt": {
        "officials": {
            "Lê Quốc Chỉnh": [("Phó Bí thư", TU_NB), ("Chủ tịch", HDND_NB)],
            "Đặng Thanh Sơn": [("Ủy viên", BTV_NB), ("Phó Chủ tịch Thường trực", HDND_NB),
                               ("?Phó Chủ tịch", HDND_NB)],
            "Bùi Hoàng Hà": [("Ủy viên", BTV_NB), ("Phó Chủ tịch", HDND_NB)],
            "Hoàng Văn Kiên": [("Ủy viên", TU_NB), ("Phó Chủ tịch", HDND_NB)],
            "Mai Thanh Long": [("Ủy viên", TU_NB), ("Phó Chủ tịch", HDND_NB)],
            "Đặng Xuân Phong": [("Ủy viên", BCHTW), ("Bí thư", TU_NB),
                                ("Trưởng đoàn", tinh("Đoàn đại biểu Quốc hội", "Ninh Bình") + "|Đoàn đại biểu Quốc hội")],
            "Đinh Thị Lụa": [("Phó Bí thư Thường trực", TU_NB), ("?Phó Bí thư", TU_NB)],
            "Mai Văn Tuất": [("Phó Bí thư", TU_NB), ("Chủ tịch", mttq("tỉnh Ninh Bình") + "|" + mttq("tỉnh"))],
            "Trần Huy Tuấn": [("Phó Bí thư", TU_NB), ("Chủ tịch", tinh("Ủy ban nhân dân", "Ninh Bình"))],
        },
        "meetings": [{"date": "2025-12-09",
                      "chair": "Lê Quốc Chỉnh|Đặng Thanh Sơn|Bùi Hoàng Hà|Hoàng Văn Kiên|Mai Thanh Long",
                      "organizer": HDND_NB, "locality": "37",
                      "attendees": ["Đặng Xuân Phong", "Đinh Thị Lụa", "Mai Văn Tuất", "Trần Huy Tuấn"]}],
        "localities": ["?37"],
        "tasks": [],
    },
    # The Front committee of the city of Huế announces (3/10/2025) that all 40 commune-level Front congresses are
    # done: no meeting reported, the congresses (phường Phú Xuân's in a caption) only mentioned -> None. No named
    # official. Phường Phú Xuân = 19753 (old quận Phú Xuân 475).
    "huengaynay_158425.txt": {
        "officials": {},
        "meetings": None,
        "localities": ["46", "19753|475"],
        "tasks": [],
    },
    # The HĐND of phường Chánh Hiệp (TPHCM) meets voters over 13-15/8/2025: tiếp xúc cử tri -> meetings None
    # (dev/round-2 precedent). Results only.
    "nld_196250813104903764.txt": {
        "officials": {
            "Nguyễn Hữu Thạnh": [("Bí thư", commune("Đảng ủy", "phường", "Chánh Hiệp") + "|Đảng ủy"),
                                 ("Chủ tịch", commune("Hội đồng nhân dân", "phường", "Chánh Hiệp"))],
        },
        "meetings": None,
        "localities": ["25771", "79"],
        "tasks": [],
    },
    # 17th congress of the Party organization of the city of Huế: elections of afternoon 3-10 (2025 from the
    # 2025-2030 term; the opening day is not stated); the new executive committee's first sitting is part of the
    # congress (one meeting). The elected officials have no attending cue: optional attendees. Phạm Đức Tiến's
    # standing deputy post is of the outgoing (XVI) committee: optional. Named birthplace units: xã Phong Sơn (old),
    # huyện Phong Điền (old, 476), tỉnh Thừa Thiên - Huế (46), phường Phong Thái (new).
    "nld_196251003190424668.txt": {
        "officials": {
            "Nguyễn Văn Phương": [("Chủ tịch", UB_HUE), ("Bí thư", TU_HUE)],
            "Phạm Đức Tiến": [("?Phó Bí thư Thường trực", TU_HUE), ("Phó Bí thư", TU_HUE)],
            "Phan Thiên Định": [("Ủy viên", "Ban Thường vụ Thành ủy Huế|Ban Thường vụ Thành ủy"),
                                ("Trưởng Ban", "Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố Huế"
                                               "|Ban Kinh tế - Ngân sách Hội đồng nhân dân"),
                                ("Phó Bí thư", TU_HUE)],
            "Nguyễn Chí Tài": [("Phó Chủ tịch", UB_HUE), ("Phó Bí thư", TU_HUE)],
            "Phạm Thị Minh Huệ": [("Chủ nhiệm", "Ủy ban Kiểm tra Thành ủy Huế|Ủy ban Kiểm tra Thành ủy")],
        },
        "meetings": [{"date": "2025-10-03", "chair": None,
                      "organizer": dang_bo("thành phố Huế") + "|Thành ủy Huế",
                      "locality": "46",
                      "attendees": ["?Nguyễn Văn Phương", "?Phạm Đức Tiến", "?Phan Thiên Định", "?Nguyễn Chí Tài",
                                    "?Phạm Thị Minh Huệ"]}],
        "localities": ["46", "19864", "476", "19858"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
