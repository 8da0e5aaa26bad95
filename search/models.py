"""What the search page remembers: how often each query found nothing.

Every search is counted per day in Wagtail's own Query / QueryDailyHits (the models of
wagtail.contrib.search_promotions, which also hold the editors' picks); this model adds
the count of searches that found nothing, so editors see what people look for in vain.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ZeroResultDailyHits(models.Model):
    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="zero_result_hits",
        verbose_name=_("từ khóa"),
    )
    date = models.DateField(_("ngày"))
    hits = models.PositiveIntegerField(_("số lần không có kết quả"), default=0)

    class Meta:
        verbose_name = _("lượt tìm không có kết quả")
        verbose_name_plural = _("lượt tìm không có kết quả")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "date"], name="one_zero_result_count_per_query_day"
            )
        ]
        permissions = [
            ("view_search_terms", _("Xem báo cáo từ khóa tìm kiếm")),
        ]

    def __str__(self):
        return f"{self.query} ({self.date:%d/%m/%Y}): {self.hits}"
