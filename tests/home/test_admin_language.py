import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("redaksi", "redaksi@contoh.id", "sandi-uji")
    client.force_login(user)
    return user


def test_admin_is_indonesian_even_for_an_english_browser(client, editor):
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response.status_code == 200
    assert '<html lang="id"' in response.content.decode()


def test_editor_can_choose_english_for_the_admin(client, editor):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()

    response = client.get("/admin/")
    assert '<html lang="en"' in response.content.decode()


def test_login_page_is_indonesian(client):
    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "Masuk" in response.content.decode()


def test_public_pages_stay_indonesian_for_an_english_browser(client, home_page):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="id">' in html
    assert "Langsung ke konten" in html
