"""The catalogues are complete and their compiled files match the sources: English for
the portal's own strings (written in Vietnamese), Vietnamese for the Wagtail admin's."""

import gettext
import re
from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


def catalogue_entries(language):
    return [
        entry
        for entry in polib.pofile(LOCALE_DIR / f"{language}/LC_MESSAGES/django.po")
        if not entry.obsolete
    ]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_every_string_has_a_translation(language):
    untranslated = [
        entry.msgid
        for entry in catalogue_entries(language)
        if "fuzzy" in entry.flags or not entry.translated()
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", ["en", "vi"])
def test_translations_keep_every_placeholder(language):
    broken = []
    for entry in catalogue_entries(language):
        translations = [entry.msgstr] if entry.msgstr else entry.msgstr_plural.values()
        for translation in translations:
            if sorted(PLACEHOLDER.findall(entry.msgid)) != sorted(
                PLACEHOLDER.findall(translation)
            ):
                broken.append(entry.msgid)
    assert broken == []


@pytest.mark.parametrize(("language", "plural_index"), [("en", 1), ("vi", 0)])
def test_compiled_catalogue_is_up_to_date_with_the_source(language, plural_index):
    with open(LOCALE_DIR / f"{language}/LC_MESSAGES/django.mo", "rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    for entry in catalogue_entries(language):
        if entry.msgid_plural:
            assert (
                translations.ngettext(entry.msgid, entry.msgid_plural, 2)
                == entry.msgstr_plural[plural_index]
            ), entry.msgid
        elif entry.msgctxt:
            assert translations.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr
        else:
            assert translations.gettext(entry.msgid) == entry.msgstr, entry.msgid
