"""The Indonesian evaluation set: every inflected form finds its partner, every query its posts."""

import pytest
from wagtail.models import Page

from portal.search.analysis import search_analyzer
from portal.search.evaluation import CONFLATE, DOCUMENTS, KEEP_APART, QUERIES, SECOND_SET
from portal.search.stemmer import stem


@pytest.mark.parametrize("group", CONFLATE + SECOND_SET, ids=lambda group: group[0])
def test_inflected_forms_share_a_stem(group):
    assert {stem(word) for word in group} == {stem(group[0])}


@pytest.mark.parametrize("pair", KEEP_APART, ids=lambda pair: "-".join(pair))
def test_different_words_keep_different_stems(pair):
    assert stem(pair[0]) != stem(pair[1])


def test_community_words_and_numbers_pass_through_the_analyzer():
    tokens = [t.text for t in search_analyzer()("Arisan PKK dan Posyandu RT 05 tahun 2026")]

    assert tokens == ["arisan", "pkk", "posyandu", "rt", "05", "tahun", "2026"]


@pytest.mark.django_db
def test_every_query_finds_its_posts_in_the_first_ten(make_page):
    ids = {}
    for number, (doc_id, text) in enumerate(DOCUMENTS):
        # Neutral titles: only the text may make a post match.
        ids[make_page(f"Kabar {number}", intro=text).pk] = doc_id

    for query, expected in QUERIES:
        found = {ids.get(page.pk) for page in Page.objects.search(query)[:10]}
        assert expected <= found, query
