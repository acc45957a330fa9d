from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")
    Locale = apps.get_model("wagtailcore.Locale")

    # Replace the placeholder page that wagtailcore's initial data creates.
    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()

    homepage_type, __ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    homepage = HomePage.objects.create(
        title="Beranda",
        draft_title="Beranda",
        slug="home",
        content_type=homepage_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=Locale.objects.order_by("pk").first(),
        hero_heading="Guyub: kabar dan wadah kelompok warga",
        hero_text="",
        hero_cta_label="Cari kelompok di sekitar Anda",
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "site_name": "Guyub", "root_page": homepage},
    )


def remove_homepage(apps, schema_editor):
    HomePage = apps.get_model("home.HomePage")
    HomePage.objects.filter(slug="home", depth=2).delete()


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(create_homepage, remove_homepage)]
