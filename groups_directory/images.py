"""Logos and photos that organisers upload through the public group form.

Anyone can send one, so nothing of the upload is kept as sent: the file is checked (type,
size, dimensions), decoded by Pillow, turned upright, scaled down and encoded afresh. The
new file carries no EXIF, GPS position, colour profile or text chunk of the original, and
no bytes a crafted file could hide after its image data.
"""

import io

from django import forms
from django.core.files.images import ImageFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MIN_SIDE = 100
# Sides past this are no photo a phone takes; decoding them would only cost memory.
MAX_SIDE = 8000
# What the site ever shows of a logo is far smaller; the original is not kept.
STORED_SIDE = 800
FORMATS = {"JPEG", "PNG", "WEBP"}


def clean_upload(upload):
    """The upload re-encoded as a small JPEG (or PNG when transparent), or ValidationError."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise forms.ValidationError(
            _("Ukuran berkas maksimal 5 MB; berkas ini %(size)s MB.")
            % {"size": f"{upload.size / 1024 / 1024:.1f}".replace(".", ",")}
        )
    try:
        with Image.open(upload) as image:
            if image.format not in FORMATS:
                raise forms.ValidationError(_("Pilih gambar JPG, PNG, atau WebP."))
            width, height = image.size
            if min(width, height) < MIN_SIDE:
                raise forms.ValidationError(
                    _("Gambar terlalu kecil: minimal %(min)s × %(min)s piksel.") % {"min": MIN_SIDE}
                )
            if max(width, height) > MAX_SIDE:
                raise forms.ValidationError(
                    _("Gambar terlalu besar: maksimal %(max)s piksel per sisi.") % {"max": MAX_SIDE}
                )
            image.load()
            return reencode(image)
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise forms.ValidationError(_("Berkas ini bukan gambar JPG, PNG, atau WebP.")) from None
    except (OSError, SyntaxError, ValueError):
        raise forms.ValidationError(
            _("Gambar tidak dapat dibaca; mungkin berkasnya rusak. Coba simpan ulang gambarnya.")
        ) from None


def reencode(image):
    image = ImageOps.exif_transpose(image)
    image.thumbnail((STORED_SIDE, STORED_SIDE))
    transparent = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    output = io.BytesIO()
    if transparent:
        image.convert("RGBA").save(output, format="PNG", optimize=True)
        extension = "png"
    else:
        image.convert("RGB").save(output, format="JPEG", quality=85, optimize=True)
        extension = "jpg"
    output.seek(0)
    return ImageFile(output, name=f"logo.{extension}")


def store_logo(processed, title):
    """A Wagtail image from a ``clean_upload`` result, titled for editors."""
    from wagtail.images import get_image_model

    image = get_image_model()(title=title)
    image.file.save(processed.name, processed, save=False)
    image.save()
    return image
