"""Vietnam's public holidays for public servants, 2025–2027.

2025 and 2026 as announced (Tết Ất Tỵ 25/1–2/2/2025 with 27–31/1 off; 30/4–4/5/2025
with 2/5 moved to Saturday 26/4; Tết Bính Ngọ 14–22/2/2026 with 16–20/2 off; Giỗ Tổ
2026 on a Sunday, moved to Monday 27/4). The 2027 days follow the Labour Code and the
usual pattern and are marked "dự kiến" until announced: editors correct them in the
admin when the government publishes the year's schedule.
"""

from datetime import date

from django.db import migrations

DAY_OFF, MAKEUP = "day_off", "makeup_workday"

HOLIDAYS = [
    (date(2025, 1, 1), "Tết Dương lịch", DAY_OFF),
    *((date(2025, 1, day), "Tết Nguyên đán Ất Tỵ", DAY_OFF) for day in range(27, 32)),
    (date(2025, 4, 7), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", DAY_OFF),
    (date(2025, 4, 26), "Làm bù cho ngày 2/5/2025", MAKEUP),
    (date(2025, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước", DAY_OFF),
    (date(2025, 5, 1), "Ngày Quốc tế Lao động", DAY_OFF),
    (date(2025, 5, 2), "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)", DAY_OFF),
    (date(2025, 9, 1), "Quốc khánh (ngày liền kề)", DAY_OFF),
    (date(2025, 9, 2), "Quốc khánh", DAY_OFF),
    (date(2026, 1, 1), "Tết Dương lịch", DAY_OFF),
    *(
        (date(2026, 2, day), "Tết Nguyên đán Bính Ngọ", DAY_OFF)
        for day in range(16, 21)
    ),
    (date(2026, 4, 27), "Giỗ Tổ Hùng Vương (nghỉ bù cho Chủ nhật 26/4)", DAY_OFF),
    (date(2026, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước", DAY_OFF),
    (date(2026, 5, 1), "Ngày Quốc tế Lao động", DAY_OFF),
    (date(2026, 9, 1), "Quốc khánh (ngày liền kề)", DAY_OFF),
    (date(2026, 9, 2), "Quốc khánh", DAY_OFF),
    (date(2027, 1, 1), "Tết Dương lịch", DAY_OFF),
    *(
        (date(2027, 2, day), "Tết Nguyên đán Đinh Mùi (dự kiến)", DAY_OFF)
        for day in (4, 5, 8, 9, 10)
    ),
    (date(2027, 4, 16), "Giỗ Tổ Hùng Vương (dự kiến)", DAY_OFF),
    (date(2027, 4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước", DAY_OFF),
    (
        date(2027, 5, 3),
        "Ngày Quốc tế Lao động (nghỉ bù cho thứ Bảy 1/5, dự kiến)",
        DAY_OFF,
    ),
    (date(2027, 9, 2), "Quốc khánh", DAY_OFF),
    (date(2027, 9, 3), "Quốc khánh (ngày liền kề, dự kiến)", DAY_OFF),
]


def load(apps, schema_editor):
    Holiday = apps.get_model("honors", "Holiday")
    for day, name, kind in HOLIDAYS:
        Holiday.objects.get_or_create(date=day, defaults={"name": name, "kind": kind})


def unload(apps, schema_editor):
    apps.get_model("honors", "Holiday").objects.filter(
        date__in=[day for day, _, _ in HOLIDAYS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("honors", "0004_disclosures_and_comments")]

    operations = [migrations.RunPython(load, unload)]
