"""Which Rasa server a conversation goes to (gateway/rasa_client.py, issue #16).

A conversation stays on one server (its lock and its cached tracker); a new
one goes to the server with the fewest turns in progress, and when the
servers are equally busy to the one its id hashes to, as before.
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from gateway.rasa_client import RasaClient, hash_index

URLS = ["http://127.0.0.1:1", "http://127.0.0.1:2"]


def ids_hashing_to(server: int, count: int) -> list[str]:
    found, number = [], 0
    while len(found) < count:
        if hash_index(f"gesprek-{number}", len(URLS)) == server:
            found.append(f"gesprek-{number}")
        number += 1
    return found


def test_an_idle_wegwijs_chooses_by_hash_as_before():
    client = RasaClient(URLS, 1)
    for conversation in [f"gesprek-{n}" for n in range(50)]:
        assert client.server_for(conversation) == URLS[hash_index(conversation, 2)]


def test_a_new_conversation_goes_to_the_less_busy_server_and_stays_there():
    client = RasaClient(URLS, 1)
    client._in_progress = [3, 1]
    conversation = ids_hashing_to(0, 1)[0]
    assert client.server_for(conversation) == URLS[1]
    client._in_progress = [0, 5]
    assert client.server_for(conversation) == URLS[1], "a conversation does not move with the load"


def test_an_erased_conversation_is_forgotten_and_idle_pins_expire(monkeypatch):
    client = RasaClient(URLS, 1)
    client._in_progress = [3, 1]
    erased, idle = ids_hashing_to(0, 2)
    client.server_for(erased)
    client.server_for(idle)
    client.forget(erased)
    assert erased not in client._pinned
    import gateway.rasa_client as module

    later = module.time.monotonic() + RasaClient.PIN_IDLE_S + 1
    monkeypatch.setattr(module.time, "monotonic", lambda: later)
    client.server_for("een ander gesprek")
    assert idle not in client._pinned


def test_turns_in_progress_are_counted_per_server():
    """Two real servers: one slow. New conversations go to the other while it is busy."""

    async def scenario():
        release = asyncio.Event()

        async def slow(request):
            await release.wait()
            return web.json_response([{"text": "traag"}])

        async def quick(request):
            return web.json_response([{"text": "snel"}])

        runners, urls = [], []
        for handler in (slow, quick):
            app = web.Application()
            app.router.add_post("/webhooks/rest/webhook", handler)
            runner = web.AppRunner(app)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            runners.append(runner)
            urls.append(f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}")
        client = RasaClient(urls, 5)
        await client.start()
        try:
            first = ids_hashing_to(0, 1)[0]
            waiting = asyncio.create_task(client.send(first, "hoi", {}))
            while client._in_progress != [1, 0]:
                await asyncio.sleep(0.01)
            newcomers = ids_hashing_to(0, 5)[1:]
            replies = [await client.send(c, "hoi", {}) for c in newcomers]
            assert all(r.messages[0]["text"] == "snel" for r in replies)
            release.set()
            assert (await waiting).messages[0]["text"] == "traag"
            assert client._in_progress == [0, 0]
        finally:
            await client.close()
            for runner in runners:
                await runner.cleanup()

    asyncio.run(scenario())


def test_a_failed_turn_is_no_longer_in_progress():
    from gateway.rasa_client import RasaUnavailableError
    from wegwijs.instance import free_port

    async def scenario():
        client = RasaClient([f"http://127.0.0.1:{free_port()}"], 2)  # nothing listens there
        await client.start()
        try:
            try:
                await client.send("gesprek", "hoi", {})
            except RasaUnavailableError:
                pass
            else:
                raise AssertionError("a closed port answered")
            assert client._in_progress == [0]
        finally:
            await client.close()

    asyncio.run(scenario())
