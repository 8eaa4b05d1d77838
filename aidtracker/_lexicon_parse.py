"""Lexicon sections read by the pledge extraction (:mod:`aidtracker._parser`).

These sub-models are fields of :class:`aidtracker._lexicon.Lexicon`; their data sits in the same
per-language TOML files as the number words, one section each::

    [detect]         common words that identify the language ("und", "the")
    [sentences]      abbreviations that do not end a sentence, ordinal dots ("17. August"), clause breaks
    [units]          counted nouns -> unit ("Schützenpanzer" by its head "panzer" -> vehicle), counters
                     ("pieces of"), equipment models ("Leopard" -> vehicle, armour), model prefixes ("Typ")
    [categories]     words of each category ("flugabwehr" -> air_defence)
    [cues]           evidence for a pledge (giving verbs, aid nouns, the recipient) and against one
                     (needs, prices, stocks, running totals, casualties, superseded figures)
    [restatements]   "was auf ... hinausliefe", "equivalent to", "worth": one pledge said twice
    [periods]        "im kommenden Jahr", "until", "over the next", month names (a year after them is a date)
    [donors]         short names, capitals, adjectives, leaders, organisations; prepositions that rule a
                     name out as the donor ("in Berlin") or in ("aus den Niederlanden")

Word lists are *patterns*, matched case-insensitively on word boundaries: ``"liefer*"`` matches words
starting with "liefer", ``"*liefer*"`` words containing it, ``"so far"`` the phrase. Country names
themselves come from pycountry (in German through its gettext catalogue), not from these files.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "CategoryName",
    "CategoryWords",
    "DetectWords",
    "DonorNames",
    "EquipmentModel",
    "PeriodWords",
    "PledgeCues",
    "RestatementCues",
    "SentenceRules",
    "UnitName",
    "UnitNouns",
]

UnitName = Literal[
    "vehicle",
    "system",
    "launcher",
    "missile",
    "round",
    "aircraft",
    "helicopter",
    "drone",
    "vessel",
    "weapon",
    "piece",
    "person",
    "brigade",
    "battalion",
    "company",
]
CategoryName = Literal[
    "air_defence",
    "armour",
    "artillery",
    "ammunition",
    "aircraft",
    "drones",
    "naval",
    "small_arms",
    "military_general",
    "financial",
    "humanitarian",
    "personnel",
    "other",
]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _lower_list(value: list[str]) -> list[str]:
    return [v.lower() for v in value]


def _lower_keys(value: dict[str, str]) -> dict[str, str]:
    return {k.lower(): v for k, v in value.items()}


class DetectWords(_Section):
    """Frequent short words of the language; ``parse(lang=None)`` picks the language with most hits."""

    words: list[str] = Field(min_length=5)

    _lower = field_validator("words", mode="after")(_lower_list)


class SentenceRules(_Section):
    """Where sentences and clauses end."""

    abbreviations: list[str] = Field(description='tokens ending in "." that do not end a sentence: "Dr.", "U.S."')
    ordinal_dot: bool = Field(description='a dot after a number is an ordinal ("17. August"), not an end')
    clause_breaks: list[str] = Field(description='words that open a new clause after a comma: "aber", "but"')
    fronted: list[str] = Field(
        default_factory=list,
        description='words that open a sentence with a subordinate clause ending at the first comma: "as", "nachdem"',
    )
    openers: list[str] = Field(
        default_factory=list,
        description="capitalised words that open a sentence and follow no abbreviation inside one, so that an "
        'abbreviation before them ends its sentence: "… from the U.S. Much of …" (but "the U.S. Army")',
    )

    relatives: list[str] = Field(
        default_factory=list,
        description="words that open a relative clause after a comma; after the comma that closes it, the clause it "
        'interrupted goes on: "Damit steigt die Summe, die die EU bereitgestellt hat, auf 2,5 Milliarden"',
    )
    letter_names: list[str] = Field(
        default_factory=list,
        description="single letters that name a thing, not a person's initial: a dot after one ends its sentence (\"… "
        'schrieb sie auf X. Prag hatte …"), where after an initial it does not ("J. Biden")',
    )

    _lower = field_validator("clause_breaks", "fronted", "letter_names", "openers", "relatives", mode="after")(
        _lower_list
    )


class EquipmentModel(_Section):
    """A named equipment model: what it counts as and its category."""

    unit: UnitName
    category: CategoryName


class UnitNouns(_Section):
    """Counted nouns and the unit they give (SCHEMA.md rule 8: the unit follows the counted noun)."""

    compound_heads: bool = Field(description='match nouns by their ending: "Infanteriefahrzeuge" -> "fahrzeuge"')
    not_compounds: list[str] = Field(
        default_factory=list,
        description='words that end in a counted noun but are none of its compounds ("Zuschuss" is a grant, not '
        'rounds; "Ausschuss" a committee): no unit',
    )
    genitive_endings: list[str] = Field(
        default_factory=list,
        description='endings of a singular genitive ("-s", "-es"): a word that names no unit names the unit of its stem '
        '("die Lieferung eines Flugabwehrsystems" -> "Flugabwehrsystem")',
    )
    names_capitalised: bool = Field(
        default=False,
        description="only names are capitalised inside a sentence (English, not German), so a capitalised word "
        'right before a number names a model: "Stridsvagn 122 tanks"; where false (German), a capitalised word '
        'right after a bare scale number is the noun it counts ("zwölf Millionen Menschen"), not a sum',
    )
    nouns: dict[str, UnitName] = Field(description='"fahrzeuge" -> vehicle; phrases allowed ("self-propelled guns")')
    weak: list[str] = Field(
        default_factory=list, description='heads a model after them overrides: "kanonen" + "Gepard" -> vehicle'
    )
    counters: list[str] = Field(
        default_factory=list, description='"pieces", "Stück": take the unit of the noun after them, else piece'
    )
    counter_links: list[str] = Field(default_factory=list, description='"of": between a counter and its noun')
    apposed_totals: list[str] = Field(
        default_factory=list,
        description='"in all", "an der Zahl" right after a bare number set off by a comma after a counted noun: the '
        'number counts that noun ("Leopard 2A4 tanks, eight in all")',
    )
    models: dict[str, EquipmentModel] = Field(description='"leopard" -> vehicle, armour; matched at word start')
    model_prefixes: list[str] = Field(description='"Typ", "type": a number after them names a model')
    noun_end: str = Field(description="regex: a token matching it ends the noun phrase when it is not a unit")
    max_tokens: int = Field(ge=1, le=12, description="how far after a number its noun may stand")
    calibres: list[str] = Field(
        default_factory=list,
        description='"mm", "Millimeter" right after a number: a calibre ("155 mm ammunition"), no count',
    )
    distances: list[str] = Field(
        default_factory=list,
        description='"km", "miles" right after a number: a distance or range ("the 300 km ATACMS missiles"), no count',
    )
    calibre_words: list[str] = Field(
        default_factory=list,
        description='"Kaliber", "calibre" right before a number: the number is the calibre ("im Kaliber 122"), no count',
    )
    strength: list[str] = Field(
        default_factory=list,
        description='"strong", "köpfig*" glued by a hyphen after a number: the size of a group of people ("a 120-strong '
        'team", "ein 30-köpfiges Team"), a count of persons',
    )
    member_groups: list[str] = Field(
        default_factory=list,
        description='after a number glued to a strength word: a group of states, not of people ("the 32-member '
        'alliance")',
    )
    stop: list[str] = Field(description='words that end the noun phrase: "und", "für", "and", "to"')
    tail_links: list[str] = Field(description='words that continue the item after its noun: "des", "of"')
    demonstratives: list[str] = Field(
        default_factory=list,
        description='"dieser", "these" between a number and its noun: the noun names things named before ("30 dieser '
        'Panzer" after "Flugabwehrpanzer vom Typ Gepard"), whose kind the count takes',
    )
    overridable: list[str] = Field(
        default_factory=list,
        description='heads whose unit a model overrides ("Flugabwehrkanonen Gepard" -> vehicle); "systems" stays',
    )
    coordinators: list[str] = Field(
        default_factory=list, description='"and", "or" between modifiers: "strike and air defence missiles"'
    )
    attribute_end: str = Field(
        default="",
        description='regex for the participle closing an attribute before the noun: "19 bei X bestellten Haubitzen"',
    )

    _lower_keys = field_validator("nouns", mode="after")(_lower_keys)
    _lower = field_validator(
        "weak",
        "not_compounds",
        "counters",
        "counter_links",
        "apposed_totals",
        "stop",
        "tail_links",
        "overridable",
        "coordinators",
        mode="after",
    )(_lower_list)

    @field_validator("models", mode="after")
    @classmethod
    def _lower_models(cls, value: dict[str, EquipmentModel]) -> dict[str, EquipmentModel]:
        return {k.lower(): v for k, v in value.items()}


class CategoryWords(_Section):
    """Patterns naming each category, looked up in the item's words and around a sum of money."""

    keywords: dict[CategoryName, list[str]]
    money: list[CategoryName] = Field(
        description="categories a sum of money may take from nearby words, in order of precedence"
    )
    excluded: dict[CategoryName, list[str]] = Field(
        default_factory=dict,
        description='words inside which a keyword of the category does not count ("anti-tank" is no tank)',
    )
    money_anaphora: list[str] = Field(
        default_factory=list,
        description='"Das Geld", "The money" opening the sentence after a sum: its purpose words give the sum\'s '
        'category when its own sentence names none ("... 5 Mrd. Franken. Das Geld ist für den Wiederaufbau bestimmt")',
    )
    training: list[str] = Field(
        default_factory=list,
        description='"training", "Ausbildung" in a sum\'s purpose: money for training troops is personnel (the '
        'category list money leaves out personnel, whose words "troops", "soldiers" name who money equips)',
    )
    mixed_purpose: list[str] = Field(
        default_factory=list,
        description='"military and civilian aid", "militärische und zivile Zwecke" in a sum\'s sentence: the sum is '
        "for more than military aid (category other) unless its own words say more",
    )
    instruments: list[str] = Field(
        default_factory=list,
        description='financial words that name how money is given, not what for ("loan", "Kredit"): beside a military '
        'purpose ("a £2.26bn loan … to be spent on military equipment") the sum is military_general',
    )
    relief_items: list[str] = Field(
        default_factory=list,
        description='counted things that are humanitarian relief ("Stromgeneratoren", "space heaters"); money near '
        "them keeps its own category",
    )
    backing: list[str] = Field(
        default_factory=list,
        description='"backed by" before a sum that names no purpose: the money that pays for the count before it in the '
        'sentence, whose category it takes ("100,000 drones this year, backed by £350m of funding": drones)',
    )
    partial_purpose: list[str] = Field(
        default_factory=list,
        description='"much of it", "most of it" after a sum: the purpose that follows is a part\'s, not the sum\'s '
        'category ("€1 billion in military aid, much of it for air defence" stays military_general; German "ein '
        'Großteil davon" is cut already by the parts word "davon")',
    )


class PledgeCues(_Section):
    """Evidence for and against a number being a pledge (SCHEMA.md, "Annotation rules")."""

    pledge: list[str] = Field(description="verbs and nouns of giving: liefern, zusagen, pledge, send")
    aid: list[str] = Field(description="aid nouns: a sum of money needs one nearby (Hilfe, package, aid)")
    recipient: list[str] = Field(description="the recipient's names (Ukraine, Kyjiw, Ukrainian)")
    additional: list[str] = Field(description='"weitere", "additional": a new tranche')
    takes_delivery: list[str] = Field(
        default_factory=list,
        description='"takes delivery of": after a state other than the recipient, before a count in its clause, the '
        'state receives the items for itself ("as Australia takes delivery of 75 newer Abrams"): no pledge',
    )
    whole_adjectives: list[str] = Field(
        default_factory=list,
        description='"komplette", "full": between an article and a formation ("eine komplette Brigade von 4500 '
        'Soldaten") the formation is still one',
    )
    adds_up: list[str] = Field(
        default_factory=list,
        description='"summieren", "adds up to" (each also a running_total cue): a sum of everything given, a tally even '
        'with a plan word ("wird sich bis Ende 2024 auf etwa 112 Millionen Euro summieren")',
    )
    all_of: list[str] = Field(
        default_factory=list,
        description='"all", "alle": right before a count a promising verb follows ("has now delivered all 24 F-16s it '
        'promised"), the count is the whole pledge, not a tally',
    )
    formation_holds: list[str] = Field(
        default_factory=list,
        description='"umfasst", "has": after "ein Bataillon", "a battalion" opening the clause, what one formation holds '
        '("ein ukrainisches Panzerbataillon umfasst 31 Kampfpanzer"): a definition, no pledge',
    )
    spoken_of: list[str] = Field(
        default_factory=list,
        description='"gesprochen", "spoke of": a figure talked of in a clause with no giving verb, whose relative clause '
        'says it is needed, is a need ("Kiew hatte von rund 300 Kampfpanzern gesprochen, die es benötige")',
    )
    also_opening: list[str] = Field(
        default_factory=list,
        description='"Zudem", "In addition" opening a sentence: like an additional word there, it continues the count '
        'given in the sentence before ("… ein Flugabwehrsystem liefern. Zudem werde man ein Ortungsradar bereitstellen")',
    )
    negative_before: list[str] = Field(description="in the clause before the number: needs, requests, prices")
    negative_near: list[str] = Field(description='within a few words of the number: "insgesamt", "so far"')
    negative_sentence: list[str] = Field(description="anywhere in the sentence: casualties, polls, attacks")
    superseded: list[str] = Field(description='right before the number: "statt", "zuvor", "instead of"')
    superseded_after: list[str] = Field(
        default_factory=list,
        description='right after the quantity: "originally", "ursprünglich" ("the 35 billion crowns originally '
        'budgeted"): a figure superseded in the passage',
    )
    progress: list[str] = Field(description='"die ersten", "the first": delivered part of a pledge')
    one_words: list[str] = Field(description='"zweites", "another": with a counted noun, quantity 1')
    articles: list[str] = Field(description='"ein", "an": quantity 1 right after a pledge verb')
    supply_with: list[str] = Field(
        default_factory=list,
        description='"with" after the recipient: "supply Ukraine with a battery" (the thing given)',
    )
    one_of: list[str] = Field(
        default_factory=list,
        description='"one of its", "eines seiner": one item out of a plural noun ("one of its Patriot systems")',
    )
    pieces_of: list[str] = Field(
        default_factory=list,
        description='"parts of", "Teile": right before an article or a possessive, pieces of the thing named, not one '
        'whole ("transfer parts of its Kub air defence system")',
    )
    distributive: list[str] = Field(description='"je", "each": one pledge per donor named')
    elliptic: list[str] = Field(description='"davon", "weitere", "more": a bare number counting the noun before')
    same_type: list[str] = Field(
        default_factory=list,
        description='"desselben Typs", "of the same type" after a number and a noun of no unit: the number counts '
        'what the count before it in the sentence counts ("vier MiG-29 …, 13 Maschinen desselben Typs")',
    )
    minimum: list[str] = Field(description='"minimum": the amount is a lower bound')
    growth: list[str] = Field(description='"Zuwachs", "increase": a percent that is a growth rate')
    group: list[str] = Field(description='"Verbündete", "allies": a group pledges, the donor stays unknown')
    near_window: int = Field(default=3, ge=1, le=8, description="words counted as near the number")
    running_total: list[str] = Field(
        default_factory=list, description='anywhere in the clause: "bisher", "so far" (unless a plan word is there)'
    )
    plan: list[str] = Field(default_factory=list, description='"will", "soll": a total that is still to come')
    superlative: list[str] = Field(
        default_factory=list,
        description='"largest", "größt*": a running-total cue beside one ranks a package ("the largest so far"), no total',
    )
    disbursed: list[str] = Field(
        default_factory=list,
        description='"disbursed", "ausgezahlt": a smaller sum paid out of a larger one in the sentence is progress',
    )
    weak_total: list[str] = Field(
        default_factory=list,
        description='"in total", "insgesamt": a running total only with a past marker and no plan word or period',
    )
    of_own: list[str] = Field(
        default_factory=list,
        description='"seiner", "of its" between two numbers: the first counts the noun of the second, which is what '
        'the giver has, no pledge ("drei seiner 37 Kampfpanzer", "three of its 37 tanks")',
    )
    remaining: list[str] = Field(
        default_factory=list,
        description='"übrigen", "remaining" at a count ("die drei übrigen Systeme", "the remaining four"): the rest of a '
        "larger count pledged just before, no pledge of its own",
    )
    offered: list[str] = Field(
        default_factory=list,
        description='"angeboten", "offered": an offer, which counts unless it is turned down (``rejected``)',
    )
    already_given: list[str] = Field(
        default_factory=list,
        description='"has already provided", "had already committed": before a sum in its clause, what was given up to '
        "now, a running total (a count so said is a delivery, which counts: SCHEMA.md rule 1)",
    )
    lasting: list[str] = Field(
        default_factory=list,
        description='"had lasted", "angedauert": right before a running-total cue, it dates how long something lasted '
        '("ending a standoff that had lasted since December"); it sums nothing',
    )
    to_the_day: list[str] = Field(
        default_factory=list,
        description='"to the day", "auf den Tag genau": between a span of time and a running-total cue, the span still '
        'dates the day ("six months to the day since Russia invaded")',
    )
    share_of_pledge: list[str] = Field(
        default_factory=list,
        description='"die Hälfte der", "half of the": after a count that has arrived, the share of a pledge it makes up '
        '("524.000 Schuss … angekommen – gut die Hälfte der zugesagten Menge"): progress, not a pledge',
    )
    rejected: list[str] = Field(
        default_factory=list,
        description='"lehnte ... ab", "rejected": in the sentence of an offer or the next, the offer was turned down '
        "and its figures pledge nothing",
    )
    elaboration: list[str] = Field(
        default_factory=list,
        description='"Es geht um", "at issue are": a sentence opening so says what the sentence before was about; '
        "when that one turned a request down (``rejected``, ``negative_sentence``), its figures are no pledges either",
    )
    added_to: list[str] = Field(
        default_factory=list,
        description='"adding to the", "zusätzlich zu den" right before a figure after the pledge: a base the pledge adds '
        "to; a running total's cue after that base tallies the base, not the pledge",
    )
    together: list[str] = Field(
        default_factory=list,
        description='"zusammen", "together", "combined" right before a sum that adds up the sums said before it: their '
        "total, no pledge of its own",
    )
    past: list[str] = Field(
        default_factory=list, description='"has", "hat": a past or perfect tense that makes a weak total a running one'
    )
    promise: list[str] = Field(
        default_factory=list,
        description='"zugesagt", "pledged": with a weak total the whole of a promise ("insgesamt hat X 14 zugesagt")',
    )
    negative_clause: list[str] = Field(
        default_factory=list, description='anywhere in the clause: "ausfindig gemacht", "located" (stocks)'
    )
    separable: list[tuple[str, str]] = Field(
        default_factory=list, description='giving verbs split around the object: ["sagt*", "zu"] ("sagte ... zu")'
    )
    not_negative: list[str] = Field(
        default_factory=list,
        description='phrases in which a negative cue says nothing against a pledge: "aus Beständen", "from stocks"',
    )
    negative_after: list[str] = Field(
        default_factory=list,
        description='right after the quantity: a comparison or a price, not an amount ("mehr als", "kosten")',
    )
    progress_of: list[str] = Field(
        default_factory=list,
        description='"von insgesamt", "out of": before the whole of a pledge whose part was named first',
    )
    part_of: list[str] = Field(
        default_factory=list, description='"as part of", "im Rahmen": before a larger sum the amount belongs to'
    )
    share_of: list[str] = Field(
        default_factory=list, description='after a percent: the economy it is a share of ("des BIP", "of GDP")'
    )
    ordinal_units: list[str] = Field(
        default_factory=list, description='"sixth": after a tens word it makes an ordinal ("fifty-sixth"), no count'
    )
    past_perfect: list[str] = Field(
        default_factory=list,
        description='"had", "hatte": with a dated total cue and a year, a tally up to that date ("had committed'
        ' ... by the end of 2023")',
    )
    dated_total: list[str] = Field(
        default_factory=list, description='"by the end of", "bis Ende": before a year, the date a tally was taken'
    )
    dated_total_perfect: list[str] = Field(
        default_factory=list,
        description='"by": before a month or year, the date of a tally only with the past perfect ("By April 30, '
        'Brussels had already allocated …"; "to be completed by November 28" sets a deadline)',
    )
    adverbials: list[str] = Field(
        default_factory=list,
        description='"for the first time", "erstmals": an adverbial that may stand between a giving verb (or '
        '"including") and the article of a single item ("including, for the first time, a Patriot battery")',
    )
    new_total: list[str] = Field(
        default_factory=list,
        description='"auf insgesamt": right before a number (within three words), the new total an amount is raised '
        'to; a running total when the increase is stated too ("hebt seine Hilfe auf insgesamt 85 Milliarden Kronen '
        'an. … weitere 50 Milliarden"), else the pledge ("stockt auf insgesamt 27 Milliarden auf, davon …")',
    )
    increment: list[str] = Field(
        default_factory=list,
        description='"weitere", "um": right before a number, an increase; with it a new_total in the sentence or '
        "the two around it is a running total",
    )
    base_before: list[str] = Field(
        default_factory=list,
        description='"zu den bereits": within four words before a number, the base a new amount is added to, no '
        'pledge of its own ("zu den bereits eingeplanten 35 Milliarden weitere 50 Milliarden")',
    )
    amount_of: list[str] = Field(
        default_factory=list,
        description='"im Umfang von", "in Höhe von", "contribution of": before a figure, the size of an aid, not the '
        'whole of which a smaller number before was a part ("die ersten drei von 30", "20 of the 100")',
    )
    bought_attributes: list[str] = Field(
        default_factory=list,
        description='"bestellten", "gekauften": a buying participle between a number and its noun makes the count a '
        'purchase ("die zwölf in den USA bestellten F-16"), no pledge unless a giving cue or the recipient stands '
        "in the sentence",
    )
    value_nouns: list[str] = Field(
        default_factory=list,
        description='"Gesamtwert", "Umfang": a sum named as the value of something, before it in its sentence, is a '
        "package's value when an aid noun or the recipient stands in the sentence or the two before (\"… sollen im "
        'neuen Paket geliefert werden. Der Gesamtwert liegt bei 7,1 Milliarden Kronen")',
    )
    handed_on: list[str] = Field(
        default_factory=list,
        description='"und schickt sie", "um sie": after a purchase, the buyer passes the things bought on; with the '
        'recipient after it, the buying verbs before the number say nothing against a pledge ("Estland kauft '
        '10.000 Geschosse und schickt sie in die Ukraine")',
    )
    package_with: list[str] = Field(
        default_factory=list,
        description='"with", "featuring", "its centrepiece is": right before an article, after a sum in the sentence '
        "(or in the one before), the article's item is one of the package (\"$1.85bn in new aid, with a Patriot "
        'battery as its centrepiece", "ein Paket über 1,85 Milliarden Dollar, erstmals mit einer Patriot-Batterie")',
    )
    contained: list[str] = Field(
        default_factory=list,
        description='"enthalten", "dabei": closing the clause of an article\'s noun phrase, after a sum in the sentence '
        'or the one before, the item is one of that package ("Erstmals ist darin eine Patriot-Batterie enthalten")',
    )
    added_items: list[str] = Field(
        default_factory=list,
        description='"dazu kommen", "hinzu kommt": opens a list of further items given; an article-counted item right '
        'after it is one more given item when a giving cue stands in the sentence or the two before ("Dazu kommen '
        'ein Bergepanzer und ...")',
    )
    hostile_weapons: list[str] = Field(
        default_factory=list,
        description='"Shahed", "Kinschal", "North Korean": the aggressor\'s weapons and troops by name; a count of them '
        "is an attack or a deployment, not aid",
    )
    opening_skip: list[str] = Field(
        default_factory=list,
        description='prepositions and articles passed over to find the word that opens a clause: "Im ursprünglichen '
        'Entwurf waren 225 Millionen eingeplant" opens with the superseded cue "ursprünglichen"',
    )
    tally_verbs: list[str] = Field(
        default_factory=list,
        description='words that take stock ("zog Bilanz", "bilanzierte", "took stock"): every figure after them in their '
        'sentence is a running total, in whichever clause ("Austin bilanzierte, die Kontaktgruppe habe 88 Milliarden '
        'mobilisiert")',
    )
    some_of: list[str] = Field(
        default_factory=list,
        description='words for an unnumbered part ("how many", "some", "wie viele", "einige"): a count after one and an '
        '``of_own`` cue is the giver\'s stock ("how many of its 42 F-16s it can hand over")',
    )
    outbids: list[str] = Field(
        default_factory=list,
        description='comparison words after a figure ("mehr als", "more than", "up from"): a smaller figure of its unit '
        'after one, with no other giver named between, is the old figure the first one outbids ("11,5 Milliarden Euro – '
        'deutlich mehr als im Haushaltsentwurf, der 8,5 Milliarden Euro enthielt")',
    )
    share_words: list[str] = Field(
        default_factory=list,
        description='words for one giver\'s share ("share", "Anteil"): a sum paid out with one between it and a larger '
        "sum is that giver's share of a joint whole, not a tranche of it (\"disbursed its $20 billion share of the "
        "G7's $50 billion loan\")",
    )
    fraction_words: list[str] = Field(
        default_factory=list,
        description='fraction words ("die Hälfte", "half"): a count right after one, after a larger count of its unit, '
        'is the part of it that arrives ("nur gut die Hälfte, rund 524.000 Stück")',
    )
    trackers: list[str] = Field(
        default_factory=list,
        description='names of aid trackers ("Kiel Institute", "Ukraine Support Tracker"): a sentence naming one is no '
        "pledge (negative_sentence), and neither is a figure in the past tense in the sentence after it",
    )
    future_total: list[str] = Field(
        default_factory=list,
        description='right before a sum, a total still to be reached ("will total", "wird sich … auf … summieren"): '
        '"Once disbursed, Washington\'s budget support will total $13 billion" is a running total, plan word or not',
    )
    already: list[str] = Field(
        default_factory=list,
        description='"already", "bereits": after a count added to ("on top of the 18 it has already delivered"), it '
        "names what was given before, no pledge said again",
    )
    requested: list[str] = Field(
        default_factory=list,
        description='words that ask for a sum: a part of it ("davon", "of which") is asked for too, no pledge: "bat den '
        'Kongress um 106 Milliarden Dollar. Gut 61 Milliarden davon sollen an die Ukraine gehen"',
    )
    plural_ones: list[str] = Field(
        default_factory=list,
        description='a one-word with the article before it, where together they are plural: "die weiteren Systeme" '
        'counts none ("ein weiteres System" counts one)',
    )
    such: list[str] = Field(
        default_factory=list,
        description='"the second such", "das zweite solche": a rank among items already given ("the second such '
        'system sent to Ukraine"), not one more ("a second such system" is one more)',
    )
    specification: list[str] = Field(
        default_factory=list,
        description='"Reichweite", "Kilometer", "per minute", "crew": a weapon\'s performance; in a sentence with no '
        'giving word of its own, its figures describe the weapon ("carries up to 30 shells in the turret"), they '
        "give nothing",
    )
    crew_after: list[str] = Field(
        default_factory=list,
        description='"to run", "zur Bedienung": right after a count of people, the crew a weapon needs ("a battery takes '
        'about 90 soldiers to run"), not troops given or trained',
    )
    arrived: list[str] = Field(
        default_factory=list,
        description='"arrived", "eingetroffen": in the clause of a count after a larger count of its unit in the '
        'sentence, the part delivered of that pledge ("half of the one million rounds …: 524,000 would have arrived")',
    )
    sole: list[str] = Field(
        default_factory=list,
        description='"single", "only", "einziges": after a possessive, one item, the giver\'s only one ("handed Ukraine '
        'its single S-300 system", "sein einziges Patriot-System"); other ordinals after a possessive count nothing',
    )
    definite_first: list[str] = Field(
        default_factory=list,
        description='"erste": after a definite article, one item ("das erste IRIS-T SLM ist eingetroffen"), unless the '
        'text names a larger count of its unit that is not an additional one, the whole it is the first of ("das '
        'erste von vier Systemen"). Empty in English, where "the first" opens too many other phrases ("the first '
        'time", "the first F-16s")',
    )
    earlier_plans: list[str] = Field(
        default_factory=list,
        description='"Haushaltsentwurf", "draft budget", "in das Jahr gestartet": in the clause of a sum, an earlier '
        "plan; when the text pledges a larger sum of that currency outside such a clause, the plan's sum is "
        'superseded ("will die Militärhilfe auf acht Milliarden Euro verdoppeln. Im Haushaltsentwurf waren bisher '
        'vier Milliarden vorgesehen")',
    )
    spend_verbs: list[str] = Field(
        default_factory=list,
        description='"use", "allocate", "ausschöpfen": a verb that puts a sum to use; with a giving verb, right before a '
        'sum in its clause (no negation there), it outweighs a near cue of an unused stock ("would use the remaining '
        '$5.5 billion in drawdown authority", "announced $5.5bn in drawdown authority")',
    )
    unused_stock: list[str] = Field(
        default_factory=list,
        description='"remaining", "authority", "verbleibenden": the near cues of an unused stock of money that a '
        ":attr:`spend_verbs` verb puts to use",
    )
    worth_after: list[str] = Field(
        default_factory=list,
        description='"wert": right after a sum, it names the sum a value ("Der Auftrag ist bis zu 1,6 Milliarden Pfund '
        'wert"), as "im Wert von" does before it',
    )
    made_for: list[str] = Field(
        default_factory=list,
        description='"hergestellt", "produced": production words of the clause cues that say nothing against a pledge '
        'when the clause makes the goods for the recipient ("Für die Ukraine sollen rund 300.000 Schuss hergestellt '
        'werden")',
    )
    orders: list[str] = Field(
        default_factory=list,
        description='"Auftrag", "order", "contract": an order said in the sentence of :attr:`made_for` words or one next to '
        "it; production for the recipient is then ordered, a pledge (without one it may be a maker's output)",
    )
    spent_on: list[str] = Field(
        default_factory=list,
        description='"to", "on", "für": right before the one count after a sum that names no purpose, what the sum is '
        'spent on ("commit $650 million over three years to 50 armoured vehicles"): the sum takes its category',
    )
    capable: list[str] = Field(
        default_factory=list,
        description='"können", "could": in a clause of :attr:`made_for` words, what industry can make, a capacity, not '
        'goods ordered ("könnten nur 1,2 Millionen Schuss jährlich für Kiew produzieren")',
    )
    vague_parts: list[str] = Field(
        default_factory=list,
        description='"many", "einige": before "of the" and a count, a vague part of that count, which is a whole no '
        'pledge names ("many of the 37 Leopards in the army need repairs"), unless a promising word follows it',
    )
    it_counts: list[str] = Field(
        default_factory=list,
        description='"es ... sein": around a bare number, a pronoun and a verb of being that count what was counted '
        'before ("Die ersten drei Gepard sind angekommen. Bis Ende August sollen es insgesamt 15 sein")',
    )
    copulas: list[str] = Field(
        default_factory=list,
        description='"ist", "war": right before the article of a :attr:`definite_first`, a rank said of something named '
        'before ("Der Gepard war das erste schwere Waffensystem, das …"), no item counted',
    )
    needed: list[str] = Field(
        default_factory=list,
        description='"benötigten", "requested": between a number and its noun, a need, not a pledge ("sieben '
        'benötigte Systeme")',
    )
    of_that_sum: list[str] = Field(
        default_factory=list,
        description='"of that sum", "davon": an amount that is a part of a sum said before; what it buys is bought '
        "by that sum's donor, not by the buyer for itself",
    )
    figure_verbs: list[str] = Field(
        default_factory=list,
        description='"put", "beziffert": a verb that puts a figure on the noun after it, the figure after figure_at '
        '("the Pentagon put its Bradley fighting vehicles at 50")',
    )
    figure_at: list[str] = Field(
        default_factory=list, description='"at", "auf": before the bare figure a figure verb puts on its noun'
    )
    number_of: list[str] = Field(
        default_factory=list,
        description='"number of", "deliveries of", "Zahl der": the counted noun named before its number, which '
        'follows after raised_to ("ramp up deliveries of shells to 3,000 a month")',
    )
    raised_to: list[str] = Field(
        default_factory=list, description='"to", "auf": right before a number that a number_of phrase counts'
    )
    own: list[str] = Field(
        default_factory=list,
        description='"eigene", "own": right before an own_forces word, the donor\'s own forces ("Die eigene Armee '
        'erhält 75 Abrams": their own equipment, not aid)',
    )
    negation: list[str] = Field(
        default_factory=list,
        description='"not", "nicht": in the figure\'s comma-delimited part of its clause, outside the figure\'s own '
        'hedge, it denies the giving ("will not send a battle tank", "gibt … nicht ab")',
    )
    contrast: list[str] = Field(
        default_factory=list,
        description='"but", "aber": with the coordinators, a word that opens another clause, beyond which a negation '
        'denies nothing of the figure ("is sending three tanks but will not send a battle tank")',
    )
    not_negation: list[str] = Field(
        default_factory=list,
        description='phrases with a negation word that deny nothing: "not only", "noch nicht" (not yet), "nicht nur"',
    )
    only: list[str] = Field(
        default_factory=list,
        description='"nur", "only": right before a count of a unit pledged in a larger count just before, what has '
        'arrived of that pledge ("aber nur gut 520.000 Schuss angekommen"), not a pledge of its own',
    )
    recipient_industry: list[str] = Field(
        default_factory=list,
        description='"defence industry", "Rüstungsindustrie": right after a recipient word, a part of the aid that goes to '
        'the recipient\'s industry ("of which €130 million to the Ukrainian defence industry") is still a part of aid to '
        "it, not the share that makes the whole something else",
    )
    raise_verbs: list[str] = Field(
        default_factory=list,
        description='"erhöhte", "raised": in the clause of a count after "auf"/"to", the count replaces the smaller '
        'count of its unit pledged before ("erhöhte die Zusage auf acht Panzer": the earlier four are superseded)',
    )
    holding: list[str] = Field(
        default_factory=list,
        description='a verb of having right between a state and its number: "Canada has 82 of the tanks" is a stock '
        '(only where the language puts no participle after the number: not German "hat 14 Panzer geliefert")',
    )
    inclusion: list[str] = Field(
        default_factory=list,
        description='"including", "darunter" opening a clause: its amount is a part of the one before, and a part '
        'of a request or a need is one too ("asked for $106bn, including $61bn for Ukraine")',
    )
    fresh: list[str] = Field(
        default_factory=list,
        description='"new", "neue": a weak total word ("insgesamt") before a new package sums the package, '
        "not the aid given so far",
    )
    benefactive_for: list[str] = Field(
        default_factory=list,
        description='"for", "für": before the recipient, a purchase made for it ("buy ... for Ukraine")',
    )
    partitive: list[str] = Field(
        default_factory=list,
        description='"davon", "of them" after a bare number: a part of the count before; when that count is a '
        "pledge the part is its progress or schedule, not a new pledge (SCHEMA.md rule 1)",
    )
    benefactive: list[str] = Field(
        default_factory=list,
        description='verbs that give when their object is for the recipient: "kauft für die Ukraine", "buys for Kyiv"',
    )
    rearming: list[str] = Field(
        default_factory=list,
        description='"rüstet ... auf", "to replace", "re-arming": a purchase made to re-arm or to replace what was '
        "given is the buyer's own, even when the sentence names the recipient of the earlier gift",
    )
    particle_verbs: list[str] = Field(
        default_factory=list,
        description='a verb and its particle that looks like a bound: "hand over" 12 howitzers gives 12, not more',
    )
    value_prepositions: list[str] = Field(
        default_factory=list,
        description='bound words that mean "of/worth" right after a noun ("Kredite über 50 Milliarden")',
    )


class RestatementCues(_Section):
    """Cues that a number restates a pledge of the same passage (SCHEMA.md rule 6)."""

    before: list[str] = Field(description='before the number: "was auf", "equivalent to", "i.e."')
    after: list[str] = Field(default_factory=list, description='after the number: "hinausliefe"')
    value: list[str] = Field(description='"worth", "im Wert von": money that prices a counted pledge')
    parts: list[str] = Field(
        default_factory=list, description='"darunter", "including": what follows is part of the sum, not its price'
    )
    anaphora: list[str] = Field(
        default_factory=list,
        description='"dafür", "for them": money in a later sentence that pays for the count before it (its value)',
    )
    after_comma: list[str] = Field(
        default_factory=list, description='a restatement right after a comma: ", or 25 billion a year"'
    )
    bought: list[str] = Field(
        default_factory=list,
        description='between a sum and a count right after it: "on", "für", "to supply Ukraine with" -- the count '
        'is what the sum buys ("£200m on 10,000 drones") and restates it',
    )
    formations: dict[str, str] = Field(
        default_factory=dict,
        description='formation nouns too ambiguous to count alone ("company" is also a firm): a formation only '
        'with its members after them ("a company of 14 tanks" -> 1 company)',
    )
    members: list[str] = Field(
        default_factory=list,
        description='"of", "mit": a count of people right after a formation and this word restates it ("a brigade of 4,500 soldiers")',
    )

    definite: list[str] = Field(
        default_factory=list,
        description='the article or demonstrative right before a sum that names one already said, rounded: "the '
        '$2.98 billion" after "nearly $3 billion" is the same sum',
    )
    cost: list[str] = Field(
        default_factory=list,
        description='verbs of cost right before a sum: after a definite subject ("Das System kostet 406 Millionen '
        'Dollar", "the purchase would cost $406 million") the sum prices the count of the sentence before',
    )
    cost_subjects: list[str] = Field(
        default_factory=list,
        description='the articles and demonstratives that make the subject of a cost verb one already named ("das", '
        '"the"); "Ein System kostet …" is a price, no restatement',
    )

    _lower = field_validator("formations", mode="after")(_lower_keys)
    _lower_words = field_validator("definite", "cost", "cost_subjects", mode="after")(_lower_list)


class PeriodWords(_Section):
    """Words that place a pledge in time (SCHEMA.md rule 10)."""

    this_year: list[str]
    next_year: list[str]
    last_year: list[str] = Field(
        default_factory=list, description='"last year", "im vergangenen Jahr": the year before the one published'
    )
    compared: list[str] = Field(
        default_factory=list,
        description='"than", "as", "als", "wie": right before a last_year phrase they compare with that year, they date '
        'nothing ("ten times as many as last year")',
    )
    end_of_year: list[str] = Field(description='"bis Ende des Jahres": end = year published, start open')
    in_year: list[str] = Field(description='before a year, that year only: "im Jahr", "during"')
    until: list[str] = Field(description='before a year, the end: "bis", "until", "by the end of"')
    since: list[str] = Field(description='before a year, the start: "ab", "from", "starting in"')
    range_connectors: list[str] = Field(description='between two years: "bis", "to", "und"')
    next_years: list[str] = Field(description='before "N years": "in den kommenden", "over the next"')
    year_words: list[str] = Field(description='"Jahre", "years": after next_years + N')
    over: list[str] = Field(
        default_factory=list, description='right before "N years": "über vier Jahre", "over four years" (from now)'
    )
    n_year: list[str] = Field(description='regex suffix after a number word: "-year", "-jährig"')
    n_year_not: list[str] = Field(
        default_factory=list,
        description='after "-year"/"-jährig": the term of a pact, no period ("ten-year agreement")',
    )
    months: list[str] = Field(description="month names: a year next to them is a date")
    calendar: list[list[str]] = Field(
        default_factory=list,
        description='the month names of `months` grouped by month, January first (twelve groups, or none): "bis '
        'März" written in November ends next March',
    )
    day_after_month: bool = Field(
        default=True, description='a day may follow the month ("June 25"); German writes "25. Juni" only'
    )
    year_prefixes: list[str] = Field(
        default_factory=list,
        description='joined to a year by a hyphen, a part of that year: "end", "mid" ("by end-2024", "from mid-2025"); '
        "the year is read as if written alone",
    )
    not_period: list[str] = Field(description='before a year, no period: "seit", "since"')
    rolling: list[str] = Field(
        default_factory=list, description='"the next year", "innerhalb eines Jahres": months from now, no period'
    )
    within: list[str] = Field(
        default_factory=list,
        description='"within", "binnen": before a number of months, the period from the publication year to the year '
        'those months end in ("binnen zwölf Monaten", published March 2023 -> 2023-2024)',
    )
    previous: list[str] = Field(
        default_factory=list,
        description='"last", "vergangenen": right before a month, the last such month before publication ("promised last '
        'March … within twelve months": the months count from then)',
    )
    previous_year_after: list[str] = Field(
        default_factory=list,
        description='"last year", "vergangenen Jahres": right after a month, that month of the year before publication',
    )
    following: list[str] = Field(
        default_factory=list,
        description='"next", "nächsten": right before a month, the first such month after publication ("by the end of '
        'the financial year next April")',
    )

    @field_validator("calendar", mode="after")
    @classmethod
    def _twelve_months(cls, value: list[list[str]]) -> list[list[str]]:
        if value and len(value) != 12:
            raise ValueError(f"calendar needs twelve groups of month names, January first; got {len(value)}")
        return [[w.lower() for w in group] for group in value]


class DonorNames(_Section):
    """Who gives: names beyond pycountry's, and the words around them that matter."""

    pycountry_language: str | None = Field(description='"de": country names from pycountry\'s catalogue')
    names: dict[str, str] = Field(description='short names, capitals, bodies: "USA", "Berlin" -> alpha-3 or org')
    adjectives: dict[str, str] = Field(description='"deutsch*" -> DEU, "german" -> DEU (patterns)')
    leaders: dict[str, str] = Field(description="surnames of leaders and ministers -> their state")
    capitals: dict[str, str] = Field(
        default_factory=dict, description='capitals standing for their government: "Prag" -> CZE ("in Prag" a place)'
    )
    shared_seats: dict[str, str] = Field(
        default_factory=dict,
        description='a seat of an organisation that is also a state\'s capital: "Brüssel" -> BEL stands for that state '
        "when the text names the state (its name, adjective or leader), else for the organisation",
    )
    members: dict[str, str] = Field(
        default_factory=dict,
        description='all members of an organisation, named by their number (a phrase list): "alle 27 Staats- und '
        'Regierungschefs" -> EU, "the 27 member states" -> EU: the organisation gives',
    )
    suffixes: list[str] = Field(description='endings allowed after a name: "s", "’s"')
    not_before: list[str] = Field(description='a name after these words is a place or partner: "in", "to"')
    source_before: list[str] = Field(description='a name after these words is the donor: "aus", "from"')
    not_after: list[str] = Field(description='a name before these is no donor: "-made", "Hersteller"')
    skip: list[str] = Field(description="articles skipped when looking at the word before a name")
    group_not_before: list[str] = Field(
        default_factory=list, description='a group after these is no subject: "the group of countries"'
    )
    receive_from: list[str] = Field(
        default_factory=list, description='a name after these is the giver when a receive verb is near: "von"'
    )
    receive_verbs: list[str] = Field(
        default_factory=list, description='"erhalten", "bekommen": "hat von Deutschland drei Systeme erhalten"'
    )
    own_forces: list[str] = Field(
        default_factory=list,
        description='"army", "Streitkräfte": a state\'s own forces; right after the state\'s name or adjective and '
        'with a receiving verb, what they receive is their own ("The Australian Army is receiving 75 tanks")',
    )
    strength_verbs: list[str] = Field(
        default_factory=list,
        description='"zählt", "umfasst": after a state\'s own forces (as with own_forces), the number is their '
        'strength, a stock ("Die luxemburgische Armee zählt rund 1000 Soldaten")',
    )
    possessives: list[str] = Field(
        default_factory=list,
        description='"its", "seine": a group word after them is the donor\'s own ("its initiative")',
    )
    offices: list[str] = Field(
        default_factory=list,
        description='"Verteidigungsministerium", "defence ministry": with no state named, the passage\'s other donor',
    )
    joint: list[str] = Field(
        default_factory=list,
        description='"gemeinsam mit", "together with": before a group or a state, a joint pledge (donor unknown)',
    )
    schemes: list[str] = Field(
        default_factory=list,
        description='group words that name a state\'s own scheme after its adjective ("die tschechische Initiative")',
    )
    seat: list[str] = Field(
        default_factory=list,
        description='"in", "im": between a government word and its capital ("die Regierung in Oslo")',
    )
    government: list[str] = Field(
        default_factory=list, description='"Regierung in Oslo", "government in Ottawa": the capital stands for it'
    )
    lenders: list[str] = Field(
        default_factory=list, description='donor codes whose money is financial, not military: "IMF", "WB"'
    )
    non_lethal: list[str] = Field(
        default_factory=list,
        description='donor codes that give no weapons ("JPN", "KOR", "CHE"): their sums, when no word says what '
        "they are for, are financial, not military",
    )
    mixed_support: list[str] = Field(
        default_factory=list,
        description='donor codes whose support is military and civilian in one programme ("NOR": the Nansen '
        "programme): their sums, when no word says what they are for, are other",
    )
    companies: list[str] = Field(
        default_factory=list,
        description='"Rüstungskonzern", "company": a name before them is the donor unless a preposition precedes it',
    )
    led_by: list[str] = Field(
        default_factory=list, description='"led by", "unter Führung": a name after them leads a group, the group gives'
    )
    passive_agent: list[str] = Field(
        default_factory=list,
        description='"von": a name after them is the giver when a giving participle follows ("von X geliefert")',
    )
    scheme_before: list[str] = Field(
        default_factory=list,
        description='"under", "Rahmen", "Treuhandfonds", "Treffens": a state or organisation after it owns the scheme a '
        'pledge is made under or the meeting it is made at ("under NATO\'s PURL scheme", "am Rande des Treffens der '
        'Nato"): not the giver when another state is named; a group after it still gives',
    )
    absolute: list[str] = Field(
        default_factory=list,
        description='"with": a name after them is the giver when a giving word follows it right away ("…, with the '
        'United States contributing $20bn")',
    )
    among_before: list[str] = Field(
        default_factory=list,
        description="right after a comma and before a name: the name is one of a group named before, not the giver "
        '("Alle 27 Staats- und Regierungschefs, auch Ungarns Premier Orbán, stimmten zu")',
    )
    close_agent: list[str] = Field(
        default_factory=list,
        description='prepositions that name the giver only with a giving participle right after the name ("durch '
        'Deutschland zugesagten"; but "nach der Blockade durch Ungarn 50 Milliarden Euro bereit" names no giver): they '
        "belong in not_before too",
    )
    among_after: list[str] = Field(
        default_factory=list,
        description="the last word of a phrase set off by commas that names one of a group named before, not the giver "
        '("All 27 EU leaders, Hungary\'s Viktor Orbán included, signed off")',
    )
    bodies: list[str] = Field(
        default_factory=list,
        description='a state\'s budget and the bodies that pass it ("Bundeshaushalt", "Haushaltsausschuss"): they name '
        'the giver after a preposition too ("Im Bundeshaushalt 2026 sind 11,5 Milliarden Euro vorgesehen"), and they '
        'never receive ("gibt der Haushaltsausschuss drei Milliarden Euro frei")',
    )
    home: str | None = Field(
        default=None,
        description='the state whose press writes most of the language\'s budget news ("DEU"), for ``home_budget``',
    )
    home_currency: str | None = Field(default=None, description='the currency of ``home`` ("EUR")')
    home_budget: list[str] = Field(
        default_factory=list,
        description='budget words ("Haushaltsentwurf", "Etat*") that, with no giver named in the sentence or carried '
        'from the ones before, make a sum in ``home_currency`` a pledge of ``home`` ("Im Etatentwurf für 2026 sind '
        '11,5 Milliarden Euro für die Ukraine eingeplant")',
    )
    intensifiers: list[str] = Field(
        default_factory=list,
        description='"itself", "selbst", "already": passed over between a holder and its verb ("The Swedish army itself '
        'operates roughly 500 CV90s", "Ukrainian forces already operate 16 HIMARS": they hold them)',
    )
    reported_as: list[str] = Field(
        default_factory=list,
        description='"is thought to", "is believed to": passed over between a holder and its verb ("The Bundeswehr is '
        'thought to hold about 600 of the missiles": the Bundeswehr holds them)',
    )
    passive_auxiliaries: list[str] = Field(
        default_factory=list,
        description='"wurden", "wurde": right after a passive agent, the giving participle may close the clause '
        '("Von Dänemark wurden der Ukraine 19 Kampfjets zugesagt")',
    )
    recipient_before: list[str] = Field(
        default_factory=list, description='"to", "an": a state after them, after the quantity, is who receives it'
    )
    dative: list[str] = Field(
        default_factory=list,
        description='"der", "dem": a state after them, after a giving verb, receives ("liefert der Slowakei")',
    )
    give_verbs: list[str] = Field(
        default_factory=list,
        description='verbs too common to be pledge evidence that still give to a dative state: "gibt", "pays", "lent"',
    )
    share_owner: list[str] = Field(
        default_factory=list,
        description="between a sum and a state after it, these words make the state the sum's donor: \"of which "
        '$275m is Sweden\'s" ("is", "are")',
    )
    relative: list[str] = Field(
        default_factory=list,
        description='"which", "das": after a comma they open a relative clause; a state named in it, when the clause '
        'closes before the figure, is not who gives ("Latvia, which co-leads the drone coalition, will spend ...")',
    )
    bare_recipient: bool = Field(
        default=False,
        description='a state right after a giving verb is who receives ("pays Slovakia €200m"); not in V2 German',
    )

    _lower = field_validator(
        "not_before",
        "source_before",
        "not_after",
        "skip",
        "group_not_before",
        "possessives",
        "schemes",
        "joint",
        "receive_from",
        "government",
        "seat",
        "companies",
        "led_by",
        "passive_agent",
        "absolute",
        "scheme_before",
        "bodies",
        "passive_auxiliaries",
        "recipient_before",
        "dative",
        "give_verbs",
        "share_owner",
        "relative",
        "intensifiers",
        mode="after",
    )(_lower_list)

    @model_validator(mode="after")
    def _home_whole(self) -> DonorNames:
        """``home``, ``home_currency`` and ``home_budget`` go together: one without the others would do nothing."""
        given = [name for name in ("home", "home_currency", "home_budget") if getattr(self, name)]
        if given and len(given) != 3:
            missing = ", ".join(f"donors.{n}" for n in ("home", "home_currency", "home_budget") if n not in given)
            raise ValueError(f"donors.{given[0]} is set but {missing} is not")
        return self
