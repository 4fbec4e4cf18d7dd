"""Test instances start on free ports without racing the kernel (a CI run lost a module fixture to this).

The health check of a local port nobody listened on yet connected to itself (TCP simultaneous open:
the kernel picked the target port as the source port), read its own "GET / HTTP/1.1" back as the
status line, and the BadStatusLine it raised stopped `wegwijs run` during start.
"""
from __future__ import annotations

import socket
import threading

from wegwijs import instance
from wegwijs.supervisor import answers_ok


def _echo_server() -> tuple[socket.socket, int]:
    """A server that answers a request with the request itself, as a self-connected socket does."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    def echo_once() -> None:
        connection, _ = server.accept()
        with connection:
            connection.sendall(connection.recv(4096))

    threading.Thread(target=echo_once, daemon=True).start()
    return server, server.getsockname()[1]


def test_a_health_check_that_reads_its_own_request_is_not_healthy_and_does_not_raise():
    server, port = _echo_server()
    with server:
        assert answers_ok(f"http://127.0.0.1:{port}/healthz") is False


def test_free_ports_lie_below_the_ephemeral_range():
    first_ephemeral = instance._first_ephemeral_port()
    ports = [instance.free_port() for _ in range(200)]
    assert all(instance.LOWEST_PORT <= port < first_ephemeral for port in ports)


def test_a_free_port_range_is_bindable_as_a_whole():
    first = instance.free_port_range(3)
    assert all(instance._bindable(port) for port in range(first, first + 3))
