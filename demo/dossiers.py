"""The demo's units and commendation dossiers: the province's units (from the CSV file
the product ships), two unit officers (donvi1: Sở Giáo dục và Đào tạo; donvi2: UBND xã
Mường La) and dossiers at several steps of their way, so the secretariat's list, the
clock and the checks can be tried at once. Running it again changes nothing."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.test.utils import override_settings
from django.utils import timezone

from honors.dossiers import process
from honors.dossiers.choices import DocumentKind
from honors.dossiers.models import (
    AwardRequirement,
    Dossier,
    DossierDocument,
    DossierNominee,
    DossierRules,
)
from honors.registry.catalogue import Award
from honors.registry.honours import Honour
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
    # Its nominee already holds the form for the year: the secretariat is told.
    honour = (
        Honour.objects.select_related("honoree")
        .filter(award__name=BANG_KHEN)
        .order_by("-year", "pk")
        .first()
    )
    if honour is not None:
        Dossier.objects.filter(pk=reviewed.pk).update(year=honour.year)
        reviewed.refresh_from_db()
        reviewed.nominees.update(
            honoree=honour.honoree,
            name=honour.honoree.name,
            birth_year=honour.honoree.birth_year,
        )
    _steps(reviewed, ["send"], donvi2)
    _steps(reviewed, ["receive", "review"], thuky)
