"""Comment journeys in a real browser: post, confirm by email, reply; moderate in the admin."""

import re
import urllib.request

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django_comments_xtd.models import XtdComment
from playwright.sync_api import expect
from wagtail.models import Site

from comments.models import CommentReaction, CommentReport, CommentSettings
from home.models import HomePage, SiteSettings, StandardPage

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def article(db):
    owner = get_user_model().objects.create_user("penulis", email="penulis@guyub.test")
    page = StandardPage(
        title="Jadwal Posyandu Melati Desember",
        slug="jadwal-posyandu",
        intro="Posyandu Melati buka setiap Sabtu kedua pukul 08.00 di balai RW 03.",
        comments_enabled=True,
        owner=owner,
    )
    HomePage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    rules = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    rules.min_seconds_to_post = 0  # the browser fills the form faster than any human
    rules.save()
    return page


def fill_comment(form, text, name="Dewi Lestari", email="dewi@contoh.id"):
    form.get_by_role("textbox", name=re.compile(r"^Komentar")).fill(text)
    form.get_by_role("textbox", name=re.compile(r"^Nama")).fill(name)
    form.get_by_role("textbox", name=re.compile(r"^Email")).fill(email)
    form.get_by_role("button", name="Kirim Komentar").click()


def test_visitor_posts_confirms_and_replies(
    live_server, page, article, screenshot, assert_accessible
):
    page.goto(live_server.url + article.url)
    assert page.get_by_role("heading", name="Tinggalkan Balasan").is_visible()
    screenshot("comments-1-empty-form")
    assert_accessible()

    fill_comment(page.locator("[data-comment-form]"), "Apakah ada imunisasi campak bulan ini?")
    expect(page.get_by_role("heading", name="Periksa email Anda")).to_be_visible()
    screenshot("comments-2-check-email")
    assert_accessible()

    link = re.search(r"https?://[^/\s]+(/komentar/konfirmasi/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(live_server.url + link)
    expect(page.get_by_text("imunisasi campak")).to_be_visible()
    question = XtdComment.objects.get()
    assert page.url.endswith(f"{article.url}#c{question.pk}")
    assert page.locator(f"#c{question.pk}").get_by_text("imunisasi campak").is_visible()

    # JavaScript moves the form under the comment: no page load between click and typing.
    page.locator(f"#c{question.pk}").get_by_role("link", name=re.compile("^Balas")).first.click()
    reply_form = page.locator(f"#balas-{question.pk} [data-comment-form]")
    assert reply_form.get_by_role("heading", name="Balas Dewi Lestari").is_visible()
    screenshot("comments-3-reply-form")
    fill_comment(
        reply_form, "Ada, Bu. Bawa buku KIA ya.", name="Kader Posyandu", email="dewi@contoh.id"
    )
    expect(page.get_by_text("Bawa buku KIA")).to_be_visible()
    answer = XtdComment.objects.get(comment__startswith="Ada, Bu")
    assert answer.parent_id == question.pk and answer.level == 1
    nested = page.locator(f"#c{question.pk} .comment-replies #c{answer.pk}")
    expect(nested).to_be_visible()
    screenshot("comments-4-thread")
    assert_accessible()

    page.set_viewport_size({"width": 375, "height": 800})
    page.reload()
    screenshot("comments-5-thread-375")
    assert_accessible()


def test_moderator_approves_a_held_comment(
    live_server, page, article, screenshot, assert_accessible
):
    held = XtdComment(
        content_object=article,
        site_id=1,
        user_name="Promo Kilat",
        user_email="promo@contoh.id",
        comment="Main slot gacor di sini, pasti maxwin!",
        is_public=False,
    )
    held.save()
    spam_free = XtdComment(
        content_object=article,
        site_id=1,
        user_name="Pak RW",
        user_email="rw03@contoh.id",
        comment="Mohon warga datang tepat waktu.",
        is_public=False,
    )
    spam_free.save()
    get_user_model().objects.create_superuser(
        "moderator", "moderator@guyub.test", "moderator-rahasia"
    )

    page.goto(live_server.url + "/admin/login/")
    page.locator("#id_username").fill("moderator")
    page.locator("#id_password").fill("moderator-rahasia")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    assert page.get_by_text("2 komentar menunggu moderasi").is_visible()
    screenshot("comments-6-admin-dashboard")

    page.get_by_text("2 komentar menunggu moderasi").click()
    page.wait_for_url("**/admin/komentar/?status=held")
    page.get_by_label("Pilih komentar Pak RW").check()
    page.get_by_label("Tindakan untuk komentar terpilih").select_option("approve")
    screenshot("comments-7-admin-list")
    page.get_by_role("button", name="Terapkan").click()
    expect(page.get_by_text("1 komentar disetujui dan ditampilkan.")).to_be_visible()
    expect(page.get_by_text("Main slot gacor di sini")).to_be_visible()  # still waiting
    screenshot("comments-8-admin-approved")

    page.goto(live_server.url + article.url)
    expect(page.get_by_text("Mohon warga datang tepat waktu.")).to_be_visible()
    assert page.get_by_text("slot gacor").count() == 0
    assert_accessible()


@pytest.fixture
def default_rules(article):
    rules = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    rules.min_seconds_to_post = 3  # the shipped default, not the other tests' 0
    rules.require_email_confirmation = False
    rules.ip_limit = 1
    rules.save()
    return rules


def test_quick_typist_is_published_and_a_limited_post_keeps_its_text(
    live_server, page, article, default_rules, screenshot, assert_accessible
):
    page.goto(live_server.url + article.url)
    form = page.locator("[data-comment-form]")
    # A fast typist: the whole comment in well under the three seconds since page load.
    form.get_by_role("textbox", name=re.compile(r"^Komentar")).press_sequentially(
        "Saya ikut, Bu!", delay=80
    )
    form.get_by_role("textbox", name=re.compile(r"^Nama")).fill("Rina")
    form.get_by_role("textbox", name=re.compile(r"^Email")).fill("rina@contoh.id")
    form.get_by_role("button", name="Kirim Komentar").click()
    expect(page.locator(".comment").get_by_text("Saya ikut, Bu!")).to_be_visible()
    assert XtdComment.objects.get().is_public

    # The address's one post per window is used up: the answer is the form, text intact.
    text = "Boleh bawa anak ke posyandu sekalian imunisasi?"
    page.goto(live_server.url + article.url)
    form = page.locator("[data-comment-form]")
    form.get_by_role("textbox", name=re.compile(r"^Komentar")).press_sequentially(text, delay=20)
    form.get_by_role("textbox", name=re.compile(r"^Nama")).fill("Rina")
    form.get_by_role("textbox", name=re.compile(r"^Email")).fill("rina@contoh.id")
    form.get_by_role("button", name="Kirim Komentar").click()
    expect(page.get_by_text("terlalu banyak komentar")).to_be_visible()
    expect(page.get_by_role("textbox", name=re.compile(r"^Komentar"))).to_have_value(text)
    expect(page.get_by_role("textbox", name=re.compile(r"^Nama"))).to_have_value("Rina")
    screenshot("comments-9-limited-keeps-text")
    assert_accessible()
    assert XtdComment.objects.count() == 1


def test_name_and_email_are_remembered_on_the_device_not_in_the_page(
    live_server, page, article, screenshot, assert_accessible
):
    rules = CommentSettings.for_site(Site.objects.get(is_default_site=True))
    rules.require_email_confirmation = False
    rules.save()
    page.goto(live_server.url + article.url)
    form = page.locator("[data-comment-form]")
    remember = form.get_by_label(re.compile("^Simpan nama, email"))
    remember.check()
    fill_comment(form, "Terima kasih jadwalnya, Bu Kader.", name="Yuni", email="yuni@contoh.id")
    expect(page.get_by_text("Terima kasih jadwalnya")).to_be_visible()

    page.goto(live_server.url + article.url)
    form = page.locator("[data-comment-form]")
    expect(form.get_by_role("textbox", name=re.compile(r"^Nama"))).to_have_value("Yuni")
    expect(form.get_by_role("textbox", name=re.compile(r"^Email"))).to_have_value("yuni@contoh.id")
    expect(form.get_by_label(re.compile("^Simpan nama, email"))).to_be_checked()
    screenshot("comments-10-remembered")
    assert_accessible()
    # The page itself (shared by every reader through the page cache) knows nobody, and
    # remembering set no cookie that would make the cache step aside.
    with urllib.request.urlopen(live_server.url + article.url) as response:  # noqa: S310 - the test server
        served = response.read().decode()
    assert "yuni@contoh.id" not in served
    assert not re.search(r'<input[^>]*name="(name|email)"[^>]*value=', served)
    assert not [c for c in page.context.cookies() if "yuni" in c["value"].lower()]

    # Unticking the box forgets the visitor at the next post.
    form.get_by_label(re.compile("^Simpan nama, email")).uncheck()
    form.get_by_role("textbox", name=re.compile(r"^Komentar")).fill("Sampai jumpa Sabtu.")
    form.get_by_role("button", name="Kirim Komentar").click()
    expect(page.get_by_text("Sampai jumpa Sabtu.")).to_be_visible()
    page.goto(live_server.url + article.url)
    expect(
        page.locator("[data-comment-form]").get_by_role("textbox", name=re.compile(r"^Nama"))
    ).to_have_value("")


def test_visitor_likes_on_a_cached_page_and_reports_with_a_reason(
    live_server, page, article, settings, screenshot, assert_accessible
):
    settings.GUYUB_PAGE_CACHE = True
    SiteSettings.for_site(Site.objects.get(is_default_site=True))  # else the first view bumps
    comment = XtdComment(
        content_object=article,
        site_id=1,
        user_name="Bu Kader",
        user_email="kader@contoh.id",
        comment="Jangan lupa bawa buku KIA, ya.",
    )
    comment.save()
    urllib.request.urlopen(live_server.url + article.url).close()  # noqa: S310 - another reader fills the cache

    assert page.goto(live_server.url + article.url).headers["x-guyub-cache"] == "hit"
    thread = page.locator(f"#c{comment.pk}")
    like = thread.get_by_role("button", name=re.compile("^Suka"))
    dislike = thread.get_by_role("button", name=re.compile("^Tidak suka"))
    expect(like).to_have_attribute("aria-pressed", "false")
    like.click()
    expect(like).to_have_attribute("aria-pressed", "true")
    expect(like).to_have_accessible_name("Suka 1")
    assert CommentReaction.objects.get().kind == "like"
    screenshot("comments-11-liked")
    assert_accessible()

    # The cached page still says 0 (a like refreshes no cache); this browser sees its own.
    assert page.reload().headers["x-guyub-cache"] == "hit"
    expect(like).to_have_accessible_name("Suka 1")
    expect(like).to_have_attribute("aria-pressed", "true")
    dislike.click()  # switching moves it
    expect(dislike).to_have_accessible_name("Tidak suka 1")
    expect(like).to_have_accessible_name("Suka 0")
    page.reload()
    expect(dislike).to_have_attribute("aria-pressed", "true")
    expect(dislike).to_have_accessible_name("Tidak suka 1")
    expect(like).to_have_accessible_name("Suka 0")
    assert CommentReaction.objects.get().kind == "dislike"

    thread.get_by_role("link", name="Laporkan").click()
    expect(page.get_by_role("heading", name="Laporkan komentar ini?")).to_be_visible()
    page.get_by_label("Lainnya").check()
    page.get_by_role("button", name="Kirim laporan").click()
    expect(page.get_by_text("Tuliskan alasannya bila memilih “Lainnya”.")).to_be_visible()
    screenshot("comments-12-report-needs-note")
    assert_accessible()
    expect(page.get_by_label("Lainnya")).to_be_checked()
    page.get_by_label("Kasar, menghina, atau ujaran kebencian").check()
    page.get_by_role("button", name="Kirim laporan").click()
    expect(page.get_by_role("heading", name="Terima kasih, laporan Anda terkirim")).to_be_visible()
    assert CommentReport.objects.get().reason == "abuse"
