"""The aiohttp gateway: the one public port between channels and Rasa."""
