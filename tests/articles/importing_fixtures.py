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
