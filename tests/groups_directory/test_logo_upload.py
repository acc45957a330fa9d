"""A logo or photo sent with the public group form or the organiser's link: checked,
scaled down, re-encoded without metadata, stored as a Wagtail image, and shown."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images import get_image_model

from groups_directory import images
from groups_directory.models import GroupPage
from groups_directory.moderation import organiser_token

from .factories import make_group
from .test_submission import category, submit_url, valid_data  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


def picture(fmt="JPEG", size=(1600, 1200), mode="RGB", gps=True):
    """An image file as a phone would send it: large, with EXIF camera and GPS data."""
    image = Image.new(mode, size, (200, 80, 40, 255)[: len(mode)])
    output = io.BytesIO()
    options = {}
    if gps and fmt in ("JPEG", "WEBP"):
        exif = Image.Exif()
        exif[0x010F] = "KameraPonsel"  # Make
        exif[0x0112] = 6  # Orientation: rotated 90° clockwise
        exif.get_ifd(0x8825)[2] = (6.0, 14.0, 3.0)  # GPSLatitude
        options["exif"] = exif
    image.save(output, format=fmt, **options)
    return output.getvalue()


def upload(content, name="logo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def stored_pixels(wagtail_image):
    with wagtail_image.file.open("rb") as handle:
        data = handle.read()
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        return image, data


def test_registration_stores_a_small_clean_logo(client, directory, submit_url, category):  # noqa: F811 - fixtures
    data = valid_data(category=category.pk, logo=upload(picture()))
    response = client.post(submit_url, data)
    assert response.status_code == 302
    group = GroupPage.objects.get()
    assert group.logo is not None
    assert group.logo.title == "Logo Arisan Dahlia RT 04"
    image, raw = stored_pixels(group.logo)
    # Turned upright by its EXIF orientation, then fitted into 800 px.
    assert image.size == (600, 800)
    assert image.format == "JPEG"
    assert not image.getexif()
    assert b"KameraPonsel" not in raw and b"Exif" not in raw
    assert "icc_profile" not in image.info


def test_transparent_png_stays_png(client, directory, submit_url, category):  # noqa: F811
    data = valid_data(
        category=category.pk,
        logo=upload(picture("PNG", (300, 300), "RGBA"), "logo.png", "image/png"),
    )
    assert client.post(submit_url, data).status_code == 302
    image, _raw = stored_pixels(GroupPage.objects.get().logo)
    assert (image.format, image.mode, image.size) == ("PNG", "RGBA", (300, 300))


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"%PDF-1.4 bukan gambar", "brosur.pdf", "Berkas ini bukan gambar JPG, PNG, atau WebP."),
        (
            picture("GIF", (300, 300), "P", gps=False),
            "logo.gif",
            "Pilih gambar JPG, PNG, atau WebP.",
        ),
        (picture(size=(60, 60)), "kecil.jpg", "Gambar terlalu kecil: minimal 100 × 100 piksel."),
        (
            picture(size=(8100, 200)),
            "lebar.jpg",
            "Gambar terlalu besar: maksimal 8000 piksel per sisi.",
        ),
        (picture()[:600], "rusak.jpg", "Gambar tidak dapat dibaca; mungkin berkasnya rusak."),
    ],
    ids=["not-an-image", "gif", "too-small", "too-wide", "truncated"],
)
def test_bad_upload_is_refused_in_indonesian_and_keeps_what_was_typed(
    client,
    directory,
    submit_url,  # noqa: F811
    category,  # noqa: F811
    content,
    name,
    message,
):
    data = valid_data(category=category.pk, logo=upload(content, name))
    response = client.post(submit_url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'value="Arisan Dahlia RT 04"' in html
    assert "Kami berkumpul sebulan sekali." in html
    assert 'value="sinta@contoh.invalid"' in html
    assert not GroupPage.objects.exists()
    assert not get_image_model().objects.exists()


def test_upload_over_five_megabytes_is_refused_before_decoding(monkeypatch):
    monkeypatch.setattr(images.Image, "open", lambda *args: pytest.fail("decoded"))
    big = upload(b"\xff\xd8" + b"0" * (5 * 1024 * 1024))
    with pytest.raises(images.forms.ValidationError) as error:
        images.clean_upload(big)
    assert error.value.messages == ["Ukuran berkas maksimal 5 MB; berkas ini 5,0 MB."]


def test_rejected_form_stores_no_image(client, directory, submit_url, category):  # noqa: F811
    data = valid_data(category=category.pk, email="bukan-email", logo=upload(picture()))
    assert client.post(submit_url, data).status_code == 400
    assert not get_image_model().objects.exists()


@pytest.fixture
def group_with_logo(directory):
    group = make_group(
        directory, "Arisan Melati", contact_name="Bu Rina", email="rina@contoh.invalid"
    )
    content = picture(size=(400, 400), gps=False)
    processed = images.clean_upload(upload(content))
    group.logo = images.store_logo(processed, "Logo Arisan Melati")
    group.save_revision().publish()
    return group


def manage_url(directory, group):
    group.refresh_from_db()
    return directory.url + f"kelola/{group.pk}/{organiser_token(group)}/"


def correction(group, **changes):
    from groups_directory.forms import GroupSubmissionForm

    initial = GroupSubmissionForm.initial_from(group)
    data = {
        key: ("on" if value is True else value)
        for key, value in initial.items()
        if value not in (None, False)
    }
    data["whatsapp"] = "0812-3456-7890"
    data.update(changes)
    return data


def test_organiser_link_shows_the_current_logo_and_replaces_it(client, directory, group_with_logo):
    url = manage_url(directory, group_with_logo)
    html = client.get(url).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert "Logo saat ini" in html
    old_logo = group_with_logo.logo
    response = client.post(url, correction(group_with_logo, logo=upload(picture())))
    assert response.status_code == 302, response.content.decode()
    latest = GroupPage.objects.get(pk=group_with_logo.pk).get_latest_revision_as_object()
    assert latest.logo_id not in (None, old_logo.pk)


def test_bad_upload_on_the_organiser_link_keeps_the_stored_logo(client, directory, group_with_logo):
    url = manage_url(directory, group_with_logo)
    revisions = group_with_logo.revisions.count()
    response = client.post(
        url, correction(group_with_logo, summary="Ringkasan baru", logo=upload(b"bukan gambar"))
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Berkas ini bukan gambar JPG, PNG, atau WebP." in html
    assert "Ringkasan baru" in html
    group = GroupPage.objects.get(pk=group_with_logo.pk)
    assert group.revisions.count() == revisions
    assert group.logo_id == group_with_logo.logo_id
    assert get_image_model().objects.count() == 1


def test_logo_is_shown_on_the_group_page_and_its_card(client, directory, group_with_logo):
    html = client.get(group_with_logo.url).content.decode()
    assert re.search(r'<img[^>]+class="group__logo"', html)
    listing = client.get(directory.url).content.decode()
    assert re.search(r'<img[^>]+class="group-card__logo"', listing)
