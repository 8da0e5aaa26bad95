"""The demo's units and commendation dossiers: the province's units (from the CSV file
the product ships), two unit officers (donvi1: Sở Giáo dục và Đào tạo; donvi2: UBND xã
Mường La) and dossiers at several steps of their way, so the secretariat's list, the
clock and the checks can be tried at once. Running it again changes nothing."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test.utils import override_settings
from django.utils import timezone

from honors.dossiers import disclosure, process
from honors.dossiers.choices import DecidingAuthority, DocumentKind
from honors.dossiers.models import (
    AwardRequirement,
    Dossier,
    DossierDocument,
    DossierNominee,
    DossierRules,
)
from honors.registry.calendar import add_working_days
from honors.registry.catalogue import Award
from honors.registry.honours import Decision, Honour
from honors.units.loader import load_units
from honors.units.models import Unit

#: officer → unit
OFFICERS = {"donvi1": "Sở Giáo dục và Đào tạo", "donvi2": "UBND xã Mường La"}
BANG_KHEN = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
#: Time limits the province publishes (illustrative, working days).
TIME_LIMITS = {BANG_KHEN: 25, "Chiến sĩ thi đua cấp bộ, ngành, tỉnh": 30}


def pdf(name):
    return ContentFile(
        b"%PDF-1.4\n% demo\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", name=name
    )


def load(stdout):
    if load_units():
        stdout.write("  đơn vị")
    User = get_user_model()
    for username, unit_name in OFFICERS.items():
        Unit.objects.get(name=unit_name).officers.add(
            User.objects.get(username=username)
        )
    DossierRules.load()  # the province's defaults, saved once
    for name, days in TIME_LIMITS.items():
        AwardRequirement.objects.get_or_create(
            award=Award.objects.get(name=name), defaults={"time_limit_days": days}
        )
    if Dossier.objects.exists():
        return
    # The steps would e-mail the units; loading the demo stays quiet.
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
    ):
        _dossiers(User)
    stdout.write("  hồ sơ khen thưởng")


def _dossier(unit, officer, title, nominees, award=BANG_KHEN, complete=True):
    award = Award.objects.get(name=award)
    dossier = Dossier.objects.create(
        unit=unit,
        title=title,
        year=timezone.localdate().year,
        created_by=officer,
        submission_number=f"{Dossier.objects.count() + 12}/TTr",
        submission_date=timezone.localdate() - timedelta(days=3),
    )
    dossier.awards.set([award])
    for name, position in nominees:
        nominee = DossierNominee(
            dossier=dossier,
            name=name,
            position=position,
            organisation=unit.name,
            award=award,
            achievement_summary="Hoàn thành xuất sắc nhiệm vụ năm học; sáng kiến được "
            "công nhận cấp tỉnh.",
            locality=unit.locality,
        )
        if complete:
            nominee.achievement_report = pdf("bao-cao-thanh-tich.pdf")
        nominee.save()
    kinds = (DocumentKind.SUBMISSION, DocumentKind.MINUTES)
    for kind in kinds if complete else kinds[:1]:
        DossierDocument.objects.create(
            dossier=dossier, kind=kind, file=pdf(f"{kind}.pdf")
        )
    return dossier


def _steps(dossier, steps, user, **details):
    for name in steps:
        process.take(name, dossier, user, version=dossier.version, **details)


def _dossiers(User):
    donvi1, donvi2 = (User.objects.get(username=name) for name in OFFICERS)
    thuky = User.objects.get(username="thuky")
    education = Unit.objects.get(name=OFFICERS["donvi1"])
    commune = Unit.objects.get(name=OFFICERS["donvi2"])

    _dossier(
        education,
        donvi1,
        "Đề nghị tặng Bằng khen cho giáo viên vùng cao năm học 2025–2026 (đang soạn)",
        [("Lường Thị Hoa", "Giáo viên")],
        complete=False,
    )
    sent = _dossier(
        education,
        donvi1,
        "Đề nghị tặng Bằng khen cho tập thể, cá nhân ngành giáo dục",
        [("Cầm Văn Đức", "Hiệu trưởng"), ("Quàng Thị Thu", "Giáo viên")],
    )
    # One of its nominees already holds the form for the year: when the secretariat
    # receives it, the dossier's page says so.
    _already_honoured(sent, offset=1)
    _steps(sent, ["send"], donvi1)
    returned = _dossier(
        commune,
        donvi2,
        "Đề nghị tặng Bằng khen cho hộ sản xuất giỏi xã Mường La",
        [("Lò Văn Piệng", "Trưởng bản")],
    )
    _steps(returned, ["send"], donvi2)
    _steps(
        returned,
        ["return"],
        thuky,
        note="Biên bản họp Hội đồng Thi đua – Khen thưởng xã chưa có chữ ký.",
    )
    reviewed = _dossier(
        commune,
        donvi2,
        "Đề nghị tặng Bằng khen cho cá nhân có thành tích phòng chống thiên tai",
        [("Vì Thị Lan", "Công an viên")],
    )
    _already_honoured(reviewed, offset=0)
    _steps(reviewed, ["send"], donvi2)
    _steps(reviewed, ["receive", "review"], thuky)

    _more_units(thuky)


def _already_honoured(dossier, offset):
    """Match the dossier's first nominee to an honoree who holds its form for a year,
    and make that the dossier's year."""
    honour = (
        Honour.objects.select_related("honoree")
        .filter(award__name=BANG_KHEN)
        .order_by("-year", "pk")[offset : offset + 1]
        .first()
    )
    if honour is None:
        return
    Dossier.objects.filter(pk=dossier.pk).update(year=honour.year)
    dossier.refresh_from_db()
    first = dossier.nominees.order_by("sort_order", "pk").first()
    DossierNominee.objects.filter(pk=first.pk).update(
        honoree=honour.honoree,
        name=honour.honoree.name,
        birth_year=honour.honoree.birth_year,
    )


def _dated(dossier, *, received_days_ago, limit=25, finished_days_ago=None):
    """Place a dossier's receipt in the past (the demo is built in one day)."""
    received = timezone.localdate() - timedelta(days=received_days_ago)
    changes = {
        "received_on": received,
        "clock_started_on": received,
        "due_on": add_working_days(received, limit),
        "sent_at": timezone.now() - timedelta(days=received_days_ago + 2),
    }
    if finished_days_ago is not None:
        changes["finished_on"] = timezone.localdate() - timedelta(
            days=finished_days_ago
        )
    Dossier.objects.filter(pk=dossier.pk).update(**changes)
    dossier.refresh_from_db()


def _more_units(thuky):
    """Dossiers of other units at the other steps: overdue, due soon, at the council
    with its disclosure, forwarded, decided on time and late, closed."""
    units = {
        name: Unit.objects.get(name=name)
        for name in (
            "Sở Y tế",
            "Công an tỉnh Sơn La",
            "UBND phường Tô Hiệu",
            "Hội Liên hiệp Phụ nữ tỉnh Sơn La",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Liên đoàn Lao động tỉnh Sơn La",
        )
    }
    User = get_user_model()

    def officer(unit):
        user, _created = User.objects.get_or_create(
            username=f"vanthu{unit.pk}",
            defaults={"email": f"vanthu{unit.pk}@sonla.example.vn", "is_active": False},
        )
        unit.officers.add(user)
        return user

    plans = [
        # unit, title, nominees, steps, receipt days ago, finished days ago, award
        (
            "Sở Y tế",
            "Đề nghị tặng Bằng khen cho y, bác sĩ tuyến xã",
            [("Hà Văn Tiến", "Bác sĩ"), ("Tòng Thị Mai", "Điều dưỡng")],
            ["receive"],
            50,
            None,
            BANG_KHEN,
        ),
        (
            "Công an tỉnh Sơn La",
            "Đề nghị tặng Bằng khen cho tập thể, cá nhân phá chuyên án ma túy",
            [("Vì Văn Hùng", "Đại úy"), ("Lò Văn Sơn", "Thượng úy")],
            ["receive"],
            34,
            None,
            BANG_KHEN,
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch",
            "Đề nghị tặng Huân chương Lao động hạng Ba cho nghệ nhân dân gian",
            [("Lường Văn Biên", "Nghệ nhân")],
            ["receive", "review", "to_council"],
            12,
            None,
            "Huân chương Lao động hạng Ba",
        ),
        (
            "Hội Liên hiệp Phụ nữ tỉnh Sơn La",
            "Đề nghị tặng Huân chương Lao động hạng Ba cho Hội Phụ nữ xã vùng cao",
            [("Hội Liên hiệp Phụ nữ xã Chiềng Sơn", "")],
            ["receive", "review", "to_council", "forward"],
            70,
            40,
            "Huân chương Lao động hạng Ba",
        ),
        (
            "UBND phường Tô Hiệu",
            "Đề nghị tặng Bằng khen cho tổ dân phố tiêu biểu",
            [("Tổ dân phố 3, phường Tô Hiệu", "")],
            ["receive", "review", "to_council", "decide"],
            60,
            35,
            BANG_KHEN,
        ),
        (
            "Liên đoàn Lao động tỉnh Sơn La",
            "Đề nghị tặng Bằng khen cho công nhân lao động giỏi",
            [("Nguyễn Văn Đức", "Công nhân")],
            ["receive", "review", "to_council", "decide", "close"],
            90,
            30,
            BANG_KHEN,
        ),
    ]
    decision = Decision.objects.order_by("-signed_on").first()
    for name, title, nominees, steps, received, finished, award in plans:
        unit = units[name]
        user = officer(unit)
        dossier = _dossier(unit, user, title, nominees, award=award)
        if award != BANG_KHEN:
            Dossier.objects.filter(pk=dossier.pk).update(
                authority=DecidingAuthority.STATE
            )
        _steps(dossier, ["send"], user)
        for step in steps:
            details = {"decision": decision} if step == "decide" else {}
            _steps(dossier, [step], thuky, **details)
            if step == "receive":
                _dated(dossier, received_days_ago=received)
            if step == "review" and "to_council" in steps and not finished:
                disclosure.draft_disclosure(dossier, thuky)
        if finished is not None:
            _dated(dossier, received_days_ago=received, finished_days_ago=finished)
