"""English answers to the calculator forms, read with the Dutch readers of actions/parse.py (issue #15).

An English session (slot `variant` "en") answers the forms' questions in English:
"500 euros every month", "since 1 March", "yes", "I don't know", "with my son of 19",
"3 weeks in July". `naar_nederlands` rewrites those words and phrases into the Dutch
that actions/parse.py and actions/feiten_uit_bericht.py already read ("500 euro per
maand", "sinds 1 maart", "ja", "weet ik niet", "met mijn zoon van 19", "3 weken in
juli"), so every rule about amounts, dates and ages stays in one place. Words that
are not in the lists below pass unchanged: a Dutch answer in an English session is
read as before.

This is no translation of free text: it only needs to keep what the readers look
for (numbers, periods, months, yes/no, people and their ages).
"""

from __future__ import annotations

import re

from actions import aantallen
from wegwijs.rasa.taalwissel import lijkt_engels

# Longest phrases first: "not at all" before "not", "every month" before "month".
_ZINNEN: tuple[tuple[str, str], ...] = (
    # not knowing
    (r"i\s+(?:do\s*n[o']?t|dont)\s+know|(?:do\s*n[o']?t|dont)\s+know|no\s+idea|not\s+sure|i'?m\s+not\s+sure"
     r"|no\s+clue|unknown", "weet ik niet"),
    # yes / no in sentences
    (r"not\s+at\s+all|none\s+at\s+all", "helemaal niet"),
    (r"that'?s\s+right|that\s+is\s+right|that'?s\s+correct|that\s+is\s+correct|all\s+correct|of\s+course",
     "ja klopt"),
    (r"that'?s\s+(?:not\s+right|wrong)|that\s+is\s+(?:not\s+right|wrong)|not\s+correct|incorrect", "nee klopt niet"),
    # "they told me it is over, is that right?": whether what the person was told holds ("klopt dat"; "right" alone is
    # "ja", which made the question a yes; session 20)
    (r"is\s+(?:that|this|it)\s+(?:really\s+)?(?:right|true|correct|so)(?=\s*(?:[.?!,]|$))", "klopt dat"),
    # "neither of them is a student", "he is not a student anymore": no student, so a kostendeler if 27 or older
    (r"(?:neither|none)\s+of\s+them\s+(?:is|are)\s+(?:a\s+)?students?|(?:they\s+are|they'?re)\s+not\s+(?:a\s+)?students?"
     r"|not\s+(?:a\s+)?students?(?:\s+any\s*more)?|no\s+(?:longer\s+(?:a\s+)?)?students?", "ze zijn geen student"),
    (r"not\s+yet|nowhere|no\s+trips?|none", "nee"),
    # how long it takes: "how long does it take", "when will I hear" (the decision time of an application)
    # "how many more years can i get ontheffing", "how long more", "how much longer": the time left ("hoe lang nog", as the
    # Dutch readers of the ontheffing's years left take it; session 21)
    (r"how\s+(?:many|much)\s+more\s+(?:years?|months?|time)|how\s+much\s+longer|how\s+long\s+(?:more|still)"
     r"|how\s+many\s+years\s+(?:more|still|left)", "hoe lang nog"),
    (r"how\s+long|how\s+soon", "hoe lang"),
    # "the 25 percent of my salary": a share, not an amount of 25 euro
    (r"per\s*cent|pct", "procent"),
    # what the gemeente may keep back from the benefit: "how much can they take", "how much may the gemeente deduct
    # every month" (verrekenen and the beslagvrije voet, as "hoeveel mogen ze inhouden")
    (r"how\s+much\s+(?:can|may|could|will|are|is)\s+(?:they|the\s+gemeente|gemeente|the\s+municipality|the\s+council)"
     r"\s+(?:allowed\s+to\s+)?(?:take|keep|deduct|withh?old|cut|subtract)(?:\s+(?:back|off|away))?", "hoeveel mogen ze inhouden"),
    # the room left under a limit: "how much more can I get", "how much can I still receive", "how much is left"
    (r"how\s+much\s+more\s+(?:can|may|could)\s+(?:i|we)\s+(?:still\s+)?(?:get|receive|have|be\s+given)"
     r"|how\s+much\s+(?:can|may)\s+(?:i|we)\s+still\s+(?:get|receive|have)|how\s+much\s+(?:room\s+)?(?:is\s+)?(?:still\s+)?left",
     "hoeveel mag ik nog krijgen"),
    # the AOW age: "after (the) pension age", "past the state pension age" ("na de aow-leeftijd")
    (r"(?:after|past|above|over|from|beyond)\s+(?:the\s+)?(?:state\s+)?(?:pension|aow|retirement)\s+age",
     "na de aow-leeftijd"),
    (r"(?:the\s+)?(?:state\s+pension|aow|retirement)\s+age", "de aow-leeftijd"),
    # a study that ended: "he quit", "she stopped studying", "he dropped out" ("gestopt": no student any more)
    (r"(?:quit|stopped|dropped\s+out\s+of|dropped\s+out|finished)\s+(?:with\s+)?(?:(?:his|her|their|the|my)\s+)?"
     r"(?:studies|study|studying|school|college|university|course|education)|(?:he|she)\s+(?:has\s+)?(?:quit|dropped\s+out)",
     "is gestopt met studeren"),
    (r"studied|was\s+studying|used\s+to\s+study", "studeerde"),
    # "a newborn son", "our new-born daughter": a baby (age 0 to the readers, as "een baby")
    (r"(?:new[\s-]?born|new\s+baby|baby)\s+(?:son|daughter|child|kid|boy|girl)|new[\s-]?born", "baby"),
    # "4 adults sons all over 27", "my grown-up daughters": adult children ("volwassen kinderen"; "adults" alone is
    # "volwassenen", which the Dutch readers do not take before a relation; session 18)
    (r"(?:adults?|grown[\s-]?up)\s+(?:sons|daughters|children|kids)", "volwassen kinderen"),
    # "1 week abroad this year so far": what has been, a trip taken ("tot nu toe geweest")
    # "120 a month since january, so far that is 1320 in total": the same gift said again as its sum ("dat is", which the
    # Dutch readers take as no second amount; session 20)
    (r"(?:(?:so\s+far|until\s+now|till\s+now|by\s+now)\s*,?\s+)?(?:that\s+is|that'?s|which\s+is|this\s+is|that\s+makes|makes)"
     r"(?:\s+(?:now|already|so\s+far))?(?=\s+(?:€\s*)?\d)", "dat is"),
    (r"in\s+total|altogether|all\s+together(?=\s*(?:[.,;!?]|$))", "in totaal"),
    (r"so\s+far|until\s+now|up\s+(?:un)?till\s+now|up\s+to\s+now|till\s+now|to\s+date", "tot nu toe geweest"),
    # people past the AOW age in general: "pensioners", "old people who have no full AOW" ("gepensioneerden")
    (r"pensioners?|retirees?|retired\s+people|(?:very\s+)?old\s+people|elderly(?:\s+people)?|senior\s+citizens|seniors",
     "gepensioneerden"),
    # "my girlfriend who earns 2500": the partner's wage ("die verdient")
    (r"who\s+(?:earns|makes|gets\s+paid|is\s+earning)", "die verdient"),
    # "what is the total we should have per month", "what would our total be": the amount asked
    (r"what\s+(?:is|would\s+be|will\s+be)\s+(?:the|our|my)\s+total|what\s+(?:would|will)\s+(?:our|my)\s+total\s+be",
     "hoeveel"),
    # "what would our bijstandsnorm be", "what will my norm be", "what would bijstand be for us" (session 21): the amount
    # asked
    (r"what\s+(?:would|will|should)\s+(?:(?:our|my|the)\s+)?(?:bijstandsnorm|norm|bijstand|benefit|uitkering|amount)(?:\s+amount)?\s+be",
     "hoeveel"),
    (r"how\s+much|how\s+many|what\s+(?:is|are)\s+(?:the\s+|my\s+|our\s+)?(?:bijstand\s+|aio\s+|benefit\s+)?"
     r"(?:level|amount|norm|bijstandsnorm)",
     "hoeveel"),  # "how much bijstand do I get": the amount first
    (r"when\s+(?:will|do|can|shall)\s+i\s+(?:hear|know|get\s+an?\s+answer)", "wanneer hoor ik"),
    # "what total monthly income is she entitled to", "what are they entitled to": the amount is asked
    (r"what\s+(?:\w+\s+){0,4}?(?:is|are|am)\s+(?:she|he|they|i|we)\s+entitled\s+to", "hoeveel krijgt"),
    # the bijstand left beside a wage: "do I still get some bijstand", "what is my bijstand then / after that"
    (r"(?:do|will|would|can|could)\s+(?:i|we)\s+still\s+(?:get|have|receive|keep)(?:\s+(?:some|any|a\s+bit\s+of))?"
     r"\s+(?:bijstand|benefits?|uitkering|welfare)", "hoeveel bijstand krijg ik dan nog"),
    (r"what\s+(?:is|will\s+be|would\s+be)\s+(?:my|our)\s+(?:bijstand|benefit|uitkering)(?:\s+amount)?"
     r"\s+(?:then|after\s+that|after\s+this|now|left)|what\s+(?:bijstand|benefit)\s+(?:do|will|would)\s+(?:i|we)"
     r"\s+(?:still\s+)?(?:get|have)\s+(?:then|after\s+that)", "hoeveel bijstand krijg ik dan nog"),
    # "what bijstand we get together", "what do I get": the amount is asked ("wat krijgen we")
    (r"what\s+(?:bijstand\s+|benefits?\s+|money\s+|amount\s+)?(?:do\s+|will\s+|would\s+|can\s+|could\s+|shall\s+)?we"
     r"\s+(?:get|receive)", "wat krijgen we"),
    # "how much do we get (together)", "how much we get together": the couple's amount asked ("krijgen we samen", as the
    # Dutch readers of a couple take it; session 20)
    (r"(?:(?:do|will|would|can|could|shall)\s+)?we\s+(?:get|receive)\s+together", "krijgen we samen"),
    (r"(?:do|will|would|can|could|shall)\s+we\s+(?:get|receive)", "krijgen we"),
    (r"what\s+(?:bijstand\s+|benefits?\s+|money\s+|amount\s+)?(?:do\s+|will\s+|would\s+|can\s+|could\s+|shall\s+)?i"
     r"\s+(?:get|receive)", "wat krijg ik"),
    # applying again: "now again no job", "unemployed again", "do I need all papers again" ("weer werkloos", "alles opnieuw")
    (r"again\s+(?:no|without\s+(?:a\s+)?)\s*(?:job|work)|(?:no|without\s+(?:a\s+)?)\s*(?:job|work)\s+again"
     r"|again\s+unemployed|unemployed\s+again|jobless\s+again|lost\s+my\s+job\s+again", "weer werkloos"),
    (r"(?:all\s+)?(?:the\s+|my\s+)?(?:papers|documents|forms)\s+again|everything\s+again", "alles opnieuw"),
    # "can I get exemption again" for another child: the ontheffing asked anew ("opnieuw", art. 9a's total; session 17)
    (r"(?:exemption|ontheffing|vrijstelling)\s+again", "ontheffing opnieuw"),
    # "how long can I get it again" after an ontheffing had: the ontheffing asked anew (session 19)
    (r"(?:can|could|may)\s+(?:i|we)\s+(?:get|have|ask)\s+(?:it|that|one)\s+again", "kan ik het weer krijgen"),
    # the payments held back or ended: "they stopped my payment until I send bank statements", "my benefit is on hold",
    # "bijstand has been suspended" ("mijn uitkering opgeschort/stopgezet", what the readers of stopgezet look for)
    (r"(?:suspended|blocked|froze|frozen|paused|held\s+back|put\s+on\s+hold)\s+(?:my|our|the|his|her)\s+"
     r"(?:(?:bijstand|welfare|benefits?)\s+)?(?:payments?|bijstand|benefits?|uitkering|welfare|money|allowance)",
     "mijn uitkering opgeschort"),
    (r"(?:stopped|halted|ended|cut\s+off)\s+(?:my|our|the|his|her)\s+"
     r"(?:(?:bijstand|welfare|benefits?)\s+)?(?:payments?|bijstand|benefits?|uitkering|welfare|allowance)",
     "mijn uitkering stopgezet"),
    (r"(?:my|our|the|his|her)\s+(?:(?:bijstand|welfare|benefits?)\s+)?(?:payments?|bijstand|benefits?|uitkering|welfare"
     r"|allowance)\s+(?:is|was|were|are|has\s+been|have\s+been|got|has\s+got)\s+(?:suspended|blocked|frozen|paused"
     r"|put\s+on\s+hold|on\s+hold|held\s+back)", "mijn uitkering is opgeschort"),
    (r"(?:my|our|the|his|her)\s+(?:(?:bijstand|welfare|benefits?)\s+)?(?:payments?|bijstand|benefits?|uitkering|welfare"
     r"|allowance)\s+(?:is|was|were|are|has\s+been|have\s+been|got|has\s+got)\s+(?:stopped|halted|ended|cut\s+off)",
     "mijn uitkering is stopgezet"),
    # papers asked for: "until I send bank statements", "my paperwork was late" ("bankafschriften", "papieren")
    (r"bank\s+statements?|statements?\s+of\s+(?:my|the)\s+bank(?:\s+account)?", "bankafschriften"),
    (r"papers|paperwork", "papieren"),
    # in-laws: "my mother in law (70) lives with us"
    (r"mother[\s-]+in[\s-]+law", "schoonmoeder"),
    (r"father[\s-]+in[\s-]+law", "schoonvader"),
    (r"sister[\s-]+in[\s-]+law", "schoonzus"),
    (r"brother[\s-]+in[\s-]+law", "zwager"),
    # what follows not doing a duty: "what happens if I refuse a job", "what if I don't do what they ask" (the verlaging)
    (r"what\s+(?:happens?|will\s+happen|would\s+happen|is\s+going\s+to\s+happen)|what\s+if", "wat gebeurt er"),
    (r"what\s+now", "wat nu"),
    # what the gemeente has from the registers itself: "things they already know from the registers", "or do they know
    # already", "my address is already in the brp" (the Dutch reader of art. 17 lid 1: "ze al weten", "staat al in";
    # session 19)
    (r"(?:they|the\s+gemeente|gemeente|the\s+municipality|the\s+council|you)\s+(?:can\s+|could\s+|should\s+|do\s+|will\s+)?"
     r"already\s+(?:knows?|sees?|has|have|got)|(?:they|the\s+gemeente|gemeente|the\s+municipality|the\s+council|you)\s+"
     r"(?:knows?|sees?|has|have)\s+(?:(?:it|that|this|everything|all)\s+)?already", "ze al weten"),
    (r"(?:is|are)\s+already\s+(?:in|on)(?=\s+(?:the\s+)?(?:brp|registers?|basisregistratie|gba)\b)", "staat al in"),
    # "they can look it up themselves", "the gemeente can see that in their system" ("ze kunnen het zelf zien")
    (r"(?:they|the\s+gemeente|gemeente|the\s+municipality|the\s+council)\s+can\s+(?:already\s+)?(?:see|look(?:\s+up)?|find|check)"
     r"(?:\s+(?:it|that|this))?(?:\s+up)?(?:\s+(?:themselves|itself|already))?", "ze kunnen het zelf zien"),
    # the general question of informeren: "how does bijstand work", "tell me about my rights", "rights and duties"
    (r"how\s+does\s+(?:the\s+)?(?:bijstand|social\s+assistance|welfare|uitkering)(?:\s+system)?\s+work"
     r"|how\s+(?:the\s+)?(?:bijstand|social\s+assistance|welfare)(?:\s+system)?\s+works", "hoe werkt de bijstand"),
    (r"rights\s+and\s+(?:duties|obligations|responsibilities)", "rechten en plichten"),
    (r"my\s+rights", "mijn rechten"),
    (r"what\s+is\s+(?:the\s+)?(?:bijstand|social\s+assistance)(?=\s*(?:[.,;!?]|$))", "wat is de bijstand"),
    (r"i\s+(?:do\s*n[o']?t|dont|did\s*n[o']?t|didnt|won'?t|will\s+not)\s+(?:do|show\s+up|cooperate|respond|reply|apply)",
     "ik niet doe"),
    # a request refused and the decision disputed: "gemeente said no to my bijzondere bijstand, i dont agree"
    # ("afgewezen", "niet eens": the bezwaar; session 17)
    (r"(?:said|says|say)\s+no\s+to|(?:was|were|is|got|been)\s+(?:denied|declined)", "afgewezen"),
    (r"(?:i\s+)?(?:do\s*n[o']?t|dont|did\s*n[o']?t|didnt)\s+agree|(?:i\s+)?disagree", "ik ben het niet eens"),
    (r"refus(?:e|es|ed|ing)|turn(?:s|ed)?\s+down|reject(?:s|ed)?", "weiger"),
    # "i work since more than a year now", "working for over a year": work past its first year ("al meer dan een jaar",
    # as the Dutch readers of the single parent's vrijlating after its first months take it; session 19)
    (r"(?:since|for)\s+(?:more\s+than|over)\s+(?:a|one|1)\s+year", "al meer dan een jaar"),
    # "longer than 4 weeks" is the limit asked about, not a trip of 4 weeks; "more than 1200" the limit of gifts
    (r"longer\s+than", "langer dan"),
    (r"more\s+than", "meer dan"),
    # "150 every month since january, total is now 1650": the sum so far of the gift named ("totaal is nu", which the
    # Dutch readers leave aside), not a second gift (session 17's leftover)
    (r"(?:the\s+|in\s+)?total\s+(?:is\s+|was\s+|of\s+)?(?:now\s+|already\s+|so\s+far\s+)*(?=€?\s*\d)", "totaal is nu "),
    # a trip's length: "for a month" is no monthly amount
    (r"for\s+a\s+month", "een maand"),
    # "in a clinic for a year", "for half a year": a length of time, not an amount per year (session 20)
    (r"for\s+(?:half\s+a|a\s+half|one\s+half)\s+year", "een half jaar"),
    (r"for\s+(?:a|one)\s+year", "een jaar"),
    # a claim paid in parts: "can i pay in parts / in installments / in small amounts", "a payment plan", "i cannot pay
    # it all at once", "a bit every month" (the Dutch betalingsregeling reader's "in delen", session 20)
    (r"pay(?:\s+(?:it|this|that|them|the\s+money|(?:the\s+)?(?:€\s*)?\d[\d.,]*(?:\s*(?:euros?|eur))?))?(?:\s+back)?"
     r"\s+(?:in|with)\s+(?:small\s+)?(?:parts|pieces|installments|instalments|terms|amounts|bits|portions)",
     "in delen betalen"),
    (r"payment\s+(?:plan|arrangement|scheme|agreement)|install?ment\s+plan", "betalingsregeling"),
    (r"(?:cannot|can\s*not|can'?t|cant|not\s+able\s+to|unable\s+to)\s+pay\s+(?:it\s+|this\s+|that\s+|them\s+)?"
     r"(?:back\s+)?(?:all\s+)?(?:at\s+once|in\s+one\s+go|in\s+one\s+time)", "kan het niet in een keer betalen"),
    (r"pay\s+(?:it\s+|back\s+|it\s+back\s+)?(?:a\s+)?(?:little|bit|small\s+amount)\s+(?:every|each)\s+month",
     "elke maand een beetje betalen"),
    (r"for\s+a\s+week", "een week"),
    # periods of an amount; "every 3 months", "quarterly" became "4 keer per jaar" before (_ELKE_N)
    # "180 euro every time", "30 euro each time": the amount of one time, that a count multiplies ("3 keer")
    (r"(?:every|each|per|a)\s+time", "per keer"),
    # "what is my monthly bijstand": the amount asked, as "mijn bijstand per maand" (session 19; "mijn per maand
    # bijstand" was no question of the amount)
    (r"monthly\s+(?:bijstand|welfare|benefits?|social\s+assistance)", "bijstand per maand"),
    (r"monthly\s+uitkering", "uitkering per maand"),
    (r"(?:every|each|per|a)\s+month|monthly|/\s*month", "per maand"),
    (r"(?:every|each|per|a)\s+week|weekly|/\s*week", "per week"),
    (r"(?:every|each|per|a)\s+year|yearly|annually|/\s*year", "per jaar"),
    (r"(?:only\s+)?once|one\s+time|one-off|one\s+off|a\s+single\s+time", "een keer"),
    # relative dates
    # "can i still go 6 weeks before new year", "500 more before christmas": the end of this year ("voor nieuwjaar", "voor
    # kerst", as the readers of a trip and of a gift take it), not "eerder" (session 17)
    (r"before\s+(?:the\s+)?(?:new\s*year'?s?(?:\s+eve|\s+day)?|end\s+of\s+(?:the|this)\s+year|year'?s?\s+end)", "voor nieuwjaar"),
    (r"before\s+(?:the\s+)?(?:christmas|xmas)", "voor kerst"),
    (r"new\s*year'?s?\s+(?:eve|day)|new\s+year", "nieuwjaar"),
    (r"last\s+month|previous\s+month", "vorige maand"),
    (r"last\s+week|previous\s+week", "vorige week"),
    (r"last\s+year|previous\s+year", "vorig jaar"),
    (r"this\s+month", "deze maand"),
    (r"this\s+year", "dit jaar"),
    (r"this\s+summer", "deze zomer"),  # "3 weeks in poland this summer": a trip taken this year (session 20)
    (r"this\s+spring", "dit voorjaar"),
    (r"this\s+winter", "deze winter"),
    # "always friday to sunday": from one day of the week to another ("vrijdag tot zondag", as the Dutch readers of a
    # weekend away take it; session 20)
    (r"(?<=day\s)(?:to|till|until|through)(?=\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", "tot"),
    (r"next\s+month", "volgende maand"),
    (r"next\s+year", "volgend jaar"),
    (r"(?:the\s+)?(?:beginning|start)\s+of|early", "begin"),
    (r"(?:the\s+)?middle\s+of|mid-?", "half "),
    (r"(?:the\s+)?end\s+of|late", "eind"),
    # "applying for jobs", "job applications": solliciteren (the duties)
    (r"apply(?:ing)?\s+for\s+(?:a\s+)?(?:jobs?|work)|job\s+applications?", "solliciteren"),
    # "can I get free from sollicitatieplicht", "be released from the duty to work": an ontheffing ("vrijstelling van")
    (r"(?:get\s+|be\s+)?(?:free|freed|released|excused|let\s+off)\s+from", "vrijstelling van"),
    # people, living
    # "since my father died", "my mother passed away": someone who died ("is overleden"), who lives with no one
    (r"(?:has\s+|had\s+)?(?:died|passed\s+away)|is\s+(?:dead|deceased)", "is overleden"),
    # "my husband left us", "my wife walked out": the person is on their own now (not a couple)
    (r"(?:my\s+)?(?:husband|wife|partner|boyfriend|girlfriend|ex)\s+(?:has\s+|had\s+)?(?:left(?:\s+(?:us|me))?"
     r"|walked\s+out|went\s+away|moved\s+out)", "ik ben alleen"),
    # "I look after my father with dementia", "I'm caring for my mother": the person gives care (mantelzorg)
    (r"i(?:\s+am|'?m)?\s+(?:look(?:ing)?\s+after|tak(?:e|ing)\s+care\s+of|car(?:e|ing)\s+for|nurs(?:e|ing))",
     "ik zorg voor"),
    # "on bijstand", "while I was on welfare": in de bijstand, as the Dutch readers say it
    (r"on\s+(?:the\s+|my\s+)?(?:bijstand|welfare|social\s+(?:assistance|welfare)|benefits?)", "in de bijstand"),
    # something not reported: "i forgot to tell that i worked", "I didn't report my wage" (the inlichtingenplicht)
    (r"(?:forgot|forget|forgotten)\s+to\s+(?:tell|report|mention|say|inform|declare|notify|give\s+(?:it\s+)?through|pass\s+on)",
     "vergeten door te geven"),
    (r"(?:did\s*n[o']?t|didnt|never|have\s*n[o']?t|havent)\s+(?:tell|told|report(?:ed)?|mention(?:ed)?|declare[d]?)",
     "niet doorgegeven"),
    # savings: "do I have to spend it first", "must I use up my savings before bijstand", "live off my savings first"
    (r"(?:spend|use\s+up|use|finish|live\s+(?:off|on|from))(?:\s+(?:it|them|that|this|(?:all\s+)?(?:my|our|the)\s+"
     r"(?:savings|money|spaargeld)))?(?:\s+all)?(?:\s+up)?\s+first|(?:spend|use\s+up|use|finish)\s+(?:it|them|that|(?:all\s+)?"
     r"(?:my|our|the)\s+(?:savings|money|spaargeld))(?:\s+all)?(?:\s+up)?\s+before", "eerst opmaken"),
    (r"too\s+much|too\s+high|over\s+the\s+limit|above\s+the\s+limit", "te veel"),
    # "the 6 month 25% is over", "my vrijlating has ended", "the months are finished": a period that is over
    # ("voorbij", as the Dutch readers of the old vrijlating's months take it); "is over the limit" is not.
    (r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:already\s+)?(?:over|finished|done|ended|used\s+up)"
     r"(?=\s*(?:[.,;!?]|$|(?:now|already|and|so|but|since)\b))|(?:has|have|had)\s+(?:already\s+)?(?:ended|expired|run\s+out)"
     r"|(?:ended|expired|ran\s+out)(?=\s*(?:[.,;!?]|$))", "voorbij"),
    (r"(?:have\s+|had\s+)?(?:saved|put\s+aside|set\s+aside)|(?:managed|was\s+able|were\s+able)\s+to\s+(?:save|put\s+aside)",
     "gespaard"),
    # an own home: "I own my apartment", "60k of equity in it" (the limit of an own home, not of savings)
    (r"(?:i|we)\s+own\s+(?:my|our|a|an|the)\s+(?:apartment|flat|house|home)|(?:home|house)\s+owner|own\s+(?:house|home)",
     "ik heb een eigen woning"),
    (r"(?:home\s+|house\s+)?equity", "overwaarde"),
    # "single parents", "for single mothers": the plural too (else "alleen ouders", and no single parent's rule)
    (r"single\s+(?:parents?|mums?|moms?)", "alleenstaande ouder"),
    (r"single\s+mothers?", "alleenstaande moeder"),
    (r"single\s+fathers?|single\s+dads?", "alleenstaande vader"),
    (r"on\s+my\s+own|by\s+myself", "alleen"),
    # "only me on bijstand", "only I get uitkering": the person alone has bijstand, the others live there too (session
    # 19: "niemand in de bijstand" left the housemates out)
    (r"(?:only|just)\s+(?:me|i|myself)\s+(?:am\s+|is\s+|get\s+|gets\s+|have\s+|has\s+|receive\s+)?(?:on\s+|in\s+)?(?:the\s+)?"
     r"(?:bijstand|uitkering|welfare|benefits?|social\s+assistance)", "alleen ik heb bijstand"),
    (r"no\s*one(?:\s+else)?|nobody(?:\s+else)?|just\s+me|only\s+me", "niemand"),
    # health that limits the hours: "because of my back i can only work few hours, doctor confirmed it" (the Dutch
    # readers' body part and doctor, session 19)
    (r"(?:my|his|her)\s+back(?=\s*(?:[,.;)]|$|\s+(?:i|he|she|is|was|hurts?|pain|problems?|injury|surgery|operation)\b))", "mijn rug"),
    (r"back\s+(?:pain|problems?|injury)", "rugklachten"),
    (r"(?:the\s+|my\s+|a\s+)?(?:doctor|physician|gp|huisarts)(?=\s+(?:confirmed|said|says|decided|wrote|thinks|agrees))",
     "de dokter"),
    # "all of us over 30", "all above 27": everyone in the home older than that age ("allemaal ouder dan 30")
    (r"(?:all\s+of\s+(?:us|them)|all|everyone|everybody)\s+(?:are\s+|is\s+)?(?:over|above|older\s+than)(?=\s*\d)",
     "allemaal ouder dan"),
    (r"years?\s+old|yrs?\s+old|y/?o", "jaar"),
    (r"younger\s+than|under", "jonger dan"),
    (r"or\s+older|and\s+older|or\s+over", "of ouder"),
    # couples: "me and my wife both 41", "my husband and I are both 70"
    (r"(?:me|i)\s+and\s+my", "ik en mijn"),
    (r"and\s+(?:me|i)\s+(?:are\s+both|both\s+are|are\s+both\s+aged|both)", "en ik zijn allebei"),
    (r"and\s+(?:me|i)\s+are", "en ik zijn"),
    # "we are both 68": two who speak as "we" with one age (the Dutch readers take "wij zijn allebei 68" as a couple)
    (r"we\s+are\s+both|we\s+both\s+are|we'?re\s+both", "wij zijn allebei"),
    (r"are\s+both|both\s+are", "zijn allebei"),
    # a stay in a clinic or a hospital: "i go in a clinic for 5 months", "I am going into rehab" ("ik ga naar een kliniek",
    # as the Dutch readers of a stay and its norm take it; session 20)
    (r"(?:i|we|he|she)\s+(?:will\s+|must\s+|have\s+to\s+|has\s+to\s+|need\s+to\s+|needs\s+to\s+)?(?:go|goes|am\s+going|'m\s+going"
     r"|is\s+going|'s\s+going)\s+(?:in|into|to)\s+(?:an?\s+|the\s+)?(?=(?:clinic|hospital|rehab|psychiatric|mental|care|nursing)\b)",
     "ik ga naar een "),
    # where someone comes from is no date: "i came from poland 6 years ago" ("kwam uit"; "from" read as "vanaf" made the
    # 6 years ago the start of a job; session 20)
    (r"(?:i|we|he|she|they)\s+(?:came|come|comes|moved|fled|arrived|emigrated|immigrated)\s+(?:here\s+|over\s+)?from"
     r"(?=\s+(?!(?:january|february|march|april|may|june|july|august|september|october|november|december|next|last|this"
     r"|now|today|the\s+(?:\d|start|beginning|end))\b)[a-z])", "ik kwam uit"),
    # what was taken before: "i already had 3 weeks holiday this summer", "I've had 2 weeks abroad" (a trip taken, "ik had
    # al", as the Dutch readers of a trip take it; session 20)
    (r"(?:i|we)\s+(?:have\s+|'ve\s+)?(?:already\s+)?had(?:\s+already)?(?=\s+(?:\d|one|two|three|four|five|six|a\s+week|a\s+month)"
     r"[^.?!]{0,20}?\b(?:days?|weeks?|months?|weekends?)\b)", "ik had al"),
    (r"i\s+(?:want|wanna|would\s+like|'?d\s+like|plan|intend)\s+to|i(?:\s+am|'?m)\s+(?:planning|going)\s+to|planning\s+to",
     "ik wil"),
    (r"i\s+(?:will\s+)?turn|i'?ll\s+turn|i\s+become", "ik word"),
    # "from January 2027 i will earn 2000": what is still to come ("ik ga verdienen"); without it the Dutch readers
    # took the work for work begun before and said the months of the vrijlating were over
    (r"(?:i|we)\s+will|i'll|we'll|(?:i\s+am|i'?m|we\s+are|we'?re)\s+going\s+to|(?:i|we)\s+(?:am|are)\s+gonna|i'?m\s+gonna",
     "ik ga"),
    (r"i\s+am|i'?m", "ik ben"),
    (r"he\s+is|he'?s", "hij is"),
    (r"she\s+is|she'?s", "zij is"),
    # "my two children 28 and 31 still live at home with me": they live with the writer ("wonen bij mij"), not the
    # writer with their parents ("live at home" alone; session 20)
    (r"(?:still\s+)?lives?\s+at\s+home\s+with\s+(?:me|us)", "wonen bij mij"),
    (r"lives?\s+with\s+(?:me|us)", "woont bij mij"),
    (r"(?:i\s+)?live\s+(?:with|at)\s+my\s+parents(?:'?\s+(?:house|home|place))?|(?:i\s+)?live\s+at\s+home",
     "woon bij mijn ouders"),
    # parents who do not help a young person (art. 20): "my parents cannot help me", "they don't support me"
    (r"(?:can\s*n[o']?t|can'?t|cannot|could\s*n[o']?t|couldnt)\s+(?:help|support|pay|send|give|contribute)", "kunnen niet helpen"),
    (r"(?:do\s*n[o']?t|dont|does\s*n[o']?t|won'?t|will\s+not)\s+(?:help|support|pay\s+for|send|give|contribute)", "helpen niet"),
    # parents who sent a young person away (art. 20 lid 3: they do not live together): "my parents kicked me out"
    (r"(?:kicked|threw|thrown|throw|kick|put|sent|send)\s+(?:me|us)\s+out(?:\s+of\s+(?:the\s+|my\s+|their\s+|our\s+)?(?:house|home))?",
     "hebben me eruit gezet"),
    (r"i\s+live", "ik woon"),
    (r"live\s+with", "woon met"),
    (r"lives\s+with", "woont met"),
    (r"live\s+alone|lives\s+alone", "woon alleen"),
    # "can I still go to Antwerp from 27 to 30 December": a trip asked for ("mag ik nog gaan"), not one taken
    (r"(?:can|may|could)\s+i\s+(?:still\s+)?(?:go|travel|fly|visit)\b", "mag ik nog gaan"),
    (r"child\s+benefits?", "kinderbijslag"),
    (r"child\s+budget|child-related\s+budget", "kindgebonden budget"),
    # "we live together", "we are living together": a couple ("wij wonen samen"), as the readers of a partner take it
    (r"we\s+(?:live|are\s+living|'re\s+living)\s+together", "wij wonen samen"),
    # "what is the bijstand for us": the couple's amount asked ("voor ons")
    (r"for\s+(?:the\s+two\s+of\s+|both\s+of\s+)?us", "voor ons"),
    (r"we\s+live", "wij wonen"),
    (r"living\s+together|live\s+together", "samenwonen"),
    # fewer hours (for health: the medische urenbeperking): "I can only work a few hours", "only 12 hours a week"
    (r"(?:only\s+|just\s+)?(?:a\s+)?few\s+hours|fewer\s+hours|less\s+hours|reduced\s+hours|limited\s+hours", "minder uren"),
    (r"a\s+little|a\s+bit|partly|partially|limited|part[\s-]?time|some\s+hours", "beperkt"),
    # the wage of someone else (a partner): "my husband earns 900", "she makes 700 a month" ("mijn man verdient 900")
    (r"earns|is\s+earning|gets\s+paid|brings\s+in", "verdient"),
    (r"works|is\s+working", "werkt"),
    # work that starts: "if i start as a waiter in january 2027", "I will begin a job per 1 March"
    (r"(?:i|we)\s+(?:will\s+|'ll\s+|am\s+going\s+to\s+|'m\s+going\s+to\s+|can\s+)?(?:start|begin)", "ik begin"),
    (r"full[\s-]?time|fully|completely", "volledig"),
    (r"can\s*n[o']?t\s+work|cannot\s+work|unable\s+to\s+work", "geen"),
    # holiday pay (vakantiegeld): "is holiday money included in the bijstand" read as the norm still gets its answer
    (r"holiday\s+(?:money|pay|allowance|bonus)|vacation\s+(?:money|pay|allowance)", "vakantiegeld"),
    # an admission: "my dad ... moved to a nursing home" (the AIO's answer for an admission reads "verpleeghuis")
    (r"nursing\s+home|care\s+home|old\s+people'?s\s+home|retirement\s+home", "verpleeghuis"),
    # gifts
    (r"food\s*bank|food\s+parcel", "voedselbank"),
    # "100 every month, so 1200": the same gift said again as its sum ("dus 1200", no second gift; session 21)
    (r"so(?=\s+(?:that\s+is\s+|in\s+total\s+)?(?:€\s*)?\d)", "dus"),
    # "100 every month whole 2026", "all of 2026", "during 2026": the year is no amount ("heel 2026"; session 21)
    (r"(?:the\s+)?whole(?:\s+of)?(?=\s+20\d\d\b)|all\s+of(?=\s+20\d\d\b)|(?:during|throughout)(?=\s+20\d\d\b)", "heel"),
    # whether a gift must be paid back, asked: "is that ok or i have to pay back", "do i need to pay back something?" ("moet
    # ik terugbetalen?", as the Dutch reader of a gift and the gemeente asking it back takes it; "i terugbetalen" lost the
    # question and the gift got the terugvordering text; session 21)
    (r"(?:do|does|must|should|will|shall)\s+i\s+(?:(?:have|need)\s+to\s+|really\s+)?(?:re)?pay\s+(?:(?:it|this|that|something"
     r"|anything|some|all|money)\s+)?back(?:\s+(?:something|anything|money|some|all))?\s+to\s+(?:the\s+)?(?:gemeente|municipality)",
     "moet ik terugbetalen aan de gemeente"),
    (r"(?:do|does|must|should|will|shall)\s+i\s+(?:(?:have|need)\s+to\s+|really\s+)?(?:re)?pay\s+(?:(?:it|this|that|something"
     r"|anything|some|all|money)\s+)?back(?:\s+(?:something|anything|money|some|all))?(?=\s*(?:[?.!]|$|or\b|to\s+(?:the\s+)?"
     r"(?:gemeente|municipality|bijstand)))"
     r"|i\s+(?:(?:have|need|got)\s+to|must|should|gotta)\s+(?:re)?pay\s+(?:(?:it|this|that|something|anything|some|all|money)\s+)?"
     r"back(?:\s+(?:something|anything|money|some|all))?(?=\s*(?:[?!]|$))", "moet ik terugbetalen"),
    # bijstand the gemeente wants back (terugvordering), not a loan: "I must pay back 4000 euro bijstand and a fine",
    # "they want me to pay back the benefit"; "pay back the loan", "pay it back" (money lent) stay a loan
    (r"(?:re)?pay\s+back(?=\s+(?:(?:the|all|my|that|this|of|some|part\s+of)\s+)*(?:€\s*|eur\s*)?(?:\d|bijstand|benefits?"
     r"|money|euros?|everything|overpa|uitkering|allowance))|(?:must|have\s+to|has\s+to|had\s+to|need\s+to|needs\s+to"
     r"|want\s+me\s+to|wants\s+me\s+to|ask\s+me\s+to|asks\s+me\s+to|told\s+me\s+to|should)\s+(?:re)?pay\s+(?:it\s+)?back"
     r"(?!\s+(?:\S+\s+){0,3}?(?:loan|lening|to\s+(?:my|him|her|them)\b))", "terugbetalen"),
    (r"(?:lent|loaned)\s+(?:me|it)|borrowed|a\s+loan|loan|lend|lent|pay\s+(?:it\s+)?back", "lening"),
    # renting a room is housing, not rent someone pays for you (a gift in kind): "I rent a room in a house with ..."
    (r"(?:i|we)\s+(?:rent|am\s+renting|'m\s+renting|are\s+renting|'re\s+renting)\s+(?:a\s+)?(?:room|flat|studio)",
     "ik huur een kamer"),
    # "my mother is 71 with AIO, my brother (40) moved in with her": someone who came to live in a relative's home ("is bij
    # haar ingetrokken", as the Dutch reader of a relative's housemate takes it; session 21)
    (r"(?:has\s+|have\s+)?(?:moved|came)\s+in\s+with\s+her|(?:has\s+|have\s+)?(?:moved|came)\s+to\s+live\s+with\s+her",
     "is bij haar ingetrokken"),
    (r"(?:has\s+|have\s+)?(?:moved|came)\s+in\s+with\s+him|(?:has\s+|have\s+)?(?:moved|came)\s+to\s+live\s+with\s+him",
     "is bij hem ingetrokken"),
    # "we rent a house with 4 people": the writer is one of the 4 ("we huren een huis met 4 personen", 3 others; "ik
    # huur" counted 4 others; session 21)
    (r"we\s+(?:rent|are\s+renting|'re\s+renting)\s+(?:a|an|the)\s+(?:house|home|apartment|flat|place)(?=\s+(?:with|together))",
     "we huren een huis"),
    # "i rent a house with 3 friends": a home shared with housemates ("ik huur een huis met", session 19), not rent paid
    (r"(?:i|we)\s+(?:rent|am\s+renting|'m\s+renting|are\s+renting|'re\s+renting)\s+(?:a|an|the)\s+"
     r"(?:house|home|apartment|place)(?=\s+(?:with|together))", "ik huur een huis"),
    # "i share a flat with 3 friends", "we just split the rent": housemates who share costs ("ik deel een huis met", "we
    # delen de huur"; session 19), not rent someone pays for the person
    (r"(?:i|we)\s+(?:share|am\s+sharing|'m\s+sharing)\s+(?:a|an|the|my|our)\s+(?:house|home|apartment|flat|place)"
     r"(?=\s+with)", "ik deel een huis"),
    (r"(?:split|share|divide)\s+(?:the\s+)?(?:rent|costs?|bills?)", "delen de huur"),
    # "(all around 30)", "all about 30": everyone in the home about that age ("allemaal rond de 30")
    (r"(?:all\s+of\s+(?:us|them)|all|everyone|everybody)\s+(?:are\s+|is\s+)?(?:around|about|roughly)(?=\s*\d)",
     "allemaal rond de"),
    # a room let to a lodger (art. 19a: does the lodger count), not rent someone pays for the person (a gift in kind,
    # below): "i rent one room to a man of 45", "I rent out my spare room", "my brother rents a room from me", "he will
    # pay me rent" (session 17: "rent" read as "boodschappen" made these a gift)
    (r"(?:i|we)\s+(?:am\s+|are\s+|'m\s+|'re\s+)?(?:rent(?:ing)?|let(?:ting)?|sublet(?:ting)?)\s+(?:out\s+)?"
     r"(?:(?:a|one|the|my|our|1)\s+)?(?:spare\s+|extra\s+)?rooms?(?:\s+out)?\s+to", "ik verhuur een kamer aan"),
    (r"(?:i|we)\s+(?:am\s+|are\s+|'m\s+|'re\s+)?(?:rent(?:ing)?|let(?:ting)?|sublet(?:ting)?)\s+(?:out\s+)?"
     r"(?:(?:a|one|the|my|our|1)\s+)?(?:spare\s+|extra\s+)?rooms?(?:\s+out)?", "ik verhuur een kamer"),
    (r"(?:i|we)\s+(?:am\s+|are\s+|'m\s+|'re\s+)?(?:rent(?:ing)?|let(?:ting)?|sublet(?:ting)?)\s+out", "ik verhuur"),
    (r"(?:rents?|renting|hires?)\s+(?:a\s+|the\s+|one\s+|my\s+|our\s+)?(?:spare\s+|extra\s+|small\s+|little\s+|back\s+)?room"
     r"\s+(?:from|of|at|with|in)"
     r"\s+(?:me|us|my\s+(?:house|home|place|flat|apartment)|our\s+(?:house|home|place|flat|apartment))",
     "huurt een kamer bij mij"),
    (r"(?:will\s+|would\s+|is\s+going\s+to\s+)?(?:pays?|paying)\s+(?:me|us)\s+(?:a\s+|the\s+|some\s+|monthly\s+)?rent",
     "betaalt mij huur"),
    (r"(?:(?:a|the)\s+)?(?:normal\s+|usual\s+|regular\s+|fair\s+|full\s+)?market\s+(?:price|rent|value|rate)"
     r"|(?:normal|regular|usual|commercial)\s+(?:price|rent)", "marktprijs"),
    (r"(?:written\s+)?(?:rent(?:al)?|tenancy|lease)\s+(?:contract|agreement)", "huurcontract"),
    (r"written\s+(?:contract|agreement)", "schriftelijk contract"),
    (r"groceries|shopping|food|clothes|clothing|pays?\s+(?:my|the)\s+(?:rent|bills?)|rent|bills?|in\s+kind",
     "boodschappen"),
    (r"money|cash|transferred|transfer|bank\s+transfer", "geld"),
    # trips
    (r"i'?ll\s+leave|i\s+leave|leaving|departure|depart|i\s+go\s+on|i\s+fly|fly(?:ing)?\s+out|fly", "vertrek"),
    (r"went|was\s+away|have\s+been|been|used|stayed|spent(?=\s+(?:\d+|a|one|two|three|four|five|six|een|twee|drie|vier|vijf|zes)\s+(?:days?|weeks?|months?|dagen|dag|weken|week|maanden|maand)\b)",
     "geweest"),  # "I stayed in Spain 35 days this year", "I spent 3 weeks in Turkey": a trip taken
    # "my cousin from abroad stays with me": where a guest comes from, no trip of the person's (session 18)
    (r"from\s+(?:abroad|overseas)", "uit het buitenland"),
    (r"abroad|outside\s+(?:the\s+)?netherlands|out\s+of\s+(?:the\s+)?country", "in het buitenland"),
    (r"come\s+back|coming\s+back|return|back\s+on", "terug"),
)

_WOORDEN = {
    # yes / no
    "yes": "ja", "yeah": "ja", "yep": "ja", "yup": "ja", "sure": "ja", "correct": "ja", "right": "ja",
    "no": "nee", "nope": "nee", "nah": "nee", "not": "niet", "never": "nooit", "and": "en", "plus": "plus",
    "with": "met", "without": "zonder", "my": "mijn", "our": "onze", "his": "zijn", "her": "haar",
    "him": "hem",  # "move in with him to care for him" ("bij hem")
    "what": "wat",  # "what is the bijstand for us": the Dutch readers ask "wat is/wat krijgen"
    "of": "van", "aged": "van", "age": "leeftijd", "alone": "alleen", "single": "alleen", "married": "getrouwd",
    "divorced": "gescheiden", "widow": "weduwe", "widower": "weduwnaar", "about": "ongeveer", "around": "ongeveer",
    "roughly": "ongeveer", "nothing": "niets", "zero": "0", "already": "al", "the": "de",
    # health: "a medical limitation" is the medische urenbeperking of the vrijlating
    "bonus": "premie", "premium": "premie",
    "medical": "medische", "medically": "medisch", "limitation": "beperking", "limitations": "beperking",
    "restriction": "beperking", "restrictions": "beperking",
    # amounts
    "euro": "euro", "euros": "euro", "eur": "euro", "hundred": "honderd", "thousand": "duizend",
    "one": "een", "two": "twee", "three": "drie", "four": "vier", "five": "vijf", "six": "zes", "seven": "zeven",
    "eight": "acht", "nine": "negen", "ten": "tien", "eleven": "elf", "twelve": "twaalf", "fifteen": "vijftien",
    "twenty": "twintig", "thirty": "dertig", "forty": "veertig", "fifty": "vijftig", "sixty": "zestig",
    "seventy": "zeventig", "eighty": "tachtig", "ninety": "negentig", "times": "keer",
    # dates and lengths
    "wait": "wachten", "waiting": "wachten",
    "since": "sinds", "from": "vanaf", "on": "op", "in": "in", "ago": "geleden", "today": "vandaag",
    "yesterday": "gisteren", "until": "tot", "till": "tot", "through": "tot", "started": "begonnen",
    "day": "dag", "days": "dagen", "week": "week", "weeks": "weken", "month": "maand", "months": "maanden",
    "year": "jaar", "years": "jaar", "twice": "twee keer", "hour": "uur", "hours": "uur", "hrs": "uur",
    "january": "januari", "february": "februari", "march": "maart", "april": "april",
    "june": "juni", "july": "juli", "august": "augustus", "september": "september", "october": "oktober",
    "november": "november", "december": "december", "jan": "jan", "feb": "feb", "mar": "mrt", "apr": "apr",
    "jun": "jun", "jul": "jul", "aug": "aug", "sep": "sep", "sept": "sept", "oct": "okt", "nov": "nov",
    "dec": "dec",
    # people
    "partner": "partner", "husband": "man", "wife": "vrouw", "spouse": "echtgenoot", "fiance": "verloofde", "fiancee": "verloofde",
    "boyfriend": "vriend", "girlfriend": "vriendin", "friend": "vriend", "friends": "vrienden",
    "boy": "zoon", "boys": "zoons", "girl": "dochter", "girls": "dochters",
    "son": "zoon", "sons": "zoons", "daughter": "dochter", "daughters": "dochters", "child": "kind",
    "children": "kinderen", "kids": "kinderen", "kid": "kind", "baby": "baby", "stepson": "stiefzoon",
    "stepdaughter": "stiefdochter", "mother": "moeder", "mum": "moeder", "mom": "moeder", "father": "vader",
    "dad": "vader", "parents": "ouders", "parent": "ouder", "brother": "broer", "brothers": "broers",
    "sister": "zus", "sisters": "zussen", "cousin": "neef", "nephew": "neef", "niece": "nicht",
    "family": "familie", "summer": "zomer", "cousins": "neven", "nephews": "neven", "nieces": "nichten", "clinic": "kliniek", "hospital": "ziekenhuis",
    "uncle": "oom", "aunt": "tante", "grandmother": "oma", "grandma": "oma", "grandfather": "opa",
    "grandpa": "opa", "grandchild": "kleinkind", "tenant": "huurder", "lodger": "kamerhuurder",
    "together": "samen", "weekends": "weekenden", "always": "altijd", "monday": "maandag", "tuesday": "dinsdag",
    "wednesday": "woensdag", "thursday": "donderdag", "friday": "vrijdag", "saturday": "zaterdag", "sunday": "zondag",
    "roommate": "huisgenoot", "housemate": "huisgenoot", "flatmate": "huisgenoot", "housemates": "huisgenoten",
    "student": "student", "person": "persoon", "people": "personen", "someone": "iemand",
    "own": "eigen", "twins": "kinderen", "twin": "kind", "couple": "stel", "adults": "volwassenen",
    "other": "andere", "others": "anderen", "room": "kamer", "house": "huis", "both": "allebei", "still": "nog",
    "youngest": "jongste", "oldest": "oudste", "adult": "volwassen", "between": "tussen", "older": "ouder",
    # the fields of "what do you want to change?" (actions/rekenhulp.py, Vraag.veld)
    "searching": "zoeken", "search": "zoeken",
    "amount": "bedrag", "kind": "soort", "type": "soort", "when": "wanneer", "living": "wonen",
    "housing": "wonen", "earn": "verdienen", "earnings": "verdienen", "income": "verdienen",
    "wage": "verdienen", "salary": "verdienen", "work": "werken", "working": "werken",
    "care": "mantelzorg", "carer": "mantelzorg", "caring": "mantelzorg", "trip": "reis", "earlier": "eerder",
    "previous": "eerder", "before": "eerder",
    # a letter of the gemeente and its date ("a rejection letter dated 2 November"): the decision against the bezwaar term
    "savings": "spaargeld", "problem": "probleem", "trouble": "probleem",
    # debts: "they take too much from my bijstand for debt", "the bailiff" (beslag, schulden)
    "debt": "schuld", "debts": "schulden", "bailiff": "deurwaarder", "bailiffs": "deurwaarders",
    # health (the medische urenbeperking of the vrijlating): "chronic pain", "I am sick", "my health"
    "chronic": "chronisch", "chronically": "chronisch", "pain": "pijn", "sick": "ziek", "ill": "ziek", "illness": "ziekte",
    "disease": "ziekte", "health": "gezondheid", "disability": "handicap", "disabled": "gehandicapt",
    "earning": "verdienen",
    "exemption": "ontheffing", "exempted": "ontheffing", "exempt": "ontheffing",
    "christmas": "kerst", "xmas": "kerst",
    # the verbs of a gift ("she gave me 500", "mum pays my phone 40 a month"): a part with its own verb is its own gift,
    # not one more amount of the period said before it (parse.bedragen; session 17)
    "gave": "gaf", "gives": "geeft", "pays": "betaalt", "paid": "betaalde",
    # "bijstand suspended because of my address": the payment held back over an address (the BRP)
    "address": "adres", "suspended": "opgeschort",
    # "holiday with bijstand allowed?": going on holiday ("holiday pay" is vakantiegeld, in _ZINNEN)
    "holiday": "vakantie", "holidays": "vakantie", "vacation": "vakantie",
    "birth": "geboorte",  # "report the birth of my baby or do they know already" (a fact of the BRP)
    "born": "geboren",  # "I was born 20 May 1960": the birth date the AOW date is computed from
    "letter": "brief", "letters": "brieven", "decision": "besluit", "rejection": "afwijzing", "dated": "van",
}

_ZIN = re.compile(r"\b(?:" + "|".join(f"(?:{patroon})" for patroon, _ in _ZINNEN) + r")\b", re.IGNORECASE)
_WOORD = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _WOORDEN), key=len, reverse=True)) + r")\b",
                    re.IGNORECASE)
_RANGTELWOORD = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)  # "1st" -> "1"
# "10 month now", "3 week in july", "2 year ago": a count of two or more in the singular, as non-native English often
# writes it, is the plural ("10 maanden"); the singular "10 maand" is read as an amount of 10 euro beside a gift.
_AANTAL_ENKELVOUD = re.compile(r"\b(?P<n>\d{1,2})\s+(?P<eenheid>day|week|month|year)\b(?![\s-]*olds?\b)", re.IGNORECASE)
_DUIZENDTAL = re.compile(r"\b(\d{1,3}),(\d{3})\b")  # "1,200" is 1200 in English, 1.200 in Dutch
_DECIMAAL = re.compile(r"\b(\d+)\.(\d{1,2})\b")  # "12.50" is 12,50 in Dutch
_MAAND_DAG = re.compile(  # "July 3" -> "3 July" (Dutch puts the day first)
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(\d{1,2})\b(?!\s*(?:days?|weeks?|months?|:))",
    re.IGNORECASE)
# "a 3 year old daughter", "my 19-year-old son" -> "a daughter of 3" (the Dutch readers take "dochter van 3")
_KIND_VAN_JAAR = re.compile(
    r"\b(?:an?\s+)?(\d{1,2})[\s-]*(?:years?|yrs?|y)[\s-]*old\s+(son|daughter|child|kid|boy|girl|baby|brother|sister)\b",
    re.IGNORECASE)
# A couple's shared age gives both ages: "me and my wife both 41", "my husband and I are both 70" -> "i am 41 and my
# wife is 41" (the readers take the own age only from "ik ben 41"; without it the form asked "How old are you?").
_STEL_ALLEBEI = re.compile(
    r"\b(?:(?:me|i)\s+and\s+my\s+(?P<p1>wife|husband|partner|spouse)|my\s+(?P<p2>wife|husband|partner|spouse)\s+and\s+(?:me|i))"
    r"\s+(?:are\s+)?(?:both|are\s+both)\s+(?:aged\s+)?(?P<n>\d{2})\b", re.IGNORECASE)
# "we are married with 2 kids, both 38": of a couple, "both" is the two partners, not the children before it.
_STEL = re.compile(r"\b(?:married|couple|wife|husband|partner|spouse)\b", re.IGNORECASE)
_BEIDEN = re.compile(r"\b(?:we\s+are\s+|we'?re\s+|we\s+(?=both))?both\s+(?:are\s+)?(?:aged\s+)?(\d{2})\b", re.IGNORECASE)
# "we are couple 35 and 38", "a couple (40 and 44)": the two ages of a couple, the writer's first.
_STEL_TWEE = re.compile(r"\b(?:(?:we\s+are|we'?re)\s+)?(?:an?\s+)?(?:married\s+)?couple\s*,?\s*\(?\s*(?:aged\s+|of\s+)?"
                        r"(?P<a>\d{2})\s*(?:and|&|/|,)\s*(?P<b>\d{2})\b(?:\s*\))?(?!\s*(?:euro|eur\b|€|%|years?\s+(?:together|married)))",
                        re.IGNORECASE)
# "we live by his parents (both 50+)", "my two kids, both 12": "both" of the others just named, not of the couple.
# ("married with 3 children, both 45" is the couple: after children only "(both" or "are both" is theirs.)
_ANDEREN_VLAK_ERVOOR = re.compile(r"\b(?:parents|grandparents|in-?laws|housemates|roommates|flatmates|they|them)\b"
                                  r"(?:'?s?\s+(?:house|home|place|flat|apartment)\b)?"  # "his parents house (both 55)"
                                  r"[\s,:;(]*(?:are\s+|who\s+are\s+)?$|\b(?:kids|children|sons|daughters|brothers|sisters"
                                  r"|friends)\b\s*(?:\(\s*|,?\s+(?:who\s+)?are\s+)$", re.IGNORECASE)
# "age 45, alleenstaand", "aged 52, single", "my age is 30": an age named as such at the start of the message or of a
# sentence is the writer's own ("my son aged 5" is the son's: there the word follows a person, not a full stop).
_LEEFTIJD_GENOEMD = re.compile(r"(?:^|(?<=[.,;!?(]))\s*(?:my\s+age\s+(?:is\s+)?|age[ds]?\s*:?\s*)(?=[1-9]\d\b(?!\s*(?:euro|eur\b|€|%)))",
                               re.IGNORECASE)
_IK_LEEFTIJD = re.compile(r"(?:^|(?<=[.,!?]))\s*me\s+(?=\d{2}\b)", re.IGNORECASE)  # "me 68 alone" -> "i am 68 alone"
# "me 68, wife 66", "husband 45 works": a partner named bare at the start of a clause is the writer's own ("my wife").
# (and right after the own age: "me 69 wife 67" is "me 69 my wife 67" when an age follows the partner; session 20)
_KALE_PARTNER = re.compile(r"(?:^|(?<=[,.;!?(])|(?<=\band\b)|(?<=\b&)|(?<=\b[1-9]\d)(?=\s+(?:wife|husband|hubby|partner)\s+\(?[1-9]\d\b))"
                           r"\s*(?=(?:wife|husband|hubby|partner|girlfriend|boyfriend)\b)",
                           re.IGNORECASE)
# "(both parents around 55)", "both of his parents are 60": the ages of the parents just named ("both 55", which the
# couple's readers below leave to the parents), not of the couple that writes (session 17).
_BEIDE_OUDERS = re.compile(r"\bboth\s+(?:of\s+)?(?:the\s+|my\s+|his\s+|her\s+|our\s+|their\s+)?parents\s+(?:are\s+)?"
                           r"(?=(?:around|about|approx\.?|approximately|roughly|circa|ca\.?|aged)?\s*[1-9]\d\b)", re.IGNORECASE)
# "me and my husband are 50 and 52", "my parents are 60 and 62": "are" before ages is "zijn" (the Dutch readers take
# "ik en mijn man zijn 50 en 52"; "are" left in English hid the couple, session 17).
_ZIJN_LEEFTIJD = re.compile(r"\bare\s+(?=(?:aged\s+)?[1-9]\d\b(?!\s*(?:euro|eur\b|€|%|[.,]\d|days?\b|weeks?\b"
                            r"|months?\b|hours?\b|times\b|people\b|persons\b)))", re.IGNORECASE)
# "my wife and me are 44 and 47", "my husband and I": the writer first ("me and my wife"), as the Dutch readers take a
# couple ("ik en mijn vrouw zijn 44 en 47"); "my wife and I are both 41" has its own rule (_STEL_ALLEBEI).
# "me (40), my brother 38 and my two cousins 33 and 35 live together in one apartment": family or friends who share a
# home, no couple ("samenwonen" is the Dutch readers' couple); the same words after a partner stay a couple (session 20)
_SAMEN_ZONDER_STEL = re.compile(r"\b(?:live|are\s+living|'re\s+living|living)\s+together\b", re.IGNORECASE)
_ANDEREN_GENOEMD = re.compile(r"\b(?:brothers?|sisters?|cousins?|nephews?|nieces?|friends|housemates?|roommates?|flatmates?"
                              r"|sons?|daughters?|children|kids|mother|mum|mom|father|dad|parents|aunts?|uncles?"
                              r"|grandmother|grandfather|grandma|grandpa|people|persons|adults)\b", re.IGNORECASE)
_PARTNER_GENOEMD = re.compile(r"\b(?:wife|husband|hubby|partner|spouse|girlfriend|boyfriend|fianc[eé]e?|couple|married)\b",
                              re.IGNORECASE)


def _samen_zonder_stel(t: str) -> str:
    """'my brother and my cousins live together' -> 'wonen bij elkaar': the sentence before names others, no partner."""
    def vervang(m: re.Match) -> str:
        zin = re.split(r"[.?!]", t[:m.start()])[-1]
        return "wonen bij elkaar" if _ANDEREN_GENOEMD.search(zin) and not _PARTNER_GENOEMD.search(zin) else m[0]
    return _SAMEN_ZONDER_STEL.sub(vervang, t)


_PARTNER_EN_IK = re.compile(r"\bmy\s+(?P<p>wife|husband|partner|spouse|girlfriend|boyfriend)\s+and\s+(?:me|i)\b"
                            r"(?!\s+(?:are\s+)?both\b)", re.IGNORECASE)
# "I let a room to a woman of 38", "he lives with a guy of 30": someone who lives there ("iemand van 38"), no wife.
_AAN_IEMAND = re.compile(r"\b(?P<vz>to|with|and)\s+(?:a|an|one)\s+(?:woman|lady|guy)\b", re.IGNORECASE)
# "I had exemption 5 years for my first son", "I got ontheffing for 5 years": the years of an ontheffing had ("ik heb 5
# jaar ontheffing gehad", as the reader of the ontheffing's total of art. 9a takes it).
_ONTHEFFING_GEHAD = re.compile(r"\b(?:i\s+)?(?:had|got|received|have\s+had|'ve\s+had|used)\s+(?:an?\s+|the\s+|my\s+)?"
                               r"(?:exemption|ontheffing|vrijstelling)\s+(?:for\s+)?(?P<n>\d|one|two|three|four|five)\s+years?\b"
                               r"|\b(?:i\s+)?(?:had|got|received|have\s+had|'ve\s+had|used)\s+(?P<m>\d|one|two|three|four|five)\s+years?"
                               r"\s+(?:of\s+)?(?:exemption|ontheffing|vrijstelling)\b", re.IGNORECASE)
# "8 weeks abroad this year already", "abroad 9 days + 12 days": days or weeks away, said without a verb ("al 8 weken in
# het buitenland geweest", as _AL_WEG says it for "already 25 days abroad"; session 17).
_WEG_AL_ACHTERAF = re.compile(r"\b(?P<n>\d{1,3})\s+(?P<e>days?|weeks?)\s+(?P<waar>abroad|away|out\s+of\s+(?:the\s+)?country)"
                              r"(?P<wanneer>\s+this\s+year)?\s+already\b", re.IGNORECASE)
_WEG_LIJST = re.compile(r"\b(?:abroad|away)\s*:?\s*(?P<lijst>\d{1,3}\s*(?:days?|weeks?)(?:\s*(?:\+|and|,|&)\s*\d{1,3}\s*(?:days?|weeks?))+)"
                        r"(?!\s*(?:from|on|in|next|for)\b)", re.IGNORECASE)
# "..., left?", "how many left?": the days left of a trip's limit ("hoeveel dagen heb ik nog over?")
_NOG_OVER = re.compile(r"(?:^|(?<=[,.;:!]))\s*(?:how\s+(?:many|much)\s+(?:days\s+|weeks\s+)?)?(?:(?:are|is)\s+)?(?:still\s+)?left\s*\?",
                       re.IGNORECASE)
# "my friend says family always counts", "my neighbour told me ...": someone who says something, no housemate ("they
# says", read as no one; as "mijn vriend" the readers of housemates counted a second one beside the brother, session 17).
_IEMAND_ZEGT = re.compile(r"\b(?:my|a|our)\s+(?:friend|neighbou?r|colleague)\s+(?=(?:says|said|told|tells|thinks|claims)\b)",
                          re.IGNORECASE)
# "I live with him now", "I moved back in with her", "I came to live at her place": the writer lives in the home of the
# relative just named ("ik woon bij hem", "ik ben bij haar ingetrokken", as the reader of a parent on AIO with the
# writer as a kostendeler takes it; H3's reader, session 17). "does she get", "will he get": the relative's money.
_IK_BIJ_HEM = re.compile(r"\b(?:i|we)\s+(?:now\s+|also\s+)?(?:live|am\s+living|'m\s+living)"
                         r"\s+(?:now\s+)?(?:with|at)\s+(?P<wie>him|her)(?:'?s?\s+(?:place|house|home|flat|apartment))?\b"
                         r"|\b(?:i|we|and)\s+(?:have\s+|'ve\s+)?(?:moved|came|come|went)\s+(?:back\s+)?(?:in\s+with|to\s+live\s+(?:with|at)"
                         r"|in\s+at)\s+(?P<wie2>him|her)(?:'?s?\s+(?:place|house|home|flat|apartment))?\b"
                         r"|\b(?:i|we)\s+(?:have\s+|'ve\s+)?moved\s+back\s+in\s+with\s+(?=(?:my|our)\s+(?:mother|mum|mom|father|dad"
                         r"|grandmother|grandfather|grandma|grandpa)\b)", re.IGNORECASE)
_KRIJGT_HIJ = re.compile(r"\b(?:will|does|would|can|could|did)\s+(?P<wie>he|she)\s+(?:still\s+)?(?:get|receive|keep)\b"
                         r"|\b(?P<wie2>he|she)\s+(?:gets|receives|will\s+get|would\s+get)\b", re.IGNORECASE)
_HIJ_ZIJ = {"he": "hij", "she": "zij", "him": "hem", "her": "haar"}
# "married, me 19 him 24": of a couple, "him 24" / "her 24" after the writer's own age is the partner's.
_HEM_LEEFTIJD = re.compile(r"(?<=\d)\s*,?\s*(?:and\s+|&\s*)?\b(?:him|her|he|she|hubby)\s+(?P<n>[1-9]\d)\b"
                           r"(?!\s*(?:euro|eur\b|€|%|[.,]\d|days?\b|weeks?\b|months?\b|hours?\b))", re.IGNORECASE)
# "married, me 19 him 24, norm?", "2 adults 1 kid, bijstand?": a bare "norm?" ends the message as the question of the
# amount ("wat is de norm?", as the Dutch readers of the norm ask it).
_KALE_NORM_VRAAG = re.compile(r"(?:^|(?<=[,.;:!]))\s*(?:the\s+|my\s+|our\s+)?(?:bijstands)?norm\s*\?+\s*$", re.IGNORECASE)
# "75 a month from son ok?", "200 from my dad": money from a person is "van (mijn) zoon", as the Dutch readers of a gift
# take it ("van mijn"); "from" alone is "vanaf", a date (session 17: the gift was not seen).
_VAN_PERSOON = re.compile(r"\bfrom\s+(?:(?P<bez>my|his|her|our|the)\s+)?(?=(?:son|daughter|dad|father|mother|mum|mom|parents"
                          r"|brother|sister|family|friend|aunt|uncle|grandma|grandpa|grandmother|grandfather|grandparents"
                          r"|cousin|nephew|niece|neighbou?r|boyfriend|girlfriend|in-?laws|ex|church|mosque)s?\b)", re.IGNORECASE)
# "we are both around 35", "I'm about 40": an age said roughly is the age (else "ongeveer 35" reads as an amount).
_ONGEVEER_LEEFTIJD = re.compile(r"\b(?P<wie>both|are|am|i'?m|we'?re|aged?|is|he'?s|she'?s)\s+(?:around|about|approx\.?|approximately"
                                r"|roughly|circa|ca\.?)\s+(?=[1-9]\d\b(?!\s*(?:euro|eur\b|€|,-|per\b|a\s+(?:month|week)|net|%)))",
                                re.IGNORECASE)
# "Single mother, 31, one daughter of 7": one child, said as a count ("1 dochter"; "een dochter" after "ik ben 31" the
# Dutch readers take for what the writer is).
_EEN_KIND = re.compile(r"\bone\s+(?=(?:daughter|son|child|kid|boy|girl|baby)\b)", re.IGNORECASE)
# "1 week abroad so far (7 days)": the days in brackets say the weeks again, they are no second trip.
_WEKEN_IN_DAGEN = re.compile(r"(?P<weken>\b(?:\d|one|two|three|four)\s+weeks?\b[^()]{0,50}?)\s*\(\s*\d{1,2}\s*days?\s*\)",
                             re.IGNORECASE)
# "I am in Turkey since 20 November ... Can I stay until 25 December?": a trip going on, with the day it began and the
# day asked to come back ("van 20 november tot 25 december", as the readers of a trip take it).
_WEG_SINDS = re.compile(r"\b(?P<wie>i\s+am|i'?m|we\s+are|we'?re|(?:he|she)\s+is|(?:he|she)'s)\s+(?:now\s+|currently\s+|still\s+|already\s+)?"
                        r"(?:in|abroad|away|staying\s+in|over\s+in|visiting)\b(?P<waar>[^.?!]{0,40}?)\bsince\s+(?P<van>\d{1,2}\s+[a-z]+)\b",
                        re.IGNORECASE)
_BLIJVEN_TOT = re.compile(r"\b(?P<wat>stay|remain|be\s+(?:here|there|away)|come\s+back|return|fly\s+back|go\s+back)\b(?P<tussen>[^.?!]{0,25}?)"
                          r"\b(?:until|till|til|untill)\s+(?P<tot>\d{1,2}\s+[a-z]+)\b", re.IGNORECASE)


def _weg_sinds(t: str) -> str:
    weg, tot = _WEG_SINDS.search(t), _BLIJVEN_TOT.search(t)
    if weg is None or tot is None or tot.start() < weg.end():
        return t
    t = t[:tot.start()] + tot["wat"] + tot["tussen"].rstrip() + t[tot.end():]
    return t[:weg.start()] + f"{weg['wie']} in{weg['waar'].rstrip()} van {weg['van']} tot {tot['tot']}" + t[weg.end():]


# "I (50) live in a house with my sister (47)": the writer's own age in brackets after "I" ("ik ben 50, ik woon ...").
_IK_HAAKJES = re.compile(r"\bI\s*\(\s*(?P<n>[1-9]\d)\s*(?:y(?:ea)?rs?|y/?o)?\s*\)\s*", re.IGNORECASE)
# "every 3 months", "every two weeks", "quarterly", "every other week": that many times a year ("400 euro 4 keer per
# jaar" the readers count as 1,600 a year); only a period that fits a whole number of times in a year.
_GETAL = {"two": 2, "three": 3, "four": 4, "six": 6, "other": 2, "2": 2, "3": 3, "4": 4, "6": 6}
_ELKE_N = re.compile(r"\b(?:every|each|once\s+(?:every|in))\s+(?P<n>two|three|four|six|other|[2346])\s+"
                     r"(?P<eenheid>months?|weeks?)\b|\b(?P<kwartaal>quarterly|(?:every|each|per|a)\s+quarter)\b"
                     r"|\b(?P<twee_weken>fortnightly|(?:every|each|per|a)\s+fortnight|bi-?weekly)\b", re.IGNORECASE)


def _elke_n(m: re.Match) -> str:
    if m["kwartaal"]:
        return "4 keer per jaar"
    if m["twee_weken"]:
        return "26 keer per jaar"
    n, maanden = _GETAL[m["n"].lower()], m["eenheid"].lower().startswith("month")
    keer = 12 // n if maanden else 52 // n
    return f"{keer} keer per jaar" if (12 if maanden else 52) % n == 0 else m[0]


# Care for one's own children is no mantelzorg ("who takes care of my baby", "I look after my kids"): "pas op".
_OPPASSEN = re.compile(
    r"\b(?:i\s+)?(?:take|takes|taking|took|look|looks|looking)\s+(?:care\s+of|after)(?=\s+(?:my|our|the|her|his)\s+"
    r"(?:baby|babies|child|children|kids?|sons?|daughters?|boys?|girls?|little)\b)", re.IGNORECASE)
# Housemates' ages as a range or a lower bound: "all of them between 30 and 45", "both over 30", "all older than 27" ->
# "allemaal boven de 29" / "allemaal boven de 30" (the readers take "boven de N" as at least N + 1, so a range's lowest
# age A is "boven de A - 1").
_ALLEN_TUSSEN = re.compile(r"\b(?P<wie>all|both|each)(?:\s+of\s+them)?(?:\s+are)?\s+(?:aged\s+)?between\s+(?P<a>\d{2})"
                           r"\s+(?:and|to|-)\s+\d{2}\b", re.IGNORECASE)
_ALLEN_BOVEN = re.compile(r"\b(?P<wie>all|both|each)(?:\s+of\s+them)?(?:\s+are)?\s+(?:aged\s+)?(?:over|above|older\s+than)"
                          r"\s+(?P<a>\d{2})\b", re.IGNORECASE)
# "his parents (both 50+)", "housemates, all 30+": N or older, as "allemaal boven de N - 1" ("both 50" would be the
# couple's ages); of a couple ("me and my husband, both 30+") it stays theirs.
_ALLEN_PLUS = re.compile(r"\b(?P<wie>all|both|each)(?:\s+of\s+them)?(?:\s+are)?\s+(?:aged\s+)?(?P<a>\d{2})\s*\+", re.IGNORECASE)
# "30 years in NL" is where the person lives, not a stay inside the Netherlands; "go to Ghana", "fly to Lagos" is a trip
# abroad ("naar"): without it an English trip had no place, and a word like "in NL" made it a holiday at home.
_JAREN_IN_NL = re.compile(r"\b(\d{1,2})\s+(?:years?|yrs?)\s+(?:living\s+)?in\s+(?:the\s+)?(?:nl|netherlands|holland)\b",
                          re.IGNORECASE)
_REIS_NAAR = re.compile(r"\b(go|going|goes|went|travel(?:l?ing)?|fly|flying|flew|drive|driving|trip|holiday|vacation|visit"
                        r"|return|back|weeks?|days?|months?)\s+to\b(?!\s+(?:the\s+)?(?:gemeente|uwv|svb|work|school|bed|be\b|do\b"
                        # "I'm going to earn 1000": a verb after "to" is no place ("going to" the future)
                        r"|get\b|go\b|see\b|earn|start|begin|make\b|have\b|live\b|move\b|apply|study|pay\b|receive|keep\b"
                        r"|lose\b|need\b|ask\b|report|tell\b))",
                        re.IGNORECASE)
# "may" is the month only beside a day or a word of time ("in may", "3 may", "may 3rd"); "how much may they keep" is not.
_MEI = re.compile(r"\b(?:(?<=in\s)|(?<=since\s)|(?<=from\s)|(?<=until\s)|(?<=till\s)|(?<=of\s)|(?<=early\s)|(?<=late\s)"
                  r"|(?<=mid\s)|(?<=mid-)|(?<=end\s)|(?<=\d\s)|(?<=last\s)|(?<=next\s)|(?<=this\s))may\b|\bmay(?=\s+\d)",
                  re.IGNORECASE)
# "3 evenings a week", "two shifts per week": how often the person works, read as "3 dagen" (a count of days is no
# money), so the week is not taken for the wage's period ("3 evenings a week, about 400 euro net per month").
_WERKDAGEN = re.compile(r"\b(?P<n>\d|one|two|three|four|five|six|seven)\s+(?:evenings?|mornings?|afternoons?|nights?|"
                        r"shifts?|days?)\s+(?:a|per|every|each|in\s+the)\s+week\b", re.IGNORECASE)
# "starting 1 January 2027", "starts in March", "beginning next month": the start of work, as "vanaf" before a date.
_START_DATUM = re.compile(
    r"\b(?:start(?:ing|s)?|begin(?:ning|s)?)\s+(?:on\s+|from\s+|in\s+)?(?=\d|(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december|next|this)\b)", re.IGNORECASE)
# bijstand from before the application (terugwerkende kracht): "can bijstand go back to earlier months?",
# "can they backdate it", "retroactive payment" (read before the trip words take "go back" for a return)
_TERUGWERKEND_EN = re.compile(
    r"\b(?:go|goes|be\s+paid|pay(?:\s+out)?|start|count)\s+back\s+(?:to|for|over)\s+(?:the\s+)?(?:earlier|previous|past|former"
    r"|last\s+(?:few\s+)?)\s*(?:months?|weeks?|period)\b|\bbackdat\w*|\bretro-?activ\w*|\bwith\s+back\s+pay\b", re.IGNORECASE)
# "I turn 67 in February", "I'll turn 67 next month": the age reached on a later day, in the Dutch readers' order
# ("ik word in februari 67"), so today the person is a year younger (under the AOW age: still bijstand till then).
# The later day of both: "in February", "on 3 March 2027", "next month".
_LATER_OP = (r"(?P<wanneer>(?:in|on)\s+(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october"
             r"|november|december)\b(?:\s+(?:19|20)\d{2})?|next\s+month)")
_WORD_LEEFTIJD_OP = re.compile(r"\b(?P<wie>i|i\s+will|i'll)\s+turn\s+(?P<n>\d{2})\s+" + _LATER_OP, re.IGNORECASE)
# "my youngest turns 5 in March 2027", "my daughter will turn 5 next month": a child reaches that age on a later day
# ("mijn jongste wordt in maart 5", as the Dutch readers take it); only a child's age (a son turning 27 is a housemate's).
_KIND_WORDT_OP = re.compile(
    r"\b(?P<wie>(?:my|our)\s+(?:only\s+|little\s+|baby\s+)?(?:youngest|oldest|son|daughter|child|kid|boy|girl|little\s+one"
    r"|twins|triplets)(?:\s+(?:child|one|kid))?)\s+"
    r"(?:will\s+)?turns?\s+(?P<n>1[0-7]|\d)\s+" + _LATER_OP, re.IGNORECASE)
# "she turns 5 in march", "he will turn 5 next month" after a child named before: the child reaches that age on a later
# day ("mijn kind wordt in maart 5", as _KIND_WORDT_OP says it for "my daughter turns 5 in March").
_HIJ_ZIJ_WORDT_OP = re.compile(r"\b(?:he|she|they)\s+(?:will\s+)?turns?\s+(?P<n>1[0-7]|\d)\s+" + _LATER_OP, re.IGNORECASE)
_TWEELING_JONGSTE = re.compile(r"^(?:my|our)\s+(?:twins|triplets)$", re.IGNORECASE)
_KIND_GENOEMD = re.compile(r"\b(?:son|daughter|child|kid|boy|girl|baby|youngest|twins|triplets)\b", re.IGNORECASE)
# "she is 26 now but turns 27 in february", "my son will turn 27 on 1 march": someone else reaches an adult age on a
# later day ("wordt in februari 27", as the Dutch readers of a housemate who will count take it; session 18), under the
# AOW age (a partner reaching it is the AOW readers'). "I turn" is _WORD_LEEFTIJD_OP's, read before.
_ANDER_WORDT_OP = re.compile(r"\b(?:will\s+)?turns?\s+(?P<n>1[89]|[2-5]\d|6[0-6])\s+" + _LATER_OP, re.IGNORECASE)
_JAAR_EIND = re.compile(r"\s+(?:19|20)\d{2}$")  # "on 1 february 2027": the Dutch reader takes the day and month
# "New contract starts 4 January 2027", "the job begins on 1 March": the person's own work starts then ("ik begin
# vanaf"), so a date ahead is the start of work still to come (the vrijlating of that date), not a date it began.
_BAAN_ERVOOR = re.compile(r"\b(?:contract|job|work|position|baan|werk|employment)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "my mother 60 and my brother 31", "the father (42)": the age of the person just named ("mijn moeder van 60").
_PERSOON_LEEFTIJD = re.compile(
    r"\b(?P<wie>(?:my|our|his|her|the)\s+(?:mother|mum|mom|father|dad|brother|sister|son|daughter|husband|wife|"
    r"partner|friend|boyfriend|girlfriend|cousin|uncle|aunt|nephew|niece|grandmother|grandfather|housemate|roommate))"
    r"\s*,?\s*\(?(?P<n>\d{1,2})(?!\d)(?![.,]\d)\)?(?!\s*(?:euro|eur\b|€|%|[.,]\d|days?\b|weeks?\b|months?\b|hours?\b|times\b|x\b))",
    re.IGNORECASE)
# "single mum, 28, daughter of 6", "I'm on bijstand, 47, alone": a bare age after a word about the person is theirs.
_LOSSE_LEEFTIJD = re.compile(
    r"\b(?P<woord>single|alone|mum|mom|mother|dad|father|parent|bijstand|uitkering|welfare|divorced|widow|widower)"
    r"\s*,\s*(?P<n>[1-9]\d)\s*(?=[,.;]|\s+(?:and|alone|single|with|live|living)\b)", re.IGNORECASE)
# "my two sons 28 and 31", "our daughters (19 and 23)": the ages of the people just named ("zoons van 28 en 31").
_MEER_LEEFTIJDEN = re.compile(
    r"\b(?P<wie>(?:my|our|we\s+have|i\s+have|with)\s+(?:(?:two|three|four|five|2|3|4|5)\s+)?(?:sons|daughters|children|kids|boys|girls|brothers|sisters"
    r"|housemates|roommates|flatmates|cousins|nephews|nieces|friends))\s*,?\s*\(?\s*(?:aged\s+|of\s+)?(?P<a>\d{1,2})\s*(?:,|and|&)\s*(?P<b>\d{1,2})"
    r"(?:\s*(?:,|and|&)\s*(?P<c>\d{1,2}))?\s*\)?(?!\s*(?:euro|eur\b|€|%|[.,]\d|days?\b|weeks?\b|months?\b|hours?\b|times\b))",
    re.IGNORECASE)


# "me 20 and my partner 25": a partner's age is said with "is" ("mijn partner is 25"): the Dutch readers take a couple
# from a partner with an age that way; "mijn partner van 25" named no couple, and the norm for a couple did not come.
# Only the writer's own partner ("my husband 24"), not "his wife (40)" of a family described.
_PARTNER_WOORD = re.compile(r"^(?:my|our)\s+(?:husband|wife|partner|spouse)$", re.IGNORECASE)


def _persoon_leeftijd(m: re.Match) -> str:
    eigen_partner = _PARTNER_WOORD.search(m["wie"]) and "(" not in m[0]
    return f"{m['wie']} is {m['n']}" if eigen_partner else f"{m['wie']} of {m['n']}"


def _meer_leeftijden(m: re.Match) -> str:
    leeftijden = [n for n in (m["a"], m["b"], m["c"]) if n]
    # (the space after the ages stays: "31 still live" was "31still live", session 20)
    return f"{m['wie']} of {', '.join(leeftijden[:-1])} and {leeftijden[-1]}" + (" " if m[0][-1].isspace() else "")


# Of a couple, "he is 24" / "she is 65" is the partner ("we are married, I am 20 and he is 24"); not after a child.
_HIJ_ZIJ_LEEFTIJD = re.compile(r"\b(?:he|she)\s+is\s+(?P<n>\d{2})\b"
                               r"(?!\s*(?:euro|eur\b|€|%|days?\b|weeks?\b|months?\b|hours?\b))", re.IGNORECASE)
_KIND_VLAK_ERVOOR = re.compile(r"\b(?:son|daughter|child|kid|boy|girl|baby)s?\b[^.?!]{0,25}$", re.IGNORECASE)
# A partner without a right to bijstand (art. 24: a partner without lawful residence, a student, in prison ...):
# "my husband has no residence permit", "my wife is not entitled to bijstand".
_PARTNER_GEEN_RECHT = re.compile(
    r"\b(?P<wie>(?:my|our)\s+(?:husband|wife|partner|spouse|boyfriend|girlfriend))\s+"
    r"(?:(?:has|have|got|gets)\s+(?:still\s+)?(?:no|not\s+(?:yet\s+)?(?:a|any)|no\s+valid)|(?:does|do)\s*n[o']?t\s+(?:yet\s+)?have\s+(?:a|any))"
    r"\s+(?:(?:residence|residency|stay)\s+permit|verblijfsvergunning|(?:legal\s+)?papers|permit|right\s+to\s+(?:bijstand|benefits?|welfare))"
    r"(?:\s+yet)?|\b(?P<wie2>(?:my|our)\s+(?:husband|wife|partner|spouse|boyfriend|girlfriend))\s+(?:is\s+not|isn'?t)\s+"
    r"(?:entitled|allowed)\s+to\s+(?:get\s+)?(?:bijstand|benefits?|welfare)", re.IGNORECASE)
# A partner who moves in: "my girlfriend wants to move in with me", "my boyfriend is moving in" ("komt bij mij wonen",
# as the Dutch reader of samenwonen takes "mijn vriendin komt bij mij wonen"; session 17).
_PARTNER_TREKT_IN = re.compile(
    r"\b(?P<wie>(?:my|our)\s+(?:girlfriend|boyfriend|partner|fianc[eé]e?|husband|wife|spouse)(?:\s+(?:van|of|aged)\s+\d{2})?)\s+"
    r"(?:(?:wants?|wanted|would\s+like|wishes|plans?|is\s+going|will\s+have)\s+to\s+|wanna\s+|will\s+|is\s+|'s\s+)?"
    r"(?:move|moves|moving|come|comes|coming)\s+(?:over\s+|here\s+)?(?:(?:from|out\s+of)\s+(?:abroad|overseas|[a-z]+)\s+)?"
    r"(?:in|to\s+live|to\s+move\s+in|live(?=\s+with\s+(?:me|us)))(?:\s+with\s+(?:me|us))?\b", re.IGNORECASE)  # "comes from abroad to live with me" (s19)
# Moving in with a partner: "if I move in with my girlfriend", "we want to live together with my boyfriend" (samenwonen;
# not the care of _BIJ_IEMAND_WONEN).
# (session 21: "i'm planning to", "gonna", "go living together with"; "i live with my boyfriend" without a wish or a
# plan is living together now, "ik woon samen met", not the move the Dutch reader of a partner who comes takes)
_SAMEN_MET_PARTNER = re.compile(r"\b(?:i|we|i'?m|we'?re)\s+(?P<plan>want\s+to\s+|will\s+|would\s+|plan\s+to\s+|'ll\s+"
                                r"|(?:(?:am|are|'m|'re)\s+)?(?:going\s+to|gonna|planning\s+to)\s+)?(?P<werkwoord>move|moved|moving|go\s+(?:to\s+)?live|go\s+living|live|living)\s+(?:in\s+)?"
                                r"(?:together\s+)?with\s+(?:my|our)\s+(?=(?:girlfriend|boyfriend|partner|fianc[ée]e?|lover)\b)",
                                re.IGNORECASE)


# The same for a son or a daughter one writes for: "if he goes to live with his girlfriend" (session 21).
_ZIJ_SAMEN_MET_PARTNER = re.compile(
    r"\b(?P<wie>he|she|(?:my|our)\s+(?:son|daughter|brother|sister|mother|mum|mom|father|dad|client))\s+(?P<plan>wants\s+to\s+|will\s+|would\s+|plans\s+to\s+|'ll\s+"
    r"|(?:is\s+|'s\s+)?(?:going\s+to|gonna|planning\s+to)\s+)?(?P<werkwoord>move|moves|moving|go(?:es)?\s+(?:to\s+)?live"
    r"|live|lives|living)\s+(?:in\s+)?(?:together\s+)?with\s+(?P<zijn>his|her)\s+"
    r"(?=(?:girlfriend|boyfriend|partner|fianc[ée]e?|lover)\b)", re.IGNORECASE)


def _zij_samen_met_partner(m: re.Match) -> str:
    wie = {"he": "hij", "she": "zij"}.get(m["wie"].lower(), m["wie"])
    zijn = "zijn" if m["zijn"].lower() == "his" else "haar"
    nu = not m["plan"] and m["werkwoord"].lower() in ("live", "lives", "living")
    return f"{wie} woont samen met {zijn} " if nu else f"{wie} gaat samenwonen met {zijn} "


def _samen_met_partner(m: re.Match) -> str:
    vraag = re.search(r"\b(?:can|could|may|might|if|when|should)\s+$", m.string[:m.start()], re.IGNORECASE)
    nu = not (m["plan"] or vraag) and m["werkwoord"].lower() in ("live", "living")
    return "ik woon samen met mijn " if nu else "ik ga samenwonen met mijn "
# Moving in with someone to give care: "I want to move in with my father ... because he needs a lot of care".
_BIJ_IEMAND_WONEN = re.compile(r"\b(?:i|we)\s+(?:want\s+to\s+|will\s+|would\s+|am\s+going\s+to\s+|'m\s+going\s+to\s+|plan\s+to\s+"
                               r"|have\s+to\s+|must\s+|need\s+to\s+|'ll\s+)?(?:move|moved|moving|go\s+(?:to\s+)?live)\s+in\s+"
                               r"with\s+(?=(?:my|our|her|him|them)\b)|\b(?:i|we)\s+(?:will\s+|want\s+to\s+)?(?:go\s+)?(?:to\s+)?live\s+"
                               r"(?:temporarily\s+)?with\s+(?=(?:my|our)\s+(?:(?:very|really|seriously|severely|terminally)\s+)?"
                               r"(?:sick|ill|old|elderly)?\s*(?:mother|mum|mom|father|dad|"
                               r"parents?|grandmother|grandfather|grandma|grandpa|sister|brother)\b)", re.IGNORECASE)
_HEEFT_ZORG_NODIG = re.compile(r"\b(?:because\s+|as\s+|since\s+)?(?P<wie>he|she|they)\s+(?:needs?|requires?|need)\s+(?:a\s+lot\s+of\s+"
                               r"|lots\s+of\s+|much\s+|daily\s+|full[\s-]?time\s+|intensive\s+|some\s+)?(?:care|help|looking\s+after|nursing)\b",
                               re.IGNORECASE)
_ZORG_WIE = {"he": "hem", "she": "haar", "they": "hen"}
# "working 2 years in the same job", "I have worked there for 3 years": work that started that long ago.
_WERKT_AL = re.compile(
    r"\b(?:i\s+(?:now\s+|already\s+)?(?:have\s+|'ve\s+)?(?:been\s+)?|i'?m\s+(?:now\s+)?|am\s+)?work(?:ing|ed|s)?\s+(?:there\s+|here\s+|already\s+)?(?:for\s+)?"
    r"(?:already\s+)?(?:more\s+than\s+|over\s+|almost\s+|about\s+)?(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve)\s+(?P<e>years?|yrs?|months?)(?:\s+(?:already|now))?(?=\s+(?:in|at|as|via|through|doing|cleaning)\b|\s*[,.;]|\s+(?:and|with|for|i|earn)\b|\s*$)"
    r"|\b(?:in|at)\s+(?:the\s+|my\s+)?(?:same|this)\s+job\s+(?:for\s+)?(?P<n2>\d{1,2})\s+(?P<e2>years?|yrs?|months?)",
    re.IGNORECASE)


def _werkt_al(m: re.Match) -> str:
    n, eenheid = (m["n"] or m["n2"]).lower(), (m["e"] or m["e2"]).lower()
    n = str(_TELWOORD.get(n, n))
    return f"{n} {'maanden' if eenheid.startswith('month') else 'jaar'} geleden begonnen met werk"


_TELWOORD = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                          "ten", "eleven", "twelve"))}


# "29 years, single", "40 y/o, alone": an age at the start of the message (or of a sentence) is the writer's own;
# "single 50y", "alone, 50 years": a bare age after a word about the person too.
_BEGIN_LEEFTIJD = re.compile(r"(?:^|(?<=[.!?;]))\s*(?P<n>[1-9]\d)\s*(?:years?|yrs?|y/?o|y)(?:\s+old)?\s*(?=[,.;]|\s+(?:and|alone|single|with|live|living|no)\b)",
                             re.IGNORECASE)
# "35 no kids, working since april", "42 single mum": a bare age that opens the message, before words about the person.
# "I can only work 12 hours", "no more than 16 hours": "maar 12 uur", the hours the Dutch health reader takes.
_MAAR_UREN = re.compile(r"\b(?:only|just|no\s+more\s+than|at\s+most|max(?:imum)?)\s+(?:(?:work|do)\s+)?(?=\d{1,2}\s*"
                        r"(?:hours?|hrs?|h|uur)\b)", re.IGNORECASE)
# "my wife makes 700 a month", "he is making 1200": a wage ("verdient"); "makes" without an amount is left alone.
_VERDIENT = re.compile(r"\b(?:makes|is\s+making)\s+(?=(?:about\s+|around\s+|roughly\s+)?(?:€|eur|\d))", re.IGNORECASE)
_BEGIN_KAAL = re.compile(r"^\s*(?P<n>[1-9]\d)\s*,?\s+(?=(?:no\s+(?:kids|children|partner)|single|alone|married|divorced"
                         r"|widow(?:er)?|man|woman|male|female)\b)"
                         # "20 and live with my parents", "19 and living alone": a bare age, then "and" and how one lives
                         r"|^\s*(?P<n2>1[89]|[2-9]\d)\s+and\s+(?:i\s+)?(?=(?:still\s+)?(?:live|living|stay|staying)\b)",
                         re.IGNORECASE)
# "22, just applied, ...", "45, cleaning since nov": a message that opens with a bare number of an adult's age and a
# comma, then words (not a unit: "40, per month?" is an amount) is the writer's age.
_BEGIN_KOMMA = re.compile(r"^\s*(?P<n>1[89]|[2-9]\d)\s*,\s+(?=[a-z])(?!(?:euro|eur|per|a\s+(?:month|week|year)|each|every|days?"
                          r"|weeks?|months?|hours?|years?|yrs?|times?|x|or|and|to|till|until|net|gross|p/?m)\b)", re.IGNORECASE)
# "earn 200 a week cleaning, 31y, how much ...", "..., 45 years old, alone": an age with its unit of age between commas is
# the writer's own (a bare "10 years" may be a length of time, so not that).
_KOMMA_LEEFTIJD = re.compile(r"(?<=,)\s*(?P<n>[1-9]\d)\s*(?:y|yo|y/o|yrs?\s+old|years?\s+old)(?=\s*[,.;!?]|\s*$)", re.IGNORECASE)
_WOORD_LEEFTIJD_Y = re.compile(r"\b(?P<woord>single|alone|divorced|widow|widower)\s*,?\s*(?P<n>[1-9]\d)\s*(?:y/?o|yrs?|y|years?(?:\s+old)?)\b",
                               re.IGNORECASE)
# "single mother of 32, my kid is 6": a message that starts with the person, without "I am".
_BEGIN_OUDER_VAN = re.compile(r"^\s*(?=(?:a\s+)?single\s+(?:mother|mum|mom|father|dad|parent)\s+(?:of|aged)\s+\d{2}\b(?!\s*(?:kids|children|sons|daughters)))",
                              re.IGNORECASE)
# "1-22 July and 2-6 October": two trips, each its own part of the sentence for the readers of trips ("1 tot 22 juli,
# 2 tot 6 oktober"); with "and" the second was lost.
_REEKS_EN_REEKS = re.compile(r"(?<=[a-z])\s+and\s+(?:from\s+)?(?=\d{1,2}\s+tot\s+\d{1,2}\s+[a-z])", re.IGNORECASE)
_VAN_TOT = re.compile(r"(\d{1,2}(?:\s+[a-z]+)?)\s+(?:to|until|till|-)\s+(\d)", re.IGNORECASE)  # "3 to 20 June"
# "10-15 April", "1–22 July": a range of days of one month written with a dash and no spaces ("10 tot 15 april"); not
# a date "1-7-2026" (no month name after it).
_DAGEN_STREEP = re.compile(r"\b(\d{1,2})\s*[-–]\s*(\d{1,2})(?=\s+(?:january|february|march|april|may|june|july|august|september"
                           r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b)", re.IGNORECASE)
# "go to Antwerp from 27 to 30 December": a trip from one day to another ("van 27 tot 30 december"), not "vanaf".
_VAN_DAG = re.compile(r"\bfrom\s+(?=\d{1,2}(?:st|nd|rd|th)?\s*(?:to|until|till|[-–])\s*\d)", re.IGNORECASE)
# "ex pays me 300 partneralimentatie": money received from the ex ("ik krijg"); the ex is no one who lives with the person
# "my mother give me 100 every month": a giver's "give" without its -s (non-native English) is "gives" ("geeft", the
# Dutch readers' verb of a gift; session 21). Only after a giver: "can you give me info" stays.
_GEVER_GEEFT = re.compile(r"\b(?P<wie>(?:my|our|his|her)\s+(?:mother|mum|mom|mama|father|dad|papa|parents|brother|sister|aunt"
                          r"|uncle|grandma|grandpa|grandmother|grandfather|grandparents|son|daughter|friend|family|neighbou?r"
                          r"|church|cousin)|(?:mum|mom|dad|mama|papa|she|he))\s+(?P<bijwoord>(?:also\s+|still\s+|always\s+)?)give(?=\s+(?:me|us|my|him|her|them)\b)",
                          re.IGNORECASE)
_EX_BETAALT = re.compile(r"\b(?:my\s+|the\s+)?ex(?:[\s-]?(?:husband|wife|partner|man|vrouw))?\s+(?:pays|gives|sends|transfers)(?:\s+(?:me|us))?\b",
                         re.IGNORECASE)
# "mother 33 with 2 kids, divorced", "dad 41, two children": a message that opens with the writer as a parent and an age
# ("single dad, 35" has a rule of its own, below, that keeps "alleenstaande")
_BEGIN_OUDER_LEEFTIJD = re.compile(r"^\s*(?:a\s+|i\s+am\s+a\s+|i'?m\s+a\s+)?(?P<woord>mother|mom|mum|father|dad)"
                                   r"\s*,?\s*\(?(?P<n>[1-9]\d)\b\)?(?!\s*(?:euro|eur\b|€|%|kids|children|sons?|daughters?|years?\s+old\s+(?:son|daughter)))",
                                   re.IGNORECASE)
# "abroad from 2 Nov and returned 26 Nov", "left on 3 May, came back 20 May": the day back ends the trip ("tot").
_TERUG_OP = re.compile(r"\s*(?:,\s*|\band\s+|\bi\s+)*\b(?:returned|came\s+back|come\s+back|was\s+back|got\s+back|back\s+home)"
                       r"(?:\s+(?:home|again))?(?:\s+on)?\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[a-z])", re.IGNORECASE)
# "I am 66 and 4 months old", "I'm 66 years and a half": the age in whole years (the months are no trip's length).
_LEEFTIJD_EN_MAANDEN = re.compile(r"\b(?P<ik>i\s+am|i'?m|me)\s+(?P<n>\d{2})(?:\s+(?:years?|yrs?))?\s+and\s+(?:a\s+half|(?:\d{1,2}|one|two|"
                                  r"three|four|five|six|seven|eight|nine|ten|eleven)\s+months?)(?:\s+old)?\b", re.IGNORECASE)
# "saved 2000 from my bijstand money", "out of my benefit": savings from the bijstand itself (art. 34 lid 2 c).
_VAN_DE_BIJSTAND = re.compile(r"\b(?:from|out\s+of|of)\s+(?:my|the|our)\s+(?:bijstand|benefits?|uitkering|welfare|social\s+assistance)"
                              r"(?:\s+(?:money|payments?))?\b", re.IGNORECASE)
# "moving costs", "the costs of my move", "money for the move": verhuiskosten.
_VERHUISKOSTEN = re.compile(r"\b(?:moving|removal|relocation)\s+(?:costs?|expenses?)\b|\bcosts?\s+of\s+(?:the\s+|my\s+|a\s+|our\s+)?"
                            r"(?:move|moving|removal)\b|\bmoney\s+for\s+(?:the\s+|my\s+|a\s+|our\s+)?(?:move|moving|removal)\b"
                            r"|\bpay\s+(?:for\s+)?(?:the\s+|my\s+|our\s+)?(?:move|removal)\b"
                            # "who pays the van to move", "a removal van", "money for a moving truck"
                            r"|\b(?:moving|removal)\s+(?:vans?|trucks?|company|firm|men)\b"
                            r"|\b(?:the|a)\s+(?:vans?|trucks?)\s+(?:to|for)\s+(?:the\s+|my\s+|our\s+)?mov(?:e|ing)\b"
                            # "who pays for the van when I move", "rent a van to move house", "the movers": as the Dutch
                            # reader takes "verhuisbus" and "verhuizers"
                            r"|\b(?:the|a)\s+(?:vans?|trucks?|lorry)\s+(?:when|if|as|because|since)\s+(?:i|we)\s+(?:'m\s+|am\s+|are\s+"
                            r"|will\s+|have\s+to\s+|must\s+)?mov(?:e|ing)\b"
                            r"|\b(?:rent|hire|renting|hiring)\s+(?:a\s+|the\s+)?(?:vans?|trucks?|lorry)\b[^.?!]{0,30}?\bmov(?:e|ing)\b"
                            r"|\b(?:the\s+)?movers\b|\bremoval\s+(?:men|people)\b",
                            re.IGNORECASE)
# "from 27 December 2026 to 20 January 2027": the trip readers take two dates without years (a return before the
# departure is next year's, dates past are next year's); with the years in between they found no trip at all.
_MAANDEN_EN = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar"
               r"|apr|jun|jul|aug|sept?|oct|nov|dec)")
_DATUM_MET_JAAR = re.compile(r"\b(?P<datum>\d{1,2}(?:st|nd|rd|th)?\s+" + _MAANDEN_EN + r")\.?,?\s+20\d\d\b"
                             r"(?=\s*(?:to|until|till|through|-|and)\s+\d{1,2}(?:st|nd|rd|th)?\s+" + _MAANDEN_EN + r")"
                             r"|\b(?P<tot>(?:to|until|till|through|-)\s+\d{1,2}(?:st|nd|rd|th)?\s+" + _MAANDEN_EN + r")\.?,?\s+20\d\d\b",
                             re.IGNORECASE)
# "300 in April, 500 in September, he wants to give 600 for Christmas. Is the 600 still ok?": "the 600" names an amount
# again; read twice, it was counted twice.
_GENOEMD_BEDRAG = re.compile(r"\b(?:the|that|this|those|these)\s+(?:€\s*)?(?P<n>\d{2,}(?:[.,]\d{3})*)(?:\s*(?:euros?|eur)\b)?",
                             re.IGNORECASE)


def _al_genoemd(t: str) -> str:
    def vervang(m: re.Match) -> str:
        eerder = re.search(r"(?<![\d.,])" + re.escape(m["n"]) + r"(?![\d])", t[:m.start()])
        return "dat" if eerder else m[0]
    return _GENOEMD_BEDRAG.sub(vervang, t)

# "what is our bijstand", "what's my benefit", "whats our bijstand" (session 19): the amount is asked ("wat is onze
# bijstand"); "what is my bijstand then"
# is the bijstand left beside a wage (_ZINNEN).
_WAT_IS_MIJN = re.compile(r"\bwhat\s*(?:is|will\s+be|would\s+be|'?s)\s+(?=(?:my|our)\s+(?:bijstand|benefit|uitkering|norm)\b"
                          r"(?!\s+(?:amount\s+)?(?:then|after|now|left)\b))", re.IGNORECASE)

# "no partner", "no kids", "no other gifts": "no" before a noun is "geen" ("nee kinderen" would name children).
_GEEN = re.compile(r"\bno\s+(?=(?!(?:one|body|idea|clue|trips?|longer|students?|way|matter|i\b|we\b|it\b|that\b|not\b|to\b))[a-z])",
                   re.IGNORECASE)


# "single man 31", "i am single mom 29", "widow 70": the age right after the words about the person is theirs.
_PERSOON_WOORD_LEEFTIJD = re.compile(
    r"\b(?P<woord>single\s+(?:man|woman|guy|lady|mom|mum|mother|dad|father|parent)|widow(?:er)?|divorced\s+(?:man|woman)"
    r"|pensioner|retiree|retired(?:\s+(?:man|woman))?|single|alone|alleenstaande?)"
    r"\s*,?\s*(?P<n>[1-9]\d)\b(?!\s*(?:euro|eur\b|€|%|[.,]\d|days?|weeks?|months?|hours?|kids|children|sons|daughters|times))",
    re.IGNORECASE)
# "third month working", "(second month)" beside a job, "in my first month": work that started that many months ago,
# as the Dutch readers take it ("2 maanden geleden begonnen met werk"); the first month is this month.
_RANG = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
         "tenth": 10, "eleventh": 11, "twelfth": 12}
_MAAND_VAN_WERK = re.compile(r"\b(?:(?:in\s+)?(?:my|the|his|her)\s+)?(?P<r>first|second|third|fourth|fifth|sixth|seventh|eighth"
                             r"|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+month\b(?:\s+(?:of\s+)?(?:working|work|at\s+work"
                             r"|in\s+(?:the|my)\s+job|on\s+the\s+job))?", re.IGNORECASE)
_WERK_WOORD = re.compile(r"\b(?:work\w*|job|jobs|earn\w*|salary|wage|netto|net|started)\b", re.IGNORECASE)
# "I work part time 600 net each month already 9 months": how long the work has lasted, further from "work".
_AL_MAANDEN = re.compile(r"\b(?:already|since|for)\s+(?P<n>\d{1,2})\s+months?\b(?!\s+(?:ago|abroad|in\b|on\s+(?:bijstand|welfare)))",
                         re.IGNORECASE)
# "working since april (8 months now)", "now 9 months": how long, said after the number, as the Dutch say it ("nu 8
# maanden"); the Dutch reader takes it beside a date it cannot read ("sinds april (...)").
_NU_MAANDEN = re.compile(r"\(?\s*(?:\b(?P<n>\d{1,2})\s+months?\s+(?:now|already)\b|\bnow\s+(?:already\s+)?(?P<n2>\d{1,2})\s+months?\b"
                         r"(?!\s+(?:ago|abroad|on\s+(?:bijstand|welfare))))\s*\)?", re.IGNORECASE)
# After "since march" the months only say it again: the date is kept alone ("sinds maart"), which the reader takes.
_SINDS_MAAND_ERVOOR = re.compile(r"\bsince\s+(?:\d{1,2}\s+)?" + r"(?:january|february|march|april|may|june|july|august|september"
                                 r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\s*,?\s*$", re.IGNORECASE)


def _nu_maanden(deel: str) -> str:
    def vervang(m: re.Match) -> str:
        if _SINDS_MAAND_ERVOOR.search(deel[:m.start()]):
            return " "
        return f" nu {m['n'] or m['n2']} maanden "
    return _NU_MAANDEN.sub(vervang, deel)


def _maand_van_werk(m: re.Match) -> str:
    r = m["r"].lower()
    n = _RANG.get(r) or int(re.match(r"\d+", r)[0])
    return " deze maand begonnen met werk " if n == 1 else f" {n - 1} maanden geleden begonnen met werk "


def _werk_tijden(t: str) -> str:
    """The months of work of a sentence about work ("third month working", "already 9 months")."""
    delen = re.split(r"(?<=[.!?;])\s+", t)
    return " ".join(_nu_maanden(_AL_MAANDEN.sub(
        lambda m: f"{m['n']} maanden geleden begonnen met werk", _MAAND_VAN_WERK.sub(_maand_van_werk, deel)))
                    if _WERK_WOORD.search(deel) else deel for deel in delen)


# "will they take the money back from my bijstand every month", "deduct it from my benefit each month": the gemeente
# keeping money back from the benefit (verrekenen), as the Dutch readers say it ("inhouden van mijn bijstand").
# ("can they take the terugvordering from my monthly bijstand": what is owed, taken from the benefit without "back")
_INHOUDEN = re.compile(r"\b(?:take|takes|taking|took)\s+(?:(?:\w+\s+){0,3}?back|(?:the\s+|my\s+|that\s+)?(?:terugvordering|debt"
                       r"|repayment|claim|fine|boete|overpayment))\s+(?:from|off|out\s+of)\s+(?:my|the|our)\s+"
                       r"(?:monthly\s+)?(?:bijstand|benefits?|uitkering|welfare)\b|\b(?:deduct|subtract|withh?old|keep)\w*\s+(?:\w+\s+){0,3}?"
                       r"(?:from|off|out\s+of)\s+(?:my|the|our)\s+(?:bijstand|benefits?|uitkering|welfare)\s+(?=(?:every|each|per|a)\s+month)",
                       re.IGNORECASE)
# "they take 150 every month off my bijstand", "the gemeente deducts 80 a month from my benefit": the gemeente keeping an
# amount back from the benefit (verrekenen), with the amount said ("de gemeente gaat 150 per maand inhouden").
_HOUDT_BEDRAG_IN = re.compile(r"\b(?:they|the\s+gemeente|gemeente|the\s+municipality|the\s+council|werk\s+en\s+inkomen)\s+"
                              r"(?:take|takes|taking|took|deduct\w*|keep\w*|withh?old\w*|cut\w*|subtract\w*)\s+"
                              r"(?P<wat>(?:€\s*)?\d[\d.,]*\s*(?:euros?|eur)?\s*(?:(?:every|each|a|per)\s+month\s+|monthly\s+)?)"
                              r"(?:off|from|out\s+of)\s+(?:my|the|our)\s+(?:monthly\s+)?(?:bijstand|benefits?|uitkering|welfare)\b",
                              re.IGNORECASE)
# "my wife turned 67 in march", "I turned 67 last month": an age reached ("is 67"), not one still to come ("I turn 67").
_WERD = re.compile(r"\b(?P<ik>i\s+(?:have\s+|'ve\s+|just\s+)?)?(?:has\s+|have\s+|just\s+)?turned\s+(?=\d{2}\b)", re.IGNORECASE)
# "twins of 10", "twin girls aged 4": two children of that age ("twee kinderen van 10 en 10").
_TWEELING = re.compile(r"\b(?:a\s+)?twins?(?:\s+(?:boys|girls|sons|daughters))?\s*,?\s*\(?"
                       # "twins, they are 2 years old", "twins who are 3" (session 19)
                       r"(?:of|aged|age|(?:they|who)\s+are(?:\s+both)?|both)?\s*(?P<n>\d{1,2})\b"
                       r"(?!\s*(?:euro|eur\b|€|%|days?|weeks?|months?))(?:\s*(?:years?|yrs?|y/?o)(?:\s+old)?\b)?", re.IGNORECASE)
# "bijstand for an 18 year old living alone": someone of that age, as "een 18 jarige" (not a child of the writer's).
_VOOR_JARIGE = re.compile(r"\bfor\s+(?:an?\s+)?(?P<n>\d{2})[\s-]*(?:years?|yrs?)[\s-]*olds?\b"
                          r"(?!\s*(?:son|daughter|child|kid|boy|girl|baby|brother|sister))", re.IGNORECASE)
# "I stay at my father's house for some months to take care of him": living with the person one cares for.
_BIJ_IEMAND_VERBLIJVEN = re.compile(r"\b(?:i|we)\s+(?:will\s+|am\s+going\s+to\s+|'m\s+going\s+to\s+|want\s+to\s+)?"
                                    r"(?:stay|staying|am\s+staying|'m\s+staying|live|living|am\s+living)\s+(?:at|in|with)\s+"
                                    r"(?=(?:my|our)\s+(?:sick\s+|ill\s+|old\s+|elderly\s+)?(?:mother|mum|mom|father|dad|parents?"
                                    r"|grandmother|grandfather|grandma|grandpa|sister|brother)(?:'?s)?\b)", re.IGNORECASE)
# "still living at home with my parents", "we live by his parents": living in the parents' home, as the Dutch readers
# say it ("ik woon nog bij mijn ouders", "wij wonen bij zijn ouders"); the young person's norm and the parents as
# housemates come from it. Living there to give care is left to _BIJ_IEMAND_VERBLIJVEN (mantelzorg).
_BIJ_OUDERS = re.compile(
    r"\b(?:(?P<wie>i|we)\s+(?:am\s+|are\s+|'m\s+|'re\s+)?)?(?P<nog>still\s+)?(?:live|lives|living|stay|stays|staying)\s+"
    r"(?:still\s+)?(?:at\s+home\s+|in\s+the\s+house\s+)?(?:with|w/?|at|by|in)\s+(?:(?P<van>my|his|her|our|their)\s+)?"
    r"(?P<ouders>parents|mother\s+and\s+father|mum\s+and\s+dad|mom\s+and\s+dad)(?:'?s?\s+(?:house|home|place|flat|apartment))?"
    r"|\b(?:(?P<wie2>i|we)\s+(?:am\s+|are\s+|'m\s+|'re\s+)?)?(?P<nog2>still\s+)?(?:live|living)\s+(?:still\s+)?at\s+home\b"
    r"(?!\s+(?:with|by)\b)", re.IGNORECASE)
_VAN_WIE = {"my": "mijn", "his": "zijn", "her": "haar", "our": "onze", "their": "hun"}
_ZORG_ZIN = re.compile(r"\b(?:care|caring|look(?:ing)?\s+after|nurs\w+|help\s+(?:him|her|them))\b", re.IGNORECASE)


def _bij_ouders(t: str) -> str:
    def vervang(m: re.Match) -> str:
        wie, nog = (m["wie"] or m["wie2"] or "").lower(), " nog" if (m["nog"] or m["nog2"]) else ""
        woon = "wij wonen" if wie == "we" else "ik woon"
        if m["ouders"]:  # "living w parents": the writer's own parents when no one else's are named
            return f"{woon}{nog} bij {_VAN_WIE[(m['van'] or 'my').lower()]} ouders"
        return f"{woon}{nog} thuis"
    return " ".join(deel if _ZORG_ZIN.search(deel) else _BIJ_OUDERS.sub(vervang, deel)
                    for deel in re.split(r"(?<=[.!?;])\s+", t))


_HUIS_VAN = re.compile(r"\b(?P<wie>mother|mum|mom|father|dad|parents|grandmother|grandfather|grandma|grandpa|sister|brother)"
                       r"'?s\s+(?:house|home|place|flat|apartment)\b", re.IGNORECASE)
_ZORG_WIE_OBJECT = {"him": "hem", "her": "haar", "them": "hen"}
_OM_TE_ZORGEN = re.compile(r"\b(?:to|naar)\s+(?:take\s+care\s+of|care\s+for|look\s+after|nurse)\s+(?P<wie>him|her|them)\b", re.IGNORECASE)
# "I want to leave 15 december": the departure of a trip ("vertrekken"), as "I leave" already was.
_VERTREKKEN = re.compile(r"\bleave\s+(?=(?:on\s+)?(?:the\s+)?\d)", re.IGNORECASE)


# "already 25 days abroad this year", "2 weeks away so far": days taken, said without a verb ("al 25 dagen in het
# buitenland geweest", as the Dutch readers of a trip taken need it).
_AL_WEG = re.compile(r"\b(?P<al>already|so\s+far)\s+(?P<n>\d{1,3}|one|two|three|four)\s+(?P<e>days?|weeks?)\s+"
                     r"(?P<waar>abroad|away|out\s+of\s+(?:the\s+)?country|outside\s+(?:the\s+)?netherlands)\b"
                     r"(?!\s+(?:from|on|in\s+(?:january|february|march|april|may|june|july|august|september|october"
                     r"|november|december)|next|for)\b)", re.IGNORECASE)


# "we are 4 people in one house", "there are 3 of us": a count that holds the writer ("we zijn met 4", as the Dutch
# readers take it; "we zijn 4 personen" they read as 4 others beside the writer).
# "we are 4 friends in one house", "we're 3 brothers": the writer is one of them ("we zijn 4 vrienden", 3 others; "we are"
# left in English counted 4 others; session 21)
_WIJ_ZIJN_GROEP = re.compile(r"\b(?:we\s+are|we'?re)\s+(?:with\s+)?(?=(?:\d|two|three|four|five|six)\s+(?:friends|brothers|sisters"
                             r"|housemates)\b)", re.IGNORECASE)
_WIJ_ZIJN_MET = re.compile(r"\b(?:(?:we\s+are|we'?re)\s+(?:with\s+)?|there\s+are\s+)(?P<n>\d|two|three|four|five|six|seven|eight)"
                           r"\s+(?:(?P<volwassen>adults)|people|persons|of\s+us)\b", re.IGNORECASE)


# "my rent is 1000 a month", "the basic rent of 800": the person's own rent ("mijn huur is"), not rent someone pays for
# them (a gift in kind, _ZINNEN); "rent benefit", "housing benefit": huurtoeslag.
_EIGEN_HUUR = re.compile(r"\b(?:my|the|our)\s+(?:basic\s+|bare\s+|kale\s+|monthly\s+)?rent\s+(?=(?:is|was|of|costs?)\b|€?\s*\d)",
                         re.IGNORECASE)
_HUURTOESLAG = re.compile(r"\b(?:rent|rental|housing)\s+(?:benefit|allowance|subsidy)\b", re.IGNORECASE)


# "my youngest is 3", "our oldest (14)": the child of that age ("mijn jongste kind is 3").
_JONGSTE = re.compile(r"\b(?P<wie>my|our)\s+(?P<welk>youngest|oldest)(?:\s+one)?(?=\s*(?:is\s+|was\s+|,\s*)?(?:only\s+|just\s+)?\(?\d)",
                      re.IGNORECASE)


def _zin(m: re.Match) -> str:
    gevonden = m[0]
    for patroon, nederlands in _ZINNEN:
        if re.fullmatch(patroon, gevonden, re.IGNORECASE):
            return nederlands
    for patroon, nederlands in _ZINNEN:  # a phrase with a lookahead ("spent" before "3 weeks") matches in its text only
        if (op_plek := re.compile(patroon, re.IGNORECASE).match(m.string, m.start())) and op_plek.end() == m.end():
            return nederlands
    return gevonden


# "200 euro per month, I received it in aug sep oct nov and dec", "450 per month, she did october november and december":
# a monthly amount and the months it came, listed: that many times the amount ("200 euro per keer ... 5 keer"), not a
# year of it. Only with one monthly amount in the message (with two, the list may be the other one's).
_MAAND_EN = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar"
             r"|apr|jun|jul|aug|sept?|oct|nov|dec)\.?")
_MAANDLIJST = re.compile(r"\b" + _MAAND_EN + r"(?:\s*(?:,|\band\b|&|\+)?\s*" + _MAAND_EN + r"\b){1,11}", re.IGNORECASE)
_PER_MAAND_EN = re.compile(r"\b(?:(?:every|each|per|a)\s+month|monthly)\b|/\s*month\b", re.IGNORECASE)


def _maanden_gekregen(t: str) -> str:
    lijsten, per_maand = list(_MAANDLIJST.finditer(t)), list(_PER_MAAND_EN.finditer(t))
    if len(lijsten) != 1 or len(per_maand) != 1:
        return t
    lijst = lijsten[0]
    aantal = len(re.findall(_MAAND_EN, lijst[0], re.IGNORECASE))
    t = t[:lijst.start()] + f"{aantal} times" + t[lijst.end():]
    return _PER_MAAND_EN.sub("each time", t, count=1)


def naar_nederlands(text: str) -> str:
    """The English words of a form answer in the Dutch that actions/parse.py reads."""
    t = (text or "").replace("’", "'")
    t = _RANGTELWOORD.sub(r"\1", t)
    t = _TERUGWERKEND_EN.sub("met terugwerkende kracht", t)
    t = _maanden_gekregen(t)
    t = _AANTAL_ENKELVOUD.sub(lambda m: m[0] + "s" if int(m["n"]) >= 2 else m[0], t)
    t = _DUIZENDTAL.sub(r"\1.\2", t)
    t = _DECIMAAL.sub(r"\1,\2", t)
    t = _MAAND_DAG.sub(r"\2 \1", t)
    t = _WORD_LEEFTIJD_OP.sub(lambda m: f"{m['wie']} turn {m['wanneer']} {m['n']}", t)
    # (twins reach the age together: "mijn jongste", one child for the readers of the youngest)
    t = _KIND_WORDT_OP.sub(lambda m: f"{_TWEELING_JONGSTE.sub('my youngest', m['wie'])} wordt {m['wanneer']} {m['n']}", t)
    t = _HIJ_ZIJ_WORDT_OP.sub(lambda m: f"my child wordt {m['wanneer']} {m['n']}" if _KIND_GENOEMD.search(t[:m.start()])
                              else m[0], t)
    t = _ANDER_WORDT_OP.sub(lambda m: f"wordt {_JAAR_EIND.sub('', m['wanneer'])} {m['n']}", t)
    t = _ONTHEFFING_GEHAD.sub(lambda m: f"ik heb {m['n'] or m['m']} years ontheffing gehad", t)
    t = _WEG_AL_ACHTERAF.sub(lambda m: f"al {m['n']} {m['e']} {m['waar']} geweest{m['wanneer'] or ''}", t)
    t = _WEG_LIJST.sub(lambda m: "al " + re.sub(r"\s*(?:\+|&)\s*", " and ", m["lijst"]) + " abroad geweest", t)
    t = _NOG_OVER.sub(" hoeveel dagen heb ik nog over?", t)
    t = _weg_sinds(t)
    t = _DATUM_MET_JAAR.sub(lambda m: m["datum"] or m["tot"], t)
    t = _VAN_DAG.sub("van ", t)
    t = _DAGEN_STREEP.sub(r"\1 tot \2", t)
    t = _TERUG_OP.sub(" tot ", t)
    t = _VAN_TOT.sub(r"\1 tot \2", t)
    t = _REEKS_EN_REEKS.sub(", ", t)
    t = _KIND_VAN_JAAR.sub(r"een \2 of \1", t)
    t = _TWEELING.sub(lambda m: f"two children of {m['n']} and {m['n']}", t)
    t = _MEER_LEEFTIJDEN.sub(_meer_leeftijden, t)
    t = _WERD.sub(lambda m: "i am " if m["ik"] else "is ", t)
    t = _LEEFTIJD_EN_MAANDEN.sub(lambda m: f"{m['ik']} {m['n']}", t)
    t = _HOUDT_BEDRAG_IN.sub(lambda m: f"de gemeente gaat {m['wat']} inhouden van mijn bijstand", t)
    t = _INHOUDEN.sub("inhouden van mijn bijstand ", t)
    t = _VAN_DE_BIJSTAND.sub("van mijn bijstand", t)
    t = _VERHUISKOSTEN.sub("verhuiskosten", t)
    t = _HUURTOESLAG.sub("huurtoeslag", t)
    t = _JONGSTE.sub(lambda m: f"{m['wie']} {m['welk']} child", t)
    t = _EIGEN_HUUR.sub("mijn huur ", t)
    t = _AL_WEG.sub(lambda m: f"al {m['n']} {m['e']} {m['waar']} geweest", t)
    t = _WIJ_ZIJN_MET.sub(lambda m: f"we zijn met {m['n']} {'volwassenen' if m['volwassen'] else 'personen'}", t)
    t = _WIJ_ZIJN_GROEP.sub("we zijn ", t)
    t = _BEGIN_OUDER_VAN.sub("i am ", t)
    t = _EX_BETAALT.sub("ik krijg", t)
    t = _GEVER_GEEFT.sub(lambda m: f"{m['wie']} {m['bijwoord']}gives", t)
    t = _BEGIN_OUDER_LEEFTIJD.sub(lambda m: f"i am {m['n']}", t)
    t = _BEGIN_LEEFTIJD.sub(lambda m: f"i am {m['n']} years", t)
    t = _BEGIN_KAAL.sub(lambda m: f"i am {m['n']}, " if m["n"] else f"i am {m['n2']}, i ", t)
    t = _BEGIN_KOMMA.sub(lambda m: f"i am {m['n']}, ", t)
    t = _WOORD_LEEFTIJD_Y.sub(lambda m: f"{m['woord']}, i am {m['n']}", t)
    t = _KOMMA_LEEFTIJD.sub(lambda m: f" i am {m['n']}", t)
    t = _LEEFTIJD_GENOEMD.sub(" i am ", t)
    t = _IK_LEEFTIJD.sub("i am ", t)
    t = _KALE_PARTNER.sub(" my ", t)
    t = _WEKEN_IN_DAGEN.sub(lambda m: m["weken"], t)
    t = _EEN_KIND.sub("1 ", t)
    t = _VAN_PERSOON.sub(lambda m: f"van {m['bez'] or 'my'} ", t)
    t = _BEIDE_OUDERS.sub("both ", t)
    t = _ONGEVEER_LEEFTIJD.sub(lambda m: m["wie"] + " ", t)
    t = _IK_HAAKJES.sub(lambda m: f"i am {m['n']}, i ", t)
    t = _PERSOON_WOORD_LEEFTIJD.sub(lambda m: f"{m['woord']}, i am {m['n']}", t)
    t = _LOSSE_LEEFTIJD.sub(lambda m: f"{m['woord']}, i am {m['n']}", t)
    t = _PERSOON_LEEFTIJD.sub(_persoon_leeftijd, t)
    t = _ELKE_N.sub(_elke_n, t)
    t = _OPPASSEN.sub("pas op", t)
    t = _MEI.sub("mei", t)
    t = _JAREN_IN_NL.sub(r"\1 jaar hier", t)
    t = _REIS_NAAR.sub(lambda m: f"{m[1]} naar", t)
    t = _ALLEN_TUSSEN.sub(lambda m: f"{'allebei' if m['wie'].lower() == 'both' else 'allemaal'} boven de {int(m['a']) - 1}", t)
    t = _ALLEN_PLUS.sub(lambda m: f"{'allebei' if m['wie'].lower() == 'both' else 'allemaal'} boven de {int(m['a']) - 1}"
                        if _ANDEREN_VLAK_ERVOOR.search(t[:m.start()]) else m[0], t)
    t = _ALLEN_BOVEN.sub(lambda m: f"{'allebei' if m['wie'].lower() == 'both' else 'allemaal'} boven de {m['a']}", t)
    t = _MAAR_UREN.sub("maar ", t)
    t = _VERDIENT.sub("verdient ", t)
    t = _WERKDAGEN.sub(lambda m: f"{m['n']} dagen", t)
    t = _START_DATUM.sub(lambda m: "ik begin vanaf " if _BAAN_ERVOOR.search(t[max(0, m.start() - 40):m.start()]) else "vanaf ", t)
    t = _STEL_TWEE.sub(lambda m: f"we are a couple, i am {m['a']} and my partner is {m['b']}", t)
    t = _STEL_ALLEBEI.sub(lambda m: f"i am {m['n']} and my {m['p1'] or m['p2']} is {m['n']}", t)
    if _STEL.search(t):
        t = _BEIDEN.sub(lambda m: m[0] if _ANDEREN_VLAK_ERVOOR.search(t[:m.start()])
                        else f"i am {m[1]} and my partner is {m[1]}", t)
        t = _HIJ_ZIJ_LEEFTIJD.sub(lambda m: m[0] if _KIND_VLAK_ERVOOR.search(t[:m.start()])
                                  else f"my partner is {m['n']}", t)
        t = _HEM_LEEFTIJD.sub(lambda m: m[0] if _KIND_VLAK_ERVOOR.search(t[:m.start()])
                              else f" and my partner is {m['n']}", t)
    t = _PARTNER_GEEN_RECHT.sub(lambda m: f"{m['wie'] or m['wie2']} heeft geen recht op bijstand", t)
    t = _bij_ouders(t)
    t = _PARTNER_TREKT_IN.sub(lambda m: f"{m['wie']} komt bij mij wonen", t)
    t = _SAMEN_MET_PARTNER.sub(_samen_met_partner, t)
    t = _ZIJ_SAMEN_MET_PARTNER.sub(_zij_samen_met_partner, t)
    t = _IK_BIJ_HEM.sub(lambda m: (f"ik woon bij {_HIJ_ZIJ[m['wie'].lower()]}" if m["wie"] else
                                   f"ik ben bij {_HIJ_ZIJ[m['wie2'].lower()]} ingetrokken" if m["wie2"] else "ik woon bij "), t)
    t = _KRIJGT_HIJ.sub(lambda m: f"krijgt {_HIJ_ZIJ[(m['wie'] or m['wie2']).lower()]}", t)
    t = _BIJ_IEMAND_WONEN.sub("ik ga wonen bij ", t)
    t = _HUIS_VAN.sub(lambda m: m["wie"], t)
    t = _BIJ_IEMAND_VERBLIJVEN.sub("ik ga wonen bij ", t)
    t = _HEEFT_ZORG_NODIG.sub(lambda m: f"om voor {_ZORG_WIE[m['wie'].lower()]} te zorgen", t)
    t = _OM_TE_ZORGEN.sub(lambda m: f"om voor {_ZORG_WIE_OBJECT[m['wie'].lower()]} te zorgen", t)
    t = _WERKT_AL.sub(_werkt_al, t)
    t = _werk_tijden(t)
    t = _VOOR_JARIGE.sub(lambda m: f"voor een {m['n']} jarige", t)
    t = _VERTREKKEN.sub("vertrekken ", t)
    t = _al_genoemd(t)
    t = _GEEN.sub("geen ", t)
    t = _WAT_IS_MIJN.sub("wat is ", t)
    t = _IEMAND_ZEGT.sub("they ", t)
    t = _AAN_IEMAND.sub(lambda m: f"{m['vz']} iemand", t)
    t = _samen_zonder_stel(t)
    t = _PARTNER_EN_IK.sub(lambda m: f"me and my {m['p']}", t)
    t = _ZIJN_LEEFTIJD.sub("zijn ", t)
    t = _KALE_NORM_VRAAG.sub(" wat is de norm?", t)
    t = _ZIN.sub(_zin, t)
    t = _WOORD.sub(lambda m: _WOORDEN[m[1].lower()], t)
    return re.sub(r"\s+", " ", t).strip()


def in_sessietaal(text: str, variant: str) -> str:
    """The answer as the readers take it: rewritten in an English session, and an English message in a Dutch session
    too (session 16: "can i go to nigeria for 6 weeks, i am on bijstand" in a session that chose Dutch got "Hoe oud
    ben je?", the 6 weeks unread); a Dutch message in a Dutch session unchanged."""
    return naar_nederlands(text) if variant == "en" or lijkt_engels(text) else text


# The readers' own words in a value they give back ("5 weken" from parse.duur_tekst), in English.
_TERUG = {"dag": "day", "dagen": "days", "week": "week", "weken": "weeks", "maand": "month", "maanden": "months"}
_TERUG_WOORD = re.compile(r"\b(" + "|".join(sorted(_TERUG, key=len, reverse=True)) + r")\b")


def waarden_in_sessietaal(waarden: dict[str, str], variant: str) -> dict[str, str]:
    """The values of a fact-based answer ("5 weken") in the session's language ("5 weeks"); a number of days or months
    with its unit ("1 dag", "3 days": actions/aantallen.py)."""
    waarden = aantallen.met_eenheid(waarden, variant)
    if variant != "en":
        return waarden
    if waarden.get("gift_bedrag_tekst") == "De gift":  # feiten_uit_bericht.giften_en_vermogen.DE_GIFT
        waarden = {**waarden, "gift_bedrag_tekst": "The gift"}
    return {k: _TERUG_WOORD.sub(lambda m: _TERUG[m[1]], v) if isinstance(v, str) else v for k, v in waarden.items()}
