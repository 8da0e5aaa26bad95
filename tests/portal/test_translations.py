"""The catalogues are complete and their compiled files match the sources: English for
the portal's own strings (written in Vietnamese), Vietnamese for the Wagtail admin's."""

import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parents[2] / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


#: (language, domain) of every catalogue the portal keeps: English for its own strings,
#: Vietnamese for the Wagtail admin's Python and JavaScript ones.
CATALOGUES = [("en", "django"), ("vi", "django"), ("vi", "djangojs")]

#: Placeholders a translation leaves out on purpose, with the reason.
DROPPED_PLACEHOLDERS = {
    # Wagtail's page search passes no model name, so the header would read
    # "1-20 of 111 None"; "1–20 trong 111" says it all in the title column.
    "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s": {
        "%(model_name)s"
    },
}


def catalogue_entries(language, domain="django"):
    return [
        entry
        for entry in polib.pofile(LOCALE_DIR / f"{language}/LC_MESSAGES/{domain}.po")
        if not entry.obsolete
    ]


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_every_string_has_a_translation(language, domain):
    untranslated = [
        entry.msgid
        for entry in catalogue_entries(language, domain)
        if "fuzzy" in entry.flags or not entry.translated()
    ]
    assert untranslated == []


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_translations_keep_every_placeholder(language, domain):
    broken = []
    for entry in catalogue_entries(language, domain):
        translations = [entry.msgstr] if entry.msgstr else entry.msgstr_plural.values()
        # A plural's forms may name the count the singular spells out ("1 page").
        sources = [entry.msgid, *([entry.msgid_plural] if entry.msgid_plural else [])]
        dropped = DROPPED_PLACEHOLDERS.get(entry.msgid, set())
        for translation in translations:
            found = sorted(PLACEHOLDER.findall(translation))
            expected = [
                sorted(p for p in PLACEHOLDER.findall(source) if p not in dropped)
                for source in sources
            ]
            if found not in expected:
                broken.append(entry.msgid)
    assert broken == []


@pytest.mark.parametrize(("language", "domain"), CATALOGUES)
def test_compiled_catalogue_is_up_to_date_with_the_source(language, domain):
    plural_index = 1 if language == "en" else 0
    with open(LOCALE_DIR / f"{language}/LC_MESSAGES/{domain}.mo", "rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    for entry in catalogue_entries(language, domain):
        if entry.msgid_plural:
            assert (
                translations.ngettext(entry.msgid, entry.msgid_plural, 2)
                == entry.msgstr_plural[plural_index]
            ), entry.msgid
        elif entry.msgctxt:
            assert translations.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr
        else:
            assert translations.gettext(entry.msgid) == entry.msgstr, entry.msgid


def test_the_english_catalogue_holds_every_string_the_code_marks(tmp_path):
    """`make messages` was run after the last change: extracting the strings again
    (in a copy of the project, so the real catalogue is untouched) finds none that the
    committed catalogue lacks. Needs GNU gettext, which `make test` makes sure of."""
    project = LOCALE_DIR.parent
    copy = tmp_path / "project"
    shutil.copytree(
        project,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv",
            ".git",
            "tests",
            "scripts",
            "staticfiles",
            "media",
            "node_modules",
            "*.sqlite3",
            "__pycache__",
        ),
    )
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "en",
            "--ignore=.venv",
            "--ignore=staticfiles",
        ],
        cwd=copy,
        capture_output=True,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
    )
    assert result.returncode == 0, result.stderr

    def msgids(path):
        return {
            entry.msgid
            for entry in polib.pofile(path / "locale/en/LC_MESSAGES/django.po")
            if not entry.obsolete
        }

    assert msgids(copy) - msgids(project) == set()
