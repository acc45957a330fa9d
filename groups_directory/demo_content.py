"""Demo content for the directory: the "Direktori Kelompok" page and 44 original groups.

Idempotent: pages are found by slug and updated. Regions are looked up by name inside
their kabupaten/kota, so the demo data reads like an address rather than a code list.
"""

from datetime import time, timedelta
from decimal import Decimal

from django.utils import timezone

from .demo_data import GROUPS
from .models import GroupCategory, GroupDirectoryPage, GroupPage, GroupSocialLink, Region
from .moderation import moderation_workflow


def load(home, stdout):
    directory = build_directory(home)
    categories = {category.slug: category for category in GroupCategory.objects.all()}
    existing = {page.slug: page for page in GroupPage.objects.child_of(directory)}
    now = timezone.now()
    for row in GROUPS:
        page = existing.get(row[0]) or GroupPage(slug=row[0])
        fill(page, row, categories)
        if page.pk is None:
            directory.add_child(instance=page)
        page.save_revision().publish()
        # Spread "terakhir diperbarui" so sorting and the stale marker have something to show.
        updated = now - timedelta(days=row[-1])
        GroupPage.objects.filter(pk=page.pk).update(
            last_updated_at=updated, last_published_at=updated
        )
    stdout.write(f"Direktori Kelompok siap dengan {len(GROUPS)} kelompok contoh.")


def build_directory(home):
    directory = GroupDirectoryPage.objects.child_of(home).first()
    if directory is None:
        directory = GroupDirectoryPage(slug="kelompok", title="Direktori Kelompok")
        home.add_child(instance=directory)
    directory.title = "Direktori Kelompok"
    directory.intro = (
        "Temukan arisan, pengajian, karang taruna, posyandu, kelompok tani, dan komunitas "
        "hobi di dekat Anda. Saring menurut wilayah, hari berkumpul, atau siapa yang boleh ikut."
    )
    directory.submission_intro = (
        "<p>Kelompok Anda belum tercantum? Isi formulir ini. Moderator memeriksa setiap "
        "pendaftaran sebelum tayang, biasanya dalam dua hari kerja.</p>"
    )
    directory.show_in_menus = True
    directory.save_revision().publish()
    moderation_workflow(directory)
    return directory


def find_region(regency_code, district_name, village_name):
    district = Region.objects.get(parent_id=regency_code, name=district_name)
    if not village_name:
        return district
    return Region.objects.children_of(district.code).get(name=village_name)


def fill(page, row, categories):
    (
        _slug,
        name,
        category,
        regency,
        district,
        village,
        summary,
        story,
        schedule,
        place,
        audience,
        is_open,
        members,
        founded,
        dues,
        contact,
        whatsapp,
        coordinates,
        _days,
    ) = row
    frequency, weekday, week, start = schedule
    page.title = name
    page.summary = summary
    page.description = f"<p>{story}</p>"
    page.category = categories[category]
    page.region = find_region(regency, district, village)
    page.set_region_levels()
    page.schedule_frequency = frequency
    page.schedule_weekday = weekday
    page.schedule_week_of_month = week
    page.schedule_start_time = time.fromisoformat(start) if start else None
    page.place_type = place
    page.audience = audience
    page.is_open = is_open
    page.member_count = members
    page.founded_year = founded
    page.dues = dues
    page.contact_name = contact
    page.whatsapp = "+62" + whatsapp.replace("-", "")[1:]
    page.email = f"{page.slug[:40]}@contoh.invalid"
    page.show_area_only = True
    page.rw = "005" if village else ""
    page.latitude, page.longitude = (
        (Decimal(str(value)) for value in coordinates) if coordinates else (None, None)
    )
    page.is_active = page.slug != "arisan-motor-jonggol"
    page.social_links = [
        GroupSocialLink(
            platform="instagram", url=f"https://www.instagram.com/{page.slug[:28]}.contoh"
        )
    ]
