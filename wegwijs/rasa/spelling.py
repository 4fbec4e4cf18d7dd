"""Rasa NLU component: a typo of a word the training data knows is read as that word.

Residents type "bijstnd", "uitkerig", "schulde". The word features of the
classifier only know the words of the training data, so such a token counts
for nothing there (the character n-grams still see part of it). This step,
after the tokenizer and before the featurizers, replaces a token that

* is not a word of the training data,
* is not a Dutch word (pyspellchecker's Dutch list: a real word the training
  data lacks is left alone), has no digit and is at least MIN_LEN letters,
* is one edit (a letter left out, added, changed or two swapped) away from a
  training word,

by the most frequent such training word. Only the token's text and lemma
change; its position in the message stays, so entities keep their spans.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from wegwijs.rasa.taalherkenning import nederlandse_woorden

MIN_LEN = 5
WOORDEN_BESTAND = "woorden.json"


def deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class Verbeteraar:
    """Maps a typo to the most frequent training word one edit away (symmetric delete)."""

    def __init__(self, counts: Dict[str, int]):
        self.counts = counts
        self.by_delete: Dict[str, List[str]] = {}
        for word in counts:
            if len(word) >= MIN_LEN - 1:
                for d in deletes(word) | {word}:
                    self.by_delete.setdefault(d, []).append(word)
        self.nederlands = nederlandse_woorden()

    def verbeter(self, token: str) -> Optional[str]:
        word = token.lower()
        if (word in self.counts or len(word) < MIN_LEN or not word.isalpha()
                or word in self.nederlands):
            return None
        candidates = set(self.by_delete.get(word, []))  # a letter too many
        for d in deletes(word):
            candidates.update(w for w in self.by_delete.get(d, []) if _one_edit(word, w))
        if not candidates:
            return None
        return max(sorted(candidates), key=lambda w: self.counts[w])


def _one_edit(a: str, b: str) -> bool:
    """One deletion, insertion, substitution or swap of neighbours apart."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) - len(short) == 1 and short in deletes(long_)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=True)
class Spellingcorrectie(GraphComponent):
    """Replaces typos of training words in the tokens (see the module docstring)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    def __init__(self, model_storage: ModelStorage, resource: Resource, counts: Optional[Dict[str, int]] = None):
        self._model_storage = model_storage
        self._resource = resource
        self._counts = counts or {}
        self._verbeteraar: Optional[Verbeteraar] = None

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "Spellingcorrectie":
        return cls(model_storage, resource)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "Spellingcorrectie":
        try:
            with model_storage.read_from(resource) as directory:
                counts = json.loads((directory / WOORDEN_BESTAND).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            counts = {}
        return cls(model_storage, resource, counts)

    def train(self, training_data: TrainingData) -> Resource:
        counts: Counter = Counter()
        for message in training_data.training_examples:
            for token in message.get(TOKENS_NAMES[TEXT]) or []:
                counts[token.text.lower()] += 1
        self._counts = dict(counts)
        self._verbeteraar = None
        with self._model_storage.write_to(self._resource) as directory:
            (directory / WOORDEN_BESTAND).write_text(json.dumps(self._counts), encoding="utf-8")
        return self._resource

    @property
    def verbeteraar(self) -> Verbeteraar:
        if self._verbeteraar is None:
            self._verbeteraar = Verbeteraar(self._counts)
        return self._verbeteraar

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data  # every training token is a training word

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            for token in message.get(TOKENS_NAMES[TEXT]) or []:
                beter = self.verbeteraar.verbeter(token.text)
                if beter:
                    token.text = beter
                    token.lemma = beter
        return messages
