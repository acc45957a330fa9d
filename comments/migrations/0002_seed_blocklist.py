"""Seed the blocklist with terms that flood Indonesian blogs: online gambling and
predatory loan ads. Editors extend it in the admin (Komentar > Daftar blokir)."""

from django.db import migrations

TERMS = [
    # Online gambling (judi online) vocabulary.
    "slot gacor",
    "slot88",
    "slot online",
    "situs slot",
    "link slot",
    "judi online",
    "judol",
    "togel",
    "toto macau",
    "bandar togel",
    "maxwin",
    "max win",
    "scatter hitam",
    "rtp live",
    "rtp slot",
    "pola gacor",
    "gacor hari ini",
    "sbobet",
    "casino online",
    "kasino online",
    "poker online",
    "bandar bola",
    "judi bola",
    "deposit pulsa",
    "depo 10k",
    "bonus new member",
    "zeus olympus",
    "mahjong ways",
    "pragmatic play",
    # Loan spam (pinjaman online ilegal) vocabulary.
    "pinjol",
    "pinjaman online tanpa",
    "pinjaman cepat cair",
    "dana cepat cair",
    "pinjaman tanpa jaminan",
    "cair dalam 5 menit",
    "tanpa bi checking",
]

DOMAINS = [
    # Throwaway and link-shortener hosts that spam comments lean on; editors can remove them.
    "bit.ly",
    "s.id",
    "cutt.ly",
    "tinyurl.com",
]


def seed(apps, schema_editor):
    BlockedItem = apps.get_model("comments", "BlockedItem")
    for value in TERMS:
        BlockedItem.objects.get_or_create(kind="term", value=value)
    for value in DOMAINS:
        BlockedItem.objects.get_or_create(kind="domain", value=value)


def unseed(apps, schema_editor):
    BlockedItem = apps.get_model("comments", "BlockedItem")
    BlockedItem.objects.filter(kind="term", value__in=TERMS).delete()
    BlockedItem.objects.filter(kind="domain", value__in=DOMAINS).delete()


class Migration(migrations.Migration):
    dependencies = [("comments", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
