"""Fuzzing the gateway API from its OpenAPI description: 1,000+ generated requests, zero 5xx.

A hypothesis-driven client (schemathesis needs a newer jsonschema than Rasa 3.6
allows). Requests are built from the schemas the gateway publishes at
/api/openapi.json: bodies that fit them, bodies that almost fit, any JSON,
broken bytes; paths with real, erased and made-up session ids; every method.
Each answer must be a success or a refusal with a JSON {error, message}.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.stack

REQUESTS = 1200
NEW = "<a new session>"
SENT: list[int] = []

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
texts = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["hallo", "hoeveel mag ik bijverdienen", "<script>alert(1)</script>", "💶💶", "ja", "1200", "\u0000"]),
    st.text(min_size=1990, max_size=2010, alphabet="ab "),
)


def bodies(schema_name: str):
    fitting = {
        "message": st.fixed_dictionaries({"text": texts}),
        "session": st.fixed_dictionaries({}, optional={"gemeente": st.sampled_from(["voorbeeldstad", "den-haag", "x", "../etc", ""])}),
    }[schema_name]
    almost = st.dictionaries(st.sampled_from(["text", "gemeente", "sender", "session_id", "metadata"]), json_values, max_size=3)
    return st.one_of(
        fitting.map(lambda d: json.dumps(d).encode()),
        almost.map(lambda d: json.dumps(d).encode()),
        json_values.map(lambda v: json.dumps(v).encode()),
        st.binary(max_size=200),
        st.just(b""),
    )


def call(url: str, method: str, body: bytes | None, content_type: str) -> tuple[int, bytes, str]:
    request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers.get("Content-Type", "")


@pytest.fixture(scope="module")
def api(stack):
    status, spec = stack.request("GET", "/api/openapi.json")
    assert status == 200 and spec["openapi"].startswith("3.")
    live, _ = stack.new_session()
    erased, _ = stack.new_session()
    assert stack.request("DELETE", f"/api/sessions/{erased}")[0] == 204
    return {"spec": spec, "ids": [NEW, NEW, live, erased, "x" * 32, "..%2F..%2Fetc%2Fpasswd", "%00", "a" * 500]}


def request_strategy(api):
    paths = sorted(api["spec"]["paths"])
    return st.tuples(
        st.sampled_from(paths + ["/api/sessions/{session_id}/messages"] * 4 + ["/api/onbekend"]),
        st.sampled_from(["POST", "POST", "POST", "GET", "DELETE", "PUT", "PATCH"]),
        st.sampled_from(api["ids"]),
        st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded"]),
        st.data(),
    )


def test_the_openapi_description_matches_the_routes(api):
    spec = api["spec"]
    assert set(spec["paths"]) >= {"/api/sessions", "/api/sessions/{session_id}/messages", "/api/sessions/{session_id}"}
    message_schema = spec["paths"]["/api/sessions/{session_id}/messages"]["post"]["requestBody"]["content"]
    assert message_schema["application/json"]["schema"]["properties"]["text"]["maxLength"] == 2000


def test_generated_requests_never_get_a_5xx(stack, api):
    @settings(max_examples=REQUESTS, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(request_strategy(api))
    def one_request(generated):
        path, method, session_id, content_type, data = generated
        if session_id == NEW:  # most generated ids are dead: keep live conversations in the mix
            session_id, _ = stack.new_session()
        path = path.replace("{session_id}", session_id)
        kind = "message" if path.endswith("/messages") else "session"
        body = data.draw(bodies(kind)) if method in ("POST", "PUT", "PATCH") else None
        status, payload, returned_type = call(stack.url + path, method, body, content_type)
        SENT.append(status)
        assert status < 500, (method, path, body, status, payload[:300])
        if status >= 400:
            assert returned_type.startswith("application/json"), (method, path, status)
            refusal = json.loads(payload)
            assert set(refusal) == {"error", "message"} and refusal["message"].strip()

    one_request()
    assert len(SENT) >= 1000
    assert {200, 201, 204, 400, 404} <= set(SENT), sorted(set(SENT))
