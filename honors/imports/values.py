"""Cell values as people type them, turned into the registry's values.

Each parser returns the value or raises ValueError with a message for the editor.
"""

import re
from datetime import date

from django.utils.translation import gettext as _

from honors.registry.choices import CommendationType, Ethnicity, Gender, HonoreeKind
from search.folding import fold

_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")

_TRUE = {"x", "co", "1", "yes", "true", "dung", "phai"}
_FALSE = {"", "khong", "0", "no", "false", "sai"}

_KINDS = {
    "ca nhan": HonoreeKind.INDIVIDUAL,
    "tap the": HonoreeKind.COLLECTIVE,
    "ho gia dinh": HonoreeKind.HOUSEHOLD,
    "gia dinh": HonoreeKind.HOUSEHOLD,
    "ho": HonoreeKind.HOUSEHOLD,
}
_GENDERS = {"nam": Gender.MALE, "nu": Gender.FEMALE}
_ETHNICITIES = {fold(label): value for value, label in Ethnicity.choices}
_ETHNICITIES.update(
    {"hmong": Ethnicity.MONG, "h mong": Ethnicity.MONG, "khmer": Ethnicity.KHMER}
)
_COMMENDATION_TYPES = {
    "thuong xuyen": CommendationType.MERIT,
    "thanh tich": CommendationType.MERIT,
    "cong trang": CommendationType.MERIT,
    "thuc hien nhiem vu": CommendationType.MERIT,
    "dot xuat": CommendationType.EXTRAORDINARY,
    "phong trao": CommendationType.MOVEMENT,
    "theo phong trao": CommendationType.MOVEMENT,
    "chuyen de": CommendationType.THEMATIC,
    "theo chuyen de": CommendationType.THEMATIC,
    "cong hien": CommendationType.CAREER,
    "qua trinh cong hien": CommendationType.CAREER,
    "nien han": CommendationType.LENGTH_OF_SERVICE,
    "doi ngoai": CommendationType.DIPLOMATIC,
}
_COMMENDATION_TYPES.update(
    {fold(label): value for value, label in CommendationType.choices}
)


def parse_date(value) -> date:
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = _DATE.match(text)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year, month, day)
        match = _ISO_DATE.match(text)
        if match:
            year, month, day = (int(part) for part in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise ValueError(
        _(
            "“%(value)s” không phải ngày hợp lệ: ghi theo ngày/tháng/năm, ví dụ 15/12/2025."
        )
        % {"value": text}
    )


def parse_year(value, *, label) -> int | None:
    text = str(value).strip()
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text) or not 1900 <= int(text) <= 2100:
        raise ValueError(
            _("%(label)s “%(value)s” không phải năm hợp lệ.")
            % {"label": label, "value": text}
        )
    return int(text)


def parse_bool(value, *, label) -> bool:
    folded = fold(str(value))
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValueError(
        _(
            "%(label)s: ghi “x” hoặc “Có” nếu đúng, để trống nếu không (đang ghi “%(value)s”)."
        )
        % {"label": label, "value": value}
    )


def _lookup(table, value, message):
    folded = fold(str(value))
    if not folded:
        return ""
    if folded in table:
        return table[folded]
    raise ValueError(message % {"value": value})


def parse_kind(value):
    return _lookup(
        _KINDS,
        value,
        _("Đối tượng “%(value)s” không hợp lệ: ghi Cá nhân, Tập thể hoặc Hộ gia đình."),
    )


def parse_gender(value):
    return _lookup(
        _GENDERS, value, _("Giới tính “%(value)s” không hợp lệ: ghi Nam hoặc Nữ.")
    )


def parse_ethnicity(value):
    return _lookup(
        _ETHNICITIES,
        value,
        _("Không có dân tộc “%(value)s” trong danh mục 54 dân tộc."),
    )


def parse_commendation_type(value):
    return _lookup(
        _COMMENDATION_TYPES,
        value,
        _(
            "Loại khen thưởng “%(value)s” không hợp lệ (ví dụ: Thường xuyên, Đột xuất, Chuyên đề)."
        ),
    )
