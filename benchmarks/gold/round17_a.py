"""Gold for blind round 17, part a: 13 post-reform (2025 two-level government) articles from the post2025 pool, annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "baocamau_a121499.txt": "https://baocamau.vn/quoc-phong-an-ninh/phong-chong-thien-tai/quyet-tam-dot-pha-tu-nen-tang-do-thi-nang-dong-phat-trien-a121499.html",
    "baodanang_3297471.txt": "https://baodanang.vn/phuong-hoi-an-gan-phat-trien-kinh-te-xa-hoi-voi-bao-ton-phat-huy-gia-tri-di-tich-3297471.html",
    "baogialai_post563358.txt": "https://baogialai.com.vn/xa-dak-po-tap-trung-phat-trien-dong-bo-ha-tang-kinh-te-xa-hoi-thu-hut-dau-tu-post563358.html",
    "baolamdong_386553.txt": "https://baolamdong.vn/dai-tuong-trinh-van-quyet-du-dai-hoi-dai-bieu-dang-bo-xa-vo-nhai-lan-thu-i-nhiem-ky-2025-2030-386553.html",
    "baoquangninh-cds_3368358.txt": "https://chuyendoiso.baoquangninh.vn/ky-hop-thu-2-hdnd-phuong-viet-hung-tinh-quang-ninh-khoa-xxi-3368358.html",
    "doanhnghiephoinhap_117352.txt": "https://doanhnghiephoinhap.vn/chu-tich-ubnd-tinh-lao-cai-tran-huy-tuan-dong-vien-nguoi-dan-nam-cuong-sau-bao-so-10-117352.html",
    "dongphu-dongnai_484.txt": "https://dongphu.dongnai.gov.vn/vi/news/hoi-dong-nhan-dan/hdnd-xa-dong-phu-to-chuc-thanh-cong-ky-hop-thuong-le-cuoi-nam-2025-484.html",
    "hadong-haiphong_816834.txt": "http://hadong.haiphong.gov.vn/chi-dao-dieu-hanh/hoc-tap-quan-triet-nq-dai-hoi-dang-bo-thanh-pho-nhiem-ky-2025-2030-816834",
    "kienthuc_1562572.txt": "https://kienthuc.net.vn/xay-dung-cat-hai-tro-thanh-trong-diem-kinh-te-bien-cua-hai-phong-post1562572.html",
    "kimthanh-ninhbinh_dai-hoi-phuong-kim-thanh.txt": "https://kimthanh.ninhbinh.gov.vn/dai-hoi-dai-bieu-dang-bo-phuong-kim-thanh-lan-thu-i-nhiem-ky-2025-2030",
    "nhuthanh-thanhhoa_605189.txt": "https://nhuthanh.thanhhoa.gov.vn/kinh-te-chinh-tri/dang-uy-xa-nhu-thanh-to-chuc-hoi-nghi-ban-thuong-vu-thang-8-nam-2025-605189",
    "nld_196250805143656432.txt": "https://nld.com.vn/ong-le-cong-dinh-duoc-chi-dinh-lam-bi-thu-phuong-trung-tam-cua-tinh-tay-ninh-196250805143656432.htm",
    "nld_196250814150920283.txt": "https://nld.com.vn/bi-thu-tinh-uy-dong-thap-noi-ve-hai-san-go-cong-dong-196250814150920283.htm",
}


def dang_bo(x):
    """Organizer of a commune/province Party congress or committee conference."""
    return f"Đảng bộ {x}|Đảng ủy {x}|Ban Chấp hành Đảng bộ {x}"


def commune(head, kind, name):
    """`<head> <kind> <name>|<head> <kind>` (a commune body; bare form when the article writes `Đảng ủy xã`)."""
    return f"{head} {kind} {name}|{head} {kind}"


def dac_khu(head, name):
    """A body of a special zone (`đặc khu` is no admin-type word for the scorer): with and without the word."""
    return f"{head} đặc khu {name}|{head} {name}|{head} Đặc khu {name}"


BCHTW = "Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|Trung ương Đảng"
BBT = "Ban Bí thư|Ban Bí thư Trung ương Đảng|Trung ương Đảng|Ban Chấp hành Trung ương Đảng"

TCCT = ("Tổng cục Chính trị Quân đội nhân dân Việt Nam|Tổng cục Chính trị QĐND Việt Nam|Tổng cục Chính trị"
        "|Tổng cục Chính trị Quân đội nhân dân|Tổng cục Chính trị Quân đội nhân dân (QĐND) Việt Nam")

HA = "Hội An"
DP = "Đồng Phú"
HD = "Hà Đông"
KT = "Kim Thanh"
GCD = "Gò Công Đông"

GOLD = {
    # Official session of the first congress of the Party organization of phường Bạc Liêu (Cà Mau), 15/8/2025 (date
    # line "15-8-25"; "Ngày 15/8"). The central committee member / head of the provincial NA delegation "dự và chỉ đạo
    # đại hội" (attendee). No chair; his "nhận định … tin tưởng …" is an assessment, not a directive. New phường Bạc
    # Liêu (Cà Mau) = 31825; "5 phường của TP Bạc Liêu" names the old city (954, round-15 Sa Pa precedent); tỉnh Cà
    # Mau 96.
    "baocamau_a121499.txt": {
        "officials": {
            "Lữ Văn Hùng": [("Ủy viên", BCHTW),
                            ("Trưởng Đoàn", "Đoàn đại biểu Quốc hội tỉnh Cà Mau|Đoàn đại biểu Quốc hội tỉnh"
                                            "|Đoàn đại biểu Quốc hội")],
        },
        "meetings": [{"date": "2025-08-15", "chair": None, "organizer": dang_bo("phường Bạc Liêu"),
                      "locality": "31825", "attendees": ["Lữ Văn Hùng"]}],
        "localities": ["31825", "96", "954"],
        "tasks": [],
    },
    # First congress of the Party organization of phường Hội An (Đà Nẵng), morning 21/7 (2025 from the 2025-2030
    # term). The city deputy secretary "phát biểu chỉ đạo tại Đại hội" (no attending cue: optional attendee, round-15
    # ngaynay precedent). His "nhấn mạnh: phường Hội An phải gắn …" is a directive (lead only; the stored text stops
    # before the body's copy -> required). New phường Hội An = 20410 (= old phường Sơn Phong's code); merged old
    # phường Minh An 20398, Cẩm Phô 20404, Cẩm Nam 20428, xã Cẩm Kim 20425; Đà Nẵng 48.
    "baodanang_3297471.txt": {
        "officials": {
            "Ngô Xuân Thắng": [("Phó Bí thư", "Thành ủy Đà Nẵng|Thành ủy")],
        },
        "meetings": [{"date": "2025-07-21", "chair": None, "organizer": dang_bo(f"phường {HA}"),
                      "locality": "20410", "attendees": ["?Ngô Xuân Thắng"]}],
        "localities": ["20410", "48", "20398", "20404", "20428", "20425"],
        "tasks": [
            (f"phường {HA}|Phường {HA}|Đảng bộ phường {HA}|Đảng ủy phường {HA}|Ủy ban nhân dân phường {HA}",
             "gắn phát triển kinh tế - xã hội với bảo tồn"),
        ],
    },
    # First congress of the Party organization of xã Đak Pơ (Gia Lai, paper only: "GLO"), 11-8 (2025 from the
    # 2025-2030 term). The provincial organization-board head under "Dự Đại hội có". No chair; the resolution's
    # breakthroughs are the congress's own, not directives. New xã Đak Pơ = 23995 (= old thị trấn Đak Pơ's code);
    # merged old xã Hà Tam 23989, An Thành 23992, Yang Bắc 23998; Gia Lai (52) not named.
    "baogialai_post563358.txt": {
        "officials": {
            "Mai Việt Trung": [("Ủy viên", "Ban Thường vụ Tỉnh ủy Gia Lai|Ban Thường vụ Tỉnh ủy"),
                               ("Trưởng Ban", "Ban Tổ chức Tỉnh ủy Gia Lai|Ban Tổ chức Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-08-11", "chair": None, "organizer": dang_bo("xã Đak Pơ"),
                      "locality": "23995", "attendees": ["Mai Việt Trung"]}],
        "localities": ["23995", "23989", "23992", "23998", "?52|64"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Võ Nhai (Thái Nguyên), morning 6-8 (2025 from the 2025-2030 term);
    # the head of the army's General Political Department "dự, phát biểu chỉ đạo"; the others under "Dự đại hội có".
    # Ranks (Đại tướng, Trung tướng, Thiếu tướng) are not roles. No chair. New xã Võ Nhai = 05716 (= old thị trấn Đình
    # Cả's code); merged old xã Lâu Thượng 05743, Phú Thượng 05734; Thái Nguyên 19.
    "baolamdong_386553.txt": {
        "officials": {
            "Trịnh Văn Quyết": [("Bí thư", BBT),
                                ("Ủy viên", "Thường vụ Quân ủy Trung ương|Ban Thường vụ Quân ủy Trung ương"
                                            "|Quân ủy Trung ương"),
                                ("Chủ nhiệm", TCCT)],
            "Đỗ Xuân Tụng": [("Phó Chủ nhiệm", TCCT)],
            "Vũ Chiến Thắng": [("Thứ trưởng", "Bộ Nội vụ")],
            "Nguyễn Việt Hùng": [("Thứ trưởng", "Bộ Xây dựng")],
            "Đỗ Đức Hồng Hà": [("Phó Chủ nhiệm", "Ủy ban Pháp luật và Tư pháp của Quốc hội"
                                                 "|Ủy ban Pháp luật và Tư pháp Quốc hội|Ủy ban Pháp luật và Tư pháp")],
            "Trương Mạnh Dũng": [("Tư lệnh", "Quân khu 1")],
            "La Công Phương": [("Chính ủy", "Quân khu 1")],
            "Trịnh Việt Hùng": [("Ủy viên dự khuyết", BCHTW), ("Bí thư", "Tỉnh ủy Thái Nguyên|Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-08-06", "chair": None, "organizer": dang_bo("xã Võ Nhai"),
                      "locality": "05716",
                      "attendees": ["Trịnh Văn Quyết", "Đỗ Xuân Tụng", "Vũ Chiến Thắng", "Nguyễn Việt Hùng",
                                    "Đỗ Đức Hồng Hà", "Trương Mạnh Dũng", "La Công Phương", "Trịnh Việt Hùng"]}],
        "localities": ["05716", "19", "05743", "05734"],
        "tasks": [],
    },
    # 2nd session of the HĐND of phường Việt Hưng (Quảng Ninh), 24/7 (2025 from "kỳ họp thường lệ giữa năm 2025").
    # No named official, no chair; 7 resolutions only. New phường Việt Hưng (Quảng Ninh) = 06661 (old ward of Hạ Long
    # 06703); Quảng Ninh 22.
    "baoquangninh-cds_3368358.txt": {
        "officials": {},
        "meetings": [{"date": "2025-07-24", "chair": None,
                      "organizer": "Hội đồng nhân dân phường Việt Hưng|Hội đồng nhân dân phường",
                      "locality": "06661|06703", "attendees": []}],
        "localities": ["06661|06703", "22"],
        "tasks": [],
    },
    # The provincial chairman visits and inspects storm damage in phường Nam Cường, morning 2/10/2025: a visit /
    # inspection, no meeting ([]). The stored text stops before his directives; the lead's "chỉ đạo khắc phục hậu quả
    # do bão số 10 gây ra" is a summary (optional). Phường Nam Cường (Lào Cai 2025) = 04273 (old Yên Bái ward); Lào
    # Cai 15 (old 10). Tổ dân phố Hồng Hà is not an administrative unit.
    "doanhnghiephoinhap_117352.txt": {
        "officials": {
            "Trần Huy Tuấn": [("Phó Bí thư", "Tỉnh ủy Lào Cai|Tỉnh ủy"),
                              ("Chủ tịch", "Ủy ban nhân dân tỉnh Lào Cai|Ủy ban nhân dân tỉnh")],
        },
        "meetings": [],
        "localities": ["04273", "15|10"],
        "tasks": [
            (None, "?khắc phục hậu quả do bão số 10 gây ra"),
        ],
    },
    # 3rd (year-end) session of the HĐND of xã Đồng Phú (Đồng Nai portal; province not named), morning 25/12/2025,
    # "Dự và chủ trì" the commune secretary / HĐND chairman and the HĐND vice-chairwoman (co-chairs). Reports and
    # elections only. Xã Đồng Phú (Đồng Nai) = 25363.
    "dongphu-dongnai_484.txt": {
        "officials": {
            "Nguyễn Tấn Hùng": [("Ủy viên", "Tỉnh ủy Đồng Nai|Tỉnh ủy"),
                                ("Bí thư", commune("Đảng ủy", "xã", DP) + "|Đảng ủy"),
                                ("Chủ tịch", commune("Hội đồng nhân dân", "xã", DP))],
            "Phan Thị Hoa": [("Phó Chủ tịch", commune("Hội đồng nhân dân", "xã", DP))],
        },
        "meetings": [{"date": "2025-12-25", "chair": "Nguyễn Tấn Hùng|Phan Thị Hoa",
                      "organizer": f"Hội đồng nhân dân xã {DP}|Hội đồng nhân dân xã",
                      "locality": "25363", "attendees": []}],
        "localities": ["25363"],
        "tasks": [],
    },
    # Online conference (hội nghị trực tuyến) of the Thành ủy Hải Phòng disseminating the resolution of the city's
    # first Party congress, afternoon 19/11/2025, 114 bridge points; at the xã Hà Đông point three commune leaders
    # "dự hội nghị" (attendees, dev daksong_31122020-01 precedent for a bridge point). Counted as a meeting (a Party
    # committee's hội nghị; round-15 huengaynay precedent) — borderline with a training course. No chair stated.
    # The closing "nhằm giúp … xây dựng kế hoạch thực hiện" is the purpose, not a directive. Xã Hà Đông (Hải
    # Phòng) = 10882; Hải Phòng 31.
    "hadong-haiphong_816834.txt": {
        "officials": {
            "Vũ Đức Hạnh": [("Bí thư", commune("Đảng ủy", "xã", HD) + "|Đảng ủy"),
                            ("Chủ tịch", commune("Hội đồng nhân dân", "xã", HD))],
            "Nguyễn Hải Đông": [("Phó Bí thư Thường trực", commune("Đảng ủy", "xã", HD) + "|Đảng ủy"),
                                ("?Phó Bí thư", commune("Đảng ủy", "xã", HD) + "|Đảng ủy")],
            "Hoàng Văn Đại": [("Phó Bí thư", commune("Đảng ủy", "xã", HD) + "|Đảng ủy"),
                              ("Chủ tịch", commune("Ủy ban nhân dân", "xã", HD))],
        },
        "meetings": [{"date": "2025-11-19", "chair": None,
                      "organizer": "Thành ủy Hải Phòng|Thành ủy thành phố Hải Phòng|Ban Thường vụ Thành ủy Hải Phòng"
                                   "|Ban Chấp hành Đảng bộ thành phố Hải Phòng",
                      "locality": "31", "attendees": ["Vũ Đức Hạnh", "Nguyễn Hải Đông", "Hoàng Văn Đại"]}],
        "localities": ["10882", "31"],
        "tasks": [],
    },
    # First congress of the Party organization of đặc khu Cát Hải (Hải Phòng), 16/8 (2025 from the 2025-2030 term).
    # The city secretary "phát biểu chỉ đạo tại Đại hội" (no attending cue: optional attendee). The headline and the
    # sapo's aims (Cát Bà a national tourist area, Cát Hải a port-logistics centre) are goals he stressed — optional;
    # his praise ("Biểu dương …") is not a task. Đặc khu Cát Hải = 11914 (old huyện 317); Hải Phòng 31. The islands
    # (đảo Cát Bà, đảo Cát Hải) are not units.
    "kienthuc_1562572.txt": {
        "officials": {
            "Lê Tiến Châu": [("Ủy viên", BCHTW), ("Bí thư", "Thành ủy Hải Phòng|Thành ủy"),
                             ("Trưởng Đoàn", "Đoàn đại biểu Quốc hội thành phố Hải Phòng|Đoàn đại biểu Quốc hội Hải Phòng"
                                             "|Đoàn đại biểu Quốc hội")],
        },
        "meetings": [{"date": "2025-08-16", "chair": None,
                      "organizer": dac_khu("Đảng bộ", "Cát Hải") + "|" + dac_khu("Đảng ủy", "Cát Hải") + "|"
                                   + dac_khu("Ban Chấp hành Đảng bộ", "Cát Hải"),
                      "locality": "11914|317", "attendees": ["?Lê Tiến Châu"]}],
        "localities": ["11914|317", "31"],
        "tasks": [
            (None, "?thành Khu du lịch quốc gia, trung tâm du lịch sinh thái biển quốc tế"),
            (None, "?là trung tâm dịch vụ cảng biển-logistics"),
            (None, "?Xây dựng Cát Hải trở thành trọng điểm kinh tế biển"),
        ],
    },
    # Preparatory session (phiên trù bị) of the first congress of the Party organization of phường Kim Thanh (Ninh
    # Bình), afternoon 11/8/2025 (congress 11-12/8/2025; one meeting, round-12 Yên Bình precedent). The ward's three
    # leaders under "Về dự và chỉ đạo phiên trù bị" (attendees). No chair. Phường Kim Thanh (Ninh Bình) = 13402;
    # Ninh Bình 37.
    "kimthanh-ninhbinh_dai-hoi-phuong-kim-thanh.txt": {
        "officials": {
            "Nguyễn Thành Thăng": [("Bí thư", commune("Đảng ủy", "phường", KT) + "|Đảng ủy"),
                                   ("Chủ tịch", commune("Hội đồng nhân dân", "phường", KT))],
            "Phạm Thị Huệ": [("Phó Bí thư Thường trực", commune("Đảng ủy", "phường", KT) + "|Đảng ủy"),
                             ("?Phó Bí thư", commune("Đảng ủy", "phường", KT) + "|Đảng ủy")],
            "Trần Văn Sơn": [("Phó Bí thư", commune("Đảng ủy", "phường", KT) + "|Đảng ủy"),
                             ("Chủ tịch", commune("Ủy ban nhân dân", "phường", KT))],
        },
        "meetings": [{"date": "2025-08-11", "chair": None, "organizer": dang_bo(f"phường {KT}"),
                      "locality": "13402", "attendees": ["Nguyễn Thành Thăng", "Phạm Thị Huệ", "Trần Văn Sơn"]}],
        "localities": ["13402", "37"],
        "tasks": [],
    },
    # Monthly conference of the Ban Thường vụ of the Party committee of xã Như Thanh (Thanh Hóa portal; province not
    # named), afternoon 28/8/2025, chaired by the commune secretary. His opening speech reports results only; the
    # stored text stops before the September tasks. Xã Như Thanh = 16228.
    "nhuthanh-thanhhoa_605189.txt": {
        "officials": {
            "Nguyễn Tiến Dũng": [("Bí thư", commune("Đảng ủy", "xã", "Như Thanh") + "|Đảng ủy")],
        },
        "meetings": [{"date": "2025-08-28", "chair": "Nguyễn Tiến Dũng",
                      "organizer": "Đảng ủy xã Như Thanh|Ban Thường vụ Đảng ủy xã Như Thanh|Đảng bộ xã Như Thanh"
                                   "|Ban Thường vụ Đảng ủy xã|Đảng ủy xã",
                      "locality": "16228", "attendees": []}],
        "localities": ["16228"],
        "tasks": [],
    },
    # First (pilot) congress of the Party organization of phường Long An (Tây Ninh), 5-8 (2025 from the 2025-2030
    # term). Lê Công Đỉnh is named only in the headline ("được chỉ định làm Bí thư phường trung tâm của tỉnh Tây
    # Ninh" = the ward of this congress): post kept, attendee optional. No chair; results only. Phường Long An (Tây
    # Ninh) = 27694; tỉnh Tây Ninh 80 (old 72).
    "nld_196250805143656432.txt": {
        "officials": {
            "Lê Công Đỉnh": [("Bí thư", commune("Đảng ủy", "phường", "Long An") + "|Đảng ủy|Đảng bộ phường Long An")],
        },
        "meetings": [{"date": "2025-08-05", "chair": None, "organizer": dang_bo("phường Long An"),
                      "locality": "27694", "attendees": ["?Lê Công Đỉnh"]}],
        "localities": ["27694", "80|72"],
        "tasks": [],
    },
    # First congress of the Party organization of xã Gò Công Đông (Đồng Tháp), 14-8 (2025 from the 2025-2030 term).
    # The provincial secretary "đã đến dự và phát biểu chỉ đạo" (attendee). His "đề nghị Ban Chấp hành Đảng bộ xã …
    # cần tiếp tục đẩy mạnh …" and the following "Trong đó, chú trọng việc triển khai …" (a sentence of its own) are
    # directives to the commune's executive committee (reviewer: the second names no assignee -> None, dev
    # baomoi_22373455 "Trong đó tập trung chỉ đạo …" precedent). New xã Gò Công Đông = 28747 (= old xã Tân Thành's code);
    # merged old xã Tăng Hòa 28705; Đồng Tháp 82 (old 87).
    "nld_196250814150920283.txt": {
        "officials": {
            "Lê Quốc Phong": [("Bí thư", "Tỉnh ủy Đồng Tháp|Tỉnh ủy")],
        },
        "meetings": [{"date": "2025-08-14", "chair": None, "organizer": dang_bo(f"xã {GCD}"),
                      "locality": "28747", "attendees": ["Lê Quốc Phong"]}],
        "localities": ["28747", "28705", "82|87"],
        "tasks": [
            (dang_bo(f"xã {GCD}"), "tiếp tục đẩy mạnh xây dựng Đảng về tư tưởng, chính trị, đạo đức"),
            (None, "chú trọng việc triển khai học tập và làm theo tư tưởng"),
        ],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
