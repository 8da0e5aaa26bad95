"""The units that propose commendations: departments, communes, enterprises, mass
organisations. A unit's officers (cán bộ TĐKT đơn vị) see and edit that unit's dossiers
and nothing of another unit's; units also sign agreements and are scored in blocs."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from honors.registry.localities import Locality
from search.folding import searchable, vietnamese_sort_key


class UnitKind(models.TextChoices):
    DEPARTMENT = "department", _("Sở, ban, ngành tỉnh")
    COMMUNE = "commune", _("UBND xã, phường, đặc khu")
    MASS_ORGANISATION = "mass_organisation", _("Mặt trận, đoàn thể")
    ENTERPRISE = "enterprise", _("Doanh nghiệp")
    CENTRAL_AGENCY = "central_agency", _("Cơ quan Trung ương đóng trên địa bàn")
    OTHER = "other", _("Khác")


class UnitQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def of_officer(self, user):
        """The units `user` is an officer of (none for an anonymous visitor)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(officers=user)


class Unit(models.Model):
    name = models.CharField(
        _("tên đơn vị"),
        max_length=255,
        unique=True,
        help_text=_("Tên đầy đủ, ví dụ: Sở Giáo dục và Đào tạo; UBND xã Chiềng Cơi."),
    )
    kind = models.CharField(_("loại đơn vị"), max_length=30, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Để trống với đơn vị trực thuộc tỉnh."),
    )
    locality = models.ForeignKey(
        Locality,
        verbose_name=_("địa bàn"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="units",
    )
    contact_name = models.CharField(_("cán bộ đầu mối"), max_length=120, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=30, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    is_active = models.BooleanField(
        _("đang hoạt động"),
        default=True,
        help_text=_(
            "Bỏ chọn với đơn vị đã giải thể, sáp nhập; hồ sơ cũ của đơn vị vẫn giữ."
        ),
    )
    officers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cán bộ TĐKT của đơn vị"),
        blank=True,
        related_name="units",
        help_text=_(
            "Tài khoản lập và gửi hồ sơ của đơn vị; mỗi người chỉ thấy hồ sơ của đơn "
            "vị mình."
        ),
    )
    #: Name folded, for the admin's search and choosers ("so giao duc").
    search_text = models.CharField(max_length=300, editable=False, default="")

    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        ordering = ["name"]

    def __str__(self):
        if self.is_active:
            return self.name
        return _("%(name)s (không còn hoạt động)") % {"name": self.name}

    def save(self, *args, **kwargs):
        self.search_text = searchable(self.name)
        super().save(*args, **kwargs)

    @property
    def sort_key(self):
        return vietnamese_sort_key(self.name)
