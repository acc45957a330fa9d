"""Home page text, site settings and a small tree of standard pages."""

from bench import text
from bench.pages import add_revisions, bulk_add_children

REQUIRES = ["home.HomePage", "home.StandardPage", "home.SiteSettings"]

MENU_TITLES = ["Tentang Kami", "Kontak", "Panduan Kelompok", "Kebijakan Privasi", "Bantuan"]


def generate(ctx):
    from wagtail.models import Site

    from home.models import SiteSettings, StandardPage

    home = ctx.home
    home.hero_text = text.sentence(ctx.rng, 12, 20)
    home.save(update_fields=["hero_text"])

    site = Site.objects.get(is_default_site=True)
    settings_row = SiteSettings.for_site(site)
    settings_row.footer_text = f"Sekretariat: Balai Warga {text.place(ctx.rng)}"
    settings_row.contact_email = "redaksi@guyub.invalid"

    def standard_page(title, slug, in_menu):
        return StandardPage(
            title=title,
            slug=slug,
            show_in_menus=in_menu,
            intro=text.sentence(ctx.rng),
            body="".join(f"<p>{text.paragraph(ctx.rng)}</p>" for _ in range(6)),
            search_description=text.sentence(ctx.rng),
        )

    top = bulk_add_children(
        home,
        [standard_page(title, f"halaman-{i}", True) for i, title in enumerate(MENU_TITLES, start=1)]
        + [
            standard_page(text.title(ctx.rng), f"info-{i}", False)
            for i in range(ctx.counts.get("standard_pages", 20))
        ],
    )
    nested = bulk_add_children(
        top[2], [standard_page(text.title(ctx.rng), f"bagian-{i}", False) for i in range(5)]
    )
    add_revisions(top[:5])  # a few with history, as if edited in the admin

    settings_row.about_page = top[0]
    settings_row.contact_page = top[1]
    settings_row.save()

    ctx.record("standard_page", top[0].url)
    ctx.record("standard_page_nested", nested[0].url)
    ctx.note(f"home: {len(top) + len(nested)} standard pages")
