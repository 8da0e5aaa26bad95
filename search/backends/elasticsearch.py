"""What the portal's Elasticsearch 8 and 9 backends share: the Vietnamese analyzer."""

from copy import deepcopy

from modelsearch.utils import deep_update

from search.backends.folding import with_folded_queries

#: Index settings merged into Wagtail's: the default analyzer folds tone marks and đ
#: (asciifolding), and drops no word: Vietnamese
#: syllables such as "an", "do", "to" are words, not noise. The portal indexes text
#: already folded, so this matters for models indexed as Wagtail does (images,
#: documents) and is a second line of defence for the rest.
VIETNAMESE_ANALYSIS = {
    "settings": {
        "analysis": {
            "char_filter": {
                "vietnamese_d": {
                    "type": "mapping",
                    "mappings": ["đ => d", "Đ => D"],
                },
            },
            "filter": {
                "vietnamese_folding": {
                    "type": "asciifolding",
                    "preserve_original": False,
                },
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "char_filter": ["vietnamese_d"],
                    "tokenizer": "standard",
                    "filter": ["lowercase", "vietnamese_folding"],
                },
            },
        }
    }
}


def vietnamese_backend(backend_class):
    """The Wagtail Elasticsearch backend class with the Vietnamese analyzer and folded
    queries."""
    return type(
        f"Vietnamese{backend_class.__name__}",
        (with_folded_queries(backend_class),),
        {
            "__module__": __name__,
            "settings": deep_update(
                deepcopy(backend_class.settings), VIETNAMESE_ANALYSIS
            ),
        },
    )
