"""A unit's commendation dossier (hồ sơ đề nghị khen thưởng), its nominees and files,
what each award form requires, and the secretariat's hold list.

A dossier is a unit's private work until it is sent; once sent nothing of it is deleted,
and every change of state is recorded in Wagtail's audit log (honors.dossiers.process).
Its files are private: they are served only to those who may see the dossier."""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from home.fields import optional_link, private_storage
from home.public_forms.uploads import DOSSIER_TYPES, AttachmentError, check_attachment
from honors.dossiers.choices import (
    CLOCK_RUNNING,
    DecidingAuthority,
    DocumentKind,
    DossierState,
)
from honors.registry.catalogue import Award
from honors.registry.choices import CommendationType, Ethnicity, Gender, HonoreeKind
from honors.registry.honours import FIRST_YEAR
from honors.registry.localities import Locality
from honors.units.models import Unit
from search.folding import searchable

MAX_DOSSIER_FILE_BYTES = 10 * 1024 * 1024


def dossier_file_path(instance, filename):
    """Private files under an unguessable name; the name the unit gave is kept on the
    record (the folder says which dossier, never who)."""
    suffix = PurePosixPath(filename).suffix.lower()[:10]
    return f"dossiers/{instance.dossier_id}/{uuid.uuid4().hex}{suffix}"


def validate_dossier_file(value):
    """A new upload is a PDF, DOCX, JPEG or PNG of at most 10 MB, by its content."""
    if getattr(value, "_committed", True):
        return  # a file already stored was checked when it came
    try:
        check_attachment(value.file, DOSSIER_TYPES, MAX_DOSSIER_FILE_BYTES)
    except AttachmentError as error:
        raise ValidationError(str(error), code="file") from error


def spreadsheet_type(file):
    head = file.read(8)
    file.seek(0)
    if head.startswith(b"PK\x03\x04"):
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "application/vnd.ms-excel"
    return "text/csv"


def current_year():
    return timezone.localdate().year


class DossierQuerySet(models.QuerySet):
    def sent(self):
        """Dossiers that have left their unit: public on the tracker, never a draft."""
        return self.exclude(state=DossierState.DRAFT)

    def running_past(self, today):
        """Being handled, past their due date."""
        return self.filter(
            state__in=CLOCK_RUNNING, finished_on__isnull=True, due_on__lt=today
        )

    def running_due_by(self, today, until):
        """Being handled, due between today and `until`."""
        return self.filter(
            state__in=CLOCK_RUNNING,
            finished_on__isnull=True,
            due_on__gte=today,
            due_on__lte=until,
        )

    def with_nominee_count(self):
        """Each dossier's number of nominees, as a subquery: counting a list's pages
        then leaves it out, where a join and a GROUP BY would count every nominee."""
        return self.annotate(
            nominee_count=Coalesce(
                Subquery(
                    DossierNominee.objects.filter(dossier=OuterRef("pk"))
                    .order_by()
                    .values("dossier")
                    .annotate(count=Count("pk"))
                    .values("count")
                ),
                0,
            )
        )


class Dossier(ClusterableModel):
    code = models.CharField(
        _("mã hồ sơ"),
        max_length=20,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("Cấp khi đơn vị gửi hồ sơ lần đầu, ví dụ HS-2026-000123."),
    )
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("đơn vị trình"),
        on_delete=models.PROTECT,
        related_name="dossiers",
    )
    title = models.CharField(
        _("trích yếu"),
        max_length=255,
        help_text=_(
            "Ví dụ: Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá "
            "nhân có thành tích trong năm học 2025–2026."
        ),
    )
    year = models.PositiveSmallIntegerField(
        _("năm"),
        default=current_year,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)],
    )
    commendation_type = models.CharField(
        _("loại khen thưởng"),
        max_length=30,
        choices=CommendationType.choices,
        default=CommendationType.MERIT,
    )
    awards = models.ManyToManyField(
        Award,
        verbose_name=_("hình thức đề nghị"),
        related_name="dossiers",
        help_text=_("Các hình thức khen thưởng, danh hiệu đề nghị trong hồ sơ."),
    )
    authority = models.CharField(
        _("cấp quyết định"),
        max_length=20,
        choices=DecidingAuthority.choices,
        default=DecidingAuthority.PROVINCE,
    )
    submission_number = models.CharField(
        _("số tờ trình"), max_length=60, blank=True, help_text=_("Ví dụ: 45/TTr-SGDĐT.")
    )
    submission_date = models.DateField(_("ngày tờ trình"), null=True, blank=True)

    state = models.CharField(
        _("trạng thái"),
        max_length=20,
        choices=DossierState.choices,
        default=DossierState.DRAFT,
        editable=False,
    )
    #: Raised by every change of state: an action taken on a dossier someone else has
    #: changed since the page was opened is refused, never applied over theirs.
    version = models.PositiveIntegerField(default=0, editable=False)
    sent_at = models.DateTimeField(_("gửi lúc"), null=True, editable=False)
    receipt_number = models.CharField(
        _("số tiếp nhận"), max_length=40, blank=True, editable=False
    )
    received_on = models.DateField(_("ngày tiếp nhận"), null=True, editable=False)
    #: The day the working-day clock counts from: the receipt of a complete dossier,
    #: or its resubmission after a return.
    clock_started_on = models.DateField(null=True, editable=False)
    due_on = models.DateField(_("hạn giải quyết"), null=True, editable=False)
    finished_on = models.DateField(_("ngày giải quyết xong"), null=True, editable=False)
    return_reason = models.TextField(_("lý do trả lại"), blank=True, editable=False)
    disclosure = optional_link(
        "honors.DisclosurePage",
        _("hồ sơ công khai, lấy ý kiến"),
        related_name="dossiers",
        editable=False,
    )
    decision = optional_link(
        "honors.Decision",
        _("quyết định khen thưởng"),
        related_name="dossiers",
        editable=False,
    )
    created_by = optional_link(
        settings.AUTH_USER_MODEL,
        _("người lập"),
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = DossierQuerySet.as_manager()

    class Meta:
        verbose_name = _("hồ sơ đề nghị khen thưởng")
        verbose_name_plural = _("hồ sơ đề nghị khen thưởng")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state", "due_on"])]
        permissions = [
            ("process_dossier", _("Tiếp nhận, thẩm định, trả lại hồ sơ (Thư ký)")),
        ]

    def __str__(self):
        return f"{self.code} – {self.title}" if self.code else self.title

    @property
    def is_editable_by_unit(self):
        """A unit edits its dossier while it is a draft or returned to it."""
        return self.state in (DossierState.DRAFT, DossierState.RETURNED)

    def is_overdue(self, today):
        """Still being handled (the clock runs) and past its due date."""
        return (
            self.due_on is not None and self.finished_on is None and self.due_on < today
        )

    @property
    def handled_on_time(self):
        """True or False once the province's part is done; None before."""
        if self.finished_on is None or self.due_on is None:
            return None
        return self.finished_on <= self.due_on


class DossierDocument(models.Model):
    dossier = ParentalKey(Dossier, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(
        _("loại tài liệu"), max_length=20, choices=DocumentKind.choices
    )
    file = models.FileField(
        _("tệp"),
        upload_to=dossier_file_path,
        storage=private_storage,
        validators=[validate_dossier_file],
    )
    original_name = models.CharField(max_length=255, editable=False)
    content_type = models.CharField(max_length=100, editable=False)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tài liệu của hồ sơ")
        verbose_name_plural = _("tài liệu của hồ sơ")
        ordering = ["kind", "uploaded_at"]

    def __str__(self):
        return self.original_name

    def save(self, *args, **kwargs):
        if not self.file._committed:
            self.original_name = PurePosixPath(self.file.name).name[:255]
            if self.kind == DocumentKind.NOMINEE_LIST:
                # Read as a table before it is saved (honors.dossiers.nominee_list).
                self.content_type = spreadsheet_type(self.file.file)
            else:
                self.content_type = check_attachment(
                    self.file.file, DOSSIER_TYPES, MAX_DOSSIER_FILE_BYTES
                )
        super().save(*args, **kwargs)


class DossierNominee(models.Model):
    """One individual, collective or household proposed in a dossier. It is matched to
    the registry's honoree when there is one, never entered twice."""

    dossier = ParentalKey(Dossier, on_delete=models.CASCADE, related_name="nominees")
    sort_order = models.PositiveIntegerField(default=0, editable=False)
    honoree = optional_link(
        "honors.Honoree",
        _("đã có trong sổ khen thưởng"),
        related_name="dossier_entries",
        help_text=_("Chọn nếu người, tập thể này đã từng được khen trên cổng."),
    )
    kind = models.CharField(
        _("đối tượng"),
        max_length=20,
        choices=HonoreeKind.choices,
        default=HonoreeKind.INDIVIDUAL,
    )
    name = models.CharField(_("họ và tên / tên tập thể"), max_length=255)
    gender = models.CharField(
        _("giới tính"), max_length=10, choices=Gender.choices, blank=True
    )
    birth_year = models.PositiveSmallIntegerField(
        _("năm sinh"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    ethnicity = models.CharField(
        _("dân tộc"), max_length=30, choices=Ethnicity.choices, blank=True
    )
    position = models.CharField(_("chức vụ"), max_length=255, blank=True)
    organisation = models.CharField(_("đơn vị công tác"), max_length=255, blank=True)
    locality = optional_link(Locality, _("địa bàn"), related_name="+")
    is_direct_worker = models.BooleanField(_("lao động trực tiếp"), default=False)
    is_in_difficult_area = models.BooleanField(
        _("vùng đặc biệt khó khăn"), default=False
    )
    award = models.ForeignKey(
        Award,
        verbose_name=_("hình thức đề nghị"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    achievement_summary = models.TextField(
        _("tóm tắt thành tích"),
        help_text=_("Vài câu, như trong danh sách kèm tờ trình."),
    )
    achievement_report = models.FileField(
        _("báo cáo thành tích"),
        upload_to=dossier_file_path,
        storage=private_storage,
        validators=[validate_dossier_file],
        blank=True,
        help_text=_("Theo mẫu của Phụ lục Nghị định 152/2025/NĐ-CP; PDF hoặc DOCX."),
    )
    report_name = models.CharField(max_length=255, blank=True, editable=False)
    #: Name, position and unit folded, for matching and the secretariat's checks.
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = _("người, tập thể được đề nghị")
        verbose_name_plural = _("người, tập thể được đề nghị")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = searchable(self.name, self.position, self.organisation)
        if self.achievement_report and not self.achievement_report._committed:
            self.report_name = PurePosixPath(self.achievement_report.name).name[:255]
        super().save(*args, **kwargs)


class AwardRequirement(models.Model):
    """What a dossier for one award form needs, kept by the secretariat: the time limit
    the province publishes for the procedure and the report template."""

    award = models.OneToOneField(
        Award,
        verbose_name=_("hình thức khen thưởng"),
        on_delete=models.CASCADE,
        related_name="requirement",
    )
    time_limit_days = models.PositiveSmallIntegerField(
        _("thời hạn giải quyết (ngày làm việc)"),
        default=25,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_(
            "Như công bố trên Cổng dịch vụ công, tính từ khi nhận đủ hồ sơ hợp lệ."
        ),
    )
    needs_report_per_nominee = models.BooleanField(
        _("cần báo cáo thành tích của từng người"),
        default=True,
    )
    needs_nominee_list = models.BooleanField(
        _("cần danh sách dạng bảng tính"),
        default=False,
        help_text=_("Với hồ sơ đông người, để Ban đối chiếu với danh sách đã nhập."),
    )
    report_template = optional_link(
        "wagtaildocs.Document",
        _("mẫu báo cáo thành tích"),
        related_name="+",
        help_text=_(
            "Mẫu trong Phụ lục Nghị định 152/2025/NĐ-CP dùng cho hình thức này."
        ),
    )
    note = models.TextField(_("ghi chú cho đơn vị"), blank=True)

    class Meta:
        verbose_name = _("yêu cầu hồ sơ theo hình thức")
        verbose_name_plural = _("yêu cầu hồ sơ theo hình thức")

    def __str__(self):
        return str(self.award)


class HoldReason(models.TextChoices):
    DISCIPLINE = "discipline", _("Đang xem xét kỷ luật")
    INSPECTION = "inspection", _("Đang thanh tra, kiểm tra")
    COMPLAINT = "complaint", _("Có đơn thư khiếu nại, tố cáo đang giải quyết")


class HoldListEntry(models.Model):
    """A person or unit whose commendation waits (Decree 152/2025 art. 4) while a
    discipline, inspection or complaint is pending. Internal to the secretariat."""

    name = models.CharField(_("họ tên hoặc tên đơn vị"), max_length=255)
    honoree = optional_link(
        "honors.Honoree", _("trong sổ khen thưởng"), related_name="+"
    )
    unit = optional_link(Unit, _("đơn vị"), related_name="holds")
    reason = models.CharField(_("lý do"), max_length=20, choices=HoldReason.choices)
    note = models.TextField(_("ghi chú"), blank=True)
    since = models.DateField(_("từ ngày"), default=timezone.localdate)
    until = models.DateField(
        _("đến ngày"),
        null=True,
        blank=True,
        help_text=_("Để trống khi việc còn đang giải quyết."),
    )
    search_text = models.CharField(max_length=300, editable=False, default="")

    class Meta:
        verbose_name = _("trường hợp tạm chưa xét khen")
        verbose_name_plural = _("danh sách tạm chưa xét khen")
        ordering = ["-since"]

    def __str__(self):
        return f"{self.name} – {self.get_reason_display()}"

    def save(self, *args, **kwargs):
        self.search_text = searchable(self.name)
        super().save(*args, **kwargs)


class DossierCounter(models.Model):
    """The last dossier number of a year: codes are HS-<year>-<number>, numbered in
    the order dossiers are first sent (a row lock makes two units sending at once get
    two numbers)."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last}"


@register_setting(icon="time")
class DossierRules(BaseGenericSetting):
    """The figures the law leaves to the province for its dossiers."""

    default_time_limit_days = models.PositiveSmallIntegerField(
        _("thời hạn giải quyết mặc định (ngày làm việc)"),
        default=25,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_("Dùng khi hình thức đề nghị chưa có yêu cầu hồ sơ riêng."),
    )
    due_soon_days = models.PositiveSmallIntegerField(
        _("báo sắp đến hạn trước (ngày làm việc)"),
        default=3,
        validators=[MaxValueValidator(30)],
    )

    class Meta:
        verbose_name = _("quy định xử lý hồ sơ")
