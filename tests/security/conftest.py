# The comment fixtures (a commentable page, signed form data) are shared with tests/comments.
from tests.comments.conftest import (  # noqa: F401 - pytest finds fixtures by name
    comment_data,
    comment_settings,
    commentable_page,
    owner,
)
