import pytest
from django.core.exceptions import ValidationError

from groups_directory.validators import normalize_whatsapp, reject_markup


@pytest.mark.parametrize(
    "raw",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "+6281234567890",
        "+62 812-3456-7890",
        "+62 812 3456 7890",
        "6281234567890",
        "62 812 3456 7890",
        "62-812-3456-7890",
    ],
)
def test_whatsapp_numbers_are_normalised_to_plus_62(raw):
    assert normalize_whatsapp(raw) == "+6281234567890"


@pytest.mark.parametrize("raw", ["", "0812", "abc", "+1 202 555 0100", "0812-3456-7890-1234"])
def test_malformed_whatsapp_numbers_are_rejected(raw):
    with pytest.raises(ValidationError) as error:
        normalize_whatsapp(raw)
    assert "WhatsApp" in error.value.messages[0]


def test_landline_is_not_a_whatsapp_number():
    with pytest.raises(ValidationError, match="nomor HP"):
        normalize_whatsapp("021 1234567")


@pytest.mark.parametrize(
    "text",
    ["<script>alert(1)</script>", "Halo <b>tebal</b>", "<SCRIPT src=x>", "<!-- x -->", "</p>"],
)
def test_markup_is_rejected(text):
    with pytest.raises(ValidationError):
        reject_markup(text)


@pytest.mark.parametrize("text", ["Iuran < Rp10.000", "3 < 5 dan 5 > 3", "Biasa saja"])
def test_plain_text_with_angle_brackets_passes(text):
    reject_markup(text)
