"""A Vietnamese user sees no English in the admin screens their role uses.

Every admin URL a role may open (the permission matrix's list) is fetched as that
role; the text a person can see or hear (text, and the alt, title, aria-label and
placeholder attributes, dialogs' templates included) is split into words. A word is
English when it is a word of Wagtail's or Django's own interface (their catalogues'
English source strings) and not a Vietnamese syllable written without marks ("in",
"to", "an", "ban"…). What the portal holds (page titles, usernames, file names,
the English translations of pages) is content, and allowed.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import wagtail
import wagtail_modeladmin
from django.conf import settings as django_settings
from django.contrib import admin as django_admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from home.public_forms import codes
from honors.models import Holiday
from tests.admin_samples import demo_samples, values_for
from tests.admin_urls import admin_urls
from tests.portal.test_permission_matrix import INTENTIONAL_ERRORS, expected_roles

ROLES = ("bientap", "thuky", "lanhdao", "gopy", "quantri")
LOCALE = Path(__file__).resolve().parents[2] / "locale"
#: Names, formats and abbreviations that read the same in Vietnamese.
NOT_ENGLISH = {
    "wagtail", "pdf", "csv", "xlsx", "xls", "json", "api", "url", "qr", "html", "rss",
    "atom", "id", "ok", "email", "e-mail", "png", "jpeg", "jpg", "gif", "webp", "svg",
    "docx", "odt", "pptx", "rtf", "txt", "zalo", "facebook", "youtube", "tiktok",
    "ubnd", "qd", "tdkt", "ctn", "ttg", "bnv", "qh", "nd", "tt", "kh", "gy", "sonla",
    "example", "vn", "gov", "www", "http", "https", "admin", "demo", "slug", "seo",
    "tag", "tags", "alt", "px", "cm", "mb", "kb", "gb", "ip", "ctrl", "shift",
    "esc", "enter", "tab", "utc", "me", "byte", "bytes",
}  # fmt: skip
#: Texts that are names, not words: time zones, e-mail addresses, file types, models
#: (and the portal's receipt and verification codes: home.public_forms.codes.PATTERN).
NAMES = re.compile(
    r"^([A-Z][A-Za-z_-]+/[A-Za-z_/+-]+|[\w.+-]+@[\w.-]+|\w+/[\w.+-]+|\w+\.\w+)$"
)


def catalogue_words(paths):
    words = set()
    for path in paths:
        for entry in polib.pofile(str(path)):
            text = f"{entry.msgid} {entry.msgid_plural or ''}"
            text = re.sub(r"%\(\w+\)[sd]|\{\w*\}|<[^>]+>", " ", text)
            words |= {word.lower() for word in re.findall(r"[A-Za-z]{2,}", text)}
    return words


def english_words():
    """Words of Wagtail's, modeladmin's and Django admin's interfaces (their French
    catalogues hold every English source string)."""
    roots = [
        Path(wagtail.__file__).parent,
        Path(wagtail_modeladmin.__file__).parent,
        Path(django_admin.__file__).parent,
        Path(django_admin.__file__).parents[1] / "auth",
        Path(django_admin.__file__).parents[2] / "conf",
    ]
    paths = [
        path for root in roots for path in root.rglob("locale/fr/LC_MESSAGES/*.po")
    ]
    return catalogue_words(paths)


def vietnamese_syllables():
    """Vietnamese written without marks: syllables of the portal's Vietnamese texts."""
    syllables = set()
    for path in LOCALE.glob("vi/LC_MESSAGES/*.po"):
        for entry in polib.pofile(str(path)):
            syllables |= {w.lower() for w in re.findall(r"[A-Za-z]+", entry.msgstr)}
    for path in (LOCALE / "en/LC_MESSAGES").glob("*.po"):
        for entry in polib.pofile(str(path)):  # the portal's sources are Vietnamese
            syllables |= {w.lower() for w in re.findall(r"[A-Za-z]+", entry.msgid)}
    return syllables


def content_words():
    """What the portal holds: its pages, files, people, groups, registry and settings,
    in any language."""
    from home.models import SiteSettings
    from honors.models import Award, Decision, Honoree, Locality

    texts = [
        *Award.objects.values_list("name_en", flat=True),
        *Award.objects.values_list("aliases", flat=True),
        *Decision.objects.values_list("number", flat=True),
        *Honoree.objects.values_list("name", flat=True),
        *Locality.objects.values_list("name", flat=True),
        *Page.objects.values_list("title", flat=True),
        *Page.objects.values_list("slug", flat=True),
        *get_image_model().objects.values_list("title", flat=True),
        *get_document_model().objects.values_list("title", flat=True),
        *get_document_model().objects.values_list("file", flat=True),
        *Group.objects.values_list("name", flat=True),
    ]
    for user in get_user_model().objects.all():
        texts += [user.username, user.email, user.first_name, user.last_name]
    # A language chooser names each language in itself ("English").
    texts += [str(name) for _code, name in django_settings.LANGUAGES]
    for settings in SiteSettings.objects.all():
        texts += [
            str(value)
            for field in settings._meta.concrete_fields
            if isinstance(value := getattr(settings, field.attname), str)
        ]
    return {w.lower() for text in texts for w in re.findall(r"[A-Za-z]+", text or "")}


class VisibleText(HTMLParser):
    """Text a person sees or hears: outside scripts, hidden elements (hidden,
    aria-hidden) and anything marked as being in another language (lang="en")."""

    SILENT = {"script", "style", "noscript"}
    SPOKEN = ("alt", "title", "aria-label", "placeholder")
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr"}  # fmt: skip

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.stack = []  # (tag, silent) of the open elements

    @property
    def silent(self):
        return any(silent for _tag, silent in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        other_language = attrs.get("lang", "vi").split("-")[0] not in ("vi", "")
        hidden = "hidden" in attrs or attrs.get("aria-hidden") == "true"
        silent = tag in self.SILENT or other_language or hidden
        if not (self.silent or silent):
            for name in self.SPOKEN:
                if attrs.get(name):
                    self.parts.append(attrs[name])
        if tag not in self.VOID:
            self.stack.append((tag, silent))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if not self.silent and data.strip():
            self.parts.append(" ".join(data.split()))


def visible_texts(html):
    parser = VisibleText()
    parser.feed(html)
    return parser.parts


def screen_html(response):
    """The HTML a response shows: a page, or the dialog Wagtail's choosers receive as
    JSON ({"html": …}). None for anything else."""
    if response.status_code != 200:
        return None
    content_type = response.get("Content-Type", "")
    if "text/html" in content_type:
        return response.content.decode()
    if "application/json" in content_type:
        data = response.json()
        if isinstance(data, dict) and isinstance(data.get("html"), str):
            return data["html"]
    return None


class EnglishFinder:
    """Finds the English texts of a screen: visible texts with a word of Wagtail's or
    Django's interface that is neither Vietnamese nor the portal's content."""

    def __init__(self):
        self.english = english_words() - vietnamese_syllables() - NOT_ENGLISH
        self.allowed = content_words()

    def __call__(self, html):
        found = []
        for text in visible_texts(html):
            if NAMES.match(text) or codes.PATTERN.fullmatch(text):
                continue
            words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", text)}
            if (words & self.english) - self.allowed:
                found.append(text[:120])
        return found


def test_no_admin_screen_a_role_uses_shows_english(client, demo):
    samples = demo_samples()
    english_in = EnglishFinder()
    users = {u.username: u for u in get_user_model().objects.filter(username__in=ROLES)}
    client.raise_request_exception = False
    found = {}
    screens = 0
    for url in admin_urls():
        if (
            url.name in INTENTIONAL_ERRORS
            or "api" in url.name
            or "javascript" in url.name
        ):
            continue
        path = url.build(values_for(url, samples))
        for role in sorted(expected_roles(url.name) & set(ROLES)):
            client.force_login(users[role])
            html = screen_html(client.get(path))
            if html is None:
                continue
            screens += 1
            for text in english_in(html):
                found.setdefault(text, set()).add(url.name)

    assert screens > 200
    report = "\n".join(
        f"{text!r}  ({', '.join(sorted(names)[:3])})"
        for text, names in sorted(found.items())
    )
    assert found == {}, f"{len(found)} English texts:\n{report}"


def test_signing_in_out_and_the_messages_after_an_action_are_in_vietnamese(
    client, demo
):
    """What a GET walk cannot see: the sign-in screen and its error, the message after
    signing out, and the confirmation after saving."""
    english_in = EnglishFinder()
    seen = {}

    def look(name, response):
        assert response.status_code == 200, name
        seen[name] = english_in(response.content.decode())

    look("sign-in screen", client.get("/admin/login/"))
    look(
        "wrong password",
        client.post("/admin/login/", {"username": "bientap", "password": "sai"}),
    )
    look("password reset", client.get("/admin/password_reset/"))
    client.force_login(get_user_model().objects.get(username="quantri"))
    look("signed out", client.post("/admin/logout/", follow=True))

    client.force_login(get_user_model().objects.get(username="quantri"))
    holiday = Holiday.objects.order_by("date").first()
    edit = f"/admin/honors/holiday/edit/{holiday.pk}/"
    form = client.get(edit).context["form"]
    data = {
        field.html_name: field.field.widget.format_value(field.value())
        for field in form
        if field.value() is not None
    }
    saved = client.post(edit, data, follow=True)
    messages = [str(message) for message in saved.context["messages"]]
    assert any(holiday.name in message for message in messages), messages
    look("registry record saved", saved)

    assert {name: texts for name, texts in seen.items() if texts} == {}
