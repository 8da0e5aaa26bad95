"""The Elasticsearch backends, checked without a server: the analyzer, the mapping, the
documents sent and the queries compiled. (No Elasticsearch can run here; the live
tests in test_elasticsearch_live.py run when ELASTICSEARCH_URL is set.)"""

import json
from datetime import date

import pytest

from honors.models import Honoree, NewsPage
from search.backends import elasticsearch8, elasticsearch9
from search.page.types import HonoreeType
from tests.honors import factories

BACKENDS = [
    pytest.param(elasticsearch8.SearchBackend, id="es8"),
    pytest.param(elasticsearch9.SearchBackend, id="es9"),
]


def backend_of(backend_class):
    # The client connects lazily: nothing listens on port 9, and nothing needs to.
    return backend_class({"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "tdkt_"})


def as_json(value):
    return json.dumps(value, ensure_ascii=False)


@pytest.mark.parametrize("backend_class", BACKENDS)
def test_the_default_analyzer_folds_and_keeps_every_syllable(backend_class):
    analysis = backend_of(backend_class).settings["settings"]["analysis"]

    default = analysis["analyzer"]["default"]
    assert default["tokenizer"] == "standard"
    assert default["filter"] == ["lowercase", "vietnamese_folding"]
    assert analysis["filter"]["vietnamese_folding"]["type"] == "asciifolding"
    assert analysis["char_filter"]["vietnamese_d"]["mappings"] == ["đ => d", "Đ => D"]
    assert "stop" not in as_json(default)
    # Wagtail's own analyzers (autocomplete) are kept.
    assert "edgengram_analyzer" in analysis["analyzer"]


@pytest.mark.parametrize("backend_class", BACKENDS)
def test_an_honoree_is_mapped_with_its_text_and_filter_fields(backend_class):
    mapping = backend_of(backend_class).mapping_class(Honoree).get_mapping()

    properties = mapping["properties"]
    assert properties["name"]["type"] == "text"
    assert "_all_text_boost_4_0" in properties["name"]["copy_to"]
    assert properties["public_honours_text"]["type"] == "text"
    assert properties["name_edgengrams"]["analyzer"] == "edgengram_analyzer"
    assert properties["id_filter"]["type"] == "long"
    assert properties["is_published_filter"]["type"] == "boolean"


@pytest.mark.parametrize(
    "typed", ["Nguyễn Văn Đức", "NGUYEN VAN DUC", "nguyễn văn đuc", "Nguyễn Văn Đức"]
)
@pytest.mark.parametrize("backend_class", BACKENDS)
def test_queries_reach_elasticsearch_folded(backend_class, typed):
    backend = backend_of(backend_class)
    queryset = Honoree.objects.filter(is_published=True)

    query = backend.query_compiler_class(queryset, typed, operator="and").get_query()
    suggest = backend.autocomplete_query_compiler_class(
        queryset, typed[:-1], operator="and"
    ).get_query()

    assert query["bool"]["must"]["multi_match"]["query"] == "nguyen van duc"
    assert query["bool"]["must"]["multi_match"]["operator"] == "and"
    assert {"term": {"is_published_filter": True}} in query["bool"]["filter"]
    assert suggest["bool"]["must"]["match"]["_edgengrams"]["query"] == "nguyen van du"


@pytest.mark.parametrize("backend_class", BACKENDS)
def test_images_are_searched_as_wagtail_does(backend_class):
    from wagtail.images.models import Image

    backend = backend_of(backend_class)
    query = backend.query_compiler_class(Image.objects.all(), "Sơn La").get_query()

    assert "Sơn La" in as_json(query)


@pytest.mark.django_db
@pytest.mark.parametrize("backend_class", BACKENDS)
def test_an_honoree_document_holds_folded_text_and_only_public_honours(
    backend_class, home_page
):
    backend = backend_of(backend_class)
    roll = factories.roll(home_page)
    live = factories.honour(
        factories.honoree("Đỗ Thị Thuý", organisation="Trường Mầm non Hoa Ban"),
        factories.award("Huân chương Lao động hạng Ba"),
    )
    factories.board(roll, [live.decision])
    draft = factories.decision("999/QĐ-UBND", date(2026, 1, 5))
    factories.honour(live.honoree, factories.award("Giấy khen"), draft)
    honoree = Honoree.get_indexed_objects().get(pk=live.honoree_id)

    document = backend.mapping_class(Honoree).get_document(honoree)

    assert document["name"] == "do thi thuy"
    assert document["organisation"] == "truong mam non hoa ban"
    assert "huan chuong lao dong hang ba" in document["public_honours_text"]
    assert "giay khen" not in document["public_honours_text"]
    assert "999" not in document["public_honours_text"]
    assert document["is_published_filter"] is True


@pytest.mark.django_db
@pytest.mark.parametrize("backend_class", BACKENDS)
def test_a_news_document_is_folded(backend_class, home_page):
    page = factories.news(home_page, "Mường La hoà hợp", lead="Đoàn kết ở Điện Biên.")

    document = backend_of(backend_class).mapping_class(NewsPage).get_document(page)

    assert document["title"] == "muong la hoa hop"
    assert document["honors_newspage__lead"] == "doan ket o dien bien"


@pytest.mark.django_db
@pytest.mark.parametrize("backend_class", BACKENDS)
def test_the_year_filter_compiles_to_the_honorees_of_that_year(
    backend_class, home_page
):
    roll = factories.roll(home_page)
    honour = factories.honour(factories.honoree("Lò Thị Hương"), year=2024)
    factories.board(roll, [honour.decision])
    queryset = HonoreeType("x", "x", ("honors.Honoree",)).for_year(
        Honoree.objects.published(), 2024
    )

    query = (
        backend_of(backend_class)
        .query_compiler_class(queryset, "lo thi huong", operator="and")
        .get_query()
    )

    assert query["bool"]["filter"][1] == {
        "bool": {
            "must": [
                {"term": {"is_published_filter": True}},
                {"terms": {"id_filter": [honour.honoree_id]}},
            ]
        }
    }
