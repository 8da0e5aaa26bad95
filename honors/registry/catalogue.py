"""The catalogue of awards: every form of commendation and emulation title the registry
can record, with its granting level and who may receive it."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from honors.registry.choices import AwardForm, GrantingLevel, HonoreeKind
from search.folding import fold, searchable


class Award(models.Model):
    name = models.CharField(
        _("tên"),
        max_length=200,
        unique=True,
        help_text=_("Tên đầy đủ, ví dụ: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh."),
    )
    name_en = models.CharField(
        _("tên tiếng Anh"),
        max_length=200,
        blank=True,
        help_text=_(
            "Hiện khi người xem chọn tiếng Anh; để trống thì dùng tên tiếng Việt."
        ),
    )
    form = models.CharField(
        _("hình thức"),
        max_length=40,
        choices=AwardForm.choices,
        help_text=_(
            "Nhóm theo Luật Thi đua, khen thưởng: huân chương, bằng khen, danh hiệu thi đua…"
        ),
    )
    level = models.CharField(
        _("cấp khen thưởng"),
        max_length=30,
        choices=GrantingLevel.choices,
        help_text=_("Cấp quyết định khen thưởng; dùng để lọc và để thống kê theo cấp."),
    )
    for_individuals = models.BooleanField(_("tặng cá nhân"), default=True)
    for_collectives = models.BooleanField(_("tặng tập thể"), default=False)
    for_households = models.BooleanField(_("tặng hộ gia đình"), default=False)
    display_order = models.PositiveIntegerField(
        _("thứ tự hiển thị"),
        default=100,
        help_text=_("Số nhỏ đứng trước; các hình thức cao nhất nên có số nhỏ nhất."),
    )
    aliases = models.TextField(
        _("tên gọi khác"),
        blank=True,
        help_text=_(
            "Các cách viết khác hay gặp trong bảng tính, mỗi dòng một tên, ví dụ: "
            "Bằng khen UBND tỉnh. Dùng khi nhập danh sách từ bảng tính."
        ),
    )

    #: The names folded, for the admin's search ("huan chuong" finds "Huân chương").
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = _("hình thức khen thưởng")
        verbose_name_plural = _("hình thức khen thưởng")
        ordering = ["display_order", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_text = searchable(self.name, self.name_en, self.aliases)
        super().save(*args, **kwargs)

    @property
    def display_name(self) -> str:
        if self.name_en and translation.get_language() == "en":
            return self.name_en
        return self.name

    @property
    def recipient_kinds(self) -> list[str]:
        return [
            kind
            for kind, allowed in (
                (HonoreeKind.INDIVIDUAL, self.for_individuals),
                (HonoreeKind.COLLECTIVE, self.for_collectives),
                (HonoreeKind.HOUSEHOLD, self.for_households),
            )
            if allowed
        ]

    def folded_names(self) -> set[str]:
        """The name and every alias, folded, for matching spreadsheet text."""
        names = [self.name, *self.aliases.splitlines()]
        return {fold(name) for name in names if name.strip()}
