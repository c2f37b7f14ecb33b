"""Gold for blind round 4, part B: 12 post-reform (2025) articles from the post2025 pool, annotated by GUIDE.md before any build."""
import pathlib

ARTICLES = pathlib.Path(__file__).resolve().parent  # overridden by argv[1]
SOURCES = {  # article file name -> where it came from (repository/path or URL)
    "hoalac-angiang_ky-hop-thu-2.txt": "https://hoalac.angiang.gov.vn/thuong-truc-hdnd-xa-hoa-lac-hop-ban-cong-tac-chuan-bi-noi-dung-ky-hop-thu-2",
    "lacduong-lamdong_dhdb-lan-thu-i.txt": "https://lacduong.lamdong.gov.vn/chi-tiet-tin-tuc/?param=dai-hoi-dai-bieu-dang-bo-xa-lac-duong-lan-thu-i-nhiem-ky-2025-2030-34777e37-502e-47e7-b786-e27aab887dc9",
    "nld_196250930163805696.txt": "https://nld.com.vn/mot-phuong-o-tp-hcm-kiem-tra-hau-kiem-80-cong-trinh-sau-sap-nhap-phat-hien-8-truong-hop-vi-pham-196250930163805696.htm",
    "nld_196251130084255441.txt": "https://nld.com.vn/lanh-dao-trung-uong-tphcm-den-du-dai-hoi-dai-bieu-mttq-viet-nam-tphcm-196251130084255441.htm",
    "sggp_post807962.txt": "https://www.sggp.org.vn/phuong-long-phuoc-tan-dung-nguon-luc-phat-trien-kinh-te-tu-nhan-post807962.html",
    "sggp_post821955.txt": "https://www.sggp.org.vn/xa-phu-giao-tphcm-ra-mat-mo-hinh-ca-phe-sang-cung-nhan-dan-post821955.html",
    "tandoan-langson_doi-thoai-2025.txt": "https://tandoan.langson.gov.vn/tin-tuc-su-kien/xa-tan-doan-to-chuc-hoi-nghi-doi-thoai-truc-tiep-giua-nguoi-dung-dau-cap-uy-chinh-quyen-voi-nhan-dan-nam-2025.html",
    "tienphong_post1770313.txt": "https://tienphong.vn/nguyen-bi-thu-thanh-doan-ha-noi-duoc-chi-dinh-giu-chuc-bi-thu-phuong-hai-ba-trung-post1770313.tpo",
    "tongtran-hungyen_c287.txt": "https://tongtran.hungyen.gov.vn/dang-uy-xa-tong-tran-to-chuc-hoi-nghi-giao-ban-bi-thu-cac-chi-dang-bo-truc-thuoc-thang-112025-c287.html",
    "tuoitrethudo_289624.txt": "https://tuoitrethudo.vn/khanh-hoa-hop-bao-thong-tin-ve-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-nhat-289624.html",
    "vietnamplus_post1055959.txt": "https://www.vietnamplus.vn/tinh-bac-ninh-phan-dau-tro-thanh-thanh-pho-truc-thuoc-trung-uong-post1055959.vnp",
    "vtcnews_ar960250.txt": "https://vtcnews.vn/lanh-dao-tinh-bac-ninh-du-dai-hoi-dang-bo-phuong-nhan-hoa-ar960250.html",
}


def hcm(head):
    """`<head> Thành ủy Thành phố Hồ Chí Minh` with the spellings the press uses."""
    return "|".join(f"{head}{t}" for t in ("Thành ủy Thành phố Hồ Chí Minh", "Thành ủy TP HCM", "Thành ủy TPHCM",
                                            "Thành ủy TP. HCM", "Thành ủy"))


def commune(head, kind, name):
    """`<head> <kind> <name>|<head> <kind>` (a commune body; bare form when the article writes `Đảng ủy xã`)."""
    return f"{head} {kind} {name}|{head} {kind}"


GOLD = {
    # Standing committee of HĐND xã Hòa Lạc (An Giang) prepares the mid-year session, afternoon 10/7; year 2025
    # from the text (kỳ họp giữa năm 2025, 31/7/2025). The 31/7 session itself is only planned.
    "hoalac-angiang_ky-hop-thu-2.txt": {
        "officials": {
            "Nguyễn Thành Ân": [("Bí thư", commune("Đảng ủy", "xã", "Hòa Lạc")),
                                ("Chủ tịch", commune("Hội đồng nhân dân", "xã", "Hòa Lạc"))],
        },
        "meetings": [{"date": "2025-07-10", "chair": "Nguyễn Thành Ân",
                      "organizer": "Thường trực Hội đồng nhân dân xã Hòa Lạc|Hội đồng nhân dân xã Hòa Lạc"
                                   "|Thường trực Hội đồng nhân dân xã|Hội đồng nhân dân xã",
                      "locality": "30430", "attendees": []}],
        "localities": ["30430", "89|91"],
        "tasks": [],
    },
    # Congress (official session) of the Party organization of the new xã Lạc Dương, afternoon 25/7/2025
    # (founded 1/7/2025). Chair not stated; Phạm Thị Phúc "dự và chỉ đạo". Province only implied (portal of Lâm Đồng).
    # Đạ Nhim (old) and the new xã Lạc Dương share 24848.
    "lacduong-lamdong_dhdb-lan-thu-i.txt": {
        "officials": {
            "Phạm Thị Phúc": [("Phó Bí thư", "Tỉnh ủy|Tỉnh ủy Lâm Đồng"),
                              ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh|Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lâm Đồng"
                                           "|Ủy ban Mặt trận Tổ quốc tỉnh|Ủy ban Mặt trận Tổ quốc tỉnh Lâm Đồng")],
        },
        "meetings": [{"date": "2025-07-25", "chair": None,
                      "organizer": "Đảng bộ xã Lạc Dương|Đảng ủy xã Lạc Dương|Ban Chấp hành Đảng bộ xã Lạc Dương",
                      "locality": "24848", "attendees": ["Phạm Thị Phúc"]}],
        "localities": ["24848", "675", "24865", "24847", "?68"],
        "tasks": [],
    },
    # Party ward Đông Hòa (TP HCM) reviews Resolution 18 and its congress, 30-9-2025; Dương Anh Đức attends.
    # Text truncated before the headline's inspection figures: results only, no directives.
    "nld_196250930163805696.txt": {
        "officials": {
            "Dương Anh Đức": [("Ủy viên", hcm("Ban Thường vụ ")),
                              ("Trưởng Ban", hcm("Ban Tuyên giáo và Dân vận "))],
        },
        "meetings": [{"date": "2025-09-30", "chair": None,
                      "organizer": "Đảng ủy phường Đông Hòa|Ban Thường vụ Đảng ủy phường Đông Hòa|Đảng bộ phường Đông Hòa"
                                   "|Ủy ban nhân dân phường Đông Hòa",
                      "locality": "25951|25957", "attendees": ["Dương Anh Đức"]}],
        "localities": ["25957|25951", "79"],
        "tasks": [],
    },
    # Congress of the Front of TP HCM (first of the 2025-2030 term), 29 and morning 30-11 (2025: the term and
    # the URL). No named official in the stored text. phường Bình Dương is the venue's ward.
    "nld_196251130084255441.txt": {
        "officials": {},
        "meetings": [{"date": "2025-11-29", "chair": None,
                      "organizer": "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh|Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh"
                                   "|Ủy ban Mặt trận Tổ quốc Việt Nam TPHCM|Mặt trận Tổ quốc Việt Nam TPHCM"
                                   "|Ủy ban Mặt trận Tổ quốc Thành phố Hồ Chí Minh",
                      "locality": "79", "attendees": []}],
        "localities": ["79", "25760"],
        "tasks": [],
    },
    # Congress of the Party ward Long Phước (TP HCM), 12-8-2025; Nguyễn Thị Mỹ Hằng "dự và phát biểu chỉ đạo"
    # and gives the directives ("Đồng chí yêu cầu …").
    "sggp_post807962.txt": {
        "officials": {
            "Nguyễn Thị Mỹ Hằng": [("Ủy viên", hcm("Ban Thường vụ ")),
                                   ("Trưởng Ban", hcm("Ban Nội chính "))],
        },
        "meetings": [{"date": "2025-08-12", "chair": None,
                      "organizer": "Đảng bộ phường Long Phước|Đảng ủy phường Long Phước|Ban Chấp hành Đảng bộ phường Long Phước",
                      "locality": "26857", "attendees": ["Nguyễn Thị Mỹ Hằng"]}],
        "localities": ["26857", "79"],
        "tasks": [
            ("phường Long Phước|Đảng bộ phường Long Phước|Đảng ủy phường Long Phước|Ủy ban nhân dân phường Long Phước",
             "tập trung xây dựng Đảng bộ và hệ thống chính trị phường"),
            ("phường Long Phước|Đảng bộ phường Long Phước|Đảng ủy phường Long Phước|Ủy ban nhân dân phường Long Phước",
             "Tổ chức quán triệt, triển khai thực hiện Nghị quyết Đại hội"),
            ("phường Long Phước|Đảng bộ phường Long Phước|Đảng ủy phường Long Phước|Ủy ban nhân dân phường Long Phước",
             "tiếp tục phát huy tinh thần đoàn kết thống nhất"),
            ("phường Long Phước|Đảng bộ phường Long Phước|Đảng ủy phường Long Phước|Ủy ban nhân dân phường Long Phước",
             "kiện toàn, nâng cao hiệu quả hoạt động bộ máy"),
            ("phường Long Phước|Đảng bộ phường Long Phước|Đảng ủy phường Long Phước|Ủy ban nhân dân phường Long Phước",
             "cần tập trung phát triển kinh tế - xã hội"),
            ("phường Long Phước|Đảng bộ phường Long Phước|Đảng ủy phường Long Phước|Ủy ban nhân dân phường Long Phước",
             "đẩy mạnh các phong trào thi đua yêu nước"),
            (None, "?đội ngũ cán bộ, đảng viên có bản lĩnh chính trị vững vàng"),
        ],
    },
    # Launch of the "Cà phê sáng cùng nhân dân" model by UBND xã Phú Giáo, morning 6-11-2025: a launch/outreach
    # event, not a meeting. Answers and commitments, no directives.
    "sggp_post821955.txt": {
        "officials": {
            "Vũ Hải Lý": [("Chủ tịch", "Ủy ban nhân dân xã Phú Giáo")],
        },
        "meetings": [],
        "localities": ["25858", "79"],
        "tasks": [],
    },
    # Dialogue conference of Đảng ủy and UBND xã Tân Đoàn with the people, morning 8/10/2025, co-chaired.
    "tandoan-langson_doi-thoai-2025.txt": {
        "officials": {
            "Hứa Phong Lan": [("Bí thư", commune("Đảng ủy", "xã", "Tân Đoàn")),
                              ("Chủ tịch", commune("Hội đồng nhân dân", "xã", "Tân Đoàn"))],
            "Vũ Ngọc Hà": [("Phó Bí thư", commune("Đảng ủy", "xã", "Tân Đoàn")),
                           ("Chủ tịch", commune("Ủy ban nhân dân", "xã", "Tân Đoàn"))],
        },
        "meetings": [{"date": "2025-10-08", "chair": "Hứa Phong Lan|Vũ Ngọc Hà",
                      "organizer": "Đảng ủy xã Tân Đoàn|Ủy ban nhân dân xã Tân Đoàn|Đảng ủy xã|Ủy ban nhân dân xã",
                      "locality": "06316|06307", "attendees": []}],
        "localities": ["06307|06316", "?20"],
        "tasks": [],
    },
    # Congress of the Party ward Hai Bà Trưng (Hà Nội), morning 18/8/2025; chair not stated. Chu Hồng Minh
    # (appointed secretary) reports; Nguyễn Lan Hương speaks on behalf of the city's standing committee.
    "tienphong_post1770313.txt": {
        "officials": {
            "Chu Hồng Minh": [("Bí thư", "Đảng ủy phường Hai Bà Trưng"),
                              ("Chủ tịch", "Hội đồng nhân dân phường Hai Bà Trưng"),
                              ("?Bí thư", "Thành đoàn Hà Nội|Thành đoàn")],
            "Nguyễn Lan Hương": [("?Ủy viên", "Ban Thường vụ Thành ủy Hà Nội|Ban Thường vụ Thành ủy")],
        },
        "meetings": [{"date": "2025-08-18", "chair": None,
                      "organizer": "Đảng bộ phường Hai Bà Trưng|Đảng ủy phường Hai Bà Trưng|Ban Chấp hành Đảng bộ phường Hai Bà Trưng",
                      "locality": "00256", "attendees": ["?Chu Hồng Minh", "?Nguyễn Lan Hương"]}],
        "localities": ["00256", "007", "01"],
        "tasks": [],
    },
    # Monthly briefing (giao ban) of the Party standing committee of xã Tống Trân with branch secretaries,
    # afternoon 31/10/2025; "Các đồng chí Thường trực Đảng uỷ xã chủ trì" -> any of the three.
    "tongtran-hungyen_c287.txt": {
        "officials": {
            "Doãn Quốc Hoàn": [("Bí thư", commune("Đảng ủy", "xã", "Tống Trân")),
                               ("Chủ tịch", commune("Hội đồng nhân dân", "xã", "Tống Trân"))],
            "Vũ Lê Thuận": [("Phó Bí thư Thường trực", commune("Đảng ủy", "xã", "Tống Trân")),
                            ("?Phó Bí thư", commune("Đảng ủy", "xã", "Tống Trân"))],
            "Nguyễn Minh Tiến": [("Phó Bí thư", commune("Đảng ủy", "xã", "Tống Trân")),
                                 ("Chủ tịch", commune("Ủy ban nhân dân", "xã", "Tống Trân"))],
        },
        "meetings": [{"date": "2025-10-31", "chair": "Doãn Quốc Hoàn|Vũ Lê Thuận|Nguyễn Minh Tiến",
                      "organizer": "Ban Thường vụ Đảng ủy xã Tống Trân|Đảng ủy xã Tống Trân"
                                   "|Ban Thường vụ Đảng ủy xã|Đảng ủy xã|Thường trực Đảng ủy xã Tống Trân",
                      "locality": "12427|12430", "attendees": []}],
        "localities": ["12430|12427", "?33"],
        "tasks": [],
    },
    # Press conference of Tỉnh ủy Khánh Hòa on the provincial congress, 19/9 -> not a meeting.
    "tuoitrethudo_289624.txt": {
        "officials": {
            "Lâm Đông": [("Trưởng Ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa|Ban Tuyên giáo và Dân vận Tỉnh ủy")],
            "Nguyễn Khắc Hà": [("Trưởng Ban", "Ban Tổ chức Tỉnh ủy Khánh Hòa|Ban Tổ chức Tỉnh ủy")],
            "Trần Hòa Nam": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Khánh Hòa")],
        },
        "meetings": [],
        "localities": ["56", "58"],
        "tasks": [],
    },
    # Congresses of communes/wards of Bắc Ninh, 14-15/8; the one reported: xã Sơn Động (day not given -> None).
    # xã Sơn Động (new) = 07615, the code of the old thị trấn An Châu.
    "vietnamplus_post1055959.txt": {
        "officials": {
            "Tống Thị Hương Giang": [("Bí thư", commune("Đảng ủy", "xã", "Sơn Động"))],
        },
        "meetings": [{"date": None, "chair": None,
                      "organizer": "Đảng bộ xã Sơn Động|Đảng ủy xã Sơn Động|Ban Chấp hành Đảng bộ xã Sơn Động",
                      "locality": "07615", "attendees": ["?Tống Thị Hương Giang"]}],
        "localities": ["27|24", "07615", "220", "07648", "07660"],
        "tasks": [],
    },
    # Congress of the Party ward Nhân Hòa (Bắc Ninh), 14-15/8/2025 (first day taken). Vice-chairman Phạm Văn Thịnh
    # gives a speech of praise (no directive in the stored text). New phường Nhân Hòa = 09253 (old Đại Xuân's code);
    # old phường Nhân Hòa 09259 is named among the merged units.
    "vtcnews_ar960250.txt": {
        "officials": {
            "Phạm Văn Thịnh": [("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Ninh")],
        },
        "meetings": [{"date": "2025-08-14", "chair": None,
                      "organizer": "Đảng bộ phường Nhân Hòa|Đảng ủy phường Nhân Hòa|Ban Chấp hành Đảng bộ phường Nhân Hòa",
                      "locality": "09253|09259", "attendees": ["?Phạm Văn Thịnh"]}],
        "localities": ["09253", "09259", "09250", "27|24"],
        "tasks": [],
    },
}


if __name__ == "__main__":
    from gold_main import main  # the shared check and JSON form

    main(GOLD, ARTICLES)
