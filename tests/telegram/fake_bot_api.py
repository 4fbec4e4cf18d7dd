"""A fake Telegram Bot API server on loopback, for testing the bridge.

It implements the methods python-telegram-bot calls for a polling bot that
sends text with inline keyboards and uploads documents (sendDocument), checks their parameters the way the real
API does (https://core.telegram.org/bots/api) and answers Telegram-shaped
JSON: `{"ok": true, "result": ...}` or `{"ok": false, "error_code",
"description"}`. A test plays the users: `send_text` and `press_button` add
updates for getUpdates, and everything the bot sent is recorded.

MarkdownV2 is checked strictly: every reserved character must be escaped.
The real API would also accept formatting (`*bold*`); the bridge sends none,
so here any unescaped reserved character is a parse error.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time

from aiohttp import web

from wegwijs.instance import free_port

MAX_TEXT_UTF16 = 4096
MAX_CAPTION_UTF16 = 1024
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # what a bot may upload through the cloud Bot API
MAX_CALLBACK_DATA_BYTES = 64
MAX_UPDATES_PER_CALL = 100
MARKDOWN_V2_RESERVED = set("_*[]()~`>#+-=|{}.!\\")
CHAT_ACTIONS = {"typing", "upload_photo", "record_video", "upload_video", "record_voice",
                "upload_voice", "upload_document", "choose_sticker", "find_location",
                "record_video_note", "upload_video_note"}
BOT_USER = {"id": 7000001, "is_bot": True, "first_name": "Wegwijs", "username": "wegwijs_test_bot"}


class BadRequest(Exception):
    """The API's answer to wrong parameters: HTTP 400 with a description."""


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_markdown_v2(text: str) -> str:
    """The text a MarkdownV2 message shows, or BadRequest like Telegram's parser."""
    shown, chars = [], iter(enumerate(text))
    for offset, char in chars:
        if char == "\\":
            escaped = next(chars, None)
            if escaped is None or not 1 <= ord(escaped[1]) <= 126:
                raise BadRequest(f"can't parse entities: Unexpected end of escape sequence at byte offset {offset}")
            shown.append(escaped[1])
        elif char in MARKDOWN_V2_RESERVED:
            raise BadRequest(
                f"can't parse entities: Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        else:
            shown.append(char)
    return "".join(shown)


def check_inline_keyboard(markup) -> None:
    if not isinstance(markup, dict) or not isinstance(markup.get("inline_keyboard"), list):
        raise BadRequest("can't parse reply keyboard markup JSON object")
    for row in markup["inline_keyboard"]:
        if not isinstance(row, list):
            raise BadRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
        for button in row:
            if not isinstance(button, dict) or not button.get("text"):
                raise BadRequest("can't parse inline keyboard button: Text buttons are unallowed "
                                 "in the inline keyboard")
            if "url" in button:
                # A link button: Telegram opens only http(s) and tg: links, never tel: or mailto:.
                if "callback_data" in button or not str(button["url"]).startswith(("https://", "http://", "tg://")):
                    raise BadRequest("BUTTON_URL_INVALID")
                continue
            data = button.get("callback_data")
            if data is None or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                raise BadRequest("BUTTON_DATA_INVALID")


class FakeBotApi:
    """One bot, private chats with test users, on 127.0.0.1:<free port>."""

    def __init__(self, token: str = "123456:TEST-token"):
        self.token = token
        self.port = free_port()
        self.calls: list[tuple[str, dict]] = []  # every (method, parameters) the bot sent
        self.chats: dict[int, list[dict]] = {}  # chat id -> the bot's messages, in order
        self.errors: list[tuple[str, str]] = []  # every (method, description) the API refused
        self.files: dict[str, bytes] = {}  # file_id -> the bytes of a document the bot uploaded
        self.language_codes: dict[int, str] = {}  # chat id -> the user's Telegram language (default "nl")
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._open_queries: set[str] = set()
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        """The server root; the API is at <url>/bot<token>/<method>."""
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self.handle)
        app.router.add_get("/bot{token}/{method}", self.handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        await self._runner.cleanup()

    # -- the test plays the users ------------------------------------------------------------

    async def send_text(self, chat_id: int, text: str) -> None:
        """A user in chat_id types text (a leading /command gets its entity, as in Telegram)."""
        content = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        await self._user_message(chat_id, content)

    async def send_photo(self, chat_id: int) -> None:
        """A user in chat_id sends a photo without a caption."""
        photo = {"file_id": "photo-1", "file_unique_id": "unique-1", "width": 90, "height": 90}
        await self._user_message(chat_id, {"photo": [photo]})

    async def press_button(self, chat_id: int, title: str) -> None:
        """A user presses the button `title` on the bot's latest message that shows it."""
        for message in reversed(self.chats.get(chat_id, [])):
            for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
                for button in row:
                    if button["text"] == title:
                        assert "url" not in button, f"{title!r} opens a link; it sends no callback"
                        query_id = str(next(self._update_ids) * 1000)
                        self._open_queries.add(query_id)
                        query = {
                            "id": query_id,
                            "from": {"id": chat_id, "is_bot": False, "first_name": "Test"},
                            "message": dict(message),
                            "chat_instance": f"instance-{chat_id}",
                            "data": button["callback_data"],
                        }
                        await self._add_update({"callback_query": query})
                        return
        raise AssertionError(f"no button {title!r} in chat {chat_id}")

    def texts(self, chat_id: int) -> list[str]:
        return [m["text"] for m in self.chats.get(chat_id, []) if "text" in m]

    def documents(self, chat_id: int) -> list[dict]:
        """The documents the bot sent to chat_id, each with its `content` (the uploaded bytes)."""
        return [{**m["document"], "caption": m.get("caption", ""), "content": self.files[m["document"]["file_id"]]}
                for m in self.chats.get(chat_id, []) if "document" in m]

    def buttons(self, chat_id: int) -> list[str]:
        """Titles of the buttons on the bot's latest message in chat_id."""
        markup = self.chats[chat_id][-1].get("reply_markup") or {}
        return [button["text"] for row in markup.get("inline_keyboard", []) for button in row]

    async def wait_until(self, condition, timeout: float = 60) -> None:
        """Wait until condition() is true; it is checked after every call the bot makes."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(condition), timeout)

    async def _user_message(self, chat_id: int, content: dict) -> None:
        self.chats.setdefault(chat_id, [])
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Test"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Test",
                     "language_code": self.language_codes.get(chat_id, "nl")},
            **content,
        }
        await self._add_update({"message": message})

    async def _add_update(self, content: dict) -> None:
        async with self._changed:
            self._updates.append({"update_id": next(self._update_ids), **content})
            self._changed.notify_all()

    # -- the Bot API ------------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        method = request.match_info["method"]
        implementation = getattr(self, f"api_{method}", None)
        if implementation is None:
            return self._error(404, "Not Found")
        params = await self._params(request)
        try:
            result = await implementation(params)
        except BadRequest as error:
            self.errors.append((method, str(error)))
            return self._error(400, f"Bad Request: {error}")
        async with self._changed:
            self.calls.append((method, params))
            self._changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    async def _params(request: web.Request) -> dict:
        """Parameters from the query string, a form or a JSON body, as the real API accepts."""
        params = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        else:
            params.update(await request.post())
        return params

    @staticmethod
    def _error(status: int, description: str) -> web.Response:
        return web.json_response({"ok": False, "error_code": status, "description": description}, status=status)

    @staticmethod
    def _int(params: dict, name: str, default: int | None = None) -> int:
        value = params.get(name, default)
        if value is None:
            raise BadRequest(f"{name} is empty")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise BadRequest(f"invalid {name} specified") from None

    @staticmethod
    def _json(params: dict, name: str):
        value = params.get(name)
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                raise BadRequest(f"can't parse {name} JSON object") from None
        return value

    def _chat(self, params: dict) -> list[dict]:
        chat_id = self._int(params, "chat_id")
        if chat_id not in self.chats:
            raise BadRequest("chat not found")
        return self.chats[chat_id]

    async def api_getMe(self, params: dict) -> dict:
        return {**BOT_USER, "can_join_groups": False, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    async def api_deleteWebhook(self, params: dict) -> bool:
        if params.get("drop_pending_updates") in (True, "true", "True"):
            async with self._changed:
                self._updates.clear()
        return True

    async def api_getUpdates(self, params: dict) -> list[dict]:
        """Confirm updates before `offset`, then return the next ones, waiting up to `timeout` s."""
        offset = self._int(params, "offset", 0)
        limit = self._int(params, "limit", MAX_UPDATES_PER_CALL)
        timeout = self._int(params, "timeout", 0)
        if not 1 <= limit <= MAX_UPDATES_PER_CALL:
            limit = MAX_UPDATES_PER_CALL
        async with self._changed:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            if not self._updates and timeout > 0:
                try:
                    await asyncio.wait_for(self._changed.wait_for(lambda: self._updates), timeout)
                except asyncio.TimeoutError:
                    pass
            return self._updates[:limit]

    @staticmethod
    def _shown(text: str, parse_mode: str | None) -> str:
        """What a text or caption shows, after its parse_mode."""
        if parse_mode == "MarkdownV2":
            return parse_markdown_v2(text)
        if parse_mode:
            raise BadRequest(f"unsupported parse_mode {parse_mode!r} in this fake")
        return text

    async def api_sendDocument(self, params: dict) -> dict:
        """A document uploaded in the request (multipart/form-data), as a bot sends a new file."""
        chat = self._chat(params)
        upload = params.get("document")
        if isinstance(upload, str):
            raise BadRequest("wrong file identifier/HTTP URL specified")  # this fake keeps no files to reuse
        if not isinstance(upload, web.FileField):
            raise BadRequest("there is no document in the request")
        content = upload.file.read()
        if not content:
            raise BadRequest("file must be non-empty")
        if len(content) > MAX_UPLOAD_BYTES:
            raise BadRequest("file is too big")
        caption = self._shown(params.get("caption") or "", params.get("parse_mode"))
        if utf16_length(caption) > MAX_CAPTION_UTF16:
            raise BadRequest("message caption is too long")
        file_id = f"document-{len(self.files) + 1}"
        self.files[file_id] = content
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": self._int(params, "chat_id"), "type": "private", "first_name": "Test"},
            "from": BOT_USER,
            "document": {"file_id": file_id, "file_unique_id": f"unique-{file_id}", "file_name": upload.filename,
                         "mime_type": upload.content_type, "file_size": len(content)},
        }
        if caption:
            message["caption"] = caption
        chat.append(message)
        return message

    async def api_sendMessage(self, params: dict) -> dict:
        chat = self._chat(params)
        text = self._shown(params.get("text") or "", params.get("parse_mode"))
        if not text.strip():
            raise BadRequest("message text is empty")
        if utf16_length(text) > MAX_TEXT_UTF16:
            raise BadRequest("message is too long")
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": self._int(params, "chat_id"), "type": "private", "first_name": "Test"},
            "from": BOT_USER,
            "text": text,
        }
        markup = self._json(params, "reply_markup")
        if markup is not None:
            check_inline_keyboard(markup)
            message["reply_markup"] = markup
        chat.append(message)
        return message

    async def api_answerCallbackQuery(self, params: dict) -> bool:
        query_id = params.get("callback_query_id")
        if query_id not in self._open_queries:
            raise BadRequest("query is too old and response timeout expired or query ID is invalid")
        self._open_queries.discard(query_id)
        return True

    async def api_editMessageReplyMarkup(self, params: dict) -> dict:
        message_id = self._int(params, "message_id")
        message = next((m for m in self._chat(params) if m["message_id"] == message_id), None)
        if message is None:
            raise BadRequest("message to edit not found")
        markup = self._json(params, "reply_markup") or {"inline_keyboard": []}
        check_inline_keyboard(markup)
        if markup == (message.get("reply_markup") or {"inline_keyboard": []}):
            raise BadRequest("message is not modified: specified new message content and reply markup are "
                             "exactly the same as a current content and reply markup of the message")
        if markup["inline_keyboard"]:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)
        return message

    async def api_sendChatAction(self, params: dict) -> bool:
        self._chat(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise BadRequest("wrong parameter action in request")
        return True
