"""The catalogue of awards of the Law on Emulation and Commendation 06/2022/QH15.

Forms of commendation (Art. 9), state honorary titles, prizes, and the emulation titles
for individuals, collectives and households, each with the level that decides it. Editors
can add entries (a ministry's Kỷ niệm chương, say) in the admin. The data lives here, not
in app code, so this migration means the same thing forever.
"""

from django.db import migrations

# (name, English name, form, level, recipients: I individuals, C collectives,
# H households, aliases)
CATALOGUE = [
    # State level: decided by the President
    ("Huân chương Sao vàng", "Gold Star Order", "order", "state", "C", ""),
    ("Huân chương Hồ Chí Minh", "Ho Chi Minh Order", "order", "state", "IC", ""),
    (
        "Huân chương Độc lập hạng Nhất",
        "Independence Order, First Class",
        "order",
        "state",
        "IC",
        "",
    ),
    (
        "Huân chương Độc lập hạng Nhì",
        "Independence Order, Second Class",
        "order",
        "state",
        "IC",
        "",
    ),
    (
        "Huân chương Độc lập hạng Ba",
        "Independence Order, Third Class",
        "order",
        "state",
        "IC",
        "",
    ),
    (
        "Huân chương Lao động hạng Nhất",
        "Labour Order, First Class",
        "order",
        "state",
        "IC",
        "Huân chương Lao động hạng I",
    ),
    (
        "Huân chương Lao động hạng Nhì",
        "Labour Order, Second Class",
        "order",
        "state",
        "IC",
        "Huân chương Lao động hạng II",
    ),
    (
        "Huân chương Lao động hạng Ba",
        "Labour Order, Third Class",
        "order",
        "state",
        "IC",
        "Huân chương Lao động hạng III",
    ),
    ("Huân chương Dũng cảm", "Bravery Order", "order", "state", "I", ""),
    (
        "Huân chương Đại đoàn kết dân tộc",
        "Great National Unity Order",
        "order",
        "state",
        "I",
        "",
    ),
    ("Huân chương Hữu nghị", "Friendship Order", "order", "state", "IC", ""),
    (
        "Huy chương Chiến sĩ vẻ vang hạng Nhất",
        "Glorious Soldier Medal, First Class",
        "medal",
        "state",
        "I",
        "",
    ),
    (
        "Huy chương Chiến sĩ vẻ vang hạng Nhì",
        "Glorious Soldier Medal, Second Class",
        "medal",
        "state",
        "I",
        "",
    ),
    (
        "Huy chương Chiến sĩ vẻ vang hạng Ba",
        "Glorious Soldier Medal, Third Class",
        "medal",
        "state",
        "I",
        "",
    ),
    ("Huy chương Hữu nghị", "Friendship Medal", "medal", "state", "I", ""),
    (
        "Anh hùng Lao động",
        "Hero of Labour",
        "state_title",
        "state",
        "IC",
        "Danh hiệu Anh hùng Lao động",
    ),
    (
        "Anh hùng Lực lượng vũ trang nhân dân",
        "Hero of the People's Armed Forces",
        "state_title",
        "state",
        "IC",
        "",
    ),
    (
        "Bà mẹ Việt Nam anh hùng",
        "Vietnamese Heroic Mother",
        "state_title",
        "state",
        "I",
        "",
    ),
    ("Nhà giáo Nhân dân", "People's Teacher", "state_title", "state", "I", ""),
    ("Nhà giáo Ưu tú", "Meritorious Teacher", "state_title", "state", "I", ""),
    ("Thầy thuốc Nhân dân", "People's Physician", "state_title", "state", "I", ""),
    ("Thầy thuốc Ưu tú", "Meritorious Physician", "state_title", "state", "I", ""),
    ("Nghệ sĩ Nhân dân", "People's Artist", "state_title", "state", "I", ""),
    ("Nghệ sĩ Ưu tú", "Meritorious Artist", "state_title", "state", "I", ""),
    ("Nghệ nhân Nhân dân", "People's Artisan", "state_title", "state", "I", ""),
    ("Nghệ nhân Ưu tú", "Meritorious Artisan", "state_title", "state", "I", ""),
    ("Giải thưởng Hồ Chí Minh", "Ho Chi Minh Prize", "prize", "state", "IC", ""),
    ("Giải thưởng Nhà nước", "State Prize", "prize", "state", "IC", ""),
    # Prime Minister
    (
        "Chiến sĩ thi đua toàn quốc",
        "National Emulation Fighter",
        "emulation_title",
        "prime_minister",
        "I",
        "",
    ),
    (
        "Cờ thi đua của Chính phủ",
        "Government Emulation Flag",
        "emulation_flag",
        "prime_minister",
        "C",
        "",
    ),
    (
        "Bằng khen của Thủ tướng Chính phủ",
        "Prime Minister's Certificate of Merit",
        "certificate_of_merit",
        "prime_minister",
        "ICH",
        "Bằng khen Thủ tướng Chính phủ\nBằng khen Thủ tướng",
    ),
    # Ministry, sector, province
    (
        "Chiến sĩ thi đua cấp bộ, ngành, tỉnh",
        "Ministerial or Provincial Emulation Fighter",
        "emulation_title",
        "ministry_province",
        "I",
        "Chiến sĩ thi đua cấp tỉnh\nChiến sĩ thi đua cấp bộ",
    ),
    (
        "Cờ thi đua của Ủy ban nhân dân tỉnh",
        "Provincial Emulation Flag",
        "emulation_flag",
        "ministry_province",
        "C",
        "Cờ thi đua của UBND tỉnh\nCờ thi đua UBND tỉnh\nCờ thi đua cấp tỉnh",
    ),
    (
        "Cờ thi đua của bộ, ngành, đoàn thể trung ương",
        "Ministerial Emulation Flag",
        "emulation_flag",
        "ministry_province",
        "C",
        "Cờ thi đua cấp bộ",
    ),
    (
        "Tập thể lao động xuất sắc",
        "Outstanding Labour Collective",
        "emulation_title",
        "ministry_province",
        "C",
        "",
    ),
    (
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
        "Provincial Chairman's Certificate of Merit",
        "certificate_of_merit",
        "ministry_province",
        "ICH",
        "Bằng khen của Chủ tịch UBND tỉnh\nBằng khen UBND tỉnh\nBằng khen Chủ tịch UBND tỉnh\nBằng khen cấp tỉnh",
    ),
    (
        "Bằng khen của bộ, ngành, đoàn thể trung ương",
        "Ministerial Certificate of Merit",
        "certificate_of_merit",
        "ministry_province",
        "IC",
        "Bằng khen cấp bộ\nBằng khen của Bộ trưởng",
    ),
    (
        "Kỷ niệm chương",
        "Commemorative Medal",
        "commemorative_medal",
        "ministry_province",
        "I",
        "",
    ),
    # Commune, ward, agency or unit
    (
        "Chiến sĩ thi đua cơ sở",
        "Grassroots Emulation Fighter",
        "emulation_title",
        "commune_unit",
        "I",
        "CSTĐ cơ sở",
    ),
    (
        "Lao động tiên tiến",
        "Advanced Worker",
        "emulation_title",
        "commune_unit",
        "I",
        "Chiến sĩ tiên tiến",
    ),
    (
        "Tập thể lao động tiên tiến",
        "Advanced Labour Collective",
        "emulation_title",
        "commune_unit",
        "C",
        "",
    ),
    (
        "Thôn, tổ dân phố tiêu biểu",
        "Model Village or Residential Group",
        "emulation_title",
        "commune_unit",
        "C",
        "Bản tiêu biểu\nThôn tiêu biểu",
    ),
    (
        "Gia đình tiêu biểu",
        "Model Family",
        "emulation_title",
        "commune_unit",
        "H",
        "Gia đình văn hóa",
    ),
    (
        "Giấy khen",
        "Certificate of Commendation",
        "certificate_of_commendation",
        "commune_unit",
        "ICH",
        "Giấy khen của Chủ tịch UBND xã\nGiấy khen của Chủ tịch UBND phường",
    ),
]


def load_catalogue(apps, schema_editor):
    Award = apps.get_model("honors", "Award")
    for order, (name, name_en, form, level, recipients, aliases) in enumerate(
        CATALOGUE, start=1
    ):
        Award.objects.get_or_create(
            name=name,
            defaults={
                "name_en": name_en,
                "form": form,
                "level": level,
                "for_individuals": "I" in recipients,
                "for_collectives": "C" in recipients,
                "for_households": "H" in recipients,
                "display_order": order * 10,
                "aliases": aliases,
            },
        )


def unload_catalogue(apps, schema_editor):
    Award = apps.get_model("honors", "Award")
    Award.objects.filter(
        name__in=[entry[0] for entry in CATALOGUE], honours__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("honors", "0001_initial")]

    operations = [migrations.RunPython(load_catalogue, unload_catalogue)]
