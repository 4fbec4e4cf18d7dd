"""/review and /signalen sign in with one shared script (gateway/templates/inloggen.js), served by
the gateway under each page's own path with the same strict CSP: no inline script anywhere."""

from __future__ import annotations

import re

import pytest
from aiohttp.test_utils import TestClient, TestServer

from gateway.app import create_app
from wegwijs.instance import free_port
from wegwijs.settings import ROOT, Settings

TEMPLATES = ROOT / "gateway" / "templates"
PAGES = ("review", "signalen")


@pytest.fixture
async def client(tmp_path):
    settings = Settings().with_(var_dir=tmp_path, rasa_port=free_port(), actions_port=free_port())
    async with TestClient(TestServer(create_app(settings))) as client:
        yield client


@pytest.mark.parametrize("page", PAGES)
async def test_each_page_serves_the_one_sign_in_script_under_the_strict_csp(client, page):
    response = await client.get(f"/{page}/inloggen.js")
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/javascript; charset=utf-8"
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    assert await response.read() == (TEMPLATES / "inloggen.js").read_bytes()


@pytest.mark.parametrize("page", PAGES)
async def test_each_page_loads_it_before_its_own_script_and_has_no_inline_script(client, page):
    html = await (await client.get(f"/{page}")).text()
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert all(' src="/' in tag for tag in scripts), scripts  # the CSP would refuse an inline one
    sources = [re.search(r'src="([^"]+)"', tag).group(1) for tag in scripts]
    assert sources.index(f"/{page}/inloggen.js") < sources.index(f"/{page}/{page}.js")


@pytest.mark.parametrize("page", PAGES)
def test_the_key_is_handled_only_in_the_shared_script(page):
    own = (TEMPLATES / f"{page}.js").read_text(encoding="utf-8")
    assert "sessionStorage" not in own and "Bearer" not in own
    assert "WegwijsInloggen.maak(" in own
