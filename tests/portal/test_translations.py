"""The English catalogue is complete and its compiled file matches the source."""

import gettext
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"


def catalogue_entries():
    return list(polib.pofile(LOCALE_DIR / "en/LC_MESSAGES/django.po"))


def test_every_string_has_an_english_translation():
    untranslated = [
        entry.msgid
        for entry in catalogue_entries()
        if entry.obsolete is False
        and ("fuzzy" in entry.flags or not entry.translated())
    ]
    assert untranslated == []


def test_compiled_catalogue_is_up_to_date_with_the_source():
    with open(LOCALE_DIR / "en/LC_MESSAGES/django.mo", "rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    for entry in catalogue_entries():
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            assert (
                translations.ngettext(entry.msgid, entry.msgid_plural, 2)
                == (entry.msgstr_plural[1])
            ), entry.msgid
        else:
            assert translations.gettext(entry.msgid) == entry.msgstr, entry.msgid
