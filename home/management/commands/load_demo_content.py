"""Build the demo site: page tree, sample content and an admin account.

Idempotent: running it again updates what it made instead of duplicating it.
Each app contributes its own part through a ``demo_content`` module with a
``load(home, stdout)`` function, called in INSTALLED_APPS order, so the command
does not need to know every app.
"""

import datetime
import os
import secrets
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import Max, Min
from wagtail.models import Page, Site

from core.public_url import sync_site_records
from groups_directory.models import GroupDirectoryPage
from home.models import ContactPage, HomePage, SiteSettings, StandardPage

ADMIN_USERNAME = "admin"
# A generated password is kept beside the dev database so a second `make run` can show it again.
ADMIN_PASSWORD_FILE = "admin-password.txt"  # noqa: S105 - a file name, not a password


def date_site_pages(home):
    """Give the home page and its sections the dates a real site would show.

    Each app dates its own content (articles on their day, groups at their update), but
    the pages above them were just published by this command: the sitemap would then
    claim every section changed at load time. A section's date becomes that of the
    newest page under it; pages without any (Tentang Kami, Kontak) date from a week
    before the oldest content, when the site "opened".
    """
    below_sections = Page.objects.descendant_of(home).filter(depth__gt=home.depth + 1)
    oldest = below_sections.aggregate(oldest=Min("first_published_at"))["oldest"]
    if oldest is None:
        return
    opened = oldest - datetime.timedelta(days=7)
    sections = list(home.get_children())
    for page in [home, *sections]:
        content = below_sections if page.pk == home.pk else page.get_descendants()
        newest = content.aggregate(newest=Max("last_published_at"))["newest"]
        Page.objects.filter(pk=page.pk).update(
            first_published_at=opened, last_published_at=max(newest or opened, opened)
        )


class Command(BaseCommand):
    help = "Membuat konten demo Guyub (idempoten) dan akun admin."

    def handle(self, *args, **options):
        with transaction.atomic():
            home = self.build_home()
            for app_config in apps.get_app_configs():
                try:
                    module = import_module(f"{app_config.name}.demo_content")
                except ModuleNotFoundError as error:
                    if error.name != f"{app_config.name}.demo_content":
                        raise
                    continue
                module.load(home, self.stdout)
            # The welcome's button leads to the directory, unless an editor chose otherwise.
            HomePage.objects.filter(pk=home.pk, hero_cta_page__isnull=True).update(
                hero_cta_page=GroupDirectoryPage.objects.child_of(home).first()
            )
            date_site_pages(home)
        self.ensure_admin()

    def build_home(self):
        home = HomePage.objects.get()
        home.hero_heading = "Guyub: kabar dan wadah kelompok warga"
        home.hero_text = (
            "Tempat arisan, pengajian, karang taruna, PKK, posyandu, kelompok tani, "
            "dan komunitas hobi berbagi kabar, cerita, dan ajakan untuk ikut bergabung."
        )
        home.save_revision().publish()

        about = self.standard_page(
            home,
            slug="tentang-kami",
            title="Tentang Kami",
            intro="Guyub adalah rumah daring untuk kelompok-kelompok kecil di lingkungan kita.",
            body=(
                "<p>Kami percaya warga yang saling kenal lebih kuat menghadapi apa pun. "
                "Guyub membantu kelompok warga menuliskan kegiatannya, menemukan anggota "
                "baru, dan belajar dari kelompok lain di seluruh Nusantara.</p>"
                "<p>Guyub dibuat oleh relawan dan terbuka untuk siapa saja yang ingin ikut "
                "merawatnya.</p>"
            ),
        )
        contact = self.contact_page(home)
        site = Site.objects.get(is_default_site=True)
        site.site_name = "Guyub"
        site.save()
        # The host and port actually served (make run passes them as WAGTAILADMIN_BASE_URL),
        # instead of the migration's localhost:80 and django.contrib.sites' example.com.
        hostname, port = sync_site_records()
        self.stdout.write(f"Situs: {hostname}:{port}")
        site_settings = SiteSettings.for_site(site)
        site_settings.about_page = about
        site_settings.contact_page = contact
        site_settings.contact_email = "redaksi@guyub.invalid"
        site_settings.footer_text = "Dibuat bersama warga, untuk warga."
        site_settings.save()
        self.stdout.write("Beranda, Tentang Kami, dan Kontak siap.")
        return home

    def standard_page(self, parent, *, slug, title, intro, body):
        page = StandardPage.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = StandardPage(slug=slug, title=title)
            parent.add_child(instance=page)
        page.title = title
        page.intro = intro
        page.body = body
        page.show_in_menus = False
        page.save_revision().publish()
        return page

    def contact_page(self, home):
        # Earlier versions of this command made Kontak a plain page: it gives way to the form.
        for old in StandardPage.objects.child_of(home).filter(slug="kontak"):
            old.delete()
        page = ContactPage.objects.child_of(home).filter(slug="kontak").first()
        if page is None:
            page = ContactPage(slug="kontak", title="Kontak")
            home.add_child(instance=page)
        page.title = "Kontak"
        page.intro = (
            "Punya pertanyaan, saran, atau ingin bekerja sama? Tulis pesan di bawah ini; "
            "redaksi membalas ke e-mail Anda dalam dua hari kerja."
        )
        page.show_in_menus = False
        page.save_revision().publish()
        return page

    def ensure_admin(self):
        User = get_user_model()
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        password_file = settings.VAR_DIR / ADMIN_PASSWORD_FILE
        user = User.objects.filter(username=ADMIN_USERNAME).first()
        if user is not None and not password:
            known = password_file.read_text().strip() if password_file.exists() else None
            shown = known or "(tidak diubah)"
            self.stdout.write(
                self.style.SUCCESS(f"Akun admin: {ADMIN_USERNAME} / {shown}  ->  /admin/")
            )
            return
        generated = not password
        password = password or secrets.token_urlsafe(12)
        if user is None:
            user = User.objects.create_superuser(ADMIN_USERNAME, "admin@guyub.invalid", password)
        else:
            user.set_password(password)
            user.save()
        if generated:
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
        shown = password if generated else "(dari DJANGO_SUPERUSER_PASSWORD)"
        self.stdout.write(
            self.style.SUCCESS(f"Akun admin: {ADMIN_USERNAME} / {shown}  ->  /admin/")
        )
