"""The server-error handler tells a database outage (503, try again) from a bug (500)."""

import pytest
from django.db import InterfaceError, OperationalError

from portal.errors import server_error


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_database_errors_answer_503_with_retry_after(rf, error):
    try:
        raise error("connection refused")
    except error:
        response = server_error(rf.get("/"))
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "no-cache" in response["Cache-Control"]
    assert "Situs sedang tidak tersedia" in response.content.decode()


def test_other_errors_stay_a_500(rf):
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Terjadi kesalahan" in response.content.decode()
