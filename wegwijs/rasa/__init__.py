"""Wegwijs's plug-ins into Rasa and rasa-sdk, named by their module path in bot/*.yml, deploy/ and the supervisor.

* server.py: `python -m wegwijs.rasa.server run ...`, Rasa's command line with private logs
* kanaal.py: the REST channel that answers only the gateway (bot/credentials.yml)
* tracker_store.py, lock_store.py: redacting tracker store, atomic Redis lock store (bot/endpoints*.yml)
* actieserver.py: `python -m wegwijs.rasa.actieserver`, rasa-sdk's action server with a key
"""
