"""The working-day calendar the law counts disclosure periods in.

Working days are Monday to Friday, less public holidays, plus the Saturdays the
government turns into working days when it moves a day off (làm bù). The list changes
every year, so editors keep it as data; a migration preloads 2025–2027.
"""

from datetime import date, datetime, time, timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Holiday(models.Model):
    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("Ngày nghỉ")
        MAKEUP_WORKDAY = "makeup_workday", _("Ngày làm bù (cuối tuần đi làm)")

    date = models.DateField(_("ngày"), unique=True)
    name = models.CharField(
        _("tên"),
        max_length=120,
        help_text=_(
            "Ví dụ: Tết Nguyên đán; Giỗ Tổ Hùng Vương (nghỉ bù); làm bù cho ngày 2/5."
        ),
    )
    kind = models.CharField(
        _("loại"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.DAY_OFF,
        help_text=_(
            "Ngày nghỉ: ngày thường được nghỉ. Ngày làm bù: thứ Bảy, Chủ nhật phải đi làm "
            "để bù cho một ngày nghỉ."
        ),
    )

    class Meta:
        verbose_name = _("ngày nghỉ lễ")
        verbose_name_plural = _("ngày nghỉ lễ")
        ordering = ["date"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y} – {self.name}"


class WorkingCalendar:
    """Working days between two dates, read from the holiday list once."""

    def __init__(self, start: date, end: date):
        rows = Holiday.objects.filter(date__range=(start, end)).values_list(
            "date", "kind"
        )
        self.days_off = {day for day, kind in rows if kind == Holiday.Kind.DAY_OFF}
        self.makeup_days = {
            day for day, kind in rows if kind == Holiday.Kind.MAKEUP_WORKDAY
        }

    def is_working_day(self, day: date) -> bool:
        if day in self.makeup_days:
            return True
        return day.weekday() < 5 and day not in self.days_off

    def working_days_after(self, start: date, end: date) -> int:
        """Working days d with start < d <= end."""
        count, day = 0, start + timedelta(days=1)
        while day <= end:
            count += self.is_working_day(day)
            day += timedelta(days=1)
        return count

    def add_working_days(self, start: date, days: int) -> date:
        """The day on which `days` working days after `start` are complete."""
        day, counted = start, 0
        while counted < days:
            day += timedelta(days=1)
            counted += self.is_working_day(day)
        return day


#: A generous window: 10 working days never span more than a month, even over Tết.
_LOOKAHEAD = timedelta(days=60)


def working_days_after(start: date, end: date) -> int:
    if end <= start:
        return 0
    return WorkingCalendar(start, end).working_days_after(start, end)


def add_working_days(start: date, days: int) -> date:
    return WorkingCalendar(
        start, start + _LOOKAHEAD * (1 + days // 20)
    ).add_working_days(start, days)


def end_of_day(day: date) -> datetime:
    """The last second of a day, in the portal's time zone (Asia/Ho_Chi_Minh)."""
    return timezone.make_aware(datetime.combine(day, time(23, 59, 59)))
