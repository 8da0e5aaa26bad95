"""Localities as a tree of any depth.

Since 1 July 2025 local government has two levels (province > commune/ward/special zone),
but older records name districts that no longer exist, so the tree never assumes a depth.
A province holds at most a few thousand rows: the whole tree is read in one query and
walked in Python, which keeps every page that filters by locality at a fixed query count.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from honors.registry.choices import LOCALITY_NAME, REORGANISED_ON, LocalityKind
from search.folding import searchable, vietnamese_sort_key


class Locality(models.Model):
    name = models.CharField(
        _("tên"),
        max_length=120,
        help_text=_(
            "Chỉ tên riêng, ví dụ: Chiềng Cơi. Với cấp huyện cũ, ghi cả loại: huyện Mai "
            "Sơn, thành phố Sơn La."
        ),
    )
    kind = models.CharField(_("loại"), max_length=20, choices=LocalityKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("thuộc"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Đơn vị cấp trên; để trống với cấp tỉnh."),
    )
    code = models.CharField(
        _("mã đơn vị hành chính"),
        max_length=10,
        blank=True,
        help_text=_("Mã theo danh mục đơn vị hành chính Việt Nam, nếu có."),
    )
    is_current = models.BooleanField(
        _("đang tồn tại"),
        default=True,
        help_text=_("Bỏ chọn với đơn vị đã giải thể hoặc sáp nhập; hồ sơ cũ vẫn giữ."),
    )
    #: Kind and name folded, for the admin's search ("chieng mung", "xa chieng").
    search_text = models.CharField(max_length=300, editable=False, default="")

    class Meta:
        verbose_name = _("địa bàn")
        verbose_name_plural = _("địa bàn")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["parent", "kind", "name"], name="unique_locality_in_parent"
            )
        ]

    def __str__(self):
        pattern = LOCALITY_NAME.get(self.kind)
        return str(pattern % {"name": self.name}) if pattern else self.name

    def save(self, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):  # "xã …" whoever saves
            self.search_text = searchable(str(self))
        super().save(*args, **kwargs)

    @property
    def label(self) -> str:
        """Its name, and for a unit that no longer exists, until when it did."""
        if self.is_current:
            return str(self)
        return _("%(name)s (trước %(date)s)") % {"name": self, "date": REORGANISED_ON}

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError(
                    {
                        "parent": _(
                            "Một địa bàn không thể thuộc chính nó hay cấp dưới của nó."
                        )
                    }
                )
            ancestor = ancestor.parent


@dataclass(frozen=True)
class LocalityNode:
    locality: Locality
    depth: int


class LocalityTree:
    """All localities, read once: descendants, ancestors and indented choices."""

    def __init__(self, localities=None):
        rows = list(Locality.objects.all() if localities is None else localities)
        self.by_id = {locality.pk: locality for locality in rows}
        self.children = defaultdict(list)
        for locality in rows:
            self.children[locality.parent_id].append(locality)
        for siblings in self.children.values():
            siblings.sort(key=lambda locality: vietnamese_sort_key(locality.name))

    def walk(self):
        """Depth-first, provinces first, children in alphabetical order."""
        stack = [(root, 0) for root in reversed(self.children[None])]
        while stack:
            locality, depth = stack.pop()
            yield LocalityNode(locality, depth)
            stack.extend(
                (child, depth + 1) for child in reversed(self.children[locality.pk])
            )

    def descendant_ids(self, locality_id) -> set[int]:
        found, pending = {locality_id}, [locality_id]
        while pending:
            for child in self.children[pending.pop()]:
                found.add(child.pk)
                pending.append(child.pk)
        return found

    def path_name(self, locality: Locality) -> str:
        """ "xã Chiềng Cơi, tỉnh Sơn La"."""
        names = []
        current = locality
        while current is not None:
            names.append(str(current))
            current = self.by_id.get(current.parent_id)
        return ", ".join(names)

    def choices(self, holding=None):
        """Indented choices, former units marked. With `holding` (the ids of the
        localities that have something to show), only those and their ancestors: a
        locality offered must find something."""
        offered = None
        if holding is not None:
            offered = set()
            for locality_id in holding:
                while locality_id is not None and locality_id not in offered:
                    offered.add(locality_id)
                    locality_id = getattr(
                        self.by_id.get(locality_id), "parent_id", None
                    )
        return [
            (node.locality.pk, "\u2003" * node.depth + node.locality.label)
            for node in self.walk()
            if offered is None or node.locality.pk in offered
        ]
