"""Suggestions as one types: a small JSON endpoint for the search boxes, folded like the
search, answering bad input with a JSON error."""

import pytest

from honors.models import Honoree


def suggest(client, text, prefix=""):
    return client.get(f"{prefix}/tim-kiem/goi-y/", {"q": text})


@pytest.mark.parametrize("typed", ["lo thi hu", "Lò Thị Hư", "LO THI HU", "lò thị hu"])
def test_an_honoree_is_suggested_from_the_first_letters_without_tone_marks(
    client, demo, typed
):
    honoree = Honoree.objects.get(slug="lo-thi-huong")

    data = suggest(client, typed).json()

    assert data["query"] == typed
    assert {
        "label": "Lò Thị Hương",
        "type": "Cá nhân, tập thể được khen",
        "detail": honoree.organisation or honoree.position,
        "url": "/bang-vang/ho-so/lo-thi-huong/",
    } in data["suggestions"]


def test_pages_are_suggested_too(client, demo):
    data = suggest(client, "nong thon m").json()

    assert {
        "label": "Sơn La chung sức xây dựng nông thôn mới",
        "type": "Phong trào thi đua",
        "detail": "",
        "url": "/phong-trao-thi-dua/chung-suc-xay-dung-nong-thon-moi/",
    } in data["suggestions"]


def test_at_most_eight_suggestions(client, demo):
    assert len(suggest(client, "lo").json()["suggestions"]) == 8


def test_one_letter_gets_no_suggestion(client, demo):
    assert suggest(client, "l").json() == {"query": "l", "suggestions": []}
    assert suggest(client, "!?").json() == {"query": "!?", "suggestions": []}


def test_an_honoree_kept_off_public_pages_is_never_suggested(client, demo):
    urls = [
        item["url"] for item in suggest(client, "cam thi mai").json()["suggestions"]
    ]

    assert "/bang-vang/ho-so/cam-thi-mai/" not in urls
    assert "/bang-vang/ho-so/cam-thi-mai-2/" in urls


def test_english_suggestions_link_to_english_pages(client, demo):
    data = suggest(client, "about", prefix="/en").json()

    assert data["suggestions"] == [
        {"label": "About", "type": "Pages", "detail": "", "url": "/en/about/"}
    ]


def test_suggestions_may_be_cached_briefly(client, demo):
    response = suggest(client, "lo thi")

    assert "max-age=60" in response["Cache-Control"]


@pytest.mark.parametrize("text", ["x" * 101, "lo\x00thi"])
def test_bad_input_gets_a_json_error(client, demo, text):
    response = suggest(client, text)

    assert response.status_code == 400
    assert response.json() == {"error": "Từ khóa dài tối đa 100 ký tự."}
