from django.db import migrations

CATEGORIES = [
    ("arisan", "Arisan", "Kumpul rutin dengan undian dan tabungan bergilir."),
    ("pengajian", "Pengajian & majelis taklim", "Kajian agama, tadarus, dan silaturahmi."),
    ("karang-taruna", "Karang taruna", "Wadah kegiatan pemuda di tingkat kelurahan/desa."),
    ("pkk", "PKK", "Pemberdayaan Kesejahteraan Keluarga dan dasawisma."),
    ("posyandu", "Posyandu", "Pos pelayanan terpadu untuk ibu, balita, dan lansia."),
    ("tani-nelayan", "Kelompok tani & nelayan", "Petani, peternak, pembudidaya, dan nelayan."),
    ("komunitas-hobi", "Komunitas hobi", "Kumpul karena kegemaran yang sama."),
    ("olahraga", "Olahraga", "Senam, sepak bola, bulu tangkis, lari, dan lainnya."),
    ("seni-budaya", "Seni & budaya", "Tari, musik, karawitan, teater, dan kerajinan."),
    ("relawan-sosial", "Relawan & sosial", "Aksi sosial, tanggap bencana, dan bank sampah."),
    ("belajar-bersama", "Belajar bersama", "Taman baca, bimbingan belajar, dan kursus warga."),
    ("umkm", "UMKM", "Pelaku usaha kecil yang saling membantu."),
    ("lingkungan", "Lingkungan", "Kebersihan, penghijauan, dan pengelolaan sampah."),
    ("orang-tua-anak", "Orang tua & anak", "Komunitas keluarga, parenting, dan bermain."),
    ("lansia", "Lansia", "Kegiatan dan pendampingan warga lanjut usia."),
    ("keagamaan-lain", "Keagamaan lainnya", "Persekutuan doa, kelompok umat, dan kegiatan lintas iman."),
]


def seed(apps, schema_editor):
    GroupCategory = apps.get_model("groups_directory", "GroupCategory")
    for order, (slug, name, description) in enumerate(CATEGORIES, start=1):
        GroupCategory.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "description": description, "sort_order": order * 10},
        )


class Migration(migrations.Migration):
    dependencies = [("groups_directory", "0002_load_regions")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
