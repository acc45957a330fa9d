"""The project's imports point one way: core <- comments <- articles, groups_directory <- home.

Every ``import`` in the apps is read, deferred ones inside functions included, so a cycle
cannot hide behind an import placed in a method. The README's layout section shows the
same layers.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Lower numbers are lower layers; a package may import its own layer's package and any
# lower layer, never a peer or anything above it.
LAYERS = {
    "portal.search": 0,  # the search backend: a library that knows no app
    "core": 1,
    "comments": 2,
    "articles": 3,
    "groups_directory": 3,
    "home": 4,
    "search": 4,
    "portal": 5,  # settings and URLconf tie everything together
}
# Inside an app, what its models must never import: modules that import the models.
ABOVE_MODELS = ("views", "feeds", "routes", "templatetags", "admin_views", "wagtail_hooks")


def package_of(module):
    """The layered package a dotted module belongs to, or None (Django, Wagtail, ...)."""
    for name in sorted(LAYERS, key=len, reverse=True):
        if module == name or module.startswith(name + "."):
            return name
    return None


def module_name(path, root):
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source, module, is_package):
    """Absolute names of every module ``source`` imports, with the line of each."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            yield target, node.lineno
            # "from . import views" names modules, not attributes.
            for alias in node.names:
                yield f"{target}.{alias.name}", node.lineno


def violations(root):
    found = []
    for package in LAYERS:
        folder = root.joinpath(*package.split("."))
        for path in sorted(folder.rglob("*.py")):
            module = module_name(path, root)
            own = package_of(module)
            if own != package:  # portal.search inside portal: checked as its own package
                continue
            source = path.read_text(encoding="utf-8")
            seen = set()
            for target, line in imported_modules(source, module, path.name == "__init__.py"):
                if line in seen:  # one report per import statement
                    continue
                where = f"{path.relative_to(root)}:{line} imports {target}"
                other = package_of(target)
                if other is None or other == own:
                    if other == own and _model_imports_view(module, target):
                        seen.add(line)
                        found.append(f"{where} (a model importing what imports models)")
                    continue
                seen.add(line)
                if own == "portal.search":
                    found.append(f"{where} (the search backend imports no app)")
                elif LAYERS[other] >= LAYERS[own] and own != "portal":
                    found.append(f"{where} ({own} is below or beside {other})")
    return found


def _model_imports_view(module, target):
    parts = module.split(".")
    if len(parts) < 2 or parts[1] != "models":
        return False
    app = parts[0]
    return any(
        target == f"{app}.{name}" or target.startswith(f"{app}.{name}.") for name in ABOVE_MODELS
    )


def test_imports_point_down_the_layers():
    assert violations(ROOT) == []


@pytest.mark.parametrize(
    ("path", "source", "expected"),
    [
        ("core/cache.py", "from articles.models import ArticlePage\n", "core is below"),
        ("comments/models.py", "def f():\n    from home import models\n", "comments is below"),
        ("articles/feeds.py", "import groups_directory.models\n", "articles is below or beside"),
        ("groups_directory/models/pages.py", "from ..views import x\n", "a model importing"),
        ("groups_directory/models/pages.py", "from groups_directory import routes\n", "a model"),
        ("portal/search/whoosh.py", "from core.cache import x\n", "imports no app"),
    ],
)
def test_a_new_upward_import_is_caught(tmp_path, path, source, expected):
    for package in LAYERS:
        tmp_path.joinpath(*package.split(".")).mkdir(parents=True, exist_ok=True)
    target = tmp_path / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(source)
    (found,) = violations(tmp_path)
    assert expected in found


def test_downward_and_framework_imports_pass(tmp_path):
    for package in LAYERS:
        tmp_path.joinpath(*package.split(".")).mkdir(parents=True, exist_ok=True)
    (tmp_path / "home" / "models.py").write_text(
        "from articles.models import ArticlePage\n"
        "from core.cache import x\n"
        "from wagtail.models import Page\n"
    )
    (tmp_path / "portal" / "urls.py").write_text(
        "from home import views\nfrom search import views\n"
    )
    assert violations(tmp_path) == []
