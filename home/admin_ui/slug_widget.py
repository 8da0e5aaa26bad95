"""Slugs for Vietnamese titles.

Wagtail's slug field turns a title into an ASCII address in the browser, but its
transliteration table has no Vietnamese letters with tone marks: "Khen thưởng năm học"
became "khen-thng-nam-hc". These formatters run first and take the marks off (the
letter keeps its base: ư→u, ở→o, đ→d), so the title gives "khen-thuong-nam-hoc".
"""

from wagtail.admin.widgets import SlugInput

VIETNAMESE_LETTERS = {
    "a": "àáạảãâầấậẩẫăằắặẳẵÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴ",
    "e": "èéẹẻẽêềếệểễÈÉẸẺẼÊỀẾỆỂỄ",
    "i": "ìíịỉĩÌÍỊỈĨ",
    "o": "òóọỏõôồốộổỗơờớợởỡÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠ",
    "u": "ùúụủũưừứựửữÙÚỤỦŨƯỪỨỰỬỮ",
    "y": "ỳýỵỷỹỲÝỴỶỸ",
    "d": "đĐ",
}

VIETNAMESE_SLUG_FORMATTERS = [
    # Tone and shape marks typed as separate characters (decomposed Unicode).
    ("[\u0300-\u036f]", ""),
    *((f"[{letters}]", base) for base, letters in VIETNAMESE_LETTERS.items()),
]


class VietnameseSlugInput(SlugInput):
    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(
            attrs=attrs,
            formatters=[*VIETNAMESE_SLUG_FORMATTERS, *(formatters or [])],
            locale=locale,
        )
