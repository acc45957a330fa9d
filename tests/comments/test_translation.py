import pytest
from django.utils import translation

from comments.forms import CommentForm


@pytest.mark.parametrize(
    ("msgid", "expected"),
    [
        ("Notify me about follow-up comments", "Beri tahu saya komentar lanjutan melalui email"),
        ("I like it", "Saya suka"),
        ("Comment in moderation", "Komentar sedang dimoderasi"),
        (
            "Only registered users can post comments.",
            "Hanya pengguna terdaftar yang dapat berkomentar.",
        ),
        ("new comment posted", "komentar baru dikirim"),
    ],
)
def test_django_comments_xtd_strings_have_indonesian_translations(msgid, expected):
    with translation.override("id"):
        assert translation.gettext(msgid) == expected


@pytest.mark.django_db
def test_form_labels_are_indonesian(commentable_page):
    with translation.override("id"):
        form = CommentForm(commentable_page)
        labels = {name: str(field.label) for name, field in form.fields.items() if field.label}
    assert labels["name"] == "Nama"
    assert labels["email"] == "Email"
    assert labels["url"] == "Situs web"
    assert labels["comment"] == "Komentar"
    assert labels["followup"] == "Beri tahu saya komentar lanjutan melalui email"
