"""Keeping translated pages in step with the Vietnamese ones.

A translation is out of date when its source, the page in the site's default language,
was published after the translation last was: the Vietnamese text may have changed
and nobody has carried the change over yet. Editors are told on the translation's edit
screen (wagtail_hooks) and readers see a note on the translated page."""

from dataclasses import dataclass
from datetime import datetime

from django.utils import translation
from wagtail.models import Locale, Page


@dataclass(frozen=True)
class OutdatedTranslation:
    source: Page
    source_published_at: datetime
    translated_at: datetime


def outdated_translation(page) -> OutdatedTranslation | None:
    """Whether `page`, a translation, lags behind its source page (None if it does
    not, or if it is itself in the default language or was never published)."""
    default = Locale.get_default()
    if page.locale_id == default.pk or page.last_published_at is None:
        return None
    source = page.get_translation_or_none(default)
    if source is None or source.last_published_at is None:
        return None
    if source.last_published_at <= page.last_published_at:
        return None
    return OutdatedTranslation(source, source.last_published_at, page.last_published_at)


def content_source(page):
    """The page whose children hold a section's content: the section itself, or for a
    translation (the English news index, say) its source in the default language.

    News, stories, boards and consultations are written in Vietnamese only; an English
    section page lists them under English headings and filters instead of standing
    empty."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return page.get_translation_or_none(default) or page


def in_active_language(vietnamese: str, english: str) -> str:
    """The English wording when English is active and an editor has written one."""
    if english and translation.get_language() == "en":
        return english
    return vietnamese
