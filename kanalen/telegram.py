"""`wegwijs telegram`: Wegwijs in Telegram, through the gateway API.

The bridge is one more client of the gateway, like the web widget: each
Telegram chat gets its own gateway session (made by the server), a button
becomes an inline keyboard, and /wis erases the session. It stores nothing
about a Telegram user but which session belongs to which chat, under an
HMAC of the chat id, the session id encrypted, and the language the chat
switched to (kanalen/telegram_chats.py; its calls run off the event loop).
Every text a person reads comes from the gateway or from bot/domain/telegram.yml.
A reply that ends a calculation (`overzicht: true`) is followed by its overzicht
as a PDF document.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import re
import weakref
from pathlib import Path
from typing import NamedTuple

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.helpers import escape_markdown

from kanalen.client import GatewayClient, GatewayError, SessionGoneError
from kanalen.weergave import link_line
from wegwijs.gemeente import laad_gemeente
from wegwijs.protocol import ERASED_KEY, WELCOME_PAYLOAD, channel_token
from wegwijs.responses import response_text
from wegwijs.settings import Settings
from wegwijs.taalkeuze import taal_uit_telegram
from kanalen.telegram_chats import ChatSessions, open_chat_sessions

log = logging.getLogger(__name__)

TOKEN_ENV = "WEGWIJS_TELEGRAM_TOKEN"
MAX_MESSAGE_UTF16 = 4096  # Telegram's limit for one message, in UTF-16 code units
MAX_CALLBACK_DATA_BYTES = 64
MAX_CONCURRENT_UPDATES = 64
PAYLOAD_PREFIX = "p:"  # callback data that is the button payload itself
UITLEG_PREFIX = "u:"  # callback data of a "Meer uitleg" button: a key into the chat's explanations
UITLEG = "meer_uitleg"  # chat_data entry: key -> the parts behind a "Meer uitleg" button, for this process only
MAX_UITLEG = 30
KEY_PREFIX = "k:"  # callback data that is a key into the chat's long payloads
LONG_PAYLOADS = "long_payloads"  # chat_data entry: key -> payload, for this process only
VARIANT = "variant"  # chat_data entry: the variant of this chat's own texts (its Telegram language, issue #15)
TAAL = "taal"  # chat_data entry: the language the conversation switched to midway ("English please")


class Beurt(NamedTuple):
    """The gateway's reply to one message: its messages, the language it switched to, and whether the
    person erased the conversation with it ("wis mijn gesprek")."""

    messages: list[dict]
    taal: str | None = None
    gewist: bool = False
TAAL_GELEZEN = "taal_gelezen"  # chat_data entry: TAAL was read from the chats store in this process
MAX_LONG_PAYLOADS = 100
OVERZICHT_BESTAND = "mijn-overzicht.pdf"
# Where a long reply may be cut, best first: between paragraphs, after a sentence, at a space.
BOUNDARIES = (re.compile(r"\n\s*\n"), re.compile(r"[.!?:;]\s|\n"), re.compile(r"\s"))


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def fitting_prefix(text: str, limit: int) -> int:
    """How many characters of text fit in `limit` UTF-16 code units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def split_message(text: str, limit: int = MAX_MESSAGE_UTF16) -> list[str]:
    """Pieces of at most `limit`, cut between paragraphs, else after a sentence, else at a space."""
    pieces = []
    text = text.strip()
    while utf16_length(text) > limit:
        window = text[: fitting_prefix(text, limit)]
        cut = len(window)  # no boundary at all: cut the word
        for boundary in BOUNDARIES:
            ends = [match.end() for match in boundary.finditer(window)]
            if ends:
                cut = ends[-1]
                break
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces


def callback_data(payload: str, long_payloads: dict[str, str]) -> str:
    """The payload itself when it fits in Telegram's 64 bytes, else a key remembered for this chat."""
    data = PAYLOAD_PREFIX + payload
    if len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
        return data
    key = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
    long_payloads.pop(key, None)  # move to the end: the newest are kept
    long_payloads[key] = payload
    while len(long_payloads) > MAX_LONG_PAYLOADS:
        del long_payloads[next(iter(long_payloads))]
    return KEY_PREFIX + key


def payload_of(data: str, long_payloads: dict[str, str]) -> str | None:
    """The payload behind a pressed button, or None when it is no longer known."""
    if data.startswith(PAYLOAD_PREFIX):
        return data[len(PAYLOAD_PREFIX) :]
    if data.startswith(KEY_PREFIX):
        return long_payloads.get(data[len(KEY_PREFIX) :])
    return None


def keyboard(buttons: list[dict], long_payloads: dict[str, str], links: list[dict] = (),
             meer_uitleg: InlineKeyboardButton | None = None) -> InlineKeyboardMarkup | None:
    """One button per row: "Meer uitleg", then the https links, then the answers to choose.

    Telegram opens only web links from a button; tel: and mailto: links are in the text (with_links).
    """
    rows = [[meer_uitleg]] if meer_uitleg else []
    rows += [[InlineKeyboardButton(link["titel"], url=link["url"])] for link in links
             if link["url"].startswith("https://")]
    rows += [[InlineKeyboardButton(b["title"], callback_data=callback_data(b["payload"], long_payloads))]
             for b in buttons]
    return InlineKeyboardMarkup(rows) if rows else None


def with_links(text: str, links: list[dict]) -> str:
    """The text, then a line per call or e-mail link ("Bel 113 ...: 08000113"): Telegram makes the number tappable."""
    lines = [link_line(link) for link in links if not link["url"].startswith("https://")]
    return "\n\n".join([text, "\n".join(lines)]) if lines else text


def remember_uitleg(parts: list[dict], store: dict[str, list[dict]]) -> str:
    """A key for the parts behind one "Meer uitleg" button; the newest MAX_UITLEG are kept."""
    key = hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()[:32]
    store.pop(key, None)
    store[key] = parts
    while len(store) > MAX_UITLEG:
        del store[next(iter(store))]
    return key


def uitleg_text(parts: list[dict]) -> str:
    return "\n\n".join(f"{part['kop']}\n{part['tekst']}" for part in parts)


class PerChatOrder(BaseUpdateProcessor):
    """Updates of different chats run concurrently; those of one chat one at a time, in order."""

    def __init__(self, max_concurrent_updates: int):
        super().__init__(max_concurrent_updates)
        # A lock lives as long as an update of its chat holds or waits for it.
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    async def do_process_update(self, update: object, coroutine) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        lock = self._locks.get(chat.id)
        if lock is None:
            lock = self._locks[chat.id] = asyncio.Lock()
        async with lock:  # asyncio.Lock wakes its waiters first come, first served
            await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to clean up."""


class Bridge:
    """The handlers: Telegram updates in, gateway calls, Telegram messages out."""

    def __init__(self, gateway: GatewayClient, sessions: ChatSessions, gemeente: str):
        self.gateway = gateway
        self.sessions = sessions
        self.gemeente = laad_gemeente(gemeente)

    def text(self, response: str, update: Update | None = None,
             context: ContextTypes.DEFAULT_TYPE | None = None) -> str:
        """One of the bridge's own texts, in the chat's language (issue #15), else the gemeente's Dutch."""
        return response_text(response, self.variant_voor(update, context), **self.gemeente.template_values())

    def variant_voor(self, update: Update | None, context: ContextTypes.DEFAULT_TYPE | None = None) -> str:
        taal = self.taal_voor(update, context)
        return self.gemeente.variant_voor(taal) if taal else self.gemeente.variant

    @staticmethod
    def taal_voor(update: Update | None, context: ContextTypes.DEFAULT_TYPE | None = None) -> str | None:
        """The chat's language: the one its conversation switched to ("English please", an English first
        message), else the user's Telegram language ("en-GB" -> "en"), else None."""
        gekozen = getattr(context, "chat_data", None) or {}
        if gekozen.get(TAAL):
            return gekozen[TAAL]
        user = getattr(update, "effective_user", None) if update is not None else None
        return taal_uit_telegram(getattr(user, "language_code", None))

    async def send_own(self, update: Update, context: ContextTypes.DEFAULT_TYPE, response: str) -> None:
        """One of the bridge's own texts to this chat, in the chat's language."""
        await self.send(update.effective_chat.id, context, [{"text": self.text(response, update, context)}])

    def failure_text(self, error: GatewayError, update: Update | None = None,
                     context: ContextTypes.DEFAULT_TYPE | None = None) -> str:
        """The gateway's own kind text, or ours when it could not be reached."""
        return error.message or self.text("utter_telegram_storing", update, context)

    async def start(self, application: Application) -> None:
        """Open the connection pool to the gateway (Application.post_init)."""
        await self.gateway.start()

    async def stop(self, application: Application) -> None:
        """Close the gateway connections and the database (Application.post_shutdown)."""
        await self.gateway.close()
        await asyncio.to_thread(self.sessions.close)  # waits for the store's threads to finish

    async def recall_taal(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Before any handler: the language this chat switched to, from the chats store, once per process,
        so a restarted bridge keeps answering in it (issue #15)."""
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None or context.chat_data is None or context.chat_data.get(TAAL_GELEZEN):
            return
        taal = await self.sessions.taal_async(chat.id)
        context.chat_data[TAAL_GELEZEN] = True
        if taal and not context.chat_data.get(TAAL):
            context.chat_data[TAAL] = taal

    async def on_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/start: the welcome, in a new conversation or the one this chat already has."""
        await self.answer(update, context, WELCOME_PAYLOAD)

    async def on_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/help: what Wegwijs is and which commands there are."""
        await self.send_own(update, context, "utter_telegram_help")

    async def on_wis(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """/wis: erase this chat's conversation at the gateway and forget the session."""
        chat_id = update.effective_chat.id
        session_id = await self.sessions.get_async(chat_id)
        try:
            if session_id is not None:
                await self.gateway.erase(session_id)
        except GatewayError as error:
            await self.send(chat_id, context, [{"text": self.failure_text(error, update, context)}])
            return
        await self.sessions.forget_async(chat_id)
        await self.send(chat_id, context, [{"text": self.text("utter_telegram_gewist", update, context)}])
        self.forget_chat_data(context)

    @staticmethod
    def forget_chat_data(context: ContextTypes.DEFAULT_TYPE) -> None:
        """After an erasure: no button payload or language of the old conversation stays in memory; a new
        conversation starts in the user's Telegram language."""
        context.chat_data.pop(LONG_PAYLOADS, None)
        context.chat_data.pop(TAAL, None)

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A typed message goes to the gateway as it is."""
        await self.answer(update, context, update.effective_message.text)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A pressed button: remove the keyboard, then send its payload as if typed."""
        query = update.callback_query
        with contextlib.suppress(BadRequest):  # answered too late (the bot was down)
            await query.answer()
        with contextlib.suppress(BadRequest):  # already removed, or the message is too old to edit
            await query.edit_message_reply_markup(reply_markup=None)
        payload = payload_of(query.data or "", context.chat_data.setdefault(LONG_PAYLOADS, {}))
        if payload is None:
            await self.send_own(update, context, "utter_telegram_knop_verlopen")
            return
        await self.answer(update, context, payload)

    async def on_meer_uitleg(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """"Meer uitleg" pressed: the why, the assumptions and the law of that answer; its buttons stay."""
        query = update.callback_query
        with contextlib.suppress(BadRequest):
            await query.answer()
        parts = context.chat_data.setdefault(UITLEG, {}).get((query.data or "")[len(UITLEG_PREFIX):])
        if parts is None:
            await self.send_own(update, context, "utter_telegram_knop_verlopen")
            return
        await self.send(update.effective_chat.id, context, [{"text": uitleg_text(parts)}])

    async def on_other(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A photo, voice message, sticker or file: say that only text works."""
        await self.send_own(update, context, "utter_telegram_alleen_tekst")

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log an unexpected error without the update: it holds what the person wrote."""
        log.error("error while handling an update", exc_info=context.error)

    async def answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
        """Send text to the gateway and show its reply, or a kind message when that fails."""
        chat_id = update.effective_chat.id
        with contextlib.suppress(TelegramError):  # "typing..." is a courtesy, not worth failing for
            await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
        # The chat's language (the user's Telegram language, "en-GB" -> English, unless the conversation
        # switched) chooses the language of a new session (issue #15).
        try:
            beurt = await self.converse(chat_id, text, self.taal_voor(update, context))
        except GatewayError as error:
            beurt = Beurt([{"text": self.failure_text(error, update, context)}])
        messages = beurt.messages
        if beurt.gewist:
            self.forget_chat_data(context)  # like /wis: nothing of the erased conversation stays in memory
        elif beurt.taal:
            context.chat_data[TAAL] = beurt.taal  # "English please": Telegram's own texts follow from this reply on
            await self.sessions.remember_taal_async(chat_id, beurt.taal)  # with the chat's session, for a restart
        context.chat_data[VARIANT] = self.variant_voor(update, context)  # for the "Meer uitleg" button's label
        await self.send(chat_id, context, messages)
        if any(message.get("overzicht") is True for message in messages):
            await self.send_overzicht(chat_id, context, update)

    async def send_overzicht(self, chat_id: int, context: ContextTypes.DEFAULT_TYPE,
                             update: Update | None = None) -> None:
        """After a calculation: its overzicht as a PDF document, to keep or to take to the gemeente."""
        session_id = await self.sessions.get_async(chat_id)
        if session_id is None:
            return
        with contextlib.suppress(TelegramError):
            await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
        try:
            pdf = await self.gateway.overzicht(session_id, "pdf", self.sessions.hash(chat_id))
        except GatewayError as error:
            # The answer itself is on screen already; the document is an extra.
            log.warning("no overzicht for this chat (HTTP %s)", error.status)
            return
        caption = escape_markdown(self.text("utter_telegram_overzicht", update, context), version=2)
        await context.bot.send_document(chat_id, pdf, filename=OVERZICHT_BESTAND, caption=caption,
                                        parse_mode=ParseMode.MARKDOWN_V2)

    async def converse(self, chat_id: int, text: str, taal: str | None = None) -> Beurt:
        """The gateway's reply in this chat's session (a new session starts with its welcome), and the
        language the conversation switched to, if this reply switched it (gateway API: "taal")."""
        session_id = await self.sessions.get_async(chat_id)
        if session_id is not None:
            try:
                return await self.say(chat_id, session_id, text)
            except SessionGoneError:
                log.info("session unknown at the gateway; starting a new one")
        session_id, welcome = await self.gateway.create(self.sessions.hash(chat_id), taal=taal)
        await self.sessions.put_async(chat_id, session_id)
        if text == WELCOME_PAYLOAD:
            return Beurt(welcome)
        beurt = await self.say(chat_id, session_id, text)
        return beurt._replace(messages=welcome + beurt.messages)

    async def say(self, chat_id: int, session_id: str, text: str) -> Beurt:
        reply = await self.gateway.say(session_id, text, self.sessions.hash(chat_id))
        gewist = bool(reply.get(ERASED_KEY))
        if gewist:
            await self.sessions.forget_async(chat_id)
        return Beurt(reply["messages"], reply.get("taal"), gewist)

    async def send(self, chat_id: int, context: ContextTypes.DEFAULT_TYPE, messages: list[dict]) -> None:
        """Each message in pieces Telegram accepts; its buttons, links and "Meer uitleg" go under the last piece."""
        for message in messages:
            links = message.get("links") or []
            pieces = split_message(with_links(message["text"], links))
            for number, piece in enumerate(pieces, start=1):
                markup = self.markup(message, links, context) if number == len(pieces) else None
                # The texts are plain; escaped, every character shows as written.
                await context.bot.send_message(
                    chat_id, escape_markdown(piece, version=2), parse_mode=ParseMode.MARKDOWN_V2, reply_markup=markup
                )

    def markup(self, message: dict, links: list[dict], context: ContextTypes.DEFAULT_TYPE) -> InlineKeyboardMarkup | None:
        meer = None
        if message.get("meer_uitleg"):
            key = remember_uitleg(message["meer_uitleg"], context.chat_data.setdefault(UITLEG, {}))
            label = response_text("utter_telegram_meer_uitleg", context.chat_data.get(VARIANT, self.gemeente.variant))
            meer = InlineKeyboardButton(label, callback_data=UITLEG_PREFIX + key)
        return keyboard(message.get("buttons") or [], context.chat_data.setdefault(LONG_PAYLOADS, {}), links, meer)


def build_application(
    token: str, gateway_url: str, chats: ChatSessions | Path, gemeente: str, api_url: str | None = None,
    channel_token: str = "",
) -> Application:
    """The one Application, its handlers bound to a Bridge; api_url replaces https://api.telegram.org.

    `chats`: the chat -> session store (open_chat_sessions), or the path of its own SQLite file."""
    if isinstance(chats, Path):
        chats = ChatSessions.in_file(chats)
    bridge = Bridge(GatewayClient(gateway_url, channel_token), chats, gemeente)
    builder = (
        Application.builder()
        .token(token)
        .concurrent_updates(PerChatOrder(MAX_CONCURRENT_UPDATES))
        .post_init(bridge.start)
        .post_shutdown(bridge.stop)
    )
    if api_url is not None:
        builder = builder.base_url(f"{api_url}/bot").base_file_url(f"{api_url}/file/bot")
    application = builder.build()
    application.add_handler(TypeHandler(Update, bridge.recall_taal), group=-1)  # before the handlers below
    application.add_handlers(
        [
            CommandHandler("start", bridge.on_start),
            CommandHandler("help", bridge.on_help),
            CommandHandler("wis", bridge.on_wis),
            CallbackQueryHandler(bridge.on_meer_uitleg, pattern=f"^{UITLEG_PREFIX}"),
            CallbackQueryHandler(bridge.on_button),
            MessageHandler(filters.TEXT, bridge.on_text),
            MessageHandler(~filters.TEXT & ~filters.StatusUpdate.ALL, bridge.on_other),
        ]
    )
    application.add_error_handler(bridge.on_error)
    return application


def main(settings: Settings, gateway_url: str | None = None) -> int:
    """Run the bot until Ctrl-C; without a token, explain how to get one."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        print(response_text("utter_telegram_geen_token"))
        return 1
    logging.basicConfig(level=logging.INFO, format="%(asctime)s telegram %(levelname)s %(message)s")
    # httpx logs every request URL at INFO, and the URL contains the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        chats = open_chat_sessions(settings)  # var/telegram.db, or shared with WEGWIJS_GATEWAY_DB_URL
    except ValueError as error:
        print(error)
        return 1
    application = build_application(
        token, gateway_url or settings.gateway_url, chats, settings.gemeente,
        channel_token=channel_token(settings.var_dir),
    )
    application.run_polling(allowed_updates=["message", "callback_query"])
    return 0
