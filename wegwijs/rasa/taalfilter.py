"""Rasa NLU component: another language or gibberish is recognised, not classified as a topic.

Last in the pipeline (config.yml), after the classifier and its FallbackClassifier:

* another language: intent `andere_taal` (confidence 1) and entity `taal`
  with the language code, so the rule in bot/rules/taal-anders.yml answers
  with the fixed text in that language (bot/andere_talen.yml);
* gibberish: intent `nlu_fallback`, so Wegwijs says it did not understand;
* Dutch: the classifier's intent stays;
* English (issue #15): the classifier's intent stays too (nlu/en/ holds English
  examples for every intent), and the parse result says "engels", so the session
  switches to English (actions/taal.py, `action_validate_slot_mappings`). When the
  person chose Dutch (the gateway's metadata), the English message is answered in
  English too, with an offer to go on in English; the session stays Dutch (session 17).

The words of the training data are kept with the model, so a typo of a
training word ("bijstnd") counts as a known word (wegwijs/rasa/taalherkenning.py).
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from wegwijs.rasa.taalherkenning import ANDERE_TAAL, NEDERLANDS, ONZIN, WORD, Taalherkenner, lingua_taal
from wegwijs.rasa.taalwissel import ENGELS_VERSTAAN, UITKOMST, lijkt_engels

INTENT_ANDERE_TAAL = "andere_taal"
INTENT_ONZIN = "nlu_fallback"
ENTITY_TAAL = "taalcode"
WOORDEN_BESTAND = "woorden.json"
# UITKOMST in the parse result: "andere_taal" or "onzin" when the filter decided, ENGELS_VERSTAAN for
# an English message whose intent the classifier gave (defined in wegwijs/rasa/taalwissel.py, shared with the actions)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class Taalfilter(GraphComponent):
    """Overrides the intent of messages that are not Dutch (see the module docstring)."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {}

    def __init__(self, model_storage: ModelStorage, resource: Resource, woorden: Optional[List[str]] = None):
        self._model_storage = model_storage
        self._resource = resource
        self._woorden = sorted(set(woorden or []))
        self._herkenner: Optional[Taalherkenner] = None

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "Taalfilter":
        return cls(model_storage, resource)

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "Taalfilter":
        try:
            with model_storage.read_from(resource) as directory:
                woorden = json.loads((directory / WOORDEN_BESTAND).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            woorden = []
        component = cls(model_storage, resource, woorden)
        component.herkenner.herken("ik heb een vraag")  # the word lists load now, not at the first message
        lingua_taal("good morning everyone")  # so do lingua's models (~0.3 s)
        return component

    def train(self, training_data: TrainingData) -> Resource:
        self._woorden = sorted({w.lower() for m in training_data.intent_examples
                                for w in WORD.findall(m.get(TEXT) or "")})
        self._herkenner = None
        with self._model_storage.write_to(self._resource) as directory:
            (directory / WOORDEN_BESTAND).write_text(json.dumps(self._woorden), encoding="utf-8")
        return self._resource

    @property
    def herkenner(self) -> Taalherkenner:
        if self._herkenner is None:
            self._herkenner = Taalherkenner(self._woorden)
        return self._herkenner

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._herken(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def _herken(self, message: Message) -> None:
        text = message.get(TEXT)
        if not text or text.startswith("/"):
            return  # a button payload is no language
        herkenning = self.herkenner.herken(text)
        # English with Dutch terms ("how much bijstand do i get, i am 35") that lingua left Dutch is English too
        # (session 16): it is answered in English, with the facts read in English. In a session that chose Dutch
        # as well (session 17, issue #15): that answer offers English, and the session stays Dutch.
        engels = herkenning.engels or (herkenning.soort == NEDERLANDS and lijkt_engels(text))
        if engels:
            message.set(UITKOMST, ENGELS_VERSTAAN, add_to_output=True)
            return
        if herkenning.soort == ANDERE_TAAL:
            intent = {"name": INTENT_ANDERE_TAAL, "confidence": 1.0}
            entity = {"entity": ENTITY_TAAL, "value": herkenning.taal, "start": 0, "end": len(text),
                      "confidence_entity": 1.0, "extractor": type(self).__name__}
            message.set(ENTITIES, [entity], add_to_output=True)
        elif herkenning.soort == ONZIN:
            intent = {"name": INTENT_ONZIN, "confidence": 1.0}
        else:
            return
        message.set(UITKOMST, herkenning.soort, add_to_output=True)
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != intent["name"]]
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
