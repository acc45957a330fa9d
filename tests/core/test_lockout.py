import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

pytestmark = [
    pytest.mark.django_db,
    # The test settings switch axes off for Django's request-less client.login().
    pytest.mark.usefixtures("axes_on"),
]

PASSWORD = "kata-sandi-yang-benar"


@pytest.fixture
def axes_on():
    with override_settings(
        AXES_ENABLED=True,
        AXES_FAILURE_LIMIT=3,
        AXES_COOLOFF_TIME=0.5,
        AUTHENTICATION_BACKENDS=[
            "axes.backends.AxesStandaloneBackend",
            "django.contrib.auth.backends.ModelBackend",
        ],
    ):
        yield


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("pengurus", "p@guyub.invalid", PASSWORD)


def attempt(client, password, username="pengurus", ip="203.0.113.7"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def test_admin_login_is_locked_after_repeated_failures(client, editor):
    for _ in range(2):
        response = attempt(client, "salah")
        assert response.status_code == 200  # the login form again, with an error

    response = attempt(client, "salah")

    assert response.status_code == 429
    html = response.content.decode()
    assert "Terlalu banyak percobaan masuk" in html
    assert "3 kali" in html
    assert "30 menit" in html
    assert AccessAttempt.objects.filter(username="pengurus").exists()


def test_locked_account_is_refused_even_with_the_right_password(client, editor):
    for _ in range(3):
        attempt(client, "salah")

    response = attempt(client, PASSWORD)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_username_and_address(client, editor):
    for _ in range(3):
        attempt(client, "salah")

    # The same account from another address (another household behind another NAT)...
    response = attempt(client, PASSWORD, ip="198.51.100.20")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_successful_login_resets_the_failure_count(client, editor):
    for _ in range(2):
        attempt(client, "salah")
    assert attempt(client, PASSWORD).status_code == 302
    client.logout()

    for _ in range(2):
        assert attempt(client, "salah").status_code == 200
