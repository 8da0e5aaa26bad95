"""The registry: who was honoured (Honoree), by which decision (Decision), with what
(Honour).

An honour is public when its honoree may be published and its decision is on a live
honour board: boards are pages, so every publication of honours goes through the
editorial workflow. The registry itself is where editors and imports keep the records.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from home.fields import optional_image, optional_link
from home.public_forms import codes
from honors.registry.choices import CommendationType, Ethnicity, Gender, HonoreeKind
from search.folding import folded_slug, searchable, word_start_filters
from search.index import folded

FIRST_YEAR = 1945
#: Unambiguous letters and digits: no 0/O, 1/I/L, so a code read off paper is typed right.
VERIFICATION_CODE_LENGTH = 10


class HonoreeQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def add_many(self, honorees, batch_size=5000):
        """Save many new honorees in a few inserts (a large registry for the
        benchmarks, many rows for a test), each with the search text and a unique
        slug `save()` would give it. No signal is sent: the caller reindexes."""
        honorees = list(honorees)
        taken = set(self.values_list("slug", flat=True))
        for honoree in honorees:
            honoree.search_text = honoree.searchable_text()
            if not honoree.slug:
                honoree.slug = unique_slug(honoree.name, taken)
            taken.add(honoree.slug)
        return self.bulk_create(honorees, batch_size=batch_size)


def unique_slug(name, taken):
    """The honoree's folded name as an address, numbered when `taken` (a container of
    slugs in use) holds it already."""
    base = folded_slug(name, 240) or "doi-tuong"
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


class Honoree(index.Indexed, models.Model):
    kind = models.CharField(
        _("đối tượng"),
        max_length=20,
        choices=HonoreeKind.choices,
        default=HonoreeKind.INDIVIDUAL,
    )
    name = models.CharField(
        _("họ và tên / tên tập thể"),
        max_length=255,
        help_text=_("Viết đủ dấu, ví dụ: Lò Thị Hương; Trường Tiểu học Chiềng Cơi."),
    )
    gender = models.CharField(
        _("giới tính"),
        max_length=10,
        choices=Gender.choices,
        blank=True,
        help_text=_("Chỉ với cá nhân; dùng cho thống kê tỷ lệ nữ được khen thưởng."),
    )
    birth_year = models.PositiveSmallIntegerField(
        _("năm sinh"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("Không bắt buộc; giúp phân biệt người trùng tên."),
    )
    ethnicity = models.CharField(
        _("dân tộc"), max_length=20, choices=Ethnicity.choices, blank=True
    )
    position = models.CharField(
        _("chức vụ"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Giáo viên; Trưởng bản; Công nhân."),
    )
    organisation = models.CharField(
        _("đơn vị"),
        max_length=255,
        blank=True,
        help_text=_(
            "Cơ quan, đơn vị, doanh nghiệp hoặc thôn, bản nơi làm việc, sinh sống."
        ),
    )
    locality = models.ForeignKey(
        "honors.Locality",
        verbose_name=_("địa bàn"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="honorees",
        help_text=_("Xã, phường nơi cá nhân, tập thể công tác hoặc cư trú."),
    )
    is_direct_worker = models.BooleanField(
        _("người lao động trực tiếp"),
        default=False,
        help_text=_(
            "Công nhân, nông dân, người trực tiếp sản xuất, công tác, chiến đấu; không "
            "phải người giữ chức vụ lãnh đạo, quản lý."
        ),
    )
    is_in_difficult_area = models.BooleanField(
        _("vùng sâu, vùng xa, vùng đặc biệt khó khăn"),
        default=False,
        help_text=_(
            "Công tác hoặc cư trú ở vùng sâu, vùng xa, vùng đặc biệt khó khăn."
        ),
    )
    photo = optional_image(
        _("ảnh"),
        help_text=_(
            "Ảnh chân dung hoặc ảnh tập thể; phần mô tả của ảnh là chữ thay thế."
        ),
    )
    biography = models.TextField(
        _("tiểu sử công khai"),
        blank=True,
        help_text=_("Vài câu giới thiệu công khai; không ghi thông tin riêng tư."),
    )
    is_published = models.BooleanField(
        _("công khai"),
        default=True,
        help_text=_(
            "Bỏ chọn để không hiện cá nhân, tập thể này trên cổng, trong dữ liệu mở và kết "
            "quả tìm kiếm."
        ),
    )
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=255,
        unique=True,
        editable=False,
        help_text=_(
            "Tạo một lần từ tên và không đổi, để đường dẫn đã chia sẻ luôn dùng được."
        ),
    )
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ngày sửa"), auto_now=True)

    objects = HonoreeQuerySet.as_manager()

    # The site search finds an honoree by name, unit, place and the honours citizens may
    # see. Only honorees with public honours are indexed (get_indexed_objects), and
    # honors.roll.signals keeps the index in step when a board or an honour changes, so
    # Wagtail's own save handler is switched off.
    search_fields = folded(
        [
            index.SearchField("name", boost=4),
            index.AutocompleteField("name"),
            index.SearchField("organisation", boost=2),
            index.SearchField("locality_name", boost=2),
            index.SearchField("position"),
            index.SearchField("biography"),
            index.SearchField("public_honours_text"),
            index.FilterField("id"),
            index.FilterField("is_published"),
            index.FilterField("kind"),
        ]
    )
    search_auto_update = False

    class Meta:
        verbose_name = _("cá nhân, tập thể được khen")
        verbose_name_plural = _("cá nhân, tập thể được khen")
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "name"])]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = self.searchable_text()
        if not self.slug:
            self.slug = unique_slug(self.name, SlugsInUse())
        super().save(*args, **kwargs)

    def searchable_text(self):
        return searchable(self.name, self.position, self.organisation)

    def clean(self):
        if self.kind != HonoreeKind.INDIVIDUAL and self.gender:
            raise ValidationError({"gender": _("Chỉ ghi giới tính với cá nhân.")})

    def get_url(self, request=None, roll=None):
        """The honoree's page on the honour roll (`roll`: the roll page, when the
        caller has it already, as a list of many honorees does), or None without a
        live roll."""
        roll = roll or honour_roll_page()
        if roll is None:
            return None
        return roll.get_url(request) + roll.reverse_subpage("honoree", args=[self.slug])

    @classmethod
    def get_indexed_objects(cls):
        """Honorees citizens may see: published, with at least one public honour."""
        return (
            cls.objects.published()
            .filter(Exists(Honour.objects.public().filter(honoree=OuterRef("pk"))))
            .select_related("locality")
            .prefetch_related(
                Prefetch(
                    "honours",
                    queryset=Honour.objects.public().select_related(
                        "award", "decision"
                    ),
                    to_attr="public_honours",
                )
            )
        )

    def locality_name(self) -> str:
        return str(self.locality) if self.locality_id else ""

    def public_honours_text(self) -> str:
        """The awards, years and decision numbers of the public honours only: an honour
        on a board still in the workflow must not be findable."""
        honours = getattr(self, "public_honours", None)
        if honours is None:
            honours = self.honours.public().select_related("award", "decision")
        return " ".join(
            f"{honour.award.name} {honour.award.aliases} {honour.year} "
            f"{honour.decision.number}"
            for honour in honours
        )

    @property
    def is_ethnic_minority(self) -> bool:
        return bool(self.ethnicity) and self.ethnicity != Ethnicity.KINH


class SlugsInUse:
    """The honorees' slugs, asked of the database one at a time (`in`), for one save."""

    def __contains__(self, slug):
        return Honoree.objects.filter(slug=slug).exists()


def honour_roll_page(locale=None):
    """The live, public honour roll: the locale's own, else the first there is.

    The page type belongs to honors.roll, a room above the registry (it lists and
    serves what the registry holds), so it is named here by its label, as a ForeignKey
    names a model it may not import."""
    rolls = apps.get_model("honors", "HonourBoardIndexPage").objects.live().public()
    if locale is not None:
        return rolls.filter(locale=locale).first() or rolls.first()
    return rolls.first()


def on_live_board(decision):
    """A condition: the decision (an OuterRef to its id) is on a live honour board,
    which is what makes a decision and its honours public."""
    return Exists(Decision.objects.filter(pk=decision, board_links__board__live=True))


class DecisionQuerySet(models.QuerySet):
    def published(self):
        """Decisions a live honour board publishes."""
        return self.filter(on_live_board(OuterRef("pk")))


class Decision(models.Model):
    """A commendation decision: one number, one date, one signatory, often many honours.
    Its document is the electronic record of the commendation."""

    number = models.CharField(
        _("số quyết định"),
        max_length=60,
        help_text=_("Số và ký hiệu, ví dụ: 1234/QĐ-UBND."),
    )
    signed_on = models.DateField(_("ngày quyết định"))
    authority = models.CharField(
        _("người, cơ quan ký"),
        max_length=255,
        help_text=_("Ví dụ: Chủ tịch Ủy ban nhân dân tỉnh Sơn La."),
    )
    summary = models.CharField(
        _("trích yếu"),
        max_length=500,
        blank=True,
        help_text=_("Ví dụ: Về việc tặng Bằng khen cho các tập thể, cá nhân…"),
    )
    search_text = models.CharField(max_length=600, editable=False, default="")
    document = optional_link(
        "wagtaildocs.Document",
        _("văn bản quyết định"),
        related_name="+",
        help_text=_("Bản điện tử của quyết định (PDF): hồ sơ khen thưởng điện tử."),
    )

    objects = DecisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("quyết định khen thưởng")
        verbose_name_plural = _("quyết định khen thưởng")
        ordering = ["-signed_on", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["number", "signed_on"], name="unique_decision_number_date"
            )
        ]

    def __str__(self):
        return f"{self.number} ({self.signed_on:%d/%m/%Y})"

    def save(self, *args, **kwargs):
        self.search_text = searchable(self.number)
        super().save(*args, **kwargs)


class HonourQuerySet(models.QuerySet):
    def public(self):
        """Honours citizens may see: published honoree, decision on a live board."""
        return self.filter(
            on_live_board(OuterRef("decision_id")), honoree__is_published=True
        )

    #: The roll's order: newest decision first, highest award first, then by name.
    LISTING_ORDER = (
        "-decision__signed_on",
        "award__display_order",
        "honoree__name",
        "pk",
    )

    def for_listing(self):
        return self.select_related(
            "honoree", "honoree__locality", "award", "decision__document"
        ).order_by(*self.LISTING_ORDER)

    def matching_text(self, text):
        """Each word typed starts a word of the honoree's name, position or unit, or of
        the decision number, whatever the tone marks or case."""
        return self.filter(
            *word_start_filters(text, ["honoree__search_text", "decision__search_text"])
        )


def new_verification_code() -> str:
    return codes.random_code(VERIFICATION_CODE_LENGTH)


class Honour(models.Model):
    """One award given to one honoree by one decision."""

    honoree = models.ForeignKey(
        Honoree,
        verbose_name=_("cá nhân, tập thể"),
        on_delete=models.PROTECT,
        related_name="honours",
    )
    award = models.ForeignKey(
        "honors.Award",
        verbose_name=_("hình thức khen thưởng"),
        on_delete=models.PROTECT,
        related_name="honours",
    )
    decision = models.ForeignKey(
        Decision,
        verbose_name=_("quyết định"),
        on_delete=models.PROTECT,
        related_name="honours",
    )
    commendation_type = models.CharField(
        _("loại khen thưởng"),
        max_length=30,
        choices=CommendationType.choices,
        default=CommendationType.MERIT,
    )
    year = models.PositiveSmallIntegerField(
        _("năm"),
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(2100)],
        help_text=_(
            "Năm của thành tích được khen, thường là năm trước ngày quyết định."
        ),
    )
    reason = models.TextField(
        _("thành tích"),
        blank=True,
        help_text=_("Lý do khen thưởng như ghi trong quyết định hoặc tờ trình."),
    )
    movement = optional_link(
        "honors.MovementPage",
        _("phong trào thi đua"),
        related_name="honours",
        help_text=_("Phong trào mà khen thưởng này tổng kết, nếu có."),
    )
    verification_code = models.CharField(
        _("mã xác minh"),
        max_length=VERIFICATION_CODE_LENGTH,
        unique=True,
        editable=False,
        default=new_verification_code,
    )
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    objects = HonourQuerySet.as_manager()

    class Meta:
        verbose_name = _("khen thưởng")
        verbose_name_plural = _("khen thưởng")
        ordering = ["-decision__signed_on", "award__display_order", "honoree__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["honoree", "award", "decision"],
                name="one_honour_per_honoree_award_decision",
                violation_error_message=_(
                    "Cá nhân, tập thể này đã có hình thức khen thưởng này trong quyết định này."
                ),
            )
        ]
        indexes = [models.Index(fields=["year"])]

    def __str__(self):
        return f"{self.honoree} – {self.award} – {self.decision}"

    def get_verification_url(self):
        return reverse("honour_verification", args=[self.verification_code])

    @property
    def display_code(self) -> str:
        half = VERIFICATION_CODE_LENGTH // 2
        return codes.in_groups(self.verification_code, half, half)

    def clean(self):
        if self.award_id and self.honoree_id:
            allowed = self.award.recipient_kinds
            if self.honoree.kind not in allowed:
                raise ValidationError(
                    {
                        "award": _("%(award)s không dùng để tặng %(kind)s.")
                        % {
                            "award": self.award,
                            "kind": self.honoree.get_kind_display().lower(),
                        }
                    }
                )
