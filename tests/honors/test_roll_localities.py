"""The honour roll's "Địa bàn" filter offers only places with honours, marks the units
that ended with the 2025 reorganisation, and names places the reader's way."""

import re

from django.utils import translation

from honors.models import Locality

MARK = "(trước 01/07/2025)"


def offered(html):
    select = re.search(r'<select name="locality"[^>]*>(.*?)</select>', html, re.S)
    return [
        (value, re.sub(r"^[\u2003\s]+", "", label))
        for value, label in re.findall(
            r'<option value="(\d+)"[^>]*>([^<]+)</option>', select.group(1)
        )
    ]


def count(html):
    found = re.search(r'id="results-title"[^>]*>\s*([\d.]+) khen thưởng', html)
    return int(found.group(1).replace(".", ""))


def test_every_locality_offered_finds_honours(client, demo):
    choices = offered(client.get("/bang-vang/").content.decode())

    assert len(choices) > 3
    for value, label in choices:
        html = client.get("/bang-vang/", {"locality": value}).content.decode()
        assert count(html) > 0, label


def test_former_units_are_marked_and_only_offered_with_honours(client, demo):
    labels = {
        label for _value, label in offered(client.get("/bang-vang/").content.decode())
    }
    former = list(Locality.objects.filter(is_current=False))

    assert former
    for locality in former:
        assert str(locality) not in labels  # never offered as if it still existed
    offered_former = [label for label in labels if label.endswith(MARK)]
    holding = {
        locality.pk
        for locality in former
        if count(client.get("/bang-vang/", {"locality": locality.pk}).content.decode())
    }
    assert len(offered_former) == len(holding)


def test_a_locality_not_offered_still_answers(client, demo):
    former = Locality.objects.filter(is_current=False).first()

    response = client.get("/bang-vang/", {"locality": former.pk})

    assert response.status_code == 200


def test_places_read_the_readers_way(demo):
    commune = Locality.objects.filter(kind="commune").first()

    with translation.override("en"):
        english = str(commune)
    with translation.override("vi"):
        vietnamese = str(commune)

    assert english == f"{commune.name} commune"
    assert vietnamese == f"xã {commune.name}"
