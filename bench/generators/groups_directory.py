"""The group directory with ``counts["groups"]`` groups spread over real kecamatan."""

from bench import text
from bench.pages import bulk_add_children, spread_dates

KINDS = ["Arisan", "Pengajian", "Karang Taruna", "PKK", "Posyandu", "Kelompok Tani", "Klub Sepeda"]

REQUIRES = [
    "groups_directory.GroupDirectoryPage",
    "groups_directory.GroupPage",
    "groups_directory.GroupCategory",
    "groups_directory.Region",
]


def generate(ctx):
    from django.utils import timezone

    from groups_directory.models import GroupCategory, GroupDirectoryPage, GroupPage, Region
    from groups_directory.models.pages import Audience
    from groups_directory.schedule import Frequency, PlaceType

    rng, count = ctx.rng, ctx.counts["groups"]
    categories = list(GroupCategory.objects.all())
    if not categories:
        ctx.note("groups_directory: skipped, no group categories (migrations seed them)")
        return
    # A few provinces' kecamatan, so that filters by province narrow the list.
    districts = list(
        Region.objects.filter(level=3, code__regex=r"^(31|32|33|35)\.").values_list(
            "code", flat=True
        )[:400]
    )
    (directory,) = bulk_add_children(
        ctx.home,
        [
            GroupDirectoryPage(
                title="Direktori Kelompok",
                slug="kelompok",
                show_in_menus=True,
                intro=text.sentence(rng),
            )
        ],
    )
    now = timezone.now()
    groups = []
    for i in range(count):
        district = rng.choice(districts) if districts else None
        parts = district.split(".") if district else []
        groups.append(
            GroupPage(
                title=f"{rng.choice(KINDS)} {text.place(rng)} {i}",
                slug=f"kelompok-{i}",
                summary=text.sentence(rng, 6, 12)[:200],
                description=f"<p>{text.paragraph(rng)}</p>",
                category=rng.choice(categories),
                region_id=district,
                province_id=parts[0] if parts else None,
                regency_id=".".join(parts[:2]) if parts else None,
                district_id=district,
                schedule_frequency=Frequency.WEEKLY,
                schedule_weekday=rng.randint(0, 6),
                place_type=rng.choice(list(PlaceType.values)),
                audience=rng.choice(list(Audience.values)),
                is_open=rng.random() < 0.7,
                member_count=rng.randint(8, 120),
                founded_year=rng.randint(1990, 2026),
                contact_name=text.person(rng),
                is_active=True,
                last_updated_at=now,
            )
        )
    bulk_add_children(directory, groups, published_at=spread_dates(count, days=700))

    sample = groups[count // 3]
    ctx.record("directory", directory.url)
    province = sample.province_id or ""
    ctx.record(
        "directory_3_filters",
        f"{directory.url}?kategori={sample.category.slug}&provinsi={province}&terbuka=ya",
    )
    ctx.record("group_page", sample.url)
    ctx.note(f"groups_directory: {count} groups in {len(districts)} kecamatan")
