"""E-mail subscription to new articles: sign-up, double opt-in, announcements, unsubscribe."""

import datetime
import re
import time
from unittest import mock

import pytest
from django.core import signing
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from articles import subscriptions
from articles.models import ArticlePage, Subscriber, SubscriberStatus
from core.forms import MinimumTimeMixin
from home.models import SiteSettings

from .factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

SIGNUP_URL = "/langganan/"
CHECK_URL = "/langganan/periksa-email/"
ONE_CLICK = {"List-Unsubscribe": "One-Click"}
URL_PATTERN = re.compile(r"https?://[^\s\"'<>]+")


def rendered_at(seconds_ago=30):
    """The form's signed render time, as a page shown ``seconds_ago`` would carry it."""
    return signing.dumps(int(time.time()) - seconds_ago, salt=MinimumTimeMixin.SALT)


def sign_up(client, email="siti@contoh.id", address="203.0.113.7", **fields):
    data = {"email": email, "rendered_at": rendered_at(), **fields}
    return client.post(SIGNUP_URL, data, REMOTE_ADDR=address)


def link(message, path):
    """The absolute link to ``path`` (e.g. /langganan/konfirmasi/) in a mail's text."""
    return re.search(rf"https?://\S+{re.escape(path)}\S+/", message.body)[0]


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


def confirmed(email="ani@contoh.id"):
    now = timezone.now()
    return Subscriber.objects.create(
        email=email, status=SubscriberStatus.CONFIRMED, confirmed_at=now, confirmation_sent_at=now
    )


def publish_new_article(index, capture, **fields):
    """A draft published for the first time, with the commit callbacks run."""
    article = ArticlePageFactory(parent=index, live=False, date=None, **fields)
    with capture(execute=True):
        article.save_revision().publish()
    article.refresh_from_db()
    return article


# Sign-up ---------------------------------------------------------------------------------


def test_sign_up_stores_a_pending_address_and_queues_one_confirmation_mail(client, mailoutbox):
    response = sign_up(client, email="Siti@Contoh.ID")

    assert response.status_code == 303
    assert response["Location"] == CHECK_URL
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "siti@contoh.id"
    assert subscriber.status == SubscriberStatus.PENDING
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["siti@contoh.id"]
    assert message.subject == "Konfirmasi langganan artikel Guyub"
    assert "/langganan/konfirmasi/" in message.body
    assert message.alternatives[0].mimetype == "text/html"
    assert "Konfirmasi langganan" in message.alternatives[0].content
    page = client.get(CHECK_URL)
    assert "Periksa email Anda" in page.content.decode()


def test_form_is_shown_at_the_end_of_articles_and_beside_the_article_list(client, index):
    article = ArticlePageFactory(parent=index)
    for url in (article.url, index.url):
        html = client.get(url).content.decode()
        assert "Langganan artikel baru lewat email" in html
        assert 'action="/langganan/"' in html
        assert 'for="langganan_email"' in html


def test_invalid_address_comes_back_with_an_indonesian_error_and_what_was_typed(client):
    response = sign_up(client, email="siti@contoh")

    assert response.status_code == 400
    html = response.content.decode()
    assert "Alamat email ini tidak valid" in html
    assert 'value="siti@contoh"' in html
    assert not Subscriber.objects.exists()


def test_honeypot_gets_the_same_answer_and_nothing_is_stored(client, mailoutbox):
    response = sign_up(client, situs_web="http://spam.example")

    assert response.status_code == 303
    assert response["Location"] == CHECK_URL
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


@pytest.mark.parametrize("stamp", [lambda: rendered_at(0), lambda: "", lambda: "dipalsukan"])
def test_a_post_faster_than_a_person_is_asked_again_keeping_the_address(client, mailoutbox, stamp):
    response = client.post(SIGNUP_URL, {"email": "siti@contoh.id", "rendered_at": stamp()})

    assert response.status_code == 400
    html = response.content.decode()
    assert "terlalu cepat" in html
    assert 'value="siti@contoh.id"' in html
    assert not Subscriber.objects.exists()
    assert mailoutbox == []


def test_same_answer_for_new_pending_and_confirmed_addresses(client, mailoutbox):
    confirmed("ani@contoh.id")
    first = sign_up(client, email="budi@contoh.id", address="203.0.113.1")
    again = sign_up(client, email="budi@contoh.id", address="203.0.113.2")
    active = sign_up(client, email="ani@contoh.id", address="203.0.113.3")

    answers = {(r.status_code, r["Location"]) for r in (first, again, active)}
    assert answers == {(303, CHECK_URL)}
    # The pending address was mailed once within the hour; the confirmed one not at all.
    assert [m.to for m in mailoutbox] == [["budi@contoh.id"]]


def test_pending_address_gets_the_confirmation_again_after_an_hour(client, mailoutbox):
    sign_up(client)
    an_hour_later = timezone.now() + datetime.timedelta(hours=1, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=an_hour_later):
        sign_up(client, address="203.0.113.99")

    assert len(mailoutbox) == 2
    assert Subscriber.objects.count() == 1


def test_too_many_sign_ups_from_one_client_answer_429(client, mailoutbox):
    for n in range(5):
        assert sign_up(client, email=f"warga{n}@contoh.id").status_code == 303

    response = sign_up(client, email="warga9@contoh.id")

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    html = response.content.decode()
    assert "Terlalu banyak permintaan" in html
    assert 'value="warga9@contoh.id"' in html
    assert len(mailoutbox) == 5


def test_too_many_sign_ups_for_one_address_answer_429(client):
    for n in range(5):
        assert sign_up(client, address=f"198.51.100.{n}").status_code == 303

    assert sign_up(client, address="198.51.100.50").status_code == 429


def test_unconfirmed_sign_ups_are_deleted_once_their_link_has_expired(client):
    sign_up(client, email="lama@contoh.id")
    eight_days_later = timezone.now() + datetime.timedelta(days=8)
    with mock.patch("django.utils.timezone.now", return_value=eight_days_later):
        sign_up(client, email="baru@contoh.id", address="203.0.113.50")

    assert list(Subscriber.objects.values_list("email", flat=True)) == ["baru@contoh.id"]


# Confirmation ----------------------------------------------------------------------------


def test_opening_the_link_only_shows_a_button_and_the_post_confirms(client, mailoutbox):
    sign_up(client)
    url = path_of(link(mailoutbox[0], "/langganan/konfirmasi/"))

    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Aktifkan langganan" in html
    assert 'method="post"' in html
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING  # a scanner did this

    response = client.post(url)
    assert response.status_code == 303
    assert response["Location"] == "/langganan/aktif/"
    subscriber = Subscriber.objects.get()
    assert subscriber.status == SubscriberStatus.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert "Langganan aktif" in client.get("/langganan/aktif/").content.decode()


def test_confirmation_post_needs_the_pages_csrf_token(client, mailoutbox):
    sign_up(client)
    url = path_of(link(mailoutbox[0], "/langganan/konfirmasi/"))
    browser = Client(enforce_csrf_checks=True)

    assert browser.post(url).status_code == 403
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING

    page = browser.get(url)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())[1]
    assert browser.post(url, {"csrfmiddlewaretoken": token}).status_code == 303
    assert Subscriber.objects.get().status == SubscriberStatus.CONFIRMED


def test_confirmation_pages_are_never_cached(client, mailoutbox):
    sign_up(client)
    page = client.get(path_of(link(mailoutbox[0], "/langganan/konfirmasi/")))
    assert "no-store" in page["Cache-Control"]


def test_expired_confirmation_link_explains_itself_in_indonesian(client, mailoutbox):
    sign_up(client)
    url = path_of(link(mailoutbox[0], "/langganan/konfirmasi/"))
    eight_days_later = time.time() + 8 * 24 * 60 * 60
    with mock.patch("time.time", return_value=eight_days_later):
        response = client.post(url)

    assert response.status_code == 410
    html = response.content.decode()
    assert "sudah kedaluwarsa" in html
    assert 'action="/langganan/"' in html  # a fresh sign-up form right there
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING


@pytest.mark.parametrize("token", ["1.abc:1tXyz:palsu", "bukan-tautan", "9.x"])
def test_forged_confirmation_link_gets_an_indonesian_error_page(client, token):
    Subscriber.objects.create(email="siti@contoh.id", confirmation_sent_at=timezone.now())
    response = client.post(f"/langganan/konfirmasi/{token}/")

    assert response.status_code == 400
    assert "Tautan konfirmasi ini tidak valid" in response.content.decode()
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING


def test_links_of_a_deleted_subscription_do_not_act_on_a_new_one(client, mailoutbox):
    sign_up(client)
    old_confirm = path_of(link(mailoutbox[0], "/langganan/konfirmasi/"))
    Subscriber.objects.all().delete()
    sign_up(client, address="203.0.113.8")

    response = client.post(old_confirm)

    assert response.status_code == 410
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING


# Announcing new articles -----------------------------------------------------------------


def test_first_publication_mails_every_confirmed_subscriber_once(
    index, mailoutbox, django_capture_on_commit_callbacks
):
    confirmed("ani@contoh.id")
    confirmed("budi@contoh.id")
    Subscriber.objects.create(email="menunggu@contoh.id", confirmation_sent_at=timezone.now())

    article = publish_new_article(
        index, django_capture_on_commit_callbacks, title="Kerja bakti Minggu ini"
    )

    assert sorted(m.to[0] for m in mailoutbox) == ["ani@contoh.id", "budi@contoh.id"]
    for message in mailoutbox:
        assert len(message.to) == 1 and not message.cc and not message.bcc
        assert message.subject == "Artikel baru: Kerja bakti Minggu ini"
        assert article.intro in message.body
        assert article.get_full_url() in message.body
        assert "/langganan/berhenti/" in message.body
        html = message.alternatives[0].content
        assert article.get_full_url() in html and "Berhenti berlangganan" in html


def test_new_article_mails_carry_one_click_unsubscribe_headers(
    index, mailoutbox, django_capture_on_commit_callbacks
):
    confirmed()
    publish_new_article(index, django_capture_on_commit_callbacks)

    headers = mailoutbox[0].extra_headers
    unsubscribe_url = link(mailoutbox[0], "/langganan/berhenti/")
    assert headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in str(mailoutbox[0].message())


def test_confirmation_mail_carries_the_unsubscribe_headers_too(client, mailoutbox):
    sign_up(client)
    headers = mailoutbox[0].extra_headers
    assert headers["List-Unsubscribe"].startswith("<http://testserver/langganan/berhenti/")
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_republishing_and_editing_send_nothing(
    index, mailoutbox, django_capture_on_commit_callbacks
):
    confirmed()
    article = publish_new_article(index, django_capture_on_commit_callbacks)
    assert len(mailoutbox) == 1

    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Judul diperbaiki"
        article.save_revision().publish()
        article.unpublish()
        ArticlePage.objects.get(pk=article.pk).save_revision().publish()

    assert len(mailoutbox) == 1


def test_scheduled_article_is_announced_when_publish_scheduled_makes_it_live(
    index, mailoutbox, django_capture_on_commit_callbacks
):
    confirmed()
    article = ArticlePageFactory(parent=index, live=False, date=None, slug="terjadwal")
    go_live = timezone.now() + datetime.timedelta(hours=2)
    article.go_live_at = go_live
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert mailoutbox == []  # scheduled, not live yet

    later = go_live + datetime.timedelta(minutes=1)
    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command("publish_scheduled")

    assert [m.subject for m in mailoutbox] == [f"Artikel baru: {article.title}"]


def test_announcement_waits_for_the_commit(index, mailoutbox, django_capture_on_commit_callbacks):
    confirmed()
    article = ArticlePageFactory(parent=index, live=False, date=None)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        article.save_revision().publish()

    assert mailoutbox == []
    for callback in callbacks:
        callback()
    assert len(mailoutbox) == 1


def test_private_and_back_dated_articles_are_not_announced(
    index, mailoutbox, django_capture_on_commit_callbacks
):
    confirmed()
    private = ArticlePageFactory(parent=index, live=False, date=None)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="rahasia"
    )
    imported = ArticlePageFactory(parent=index, live=False, date=timezone.now().replace(year=2019))
    with django_capture_on_commit_callbacks(execute=True):
        private.save_revision().publish()
        imported.save_revision().publish()

    assert mailoutbox == []


def test_one_task_per_batch_of_recipients(index, monkeypatch, django_capture_on_commit_callbacks):
    for n in range(5):
        confirmed(f"warga{n}@contoh.id")
    monkeypatch.setattr(subscriptions, "BATCH_SIZE", 2)
    with mock.patch.object(subscriptions, "send_new_article") as task:
        article = publish_new_article(index, django_capture_on_commit_callbacks)

    batches = [call.args for call in task.enqueue.call_args_list]
    assert [len(ids) for _article_id, ids in batches] == [2, 2, 1]
    assert {article_id for article_id, _ids in batches} == {article.pk}


def test_a_failing_mail_server_does_not_fail_the_publication(
    index, settings, django_capture_on_commit_callbacks
):
    confirmed()
    settings.EMAIL_BACKEND = "tests.articles.test_subscriptions.BrokenMailBackend"

    article = publish_new_article(index, django_capture_on_commit_callbacks)

    assert article.live


def test_a_failing_task_queue_does_not_fail_the_publication(
    index, django_capture_on_commit_callbacks
):
    confirmed()
    with mock.patch.object(subscriptions, "send_new_article") as task:
        task.enqueue.side_effect = ConnectionError("task database down")
        article = publish_new_article(index, django_capture_on_commit_callbacks)

    assert task.enqueue.called
    assert article.live


class BrokenMailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("smtp down")


def test_subscriber_gone_before_the_batch_runs_gets_nothing(index, mailoutbox):
    article = ArticlePageFactory(parent=index)
    stays, leaves = confirmed("tetap@contoh.id"), confirmed("pergi@contoh.id")
    leaves.delete()

    subscriptions.send_new_article.enqueue(article.pk, [stays.pk, leaves.pk])

    assert [m.to for m in mailoutbox] == [["tetap@contoh.id"]]


# Unsubscribing ---------------------------------------------------------------------------


def test_one_click_post_without_csrf_unsubscribes_and_can_be_repeated(
    index, mailoutbox, django_capture_on_commit_callbacks
):
    confirmed()
    publish_new_article(index, django_capture_on_commit_callbacks)
    url = path_of(link(mailoutbox[0], "/langganan/berhenti/"))
    mail_provider = Client(enforce_csrf_checks=True)

    first = mail_provider.post(url, ONE_CLICK)
    second = mail_provider.post(url, ONE_CLICK)

    assert first.status_code == second.status_code == 200
    assert "Anda berhenti berlangganan" in first.content.decode()
    assert not Subscriber.objects.exists()  # deleted, not kept


def test_opening_the_unsubscribe_link_only_shows_a_button(client):
    subscriber = confirmed()
    url = f"/langganan/berhenti/{subscriptions.unsubscribe_token(subscriber)}/"

    page = client.get(url)

    assert page.status_code == 200
    assert 'method="post"' in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_unsubscribe_link_of_the_confirmation_mail_removes_a_pending_sign_up(client, mailoutbox):
    sign_up(client)
    client.post(path_of(link(mailoutbox[0], "/langganan/berhenti/")))
    assert not Subscriber.objects.exists()


def test_forged_unsubscribe_link_gets_an_indonesian_error_page(client):
    subscriber = confirmed()
    response = client.post(f"/langganan/berhenti/{subscriber.pk}.{subscriber.key}:palsu/")

    assert response.status_code == 400
    assert "Tautan berhenti berlangganan ini tidak valid" in response.content.decode()
    assert Subscriber.objects.exists()


# Public address, page cache ----------------------------------------------------------------


def test_mails_link_only_to_the_public_address_whatever_host_was_asked(
    client, index, mailoutbox, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = "https://guyub.example"
    client.post(
        SIGNUP_URL,
        {"email": "siti@contoh.id", "rendered_at": rendered_at()},
        HTTP_HOST="penyusup.example",
    )
    confirmed()
    publish_new_article(index, django_capture_on_commit_callbacks)

    assert len(mailoutbox) == 2
    for message in mailoutbox:
        texts = [message.body, message.alternatives[0].content, *message.extra_headers.values()]
        urls = [url for text in texts for url in URL_PATTERN.findall(text)]
        assert urls
        assert all(url.startswith("https://guyub.example/") for url in urls), urls


def test_article_page_with_the_form_stays_cached_through_a_sign_up(settings, site, index):
    settings.GUYUB_PAGE_CACHE = True
    SiteSettings.for_site(site)  # created on the first view otherwise, which bumps once
    article = ArticlePageFactory(parent=index)
    Client().get(article.url)

    page = Client().get(article.url)
    assert page["X-Guyub-Cache"] == "hit"
    form = re.search(r'<form[^>]*action="/langganan/".*?</form>', page.content.decode(), re.S)[0]
    assert 'name="csrfmiddlewaretoken" value="" data-csrf-fill' in form

    visitor = Client(enforce_csrf_checks=True)
    token = visitor.get("/csrf/").json()["token"]  # what static/js/csrf.js does
    response = visitor.post(
        SIGNUP_URL,
        {"email": "siti@contoh.id", "rendered_at": rendered_at(), "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 303

    # An anonymous sign-up must not empty the cache for everyone.
    assert Client().get(article.url)["X-Guyub-Cache"] == "hit"
