"""A dossier's way from the unit to the decision: who may take which step when, the
working-day clock (holidays, weekends, make-up Saturdays, returns and resubmissions, the
day boundary in Asia/Ho_Chi_Minh), the codes, the audit log and the unit's mail."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import ModelLogEntry

from honors.dossiers import checks, process
from honors.dossiers.choices import DocumentKind, DossierState
from honors.dossiers.models import AwardRequirement, Dossier, DossierRules
from honors.models import Holiday

from . import factories

pytestmark = pytest.mark.django_db

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def at(year, month, day, hour=9, minute=0):
    """A moment in Vietnam's time."""
    return datetime(year, month, day, hour, minute, tzinfo=VIETNAM)


@pytest.fixture
def officer():
    return get_user_model().objects.create_user(
        "donvi", email="donvi@example.vn", password="x"
    )


@pytest.fixture
def secretary():
    return get_user_model().objects.create_user("thuky", password="x")


@pytest.fixture
def unit(officer):
    return factories.unit(officers=[officer])


@pytest.fixture
def three_day_limit():
    """A short limit and the 2029 holidays, so every day of the count is visible."""
    award = factories.award()
    AwardRequirement.objects.create(award=award, time_limit_days=3)
    Holiday.objects.create(date=date(2029, 4, 30), name="Giải phóng miền Nam")
    Holiday.objects.create(date=date(2029, 5, 1), name="Quốc tế Lao động")
    return award


def step(name, dossier, user, **details):
    return process.take(name, dossier, user, version=dossier.version, **details)


def test_a_complete_draft_is_sent_with_the_next_code_of_the_year(unit, officer):
    first, second = factories.dossier(unit), factories.dossier(unit)

    with time_machine.travel(at(2029, 3, 2)):
        step("send", first, officer)
        step("send", second, officer)

    assert (first.code, second.code) == ("HS-2029-000001", "HS-2029-000002")
    assert first.state == DossierState.SENT
    assert first.due_on is None  # the clock starts when the secretariat receives it


def test_an_incomplete_dossier_cannot_be_sent_and_says_what_is_missing(unit, officer):
    dossier = factories.dossier(unit, complete=False, nominees=("Cầm Thị Hoa",))

    with pytest.raises(process.StepRefused) as refusal:
        step("send", dossier, officer)

    message = str(refusal.value)
    assert "tờ trình kèm danh sách" in message
    assert "biên bản họp hội đồng" in message
    assert "báo cáo thành tích của Cầm Thị Hoa" in message
    dossier.refresh_from_db()
    assert (dossier.state, dossier.code) == (DossierState.DRAFT, None)


def test_an_award_that_asks_for_the_spreadsheet_list_is_not_sent_without_it(
    unit, officer
):
    dossier = factories.dossier(unit)
    AwardRequirement.objects.create(award=dossier.awards.get(), needs_nominee_list=True)

    assert checks.missing(dossier) == ["thiếu danh sách đề nghị (bảng tính)"]


def test_the_due_date_skips_weekends_and_holidays(
    unit, officer, secretary, three_day_limit
):
    dossier = factories.dossier(unit, award_=three_day_limit)
    step("send", dossier, officer)

    with time_machine.travel(at(2029, 4, 27)):  # a Friday before 30/4 and 1/5
        step("receive", dossier, secretary, receipt_number="15/TN")

    assert dossier.received_on == date(2029, 4, 27)
    assert dossier.receipt_number == "15/TN"
    # Mon 30/4 and Tue 1/5 are holidays: Wed 2, Thu 3, Fri 4.
    assert dossier.due_on == date(2029, 5, 4)


def test_a_make_up_saturday_counts_as_a_working_day(
    unit, officer, secretary, three_day_limit
):
    Holiday.objects.create(
        date=date(2029, 4, 28),
        name="Làm bù",
        kind=Holiday.Kind.MAKEUP_WORKDAY,
    )
    dossier = factories.dossier(unit, award_=three_day_limit)
    step("send", dossier, officer)

    with time_machine.travel(at(2029, 4, 27)):
        step("receive", dossier, secretary)

    # Sat 28/4 is worked: Sat 28, Wed 2, Thu 3.
    assert dossier.due_on == date(2029, 5, 3)
    assert dossier.receipt_number == dossier.code


def test_the_day_is_vietnam_s_day(unit, officer, secretary, three_day_limit):
    dossier = factories.dossier(unit, award_=three_day_limit)
    step("send", dossier, officer)

    # 00:30 on Friday in Vietnam is still Thursday in UTC.
    with time_machine.travel(at(2029, 4, 27, 0, 30)):
        step("receive", dossier, secretary)

    assert dossier.received_on == date(2029, 4, 27)
    assert dossier.due_on == date(2029, 5, 4)


def test_a_return_stops_the_clock_and_a_resubmission_starts_it_again(
    unit, officer, secretary, three_day_limit
):
    dossier = factories.dossier(unit, award_=three_day_limit)
    step("send", dossier, officer)
    code = dossier.code
    with time_machine.travel(at(2029, 4, 23)):
        step("receive", dossier, secretary)
    assert dossier.due_on == date(2029, 4, 26)

    with time_machine.travel(at(2029, 4, 24)):
        step("return", dossier, secretary, note="Thiếu biên bản họp có chữ ký.")
    assert dossier.state == DossierState.RETURNED
    assert dossier.due_on is None
    assert dossier.return_reason == "Thiếu biên bản họp có chữ ký."

    with time_machine.travel(at(2029, 5, 7)):  # a Monday, after the holidays
        step("send", dossier, officer)
    assert dossier.code == code  # the same dossier, the same code
    assert dossier.clock_started_on == date(2029, 5, 7)
    assert dossier.due_on == date(2029, 5, 10)

    with time_machine.travel(at(2029, 5, 8)):
        step("receive", dossier, secretary)
    assert dossier.received_on == date(2029, 4, 23)  # first receipt kept
    assert dossier.due_on == date(2029, 5, 10)  # counted from the resubmission


def test_a_return_needs_a_reason(unit, officer, secretary):
    dossier = factories.dossier(unit)
    step("send", dossier, officer)

    with pytest.raises(process.StepRefused, match="cần bổ sung"):
        step("return", dossier, secretary, note="  ")


def test_the_province_s_default_limit_applies_without_a_requirement(
    unit, officer, secretary
):
    rules = DossierRules.load()
    rules.default_time_limit_days = 10
    rules.save()
    dossier = factories.dossier(unit)
    step("send", dossier, officer)

    with time_machine.travel(at(2029, 6, 1)):  # a Friday
        step("receive", dossier, secretary)

    assert dossier.due_on == date(2029, 6, 15)


def test_the_longest_limit_of_the_forms_asked_for_applies(unit, officer, secretary):
    bang_khen = factories.award()
    chien_si = factories.award("Chiến sĩ thi đua cấp bộ, ngành, tỉnh")
    AwardRequirement.objects.create(award=bang_khen, time_limit_days=5)
    AwardRequirement.objects.create(award=chien_si, time_limit_days=10)
    dossier = factories.dossier(unit, award_=bang_khen)
    dossier.awards.add(chien_si)
    step("send", dossier, officer)

    with time_machine.travel(at(2029, 6, 1)):
        step("receive", dossier, secretary)

    assert dossier.due_on == date(2029, 6, 15)


def test_the_whole_way_to_the_decision_and_whether_it_was_on_time(
    unit, officer, secretary, three_day_limit
):
    dossier = factories.dossier(unit, award_=three_day_limit)
    step("send", dossier, officer)
    with time_machine.travel(at(2029, 4, 27)):
        step("receive", dossier, secretary)
        step("review", dossier, secretary)
        step("to_council", dossier, secretary)
    decision = factories.decision(signed_on=date(2029, 5, 4))
    with time_machine.travel(at(2029, 5, 4, 16)):
        step("decide", dossier, secretary, decision=decision)

    assert dossier.state == DossierState.DECIDED
    assert dossier.decision == decision
    assert dossier.finished_on == date(2029, 5, 4)
    assert dossier.handled_on_time is True

    late = factories.dossier(unit, award_=three_day_limit)
    step("send", late, officer)
    with time_machine.travel(at(2029, 4, 27)):
        step("receive", late, secretary)
        step("review", late, secretary)
        step("to_council", late, secretary)
    with time_machine.travel(at(2029, 5, 7)):
        step("forward", late, secretary)
    assert late.state == DossierState.FORWARDED
    assert late.handled_on_time is False


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("receive", DossierState.DRAFT),
        ("review", DossierState.SENT),
        ("to_council", DossierState.RECEIVED),
        ("decide", DossierState.UNDER_REVIEW),
        ("send", DossierState.RECEIVED),
        ("close", DossierState.AT_COUNCIL),
    ],
)
def test_a_step_out_of_order_is_refused_and_changes_nothing(
    unit, secretary, name, state
):
    dossier = factories.dossier(unit)
    Dossier.objects.filter(pk=dossier.pk).update(state=state)
    dossier.refresh_from_db()

    with pytest.raises(process.StepRefused, match="Không thể"):
        step(name, dossier, secretary)

    dossier.refresh_from_db()
    assert (dossier.state, dossier.version) == (state, 0)


def test_two_secretaries_acting_on_one_dossier_one_wins_the_other_is_told(
    unit, officer, secretary
):
    dossier = factories.dossier(unit)
    step("send", dossier, officer)
    step("receive", dossier, secretary)
    seen_by_both = dossier.version
    other = Dossier.objects.get(pk=dossier.pk)

    process.take("review", dossier, secretary, version=seen_by_both)
    with pytest.raises(process.ChangedMeanwhile, match="người khác cập nhật"):
        process.take(
            "return", other, secretary, version=seen_by_both, note="Thiếu hồ sơ."
        )

    dossier.refresh_from_db()
    assert dossier.state == DossierState.UNDER_REVIEW
    assert dossier.return_reason == ""


def test_every_step_is_in_the_audit_log(unit, officer, secretary):
    dossier = factories.dossier(unit)
    step("send", dossier, officer)
    step("return", dossier, secretary, note="Bổ sung báo cáo có xác nhận.")

    entries = ModelLogEntry.objects.for_instance(dossier).order_by("timestamp", "pk")
    assert [(entry.action, entry.user) for entry in entries] == [
        ("honors.dossier.send", officer),
        ("honors.dossier.return", secretary),
    ]
    assert entries.last().data == {
        "from": "sent",
        "to": "returned",
        "note": "Bổ sung báo cáo có xác nhận.",
    }
    assert entries.last().message == "Đã trả lại hồ sơ để bổ sung"


def test_the_unit_s_officers_are_mailed_on_receipt_and_return(
    unit, officer, secretary, django_capture_on_commit_callbacks
):
    dossier = factories.dossier(unit)
    with django_capture_on_commit_callbacks(execute=True):
        step("send", dossier, officer)
    assert mail.outbox == []  # the unit knows it sent it

    with django_capture_on_commit_callbacks(execute=True):
        step("return", dossier, secretary, note="Thiếu biên bản.")

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["donvi@example.vn"]
    assert mail.outbox[0].subject == f"Hồ sơ {dossier.code} cần bổ sung"
    assert "Cần bổ sung: Thiếu biên bản." in mail.outbox[0].body

    with django_capture_on_commit_callbacks(execute=True):
        step("send", dossier, officer)
        step("receive", dossier, secretary, receipt_number="9/TN")
        step("review", dossier, secretary)
        step("to_council", dossier, secretary)
        step("decide", dossier, secretary, decision=factories.decision())
    assert [message.subject for message in mail.outbox[1:]] == [
        f"Hồ sơ {dossier.code} đã được tiếp nhận",
        f"Hồ sơ {dossier.code} đã có quyết định",
    ]
    assert "Số tiếp nhận: 9/TN. Hạn giải quyết:" in mail.outbox[1].body


def test_a_document_is_refused_when_it_is_not_what_it_claims(unit):
    from django.core.files.base import ContentFile

    from home.public_forms.uploads import AttachmentError
    from honors.dossiers.models import DossierDocument

    dossier = factories.dossier(unit, complete=False)

    with pytest.raises(AttachmentError, match="không phải PDF, DOCX"):
        DossierDocument.objects.create(
            dossier=dossier,
            kind=DocumentKind.MINUTES,
            file=ContentFile(b"MZ not a pdf", name="bien-ban.pdf"),
        )
    listed = DossierDocument.objects.create(
        dossier=dossier,
        kind=DocumentKind.NOMINEE_LIST,
        file=ContentFile("Họ và tên\n".encode(), name="danh-sach.csv"),
    )
    assert (listed.original_name, listed.content_type) == ("danh-sach.csv", "text/csv")
