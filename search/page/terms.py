"""What people search for: counted for the editors, matched to the editors' picks.

Counts go to Wagtail's Query / QueryDailyHits (wagtail.contrib.search_promotions) and,
for searches that found nothing, to ZeroResultDailyHits. A query that looks like a
phone number or an e-mail address is not recorded: it is someone's personal data, typed
into the wrong box.
"""

import re
import unicodedata

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.folding import fold
from search.models import ZeroResultDailyHits

_NUMBER_RUN = re.compile(r"[\d+][\d .()-]*\d")
PHONE_MIN_DIGITS = 9


def looks_personal(text: str) -> bool:
    """An e-mail address, or nine digits or more in one run (a phone number;
    "2020 - 2025" is not one)."""
    if "@" in text:
        return True
    return any(
        sum(char.isdigit() for char in run.group()) >= PHONE_MIN_DIGITS
        for run in _NUMBER_RUN.finditer(text)
    )


def is_recordable(text: str) -> bool:
    return bool(fold(text)) and not looks_personal(text)


def record_search(text: str, found: bool) -> None:
    """Count one search of `text` today, and one without result if nothing was found."""
    text = unicodedata.normalize("NFC", text)
    if not is_recordable(text):
        return
    query = Query.get(text)
    query.add_hit()
    if not found:
        today = timezone.localdate()
        try:
            with transaction.atomic():
                counter, _created = ZeroResultDailyHits.objects.get_or_create(
                    query=query, date=today
                )
        except IntegrityError:  # another request created it first
            counter = ZeroResultDailyHits.objects.get(query=query, date=today)
        ZeroResultDailyHits.objects.filter(pk=counter.pk).update(hits=F("hits") + 1)


def editors_picks(text: str) -> list[SearchPromotion]:
    """The promotions editors set for this query, matched as the search matches: "Thi
    đua", "thi dua" and "THI ĐUA" share their picks. Pages not live are left out."""
    folded = fold(text)
    if not folded:
        return []
    promotions = SearchPromotion.objects.select_related("query", "page").order_by(
        "sort_order", "pk"
    )
    return [
        promotion
        for promotion in promotions
        if fold(promotion.query.query_string) == folded
        and (promotion.page is None or promotion.page.live)
    ]
