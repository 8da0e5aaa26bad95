"""Fold Vietnamese text the way people type it: no tone marks, đ as d, lower case.

"Lò Thị Hương", "LO THI HUONG", "lo thi huong" and the same words typed with decomposed
Unicode all fold to "lo thi huong", so a folded query finds a folded field on any
database. anyascii is already a dependency of Wagtail.
"""

import re
import unicodedata

from anyascii import anyascii

_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str | None) -> str:
    """Lower-case ASCII words separated by single spaces."""
    if not text:
        return ""
    ascii_text = anyascii(unicodedata.normalize("NFC", str(text))).lower()
    return _NON_WORD.sub(" ", ascii_text).strip()


def folded_slug(text: str | None, max_length: int = 80) -> str:
    """A slug of the folded words: "Chủ tịch Ủy ban" → "chu-tich-uy-ban" (Django's
    slugify alone would drop "đ" rather than write "d")."""
    return fold(text).replace(" ", "-")[:max_length]


def folded_words(text: str | None) -> list[str]:
    return fold(text).split()


def searchable(*texts: str | None) -> str:
    """Folded words with a space before each, to store in a field that filters match by
    the start of words: "an" finds "An" and "Anh" but not the "an" inside "Lan"."""
    return " " + fold(" ".join(text for text in texts if text)) + " "


def word_start_filters(text: str, fields) -> list:
    """One condition per word typed: each folded part of the word starts a word of the
    same field, for one of the fields (which hold `searchable` text). "Lò Thị Hương",
    "lo thi huong" and "LO THI HUONG" give the same conditions; so do "303/QĐ-CTN" and
    "303/QD-CTN"."""
    from django.db.models import Q

    conditions = []
    for typed in text.split():
        parts = folded_words(typed)
        if not parts:
            continue
        alternatives = Q()
        for field in fields:
            in_field = Q()
            for part in parts:
                in_field &= Q(**{f"{field}__contains": f" {part}"})
            alternatives |= in_field
        conditions.append(alternatives)
    return conditions


#: The Vietnamese alphabet, with the Latin letters it borrows in their places.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
#: Tone marks in dictionary order: none (ngang), huyền, hỏi, ngã, sắc, nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vietnamese_sort_key(text: str | None):
    """Sort as a Vietnamese dictionary does: Bắc before Bình, every D word before
    every Đ word, ă and â after a; tone marks only break ties (ngang, huyền, hỏi, ngã,
    sắc, nặng). Code points and folded ASCII both get this wrong."""
    letters, tones = [], []
    for char in unicodedata.normalize("NFD", (text or "").lower()):
        if char in _TONES:
            if tones:
                tones[-1] = _TONES[char]
            continue
        if unicodedata.combining(char) and letters:
            # A breve, circumflex or horn belongs to the letter: ă, â, ê, ô, ơ, ư.
            base = unicodedata.normalize("NFC", letters[-1][1] + char)
            letters[-1] = (_LETTER_RANK.get(base, 100 + ord(base[0])), base)
            continue
        rank = -1 if not char.isalnum() else _LETTER_RANK.get(char, 100 + ord(char))
        letters.append((rank, char))
        tones.append(0)
    return tuple(rank for rank, _char in letters), tuple(tones)
