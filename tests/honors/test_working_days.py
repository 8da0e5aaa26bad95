"""The working-day calendar and the comment period it measures."""

from datetime import date, datetime

import pytest
from django.utils import timezone

from honors.models import (
    DisclosurePage,
    DisclosureStatus,
    Holiday,
    add_working_days,
    working_days_after,
)

from . import factories

pytestmark = pytest.mark.django_db


def local(*args):
    return timezone.make_aware(datetime(*args))


def test_the_public_holidays_of_2025_to_2027_are_preloaded():
    days = set(Holiday.objects.filter(kind="day_off").values_list("date", flat=True))

    assert {
        date(2025, 1, 1),
        date(2025, 4, 7),
        date(2025, 4, 30),
        date(2025, 9, 2),
    } <= days
    assert {date(2026, 2, day) for day in range(16, 21)} <= days  # Tết Bính Ngọ
    assert date(2026, 4, 27) in days  # Giỗ Tổ moved off a Sunday
    assert {date(2027, 1, 1), date(2027, 9, 2)} <= days
    assert Holiday.objects.get(date=date(2025, 4, 26)).kind == "makeup_workday"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2026, 11, 23), date(2026, 11, 27), 4),  # Mon → Fri
        (date(2026, 11, 27), date(2026, 11, 30), 1),  # over a weekend
        (date(2026, 2, 13), date(2026, 2, 23), 1),  # Tết Bính Ngọ: only Mon 23/2
        (
            date(2025, 4, 25),
            date(2025, 5, 5),
            4,
        ),  # Sat 26/4 is worked, 30/4–2/5 are off
        (date(2026, 11, 27), date(2026, 11, 27), 0),
        (date(2026, 11, 27), date(2026, 11, 20), 0),
    ],
)
def test_working_days_skip_weekends_and_holidays_and_count_makeup_saturdays(
    start, end, expected
):
    assert working_days_after(start, end) == expected


def test_ten_working_days_after_a_date():
    assert add_working_days(date(2026, 11, 20), 10) == date(2026, 12, 4)
    assert add_working_days(date(2026, 2, 10), 10) == date(2026, 3, 3)


def test_an_editor_added_holiday_moves_the_deadline():
    assert add_working_days(date(2026, 11, 20), 10) == date(2026, 12, 4)  # a Friday
    Holiday.objects.create(date=date(2026, 11, 24), name="Ngày Văn hóa (thử)")

    assert add_working_days(date(2026, 11, 20), 10) == date(2026, 12, 7)  # next Monday


def test_the_period_closes_by_default_at_the_end_of_the_tenth_working_day(home_page):
    page = factories.disclosure(home_page, opens_at=local(2026, 2, 10, 8, 0))
    page.closes_at = None
    page.save()

    assert timezone.localtime(page.closes_at) == local(2026, 3, 3, 23, 59, 59)


def test_a_period_shorter_than_the_law_gets_a_warning_not_a_refusal(home_page):
    page = factories.disclosure(
        home_page,
        opens_at=local(2026, 11, 20, 8, 0),
        closes_at=local(2026, 11, 27, 17, 0),
        council_meeting_on=date(2026, 11, 30),
    )

    warnings = [str(w) for w in page.period_warnings()]

    assert any("chỉ có 5 ngày làm việc, ít hơn 10 ngày" in w for w in warnings)
    assert any(
        "Hội đồng họp chỉ 6 ngày làm việc sau ngày công khai" in w for w in warnings
    )
    page.full_clean()  # a warning, not an error


def test_a_period_of_ten_working_days_is_fine(home_page):
    page = factories.disclosure(
        home_page,
        opens_at=local(2026, 11, 20, 8, 0),
        closes_at=local(2026, 12, 4, 23, 59, 59),
        council_meeting_on=date(2026, 12, 18),
    )

    assert page.period_warnings() == []


def test_closing_before_opening_is_refused(home_page):
    page = DisclosurePage(
        opens_at=local(2026, 11, 20, 8), closes_at=local(2026, 11, 19, 8)
    )

    with pytest.raises(Exception, match="Hạn góp ý phải sau"):
        page.clean()


def test_status_follows_the_clock_and_the_decision(home_page):
    page = factories.disclosure(
        home_page, opens_at=local(2026, 11, 20, 8), closes_at=local(2026, 12, 4, 17)
    )

    assert page.status(local(2026, 11, 19, 12)) == DisclosureStatus.UPCOMING
    assert page.status(local(2026, 12, 4, 16, 59, 59)) == DisclosureStatus.OPEN
    assert page.status(local(2026, 12, 4, 17, 0, 0)) == DisclosureStatus.CLOSED
    page.decided_on = date(2026, 12, 20)
    assert page.status(local(2026, 12, 21)) == DisclosureStatus.DECIDED


def test_the_countdown_counts_working_days_left_including_today(home_page):
    page = factories.disclosure(
        home_page, opens_at=local(2026, 11, 20, 8), closes_at=local(2026, 12, 4, 23, 59)
    )

    assert page.working_days_left(local(2026, 11, 30, 9)) == 5  # Mon 30/11 → Fri 4/12
    assert page.working_days_left(local(2026, 12, 5, 9)) == 0


def test_the_warning_hook_runs_when_editors_save_disclosures():
    from wagtail import hooks

    from honors.wagtail_hooks import _warn_about_the_period

    assert _warn_about_the_period in hooks.get_hooks("after_create_page")
    assert _warn_about_the_period in hooks.get_hooks("after_edit_page")
