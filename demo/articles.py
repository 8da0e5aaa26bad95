"""News and example stories written for the demo portal.

The facts of the seed article (the province's 2025–2030 targets, its movements) are
used; its sentences are not. People, places in villages and figures of communes are
invented for the demo.
"""

from datetime import date

# Movements the demo fills in: goals and criteria as editors would write them.
MOVEMENT_DETAILS = {
    "ca-nuoc-chung-tay-vi-nguoi-ngheo": {
        "goals": (
            "<ul><li>Giảm tỷ lệ hộ nghèo đa chiều bình quân 3–4% mỗi năm ở các xã vùng "
            "cao;</li><li>Xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo;</li>"
            "<li>Mỗi hộ nghèo có ít nhất một mô hình sinh kế phù hợp.</li></ul>"
        ),
        "criteria": (
            "<p>Khen thưởng tập thể, cá nhân có nhiều đóng góp về công sức, vật chất "
            "giúp hộ nghèo; có mô hình giảm nghèo được nhân rộng ở bản, xã khác.</p>"
        ),
    },
    "chung-suc-xay-dung-nong-thon-moi": {
        "goals": (
            "<ul><li>Phấn đấu thêm các xã đạt chuẩn nông thôn mới và nông thôn mới nâng "
            "cao;</li><li>100% bản có đường ô tô đến trung tâm;</li><li>96% dân số được "
            "dùng nước sạch tập trung.</li></ul>"
        ),
        "criteria": (
            "<p>Đóng góp ngày công, hiến đất làm đường, nhà văn hóa; giữ gìn vệ sinh môi "
            "trường; phát triển sản phẩm chủ lực của xã.</p>"
        ),
    },
    "thi-dua-chuyen-doi-so": {
        "goals": (
            "<ul><li>100% hồ sơ khen thưởng được xử lý trên môi trường điện tử;</li>"
            "<li>Dịch vụ công trực tuyến toàn trình ở tất cả xã, phường;</li><li>Mỗi bản "
            "có tổ công nghệ số cộng đồng.</li></ul>"
        ),
        "criteria": (
            "<p>Có sáng kiến ứng dụng công nghệ thông tin được công nhận; hướng dẫn người "
            "dân dùng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.</p>"
        ),
    },
    "doi-moi-sang-tao-trong-day-va-hoc": {
        "goals": (
            "<ul><li>Giữ vững tỷ lệ trẻ em trong độ tuổi đến trường ở vùng cao;</li>"
            "<li>Tăng số trường đạt chuẩn quốc gia;</li><li>Giáo viên vùng cao được bồi "
            "dưỡng phương pháp dạy học song ngữ.</li></ul>"
        ),
        "criteria": "<p>Sáng kiến trong dạy học, vận động học sinh ra lớp và duy trì sĩ số.</p>",
    },
    "thi-dua-thuc-hien-nghi-quyet-dai-hoi-2026-2030": {
        "goals": (
            "<ul><li>Tăng trưởng GRDP bình quân 8%/năm;</li><li>Tỷ lệ khen thưởng người "
            "lao động trực tiếp đạt ít nhất 35% ở cấp Nhà nước và 65% ở cấp tỉnh;</li>"
            "<li>100% cơ quan, đơn vị, địa phương phát động và ký giao ước thi đua.</li></ul>"
        ),
        "criteria": (
            "<p>Hoàn thành xuất sắc chỉ tiêu được giao; có mô hình mới, cách làm hay được "
            "tổng kết, nhân rộng; chú trọng người lao động trực tiếp, vùng đặc biệt khó "
            "khăn, phụ nữ và đồng bào dân tộc thiểu số.</p>"
        ),
    },
}

# (title, date, movement slug or "", tags, lead, paragraphs, byline, illustration)
NEWS = [
    (
        "Tổng kết phong trào thi đua giai đoạn 2021 – 2025",
        date(2025, 12, 18),
        "",
        ["tổng kết", "khen thưởng"],
        "Hội nghị tổng kết ghi nhận các phong trào thi đua gắn với nhiệm vụ chính trị, góp "
        "phần giảm nghèo và nâng cao đời sống nhân dân các dân tộc trong tỉnh.",
        [
            "Trong 5 năm, các cấp, các ngành đã phát động hàng trăm phong trào thi đua "
            "thường xuyên và theo chuyên đề. Khen thưởng đột xuất và khen thưởng người lao "
            "động trực tiếp được chú ý hơn.",
            "Hội nghị đề ra mục tiêu cho giai đoạn mới: khen thưởng kịp thời, chính xác, "
            "công khai; ứng dụng công nghệ thông tin trong quản lý hồ sơ thi đua, khen "
            "thưởng.",
        ],
        "Ban Thi đua – Khen thưởng tỉnh",
        "ceremony",
    ),
    (
        "Phát động thi đua thực hiện Nghị quyết Đại hội Đảng bộ tỉnh",
        date(2026, 1, 15),
        "thi-dua-thuc-hien-nghi-quyet-dai-hoi-2026-2030",
        ["phát động", "2026 – 2030"],
        "Ủy ban nhân dân tỉnh phát động phong trào thi đua giai đoạn 2026 – 2030 với các chỉ "
        "tiêu về tăng trưởng, giảm nghèo và chuyển đổi số.",
        [
            "Phong trào đặt mục tiêu tăng trưởng GRDP bình quân 8% mỗi năm, thu ngân sách "
            "trên địa bàn đạt 6.000 tỷ đồng, doanh thu du lịch 11.000 tỷ đồng vào năm 2030.",
            "Về công tác khen thưởng, tỉnh phấn đấu tỷ lệ khen thưởng người lao động trực "
            "tiếp đạt ít nhất 35% ở cấp Nhà nước và 65% ở cấp tỉnh; 100% hồ sơ khen thưởng "
            "được xử lý trên môi trường điện tử.",
        ],
        "Ban Thi đua – Khen thưởng tỉnh",
        "ceremony",
    ),
    (
        "Hồ sơ khen thưởng bắt đầu được nộp và theo dõi trực tuyến",
        date(2026, 3, 2),
        "thi-dua-chuyen-doi-so",
        ["chuyển đổi số", "hồ sơ điện tử"],
        "Các cơ quan, đơn vị gửi hồ sơ đề nghị khen thưởng qua hệ thống điện tử, theo dõi "
        "được từng bước thẩm định.",
        [
            "Thay cho bản giấy gửi qua bưu điện, hồ sơ được tải lên hệ thống, có mã theo "
            "dõi và thông báo khi có kết quả thẩm định.",
            "Các xã vùng cao được tập huấn để tự nhập danh sách đề nghị khen thưởng từ bảng "
            "tính có sẵn.",
        ],
        "Phòng Thi đua – Khen thưởng",
        "digital",
    ),
    (
        "Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cấp xã",
        date(2026, 4, 10),
        "",
        ["tập huấn"],
        "Hơn 150 cán bộ làm công tác thi đua, khen thưởng của các xã, phường được hướng dẫn "
        "các quy định mới.",
        [
            "Nội dung tập huấn tập trung vào Luật Thi đua, khen thưởng năm 2022, Nghị định "
            "98/2023/NĐ-CP và quy trình công khai, lấy ý kiến nhân dân đối với các trường "
            "hợp đề nghị khen thưởng.",
            "Học viên thực hành lập hồ sơ điện tử và tra cứu kết quả khen thưởng trên cổng "
            "thông tin.",
        ],
        "Ban Thi đua – Khen thưởng tỉnh",
        "meeting",
    ),
    (
        "Xóa nhà tạm cho hộ nghèo: những ngôi nhà mới trước mùa mưa",
        date(2025, 5, 20),
        "ca-nuoc-chung-tay-vi-nguoi-ngheo",
        ["giảm nghèo", "nhà ở"],
        "Nhờ sức dân, sự hỗ trợ của doanh nghiệp và các đoàn thể, nhiều hộ nghèo vùng cao đã "
        "có nhà vững chãi trước mùa mưa lũ.",
        [
            "Ở nhiều bản, thanh niên góp ngày công vận chuyển vật liệu lên những đoạn dốc "
            "xe không vào được.",
            "Các xã đã rà soát, ưu tiên hộ có người già, trẻ nhỏ và người khuyết tật.",
        ],
        "Hội Liên hiệp Phụ nữ tỉnh",
        "village",
    ),
    (
        "Đường về bản mới mở: dân hiến đất, góp công",
        date(2024, 9, 12),
        "chung-suc-xay-dung-nong-thon-moi",
        ["nông thôn mới", "giao thông"],
        "Hàng chục hộ dân tự nguyện hiến đất để mở rộng đường vào bản, rút ngắn thời gian đi "
        "chợ và đưa nông sản ra ngoài.",
        [
            "Con đường bê tông dài hơn 3 km được hoàn thành trong 4 tháng, phần lớn nhờ ngày "
            "công của bà con.",
            "Ban phát triển bản lập sổ theo dõi đóng góp và công khai ở nhà văn hóa.",
        ],
        "Đài Truyền thanh xã",
        "road",
    ),
    (
        "Giáo viên vùng cao giữ học sinh ở lại trường",
        date(2025, 10, 3),
        "doi-moi-sang-tao-trong-day-va-hoc",
        ["giáo dục", "vùng cao"],
        "Những lớp học song ngữ, bữa ăn bán trú và những chuyến đến nhà vận động giúp học "
        "sinh người Mông đến lớp đều đặn.",
        [
            "Các thầy cô học tiếng của học sinh để trò chuyện với phụ huynh.",
            "Tỷ lệ học sinh bỏ học giữa chừng ở nhiều điểm trường đã giảm rõ rệt.",
        ],
        "Sở Giáo dục và Đào tạo",
        "school",
    ),
    (
        "Trạm y tế xã: khám bệnh từ xa cho bản xa",
        date(2025, 8, 14),
        "thi-dua-chuyen-doi-so",
        ["y tế", "chuyển đổi số"],
        "Nhân viên y tế bản dùng điện thoại kết nối bác sĩ tuyến trên, giúp người bệnh không "
        "phải đi xa.",
        [
            "Mỗi ca khám được ghi vào hồ sơ sức khỏe điện tử, bác sĩ tuyến trên theo dõi và "
            "hướng dẫn điều trị.",
            "Mô hình đang được nhân rộng tới các trạm y tế ở vùng đặc biệt khó khăn.",
        ],
        "Sở Y tế",
        "clinic",
    ),
    (
        "Mùa chè mới trên cao nguyên Mộc Châu",
        date(2025, 4, 2),
        "chung-suc-xay-dung-nong-thon-moi",
        ["nông nghiệp", "chè"],
        "Các hợp tác xã chè áp dụng quy trình sản xuất an toàn, đưa sản phẩm đạt chuẩn OCOP "
        "ra thị trường.",
        [
            "Người trồng chè được tập huấn ghi nhật ký sản xuất để truy xuất nguồn gốc.",
            "Doanh thu của nhiều hộ tăng đáng kể so với năm trước.",
        ],
        "Phòng Kinh tế",
        "tea",
    ),
    (
        "Trao Huân chương Lao động cho các tập thể, cá nhân tiêu biểu",
        date(2025, 11, 28),
        "",
        ["khen thưởng", "huân chương"],
        "Tỉnh tổ chức trao Huân chương Lao động của Chủ tịch nước cho các tập thể, cá nhân "
        "có thành tích xuất sắc.",
        [
            "Trong số những người được trao tặng có giáo viên, thầy thuốc và nông dân sản "
            "xuất giỏi ở các xã vùng cao.",
            "Danh sách và quyết định khen thưởng được công khai trên bảng vàng của cổng "
            "thông tin.",
        ],
        "Ban Thi đua – Khen thưởng tỉnh",
        "ceremony",
    ),
    (
        "Cứu hộ trong mưa lũ: những tấm gương quên mình",
        date(2023, 8, 22),
        "",
        ["đột xuất", "mưa lũ"],
        "Lực lượng vũ trang, đoàn viên thanh niên và người dân đã kịp thời sơ tán hàng trăm "
        "hộ khỏi vùng nguy hiểm.",
        [
            "Ủy ban nhân dân tỉnh đã khen thưởng đột xuất các tập thể, cá nhân có thành tích "
            "xuất sắc trong cứu hộ, cứu nạn.",
            "Các xã bị ảnh hưởng đang khẩn trương khắc phục hậu quả, ổn định đời sống.",
        ],
        "Ban Thi đua – Khen thưởng tỉnh",
        "river",
    ),
    (
        "Thanh toán không dùng tiền mặt ở chợ phiên vùng cao",
        date(2024, 6, 8),
        "thi-dua-chuyen-doi-so",
        ["chuyển đổi số", "chợ phiên"],
        "Tổ công nghệ số cộng đồng hướng dẫn tiểu thương cài ứng dụng và dán mã QR thanh "
        "toán.",
        [
            "Người bán rau, thổ cẩm đã quen với việc nhận tiền qua điện thoại.",
            "Mô hình giúp giảm rủi ro khi mang theo tiền mặt đi xa.",
        ],
        "Đoàn Thanh niên xã",
        "digital",
    ),
]

# Short news from the communes, to give the list its everyday rhythm.
COMMUNE_NEWS = [
    (
        "Xã {commune} biểu dương {count} gương điển hình tiên tiến",
        ["biểu dương", "gương điển hình"],
        "Hội nghị biểu dương những tập thể, cá nhân có nhiều đóng góp cho phong trào thi đua "
        "của xã trong năm.",
        "Những người được biểu dương là nông dân sản xuất giỏi, giáo viên, nhân viên y tế "
        "bản và những người có uy tín trong cộng đồng.",
        "ceremony",
    ),
    (
        "{commune}: bản văn hóa giữ gìn nếp sống đẹp",
        ["văn hóa", "nông thôn mới"],
        "Các bản duy trì sinh hoạt văn nghệ, giữ vệ sinh đường làng và bảo tồn tiếng nói, "
        "trang phục truyền thống.",
        "Xã lồng ghép phong trào với xây dựng nông thôn mới, mỗi bản có quy ước riêng được "
        "bà con cùng bàn bạc.",
        "village",
    ),
    (
        "Xã {commune} ký giao ước thi đua năm {year}",
        ["giao ước thi đua"],
        "Các thôn, bản và đoàn thể ký giao ước thi đua, cam kết hoàn thành chỉ tiêu phát "
        "triển kinh tế – xã hội.",
        "Kết quả thực hiện giao ước là căn cứ để bình xét khen thưởng cuối năm.",
        "meeting",
    ),
    (
        "Nông dân {commune} chuyển đổi cây trồng trên đất dốc",
        ["nông nghiệp", "giảm nghèo"],
        "Nhiều hộ chuyển từ trồng ngô sang cây ăn quả, kết hợp trồng cỏ chống xói mòn.",
        "Cán bộ khuyến nông theo sát từng vườn, hướng dẫn kỹ thuật ghép và chăm sóc.",
        "tea",
    ),
]

# Example stories: the honoree is chosen in the registry by position; the title names
# them. (title, field, movement slug, position wanted, summary, practice, paragraphs,
# illustration, featured)
STORIES = [
    (
        "{name}: lớp học song ngữ trên đỉnh núi",
        "education",
        "doi-moi-sang-tao-trong-day-va-hoc",
        "Giáo viên",
        "Mười năm gắn bó với điểm trường bản, {name} giúp học sinh dân tộc thiểu số vững "
        "tiếng Việt mà không quên tiếng mẹ đẻ.",
        "<ol><li>Học vài trăm từ tiếng địa phương để nói chuyện với phụ huynh;</li>"
        "<li>Dạy tiếng Việt bằng tranh về cảnh vật quen thuộc của bản;</li><li>Mời người "
        "cao tuổi kể chuyện cổ cho học sinh mỗi tháng một lần.</li></ol>"
        "<p>Sau hai năm, không học sinh nào của lớp bỏ học giữa chừng.</p>",
        [
            "Mỗi sáng, cô giáo đi bộ gần một giờ đường dốc đến điểm trường.",
            "Cách làm được trường nhân rộng sang các điểm trường khác trong xã.",
        ],
        "school",
        True,
    ),
    (
        "Người y sĩ của những bản xa: {name}",
        "health",
        "thi-dua-chuyen-doi-so",
        "Y sĩ",
        "{name} đưa hồ sơ sức khỏe điện tử về tận bản, giúp người bệnh được bác sĩ tuyến "
        "trên theo dõi mà không phải đi xa.",
        "<ul><li>Lập danh sách người cao tuổi, phụ nữ mang thai cần theo dõi;</li><li>Dùng "
        "điện thoại gửi chỉ số sức khỏe cho bác sĩ tuyến trên;</li><li>Tổ chức khám định kỳ "
        "tại nhà văn hóa bản.</li></ul>",
        ["Người dân gọi anh là “bác sĩ của bản” dù anh là y sĩ."],
        "clinic",
        True,
    ),
    (
        "Vườn cây ăn quả trên đất dốc của {name}",
        "agriculture",
        "chung-suc-xay-dung-nong-thon-moi",
        "Nông dân sản xuất giỏi",
        "Từ nương ngô bạc màu, {name} trồng xoài, nhãn theo đường đồng mức, có thu nhập ổn "
        "định và hướng dẫn cho nhiều hộ trong bản.",
        "<ol><li>Trồng cây theo đường đồng mức, xen cỏ chống xói mòn;</li><li>Ghép giống "
        "tốt, tưới nhỏ giọt bằng nước khe;</li><li>Cùng các hộ khác lập tổ hợp tác để bán "
        "chung.</li></ol>",
        ["Mỗi vụ thu hoạch, vườn nhà anh là nơi bà con đến học cách làm."],
        "tea",
        True,
    ),
    (
        "{name} và tổ công nghệ số cộng đồng",
        "digital",
        "thi-dua-chuyen-doi-so",
        "Kỹ thuật viên",
        "Tổ công nghệ số do {name} phụ trách đã giúp hàng trăm người dân làm thủ tục trực "
        "tuyến và thanh toán không dùng tiền mặt.",
        "<ul><li>Trực ở nhà văn hóa tối thứ Bảy hằng tuần;</li><li>Hướng dẫn từng bước, "
        "ghi ra giấy cho người cao tuổi;</li><li>Dùng tiếng dân tộc khi cần.</li></ul>",
        ["Nhiều người lần đầu tự nộp hồ sơ trên điện thoại."],
        "digital",
        False,
    ),
    (
        "Nghệ nhân {name} giữ điệu xòe",
        "culture",
        "",
        "Nghệ nhân",
        "{name} mở lớp dạy xòe, dạy hát cho thanh thiếu niên trong bản, góp phần giữ gìn "
        "bản sắc văn hóa.",
        "<p>Lớp học miễn phí mỗi tối cuối tuần; học viên lớn kèm học viên nhỏ; bản tổ "
        "chức biểu diễn trong các ngày lễ.</p>",
        ["Các điệu xòe cổ được ghi hình để lưu giữ."],
        "village",
        False,
    ),
    (
        "Công an xã {name}: bình yên bản làng",
        "security",
        "",
        "Chiến sĩ",
        "{name} cùng tổ an ninh bản vận động bà con giao nộp vũ khí tự chế, giữ bình yên "
        "cho bản làng.",
        "<p>Đến từng nhà, nói chuyện bằng tiếng dân tộc, phối hợp với người có uy tín trong "
        "bản.</p>",
        ["Bản nhiều năm liền không có tội phạm."],
        "village",
        False,
    ),
    (
        "{name}: hợp tác xã đưa chè sạch đi xa",
        "enterprise",
        "chung-suc-xay-dung-nong-thon-moi",
        "Giám đốc",
        "Hợp tác xã do {name} điều hành liên kết các hộ trồng chè, áp dụng quy trình an toàn "
        "và đưa sản phẩm đạt chuẩn OCOP.",
        "<ol><li>Ký hợp đồng bao tiêu với từng hộ;</li><li>Ghi nhật ký sản xuất để truy xuất "
        "nguồn gốc;</li><li>Bán hàng qua sàn thương mại điện tử.</li></ol>",
        ["Thu nhập của xã viên tăng đều qua các năm."],
        "tea",
        True,
    ),
    (
        "{name} vận động bà con làm đường",
        "administration",
        "chung-suc-xay-dung-nong-thon-moi",
        "Trưởng bản",
        "Nhờ {name} kiên trì vận động, các hộ trong bản đã hiến đất, góp ngày công mở "
        "đường bê tông về trung tâm xã.",
        "<p>Họp bản công khai từng khoản đóng góp; chia việc theo nhóm hộ; người làm trước "
        "làm mẫu.</p>",
        ["Đường mới giúp nông sản ra chợ nhanh hơn."],
        "road",
        False,
    ),
    (
        "Điều dưỡng {name} và những ca trực đêm vùng lũ",
        "health",
        "",
        "Điều dưỡng",
        "Trong trận lũ năm 2023, {name} đã cùng đồng nghiệp cấp cứu người bị thương, giữ "
        "vững trực 24/24.",
        "<p>Lập kế hoạch ứng phó trước mùa mưa; dự trữ thuốc, dụng cụ ở điểm cao.</p>",
        ["Anh chị được khen thưởng đột xuất vì thành tích cứu hộ."],
        "river",
        False,
    ),
    (
        "{name}: công nhân giỏi của nhà máy đường",
        "enterprise",
        "",
        "Công nhân",
        "Với nhiều sáng kiến cải tiến quy trình, {name} giúp phân xưởng tiết kiệm điện và "
        "giảm thời gian dừng máy.",
        "<p>Ghi chép các sự cố, đề xuất cách sửa; chia sẻ kinh nghiệm cho công nhân mới.</p>",
        ["Sáng kiến của anh được công nhận ở cấp cơ sở."],
        "meeting",
        False,
    ),
    (
        "Nhân viên y tế bản {name}: mỗi nhà một sổ sức khỏe",
        "social",
        "ca-nuoc-chung-tay-vi-nguoi-ngheo",
        "Nhân viên y tế bản",
        "{name} đến từng nhà lập sổ theo dõi sức khỏe, vận động bà con sinh con ở trạm y tế.",
        "<p>Lịch thăm hộ theo tuần; ưu tiên hộ nghèo, phụ nữ mang thai; phối hợp với trưởng "
        "bản.</p>",
        ["Tỷ lệ phụ nữ sinh con tại cơ sở y tế của bản tăng rõ."],
        "clinic",
        False,
    ),
    (
        "Cô giáo mầm non {name} và bữa ăn bán trú",
        "education",
        "ca-nuoc-chung-tay-vi-nguoi-ngheo",
        "Giáo viên mầm non",
        "{name} vận động phụ huynh góp rau, củi để các cháu có bữa trưa đủ chất ở trường.",
        "<p>Lập vườn rau của lớp; mỗi tuần một nhóm phụ huynh góp công; công khai thực đơn.</p>",
        ["Các cháu đi học đều hơn, cân nặng được cải thiện."],
        "school",
        True,
    ),
]
