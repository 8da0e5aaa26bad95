"""`make run` publishes scheduled pages: run_scheduler calls publish_scheduled again and
again, and says what it did."""

import io
from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from tests.honors import factories

pytestmark = pytest.mark.django_db


def test_the_scheduler_publishes_a_page_when_its_time_comes(home_page):
    page = factories.news(home_page, "Tin hẹn giờ", publish=False)
    go_live = timezone.now() + timedelta(hours=1)
    page.go_live_at = go_live
    page.save_revision().publish()  # approved: scheduled, not live
    output = io.StringIO()

    call_command("run_scheduler", runs=1, interval=0, stdout=output)
    before = type(page).objects.get(pk=page.pk).live
    with time_machine.travel(go_live + timedelta(minutes=1)):
        call_command("run_scheduler", runs=2, interval=0, stdout=output)

    assert not before
    assert type(page).objects.get(pk=page.pk).live
    assert "Tin hẹn giờ" in output.getvalue()


def test_the_scheduler_says_it_is_running_even_when_nothing_is_due(db):
    output = io.StringIO()

    call_command("run_scheduler", runs=1, interval=60, stdout=output)

    assert output.getvalue().splitlines() == [
        "Lịch xuất bản: kiểm tra trang hẹn giờ mỗi 60 giây (Ctrl+C để dừng cùng máy chủ)."
    ]
