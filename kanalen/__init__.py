"""Channels: the ways a resident reaches Wegwijs besides the web widget (docs/architecture.md).

Each channel talks to the gateway only through kanalen/client.py, like the widget
does over HTTP; the gateway imports no channel.
"""
