"""Every public page describes itself in its head, as Decree 42/2022 asks of a state
portal: title, description, creator, publisher, date, identifier and language in
Dublin Core, the same in Open Graph, and one canonical address."""

import re

import pytest

from honors.models import Honour, NewsPage
from tests.home.test_page_types import project_page_models

DUBLIN_CORE = ("title", "creator", "publisher", "identifier", "language", "type")


def head_metadata(html):
    head = html[: html.index("</head>")]
    names = dict(re.findall(r'<meta name="([\w.:]+)" content="([^"]*)"', head))
    properties = dict(re.findall(r'<meta property="([\w.:]+)" content="([^"]*)"', head))
    canonicals = re.findall(r'<link rel="canonical" href="([^"]+)"', head)
    return names, properties, canonicals


def demo_paths():
    paths = []
    for model in project_page_models():
        page = model.objects.live().first()
        if page is not None:
            paths.append(page.url)
    honour = Honour.objects.public().select_related("honoree").first()
    return [
        *paths,
        f"/bang-vang/ho-so/{honour.honoree.slug}/",
        honour.get_verification_url(),
        "/tim-kiem/?q=son+la",
        "/en/about/",
    ]


def test_every_page_type_has_dublin_core_open_graph_and_a_canonical_url(client, demo):
    missing = {}
    for path in demo_paths():
        names, properties, canonicals = head_metadata(client.get(path).content.decode())
        problems = [
            f"DC.{field}" for field in DUBLIN_CORE if not names.get(f"DC.{field}")
        ]
        if len(canonicals) != 1:
            problems.append("canonical")
        elif names.get("DC.identifier") != canonicals[0]:
            problems.append("DC.identifier is not the canonical URL")
        if properties.get("og:url") != (canonicals or [None])[0]:
            problems.append("og:url")
        if not properties.get("og:title"):
            problems.append("og:title")
        if problems:
            missing[path] = problems
    assert missing == {}


def test_an_article_gives_its_own_date_author_and_summary(client, demo):
    news = NewsPage.objects.live().exclude(byline="").first()

    names, properties, _ = head_metadata(client.get(news.url).content.decode())

    assert names["DC.date"] == news.date.isoformat()
    assert names["DC.creator"] == news.byline
    assert names["DC.description"] == properties["og:description"] != ""
    assert names["DC.language"] == "vi"


@pytest.mark.parametrize(("path", "language"), [("/", "vi"), ("/en/", "en")])
def test_the_language_is_the_pages_own(client, demo, path, language):
    names, properties, _ = head_metadata(client.get(path).content.decode())

    assert names["DC.language"] == language
    assert properties["og:locale"] == {"vi": "vi_VN", "en": "en_US"}[language]
