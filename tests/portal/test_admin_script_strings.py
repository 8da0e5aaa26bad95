"""The strings Wagtail hands its admin scripts are Vietnamese too (bulk selection says
"3 trang được chọn", not "3 pages selected")."""

import re

from django.utils import translation
from wagtail.admin.localization import get_js_translation_strings

from tests.portal.test_admin_in_vietnamese import (
    NOT_ENGLISH,
    english_words,
    vietnamese_syllables,
)


def test_the_bulk_selection_strings_are_vietnamese():
    english = english_words() - vietnamese_syllables() - NOT_ENGLISH
    with translation.override("vi"):
        bulk = get_js_translation_strings()["BULK_ACTIONS"]
        texts = [str(text) for kind in bulk.values() for text in kind.values()]
    leaked = [
        text
        for text in texts
        if {w.lower() for w in re.findall(r"[A-Za-z]{2,}", text)} & english
    ]
    assert len(texts) == 24
    assert leaked == []
