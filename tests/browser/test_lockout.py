"""An editor who mistypes the password too often sees a clear Indonesian lockout page."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_locked_out_editor_sees_an_indonesian_explanation(
    live_server, page, screenshot, assert_accessible
):
    get_user_model().objects.create_superuser("bendahara", "b@guyub.invalid", "sandi-benar-123")

    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3, AXES_COOLOFF_TIME=0.5):
        for _ in range(3):
            page.goto(live_server.url + "/admin/login/")
            page.locator("input[name=username]").fill("bendahara")
            page.locator("input[name=password]").fill("sandi-salah")
            page.locator("form button[type=submit]").click()
            page.wait_for_load_state()

        heading = page.get_by_role("heading", level=1)
        assert heading.inner_text() == "Terlalu banyak percobaan masuk"
        assert page.get_by_text("Silakan coba lagi dalam 30 menit.").is_visible()
        screenshot("admin-lockout")
        assert_accessible()
