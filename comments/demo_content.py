"""Demo comments: a short threaded conversation on a few commentable pages (idempotent)."""

from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.utils import timezone
from django_comments_xtd.models import XtdComment
from wagtail.models import Page

from .models import CommentsMixin

COMMENT_SPACING = timedelta(hours=9)

# (key, parent key, name, email, text); original demo text.
CONVERSATION = [
    (
        "a",
        None,
        "Siti Rahmawati",
        "siti.demo@guyub.invalid",
        "Senang sekali ada wadah seperti ini. Arisan kami di RT 05 sudah jalan tiga tahun, "
        "tapi kabarnya cuma beredar di grup WhatsApp.",
    ),
    (
        "b",
        "a",
        "Pak Joko",
        "joko.demo@guyub.invalid",
        "Betul, Bu Siti. Karang taruna kami juga begitu. Kalau ditulis di sini, "
        "warga baru bisa ikut membaca.",
    ),
    (
        "c",
        "b",
        "Siti Rahmawati",
        "siti.demo@guyub.invalid",
        "Nanti saya ajak pengurus PKK menulis jadwal posyandu bulan depan.",
    ),
    (
        "d",
        None,
        "Dimas Pratama",
        "dimas.demo@guyub.invalid",
        "Apakah kelompok hobi seperti klub sepeda boleh mendaftar?\n"
        "Kami rutin gowes tiap Minggu pagi.",
    ),
    (
        "e",
        "d",
        "Redaksi Guyub",
        "redaksi.demo@guyub.invalid",
        "Boleh sekali, Mas Dimas. Semua kelompok warga yang terbuka untuk umum dipersilakan.",
    ),
]
DEMO_EMAILS = {row[3] for row in CONVERSATION}


def commentable_pages():
    models = [m for m in apps.get_models() if issubclass(m, CommentsMixin) and issubclass(m, Page)]
    pages = []
    for model in models:
        pages.extend(model.objects.live().filter(comments_enabled=True).order_by("path")[:3])
    return pages[:3]


def load(home, stdout):
    pages = commentable_pages()
    if not pages:
        # Plain pages default to no comments; open the "Tentang Kami" page for the demo.
        about = home.get_children().filter(slug="tentang-kami").specific().first()
        if not isinstance(about, CommentsMixin):
            return
        about.comments_enabled = True
        about.save_revision().publish()
        pages = [about]
    for page in pages:
        existing = XtdComment.objects.filter(
            content_type_id=page.content_type_id,
            object_pk=str(page.pk),
            user_email__in=DEMO_EMAILS,
        )
        if existing.exists():
            continue
        made = {}
        # Readers answer after the article appears, over the following days, and never
        # later than now.
        published = getattr(page, "date", None) or page.first_published_at or timezone.now()
        for position, (key, parent, name, email, text) in enumerate(CONVERSATION, start=1):
            comment = XtdComment(
                content_object=page,
                site_id=settings.SITE_ID,
                user_name=name,
                user_email=email,
                comment=text,
                parent_id=made[parent].pk if parent else 0,
                is_public=True,
                submit_date=min(published + COMMENT_SPACING * position, timezone.now()),
            )
            comment.save()
            made[key] = comment
    stdout.write(f"Komentar demo siap di {len(pages)} halaman.")
