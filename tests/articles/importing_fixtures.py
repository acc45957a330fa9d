"""Paths to the hand-written import fixtures (tests/articles/fixtures/import/)."""

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "import"
MALFORMED = FIXTURES / "malformed"
MEDIA = FIXTURES / "media"
WXR = FIXTURES / "wordpress-export.xml"

MANFAAT = FIXTURES / "manfaat-arisan.txt"
KAS_CRLF = FIXTURES / "kas-arisan-crlf.txt"
POSYANDU_BOM = FIXTURES / "posyandu-bom.txt"
KERJA_BAKTI = FIXTURES / "kerja-bakti.txt"


def make_index(home_page, slug="artikel"):
    """A published article index under the home page (what `load_demo_content` makes)."""
    from articles.models import ArticleIndexPage

    index = ArticleIndexPage(title="Artikel", slug=slug)
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


# A WordPress 6.x export with the edge cases real blogs have (issue #16), and its
# uploads folder in WordPress's year/month layout.
REAL_WXR = FIXTURES / "wordpress-real-export.xml"
WP_CONTENT = FIXTURES / "wp-content"
